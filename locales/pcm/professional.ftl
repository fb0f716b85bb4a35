### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Professional flow: organisations, police, social and health services, unions,
### employers' associations. Consultation, referral procedure, talk to a person.
### For translators: addressed to professionals (Italian: "Lei"), still short and clear.
### Italian legal terms and references stay in Italian, in brackets: "casi speciali",
### caporalato, Questura, art. 18 d.lgs. 286/1998… The first line of each message is what
### a lock screen shows: keep it neutral. { $phone } = "800 290 290".

## Menu

# After "I am asking for my work".
professional-intro =
    Thank you for writing.
    Di helpline dey also support organisations and services wey dey meet people wey fit need protection.
# The menu question; options below.
professional-menu-ask = Wetin you wan know?
# Button, ≤ 30 characters.
professional-opt-consult = Advice (consultation)
# Button, ≤ 30 characters.
professional-opt-referral = How to refer person

## Consultation

# Italian: "Lei". "Not a complaint to the police": the person decides.
professional-consult-advice =
    See some information.
    Di helpline dey advise institutions and organisations wey meet people wey fit be victims of trafficking and exploitation, any kind: sexual, labour, forced begging, forced crime.
    To contact di helpline no be complaint to police; na di person go decide.
# The legal measures, as general as the helpline's notes.
professional-consult-assess =
    Also:
    e go check with you if di conditions for di support measures dey: di single protection programme (art. 18 c.3-bis d.lgs. 286/1998), di permit for social protection ("casi speciali", art. 18 d.lgs. 286/1998; social or judicial path) and, for labour exploitation, di permit of art. 18-ter d.lgs. 286/1998.
    EU citizens fit join di programme; dem no need permit. Help no depend on permit.
# Example: { $phone } = "800 290 290".
professional-consult-who =
    Who fit contact am:
    social and health services, NGOs, employers' and workers' associations, law enforcement, judicial authorities and private citizens.
    Call { $phone }, 24 hours every day, or talk to person for here.

## Referral procedure

# Since 2016 one programme (DPCM 16 May 2016); art. 13 L. 228/2003 is cited as the seed does.
professional-referral-local =
    See some information.
    Di helpline dey send people go di local projects wey dey run di single programme of emergence, assistance and social integration (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016; art. 13 L. 228/2003).
# Example: { $phone } = "800 290 290".
professional-referral-transfer =
    E also dey connect transfer requests between di projects wey dey run di programme for other territories.
    To refer somebody, call { $phone } or talk to person for here.

## Talk to a person

# { $case } = "12": a reference number.
professional-person-queued =
    Ok, thank you.
    I dey ask one person from di helpline make e answer you for here. Reference number: { $case }.
    You fit write your question now. /menu to go back.
