### varco-review: unreviewed
### legal-review: none
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Built-in messages the engine itself needs (see flows/README.md), and the language's own name.
### For translators: person-facing, CEFR A2; the first line of each message is what a lock
### screen shows (no helpline, danger, police, case…). Commands (/menu, /operator…) stay as
### they are. { $phone } = "800 290 290", { $emergency } = "112" in every message.

# The language's own name, shown in the language choice (a button, ≤ 30 characters).
language-name = Български

# The person typed a /command that does not exist; the question is asked again after it.
sys-unknown-command =
    Съжалявам, не познавам тази команда.
    Напиши /help, за да видиш командите, които можеш да използваш.
# Free text, or a number out of range, where the bot shows numbered options; the options
# follow. Kind, and offers a person. Example: { $max } = "5".
sys-choose-number =
    Благодарим за съобщението. Тук мога да чета само номера на възможност.
    Моля, отговори с число от 1 до { $max }. За да пишеш на човек, напиши /operator.
# An empty message.
sys-empty =
    Съобщението ти изглежда празно.
    Моля, напиши отново или напиши /menu.
# A message over the limit. Example: { $max } = "4096".
sys-too-long =
    Съжалявам, това съобщение е твърде дълго за мен.
    Моля, пиши най-много { $max } знака наведнъж или напиши /operator, за да говориш с човек.
# A photo, voice note, file… while no person is in the chat.
sys-media =
    Благодарим. Мога да чета само писмени съобщения.
    Не мога да отварям снимки, гласови съобщения, файлове или стикери.
    Човек от линията за помощ може да ги получи: напиши /operator.
# A file too large to pass on to the operator. Example: { $megabytes } = "20".
sys-media-too-large =
    Този файл е твърде голям, за да бъде предаден (ограничението е { $megabytes } MB), затова човекът от екипа не може да го види.
    Можеш да изпратиш по-малък файл или да опишеш с думи какво показва.
# An old menu's button was pressed; the current menu follows. First line on a lock screen.
sys-stale-menu = Това меню е старо. Ето текущото меню.
# The person edited an earlier message.
sys-edited =
    Благодарим. Чета само нови съобщения, не промени в по-стари.
    Моля, изпрати го отново като ново съобщение или напиши /menu.
# Sent once when a chat sends more messages in a minute than the bot takes.
sys-slow-down =
    Благодарим. Съобщенията идват по-бързо, отколкото мога да чета.
    Моля, изчакай една минута и пиши отново. При опасност: { $emergency }.
# A person asked for a human, but no operator channel is running.
sys-no-operator =
    Благодарим за молбата.
    В момента никой не може да отговори в този чат, съжаляваме.
    Моля, обади се на { $phone }: безплатно, анонимно, денем и нощем, на много езици.
    При опасност: { $emergency }.
# A person asked for a human while the operators' chat system is down: the request is
# kept and reaches the team when it is back. Never say a person is coming.
sys-operators-down =
    Благодарим, молбата ти е записана.
    В момента никой от екипа не може да чете този чат, съжаляваме. Съобщенията ти се пазят за екипа.
    Ако ти трябва помощ сега, обади се на { $phone }: безплатно, анонимно, денем и нощем. При опасност: { $emergency }.
# Whole messages that work like /exit (comma-separated; lowercase is fine). Keep them
# words nobody sends by accident.
sys-exit-words = exit, quit, quick exit, изход, бърз изход, излез от чата
# Words or phrases (comma-separated) that flag the conversation for operators, who may
# take it over; the bot answers as usual. Whole words; phrases anywhere in a message.
sys-danger-words = опасност, в опасност, помогнете, помогни ми, спасете ме, бият ме, биха ме, пребиха ме, заключиха ме, заключен, заключена, ще ме убият, убиват ме, взеха ми паспорта, взеха паспорта ми
# Two answers in a row the bot could not use; the question follows.
sys-not-understood =
    Съжалявам, не разбрах.
    Напиши /menu, за да видиш възможностите, или /operator, за да говориш с човек.
# A command or button while waiting for an operator.
sys-waiting-operator =
    Благодарим, молбата ти е на опашката.
    Съобщенията ти се предават. Човек ще отговори веднага щом се освободи.
    /menu за спиране на чакането. Можеш също да се обадиш на { $phone }, денем и нощем.
    При опасност: { $emergency }.
# The person stopped waiting for an operator.
sys-left-queue =
    Добре. Молбата ти вече не е на опашката.
    Можеш отново да поискаш човек по всяко време с /operator.
# One line of the local projects list; { $project_phone } is the project's own number, or "none".
sys-referral-entry = { $project_phone ->
        [none] • { $city }: { $name }
       *[other] • { $city }: { $name }, { $project_phone }
    }
# After a list in which some project has no number of its own.
sys-referral-via-helpline =
    Националният номер { $phone } може да те свърже с тях, денем и нощем.
    /menu за още възможности.
# No local project for the place the person typed (never repeat the place).
sys-referral-none =
    Все още нямам местен контакт за това място.
    Националният номер { $phone } работи навсякъде в Италия, денем и нощем.

