### varco-review: reviewed
### Built-in messages the engine itself needs (see flows/README.md), and the language's own name.

language-name = English

sys-unknown-command =
    Sorry, I do not know that command.
    Type /help to see the commands you can use.
sys-choose-number = Please answer with a number from 1 to { $max }.
sys-empty =
    Your message seems to be empty.
    Please write again, or type /menu.
sys-too-long =
    Sorry, that message is too long for me.
    Please write at most { $max } characters at a time, or type /operator to talk to a person.
sys-media =
    Thanks. I can only read written messages.
    I cannot open photos, voice messages, files or stickers.
    A person from the helpline can receive them: type /operator.
sys-media-too-large =
    This file is too large to pass on (the limit is { $megabytes } MB), so the operator cannot see it.
    You can send a smaller one, or tell them in words what it shows.
sys-stale-menu = That menu is old. Here is the current one.
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
# Whole messages that work like /exit (comma-separated; lowercase is fine). Keep them
# words nobody sends by accident.
sys-exit-words = exit, quit, quick exit
# Words or phrases (comma-separated) that flag the conversation for operators, who may
# take it over; the bot answers as usual. Whole words; phrases anywhere in a message.
sys-danger-words = danger, in danger, help me, hurt me, beat me, beaten, locked in, kill me, they took my passport
sys-not-understood =
    Sorry, I did not understand.
    Type /menu to see the options, or /operator to talk to a person.
sys-waiting-operator =
    Thanks, you are in the queue.
    Your messages are passed on. A person will answer as soon as one is free.
    /menu to leave the queue. You can also call { $phone }, day and night.
    In danger: { $emergency }.
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
sys-referral-none =
    I have no local contact for that place yet.
    The national number { $phone } works everywhere in Italy, day and night.

## The operator's side of a handoff, as the person sees it.
sys-operator-joined =
    Hello, a person from the helpline is here now.
    Write here as you like; you can also call { $phone }, day and night.
sys-operator-left =
    You are talking with the automatic assistant again.
    Write /menu to see the options, or /operator to ask for a person.
sys-case-closed =
    Thank you for writing.
    The conversation with the helpline person has ended. You can write again at any time,
    or call { $phone }: free, anonymous, day and night. In danger: { $emergency }.
sys-nobody-on-duty =
    Thanks, your request is noted.
    Right now no helpline person is online in this chat, sorry.
    Please call { $phone }: free, anonymous, day and night. In danger: { $emergency }.
    Your request stays open: if someone comes online, they will write here.
sys-nobody-answered =
    Thanks for waiting.
    Nobody has been free to answer here yet, sorry.
    Please call { $phone }: free, anonymous, day and night. In danger: { $emergency }.
    You are still in the queue: a person will write here as soon as one is free.
