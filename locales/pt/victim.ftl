### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Victim flow: rights and ways out, help near you, talk to a person, danger now.
### Legal texts stay as general as the helpline's legal notes; never promise outcomes.
### For translators: CEFR A2, the plain sentence first and the legal reference after it in
### brackets. Italian legal terms stay in Italian, in brackets or quotes: "casi speciali",
### caporalato, Questura, STP, and the references (art. 18 d.lgs. 286/1998…). The first
### line of each message is what a lock screen shows: keep it neutral.
### { $phone } = "800 290 290", { $emergency } = "112" in every message.

## Menu

# After "I need help for myself".
victim-intro =
    Obrigado por me contar.
    Aqui você encontra informações, ajuda perto de você, ou pode falar com uma pessoa.
    Existem pessoas que podem ajudar você.
# The menu question; options below.
victim-menu-ask = O que você quer fazer?
# Button, ≤ 30 characters.
victim-opt-rights = Seus direitos, as saídas
# Button, ≤ 30 characters.
victim-opt-where = Ajuda perto de mim
# Button, ≤ 30 characters: answered with the emergency number and an urgent request.
victim-opt-danger = Estou em perigo agora

## Rights and ways out

# The topics question; options below.
victim-rights-ask =
    Escolha um assunto.
    Existem saídas, e a ajuda é gratuita.
# Button, ≤ 30 characters: the art. 18 permit.
victim-rights-opt-permit = Autorização de residência
# Button, ≤ 30 characters: the protection programme.
victim-rights-opt-programme = Abrigo, cuidados, recomeço
# Button, ≤ 30 characters: work, pay, documents and debt. Must not read as an accusation.
victim-rights-opt-work = Trabalho, salário, documentos

# The permit of art. 18 d.lgs. 286/1998 ("permesso per casi speciali"): keep the Italian
# name in quotes.
victim-rights-art18-permit =
    Aqui vão algumas informações.
    A Itália tem uma autorização de residência especial para pessoas de outros países que sofreram violência ou exploração grave e estão em perigo ("casi speciali", art. 18 d.lgs. 286/1998).
    Pessoas de países da UE, por exemplo Romênia ou Bulgária, não precisam de autorização. Elas podem receber a mesma ajuda.
# Who proposes the permit. Keep "Questura" in Italian.
victim-rights-art18-paths =
    Como funciona:
    O escritório da polícia para estrangeiros (Questura) dá a autorização. Um promotor pode propor a autorização, depois de uma denúncia. Os serviços sociais ou uma organização credenciada também podem propor: neste caso a lei não pede denúncia.
    Na prática, isso muda de cidade para cidade. A linha de apoio pode explicar o que vale onde você está.
# What the permit gives. Example: { $phone } = "800 290 290".
victim-rights-art18-access =
    O que ela pode dar a você:
    A autorização é de seis meses. Pode ser renovada por um ano, ou por mais tempo se um processo na justiça precisar. Com ela você pode receber ajuda, estudar e trabalhar. Depois ela pode virar uma autorização de trabalho ou de estudo.
    Se você sair do programa, a autorização pode terminar.
    A linha de apoio pode ver com você se ela pode servir para sua situação: ligue para o { $phone }, ou fale com uma pessoa aqui.

# The single protection programme (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016;
# the older art. 13 L. 228/2003 is cited too). One programme, not two steps.
victim-rights-programme =
    Aqui vão algumas informações.
    Na Itália existe um programa para pessoas que sofreram exploração (art. 18 c.3-bis d.lgs. 286/1998, art. 13 L. 228/2003).
    Primeiro, ele pode oferecer um lugar seguro para ficar, comida, cuidados de saúde e ajuda jurídica.
# The programme, continued. Example: { $phone } = "800 290 290".
victim-rights-programme-next =
    Depois disso:
    ele pode ajudar você a construir uma nova vida: aulas de idioma, cursos e trabalho.
    Projetos locais cuidam dele em muitas partes da Itália. Para perguntar sobre ele, ligue para o { $phone } ou fale com uma pessoa aqui.
# Health care without papers (STP code: keep the Italian abbreviation).
victim-rights-health =
    Sobre saúde:
    sem documentos, você pode receber atendimento urgente e essencial em hospitais e com médicos (código STP).
    Ir a um hospital ou a um médico não leva a uma denúncia à polícia (art. 35 c.5 d.lgs. 286/1998).

# Work exploitation. Keep "caporalato" in Italian.
victim-rights-work =
    Aqui vão algumas informações.
    A ajuda não é só para exploração sexual. Ela também é para pessoas forçadas a trabalhar, a pedir esmola ou a cometer crimes.
    Você tem direito a receber pelo trabalho que fez, mesmo sem contrato ou sem autorização.
# Signs at work, and the art. 18-ter permit (d.l. 145/2024).
victim-rights-work-signs =
    Algumas coisas para saber:
    Se um empregador fica com seu passaporte ou seus documentos, ou se você precisa pagar uma "dívida" às pessoas que trouxeram você para a Itália, esses são sinais de exploração. A linha de apoio pode ajudar você com as duas coisas.
    Explorar pessoas no trabalho é crime (caporalato, art. 603-bis c.p.). Pessoas de fora da UE que trabalham e ajudam a revelar os fatos podem conseguir uma autorização especial (art. 18-ter d.lgs. 286/1998).

# Shown after every topic above. Example: { $phone } = "800 290 290", { $emergency } = "112".
victim-rights-always =
    Bom saber:
    Pedir ajuda não é uma denúncia à polícia: quem decide é você. Você não precisa de autorização nem de documentos para receber ajuda.
    Uma ligação para o { $phone } é gratuita e pode ser anônima, dia e noite, em vários idiomas. Esta conversa é confidencial, mas não anônima.
    Em perigo, ligue para o { $emergency }.

## Help near you

# No { $region } on purpose: echoing what the person typed would repeat it on the lock screen.
victim-where-found = Obrigado. Veja o que encontrei:

## Talk to a person

# The person asked for an operator. { $case } = "12": a reference number, not a police case.
victim-person-queued =
    Certo, obrigado.
    Estou pedindo para uma pessoa da linha de apoio responder você aqui. Seu número de referência é { $case }.
    Você pode escrever enquanto espera. /exit apaga esta conversa. Em perigo: { $emergency }.

## Danger now

# After "I am in danger now": warmth and the emergency number first, then an urgent request.
# Example: { $emergency } = "112".
victim-danger-call =
    Obrigado por me contar. Você tem apoio.
    Se puder, ligue agora para o { $emergency }. É gratuito e funciona mesmo sem crédito no celular.
# Right after victim-danger-call. { $case } = "12": a reference number, not a police case.
victim-danger-queued =
    Seu número de referência é { $case }.
    Uma pessoa vai responder você aqui o mais rápido possível. Você pode continuar escrevendo.
    Para esconder esta conversa rápido, escreva /exit.
