### varco-review: reviewed
### legal-review: pending
### Professional flow: organisations, police, social and health services, unions,
### employers' associations. Consultation, referral procedure, talk to a person.
### For translators: addressed to professionals (Italian: "Lei"), still short and clear.
### Italian legal terms and references stay in Italian, in brackets: "casi speciali",
### caporalato, Questura, art. 18 d.lgs. 286/1998… The first line of each message is what
### a lock screen shows: keep it neutral. { $phone } = "800 290 290".

## Menu

# After "I am asking for my work".
professional-intro =
    Thanks for writing.
    The helpline also supports organisations and services that meet people who may need protection.
# The menu question; options below.
professional-menu-ask = What would you like to know?
# Button, ≤ 30 characters.
professional-opt-consult = Consultation
# Button, ≤ 30 characters.
professional-opt-referral = Referral procedure

## Consultation

# Italian: "Lei". "Not a complaint to the police": the person decides.
professional-consult-advice =
    Here is some information.
    The helpline advises institutions and organisations that come into contact with possible victims of trafficking and exploitation, of any kind: sexual, labour, forced begging, forced crime.
    Contacting the helpline is not a complaint to the police; the person decides.
# The legal measures, as general as the helpline's notes.
professional-consult-assess =
    In addition:
    it assesses with you whether the conditions for the support measures are met: the single protection programme (art. 18 c.3-bis d.lgs. 286/1998), the permit for social protection ("casi speciali", art. 18 d.lgs. 286/1998; social or judicial path) and, for labour exploitation, the permit of art. 18-ter d.lgs. 286/1998.
    EU citizens can join the programme; they need no permit. Help does not depend on a permit.
# Example: { $phone } = "800 290 290".
professional-consult-who =
    Who can contact it:
    social and health services, NGOs, employers' and workers' associations, law enforcement, judicial authorities and private citizens.
    Call { $phone }, 24 hours a day, or talk to a person here.

## Referral procedure

# Since 2016 one programme (DPCM 16 May 2016); art. 13 L. 228/2003 is cited as the seed does.
professional-referral-local =
    Here is some information.
    The helpline refers people to the local projects that run the single programme of emergence, assistance and social integration (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016; art. 13 L. 228/2003).
# Example: { $phone } = "800 290 290".
professional-referral-transfer =
    It also networks transfer requests between the projects running the programme in other territories.
    To refer someone, call { $phone } or talk to a person here.

## Talk to a person

# { $case } = "12": a reference number.
professional-person-queued =
    Ok, thanks.
    I am asking a person from the helpline to answer you here. Reference number: { $case }.
    You can already write your question. /menu to go back.
