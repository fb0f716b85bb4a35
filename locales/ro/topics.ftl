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
topics-menu-label = Întrebări frecvente
topics-menu-ask =
    Alege o întrebare.
    Fiecare răspuns este scurt. Apoi revii aici.
# Opens the check ("Is this exploitation?"); worded so that nobody glancing at the screen
# reads what it is about.
topics-opt-check = Întrebări despre situația mea
topics-opt-work = Muncă și salariu
topics-opt-asylum = Azil
topics-opt-health = Îngrijire medicală
topics-opt-minors = Sub 18 ani
topics-opt-home = Întoarcerea acasă în siguranță
topics-opt-call = Ce se întâmplă dacă sun
# After the check: back to the topics menu.
topics-opt-more = Alte întrebări

## Is this exploitation? Eight questions, each optional. Never a verdict.

topics-check-intro =
    Câteva întrebări scurte despre situația ta.
    Răspunde doar la ce vrei. Poți alege mereu „Prefer să nu spun”.
    Nu există răspunsuri bune sau greșite.
    Dacă o persoană de la linia de ajutor îți răspunde aici, va vedea răspunsurile tale. Așa nu trebuie să spui totul din nou.
# The three answers to every question below.
topics-answer-yes = Da
topics-answer-no = Nu
topics-answer-skip = Prefer să nu spun
topics-check-documents =
    Întrebarea 1 din 8.
    Altcineva îți ține pașaportul sau actele și nu le poți lua înapoi?
topics-check-debt =
    Întrebarea 2 din 8.
    Trebuie să plătești o datorie oamenilor care te-au adus aici sau ți-au găsit munca?
topics-check-movement =
    Întrebarea 3 din 8.
    Te oprește cineva să pleci de la muncă sau de acasă, sau să mergi unde vrei?
topics-check-threats =
    Întrebarea 4 din 8.
    Te-a amenințat sau te-a rănit cineva, pe tine sau pe cei apropiați?
topics-check-pay =
    Întrebarea 5 din 8.
    Îți ține cineva banii de salariu sau te plătește mult mai puțin decât ați stabilit?
topics-check-deceived =
    Întrebarea 6 din 8.
    Munca este foarte diferită de ce ți s-a promis?
topics-check-housing =
    Întrebarea 7 din 8.
    Locuiești unde lucrezi sau într-un loc ales de angajator?
topics-check-minor =
    Întrebarea 8 din 8.
    Ai sub 18 ani?
topics-check-thanks =
    Mulțumim pentru răspunsuri.
    Unele dintre aceste lucruri pot fi semne de exploatare. Pot avea și alte motive.
    Doar o discuție poate spune mai mult.
topics-check-meaning =
    Ce poate însemna:
    dacă ai răspuns „da” la una sau mai multe întrebări, poate ai dreptul la ajutor și protecție. Este adevărat și fără acte.
    Ajutorul este gratuit. Nu trebuie să decizi nimic acum.
# Shown only to someone who answered "yes" to "Are you under 18?".
topics-check-under18 =
    Ai spus că ai sub 18 ani.
    Tinerii sub 18 ani au protecție în plus în Italia (law 47/2017).
    O persoană de la linia de ajutor îți poate explica.
topics-check-next-ask =
    Ce vrei să faci acum?
    Să vorbești cu o persoană este gratuit și confidențial. Poți suna și la { $phone }.

## Work

topics-work-pay =
    Iată câteva informații despre muncă.
    Ai dreptul la plată pentru munca făcută.
    Este adevărat și fără contract sau permis.
topics-work-signs =
    Încă două lucruri de știut.
    Un angajator care îți ține pașaportul sau actele: acesta este un semn de exploatare.
    O „datorie” pe care trebuie s-o plătești oamenilor care te-au adus în Italia este și ea un semn.
    Linia de ajutor te poate ajuta cu amândouă.
topics-work-law =
    Bine de știut:
    exploatarea lucrătorilor este o infracțiune în Italia („caporalato”, art. 603-bis c.p.).
    Există un permis special pentru lucrătorii străini care ajută la scoaterea faptelor la lumină (art. 18-ter d.lgs. 286/1998).
    Linia de ajutor îți poate explica ce se aplică în cazul tău: sună la { $phone } sau vorbește aici cu o persoană.

## Asylum

topics-asylum =
    Iată câteva informații.
    Poți cere protecție internațională (azil) și poți primi în același timp ajutor din programul de protecție.
    Cele două sisteme lucrează împreună. Te pot trimite de la unul la celălalt.
topics-asylum-more =
    Ca să afli ce se potrivește situației tale, sună la { $phone } sau vorbește aici cu o persoană.
    A suna sau a scrie nu este o plângere la poliție. Tu decizi ce spui.

## Health care

topics-health =
    Iată câteva informații despre sănătate.
    Poți primi îngrijiri urgente și esențiale și fără acte. Cere un cod STP: este un cod de sănătate pentru străinii fără acte.
topics-health-report =
    Bine de știut:
    mersul la spital sau la medic nu duce la un raport către poliție (art. 35 c.5 d.lgs. 286/1998).
    În caz de urgență, sună la { $emergency }.

## Under 18

topics-minors =
    Iată câteva informații pentru tineri.
    Dacă ai sub 18 ani, legea îți dă protecție în plus în Italia (law 47/2017).
topics-minors-age =
    Te rog spune-ne dacă ai sub 18 ani.
    Spune-i persoanei care îți răspunde aici sau când suni la { $phone }.
    Așa vor ști ce ajutor să caute împreună cu tine.

## Going home

topics-home =
    Iată câteva informații despre întoarcere.
    Există programe care ajută oamenii să se întoarcă în țara lor în siguranță, dacă aleg asta (întoarcere voluntară asistată; le derulează OIM).
topics-home-more =
    Este alegerea ta. Poți și să rămâi în Italia și să ceri ajutor aici.
    Linia de ajutor îți poate explica cum funcționează: sună la { $phone } sau vorbește aici cu o persoană.

## Calling the national number

topics-call =
    Când suni la { $phone }:
    apelul este gratuit. Poți suna zi și noapte, în fiecare zi.
    Nu trebuie să-ți spui numele: apelul poate fi anonim.
topics-call-language =
    Poți cere un mediator cultural: mediatorii vorbesc multe limbi.
    Tu decizi ce spui. A suna nu este o plângere la poliție.
topics-call-chat =
    Bine de știut:
    acest chat este confidențial, dar nu anonim. Aplicația pe care o folosești îți cunoaște contul.
