### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Canned replies an operator sends with `!say <name>` (the name is the id without
### `canned-`). Rendered in the person's language. Short, calm, with a way forward.
### For translators: CEFR A2; the first line is what a lock screen shows, so it stays
### neutral. { $phone } = "800 290 290", { $emergency } = "112".

# `!say safe-now`: asks whether the person is safe.
canned-safe-now =
    Como você está agora?
    Você está em um lugar seguro? Pode responder com sim ou não.
# `!say call-112`. Example: { $emergency } = "112".
canned-call-112 =
    Você pode ligar para o { $emergency } a qualquer hora, de graça.
    Se você está em perigo agora, ligue. Funciona mesmo sem crédito no celular.
# `!say free-anonymous` (the id stays; the text is exact: the chat is confidential, a call
# can be anonymous). Example: { $phone } = "800 290 290".
canned-free-anonymous =
    Falar com a gente é gratuito. Você não precisa dizer seu nome.
    Esta conversa é confidencial, mas não anônima: o aplicativo que você usa conhece sua conta. Uma ligação para o { $phone } pode ser anônima.
# `!say no-documents`.
canned-no-documents =
    Bom saber:
    você não precisa de documentos para receber ajuda. Você pode receber ajuda mesmo sem autorização de residência.
    Pedir ajuda não é uma denúncia à polícia: quem decide é você.
# `!say protection`: the single programme, never a promise ("can offer").
canned-protection =
    Existe ajuda para você na Itália.
    Há um programa de proteção para pessoas que sofreram exploração. Ele pode oferecer um lugar seguro para ficar, comida, cuidados de saúde e ajuda com documentos e trabalho.
# `!say still-there`.
canned-still-there =
    Você ainda está aí?
    Escreva quando puder; estamos aqui.
# `!say hello`: the operator's first words.
canned-hello =
    Olá, estou aqui agora.
    Eu trabalho com a linha de apoio. Você pode me escrever com as suas palavras, no seu tempo.
# `!say reading`: the operator is reading what the person wrote.
canned-reading =
    Estou lendo as suas mensagens.
    Por favor, me dê um momento. Vou responder logo.
# `!say call-helpline`. Example: { $phone } = "800 290 290".
canned-call-helpline =
    Você pode fazer uma ligação agora?
    Se puder, ligue para { $phone }. É grátis, e você pode falar na sua língua com uma pessoa mediadora.
# `!say mediator`: a cultural mediator who speaks the person's language will be found.
canned-mediator =
    Vamos procurar uma pessoa que fala a sua língua.
    Isso pode levar um tempo. Vamos escrever aqui quando encontrarmos alguém.
# `!say take-your-time`.
canned-take-your-time =
    Não tem pressa.
    Você pode escrever quando quiser. Não precisa contar tudo agora.
# `!say shelter`: a safe place to sleep (never a promise: "we can look").
canned-shelter =
    Você tem um lugar seguro para dormir esta noite?
    Se não tiver, me diga. Podemos procurar juntos um lugar onde você possa ficar.
# `!say health`.
canned-health =
    Você precisa de um médico?
    Na Itália, você pode ver um médico mesmo sem documentos. Se for urgente, ligue para { $emergency }.
# `!say police-your-choice`: exact on a legal point (talking to us is not reporting).
canned-police-your-choice =
    Você decide o que acontece.
    Falar com a gente não é uma denúncia à polícia. A polícia só entra se você quiser.
# `!say documents-kept`: someone else keeps the person's documents.
canned-documents-kept =
    Outra pessoa guarda o seu passaporte ou os seus documentos?
    Você pode me contar. É importante, e podemos ajudar você com isso.
# `!say debt`: money owed to the people who brought or employ the person.
canned-debt =
    Você tem que pagar dinheiro para alguém?
    Uma dívida assim não é culpa sua. Você pode me contar; não vamos julgar você.
# `!say children`.
canned-children =
    Tem crianças com você?
    Se tiver crianças com você, a ajuda pode ser para elas também. Me diga quantas e quantos anos têm.
# `!say where-roughly`: only the city, never an exact address.
canned-where-roughly =
    Em que cidade ou região você está agora?
    Não precisa dar um endereço. A cidade basta para encontrar ajuda perto de você.
# `!say delete-chat`: a safety tip.
canned-delete-chat =
    Uma dica de segurança para você.
    Se alguém olha o seu celular, você pode apagar esta conversa. Escreva /exit e o bot apaga o que puder.
# `!say come-back-later`: the person can come back.
canned-come-back-later =
    Você pode voltar a qualquer momento.
    Escreva aqui de novo quando quiser, de dia ou de noite. Você também pode ligar para { $phone }.
# `!say not-alone`.
canned-not-alone =
    Você tem apoio.
    Muitas pessoas encontraram ajuda depois de uma situação como a sua. Estamos aqui por você.
# `!say goodbye`: end of the conversation.
canned-goodbye =
    Valeu por escrever para a gente.
    Se cuide. Se precisar, escreva aqui de novo ou ligue para { $phone }.
