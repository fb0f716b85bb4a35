### varco-review: reviewed
### Witness flow: someone worried about another person. Signs, what to do and not do,
### how to report, talk to a person. Keep the signs general.

## Menu

witness-intro =
    Thanks for writing.
    Here you can find information if you are worried about someone, or talk to a person.
witness-menu-ask = What would you like to know?
witness-opt-signs = Signs to notice
witness-opt-advice = What to do, what not
witness-opt-report = How to report

## Signs

witness-signs-list-1 =
    Here is some information.
    Some possible signs of trafficking or exploitation: the person
    • does not hold their own documents
    • is controlled, or cannot move freely
witness-signs-list-2 =
    • owes a debt they cannot repay
    • works very long hours for little or no pay
    • seems afraid
witness-signs-note =
    These are only possible signs, not proof.
    If you are unsure, the helpline can advise you: { $phone }, free, day and night.

## What to do and not do

witness-advice-dont =
    Some advice.
    Do not confront the exploiter, and do not investigate yourself.
    Do not do anything that could put the person at risk.
witness-advice-do =
    What you can do:
    listen to the person. Share the number { $phone }: free, anonymous, day and night.
    If someone is in danger, call { $emergency }.

## How to report

witness-report-call =
    Here is some information.
    To report, call { $phone }: free, anonymous, day and night.
    The helpline can advise you and connect with local services and law enforcement.
witness-report-urgent =
    One more thing:
    if someone is in immediate danger, call { $emergency }.
    You can also talk to a person here: choose it below.

## Talk to a person

witness-person-queued =
    Ok, thanks.
    I am asking a person from the helpline to answer you here. Case number: { $case }.
    You can already write what worries you. /menu to go back.
