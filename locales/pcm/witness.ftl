### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Witness flow: someone worried about another person. Signs, what to do and not do,
### how to report, talk to a person. Keep the signs general.
### For translators: CEFR A2; the first line of each message is what a lock screen shows,
### so it stays neutral. { $phone } = "800 290 290", { $emergency } = "112".

## Menu

# After "I'm worried about someone".
witness-intro =
    Thank you for writing.
    For here you fit find information if you dey worry for somebody, or talk to person.
# The menu question; options below.
witness-menu-ask = Wetin you wan know?
# Button, ≤ 30 characters.
witness-opt-signs = Signs to look out for
# Button, ≤ 30 characters.
witness-opt-advice = Wetin to do, wetin not to do
# Button, ≤ 30 characters.
witness-opt-report = How to report am

## Signs

# A list in two messages (a phone screen each).
witness-signs-list-1 =
    See some information.
    Some signs wey fit show trafficking or exploitation: di person
    • no dey hold im own documents
    • dem dey control am, or e no fit move free
# The list, continued (no first-line rule problem: it starts with a bullet).
witness-signs-list-2 =
    • get debt wey e no fit pay
    • dey work very long hours for small or no pay
    • be like say fear dey catch am
# Example: { $phone } = "800 290 290".
witness-signs-note =
    Dis ones na only signs wey fit dey, no be proof.
    If you no sure, di helpline fit advise you: { $phone }, e free, day and night.

## What to do and not do

# First of two messages of advice.
witness-advice-dont =
    Some advice.
    No go face di person wey dey use am, and no try investigate by yourself.
    No do anything wey fit put di person for risk.
# Example: { $phone } = "800 290 290", { $emergency } = "112".
witness-advice-do =
    Wetin you fit do:
    listen to di person. Share di number { $phone }: e free, you no need give your name, day and night.
    If danger dey for somebody, call { $emergency }.

## How to report

# Calling the helpline is not a complaint to the police.
witness-report-call =
    See some information.
    To report, call { $phone }: e free, you no need give your name, day and night. Dis one no be complaint to police.
    Di helpline fit advise you and connect with local services and, if e need am, law enforcement.
# Example: { $emergency } = "112".
witness-report-urgent =
    One more thing:
    if danger dey for somebody now now, call { $emergency }.
    You fit also talk to person for here: choose am below.

## Talk to a person

# { $case } = "12": a reference number, not a police case.
witness-person-queued =
    Ok, thank you.
    I dey ask one person from di helpline make e answer you for here. Your reference number na { $case }.
    You fit write wetin dey worry you now. /menu to go back.