## The operator's side of a handoff, as the person sees it.
# An operator took the conversation.
sys-operator-joined =
    Здравей, сега тук има човек за теб.
    Човек от екипа на линията за помощ ти отговаря тук. Пиши както искаш; можеш също да се обадиш на { $phone }, денем и нощем.
# Another operator took the conversation over (the first one had not answered for a while).
sys-operator-changed =
    Здравей, можеш да продължиш да пишеш тук.
    Сега тук ти отговаря друг човек от екипа на линията за помощ. Можеш и да се обадиш на { $phone }, денем и нощем.
# The operator gave the conversation back to the bot.
sys-operator-left =
    Отново говориш с автоматичния асистент.
    Напиши /menu, за да видиш възможностите, или /operator, за да поискаш човек.
# The operator ended the conversation.
sys-case-closed =
    Благодарим ти, че пишеш.
    Разговорът с човека от линията за помощ приключи. Можеш да пишеш отново по всяко време
    или да се обадиш на { $phone }: безплатно, анонимно, денем и нощем. При опасност: { $emergency }.
# The person asked for an operator while nobody is on duty.
sys-nobody-on-duty =
    Благодарим, молбата ти е записана.
    В момента никой от линията за помощ не е на линия в този чат, съжаляваме.
    Моля, обади се на { $phone }: безплатно, анонимно, денем и нощем. При опасност: { $emergency }.
    Молбата ти остава отворена: ако някой влезе, ще ти пише тук.
# Sent when nobody has answered for a while.
sys-nobody-answered =
    Благодарим за търпението.
    Все още никой не е бил свободен да отговори тук, съжаляваме.
    Моля, обади се на { $phone }: безплатно, анонимно, денем и нощем. При опасност: { $emergency }.
    Молбата ти още е на опашката: човек ще пише тук веднага щом се освободи.

## `/menu` while waiting for a person: asked first, never cancelled by one command.
# A question with two buttons (sys-leave-opt-stay, sys-leave-opt-menu).
sys-leave-ask =
    Искаш ли да се върнеш към менюто?
    Ако отидеш в менюто, молбата ти да говориш с човек приключва. Можеш да поискаш отново по всяко време с /operator.
# Button, ≤ 30 characters: keep the request open.
sys-leave-opt-stay = Продължи да чакаш
# Button, ≤ 30 characters: end the request and show the menu.
sys-leave-opt-menu = Към менюто
# After "Keep waiting".
sys-still-waiting =
    Добре, молбата ти остава отворена.
    Човек ще ти отговори тук веднага щом се освободи. Можеш да продължиш да пишеш.
# Matrix only: the person's message could not be opened by the bot (it arrived encrypted
# with keys the bot does not have). Sent at most once every few minutes per chat, however
# many such messages come. Neutral first line.
sys-send-again =
    Съжалявам, не успях да прочета последното ти съобщение.
    Моля, изпрати го отново.
# Matrix only: the person's chat is not encrypted and the bot cannot turn encryption on, so
# it answers nothing else there. Sent once; the bot then leaves the chat. Neutral first line.
sys-chat-not-private =
    Съжалявам, не мога да отговарям в този чат.
    Моля, обади се на { $phone }: безплатно, анонимно, денем и нощем, на много езици.
    При опасност: { $emergency }.
# /safeword without a word: the next message is the word. It works like /exit.
sys-safeword-ask =
    Ok.
    Сега напиши своя дума, сама в едно съобщение. По-късно, ако напишеш само тази дума, изтривам този чат и го забравям, като /exit.
    Избери дума, която другите не могат да познаят. Не число.
# The safe word is saved (only in a form nobody can read back).
sys-safeword-set =
    Ok.
    Думата ти е запазена. Ако напишеш само тази дума, изтривам този чат и го забравям, като /exit.
    Никой не може да прочете думата, дори линията за помощ.
# The word cannot be used (too short, too long, or only numbers).
sys-safeword-invalid =
    Съжалявам, не мога да използвам тази дума.
    Трябват от 3 до 40 букви, и не само цифри. Напиши /safeword, за да опиташ отново.
# /notsafe or the menu choice: nothing is sent until the person writes again.
sys-notsafe-ok =
    Ok.
    Сега не изпращам нищо. Когато можеш да четеш отново, напиши ми каквото и да е съобщение и продължавам.
# The person wrote a sentence that looks like this language while the chat is in another
# one. Asked IN THIS LANGUAGE (the one the person seems to write), with two buttons
# (sys-switch-yes, sys-switch-no). Name the language in itself.
sys-switch-ask = Изглежда пишеш на български. Искаш ли да продължим на български?
# Button, ≤ 30 characters: switch to this language.
sys-switch-yes = Да, български
# Button, ≤ 30 characters: keep the language the chat is in now.
sys-switch-no = Не, благодаря
# After an update of the bot, the question the person was answering no longer exists.
sys-node-gone = Тази част от чата се промени. Ето менюто отново.
