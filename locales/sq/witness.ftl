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
    Faleminderit që na shkruan.
    Këtu mund të gjesh informacione nëse të shqetëson dikush, ose të flasësh me një person.
# The menu question; options below.
witness-menu-ask = Çfarë do të dish?
# Button, ≤ 30 characters.
witness-opt-signs = Shenja për t'u vënë re
# Button, ≤ 30 characters.
witness-opt-advice = Çfarë të bësh e mos bësh
# Button, ≤ 30 characters.
witness-opt-report = Si të raportosh

## Signs

# A list in two messages (a phone screen each).
witness-signs-list-1 =
    Ja disa informacione.
    Disa shenja të mundshme të trafikimit ose shfrytëzimit: personi
    • nuk i mban vetë dokumentet e veta
    • kontrollohet, ose nuk mund të lëvizë lirshëm
# The list, continued (no first-line rule problem: it starts with a bullet).
witness-signs-list-2 =
    • ka një borxh që nuk mund ta kthejë
    • punon shumë orë për pak ose aspak para
    • duket se ka frikë
# Example: { $phone } = "800 290 290".
witness-signs-note =
    Këto janë vetëm shenja të mundshme, jo prova.
    Nëse ke dyshime, linja e ndihmës mund të të këshillojë: { $phone }, falas, ditë e natë.

## What to do and not do

# First of two messages of advice.
witness-advice-dont =
    Disa këshilla.
    Mos u përball me shfrytëzuesin, dhe mos heto vetë.
    Mos bëj asgjë që mund ta vërë personin në rrezik.
# Example: { $phone } = "800 290 290", { $emergency } = "112".
witness-advice-do =
    Çfarë mund të bësh:
    dëgjoje personin. Jepi numrin { $phone }: falas, anonim, ditë e natë.
    Nëse dikush është në rrezik, telefono { $emergency }.

## How to report

# Calling the helpline is not a complaint to the police.
witness-report-call =
    Ja disa informacione.
    Për të raportuar, telefono { $phone }: falas, anonim, ditë e natë. Kjo nuk është kallëzim në polici.
    Linja e ndihmës mund të të këshillojë dhe të lidhet me shërbimet vendore dhe, nëse duhet, me forcat e rendit.
# Example: { $emergency } = "112".
witness-report-urgent =
    Edhe një gjë:
    nëse dikush është në rrezik të menjëhershëm, telefono { $emergency }.
    Mund të flasësh edhe me një person këtu: zgjidhe më poshtë.

## Talk to a person

# { $case } = "12": a reference number, not a police case.
witness-person-queued =
    Mirë, faleminderit.
    Po i kërkoj një personi nga linja e ndihmës të të përgjigjet këtu. Numri yt i referencës është { $case }.
    Mund të shkruash që tani çfarë të shqetëson. /menu për t'u kthyer.
