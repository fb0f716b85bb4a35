### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Topics flow (flows/topics.toml): the questions people ask, reached from the victim menu.
### Each topic is 2–4 short messages, then the topics menu again. Facts only from the
### helpline's legal notes; never promise an outcome. Not yet reviewed by a lawyer.
### For translators: button labels (-opt-, -answer-, -label) ≤ 30 characters; the FIRST
### LINE of every message shows on a lock screen, so it must say nothing about the subject;
### { $phone } is the national number (800 290 290), { $emergency } is 112; Italian legal
### terms and references in brackets stay as they are ("caporalato", "art. 603-bis c.p.").

## Menu

# Button in the victim menu that opens this flow.
topics-menu-label = Questions wey people dey ask
topics-menu-ask =
    Choose one question.
    Each answer short. After, you go come back here.
# Opens the check ("Is this exploitation?"); worded so that nobody glancing at the screen
# reads what it is about.
topics-opt-check = Questions about my matter
topics-opt-work = Work and money
# same-as-en
topics-opt-asylum = Asylum
topics-opt-health = Health and hospital
# same-as-en
topics-opt-minors = Under 18
topics-opt-home = To go home safe
topics-opt-call = Wetin go happen if I call
# After the check: back to the topics menu.
topics-opt-more = Oda questions

## Is this exploitation? Eight questions, each optional. Never a verdict.

topics-check-intro =
    Some short questions about your situation.
    Answer only wetin you want. You fit always choose “I no wan talk”.
    No right or wrong answer dey.
    If one person from di helpline answer you for here, dem go see your answers. So you no go need talk everything again.
# The three answers to every question below.
# same-as-en
topics-answer-yes = Yes
# same-as-en
topics-answer-no = No
topics-answer-skip = I no wan talk
topics-check-documents =
    Question 1 of 8.
    Somebody dey hold your passport or documents, and you no fit collect dem back?
topics-check-debt =
    Question 2 of 8.
    You must pay back debt to di people wey bring you come here or wey find di work for you?
topics-check-movement =
    Question 3 of 8.
    Somebody dey stop you to leave your work or your house, or to go where you want?
topics-check-threats =
    Question 4 of 8.
    Somebody don threaten you or wound you, or people wey close to you?
topics-check-pay =
    Question 5 of 8.
    Somebody dey hold your pay, or dey pay you far less than wetin una agree?
topics-check-deceived =
    Question 6 of 8.
    Di work dey very different from wetin dem promise you?
topics-check-housing =
    Question 7 of 8.
    You dey live where you dey work, or for place wey di employer choose?
topics-check-minor =
    Question 8 of 8.
    You never reach 18 years?
topics-check-thanks =
    Thank you for your answers.
    Some of dis things fit be signs of exploitation. Dem fit also get other reasons.
    Na only conversation fit tell more.
topics-check-meaning =
    Wetin e fit mean:
    if you answer “yes” for one or more questions, you fit get right to help and protection. Dis one true even if you no get documents.
    Help na free. You no need decide anything now.
# Shown only to someone who answered "yes" to "Are you under 18?".
topics-check-under18 =
    You talk say you never reach 18.
    Young people wey never reach 18 get extra protection for Italy (law 47/2017).
    One person from di helpline fit explain am to you.
topics-check-next-ask =
    Wetin you wan do now?
    To talk to person na free and e dey private. You fit also call { $phone }.

## Work

topics-work-pay =
    See some information about work.
    You get right make dem pay you for work wey you don do.
    Dis one true even if you no get contract or permit.
topics-work-signs =
    Two more things to know.
    Employer wey dey hold your passport or documents: dat one na sign of exploitation.
    “Debt” wey you must pay to di people wey bring you come Italy na sign too.
    Di helpline fit help you with both.
topics-work-law =
    Good to know:
    to use workers anyhow (exploitation) na crime for Italy (“caporalato”, art. 603-bis c.p.).
    Special permit dey for foreign workers wey help bring di facts come out (art. 18-ter d.lgs. 286/1998).
    Di helpline fit explain wetin concern you: call { $phone }, or talk to person for here.

## Asylum

topics-asylum =
    See some information.
    You fit ask for international protection (asylum) and get help from di protection programme at di same time.
    Di two systems dey work together. Dem fit send you from one go di other.
topics-asylum-more =
    To know wetin fit your situation, call { $phone } or talk to person for here.
    To call or write no be report to police. Na you go decide wetin you go talk.

## Health care

topics-health =
    See some information about health.
    You fit get urgent and important treatment even without documents. Ask for STP code: na health code for foreign people wey no get papers.
topics-health-report =
    Good to know:
    to go hospital or see doctor no go make dem report you to police (art. 35 c.5 d.lgs. 286/1998).
    For emergency, call { $emergency }.

## Under 18

topics-minors =
    See some information for young people.
    If you never reach 18, di law dey give you extra protection for Italy (law 47/2017).
topics-minors-age =
    Abeg tell us if you never reach 18.
    Talk am to di person wey answer you for here, or when you call { $phone }.
    So dem go know which help to find with you.

## Going home

topics-home =
    See some information about how to go back.
    Programmes dey wey dey help people go back to dia country safe, if dem choose am (assisted voluntary return; IOM dey run dem).
topics-home-more =
    Na your choice. You fit also stay for Italy and ask for help here.
    Di helpline fit explain how e dey work: call { $phone }, or talk to person for here.

## Calling the national number

topics-call =
    When you call { $phone }:
    di call na free. You fit call day and night, every day.
    You no need give your name: di call fit hide who you be.
topics-call-language =
    You fit ask for cultural mediator: dem dey speak many languages.
    Na you go decide wetin you go talk. To call no be report to police.
topics-call-chat =
    Good to know:
    dis chat dey private, but e no hide who you be. Di app wey you dey use sabi your account.
