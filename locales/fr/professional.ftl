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
    Merci pour votre message.
    La ligne d'écoute aide aussi les organisations et les services qui rencontrent des personnes qui ont peut-être besoin de protection.
# The menu question; options below.
professional-menu-ask = Que souhaitez-vous savoir ?
# Button, ≤ 30 characters.
professional-opt-consult = Conseil
# Button, ≤ 30 characters.
professional-opt-referral = Procédure d'orientation

## Consultation

# Italian: "Lei". "Not a complaint to the police": the person decides.
professional-consult-advice =
    Voici quelques informations.
    La ligne d'écoute conseille les institutions et les organisations qui sont en contact avec de possibles victimes de traite et d'exploitation, de tout type : sexuelle, au travail, mendicité forcée, délits forcés.
    Contacter la ligne d'écoute n'est pas une plainte à la police ; c'est la personne qui décide.
# The legal measures, as general as the helpline's notes.
professional-consult-assess =
    De plus :
    elle évalue avec vous si les conditions des mesures de soutien sont réunies : le programme unique de protection (art. 18 c.3-bis d.lgs. 286/1998), le permis de protection sociale (« casi speciali », art. 18 d.lgs. 286/1998 ; parcours social ou judiciaire) et, pour l'exploitation au travail, le permis de l'art. 18-ter d.lgs. 286/1998.
    Les personnes citoyennes de l'UE peuvent entrer dans le programme ; ils n'ont pas besoin de permis. L'aide ne dépend pas d'un permis.
# Example: { $phone } = "800 290 290".
professional-consult-who =
    Qui peut la contacter :
    les services sociaux et de santé, les ONG, les associations d'employeurs et de travailleurs, les forces de l'ordre, les autorités judiciaires et les particuliers.
    Appelez le { $phone }, 24 heures sur 24, ou parlez à une personne ici.

## Referral procedure

# Since 2016 one programme (DPCM 16 May 2016); art. 13 L. 228/2003 is cited as the seed does.
professional-referral-local =
    Voici quelques informations.
    La ligne d'écoute oriente les personnes vers les projets locaux qui gèrent le programme unique d'émersion, d'assistance et d'intégration sociale (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 mai 2016 ; art. 13 L. 228/2003).
# Example: { $phone } = "800 290 290".
professional-referral-transfer =
    Elle met aussi en réseau les demandes de transfert entre les projets qui gèrent le programme dans d'autres territoires.
    Pour orienter une personne, appelez le { $phone } ou parlez à une personne ici.

## Talk to a person

# { $case } = "12": a reference number.
professional-person-queued =
    D'accord, merci.
    Je demande à une personne de la ligne d'écoute de vous répondre ici. Numéro de référence : { $case }.
    Vous pouvez déjà écrire votre question. /menu pour revenir.
