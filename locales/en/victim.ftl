### varco-review: reviewed
### legal-review: pending
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
    Thanks for telling me.
    Here you can find information, help near you, or talk to a person.
    There are people who can help you.
# The menu question; options below.
victim-menu-ask = What would you like to do?
# Button, ≤ 30 characters.
victim-opt-rights = Your rights, ways out
# Button, ≤ 30 characters.
victim-opt-where = Help near me
# Button, ≤ 30 characters: answered with the emergency number and an urgent request.
victim-opt-danger = I am in danger now

## Rights and ways out

# The topics question; options below.
victim-rights-ask =
    Choose a topic.
    There are ways out, and help is free.
# Button, ≤ 30 characters: the art. 18 permit.
victim-rights-opt-permit = Residence permit
# Button, ≤ 30 characters: the protection programme.
victim-rights-opt-programme = Shelter, care, a new start
# Button, ≤ 30 characters: work, pay, documents and debt. Must not read as an accusation.
victim-rights-opt-work = Work, pay and documents

# The permit of art. 18 d.lgs. 286/1998 ("permesso per casi speciali"): keep the Italian
# name in quotes.
victim-rights-art18-permit =
    Here is some information.
    Italy has a special residence permit for people from other countries who suffered violence or serious exploitation and are in danger ("casi speciali", art. 18 d.lgs. 286/1998).
    People from EU countries, for example Romania or Bulgaria, do not need a permit. They can get the same help.
# Who proposes the permit. Keep "Questura" in Italian.
victim-rights-art18-paths =
    How it works:
    The police office for foreigners (Questura) gives the permit. A prosecutor can propose it, after a complaint. Social services or an accredited organisation can also propose it: here the law does not ask for a complaint.
    What happens in practice is different from city to city. The helpline can explain what applies where you are.
# What the permit gives. Example: { $phone } = "800 290 290".
victim-rights-art18-access =
    What it can give you:
    The permit is for six months. It can be renewed for one year, or for longer if a court case needs it. With it you can get help, study and work. Later it can become a permit for work or study.
    If you leave the programme, the permit can end.
    The helpline can check with you whether it may fit your situation: call { $phone }, or talk to a person here.

# The single protection programme (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016;
# the older art. 13 L. 228/2003 is cited too). One programme, not two steps.
victim-rights-programme =
    Here is some information.
    In Italy there is one programme for people who were exploited (art. 18 c.3-bis d.lgs. 286/1998, art. 13 L. 228/2003).
    First, it can offer a safe place to stay, food, health care and legal help.
# The programme, continued. Example: { $phone } = "800 290 290".
victim-rights-programme-next =
    After that:
    it can help you build a new life: language lessons, training and work.
    Local projects run it in many parts of Italy. To ask about it, call { $phone } or talk to a person here.
# Health care without papers (STP code: keep the Italian abbreviation).
victim-rights-health =
    About health care:
    without papers, you can still get urgent and essential care in hospitals and from doctors (STP code).
    Going to a hospital or a doctor does not lead to a report to the police (art. 35 c.5 d.lgs. 286/1998).

# Work exploitation. Keep "caporalato" in Italian.
victim-rights-work =
    Here is some information.
    Help is not only for sexual exploitation. It is also for people forced to work, to beg or to commit crimes.
    You have a right to be paid for work you did, also without a contract or a permit.
# Signs at work, and the art. 18-ter permit (d.l. 145/2024).
victim-rights-work-signs =
    Some things to know:
    If an employer keeps your passport or documents, or if you must pay a "debt" to the people who brought you to Italy, these are signs of exploitation. The helpline can help you with both.
    Exploiting workers is a crime (caporalato, art. 603-bis c.p.). Workers from outside the EU who help bring the facts to light may get a special permit (art. 18-ter d.lgs. 286/1998).

# Shown after every topic above. Example: { $phone } = "800 290 290", { $emergency } = "112".
victim-rights-always =
    Good to know:
    Asking for help is not a complaint to the police: you decide. You do not need a permit or documents to get help.
    A call to { $phone } is free and can be anonymous, day and night, in many languages. This chat is confidential, but not anonymous.
    In danger, call { $emergency }.

## Help near you

# No { $region } on purpose: echoing what the person typed would repeat it on the lock screen.
victim-where-found = Thanks. Here is what I found:

## Talk to a person

# The person asked for an operator. { $case } = "12": a reference number, not a police case.
victim-person-queued =
    Ok, thanks.
    I am asking a person from the helpline to answer you here. Your reference number is { $case }.
    You can write while you wait. /exit deletes this chat. In danger: { $emergency }.

## Danger now

# After "I am in danger now": warmth and the emergency number first, then an urgent request.
# Example: { $emergency } = "112".
victim-danger-call =
    Thank you for telling me. You are not alone.
    If you can, call { $emergency } now. It is free, and it works even with no credit on your phone.
# Right after victim-danger-call. { $case } = "12": a reference number, not a police case.
victim-danger-queued =
    Your reference number is { $case }.
    A person will answer you here as soon as possible. You can keep writing.
    To hide this chat quickly, type /exit.
