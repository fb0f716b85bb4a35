### varco-review: unreviewed
### legal-review: none
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Built-in messages the engine itself needs (see flows/README.md), and the language's own name.
### For translators: person-facing, CEFR A2; the first line of each message is what a lock
### screen shows (no helpline, danger, police, case…). Commands (/menu, /operator…) stay as
### they are. { $phone } = "800 290 290", { $emergency } = "112" in every message.

# The language's own name, shown in the language choice (a button, ≤ 30 characters).
language-name = Português (Brasil)

# The person typed a /command that does not exist; the question is asked again after it.
sys-unknown-command =
    Desculpe, não conheço esse comando.
    Escreva /help para ver os comandos que você pode usar.
# Free text, or a number out of range, where the bot shows numbered options; the options
# follow. Kind, and offers a person. Example: { $max } = "5".
sys-choose-number =
    Obrigado pela mensagem. Aqui eu só consigo ler o número de uma opção.
    Responda com um número de 1 a { $max }. Para escrever para uma pessoa, escreva /operator.
# An empty message.
sys-empty =
    Sua mensagem parece estar vazia.
    Escreva de novo, ou escreva /menu.
# A message over the limit. Example: { $max } = "4096".
sys-too-long =
    Desculpe, essa mensagem é longa demais para mim.
    Escreva no máximo { $max } caracteres de cada vez, ou escreva /operator para falar com uma pessoa.
# A photo, voice note, file… while no person is in the chat.
sys-media =
    Obrigado. Eu só consigo ler mensagens escritas.
    Não consigo abrir fotos, áudios, arquivos ou figurinhas.
    Uma pessoa da linha de apoio pode receber esses arquivos: escreva /operator.
# A file too large to pass on to the operator. Example: { $megabytes } = "20".
sys-media-too-large =
    Este arquivo é grande demais para ser enviado (o limite é { $megabytes } MB), então a pessoa da equipe não consegue ver.
    Você pode mandar um menor, ou contar em palavras o que ele mostra.
# An old menu's button was pressed; the current menu follows. First line on a lock screen.
sys-stale-menu = Esse menu é antigo. Aqui está o menu atual.
# The person edited an earlier message.
sys-edited =
    Obrigado. Eu só leio mensagens novas, não as mudanças nas mensagens anteriores.
    Mande de novo como mensagem nova, ou escreva /menu.
# Sent once when a chat sends more messages in a minute than the bot takes.
sys-slow-down =
    Obrigado. Você está escrevendo mais rápido do que eu consigo ler.
    Espere um minuto e escreva de novo. Em perigo: { $emergency }.
# A person asked for a human, but no operator channel is running.
sys-no-operator =
    Obrigado pelo pedido.
    Agora ninguém pode responder nesta conversa, desculpe.
    Ligue para o { $phone }: gratuito, anônimo, dia e noite, em vários idiomas.
    Em perigo: { $emergency }.
# A person asked for a human while the operators' chat system is down: the request is
# kept and reaches the team when it is back. Never say a person is coming.
sys-operators-down =
    Obrigado, seu pedido foi registrado.
    Agora ninguém da equipe consegue ler esta conversa, desculpe. Suas mensagens ficam guardadas para a equipe.
    Se você precisa de ajuda agora, ligue para o { $phone }: gratuito, anônimo, dia e noite. Em perigo: { $emergency }.
# Whole messages that work like /exit (comma-separated; lowercase is fine). Keep them
# words nobody sends by accident.
sys-exit-words = exit, quit, quick exit, sair, saída rápida, sair agora
# Words or phrases (comma-separated) that flag the conversation for operators, who may
# take it over; the bot answers as usual. Whole words; phrases anywhere in a message.
sys-danger-words = perigo, em perigo, socorro, me ajuda, me ajudem, me bate, me bateu, me bateram, apanhei, me trancaram, trancado, trancada, vão me matar, me matar, pegaram meu passaporte, tomaram meu passaporte
# Two answers in a row the bot could not use; the question follows.
sys-not-understood =
    Desculpe, não entendi.
    Escreva /menu para ver as opções, ou /operator para falar com uma pessoa.
# A command or button while waiting for an operator.
sys-waiting-operator =
    Obrigado, seu pedido está na fila.
    Suas mensagens são repassadas. Uma pessoa vai responder assim que estiver livre.
    /menu para parar de esperar. Você também pode ligar para o { $phone }, dia e noite.
    Em perigo: { $emergency }.
# The person stopped waiting for an operator.
sys-left-queue =
    Certo. Você saiu da fila.
    Você pode pedir uma pessoa de novo a qualquer momento com /operator.
# One line of the local projects list; { $project_phone } is the project's own number, or "none".
sys-referral-entry = { $project_phone ->
        [none] • { $city }: { $name }
       *[other] • { $city }: { $name }, { $project_phone }
    }
# After a list in which some project has no number of its own.
sys-referral-via-helpline =
    O número nacional { $phone } pode colocar você em contato com eles, dia e noite.
    /menu para mais opções.
