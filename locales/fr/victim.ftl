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
    Merci de me l'avoir dit.
    Ici, tu peux trouver des informations, de l'aide près de toi, ou parler à une personne.
    Il y a des personnes qui peuvent t'aider.
# The menu question; options below.
victim-menu-ask = Que veux-tu faire ?
# Button, ≤ 30 characters.
victim-opt-rights = Tes droits, les solutions
# Button, ≤ 30 characters.
victim-opt-where = De l'aide près de moi
# Button, ≤ 30 characters: answered with the emergency number and an urgent request.
victim-opt-danger = Je suis en danger maintenant

## Rights and ways out

# The topics question; options below.
victim-rights-ask =
    Choisis un sujet.
    Il existe des solutions, et l'aide est gratuite.
# Button, ≤ 30 characters: the art. 18 permit.
victim-rights-opt-permit = Permis de séjour
# Button, ≤ 30 characters: the protection programme.
victim-rights-opt-programme = Abri, soins, nouveau départ
# Button, ≤ 30 characters: work, pay, documents and debt. Must not read as an accusation.
victim-rights-opt-work = Travail, salaire et documents

# The permit of art. 18 d.lgs. 286/1998 ("permesso per casi speciali"): keep the Italian
# name in quotes.
victim-rights-art18-permit =
    Voici quelques informations.
    L'Italie a un permis de séjour spécial pour les personnes d'autres pays qui ont subi des violences ou une exploitation grave et qui sont en danger (« casi speciali », art. 18 d.lgs. 286/1998).
    Les personnes des pays de l'UE, par exemple de Roumanie ou de Bulgarie, n'ont pas besoin de permis. Elles peuvent avoir la même aide.
# Who proposes the permit. Keep "Questura" in Italian.
victim-rights-art18-paths =
    Comment ça marche :
    Le bureau de police pour les étrangers (Questura) donne le permis. Un procureur peut le proposer, après une plainte. Les services sociaux ou une organisation agréée peuvent aussi le proposer : dans ce cas, la loi ne demande pas de plainte.
    En pratique, cela change d'une ville à l'autre. La ligne d'écoute peut t'expliquer ce qui s'applique là où tu es.
# What the permit gives. Example: { $phone } = "800 290 290".
victim-rights-art18-access =
    Ce qu'il peut te donner :
    Le permis est pour six mois. Il peut être renouvelé pour un an, ou plus longtemps si une procédure en justice le demande. Avec lui, tu peux avoir de l'aide, étudier et travailler. Plus tard, il peut devenir un permis de travail ou d'études.
    Si tu quittes le programme, le permis peut prendre fin.
    La ligne d'écoute peut regarder avec toi s'il peut convenir à ta situation : appelle le { $phone }, ou parle à une personne ici.

# The single protection programme (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016;
# the older art. 13 L. 228/2003 is cited too). One programme, not two steps.
victim-rights-programme =
    Voici quelques informations.
    En Italie, il y a un programme pour les personnes qui ont été exploitées (art. 18 c.3-bis d.lgs. 286/1998, art. 13 L. 228/2003).
    D'abord, il peut offrir un lieu sûr où dormir, de la nourriture, des soins et une aide juridique.
# The programme, continued. Example: { $phone } = "800 290 290".
victim-rights-programme-next =
    Après cela :
    il peut t'aider à construire une nouvelle vie : cours de langue, formation et travail.
    Des projets locaux le gèrent dans beaucoup de régions d'Italie. Pour te renseigner, appelle le { $phone } ou parle à une personne ici.
# Health care without papers (STP code: keep the Italian abbreviation).
victim-rights-health =
    À propos des soins :
    sans papiers, tu peux quand même avoir des soins urgents et essentiels à l'hôpital et chez les médecins (code STP).
    Aller à l'hôpital ou chez un médecin ne mène pas à une plainte à la police (art. 35 c.5 d.lgs. 286/1998).

# Work exploitation. Keep "caporalato" in Italian.
victim-rights-work =
    Voici quelques informations.
    L'aide n'est pas seulement pour l'exploitation sexuelle. Elle est aussi pour les personnes forcées à travailler, à mendier ou à commettre des délits.
    Tu as droit à un salaire pour le travail que tu as fait, aussi sans contrat ou sans permis.
# Signs at work, and the art. 18-ter permit (d.l. 145/2024).
victim-rights-work-signs =
    Quelques choses à savoir :
    Si un employeur garde ton passeport ou tes documents, ou si tu dois payer une « dette » aux personnes qui t'ont fait venir en Italie, ce sont des signes d'exploitation. La ligne d'écoute peut t'aider pour les deux.
    Exploiter des personnes au travail est un délit (caporalato, art. 603-bis c.p.). Les personnes de pays hors de l'UE qui travaillent et qui aident à faire connaître les faits pourraient avoir un permis spécial (art. 18-ter d.lgs. 286/1998).

# Shown after every topic above. Example: { $phone } = "800 290 290", { $emergency } = "112".
victim-rights-always =
    Bon à savoir :
    Demander de l'aide n'est pas une plainte à la police : c'est toi qui décides. Tu n'as pas besoin de permis ou de documents pour avoir de l'aide.
    Un appel au { $phone } est gratuit et peut être anonyme, jour et nuit, en plusieurs langues. Ce chat est confidentiel, mais pas anonyme.
    En danger, appelle le { $emergency }.

## Help near you

# No { $region } on purpose: echoing what the person typed would repeat it on the lock screen.
victim-where-found = Merci. Voici ce que j'ai trouvé :

## Talk to a person

# The person asked for an operator. { $case } = "12": a reference number, not a police case.
victim-person-queued =
    D'accord, merci.
    Je demande à une personne de la ligne d'écoute de te répondre ici. Ton numéro de référence est { $case }.
    Tu peux écrire pendant que tu attends. /exit efface ce chat. En danger : { $emergency }.

## Danger now

# After "I am in danger now": warmth and the emergency number first, then an urgent request.
# Example: { $emergency } = "112".
victim-danger-call =
    Merci de me l'avoir dit. Nous sommes avec toi.
    Si tu peux, appelle le { $emergency } maintenant. C'est gratuit, et ça marche même sans crédit sur ton téléphone.
# Right after victim-danger-call. { $case } = "12": a reference number, not a police case.
victim-danger-queued =
    Ton numéro de référence est { $case }.
    Une personne va te répondre ici dès que possible. Tu peux continuer à écrire.
    Pour cacher vite ce chat, écris /exit.
