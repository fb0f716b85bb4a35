### varco-review: reviewed
### legal-review: none
### Built-in messages the engine itself needs (see flows/README.md), and the language's own name.
### For translators: person-facing, CEFR A2; the first line of each message is what a lock
### screen shows (no helpline, danger, police, case…). Commands (/menu, /operator…) stay as
### they are. { $phone } = "800 290 290", { $emergency } = "112" in every message.

# The language's own name, shown in the language choice (a button, ≤ 30 characters).
language-name = English

# The person typed a /command that does not exist; the question is asked again after it.
sys-unknown-command =
    Sorry, I do not know that command.
    Type /help to see the commands you can use.
# Free text, or a number out of range, where the bot shows numbered options; the options
# follow. Kind, and offers a person. Example: { $max } = "5".
sys-choose-number =
    Thanks for your message. Here I can only read the number of an option.
    Please answer with a number from 1 to { $max }. To write to a person instead, type /operator.
# An empty message.
sys-empty =
    Your message seems to be empty.
    Please write again, or type /menu.
# A message over the limit. Example: { $max } = "4096".
sys-too-long =
    Sorry, that message is too long for me.
    Please write at most { $max } characters at a time, or type /operator to talk to a person.
# A photo, voice note, file… while no person is in the chat.
sys-media =
    Thanks. I can only read written messages.
    I cannot open photos, voice messages, files or stickers.
    A person from the helpline can receive them: type /operator.
# A file too large to pass on to the operator. Example: { $megabytes } = "20".
sys-media-too-large =
    This file is too large to pass on (the limit is { $megabytes } MB), so the operator cannot see it.
    You can send a smaller one, or tell them in words what it shows.
# An old menu's button was pressed; the current menu follows. First line on a lock screen.
sys-stale-menu = That menu is old. Here is the current one.
# The person edited an earlier message.
sys-edited =
    Thanks. I read only new messages, not changes to earlier ones.
    Please send it again as a new message, or type /menu.
# Sent once when a chat sends more messages in a minute than the bot takes.
sys-slow-down =
    Thanks. You are writing faster than I can read.
    Please wait a minute, then write again. In danger: { $emergency }.
# A person asked for a human, but no operator channel is running.
sys-no-operator =
    Thanks for asking.
    Right now nobody can answer in this chat, sorry.
    Please call { $phone }: free, anonymous, day and night, in many languages.
    In danger: { $emergency }.
# A person asked for a human while the operators' chat system is down: the request is
# kept and reaches the team when it is back. Never say a person is coming.
sys-operators-down =
    Thanks, your request is noted.
    Right now nobody from the team can read this chat, sorry. Your messages are kept for them.
    If you need help now, call { $phone }: free, anonymous, day and night. In danger: { $emergency }.
# Whole messages that work like /exit (comma-separated; lowercase is fine). Keep them
# words nobody sends by accident.
sys-exit-words = exit, quit, quick exit
# Words or phrases (comma-separated) that flag the conversation for operators, who may
# take it over; the bot answers as usual. Whole words; phrases anywhere in a message.
sys-danger-words = danger, in danger, help me, hurt me, beat me, beaten, locked in, kill me, they took my passport
# Two answers in a row the bot could not use; the question follows.
sys-not-understood =
    Sorry, I did not understand.
    Type /menu to see the options, or /operator to talk to a person.
# A command or button while waiting for an operator.
sys-waiting-operator =
    Thanks, you are in the queue.
    Your messages are passed on. A person will answer as soon as one is free.
    /menu to stop waiting. You can also call { $phone }, day and night.
    In danger: { $emergency }.
# The person stopped waiting for an operator.
sys-left-queue =
    Ok. You have left the queue.
    You can ask for a person again at any time with /operator.
# One line of the local projects list; { $project_phone } is the project's own number, or "none".
sys-referral-entry = { $project_phone ->
        [none] • { $city }: { $name }
       *[other] • { $city }: { $name }, { $project_phone }
    }
# After a list in which some project has no number of its own.
sys-referral-via-helpline =
    The national number { $phone } can put you in touch with them, day and night.
    /menu for more options.
# No local project for the place the person typed (never repeat the place).
sys-referral-none =
    I have no local contact for that place yet.
    The national number { $phone } works everywhere in Italy, day and night.

