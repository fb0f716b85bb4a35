### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Main flow: welcome, language, safety check, who is writing, help, operator, quick exit,
### end, and the option labels shared by every flow (nav-*).
### Rule: the first line of every message must be harmless on a lock screen.
### For translators: person-facing texts are CEFR A2 (short sentences, everyday words),
### gender-neutral, with no promises. Button labels (`*-opt-*`, `nav-*`) fit in 30
### characters. The first line of each message is what a lock screen shows: keep it free of
### words like helpline, trafficking, exploitation, danger, police, case, victim, abuse.
### Variables every message may use: { $phone } = "800 290 290", { $emergency } = "112",
### { $helpline } = "Numero Verde Antitratta" (a name: never translated).

## Welcome and language

# The very first message of a conversation, before the language choice (in the phone's
# language when Varco has it).
welcome-hello = Привіт, і дякуємо, що пишеш.
# Right after welcome-hello: the bot says it is automatic and that a person can take over.
# "Confidential" is exact: the chat is not anonymous (the app knows the account).
welcome-free =
    Я автоматичний помічник. Тут тобі може писати й людина з нашої команди.
    Цей чат безкоштовний і конфіденційний. Не треба називати своє ім'я.
    Спочатку вибери мову.
# The language question; the options are each language's own name (language-name).
language-ask = Яку мову ти обираєш?

## Safety check

# Sent after the language choice, before safety-ask: message previews, and what the
# platform knows. Example: { $phone } = "800 290 290".
safety-privacy =
    Порада для твоєї приватності.
    Телефон може показувати нові повідомлення на екрані блокування. Щоб їх приховати, вимкни попередній перегляд повідомлень у налаштуваннях сповіщень застосунку.
    Цей чат конфіденційний, але не анонімний: застосунок, яким ти користуєшся, знає твій обліковий запис. Дзвінок на { $phone } може бути анонімним.
# A question with two buttons (safety-opt-yes, safety-opt-later).
safety-ask = Чи можна тобі зараз безпечно писати?
# Button, ≤ 30 characters.
safety-opt-yes = Так
# Button, ≤ 30 characters.
safety-opt-later = Не зараз
# After "Yes" to safety-ask.
safety-ok =
    Добре.
    Порада: будь-коли напиши /exit, щоб швидко вийти.
    Це видаляє цей чат, коли це можливо.
# After "Not now" to safety-ask; first of three tips.
safety-tips-exit =
    Добре. Кілька порад.
    Щоб швидко вийти, будь-коли напиши /exit або натисни кнопку нижче.
    Це видаляє цей чат, коли це можливо.
# Second tip.
safety-tips-delete =
    Цей чат можна також видалити самостійно у своєму застосунку.
    Бот може видаляти лише нові повідомлення, тому варто видалити чат і вручну.
# Third tip. Example: { $emergency } = "112".
safety-tips-emergency =
    Ще одне:
    якщо тобі загрожує безпосередня небезпека, телефонуй на { $emergency }.
# A question with three buttons after the tips.
safety-next-ask = Продовжимо зараз?
# Button, ≤ 30 characters.
safety-opt-continue = Продовжити
# Button, ≤ 30 characters.
safety-opt-stop = Поки що зупинитися

## Who is writing (the main menu)

# The main menu: who is writing. Options: role-opt-*, nav-person, nav-leave.
role-ask =
    Дякуємо. Що тобі підходить найбільше?
    Вибери «Питаю у справах роботи», якщо працюєш в організації, поліції, соціальних чи медичних службах, профспілці або об'єднанні роботодавців.
# Button, ≤ 30 characters.
role-opt-self = Мені потрібна допомога
# Button, ≤ 30 characters.
role-opt-other = Хвилююся за іншу людину
# Button, ≤ 30 characters; role-ask quotes it, keep both the same.
role-opt-work = Питаю у справах роботи

## Option labels shared by every flow (buttons: 30 characters at most)

# Button, ≤ 30 characters: asks for a human operator.
nav-person = Поговорити з людиною
# Button, ≤ 30 characters.
nav-main-menu = Головне меню
# Button, ≤ 30 characters.
nav-back = Назад
# Button, ≤ 30 characters: the quick exit.
nav-leave = Вийти й видалити чат
# Button, ≤ 30 characters: "not safe now": the bot sends nothing until the person writes
# again. Neutral words: someone else may see the screen.
nav-not-safe = Не можу читати зараз

## Help

# /help, first part: the commands stay as they are (/menu, /lang…), never translated.
help-commands =
    Ось що можна писати будь-коли:
    /menu: побачити варіанти
    /lang: змінити мову
    /operator: поговорити з людиною
# /help, second part. Examples: { $helpline } = "Numero Verde Antitratta",
# { $phone } = "800 290 290", { $emergency } = "112". Calling can be anonymous.
help-more =
    /exit: швидко вийти, видаляє цей чат, коли це можливо
    /help: це повідомлення
    { $helpline }: { $phone }, безкоштовно й анонімно, вдень і вночі.
    У разі безпосередньої небезпеки: { $emergency }.

## Talk to a person (handoff from /operator or the main menu)

# The person asked for an operator. { $case } = "12": a reference number, not a police
# case; never the word "case" in the translation.
operator-queued =
    Добре, дякуємо.
    Я прошу людину з гарячої лінії відповісти тобі тут. Твій номер звернення: { $case }.
    Поки чекаєш, можна писати. /menu — назад, /exit — швидко вийти.

## Quick exit and end

# Neutral on purpose: it is the last thing left on the screen.
exit-neutral = Добре.
# The conversation ended. Example: { $phone } = "800 290 290".
end-bye =
    Дякуємо, що пишеш.
    Можна написати знову будь-коли або зателефонувати на { $phone }, вдень і вночі.
