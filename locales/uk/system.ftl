### varco-review: unreviewed
### legal-review: none
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Built-in messages the engine itself needs (see flows/README.md), and the language's own name.
### For translators: person-facing, CEFR A2; the first line of each message is what a lock
### screen shows (no helpline, danger, police, case…). Commands (/menu, /operator…) stay as
### they are. { $phone } = "800 290 290", { $emergency } = "112" in every message.

# The language's own name, shown in the language choice (a button, ≤ 30 characters).
language-name = Українська

# The person typed a /command that does not exist; the question is asked again after it.
sys-unknown-command =
    Вибач, я не знаю такої команди.
    Напиши /help, щоб побачити команди, які можна використовувати.
# Free text, or a number out of range, where the bot shows numbered options; the options
# follow. Kind, and offers a person. Example: { $max } = "5".
sys-choose-number =
    Дякуємо за повідомлення. Тут я можу прочитати лише номер варіанта.
    Будь ласка, відповідай числом від 1 до { $max }. Щоб написати людині, напиши /operator.
# An empty message.
sys-empty =
    Здається, повідомлення порожнє.
    Будь ласка, напиши ще раз або напиши /menu.
# A message over the limit. Example: { $max } = "4096".
sys-too-long =
    Вибач, це повідомлення для мене задовге.
    Будь ласка, пиши частинами (максимум знаків за раз: { $max }) або напиши /operator, щоб поговорити з людиною.
# A photo, voice note, file… while no person is in the chat.
sys-media =
    Дякуємо. Я можу читати лише написані повідомлення.
    Я не можу відкривати фото, голосові повідомлення, файли чи стікери.
    Людина з гарячої лінії може їх отримати: напиши /operator.
# A file too large to pass on to the operator. Example: { $megabytes } = "20".
sys-media-too-large =
    Цей файл завеликий, щоб його передати (ліміт { $megabytes } МБ), тому людина з команди не може його побачити.
    Можна надіслати менший файл або розповісти словами, що на ньому.
# An old menu's button was pressed; the current menu follows. First line on a lock screen.
sys-stale-menu = Це меню застаріло. Ось поточне меню.
# The person edited an earlier message.
sys-edited =
    Дякуємо. Я читаю лише нові повідомлення, а не зміни в попередніх.
    Будь ласка, надішли це ще раз як нове повідомлення або напиши /menu.
# Sent once when a chat sends more messages in a minute than the bot takes.
sys-slow-down =
    Дякуємо. Повідомлення приходять швидше, ніж я встигаю читати.
    Будь ласка, зачекай хвилину, потім напиши знову. У разі небезпеки: { $emergency }.
# A person asked for a human, but no operator channel is running.
sys-no-operator =
    Дякуємо за запит.
    Зараз ніхто не може відповісти в цьому чаті, вибач.
    Будь ласка, телефонуй на { $phone }: безкоштовно, анонімно, вдень і вночі, багатьма мовами.
    У разі небезпеки: { $emergency }.
# A person asked for a human while the operators' chat system is down: the request is
# kept and reaches the team when it is back. Never say a person is coming.
sys-operators-down =
    Дякуємо, твій запит записано.
    Зараз ніхто з команди не може читати цей чат, вибач. Твої повідомлення збережено для команди.
    Якщо допомога потрібна зараз, телефонуй на { $phone }: безкоштовно, анонімно, вдень і вночі. У разі небезпеки: { $emergency }.
# Whole messages that work like /exit (comma-separated; lowercase is fine). Keep them
# words nobody sends by accident.
sys-exit-words = exit, quit, quick exit, вихід, швидкий вихід, вийти з чату
# Words or phrases (comma-separated) that flag the conversation for operators, who may
# take it over; the bot answers as usual. Whole words; phrases anywhere in a message.
sys-danger-words = небезпека, в небезпеці, у небезпеці, допоможіть, допоможи мені, рятуйте, мене б'ють, мене б’ють, мене бʼють, мене побили, б'ють мене, мене зачинили, мене замкнули, мене вб'ють, мене вб’ють, мене вбʼють, хочуть мене вбити, забрали паспорт, забрали мій паспорт
# Two answers in a row the bot could not use; the question follows.
sys-not-understood =
    Вибач, я не зрозумів.
    Напиши /menu, щоб побачити варіанти, або /operator, щоб поговорити з людиною.
# A command or button while waiting for an operator.
sys-waiting-operator =
    Дякуємо, твій запит у черзі.
    Твої повідомлення передаються. Людина відповість, щойно звільниться.
    /menu — перестати чекати. Також можна телефонувати на { $phone }, вдень і вночі.
    У разі небезпеки: { $emergency }.
# The person stopped waiting for an operator.
sys-left-queue =
    Добре. Твій запит більше не в черзі.
    Можна знову попросити людину будь-коли через /operator.
# One line of the local projects list; { $project_phone } is the project's own number, or "none".
sys-referral-entry = { $project_phone ->
        [none] • { $city }: { $name }
       *[other] • { $city }: { $name }, { $project_phone }
    }
# After a list in which some project has no number of its own.
sys-referral-via-helpline =
    Національний номер { $phone } може з'єднати тебе з ними, вдень і вночі.
    /menu — інші варіанти.
