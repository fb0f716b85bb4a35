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
    Mulțumim că mi-ai spus.
    Aici poți găsi informații, ajutor aproape de tine sau poți vorbi cu o persoană.
    Există oameni care te pot ajuta.
# The menu question; options below.
victim-menu-ask = Ce vrei să faci?
# Button, ≤ 30 characters.
victim-opt-rights = Drepturile tale, ieșiri
# Button, ≤ 30 characters.
victim-opt-where = Ajutor aproape de mine
# Button, ≤ 30 characters: answered with the emergency number and an urgent request.
victim-opt-danger = Sunt în pericol acum

## Rights and ways out

# The topics question; options below.
victim-rights-ask =
    Alege un subiect.
    Există ieșiri, iar ajutorul este gratuit.
# Button, ≤ 30 characters: the art. 18 permit.
victim-rights-opt-permit = Permis de ședere
# Button, ≤ 30 characters: the protection programme.
victim-rights-opt-programme = Adăpost, îngrijiri, viață nouă
# Button, ≤ 30 characters: work, pay, documents and debt. Must not read as an accusation.
victim-rights-opt-work = Muncă, salariu și acte

# The permit of art. 18 d.lgs. 286/1998 ("permesso per casi speciali"): keep the Italian
# name in quotes.
victim-rights-art18-permit =
    Iată câteva informații.
    Italia are un permis de ședere special pentru oamenii din alte țări care au suferit violență sau exploatare gravă și sunt în pericol ("casi speciali", art. 18 d.lgs. 286/1998).
    Oamenii din țări UE, de exemplu România sau Bulgaria, nu au nevoie de permis. Pot primi același ajutor.
# Who proposes the permit. Keep "Questura" in Italian.
victim-rights-art18-paths =
    Cum funcționează:
    Biroul de poliție pentru străini (Questura) dă permisul. Un procuror îl poate propune, după o plângere. Și serviciile sociale sau o organizație acreditată îl pot propune: în acest caz legea nu cere o plângere.
    În practică, lucrurile diferă de la un oraș la altul. Linia de ajutor îți poate explica ce se aplică acolo unde ești.
# What the permit gives. Example: { $phone } = "800 290 290".
victim-rights-art18-access =
    Ce îți poate oferi:
    Permisul este pe șase luni. Poate fi reînnoit pe un an sau mai mult, dacă un proces o cere. Cu el poți primi ajutor, poți studia și lucra. Mai târziu poate deveni un permis de muncă sau de studii.
    Dacă părăsești programul, permisul se poate încheia.
    Linia de ajutor poate verifica împreună cu tine dacă se potrivește situației tale: sună la { $phone } sau vorbește aici cu o persoană.

# The single protection programme (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016;
# the older art. 13 L. 228/2003 is cited too). One programme, not two steps.
victim-rights-programme =
    Iată câteva informații.
    În Italia există un singur program pentru persoanele exploatate (art. 18 c.3-bis d.lgs. 286/1998, art. 13 L. 228/2003).
    La început, poate oferi un loc sigur de locuit, mâncare, îngrijire medicală și ajutor juridic.
# The programme, continued. Example: { $phone } = "800 290 290".
victim-rights-programme-next =
    După aceea:
    te poate ajuta să-ți construiești o viață nouă: lecții de limbă, cursuri și muncă.
    Îl derulează proiecte locale în multe părți ale Italiei. Ca să întrebi despre el, sună la { $phone } sau vorbește aici cu o persoană.
# Health care without papers (STP code: keep the Italian abbreviation).
victim-rights-health =
    Despre îngrijirea medicală:
    și fără acte poți primi îngrijiri urgente și esențiale în spitale și de la medici (cod STP).
    Mersul la spital sau la medic nu duce la un raport către poliție (art. 35 c.5 d.lgs. 286/1998).

# Work exploitation. Keep "caporalato" in Italian.
victim-rights-work =
    Iată câteva informații.
    Ajutorul nu este doar pentru exploatarea sexuală. Este și pentru oamenii forțați să muncească, să cerșească sau să comită infracțiuni.
    Ai dreptul la plată pentru munca făcută, chiar și fără contract sau permis.
# Signs at work, and the art. 18-ter permit (d.l. 145/2024).
victim-rights-work-signs =
    Câteva lucruri de știut:
    Dacă un angajator îți ține pașaportul sau actele, sau dacă trebuie să plătești o "datorie" oamenilor care te-au adus în Italia, acestea sunt semne de exploatare. Linia de ajutor te poate ajuta cu amândouă.
    Exploatarea lucrătorilor este o infracțiune (caporalato, art. 603-bis c.p.). Lucrătorii din afara UE care ajută la scoaterea faptelor la lumină pot primi un permis special (art. 18-ter d.lgs. 286/1998).

# Shown after every topic above. Example: { $phone } = "800 290 290", { $emergency } = "112".
victim-rights-always =
    Bine de știut:
    A cere ajutor nu este o plângere la poliție: tu decizi. Nu ai nevoie de permis sau de acte ca să primești ajutor.
    Un apel la { $phone } este gratuit și poate fi anonim, zi și noapte, în multe limbi. Acest chat este confidențial, dar nu anonim.
    În pericol, sună la { $emergency }.

## Help near you

# No { $region } on purpose: echoing what the person typed would repeat it on the lock screen.
victim-where-found = Mulțumim. Iată ce am găsit:

## Talk to a person

# The person asked for an operator. { $case } = "12": a reference number, not a police case.
victim-person-queued =
    Bine, mulțumim.
    Cer unei persoane de la linia de ajutor să-ți răspundă aici. Numărul tău de referință este { $case }.
    Poți scrie cât aștepți. /exit șterge acest chat. În pericol: { $emergency }.

## Danger now

# After "I am in danger now": warmth and the emergency number first, then an urgent request.
# Example: { $emergency } = "112".
victim-danger-call =
    Mulțumim că mi-ai spus. Există oameni alături de tine.
    Dacă poți, sună acum la { $emergency }. Este gratuit și merge chiar și fără credit pe telefon.
# Right after victim-danger-call. { $case } = "12": a reference number, not a police case.
victim-danger-queued =
    Numărul tău de referință este { $case }.
    O persoană îți va răspunde aici cât mai repede. Poți continua să scrii.
    Ca să ascunzi repede acest chat, scrie /exit.
