### varco-review: reviewed
### legal-review: pending
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
welcome-hello = Hello, and thank you for writing.
# Right after welcome-hello: the bot says it is automatic and that a person can take over.
# "Confidential" is exact: the chat is not anonymous (the app knows the account).
welcome-free =
    I am an automatic assistant. A person from our team can also write with you here.
    This chat is free and confidential. You do not need to give your name.
    First, choose your language.
# The language question; the options are each language's own name (language-name).
language-ask = Which language do you prefer?

## Safety check

# Sent after the language choice, before safety-ask: message previews, and what the
# platform knows. Example: { $phone } = "800 290 290".
safety-privacy =
    A tip for your privacy.
    Your phone can show new messages on the lock screen. To hide them, turn off message previews in the notification settings of your app.
    This chat is confidential, but not anonymous: the app you use knows your account. A call to { $phone } can be anonymous.
# A question with two buttons (safety-opt-yes, safety-opt-later).
safety-ask = Can you write safely right now?
# Button, ≤ 30 characters.
safety-opt-yes = Yes
# Button, ≤ 30 characters.
safety-opt-later = Not now
# After "Yes" to safety-ask.
safety-ok =
    Good.
    Tip: type /exit at any time to leave quickly.
    It deletes this chat where possible.
# After "Not now" to safety-ask; first of three tips.
safety-tips-exit =
    Ok. Some tips.
    To leave quickly, type /exit at any time, or press the button below.
    It deletes this chat where possible.
# Second tip.
safety-tips-delete =
    You can also delete this chat yourself, in your app.
    The bot can only delete recent messages, so it helps to do it yourself too.
# Third tip. Example: { $emergency } = "112".
safety-tips-emergency =
    One more thing:
    if you are in immediate danger, call { $emergency }.
# A question with three buttons after the tips.
safety-next-ask = Would you like to go on now?
# Button, ≤ 30 characters.
safety-opt-continue = Go on
# Button, ≤ 30 characters.
safety-opt-stop = Stop for now

## Who is writing (the main menu)

# The main menu: who is writing. Options: role-opt-*, nav-person, nav-leave.
role-ask =
    Thanks. Which fits you best?
    Choose “I am asking for my work” if you work for an organisation, the police, social or health services, a union or an employers' association.
# Button, ≤ 30 characters.
role-opt-self = I need help for myself
# Button, ≤ 30 characters.
role-opt-other = I'm worried about someone
# Button, ≤ 30 characters; role-ask quotes it, keep both the same.
role-opt-work = I am asking for my work

## Option labels shared by every flow (buttons: 30 characters at most)

# Button, ≤ 30 characters: asks for a human operator.
nav-person = Talk to a person
# Button, ≤ 30 characters.
nav-main-menu = Main menu
# Button, ≤ 30 characters.
nav-back = Back
# Button, ≤ 30 characters: the quick exit.
nav-leave = Exit and delete chat
# Button, ≤ 30 characters: "not safe now": the bot sends nothing until the person writes
# again. Neutral words: someone else may see the screen.
nav-not-safe = I can't read now

## Help

# /help, first part: the commands stay as they are (/menu, /lang…), never translated.
help-commands =
    Here is what you can type at any time:
    /menu: see the options
    /lang: change language
    /operator: talk to a person
# /help, second part. Examples: { $helpline } = "Numero Verde Antitratta",
# { $phone } = "800 290 290", { $emergency } = "112". Calling can be anonymous.
help-more =
    /exit: leave quickly, deletes this chat where possible
    /safeword: choose your own word that works like /exit
    /notsafe: I send nothing until you write again
    /help: this message
    { $helpline }: { $phone }, free and anonymous, day and night.
    In immediate danger: { $emergency }.

## Talk to a person (handoff from /operator or the main menu)

# The person asked for an operator. { $case } = "12": a reference number, not a police
# case; never the word "case" in the translation.
operator-queued =
    Ok, thanks.
    I am asking a person from the helpline to answer you here. Your reference number is { $case }.
    You can write while you wait. /menu to go back, /exit to leave quickly.

## Quick exit and end

# Neutral on purpose: it is the last thing left on the screen.
exit-neutral = Ok.
# The conversation ended. Example: { $phone } = "800 290 290".
end-bye =
    Thank you for writing.
    You can write again at any time, or call { $phone }, day and night.
