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
    Благодарим ти, че пишеш.
    Тук можеш да намериш информация, ако се тревожиш за някого, или да говориш с човек.
# The menu question; options below.
witness-menu-ask = Какво искаш да научиш?
# Button, ≤ 30 characters.
witness-opt-signs = Признаци, на които да внимаваш
# Button, ≤ 30 characters.
witness-opt-advice = Какво да правиш и да не правиш
# Button, ≤ 30 characters.
witness-opt-report = Как да съобщиш

## Signs

# A list in two messages (a phone screen each).
witness-signs-list-1 =
    Ето малко информация.
    Някои възможни признаци на трафик или експлоатация: човекът
    • не държи собствените си документи
    • е под контрол или не може да се движи свободно
# The list, continued (no first-line rule problem: it starts with a bullet).
witness-signs-list-2 =
    • има дълг, който не може да върне
    • работи много дълги часове за малко или никакво заплащане
    • изглежда, че се страхува
# Example: { $phone } = "800 290 290".
witness-signs-note =
    Това са само възможни признаци, не доказателства.
    Ако се колебаеш, линията за помощ може да те посъветва: { $phone }, безплатно, денем и нощем.

## What to do and not do

# First of two messages of advice.
witness-advice-dont =
    Няколко съвета.
    Не се изправяй срещу експлоататора и не разследвай самостоятелно.
    Не прави нищо, което може да изложи човека на риск.
# Example: { $phone } = "800 290 290", { $emergency } = "112".
witness-advice-do =
    Какво можеш да направиш:
    да изслушаш човека. Да дадеш номера { $phone }: безплатно, анонимно, денем и нощем.
    Ако някой е в опасност, обади се на { $emergency }.

## How to report

# Calling the helpline is not a complaint to the police.
witness-report-call =
    Ето малко информация.
    За да съобщиш, обади се на { $phone }: безплатно, анонимно, денем и нощем. Това не е сигнал до полицията.
    Линията за помощ може да те посъветва и да се свърже с местните служби и, ако е нужно, с органите на реда.
# Example: { $emergency } = "112".
witness-report-urgent =
    Още нещо:
    ако някой е в непосредствена опасност, обади се на { $emergency }.
    Можеш също да говориш с човек тук: избери го по-долу.

## Talk to a person

# { $case } = "12": a reference number, not a police case.
witness-person-queued =
    Добре, благодарим.
    Моля човек от линията за помощ да ти отговори тук. Твоят номер за справка е { $case }.
    Можеш още сега да напишеш какво те тревожи. /menu за връщане.
