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
    Спасибо, что пишешь.
    Здесь можно найти информацию, если ты беспокоишься о ком-то, или поговорить с человеком.
# The menu question; options below.
witness-menu-ask = Что ты хочешь узнать?
# Button, ≤ 30 characters.
witness-opt-signs = На что обратить внимание
# Button, ≤ 30 characters.
witness-opt-advice = Что делать и чего не делать
# Button, ≤ 30 characters.
witness-opt-report = Как сообщить

## Signs

# A list in two messages (a phone screen each).
witness-signs-list-1 =
    Немного информации.
    Некоторые возможные признаки торговли людьми или эксплуатации: у человека
    • нет на руках собственных документов
    • кто-то его контролирует, или он не может свободно передвигаться
# The list, continued (no first-line rule problem: it starts with a bullet).
witness-signs-list-2 =
    • долг, который невозможно вернуть
    • очень долгий рабочий день за маленькую оплату или без оплаты
    • заметен страх
# Example: { $phone } = "800 290 290".
witness-signs-note =
    Это только возможные признаки, а не доказательства.
    Если есть сомнения, служба помощи может посоветовать: { $phone }, бесплатно, днём и ночью.

## What to do and not do

# First of two messages of advice.
witness-advice-dont =
    Несколько советов.
    Не выясняй отношения с тем, кто эксплуатирует, и не проводи расследование самостоятельно.
    Не делай ничего, что может подвергнуть человека риску.
# Example: { $phone } = "800 290 290", { $emergency } = "112".
witness-advice-do =
    Что можно сделать:
    выслушать человека. Дать ему номер { $phone }: бесплатно, анонимно, днём и ночью.
    Если кому-то грозит опасность, звони { $emergency }.

## How to report

# Calling the helpline is not a complaint to the police.
witness-report-call =
    Немного информации.
    Чтобы сообщить, позвони на { $phone }: бесплатно, анонимно, днём и ночью. Это не заявление в полицию.
    Служба помощи может дать совет и связаться с местными службами и, если нужно, с правоохранительными органами.
# Example: { $emergency } = "112".
witness-report-urgent =
    И ещё:
    если кому-то прямо сейчас грозит опасность, звони { $emergency }.
    Можно также поговорить здесь с человеком: выбери это ниже.

## Talk to a person

# { $case } = "12": a reference number, not a police case.
witness-person-queued =
    Хорошо, спасибо.
    Прошу человека из службы помощи ответить тебе здесь. Твой номер обращения: { $case }.
    Уже можно написать, что тебя беспокоит. /menu — вернуться.
