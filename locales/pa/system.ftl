### varco-review: unreviewed
### legal-review: none
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Built-in messages the engine itself needs (see flows/README.md), and the language's own name.
### For translators: person-facing, CEFR A2; the first line of each message is what a lock
### screen shows (no helpline, danger, police, case…). Commands (/menu, /operator…) stay as
### they are. { $phone } = "800 290 290", { $emergency } = "112" in every message.

# The language's own name, shown in the language choice (a button, ≤ 30 characters).
language-name = ਪੰਜਾਬੀ

# The person typed a /command that does not exist; the question is asked again after it.
sys-unknown-command =
    ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਕਮਾਂਡ ਪਤਾ ਨਹੀਂ।
    ਵਰਤਣ ਵਾਲੀਆਂ ਕਮਾਂਡਾਂ ਵੇਖਣ ਲਈ /help ਲਿਖੋ।
# Free text, or a number out of range, where the bot shows numbered options; the options
# follow. Kind, and offers a person. Example: { $max } = "5".
sys-choose-number =
    ਸੁਨੇਹੇ ਲਈ ਧੰਨਵਾਦ। ਇੱਥੇ ਸਿਰਫ਼ ਕਿਸੇ ਵਿਕਲਪ ਦਾ ਨੰਬਰ ਪੜ੍ਹਿਆ ਜਾ ਸਕਦਾ ਹੈ।
    ਕਿਰਪਾ ਕਰਕੇ 1 ਤੋਂ { $max } ਤੱਕ ਕੋਈ ਨੰਬਰ ਲਿਖੋ। ਕਿਸੇ ਵਿਅਕਤੀ ਨੂੰ ਲਿਖਣ ਲਈ /operator ਲਿਖੋ।
# An empty message.
sys-empty =
    ਲੱਗਦਾ ਹੈ ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਖ਼ਾਲੀ ਹੈ।
    ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਲਿਖੋ, ਜਾਂ /menu ਲਿਖੋ।
# A message over the limit. Example: { $max } = "4096".
sys-too-long =
    ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਸੁਨੇਹਾ ਬਹੁਤ ਲੰਮਾ ਹੈ।
    ਕਿਰਪਾ ਕਰਕੇ ਇੱਕ ਵਾਰ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਅੱਖਰ ਲਿਖੋ, ਜਾਂ ਕਿਸੇ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲ ਲਈ /operator ਲਿਖੋ।
# A photo, voice note, file… while no person is in the chat.
sys-media =
    ਧੰਨਵਾਦ। ਇੱਥੇ ਸਿਰਫ਼ ਲਿਖੇ ਹੋਏ ਸੁਨੇਹੇ ਪੜ੍ਹੇ ਜਾ ਸਕਦੇ ਹਨ।
    ਫ਼ੋਟੋ, ਵੌਇਸ ਸੁਨੇਹੇ, ਫ਼ਾਈਲਾਂ ਜਾਂ ਸਟਿੱਕਰ ਨਹੀਂ ਖੁੱਲ੍ਹ ਸਕਦੇ।
    ਹੈਲਪਲਾਈਨ ਦਾ ਕੋਈ ਵਿਅਕਤੀ ਇਹ ਲੈ ਸਕਦਾ ਹੈ: /operator ਲਿਖੋ।
# A file too large to pass on to the operator. Example: { $megabytes } = "20".
sys-media-too-large =
    ਇਹ ਫ਼ਾਈਲ ਅੱਗੇ ਭੇਜਣ ਲਈ ਬਹੁਤ ਵੱਡੀ ਹੈ (ਹੱਦ { $megabytes } MB ਹੈ), ਇਸ ਲਈ ਆਪਰੇਟਰ ਇਸਨੂੰ ਨਹੀਂ ਵੇਖ ਸਕਦਾ।
    ਤੁਸੀਂ ਛੋਟੀ ਫ਼ਾਈਲ ਭੇਜ ਸਕਦੇ ਹੋ, ਜਾਂ ਸ਼ਬਦਾਂ ਵਿੱਚ ਦੱਸ ਸਕਦੇ ਹੋ ਕਿ ਇਸ ਵਿੱਚ ਕੀ ਹੈ।
