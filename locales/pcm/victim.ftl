### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Victim flow: rights and ways out, help near you, talk to a person, danger now.
### Legal texts stay as general as the helpline's legal notes; never promise outcomes.
### For translators: CEFR A2, the plain sentence first and the legal reference after it in
### brackets. Italian legal terms stay in Italian, in brackets or quotes: "casi speciali",
### caporalato, Questura, STP, and the references (art. 18 d.lgs. 286/1998…). The first
### line of each message is what a lock screen shows: keep it neutral.
### { $phone } = "800 290 290", { $emergency } = "112" in every message.

## Menu

# After "I need help for myself".
victim-intro =
    Thank you say you tell me.
    For here you fit find information, help wey dey near you, or talk to person.
    People dey wey fit help you.
# The menu question; options below.
victim-menu-ask = Wetin you wan do?
# Button, ≤ 30 characters.
victim-opt-rights = Your rights, how to comot
# Button, ≤ 30 characters.
victim-opt-where = Help wey dey near me
# Button, ≤ 30 characters: answered with the emergency number and an urgent request.
victim-opt-danger = Danger dey for me now

## Rights and ways out

# The topics question; options below.
victim-rights-ask =
    Choose one topic.
    Ways to comot dey, and help na free.
# Button, ≤ 30 characters: the art. 18 permit.
# same-as-en
victim-rights-opt-permit = Residence permit
# Button, ≤ 30 characters: the protection programme.
victim-rights-opt-programme = Shelter, care, new start
# Button, ≤ 30 characters: work, pay, documents and debt. Must not read as an accusation.
victim-rights-opt-work = Work, money and papers

# The permit of art. 18 d.lgs. 286/1998 ("permesso per casi speciali"): keep the Italian
# name in quotes.
victim-rights-art18-permit =
    See some information.
    Italy get special residence permit for people from other countries wey suffer violence or serious exploitation and wey dey for danger ("casi speciali", art. 18 d.lgs. 286/1998).
    People from EU countries, for example Romania or Bulgaria, no need permit. Dem fit get di same help.
# Who proposes the permit. Keep "Questura" in Italian.
victim-rights-art18-paths =
    How e dey work:
    Di police office for foreigners (Questura) dey give di permit. Prosecutor fit propose am, after complaint. Social services or accredited organisation fit also propose am: for dis one di law no ask for complaint.
    Wetin dey happen for practice dey different from city to city. Di helpline fit explain wetin concern di place wey you dey.
# What the permit gives. Example: { $phone } = "800 290 290".
victim-rights-art18-access =
    Wetin e fit give you:
    Di permit na for six months. Dem fit renew am for one year, or for longer if court case need am. With am you fit get help, go school and work. Later e fit turn to permit for work or study.
    If you leave di programme, di permit fit end.
    Di helpline fit check with you if e fit your situation: call { $phone }, or talk to person for here.

# The single protection programme (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016;
# the older art. 13 L. 228/2003 is cited too). One programme, not two steps.
victim-rights-programme =
    See some information.
    For Italy, one programme dey for people wey dem don exploit (art. 18 c.3-bis d.lgs. 286/1998, art. 13 L. 228/2003).
    First, e fit give safe place to stay, food, health care and legal help.
# The programme, continued. Example: { $phone } = "800 290 290".
victim-rights-programme-next =
    After dat one:
    e fit help you build new life: language lessons, training and work.
    Local projects dey run am for many parts of Italy. To ask about am, call { $phone } or talk to person for here.
# Health care without papers (STP code: keep the Italian abbreviation).
victim-rights-health =
    About health care:
    even if you no get papers, you fit still get urgent and important treatment for hospital and from doctors (STP code).
    To go hospital or see doctor no go make dem report you to police (art. 35 c.5 d.lgs. 286/1998).

# Work exploitation. Keep "caporalato" in Italian.
victim-rights-work =
    See some information.
    Help no be only for sexual exploitation. E dey also for people wey dem force to work, to beg or to do crime.
    You get right make dem pay you for work wey you don do, even without contract or permit.
# Signs at work, and the art. 18-ter permit (d.l. 145/2024).
victim-rights-work-signs =
    Some things to know:
    If employer dey hold your passport or documents, or if you must pay "debt" to di people wey bring you come Italy, dis ones na signs of exploitation. Di helpline fit help you with both.
    To use workers anyhow (exploitation) na crime (caporalato, art. 603-bis c.p.). Workers from outside EU wey help bring di facts come out fit get special permit (art. 18-ter d.lgs. 286/1998).

# Shown after every topic above. Example: { $phone } = "800 290 290", { $emergency } = "112".
victim-rights-always =
    Good to know:
    To ask for help no be complaint to police: na you go decide. You no need permit or documents to get help.
    To call { $phone } na free and you fit hide who you be, day and night, for many languages. Dis chat dey private, but e no hide who you be.
    If danger dey, call { $emergency }.

## Help near you

# No { $region } on purpose: echoing what the person typed would repeat it on the lock screen.
victim-where-found = Thank you. See wetin I find:

## Talk to a person

# The person asked for an operator. { $case } = "12": a reference number, not a police case.
victim-person-queued =
    Ok, thank you.
    I dey ask one person from di helpline make e answer you for here. Your reference number na { $case }.
    You fit write while you dey wait. /exit go delete dis chat. If danger dey: { $emergency }.

## Danger now

# After "I am in danger now": warmth and the emergency number first, then an urgent request.
# Example: { $emergency } = "112".
victim-danger-call =
    Thank you say you tell me. You no dey alone.
    If you fit, call { $emergency } now. E free, and e dey work even if you no get credit for your phone.
# Right after victim-danger-call. { $case } = "12": a reference number, not a police case.
victim-danger-queued =
    Your reference number na { $case }.
    One person go answer you for here as soon as e possible. You fit continue to write.
    To hide dis chat quick, type /exit.
