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
    Mulțumim că ne scrii.
    Aici găsești informații dacă îți faci griji pentru cineva, sau poți vorbi cu o persoană.
# The menu question; options below.
witness-menu-ask = Ce vrei să afli?
# Button, ≤ 30 characters.
witness-opt-signs = Semne de observat
# Button, ≤ 30 characters.
witness-opt-advice = Ce să faci și ce nu
# Button, ≤ 30 characters.
witness-opt-report = Cum să semnalezi

## Signs

# A list in two messages (a phone screen each).
witness-signs-list-1 =
    Iată câteva informații.
    Câteva semne posibile de trafic sau exploatare: persoana
    • nu își ține singură actele
    • este controlată sau nu se poate mișca liber
# The list, continued (no first-line rule problem: it starts with a bullet).
witness-signs-list-2 =
    • are o datorie pe care nu o poate plăti
    • lucrează foarte multe ore pentru bani puțini sau deloc
    • pare să îi fie frică
# Example: { $phone } = "800 290 290".
witness-signs-note =
    Acestea sunt doar semne posibile, nu dovezi.
    Dacă nu știi sigur, linia de ajutor te poate sfătui: { $phone }, gratuit, zi și noapte.

## What to do and not do

# First of two messages of advice.
witness-advice-dont =
    Câteva sfaturi.
    Nu-l confrunta pe exploatator și nu face investigații pe cont propriu.
    Nu face nimic care ar putea pune persoana în pericol.
# Example: { $phone } = "800 290 290", { $emergency } = "112".
witness-advice-do =
    Ce poți face:
    ascultă persoana. Dă-i numărul { $phone }: gratuit, anonim, zi și noapte.
    Dacă cineva este în pericol, sună la { $emergency }.

## How to report

# Calling the helpline is not a complaint to the police.
witness-report-call =
    Iată câteva informații.
    Ca să semnalezi, sună la { $phone }: gratuit, anonim, zi și noapte. Nu este o plângere la poliție.
    Linia de ajutor te poate sfătui și poate lua legătura cu serviciile locale și, dacă e nevoie, cu forțele de ordine.
# Example: { $emergency } = "112".
witness-report-urgent =
    Încă un lucru:
    dacă cineva este în pericol imediat, sună la { $emergency }.
    Poți și să vorbești aici cu o persoană: alege mai jos.

## Talk to a person

# { $case } = "12": a reference number, not a police case.
witness-person-queued =
    Bine, mulțumim.
    Cer unei persoane de la linia de ajutor să-ți răspundă aici. Numărul tău de referință este { $case }.
    Poți scrie deja ce te îngrijorează. /menu ca să te întorci.
