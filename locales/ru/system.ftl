### varco-review: unreviewed
### legal-review: none
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Built-in messages the engine itself needs (see flows/README.md), and the language's own name.
### For translators: person-facing, CEFR A2; the first line of each message is what a lock
### screen shows (no helpline, danger, police, case…). Commands (/menu, /operator…) stay as
### they are. { $phone } = "800 290 290", { $emergency } = "112" in every message.

# The language's own name, shown in the language choice (a button, ≤ 30 characters).
language-name = Русский

# The person typed a /command that does not exist; the question is asked again after it.
sys-unknown-command =
    Извини, такой команды я не знаю.
    Напиши /help, чтобы увидеть доступные команды.
# Free text, or a number out of range, where the bot shows numbered options; the options
# follow. Kind, and offers a person. Example: { $max } = "5".
sys-choose-number =
    Спасибо за сообщение. Здесь я могу прочитать только номер варианта.
    Пожалуйста, ответь числом от 1 до { $max }. Чтобы написать человеку, напиши /operator.
# An empty message.
sys-empty =
    Похоже, сообщение пустое.
    Пожалуйста, напиши ещё раз или напиши /menu.
# A message over the limit. Example: { $max } = "4096".
sys-too-long =
    Извини, это сообщение для меня слишком длинное.
    Пожалуйста, пиши не больше { $max } символов за раз или напиши /operator, чтобы поговорить с человеком.
# A photo, voice note, file… while no person is in the chat.
sys-media =
    Спасибо. Я могу читать только текстовые сообщения.
    Я не могу открыть фото, голосовые сообщения, файлы или стикеры.
    Человек из службы помощи может их получить: напиши /operator.
# A file too large to pass on to the operator. Example: { $megabytes } = "20".
sys-media-too-large =
    Этот файл слишком большой, чтобы его передать (предел — { $megabytes } MB), поэтому оператор его не увидит.
    Можно отправить файл поменьше или рассказать словами, что на нём.
# An old menu's button was pressed; the current menu follows. First line on a lock screen.
sys-stale-menu = Это меню устарело. Вот актуальное.
# The person edited an earlier message.
sys-edited =
    Спасибо. Я читаю только новые сообщения, а не изменения в старых.
    Пожалуйста, отправь это ещё раз новым сообщением или напиши /menu.
# Sent once when a chat sends more messages in a minute than the bot takes.
sys-slow-down =
    Спасибо. Сообщения приходят быстрее, чем я успеваю читать.
    Пожалуйста, подожди минуту, потом напиши снова. При опасности: { $emergency }.
# A person asked for a human, but no operator channel is running.
sys-no-operator =
    Спасибо за вопрос.
    Сейчас в этом чате никто не может ответить, извини.
    Пожалуйста, позвони на { $phone }: бесплатно, анонимно, днём и ночью, на многих языках.
    При опасности: { $emergency }.
# A person asked for a human while the operators' chat system is down: the request is
# kept and reaches the team when it is back. Never say a person is coming.
sys-operators-down =
    Спасибо, запрос принят.
    Сейчас никто из команды не может читать этот чат, извини. Твои сообщения сохраняются для команды.
    Если помощь нужна сейчас, позвони на { $phone }: бесплатно, анонимно, днём и ночью. При опасности: { $emergency }.
# Whole messages that work like /exit (comma-separated; lowercase is fine). Keep them
# words nobody sends by accident.
sys-exit-words = exit, quit, quick exit, быстрый выход, срочно выйти, удалить чат
# Words or phrases (comma-separated) that flag the conversation for operators, who may
# take it over; the bot answers as usual. Whole words; phrases anywhere in a message.
sys-danger-words = опасность, в опасности, помогите, спасите, помоги мне, меня бьют, меня избили, меня заперли, меня держат взаперти, меня убьют, хотят убить, забрали паспорт, отобрали паспорт
# Two answers in a row the bot could not use; the question follows.
sys-not-understood =
    Извини, я не понимаю.
    Напиши /menu, чтобы увидеть варианты, или /operator, чтобы поговорить с человеком.
# A command or button while waiting for an operator.
sys-waiting-operator =
    Спасибо, ты в очереди.
    Твои сообщения передаются. Человек ответит, как только освободится.
    /menu — перестать ждать. Можно также позвонить на { $phone }, днём и ночью.
    При опасности: { $emergency }.
# The person stopped waiting for an operator.
sys-left-queue =
    Хорошо. Запрос в очереди отменён.
    Можно снова попросить человека в любой момент: /operator.
# One line of the local projects list; { $project_phone } is the project's own number, or "none".
sys-referral-entry = { $project_phone ->
        [none] • { $city }: { $name }
       *[other] • { $city }: { $name }, { $project_phone }
    }
# After a list in which some project has no number of its own.
sys-referral-via-helpline =
    Национальный номер { $phone } может связать тебя с ними, днём и ночью.
    /menu — другие варианты.
