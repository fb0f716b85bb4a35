### varco-review: reviewed
### legal-review: pending
### Topics flow (flows/topics.toml): the questions people ask, reached from the victim menu.
### Each topic is 2–4 short messages, then the topics menu again. Facts only from the
### helpline's legal notes; never promise an outcome. Not yet reviewed by a lawyer.
### For translators: button labels (-opt-, -answer-, -label) ≤ 30 characters; the FIRST
### LINE of every message shows on a lock screen, so it must say nothing about the subject;
### { $phone } is the national number (800 290 290), { $emergency } is 112; Italian legal
### terms and references in brackets stay as they are ("caporalato", "art. 603-bis c.p.").

## Menu

# Button in the victim menu that opens this flow.
topics-menu-label = Questions people ask
topics-menu-ask =
    Choose a question.
    Each answer is short. Then you come back here.
# Opens the check ("Is this exploitation?"); worded so that nobody glancing at the screen
# reads what it is about.
topics-opt-check = Questions about my situation
topics-opt-work = Work and pay
topics-opt-asylum = Asylum
topics-opt-health = Health care
topics-opt-minors = Under 18
topics-opt-home = Going home safely
topics-opt-call = What happens if I call
# After the check: back to the topics menu.
topics-opt-more = Other questions

## Is this exploitation? Eight questions, each optional. Never a verdict.

topics-check-intro =
    A few short questions about your situation.
    Answer only what you want. You can always choose “I prefer not to say”.
    There are no right or wrong answers.
    If a person from the helpline answers you here, they will see your answers. Then you do not have to say it all again.
# The three answers to every question below.
topics-answer-yes = Yes
topics-answer-no = No
topics-answer-skip = I prefer not to say
topics-check-documents =
    Question 1 of 8.
    Does someone else keep your passport or documents, and you cannot get them back?
topics-check-debt =
    Question 2 of 8.
    Do you have to pay back a debt to the people who brought you here or found you the work?
topics-check-movement =
    Question 3 of 8.
    Does someone stop you from leaving your work or your home, or from going where you want?
topics-check-threats =
    Question 4 of 8.
    Has someone threatened or hurt you, or people close to you?
topics-check-pay =
    Question 5 of 8.
    Does someone keep your pay, or pay you much less than you agreed?
topics-check-deceived =
    Question 6 of 8.
    Is the work very different from what they promised you?
topics-check-housing =
    Question 7 of 8.
    Do you live where you work, or in a place the employer chooses?
topics-check-minor =
    Question 8 of 8.
    Are you under 18?
topics-check-thanks =
    Thank you for your answers.
    Some of these things can be signs of exploitation. They can also have other reasons.
    Only a conversation can tell more.
topics-check-meaning =
    What it may mean:
    if you answered “yes” to one or more questions, you may have a right to help and protection. This is true also without documents.
    Help is free. You do not have to decide anything now.
# Shown only to someone who answered "yes" to "Are you under 18?".
topics-check-under18 =
    You said you are under 18.
    Young people under 18 have extra protection in Italy (law 47/2017).
    A person from the helpline can explain it to you.
topics-check-next-ask =
    What would you like to do now?
    Talking to a person is free and confidential. You can also call { $phone }.

## Work

topics-work-pay =
    Here is some information about work.
    You have a right to be paid for work you did.
    This is true also without a contract or a permit.
topics-work-signs =
    Two more things to know.
    An employer who keeps your passport or documents is a sign of exploitation.
    A “debt” you must pay to the people who brought you to Italy is a sign too.
    The helpline can help you with both.
topics-work-law =
    Good to know:
    exploiting workers is a crime in Italy (“caporalato”, art. 603-bis c.p.).
    There is a special permit for foreign workers who help to bring the facts to light (art. 18-ter d.lgs. 286/1998).
    The helpline can explain what applies to you: call { $phone }, or talk to a person here.

## Asylum

topics-asylum =
    Here is some information.
    You can ask for international protection (asylum) and get help from the protection programme at the same time.
    The two systems work together. They can send you from one to the other.
topics-asylum-more =
    To know what fits your situation, call { $phone } or talk to a person here.
    Calling or writing is not a report to the police. You decide what to say.

## Health care

topics-health =
    Here is some information about health.
    You can get urgent and essential care also without documents. Ask for an STP code: it is a health code for foreign people without papers.
topics-health-report =
    Good to know:
    going to a hospital or a doctor does not lead to a report to the police (art. 35 c.5 d.lgs. 286/1998).
    In an emergency, call { $emergency }.

## Under 18

topics-minors =
    Here is some information for young people.
    If you are under 18, the law gives you extra protection in Italy (law 47/2017).
topics-minors-age =
    Please tell us if you are under 18.
    Say it to the person who answers you here, or when you call { $phone }.
    Then they know which help to look for with you.

## Going home

topics-home =
    Here is some information about going back.
    There are programmes that help people go back to their country in a safe way, if they choose to (assisted voluntary return; IOM runs them).
topics-home-more =
    It is your choice. You can also stay in Italy and ask for help here.
    The helpline can explain how it works: call { $phone }, or talk to a person here.

## Calling the national number

topics-call =
    When you call { $phone }:
    the call is free. You can call day and night, every day.
    You do not have to give your name: the call can be anonymous.
topics-call-language =
    You can ask for a cultural mediator: they speak many languages.
    You decide what to say. Calling is not a report to the police.
topics-call-chat =
    Good to know:
    this chat is confidential, but not anonymous. The app you use knows your account.
