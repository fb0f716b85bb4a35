### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Witness flow: someone worried about another person. Signs, what to do and not do,
### how to report, talk to a person. Keep the signs general.
### For translators: CEFR A2; the first line of each message is what a lock screen shows,
### so it stays neutral. { $phone } = "800 290 290", { $emergency } = "112".

## Menu

# After "I'm worried about someone".
witness-intro =
    Obrigado pela mensagem.
    Aqui você encontra informações se você se preocupa com alguém, ou pode falar com uma pessoa.
# The menu question; options below.
witness-menu-ask = O que você quer saber?
# Button, ≤ 30 characters.
witness-opt-signs = Sinais para observar
# Button, ≤ 30 characters.
witness-opt-advice = O que fazer e não fazer
# Button, ≤ 30 characters.
witness-opt-report = Como fazer um relato

## Signs

# A list in two messages (a phone screen each).
witness-signs-list-1 =
    Aqui vão algumas informações.
    Alguns sinais possíveis de tráfico ou exploração: a pessoa
    • não fica com os próprios documentos
    • é controlada, ou não pode se movimentar livremente
# The list, continued (no first-line rule problem: it starts with a bullet).
witness-signs-list-2 =
    • tem uma dívida que não consegue pagar
    • trabalha muitas horas por pouco ou nenhum dinheiro
    • parece ter medo
# Example: { $phone } = "800 290 290".
witness-signs-note =
    Estes são só sinais possíveis, não provas.
    Em caso de dúvida, a linha de apoio pode orientar você: { $phone }, gratuito, dia e noite.

## What to do and not do

# First of two messages of advice.
witness-advice-dont =
    Alguns conselhos.
    Não confronte quem explora, e não investigue por conta própria.
    Não faça nada que possa colocar a pessoa em risco.
# Example: { $phone } = "800 290 290", { $emergency } = "112".
witness-advice-do =
    O que você pode fazer:
    ouvir a pessoa. Passar o número { $phone }: gratuito, anônimo, dia e noite.
    Se alguém estiver em perigo, ligue para o { $emergency }.

## How to report

# Calling the helpline is not a complaint to the police.
witness-report-call =
    Aqui vão algumas informações.
    Para fazer um relato, ligue para o { $phone }: gratuito, anônimo, dia e noite. Isso não é uma denúncia à polícia.
    A linha de apoio pode orientar você e entrar em contato com os serviços locais e, se for preciso, com as forças policiais.
# Example: { $emergency } = "112".
witness-report-urgent =
    Mais uma coisa:
    se alguém está em perigo imediato, ligue para o { $emergency }.
    Você também pode falar com uma pessoa aqui: escolha abaixo.

## Talk to a person

# { $case } = "12": a reference number, not a police case.
witness-person-queued =
    Certo, obrigado.
    Estou pedindo para uma pessoa da linha de apoio responder você aqui. Seu número de referência é { $case }.
    Você já pode escrever o que preocupa você. /menu para voltar.