# An old menu's button was pressed; the current menu follows. First line on a lock screen.
sys-stale-menu = ਇਹ ਮੀਨੂ ਪੁਰਾਣਾ ਹੈ। ਇਹ ਰਿਹਾ ਨਵਾਂ ਮੀਨੂ।
# The person edited an earlier message.
sys-edited =
    ਧੰਨਵਾਦ। ਸਿਰਫ਼ ਨਵੇਂ ਸੁਨੇਹੇ ਪੜ੍ਹੇ ਜਾਂਦੇ ਹਨ, ਪੁਰਾਣੇ ਸੁਨੇਹਿਆਂ ਵਿੱਚ ਬਦਲਾਅ ਨਹੀਂ।
    ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਨਵੇਂ ਸੁਨੇਹੇ ਵਜੋਂ ਦੁਬਾਰਾ ਭੇਜੋ, ਜਾਂ /menu ਲਿਖੋ।
# Sent once when a chat sends more messages in a minute than the bot takes.
sys-slow-down =
    ਧੰਨਵਾਦ। ਤੁਸੀਂ ਪੜ੍ਹਨ ਦੀ ਰਫ਼ਤਾਰ ਨਾਲੋਂ ਤੇਜ਼ ਲਿਖ ਰਹੇ ਹੋ।
    ਕਿਰਪਾ ਕਰਕੇ ਇੱਕ ਮਿੰਟ ਰੁਕੋ, ਫਿਰ ਦੁਬਾਰਾ ਲਿਖੋ। ਖ਼ਤਰੇ ਵਿੱਚ: { $emergency }।
# A person asked for a human, but no operator channel is running.
sys-no-operator =
    ਪੁੱਛਣ ਲਈ ਧੰਨਵਾਦ।
    ਮਾਫ਼ ਕਰਨਾ, ਹੁਣੇ ਇਸ ਚੈਟ ਵਿੱਚ ਕੋਈ ਜਵਾਬ ਨਹੀਂ ਦੇ ਸਕਦਾ।
    ਕਿਰਪਾ ਕਰਕੇ { $phone } ਤੇ ਫ਼ੋਨ ਕਰੋ: ਮੁਫ਼ਤ, ਬੇਨਾਮ, ਦਿਨ ਰਾਤ, ਕਈ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ।
    ਖ਼ਤਰੇ ਵਿੱਚ: { $emergency }।
# A person asked for a human while the operators' chat system is down: the request is
# kept and reaches the team when it is back. Never say a person is coming.
sys-operators-down =
    ਧੰਨਵਾਦ, ਤੁਹਾਡੀ ਬੇਨਤੀ ਦਰਜ ਹੋ ਗਈ ਹੈ।
    ਮਾਫ਼ ਕਰਨਾ, ਹੁਣੇ ਟੀਮ ਵਿੱਚੋਂ ਕੋਈ ਇਹ ਚੈਟ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦਾ। ਤੁਹਾਡੇ ਸੁਨੇਹੇ ਉਨ੍ਹਾਂ ਲਈ ਸੰਭਾਲੇ ਜਾ ਰਹੇ ਹਨ।
    ਜੇ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ { $phone } ਤੇ ਫ਼ੋਨ ਕਰੋ: ਮੁਫ਼ਤ, ਬੇਨਾਮ, ਦਿਨ ਰਾਤ। ਖ਼ਤਰੇ ਵਿੱਚ: { $emergency }।
