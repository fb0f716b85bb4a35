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
welcome-hello = Здравствуй, и спасибо, что пишешь.
# Right after welcome-hello: the bot says it is automatic and that a person can take over.
# "Confidential" is exact: the chat is not anonymous (the app knows the account).
welcome-free =
    Я автоматический помощник. Здесь с тобой может переписываться и человек из нашей команды.
    Этот чат бесплатный и конфиденциальный. Не нужно называть своё имя.
    Сначала выбери язык.
# The language question; the options are each language's own name (language-name).
language-ask = Какой язык тебе удобнее?

## Safety check

# Sent after the language choice, before safety-ask: message previews, and what the
# platform knows. Example: { $phone } = "800 290 290".
safety-privacy =
    Совет для твоей приватности.
    Телефон может показывать новые сообщения на экране блокировки. Чтобы их скрыть, отключи предпросмотр сообщений в настройках уведомлений приложения.
    Этот чат конфиденциальный, но не анонимный: приложение, которым ты пользуешься, знает твой аккаунт. Звонок на { $phone } может быть анонимным.
# A question with two buttons (safety-opt-yes, safety-opt-later).
safety-ask = Можешь сейчас спокойно и безопасно писать?
# Button, ≤ 30 characters.
safety-opt-yes = Да
# Button, ≤ 30 characters.
safety-opt-later = Не сейчас
# After "Yes" to safety-ask.
safety-ok =
    Хорошо.
    Совет: чтобы быстро выйти, в любой момент напиши /exit.
    Эта команда удаляет чат, где это возможно.
# After "Not now" to safety-ask; first of three tips.
safety-tips-exit =
    Хорошо. Несколько советов.
    Чтобы быстро выйти, в любой момент напиши /exit или нажми кнопку ниже.
    Эта команда удаляет чат, где это возможно.
# Second tip.
safety-tips-delete =
    Этот чат можно удалить и самостоятельно, в своём приложении.
    Бот может удалить только недавние сообщения, поэтому полезно удалить его и вручную.
# Third tip. Example: { $emergency } = "112".
safety-tips-emergency =
    И ещё:
    если тебе прямо сейчас грозит опасность, звони { $emergency }.
# A question with three buttons after the tips.
safety-next-ask = Продолжим сейчас?
# Button, ≤ 30 characters.
safety-opt-continue = Продолжить
# Button, ≤ 30 characters.
safety-opt-stop = Пока остановиться

## Who is writing (the main menu)

# The main menu: who is writing. Options: role-opt-*, nav-person, nav-leave.
role-ask =
    Спасибо. Что подходит лучше всего?
    Выбери «Спрашиваю по работе», если работаешь в организации, полиции, социальной или медицинской службе, профсоюзе или объединении работодателей.
# Button, ≤ 30 characters.
role-opt-self = Нужна помощь для себя
# Button, ≤ 30 characters.
role-opt-other = Беспокоюсь о другом человеке
# Button, ≤ 30 characters; role-ask quotes it, keep both the same.
role-opt-work = Спрашиваю по работе

## Option labels shared by every flow (buttons: 30 characters at most)

# Button, ≤ 30 characters: asks for a human operator.
nav-person = Поговорить с человеком
# Button, ≤ 30 characters.
nav-main-menu = Главное меню
# Button, ≤ 30 characters.
nav-back = Назад
# Button, ≤ 30 characters: the quick exit.
nav-leave = Выйти и удалить чат
# Button, ≤ 30 characters: "not safe now": the bot sends nothing until the person writes
# again. Neutral words: someone else may see the screen.
nav-not-safe = Сейчас не могу читать

## Help

# /help, first part: the commands stay as they are (/menu, /lang…), never translated.
help-commands =
    Вот что можно написать в любой момент:
    /menu: посмотреть варианты
    /lang: сменить язык
    /operator: поговорить с человеком
# /help, second part. Examples: { $helpline } = "Numero Verde Antitratta",
# { $phone } = "800 290 290", { $emergency } = "112". Calling can be anonymous.
help-more =
    /exit: быстро выйти, удаляет этот чат, где это возможно
    /help: это сообщение
    { $helpline }: { $phone }, бесплатно и анонимно, днём и ночью.
    При непосредственной опасности: { $emergency }.

## Talk to a person (handoff from /operator or the main menu)

# The person asked for an operator. { $case } = "12": a reference number, not a police
# case; never the word "case" in the translation.
operator-queued =
    Хорошо, спасибо.
    Прошу человека из службы помощи ответить тебе здесь. Твой номер обращения: { $case }.
    Пока ждёшь, можно писать. /menu — вернуться, /exit — быстро выйти.

## Quick exit and end

# Neutral on purpose: it is the last thing left on the screen.
# same-as-en
exit-neutral = Ok.
# The conversation ended. Example: { $phone } = "800 290 290".
end-bye =
    Спасибо за сообщения.
    Можно снова написать в любое время или позвонить на { $phone }, днём и ночью.
