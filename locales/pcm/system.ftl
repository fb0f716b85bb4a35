### varco-review: unreviewed
### legal-review: none
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Built-in messages the engine itself needs (see flows/README.md), and the language's own name.
### For translators: person-facing, CEFR A2; the first line of each message is what a lock
### screen shows (no helpline, danger, police, case…). Commands (/menu, /operator…) stay as
### they are. { $phone } = "800 290 290", { $emergency } = "112" in every message.

# The language's own name, shown in the language choice (a button, ≤ 30 characters).
language-name = Naijá

# The person typed a /command that does not exist; the question is asked again after it.
sys-unknown-command =
    Sorry, I no sabi dat command.
    Type /help to see di commands wey you fit use.
# Free text, or a number out of range, where the bot shows numbered options; the options
# follow. Kind, and offers a person. Example: { $max } = "5".
sys-choose-number =
    Thank you for your message. For here I fit read only di number of one option.
    Abeg answer with number from 1 to { $max }. If you wan write to person instead, type /operator.
# An empty message.
sys-empty =
    Your message be like say e empty.
    Abeg write again, or type /menu.
# A message over the limit. Example: { $max } = "4096".
sys-too-long =
    Sorry, dat message too long for me.
    Abeg write no pass { $max } characters one time, or type /operator to talk to person.
# A photo, voice note, file… while no person is in the chat.
sys-media =
    Thank you. I fit read only written messages.
    I no fit open photo, voice message, file or sticker.
    One person from di helpline fit receive dem: type /operator.
# A file too large to pass on to the operator. Example: { $megabytes } = "20".
sys-media-too-large =
    Dis file too big to pass am go (di limit na { $megabytes } MB), so di operator no go fit see am.
    You fit send smaller one, or tell dem with words wetin e show.
# An old menu's button was pressed; the current menu follows. First line on a lock screen.
sys-stale-menu = Dat menu don old. See di new one.
# The person edited an earlier message.
sys-edited =
    Thank you. I dey read only new messages, no be changes to old ones.
    Abeg send am again as new message, or type /menu.
# Sent once when a chat sends more messages in a minute than the bot takes.
sys-slow-down =
    Thank you. You dey write fast pass how I fit read.
    Abeg wait one minute, then write again. If danger dey: { $emergency }.
# A person asked for a human, but no operator channel is running.
sys-no-operator =
    Thank you say you ask.
    Right now nobody fit answer for dis chat, sorry.
    Abeg call { $phone }: e free, you no need give your name, day and night, for many languages.
    If danger dey: { $emergency }.
# A person asked for a human while the operators' chat system is down: the request is
# kept and reaches the team when it is back. Never say a person is coming.
sys-operators-down =
    Thank you, we don note your request.
    Right now nobody from di team fit read dis chat, sorry. We dey keep your messages for dem.
    If you need help now, call { $phone }: e free, you no need give your name, day and night. If danger dey: { $emergency }.
# Whole messages that work like /exit (comma-separated; lowercase is fine). Keep them
# words nobody sends by accident.
sys-exit-words = exit, quit, quick exit, comot quick, make I comot
# Words or phrases (comma-separated) that flag the conversation for operators, who may
# take it over; the bot answers as usual. Whole words; phrases anywhere in a message.
sys-danger-words = danger, I dey danger, help me, dem dey beat me, dem beat me, dem lock me, dem wan kill me, dem take my passport, dem hold my passport, dem wan hurt me
# Two answers in a row the bot could not use; the question follows.
sys-not-understood =
    Sorry, I no understand.
    Type /menu to see di options, or /operator to talk to person.
# A command or button while waiting for an operator.
sys-waiting-operator =
    Thank you, you dey di line now.
    We dey pass your messages go. One person go answer you as soon as somebody free.
    /menu to stop to wait. You fit also call { $phone }, day and night.
    If danger dey: { $emergency }.
# The person stopped waiting for an operator.
sys-left-queue =
    Ok. You don comot from di line.
    You fit ask for person again any time with /operator.
# One line of the local projects list; { $project_phone } is the project's own number, or "none".
sys-referral-entry = { $project_phone ->
        [none] • { $city }: { $name }
       *[other] • { $city }: { $name }, { $project_phone }
    }
# After a list in which some project has no number of its own.
sys-referral-via-helpline =
    Di national number { $phone } fit connect you with dem, day and night.
    /menu for more options.
