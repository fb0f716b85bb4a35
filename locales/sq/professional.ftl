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
    Faleminderit për mesazhin tuaj.
    Linja e ndihmës mbështet edhe organizatat dhe shërbimet që takojnë njerëz që mund të kenë nevojë për mbrojtje.
# The menu question; options below.
professional-menu-ask = Çfarë dëshironi të dini?
# Button, ≤ 30 characters.
professional-opt-consult = Konsultim
# Button, ≤ 30 characters.
professional-opt-referral = Procedura e referimit

## Consultation

# Italian: "Lei". "Not a complaint to the police": the person decides.
professional-consult-advice =
    Ja disa informacione.
    Linja e ndihmës këshillon institucionet dhe organizatat që vijnë në kontakt me viktima të mundshme të trafikimit dhe shfrytëzimit, të çdo lloji: seksual, në punë, lypje e detyruar, krime të detyruara.
    Kontakti me linjën e ndihmës nuk është kallëzim në polici; vendos personi.
# The legal measures, as general as the helpline's notes.
professional-consult-assess =
    Përveç kësaj:
    ajo vlerëson bashkë me ju nëse plotësohen kushtet për masat e mbështetjes: programi i vetëm i mbrojtjes (art. 18 c.3-bis d.lgs. 286/1998), leja për mbrojtje sociale ("casi speciali", art. 18 d.lgs. 286/1998; rruga sociale ose gjyqësore) dhe, për shfrytëzimin në punë, leja e art. 18-ter d.lgs. 286/1998.
    Shtetasit e BE-së mund të hyjnë në program; nuk u duhet leje. Ndihma nuk varet nga leja.
# Example: { $phone } = "800 290 290".
professional-consult-who =
    Kush mund ta kontaktojë:
    shërbimet sociale dhe shëndetësore, OJQ-të, shoqatat e punëdhënësve dhe të punëtorëve, forcat e rendit, autoritetet gjyqësore dhe qytetarët.
    Telefononi { $phone }, 24 orë në ditë, ose flisni me një person këtu.

## Referral procedure

# Since 2016 one programme (DPCM 16 May 2016); art. 13 L. 228/2003 is cited as the seed does.
professional-referral-local =
    Ja disa informacione.
    Linja e ndihmës i referon njerëzit te projektet vendore që zbatojnë programin e vetëm të daljes në dritë, ndihmës dhe integrimit shoqëror (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 maj 2016; art. 13 L. 228/2003).
# Example: { $phone } = "800 290 290".
professional-referral-transfer =
    Ajo koordinon gjithashtu kërkesat për transferim ndërmjet projekteve që zbatojnë programin në territore të tjera.
    Për të referuar dikë, telefononi { $phone } ose flisni me një person këtu.

## Talk to a person

# { $case } = "12": a reference number.
professional-person-queued =
    Mirë, faleminderit.
    Po i kërkoj një personi nga linja e ndihmës t'ju përgjigjet këtu. Numri i referencës: { $case }.
    Mund ta shkruani që tani pyetjen tuaj. /menu për t'u kthyer.
