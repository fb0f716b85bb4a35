### varco-review: reviewed
### legal-review: pending
### Witness flow: someone worried about another person. Signs, what to do and not do,
### how to report, talk to a person. Keep the signs general.
### For translators: CEFR A2; the first line of each message is what a lock screen shows,
### so it stays neutral. { $phone } = "800 290 290", { $emergency } = "112".

## Menu

# After "I'm worried about someone".
witness-intro =
    Thanks for writing.
    Here you can find information if you are worried about someone, or talk to a person.
# The menu question; options below.
witness-menu-ask = What would you like to know?
# Button, ≤ 30 characters.
witness-opt-signs = Signs to notice
# Button, ≤ 30 characters.
witness-opt-advice = What to do and not do
# Button, ≤ 30 characters.
witness-opt-report = How to report

## Signs

# A list in two messages (a phone screen each).
witness-signs-list-1 =
    Here is some information.
    Some possible signs of trafficking or exploitation: the person
    • does not hold their own documents
    • is controlled, or cannot move freely
# The list, continued (no first-line rule problem: it starts with a bullet).
witness-signs-list-2 =
    • owes a debt they cannot repay
    • works very long hours for little or no pay
    • seems afraid
# Example: { $phone } = "800 290 290".
witness-signs-note =
    These are only possible signs, not proof.
    If you are unsure, the helpline can advise you: { $phone }, free, day and night.

## What to do and not do

# First of two messages of advice.
witness-advice-dont =
    Some advice.
    Do not confront the exploiter, and do not investigate yourself.
    Do not do anything that could put the person at risk.
# Example: { $phone } = "800 290 290", { $emergency } = "112".
witness-advice-do =
    What you can do:
    listen to the person. Share the number { $phone }: free, anonymous, day and night.
    If someone is in danger, call { $emergency }.

## How to report

# Calling the helpline is not a complaint to the police.
witness-report-call =
    Here is some information.
    To report, call { $phone }: free, anonymous, day and night. This is not a complaint to the police.
    The helpline can advise you and connect with local services and, if needed, law enforcement.
# Example: { $emergency } = "112".
witness-report-urgent =
    One more thing:
    if someone is in immediate danger, call { $emergency }.
    You can also talk to a person here: choose it below.

## Talk to a person

# { $case } = "12": a reference number, not a police case.
witness-person-queued =
    Ok, thanks.
    I am asking a person from the helpline to answer you here. Your reference number is { $case }.
    You can already write what worries you. /menu to go back.