# No local project for the place the person typed (never repeat the place).
sys-referral-none =
    I never get local contact for dat place.
    Di national number { $phone } dey work everywhere for Italy, day and night.

## The operator's side of a handoff, as the person sees it.
# An operator took the conversation.
sys-operator-joined =
    Hello, one person dey here for you now.
    Somebody from di helpline team go answer you for here. Write as you like; you fit also call { $phone }, day and night.
# Another operator took the conversation over (the first one had not answered for a while).
sys-operator-changed =
    Hello, you fit continue to write here.
    Another person from di helpline team dey answer you here now. You fit also call { $phone }, day and night.
# The operator gave the conversation back to the bot.
sys-operator-left =
    You dey talk with di automatic assistant again.
    Write /menu to see di options, or /operator to ask for person.
# The operator ended the conversation.
sys-case-closed =
    Thank you say you write.
    Di conversation with di helpline person don end. You fit write again any time,
    or call { $phone }: e free, you no need give your name, day and night. If danger dey: { $emergency }.
# The person asked for an operator while nobody is on duty.
sys-nobody-on-duty =
    Thank you, we don note your request.
    Right now no helpline person dey online for dis chat, sorry.
    Abeg call { $phone }: e free, you no need give your name, day and night. If danger dey: { $emergency }.
    Your request still dey open: if somebody come online, dem go write for here.
# Sent when nobody has answered for a while.
sys-nobody-answered =
    Thank you say you wait.
    Nobody don free to answer for here yet, sorry.
    Abeg call { $phone }: e free, you no need give your name, day and night. If danger dey: { $emergency }.
    You still dey di line: one person go write for here as soon as somebody free.

## `/menu` while waiting for a person: asked first, never cancelled by one command.
# A question with two buttons (sys-leave-opt-stay, sys-leave-opt-menu).
sys-leave-ask =
    You wan go back to di menu?
    If you go di menu, your request to talk to person go end. You fit ask again any time with /operator.
# Button, ≤ 30 characters: keep the request open.
sys-leave-opt-stay = Make I still wait
# Button, ≤ 30 characters: end the request and show the menu.
sys-leave-opt-menu = Go to di menu
# After "Keep waiting".
sys-still-waiting =
    Good, your request still dey open.
    One person go answer you for here as soon as somebody free. You fit continue to write.
# Matrix only: the person's message could not be opened by the bot (it arrived encrypted
# with keys the bot does not have). Sent at most once every few minutes per chat, however
# many such messages come. Neutral first line.
sys-send-again =
    Sorry, I no fit read your last message.
    Abeg send am again.
# Matrix only: the person's chat is not encrypted and the bot cannot turn encryption on, so
# it answers nothing else there. Sent once; the bot then leaves the chat. Neutral first line.
sys-chat-not-private =
    Sorry, I no fit answer for dis chat.
    Abeg call { $phone }: e free, you no need give your name, day and night, for many languages.
    If danger dey: { $emergency }.
# /safeword without a word: the next message is the word. It works like /exit.
sys-safeword-ask =
    Ok.
    Now write your own word, only di word for one message. Later, if you write only dis word, I go delete dis chat and forget am, like /exit.
    Choose word wey other people no go fit guess. No be number.
# The safe word is saved (only in a form nobody can read back).
sys-safeword-set =
    Ok.
    I don save your word. If you write only dis word, I go delete dis chat and forget am, like /exit.
    Nobody fit read di word back, not even di helpline.
# The word cannot be used (too short, too long, or only numbers).
sys-safeword-invalid =
    Sorry, I no fit use dat word.
    E need 3 to 40 letters, and no be only numbers. Type /safeword to try again.
# /notsafe or the menu choice: nothing is sent until the person writes again.
sys-notsafe-ok =
    Ok.
    I no go send anything now. When you fit read again, write me any message and I go continue.
# The person wrote a sentence that looks like this language while the chat is in another
# one. Asked IN THIS LANGUAGE (the one the person seems to write), with two buttons
# (sys-switch-yes, sys-switch-no). Name the language in itself.
sys-switch-ask = E be like say you dey write for Naijá (Pidgin). You wan continue for Naijá?
# Button, ≤ 30 characters: switch to this language.
sys-switch-yes = Yes, Naijá
# Button, ≤ 30 characters: keep the language the chat is in now.
# same-as-en
sys-switch-no = No, thank you
# After an update of the bot, the question the person was answering no longer exists.
sys-node-gone = Dis part of di chat don change. See di menu again.
