### varco-review: reviewed
### Main flow: welcome, language, safety check, who is writing, help, operator, quick exit,
### end, and the option labels shared by every flow (nav-*).
### Rule: the first line of every message must be harmless on a lock screen.

## Welcome and language

welcome-hello = Hello, and thank you for writing.
welcome-free =
    This chat is free and anonymous.
    You do not need to give your name. First, choose your language.
language-ask = Which language do you prefer?

## Safety check

safety-ask = Can you write safely right now?
safety-opt-yes = Yes
safety-opt-later = Not now
safety-ok =
    Good.
    Tip: type /exit at any time to leave quickly.
    It deletes this chat where possible.
safety-tips-exit =
    Ok. Some tips.
    To leave quickly, type /exit at any time, or press the button below.
    It deletes this chat where possible.
safety-tips-delete =
    You can also delete this chat yourself, in your app.
    The bot can only delete recent messages, so it helps to do it yourself too.
safety-tips-emergency =
    One more thing:
    if you are in immediate danger, call { $emergency }.
safety-next-ask = Would you like to go on now?
safety-opt-continue = Go on
safety-opt-stop = Stop for now

## Who is writing (the main menu)

role-ask =
    Thanks. Which fits you best?
    Choose “I am asking for my work” if you work for an organisation, the police, social or health services, a union or an employers' association.
role-opt-self = I need help for myself
role-opt-other = I'm worried about someone
role-opt-work = I am asking for my work

## Option labels shared by every flow (buttons: 30 characters at most)

nav-person = Talk to a person
nav-main-menu = Main menu
nav-back = Back
nav-leave = Exit and delete chat

## Help

help-commands =
    Here is what you can type at any time:
    /menu: see the options
    /lang: change language
    /operator: talk to a person
help-more =
    /exit: leave quickly, deletes this chat where possible
    /help: this message
    { $helpline }: { $phone }, free and anonymous, day and night.
    In immediate danger: { $emergency }.

## Talk to a person (handoff from /operator or the main menu)

operator-queued =
    Ok, thanks.
    I am asking a person from the helpline to answer you here. Your case number is { $case }.
    You can write while you wait. /menu to go back, /exit to leave quickly.

## Quick exit and end

# Neutral on purpose: it is the last thing left on the screen.
exit-neutral = Ok.
end-bye =
    Thank you for writing.
    You can write again at any time, or call { $phone }, day and night.