## The operator's side of a handoff, as the person sees it.
# An operator took the conversation.
sys-operator-joined =
    Hello, a person is here for you now.
    Someone from the helpline team answers you here. Write as you like; you can also call { $phone }, day and night.
# Another operator took the conversation over (the first one had not answered for a while).
sys-operator-changed =
    Hello, you can keep writing here.
    Someone else from the helpline team answers you here now. You can also call { $phone }, day and night.
# The operator gave the conversation back to the bot.
sys-operator-left =
    You are talking with the automatic assistant again.
    Write /menu to see the options, or /operator to ask for a person.
# The operator ended the conversation.
sys-case-closed =
    Thank you for writing.
    The conversation with the helpline person has ended. You can write again at any time,
    or call { $phone }: free, anonymous, day and night. In danger: { $emergency }.
# The person asked for an operator while nobody is on duty.
sys-nobody-on-duty =
    Thanks, your request is noted.
    Right now no helpline person is online in this chat, sorry.
    Please call { $phone }: free, anonymous, day and night. In danger: { $emergency }.
    Your request stays open: if someone comes online, they will write here.
# Sent when nobody has answered for a while.
sys-nobody-answered =
    Thanks for waiting.
    Nobody has been free to answer here yet, sorry.
    Please call { $phone }: free, anonymous, day and night. In danger: { $emergency }.
    You are still in the queue: a person will write here as soon as one is free.

## `/menu` while waiting for a person: asked first, never cancelled by one command.
# A question with two buttons (sys-leave-opt-stay, sys-leave-opt-menu).
sys-leave-ask =
    Do you want to go back to the menu?
    If you go to the menu, your request to talk to a person ends. You can ask again at any time with /operator.
# Button, ≤ 30 characters: keep the request open.
sys-leave-opt-stay = Keep waiting
# Button, ≤ 30 characters: end the request and show the menu.
sys-leave-opt-menu = Go to the menu
# After "Keep waiting".
sys-still-waiting =
    Good, your request stays open.
    A person will answer you here as soon as one is free. You can keep writing.
# Matrix only: the person's message could not be opened by the bot (it arrived encrypted
# with keys the bot does not have). Sent at most once every few minutes per chat, however
# many such messages come. Neutral first line.
sys-send-again =
    Sorry, I could not read your last message.
    Please send it again.
# Matrix only: the person's chat is not encrypted and the bot cannot turn encryption on, so
# it answers nothing else there. Sent once; the bot then leaves the chat. Neutral first line.
sys-chat-not-private =
    Sorry, I cannot answer in this chat.
    Please call { $phone }: free, anonymous, day and night, in many languages.
    In danger: { $emergency }.

## The person's own safety controls (conversation/safety.rs). Every first line is only
## "Ok." or a neutral apology: a lock screen or someone nearby may see it.

# /safeword without a word: the next message is the word. It works like /exit.
sys-safeword-ask =
    Ok.
    Now write your own word, alone in one message. Later, if you write only this word, I delete this chat and forget it, like /exit.
    Choose a word other people do not guess. Not a number.
# The safe word is saved (only in a form nobody can read back).
sys-safeword-set =
    Ok.
    Your word is saved. If you write only this word, I delete this chat and forget it, like /exit.
    Nobody can read the word back, not even the helpline.
# The word cannot be used (too short, too long, or only numbers).
sys-safeword-invalid =
    Sorry, I cannot use that word.
    It needs 3 to 40 letters, and not only numbers. Type /safeword to try again.
# /notsafe or the menu choice: nothing is sent until the person writes again.
sys-notsafe-ok =
    Ok.
    I send nothing now. When you can read again, write me any message and I go on.
# The person wrote a sentence that looks like this language while the chat is in another
# one. Asked IN THIS LANGUAGE (the one the person seems to write), with two buttons
# (sys-switch-yes, sys-switch-no). Name the language in itself.
sys-switch-ask = It looks like you write in English. Do you want to continue in English?
# Button, ≤ 30 characters: switch to this language.
sys-switch-yes = Yes, English
# Button, ≤ 30 characters: keep the language the chat is in now.
sys-switch-no = No, thank you
# After an update of the bot, the question the person was answering no longer exists.
sys-node-gone = This part of the chat has changed. Here is the menu again.