# Whole messages that work like /exit (comma-separated; lowercase is fine). Keep them
# words nobody sends by accident.
sys-exit-words = exit, quit, quick exit, ਫ਼ੌਰਨ ਬਾਹਰ, ਛੇਤੀ ਬਾਹਰ, ਚੈਟ ਮਿਟਾਓ
# Words or phrases (comma-separated) that flag the conversation for operators, who may
# take it over; the bot answers as usual. Whole words; phrases anywhere in a message.
sys-danger-words = ਖ਼ਤਰਾ, ਖ਼ਤਰੇ ਵਿੱਚ, ਬਚਾਓ, ਮੇਰੀ ਮਦਦ ਕਰੋ, ਮੈਨੂੰ ਮਾਰਿਆ, ਮੈਨੂੰ ਕੁੱਟਿਆ, ਕੁੱਟਦੇ ਹਨ, ਮੈਨੂੰ ਬੰਦ ਕਰ ਦਿੱਤਾ, ਮੈਨੂੰ ਮਾਰ ਦੇਣਗੇ, ਮੇਰਾ ਪਾਸਪੋਰਟ ਲੈ ਲਿਆ
# Two answers in a row the bot could not use; the question follows.
sys-not-understood =
    ਮਾਫ਼ ਕਰਨਾ, ਗੱਲ ਸਮਝ ਨਹੀਂ ਆਈ।
    ਵਿਕਲਪ ਵੇਖਣ ਲਈ /menu ਲਿਖੋ, ਜਾਂ ਕਿਸੇ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲ ਲਈ /operator।
# A command or button while waiting for an operator.
sys-waiting-operator =
    ਧੰਨਵਾਦ, ਤੁਸੀਂ ਕਤਾਰ ਵਿੱਚ ਹੋ।
    ਤੁਹਾਡੇ ਸੁਨੇਹੇ ਅੱਗੇ ਭੇਜੇ ਜਾ ਰਹੇ ਹਨ। ਜਿਵੇਂ ਹੀ ਕੋਈ ਵਿਅਕਤੀ ਵਿਹਲਾ ਹੋਵੇਗਾ, ਜਵਾਬ ਦੇਵੇਗਾ।
    ਉਡੀਕ ਬੰਦ ਕਰਨ ਲਈ /menu। ਤੁਸੀਂ ਦਿਨ ਰਾਤ { $phone } ਤੇ ਫ਼ੋਨ ਵੀ ਕਰ ਸਕਦੇ ਹੋ।
    ਖ਼ਤਰੇ ਵਿੱਚ: { $emergency }।
# The person stopped waiting for an operator.
sys-left-queue =
    ਠੀਕ ਹੈ। ਤੁਸੀਂ ਕਤਾਰ ਛੱਡ ਦਿੱਤੀ ਹੈ।
    ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਵੇਲੇ /operator ਨਾਲ ਦੁਬਾਰਾ ਕਿਸੇ ਵਿਅਕਤੀ ਨੂੰ ਬੁਲਾ ਸਕਦੇ ਹੋ।
# One line of the local projects list; { $project_phone } is the project's own number, or "none".
sys-referral-entry = { $project_phone ->
        [none] • { $city }: { $name }
       *[other] • { $city }: { $name }, { $project_phone }
    }
# After a list in which some project has no number of its own.
sys-referral-via-helpline =
    ਕੌਮੀ ਨੰਬਰ { $phone } ਦਿਨ ਰਾਤ ਉਨ੍ਹਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰਵਾ ਸਕਦਾ ਹੈ।
    ਹੋਰ ਵਿਕਲਪਾਂ ਲਈ /menu।
# No local project for the place the person typed (never repeat the place).
sys-referral-none =
    ਇਸ ਥਾਂ ਲਈ ਹਾਲੇ ਕੋਈ ਸਥਾਨਕ ਸੰਪਰਕ ਨਹੀਂ ਹੈ।
    ਕੌਮੀ ਨੰਬਰ { $phone } ਪੂਰੇ ਇਟਲੀ ਵਿੱਚ ਦਿਨ ਰਾਤ ਕੰਮ ਕਰਦਾ ਹੈ।

