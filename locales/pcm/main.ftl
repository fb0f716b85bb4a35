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
welcome-hello = Hello, and thank you say you write.
# Right after welcome-hello: the bot says it is automatic and that a person can take over.
# "Confidential" is exact: the chat is not anonymous (the app knows the account).
welcome-free =
    I be automatic assistant. One person from our team fit also write with you for here.
    Dis chat na free and e dey private. You no need to give your name.
    First, choose your language.
# The language question; the options are each language's own name (language-name).
language-ask = Which language you like pass?

## Safety check

# Sent after the language choice, before safety-ask: message previews, and what the
# platform knows. Example: { $phone } = "800 290 290".
safety-privacy =
    One tip to protect your privacy.
    Your phone fit show new messages for lock screen. To hide dem, off message preview for di notification settings of your app.
    Dis chat dey private, but e no hide who you be: di app wey you dey use sabi your account. If you call { $phone }, you fit hide who you be.
# A question with two buttons (safety-opt-yes, safety-opt-later).
safety-ask = You fit write safe safe now?
# Button, ≤ 30 characters.
# same-as-en
safety-opt-yes = Yes
# Button, ≤ 30 characters.
safety-opt-later = No be now
# After "Yes" to safety-ask.
safety-ok =
    Good.
    Tip: type /exit any time to comot quick.
    E go delete dis chat where e possible.
# After "Not now" to safety-ask; first of three tips.
safety-tips-exit =
    Ok. Some tips.
    To comot quick, type /exit any time, or press di button wey dey below.
    E go delete dis chat where e possible.
# Second tip.
safety-tips-delete =
    You fit also delete dis chat by yourself, for your app.
    Di bot fit delete only new messages, so e good make you do am yourself too.
# Third tip. Example: { $emergency } = "112".
safety-tips-emergency =
    One more thing:
    if danger dey for you now now, call { $emergency }.
# A question with three buttons after the tips.
safety-next-ask = You wan continue now?
# Button, ≤ 30 characters.
safety-opt-continue = Continue
# Button, ≤ 30 characters.
safety-opt-stop = Make we stop for now

## Who is writing (the main menu)

# The main menu: who is writing. Options: role-opt-*, nav-person, nav-leave.
role-ask =
    Thank you. Which one fit you pass?
    Choose “I dey ask for my work” if you dey work for organisation, police, social or health services, union or employers' association.
# Button, ≤ 30 characters.
role-opt-self = Na me need help
# Button, ≤ 30 characters.
role-opt-other = I dey worry for somebody
# Button, ≤ 30 characters; role-ask quotes it, keep both the same.
role-opt-work = I dey ask for my work

## Option labels shared by every flow (buttons: 30 characters at most)

# Button, ≤ 30 characters: asks for a human operator.
nav-person = Talk to person
# Button, ≤ 30 characters.
# same-as-en
nav-main-menu = Main menu
# Button, ≤ 30 characters.
nav-back = Go back
# Button, ≤ 30 characters: the quick exit.
nav-leave = Comot, delete chat
# Button, ≤ 30 characters: "not safe now": the bot sends nothing until the person writes
# again. Neutral words: someone else may see the screen.
nav-not-safe = I no fit read now

## Help

# /help, first part: the commands stay as they are (/menu, /lang…), never translated.
help-commands =
    See wetin you fit type any time:
    /menu: see di options
    /lang: change language
    /operator: talk to person
# /help, second part. Examples: { $helpline } = "Numero Verde Antitratta",
# { $phone } = "800 290 290", { $emergency } = "112". Calling can be anonymous.
help-more =
    /exit: comot quick, e go delete dis chat where e possible
    /help: dis message
    { $helpline }: { $phone }, e free, you fit hide who you be, day and night.
    If danger dey now now: { $emergency }.

## Talk to a person (handoff from /operator or the main menu)

# The person asked for an operator. { $case } = "12": a reference number, not a police
# case; never the word "case" in the translation.
operator-queued =
    Ok, thank you.
    I dey ask one person from di helpline make e answer you for here. Your reference number na { $case }.
    You fit write while you dey wait. /menu to go back, /exit to comot quick.

## Quick exit and end

# Neutral on purpose: it is the last thing left on the screen.
# same-as-en
exit-neutral = Ok.
# The conversation ended. Example: { $phone } = "800 290 290".
end-bye =
    Thank you say you write.
    You fit write again any time, or call { $phone }, day and night.
