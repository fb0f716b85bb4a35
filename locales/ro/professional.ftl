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
    Vă mulțumim că ne scrieți.
    Linia de ajutor sprijină și organizațiile și serviciile care întâlnesc persoane ce ar putea avea nevoie de protecție.
# The menu question; options below.
professional-menu-ask = Ce doriți să aflați?
# Button, ≤ 30 characters.
professional-opt-consult = Consultanță
# Button, ≤ 30 characters.
professional-opt-referral = Procedura de trimitere

## Consultation

# Italian: "Lei". "Not a complaint to the police": the person decides.
professional-consult-advice =
    Iată câteva informații.
    Linia de ajutor consiliază instituțiile și organizațiile care intră în contact cu posibile victime ale traficului și exploatării, de orice fel: sexuală, prin muncă, cerșetorie forțată, infracțiuni forțate.
    Contactarea liniei de ajutor nu este o plângere la poliție; persoana decide.
# The legal measures, as general as the helpline's notes.
professional-consult-assess =
    În plus:
    evaluează împreună cu dumneavoastră dacă sunt îndeplinite condițiile pentru măsurile de sprijin: programul unic de protecție (art. 18 c.3-bis d.lgs. 286/1998), permisul pentru protecție socială ("casi speciali", art. 18 d.lgs. 286/1998; cale socială sau judiciară) și, pentru exploatarea prin muncă, permisul de la art. 18-ter d.lgs. 286/1998.
    Cetățenii UE pot intra în program; nu au nevoie de permis. Ajutorul nu depinde de un permis.
# Example: { $phone } = "800 290 290".
professional-consult-who =
    Cine poate lua legătura:
    servicii sociale și de sănătate, ONG-uri, asociații ale angajatorilor și ale lucrătorilor, forțele de ordine, autoritățile judiciare și cetățenii.
    Sunați la { $phone }, 24 de ore din 24, sau vorbiți aici cu o persoană.

## Referral procedure

# Since 2016 one programme (DPCM 16 May 2016); art. 13 L. 228/2003 is cited as the seed does.
professional-referral-local =
    Iată câteva informații.
    Linia de ajutor trimite persoanele către proiectele locale care derulează programul unic de ieșire din exploatare, asistență și integrare socială (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016; art. 13 L. 228/2003).
# Example: { $phone } = "800 290 290".
professional-referral-transfer =
    De asemenea, pune în legătură cererile de transfer între proiectele care derulează programul în alte teritorii.
    Pentru a trimite o persoană, sunați la { $phone } sau vorbiți aici cu o persoană.

## Talk to a person

# { $case } = "12": a reference number.
professional-person-queued =
    Bine, mulțumim.
    Cer unei persoane de la linia de ajutor să vă răspundă aici. Număr de referință: { $case }.
    Puteți scrie deja întrebarea. /menu ca să vă întoarceți.