# No local project for the place the person typed (never repeat the place).
sys-referral-none =
    У мене ще немає місцевого контакту для цього місця.
    Національний номер { $phone } працює по всій Італії, вдень і вночі.

## The operator's side of a handoff, as the person sees it.
# An operator took the conversation.
sys-operator-joined =
    Привіт, тепер тут є людина для тебе.
    Людина з команди гарячої лінії відповідає тобі тут. Пиши, як тобі зручно; також можна телефонувати на { $phone }, вдень і вночі.
# Another operator took the conversation over (the first one had not answered for a while).
sys-operator-changed =
    Привіт, можеш далі писати тут.
    Тепер тут відповідає інша людина з команди лінії допомоги. Також можна телефонувати на { $phone }, вдень і вночі.
# The operator gave the conversation back to the bot.
sys-operator-left =
    Тепер ти знову спілкуєшся з автоматичним помічником.
    Напиши /menu, щоб побачити варіанти, або /operator, щоб попросити людину.
# The operator ended the conversation.
sys-case-closed =
    Дякуємо, що пишеш.
    Розмову з людиною з гарячої лінії завершено. Можна написати знову будь-коли,
    або телефонуй на { $phone }: безкоштовно, анонімно, вдень і вночі. У разі небезпеки: { $emergency }.
# The person asked for an operator while nobody is on duty.
sys-nobody-on-duty =
    Дякуємо, твій запит записано.
    Зараз у цьому чаті немає нікого з гарячої лінії, вибач.
    Будь ласка, телефонуй на { $phone }: безкоштовно, анонімно, вдень і вночі. У разі небезпеки: { $emergency }.
    Твій запит залишається відкритим: якщо хтось з'явиться, ця людина напише тобі тут.
# Sent when nobody has answered for a while.
sys-nobody-answered =
    Дякуємо за очікування.
    Поки що ніхто не зміг відповісти тут, вибач.
    Будь ласка, телефонуй на { $phone }: безкоштовно, анонімно, вдень і вночі. У разі небезпеки: { $emergency }.
    Твій запит досі в черзі: людина напише тут, щойно звільниться.

## `/menu` while waiting for a person: asked first, never cancelled by one command.
# A question with two buttons (sys-leave-opt-stay, sys-leave-opt-menu).
sys-leave-ask =
    Повернутися до меню?
    Якщо перейти до меню, твій запит на розмову з людиною закриється. Можна попросити знову будь-коли через /operator.
# Button, ≤ 30 characters: keep the request open.
sys-leave-opt-stay = Чекати далі
# Button, ≤ 30 characters: end the request and show the menu.
sys-leave-opt-menu = Перейти до меню
# After "Keep waiting".
sys-still-waiting =
    Добре, твій запит залишається відкритим.
    Людина відповість тобі тут, щойно звільниться. Можна писати далі.
# Matrix only: the person's message could not be opened by the bot (it arrived encrypted
# with keys the bot does not have). Sent at most once every few minutes per chat, however
# many such messages come. Neutral first line.
sys-send-again =
    Вибач, я не зміг прочитати твоє останнє повідомлення.
    Будь ласка, надішли його ще раз.
# Matrix only: the person's chat is not encrypted and the bot cannot turn encryption on, so
# it answers nothing else there. Sent once; the bot then leaves the chat. Neutral first line.
sys-chat-not-private =
    Вибач, я не можу відповідати в цьому чаті.
    Будь ласка, телефонуй на { $phone }: безкоштовно, анонімно, вдень і вночі, багатьма мовами.
    У разі небезпеки: { $emergency }.
# /safeword without a word: the next message is the word. It works like /exit.
sys-safeword-ask =
    Ok.
    Тепер напиши своє слово, одне в повідомленні. Потім, якщо напишеш тільки це слово, я видалю цей чат і забуду його, як /exit.
    Обери слово, яке інші не вгадають. Не число.
# The safe word is saved (only in a form nobody can read back).
sys-safeword-set =
    Ok.
    Твоє слово збережено. Якщо напишеш тільки це слово, я видалю цей чат і забуду його, як /exit.
    Ніхто не може прочитати це слово, навіть лінія допомоги.
# The word cannot be used (too short, too long, or only numbers).
sys-safeword-invalid =
    Вибач, я не можу використати це слово.
    Потрібно від 3 до 40 літер, і не тільки цифри. Напиши /safeword, щоб спробувати ще раз.
# /notsafe or the menu choice: nothing is sent until the person writes again.
sys-notsafe-ok =
    Ok.
    Зараз я нічого не надсилаю. Коли знову можеш читати, напиши мені будь-яке повідомлення, і я продовжу.
# The person wrote a sentence that looks like this language while the chat is in another
# one. Asked IN THIS LANGUAGE (the one the person seems to write), with two buttons
# (sys-switch-yes, sys-switch-no). Name the language in itself.
sys-switch-ask = Схоже, ти пишеш українською. Хочеш продовжити українською?
# Button, ≤ 30 characters: switch to this language.
sys-switch-yes = Так, українською
# Button, ≤ 30 characters: keep the language the chat is in now.
sys-switch-no = Ні, дякую
# After an update of the bot, the question the person was answering no longer exists.
sys-node-gone = Ця частина чату змінилася. Ось меню знову.