## The operator's side of a handoff, as the person sees it.
# An operator took the conversation.
sys-operator-joined =
    ਹੈਲੋ, ਹੁਣ ਇੱਕ ਵਿਅਕਤੀ ਤੁਹਾਡੇ ਲਈ ਇੱਥੇ ਹੈ।
    ਹੈਲਪਲਾਈਨ ਟੀਮ ਦਾ ਕੋਈ ਵਿਅਕਤੀ ਇੱਥੇ ਜਵਾਬ ਦੇਵੇਗਾ। ਜਿਵੇਂ ਚਾਹੋ ਲਿਖੋ; ਤੁਸੀਂ ਦਿਨ ਰਾਤ { $phone } ਤੇ ਫ਼ੋਨ ਵੀ ਕਰ ਸਕਦੇ ਹੋ।
# Another operator took the conversation over (the first one had not answered for a while).
sys-operator-changed =
    ਹੈਲੋ, ਤੁਸੀਂ ਇੱਥੇ ਲਿਖਣਾ ਜਾਰੀ ਰੱਖ ਸਕਦੇ ਹੋ।
    ਹੁਣ ਹੈਲਪਲਾਈਨ ਟੀਮ ਦਾ ਕੋਈ ਹੋਰ ਵਿਅਕਤੀ ਇੱਥੇ ਤੁਹਾਨੂੰ ਜਵਾਬ ਦੇਵੇਗਾ। ਤੁਸੀਂ ਦਿਨ ਰਾਤ { $phone } ਤੇ ਫ਼ੋਨ ਵੀ ਕਰ ਸਕਦੇ ਹੋ।
# The operator gave the conversation back to the bot.
sys-operator-left =
    ਹੁਣ ਤੁਸੀਂ ਦੁਬਾਰਾ ਆਟੋਮੈਟਿਕ ਸਹਾਇਕ ਨਾਲ ਗੱਲ ਕਰ ਰਹੇ ਹੋ।
    ਵਿਕਲਪ ਵੇਖਣ ਲਈ /menu ਲਿਖੋ, ਜਾਂ ਕਿਸੇ ਵਿਅਕਤੀ ਲਈ /operator।
# The operator ended the conversation.
sys-case-closed =
    ਲਿਖਣ ਲਈ ਧੰਨਵਾਦ।
    ਹੈਲਪਲਾਈਨ ਦੇ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲਬਾਤ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ। ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਵੇਲੇ ਦੁਬਾਰਾ ਲਿਖ ਸਕਦੇ ਹੋ,
    ਜਾਂ { $phone } ਤੇ ਫ਼ੋਨ ਕਰੋ: ਮੁਫ਼ਤ, ਬੇਨਾਮ, ਦਿਨ ਰਾਤ। ਖ਼ਤਰੇ ਵਿੱਚ: { $emergency }।
# The person asked for an operator while nobody is on duty.
sys-nobody-on-duty =
    ਧੰਨਵਾਦ, ਤੁਹਾਡੀ ਬੇਨਤੀ ਦਰਜ ਹੋ ਗਈ ਹੈ।
    ਮਾਫ਼ ਕਰਨਾ, ਹੁਣੇ ਹੈਲਪਲਾਈਨ ਦਾ ਕੋਈ ਵਿਅਕਤੀ ਇਸ ਚੈਟ ਵਿੱਚ ਆਨਲਾਈਨ ਨਹੀਂ।
    ਕਿਰਪਾ ਕਰਕੇ { $phone } ਤੇ ਫ਼ੋਨ ਕਰੋ: ਮੁਫ਼ਤ, ਬੇਨਾਮ, ਦਿਨ ਰਾਤ। ਖ਼ਤਰੇ ਵਿੱਚ: { $emergency }।
    ਤੁਹਾਡੀ ਬੇਨਤੀ ਖੁੱਲ੍ਹੀ ਰਹੇਗੀ: ਜੇ ਕੋਈ ਆਨਲਾਈਨ ਆਇਆ ਤਾਂ ਇੱਥੇ ਲਿਖੇਗਾ।
