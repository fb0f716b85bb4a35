### varco-review: reviewed
### Victim flow: rights and ways out, help near you, talk to a person, danger now.
### Legal texts stay as general as the helpline's legal notes; never promise outcomes.

## Menu

victim-intro =
    Thanks for telling me.
    Here you can find information, help near you, or talk to a person.
    There are people who can help you.
victim-menu-ask = What would you like to do?
victim-opt-rights = Your rights, ways out
victim-opt-where = Help near me
victim-opt-danger = I am in danger now

## Rights and ways out

victim-rights-ask =
    Choose a topic.
    There are ways out, and help is free.
victim-rights-opt-permit = Residence permit
victim-rights-opt-programme = Shelter and first help
victim-rights-opt-work = Work, begging, crime

# art. 18 d.lgs. 286/1998
victim-rights-art18-permit =
    Here is some information.
    Italian law provides a special residence permit for social protection (art. 18 d.lgs. 286/1998).
    It is for foreign people who suffered violence or serious exploitation and are in danger.
victim-rights-art18-paths =
    It can be requested in two ways.
    Social path: through social services or an accredited organisation, without a complaint.
    Judicial path: with a complaint.
victim-rights-art18-access =
    What it can give you:
    the permit gives access to assistance, study and work.
    The helpline can check with you whether it may fit your situation: call { $phone }, or talk to a person here.

# art. 13 L. 228/2003
victim-rights-art13-programme =
    Here is some information.
    There is also a special assistance programme (art. 13 L. 228/2003).
    It can offer temporary shelter, food and health care.
victim-rights-art13-first =
    It is the first step, before longer programmes.
    To ask about it, call { $phone } or talk to a person here.

# Not only sexual exploitation
victim-rights-work =
    Here is some information.
    These protections can also apply to exploitation at work, forced begging or forced crime.
    You do not need to be in sexual exploitation to ask for help.

# Shown after every topic above.
victim-rights-always =
    Good to know:
    help is free and anonymous. You do not need documents to call.
    Call { $phone }, day and night, in many languages.
    In danger, call { $emergency }.

## Help near you

# No { $region } on purpose: echoing what the person typed would repeat it on the lock screen.
victim-where-found = Thanks. Here is what I found:

## Talk to a person

victim-person-queued =
    Ok, thanks.
    I am asking a person from the helpline to answer you here. Your case number is { $case }.
    You can write while you wait. /exit deletes this chat. In danger: { $emergency }.

## Danger now

victim-danger-call =
    Ok. First this:
    if you can, call { $emergency } now. It is free.
    I am also asking a person from the helpline to answer you here.
victim-danger-queued =
    Your case number is { $case }.
    A person will answer you here as soon as possible. You can keep writing.
    To hide this chat quickly, type /exit.
