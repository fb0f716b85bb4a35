### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Topics flow (flows/topics.toml): the questions people ask, reached from the victim menu.
### Each topic is 2–4 short messages, then the topics menu again. Facts only from the
### helpline's legal notes; never promise an outcome. Not yet reviewed by a lawyer.
### For translators: button labels (-opt-, -answer-, -label) ≤ 30 characters; the FIRST
### LINE of every message shows on a lock screen, so it must say nothing about the subject;
### { $phone } is the national number (800 290 290), { $emergency } is 112; Italian legal
### terms and references in brackets stay as they are ("caporalato", "art. 603-bis c.p.").

## Menu

# Button in the victim menu that opens this flow.
topics-menu-label = Perguntas frequentes
topics-menu-ask =
    Escolha uma pergunta.
    Cada resposta é curta. Depois você volta para cá.
# Opens the check ("Is this exploitation?"); worded so that nobody glancing at the screen
# reads what it is about.
topics-opt-check = Perguntas sobre minha situação
topics-opt-work = Trabalho e pagamento
topics-opt-asylum = Asilo
topics-opt-health = Saúde
topics-opt-minors = Menos de 18 anos
topics-opt-home = Voltar para casa com segurança
topics-opt-call = O que acontece se eu ligar
# After the check: back to the topics menu.
topics-opt-more = Outras perguntas

## Is this exploitation? Eight questions, each optional. Never a verdict.

topics-check-intro =
    Algumas perguntas curtas sobre sua situação.
    Responda só o que quiser. Você sempre pode escolher “Prefiro não dizer”.
    Não existem respostas certas ou erradas.
    Se uma pessoa da linha de apoio responder você aqui, ela vai ver suas respostas. Assim você não precisa contar tudo de novo.
# The three answers to every question below.
topics-answer-yes = Sim
topics-answer-no = Não
topics-answer-skip = Prefiro não dizer
topics-check-documents =
    Pergunta 1 de 8.
    Outra pessoa fica com seu passaporte ou seus documentos, e você não consegue pegar de volta?
topics-check-debt =
    Pergunta 2 de 8.
    Você precisa pagar uma dívida às pessoas que trouxeram você para cá ou que arrumaram o trabalho?
topics-check-movement =
    Pergunta 3 de 8.
    Alguém impede você de sair do trabalho ou de casa, ou de ir aonde quiser?
topics-check-threats =
    Pergunta 4 de 8.
    Alguém fez ameaças ou machucou você, ou pessoas próximas de você?
topics-check-pay =
    Pergunta 5 de 8.
    Alguém fica com seu pagamento, ou paga muito menos do que o combinado?
topics-check-deceived =
    Pergunta 6 de 8.
    O trabalho é muito diferente do que prometeram?
topics-check-housing =
    Pergunta 7 de 8.
    Você mora onde trabalha, ou em um lugar que o empregador escolhe?
topics-check-minor =
    Pergunta 8 de 8.
    Você tem menos de 18 anos?
topics-check-thanks =
    Obrigado pelas respostas.
    Algumas dessas coisas podem ser sinais de exploração. Também podem ter outros motivos.
    Só uma conversa pode dizer mais.
topics-check-meaning =
    O que isso pode significar:
    se você respondeu “sim” a uma ou mais perguntas, talvez você tenha direito a ajuda e proteção. Isso vale também sem documentos.
    A ajuda é gratuita. Você não precisa decidir nada agora.
# Shown only to someone who answered "yes" to "Are you under 18?".
topics-check-under18 =
    Você disse que tem menos de 18 anos.
    Jovens com menos de 18 anos têm uma proteção a mais na Itália (lei 47/2017).
    Uma pessoa da linha de apoio pode explicar para você.
topics-check-next-ask =
    O que você quer fazer agora?
    Falar com uma pessoa é gratuito e confidencial. Você também pode ligar para o { $phone }.

## Work

topics-work-pay =
    Aqui vão algumas informações sobre trabalho.
    Você tem direito a receber pelo trabalho que fez.
    Isso vale também sem contrato ou sem autorização.
topics-work-signs =
    Mais duas coisas para saber.
    Um empregador que fica com seu passaporte ou seus documentos: isso é um sinal de exploração.
    Uma “dívida” que você precisa pagar às pessoas que trouxeram você para a Itália também é um sinal.
    A linha de apoio pode ajudar você com as duas coisas.
topics-work-law =
    Bom saber:
    explorar pessoas no trabalho é crime na Itália (“caporalato”, art. 603-bis c.p.).
    Existe uma autorização especial para pessoas estrangeiras que trabalham e ajudam a revelar os fatos (art. 18-ter d.lgs. 286/1998).
    A linha de apoio pode explicar o que vale para você: ligue para o { $phone }, ou fale com uma pessoa aqui.

## Asylum

topics-asylum =
    Aqui vão algumas informações.
    Você pode pedir proteção internacional (asilo) e receber ao mesmo tempo a ajuda do programa de proteção.
    Os dois sistemas trabalham juntos. Eles podem encaminhar você de um para o outro.
topics-asylum-more =
    Para saber o que serve para sua situação, ligue para o { $phone } ou fale com uma pessoa aqui.
    Ligar ou escrever não é uma denúncia à polícia. Você decide o que dizer.

## Health care

topics-health =
    Aqui vão algumas informações sobre saúde.
    Você pode receber atendimento urgente e essencial mesmo sem documentos. Peça um código STP: é um código de saúde para pessoas estrangeiras sem documentos.
topics-health-report =
    Bom saber:
    ir a um hospital ou a um médico não leva a uma denúncia à polícia (art. 35 c.5 d.lgs. 286/1998).
    Em uma emergência, ligue para o { $emergency }.

## Under 18

topics-minors =
    Aqui vão algumas informações para jovens.
    Se você tem menos de 18 anos, a lei dá uma proteção a mais na Itália (lei 47/2017).
topics-minors-age =
    Por favor, conte para a gente se você tem menos de 18 anos.
    Diga para a pessoa que responde você aqui, ou quando ligar para o { $phone }.
    Assim ela sabe que ajuda procurar com você.

## Going home

topics-home =
    Aqui vão algumas informações sobre a volta.
    Existem programas que ajudam as pessoas a voltar para o seu país com segurança, se elas escolherem (retorno voluntário assistido; a OIM cuida deles).
topics-home-more =
    A escolha é sua. Você também pode ficar na Itália e pedir ajuda aqui.
    A linha de apoio pode explicar como funciona: ligue para o { $phone }, ou fale com uma pessoa aqui.

## Calling the national number

topics-call =
    Quando você liga para o { $phone }:
    a ligação é gratuita. Você pode ligar dia e noite, todos os dias.
    Você não precisa dizer seu nome: a ligação pode ser anônima.
topics-call-language =
    Você pode pedir mediação cultural: há mediadores que falam muitos idiomas.
    Você decide o que dizer. Ligar não é uma denúncia à polícia.
topics-call-chat =
    Bom saber:
    esta conversa é confidencial, mas não anônima. O aplicativo que você usa conhece sua conta.