# Sent when nobody has answered for a while.
sys-nobody-answered =
    ਉਡੀਕ ਲਈ ਧੰਨਵਾਦ।
    ਮਾਫ਼ ਕਰਨਾ, ਹਾਲੇ ਤੱਕ ਕੋਈ ਜਵਾਬ ਦੇਣ ਲਈ ਵਿਹਲਾ ਨਹੀਂ ਹੋਇਆ।
    ਕਿਰਪਾ ਕਰਕੇ { $phone } ਤੇ ਫ਼ੋਨ ਕਰੋ: ਮੁਫ਼ਤ, ਬੇਨਾਮ, ਦਿਨ ਰਾਤ। ਖ਼ਤਰੇ ਵਿੱਚ: { $emergency }।
    ਤੁਸੀਂ ਹਾਲੇ ਵੀ ਕਤਾਰ ਵਿੱਚ ਹੋ: ਜਿਵੇਂ ਹੀ ਕੋਈ ਵਿਅਕਤੀ ਵਿਹਲਾ ਹੋਵੇਗਾ, ਇੱਥੇ ਲਿਖੇਗਾ।

## `/menu` while waiting for a person: asked first, never cancelled by one command.
# A question with two buttons (sys-leave-opt-stay, sys-leave-opt-menu).
sys-leave-ask =
    ਕੀ ਮੀਨੂ ਤੇ ਵਾਪਸ ਜਾਣਾ ਹੈ?
    ਮੀਨੂ ਤੇ ਜਾਣ ਨਾਲ ਕਿਸੇ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲ ਦੀ ਬੇਨਤੀ ਖ਼ਤਮ ਹੋ ਜਾਵੇਗੀ। ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਵੇਲੇ /operator ਨਾਲ ਦੁਬਾਰਾ ਬੇਨਤੀ ਕਰ ਸਕਦੇ ਹੋ।
# Button, ≤ 30 characters: keep the request open.
sys-leave-opt-stay = ਉਡੀਕ ਜਾਰੀ ਰੱਖੋ
# Button, ≤ 30 characters: end the request and show the menu.
sys-leave-opt-menu = ਮੀਨੂ ਤੇ ਜਾਓ
# After "Keep waiting".
sys-still-waiting =
    ਠੀਕ ਹੈ, ਤੁਹਾਡੀ ਬੇਨਤੀ ਖੁੱਲ੍ਹੀ ਹੈ।
    ਜਿਵੇਂ ਹੀ ਕੋਈ ਵਿਅਕਤੀ ਵਿਹਲਾ ਹੋਵੇਗਾ, ਇੱਥੇ ਜਵਾਬ ਦੇਵੇਗਾ। ਤੁਸੀਂ ਲਿਖਦੇ ਰਹਿ ਸਕਦੇ ਹੋ।
# Matrix only: the person's message could not be opened by the bot (it arrived encrypted
# with keys the bot does not have). Sent at most once every few minutes per chat, however
# many such messages come. Neutral first line.
sys-send-again =
    ਮਾਫ਼ ਕਰਨਾ, ਤੁਹਾਡਾ ਆਖ਼ਰੀ ਸੁਨੇਹਾ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ।
    ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਦੁਬਾਰਾ ਭੇਜੋ।
# Matrix only: the person's chat is not encrypted and the bot cannot turn encryption on, so
# it answers nothing else there. Sent once; the bot then leaves the chat. Neutral first line.
sys-chat-not-private =
    ਮਾਫ਼ ਕਰਨਾ, ਇਸ ਚੈਟ ਵਿੱਚ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ ਜਾ ਸਕਦਾ।
    ਕਿਰਪਾ ਕਰਕੇ { $phone } ਤੇ ਫ਼ੋਨ ਕਰੋ: ਮੁਫ਼ਤ, ਬੇਨਾਮ, ਦਿਨ ਰਾਤ, ਕਈ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ।
    ਖ਼ਤਰੇ ਵਿੱਚ: { $emergency }।