# No local project for the place the person typed (never repeat the place).
sys-referral-none =
    Для этого места у меня пока нет местного контакта.
    Национальный номер { $phone } работает по всей Италии, днём и ночью.

## The operator's side of a handoff, as the person sees it.
# An operator took the conversation.
sys-operator-joined =
    Здравствуй, теперь здесь есть человек для тебя.
    Тебе здесь отвечает человек из команды службы помощи. Пиши как удобно; можно также позвонить на { $phone }, днём и ночью.
# Another operator took the conversation over (the first one had not answered for a while).
sys-operator-changed =
    Здравствуй, можно дальше писать здесь.
    Теперь тебе здесь отвечает другой человек из команды службы помощи. Можно также позвонить на { $phone }, днём и ночью.
# The operator gave the conversation back to the bot.
sys-operator-left =
    Ты снова общаешься с автоматическим помощником.
    Напиши /menu, чтобы увидеть варианты, или /operator, чтобы попросить человека.
# The operator ended the conversation.
sys-case-closed =
    Спасибо за сообщения.
    Разговор с человеком из службы помощи завершён. Можно снова написать в любое время
    или позвонить на { $phone }: бесплатно, анонимно, днём и ночью. При опасности: { $emergency }.
# The person asked for an operator while nobody is on duty.
sys-nobody-on-duty =
    Спасибо, запрос принят.
    Сейчас в этом чате нет никого из службы помощи, извини.
    Пожалуйста, позвони на { $phone }: бесплатно, анонимно, днём и ночью. При опасности: { $emergency }.
    Запрос остаётся открытым: если кто-то появится, он напишет здесь.
# Sent when nobody has answered for a while.
sys-nobody-answered =
    Спасибо за терпение.
    Пока никто не освободился, чтобы ответить здесь, извини.
    Пожалуйста, позвони на { $phone }: бесплатно, анонимно, днём и ночью. При опасности: { $emergency }.
    Ты всё ещё в очереди: человек напишет здесь, как только освободится.

## `/menu` while waiting for a person: asked first, never cancelled by one command.
# A question with two buttons (sys-leave-opt-stay, sys-leave-opt-menu).
sys-leave-ask =
    Вернуться в меню?
    Если перейти в меню, запрос на разговор с человеком закроется. Можно снова попросить в любой момент: /operator.
# Button, ≤ 30 characters: keep the request open.
sys-leave-opt-stay = Продолжать ждать
# Button, ≤ 30 characters: end the request and show the menu.
sys-leave-opt-menu = Перейти в меню
# After "Keep waiting".
sys-still-waiting =
    Хорошо, запрос остаётся открытым.
    Человек ответит здесь, как только освободится. Можно продолжать писать.
# Matrix only: the person's message could not be opened by the bot (it arrived encrypted
# with keys the bot does not have). Sent at most once every few minutes per chat, however
# many such messages come. Neutral first line.
sys-send-again =
    Извини, не получилось прочитать твоё последнее сообщение.
    Пожалуйста, отправь его ещё раз.
# Matrix only: the person's chat is not encrypted and the bot cannot turn encryption on, so
# it answers nothing else there. Sent once; the bot then leaves the chat. Neutral first line.
sys-chat-not-private =
    Извини, в этом чате я не могу отвечать.
    Пожалуйста, позвони на { $phone }: бесплатно, анонимно, днём и ночью, на многих языках.
    При опасности: { $emergency }.
# /safeword without a word: the next message is the word. It works like /exit.
sys-safeword-ask =
    Ok.
    Теперь напиши своё слово, одно, в одном сообщении. Потом, если ты напишешь только это слово, я удалю этот чат и забуду его, как /exit.
    Выбери слово, которое другие не угадают. Не число.
# The safe word is saved (only in a form nobody can read back).
sys-safeword-set =
    Ok.
    Твоё слово сохранено. Если ты напишешь только это слово, я удалю этот чат и забуду его, как /exit.
    Никто не может прочитать это слово, даже служба помощи.
# The word cannot be used (too short, too long, or only numbers).
sys-safeword-invalid =
    Извини, это слово не подходит.
    Нужно от 3 до 40 букв, и не только цифры. Напиши /safeword, чтобы попробовать снова.
# /notsafe or the menu choice: nothing is sent until the person writes again.
sys-notsafe-ok =
    Ok.
    Сейчас я ничего не отправляю. Когда снова сможешь читать, напиши мне любое сообщение, и я продолжу.
# The person wrote a sentence that looks like this language while the chat is in another
# one. Asked IN THIS LANGUAGE (the one the person seems to write), with two buttons
# (sys-switch-yes, sys-switch-no). Name the language in itself.
sys-switch-ask = Похоже, ты пишешь по-русски. Хочешь продолжить на русском?
# Button, ≤ 30 characters: switch to this language.
sys-switch-yes = Да, русский
# Button, ≤ 30 characters: keep the language the chat is in now.
sys-switch-no = Нет, спасибо
# After an update of the bot, the question the person was answering no longer exists.
sys-node-gone = Эта часть чата изменилась. Вот снова меню.