# No local project for the place the person typed (never repeat the place).
sys-referral-none =
    Ainda não tenho um contato local para esse lugar.
    O número nacional { $phone } funciona em toda a Itália, dia e noite.

## The operator's side of a handoff, as the person sees it.
# An operator took the conversation.
sys-operator-joined =
    Olá, agora há uma pessoa aqui para você.
    Alguém da equipe da linha de apoio responde você aqui. Escreva como quiser; você também pode ligar para o { $phone }, dia e noite.
# Another operator took the conversation over (the first one had not answered for a while).
sys-operator-changed =
    Olá, você pode continuar escrevendo aqui.
    Agora outra pessoa da equipe da linha de apoio responde aqui. Você também pode ligar para { $phone }, de dia e de noite.
# The operator gave the conversation back to the bot.
sys-operator-left =
    Você está falando de novo com o assistente automático.
    Escreva /menu para ver as opções, ou /operator para pedir uma pessoa.
# The operator ended the conversation.
sys-case-closed =
    Obrigado pela mensagem.
    A conversa com a pessoa da linha de apoio terminou. Você pode escrever de novo a qualquer momento,
    ou ligar para o { $phone }: gratuito, anônimo, dia e noite. Em perigo: { $emergency }.
# The person asked for an operator while nobody is on duty.
sys-nobody-on-duty =
    Obrigado, seu pedido foi registrado.
    Agora não há ninguém da linha de apoio on-line nesta conversa, desculpe.
    Ligue para o { $phone }: gratuito, anônimo, dia e noite. Em perigo: { $emergency }.
    Seu pedido continua aberto: se alguém ficar on-line, vai escrever aqui.
# Sent when nobody has answered for a while.
sys-nobody-answered =
    Obrigado por esperar.
    Ainda ninguém ficou livre para responder aqui, desculpe.
    Ligue para o { $phone }: gratuito, anônimo, dia e noite. Em perigo: { $emergency }.
    Você continua na fila: uma pessoa vai escrever aqui assim que estiver livre.

## `/menu` while waiting for a person: asked first, never cancelled by one command.
# A question with two buttons (sys-leave-opt-stay, sys-leave-opt-menu).
sys-leave-ask =
    Quer voltar para o menu?
    Se você for para o menu, seu pedido para falar com uma pessoa termina. Você pode pedir de novo a qualquer momento com /operator.
# Button, ≤ 30 characters: keep the request open.
sys-leave-opt-stay = Continuar esperando
# Button, ≤ 30 characters: end the request and show the menu.
sys-leave-opt-menu = Ir para o menu
# After "Keep waiting".
sys-still-waiting =
    Certo, seu pedido continua aberto.
    Uma pessoa vai responder aqui assim que estiver livre. Você pode continuar escrevendo.
# Matrix only: the person's message could not be opened by the bot (it arrived encrypted
# with keys the bot does not have). Sent at most once every few minutes per chat, however
# many such messages come. Neutral first line.
sys-send-again =
    Desculpe, não consegui ler sua última mensagem.
    Mande de novo, por favor.
# Matrix only: the person's chat is not encrypted and the bot cannot turn encryption on, so
# it answers nothing else there. Sent once; the bot then leaves the chat. Neutral first line.
sys-chat-not-private =
    Desculpe, não posso responder nesta conversa.
    Ligue para o { $phone }: gratuito, anônimo, dia e noite, em vários idiomas.
    Em perigo: { $emergency }.
# /safeword without a word: the next message is the word. It works like /exit.
sys-safeword-ask =
    Ok.
    Agora escreva a sua própria palavra, sozinha em uma mensagem. Depois, se você escrever só esta palavra, eu apago esta conversa e esqueço, como /exit.
    Escolha uma palavra que outras pessoas não adivinham. Não um número.
# The safe word is saved (only in a form nobody can read back).
sys-safeword-set =
    Ok.
    A sua palavra está salva. Se você escrever só esta palavra, eu apago esta conversa e esqueço, como /exit.
    Ninguém pode ler a palavra de novo, nem a linha de apoio.
# The word cannot be used (too short, too long, or only numbers).
sys-safeword-invalid =
    Desculpe, não posso usar essa palavra.
    Ela precisa ter de 3 a 40 letras, e não só números. Escreva /safeword para tentar de novo.
# /notsafe or the menu choice: nothing is sent until the person writes again.
sys-notsafe-ok =
    Ok.
    Não envio nada agora. Quando você puder ler de novo, me escreva qualquer mensagem e eu continuo.
# The person wrote a sentence that looks like this language while the chat is in another
# one. Asked IN THIS LANGUAGE (the one the person seems to write), with two buttons
# (sys-switch-yes, sys-switch-no). Name the language in itself.
sys-switch-ask = Parece que você escreve em português. Quer continuar em português?
# Button, ≤ 30 characters: switch to this language.
sys-switch-yes = Sim, português
# Button, ≤ 30 characters: keep the language the chat is in now.
sys-switch-no = Não, valeu
# After an update of the bot, the question the person was answering no longer exists.
sys-node-gone = Esta parte da conversa mudou. Aqui está o menu de novo.