# /safeword without a word: the next message is the word. It works like /exit.
sys-safeword-ask =
    Ok.
    ਹੁਣ ਆਪਣਾ ਇੱਕ ਸ਼ਬਦ ਲਿਖੋ, ਇੱਕ ਸੁਨੇਹੇ ਵਿੱਚ ਸਿਰਫ਼ ਉਹੀ ਸ਼ਬਦ। ਬਾਅਦ ਵਿੱਚ, ਜੇ ਤੁਸੀਂ ਸਿਰਫ਼ ਇਹ ਸ਼ਬਦ ਲਿਖੋ, ਤਾਂ ਮੈਂ ਇਹ ਚੈਟ ਮਿਟਾ ਕੇ ਭੁੱਲ ਜਾਵਾਂਗਾ, ਜਿਵੇਂ /exit।
    ਅਜਿਹਾ ਸ਼ਬਦ ਚੁਣੋ ਜਿਸ ਦਾ ਦੂਜੇ ਅੰਦਾਜ਼ਾ ਨਾ ਲਾ ਸਕਣ। ਕੋਈ ਨੰਬਰ ਨਹੀਂ।
# The safe word is saved (only in a form nobody can read back).
sys-safeword-set =
    Ok.
    ਤੁਹਾਡਾ ਸ਼ਬਦ ਸੰਭਾਲ ਲਿਆ ਗਿਆ ਹੈ। ਜੇ ਤੁਸੀਂ ਸਿਰਫ਼ ਇਹ ਸ਼ਬਦ ਲਿਖੋ, ਤਾਂ ਮੈਂ ਇਹ ਚੈਟ ਮਿਟਾ ਕੇ ਭੁੱਲ ਜਾਵਾਂਗਾ, ਜਿਵੇਂ /exit।
    ਕੋਈ ਵੀ ਇਹ ਸ਼ਬਦ ਵਾਪਸ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦਾ, ਹੈਲਪਲਾਈਨ ਵੀ ਨਹੀਂ।
# The word cannot be used (too short, too long, or only numbers).
sys-safeword-invalid =
    ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਸ਼ਬਦ ਵਰਤਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ।
    ਇਸ ਵਿੱਚ 3 ਤੋਂ 40 ਅੱਖਰ ਚਾਹੀਦੇ ਹਨ, ਅਤੇ ਸਿਰਫ਼ ਨੰਬਰ ਨਹੀਂ। ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰਨ ਲਈ /safeword ਲਿਖੋ।
# /notsafe or the menu choice: nothing is sent until the person writes again.
sys-notsafe-ok =
    Ok.
    ਹੁਣ ਮੈਂ ਕੁਝ ਨਹੀਂ ਭੇਜਾਂਗਾ। ਜਦੋਂ ਤੁਸੀਂ ਫਿਰ ਪੜ੍ਹ ਸਕੋ, ਮੈਨੂੰ ਕੋਈ ਵੀ ਸੁਨੇਹਾ ਲਿਖੋ ਅਤੇ ਮੈਂ ਅੱਗੇ ਚੱਲਾਂਗਾ।
# The person wrote a sentence that looks like this language while the chat is in another
# one. Asked IN THIS LANGUAGE (the one the person seems to write), with two buttons
# (sys-switch-yes, sys-switch-no). Name the language in itself.
sys-switch-ask = ਲੱਗਦਾ ਹੈ ਤੁਸੀਂ ਪੰਜਾਬੀ ਵਿੱਚ ਲਿਖ ਰਹੇ ਹੋ। ਕੀ ਤੁਸੀਂ ਪੰਜਾਬੀ ਵਿੱਚ ਜਾਰੀ ਰੱਖਣਾ ਚਾਹੁੰਦੇ ਹੋ?
# Button, ≤ 30 characters: switch to this language.
sys-switch-yes = ਹਾਂ ਜੀ, ਪੰਜਾਬੀ
# Button, ≤ 30 characters: keep the language the chat is in now.
sys-switch-no = ਨਹੀਂ, ਧੰਨਵਾਦ
# After an update of the bot, the question the person was answering no longer exists.
sys-node-gone = ਚੈਟ ਦਾ ਇਹ ਹਿੱਸਾ ਬਦਲ ਗਿਆ ਹੈ। ਇਹ ਰਿਹਾ ਮੀਨੂ ਫਿਰ ਤੋਂ।
