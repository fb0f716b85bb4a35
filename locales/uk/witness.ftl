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
    Дякуємо, що пишеш.
    Тут можна знайти інформацію, якщо ти хвилюєшся за когось, або поговорити з людиною.
# The menu question; options below.
witness-menu-ask = Що ти хочеш дізнатися?
# Button, ≤ 30 characters.
witness-opt-signs = На які ознаки зважати
# Button, ≤ 30 characters.
witness-opt-advice = Що робити і чого не робити
# Button, ≤ 30 characters.
witness-opt-report = Як повідомити

## Signs

# A list in two messages (a phone screen each).
witness-signs-list-1 =
    Ось деяка інформація.
    Деякі можливі ознаки торгівлі людьми чи експлуатації: людина
    • не тримає при собі власних документів
    • перебуває під контролем або не може вільно пересуватися
# The list, continued (no first-line rule problem: it starts with a bullet).
witness-signs-list-2 =
    • має борг, який не може віддати
    • працює дуже довго за малу плату або без неї
    • має наляканий вигляд
# Example: { $phone } = "800 290 290".
witness-signs-note =
    Це лише можливі ознаки, а не докази.
    Якщо є сумніви, гаряча лінія може порадити: { $phone }, безкоштовно, вдень і вночі.

## What to do and not do

# First of two messages of advice.
witness-advice-dont =
    Кілька порад.
    Не вступай у конфлікт з тим, хто експлуатує, і не розслідуй самостійно.
    Не роби нічого, що може наразити людину на небезпеку.
# Example: { $phone } = "800 290 290", { $emergency } = "112".
witness-advice-do =
    Що можна зробити:
    вислухати людину. Дати їй номер { $phone }: безкоштовно, анонімно, вдень і вночі.
    Якщо комусь загрожує небезпека, телефонуй на { $emergency }.

## How to report

# Calling the helpline is not a complaint to the police.
witness-report-call =
    Ось деяка інформація.
    Щоб повідомити, телефонуй на { $phone }: безкоштовно, анонімно, вдень і вночі. Це не заява в поліцію.
    Гаряча лінія може порадити й зв'язатися з місцевими службами, а за потреби — з правоохоронними органами.
# Example: { $emergency } = "112".
witness-report-urgent =
    Ще одне:
    якщо комусь загрожує безпосередня небезпека, телефонуй на { $emergency }.
    Також можна поговорити з людиною тут: вибери це нижче.

## Talk to a person

# { $case } = "12": a reference number, not a police case.
witness-person-queued =
    Добре, дякуємо.
    Я прошу людину з гарячої лінії відповісти тобі тут. Твій номер звернення: { $case }.
    Можна вже написати, що тебе турбує. /menu — назад.
