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
topics-menu-label = Questions fréquentes
topics-menu-ask =
    Choisis une question.
    Chaque réponse est courte. Ensuite, tu reviens ici.
# Opens the check ("Is this exploitation?"); worded so that nobody glancing at the screen
# reads what it is about.
topics-opt-check = Questions sur ma situation
topics-opt-work = Travail et salaire
topics-opt-asylum = Asile
topics-opt-health = Soins de santé
topics-opt-minors = Moins de 18 ans
topics-opt-home = Rentrer chez soi sans risque
topics-opt-call = Que se passe-t-il si j'appelle
# After the check: back to the topics menu.
topics-opt-more = Autres questions

## Is this exploitation? Eight questions, each optional. Never a verdict.

topics-check-intro =
    Quelques questions courtes sur ta situation.
    Réponds seulement à ce que tu veux. Tu peux toujours choisir « Je préfère ne pas le dire ».
    Il n'y a pas de bonnes ou de mauvaises réponses.
    Si une personne de la ligne d'écoute te répond ici, elle verra tes réponses. Alors tu n'as pas besoin de tout redire.
# The three answers to every question below.
topics-answer-yes = Oui
topics-answer-no = Non
topics-answer-skip = Je préfère ne pas le dire
topics-check-documents =
    Question 1 sur 8.
    Est-ce que quelqu'un d'autre garde ton passeport ou tes documents, et tu ne peux pas les reprendre ?
topics-check-debt =
    Question 2 sur 8.
    Est-ce que tu dois rembourser une dette aux personnes qui t'ont fait venir ici ou qui t'ont trouvé ce travail ?
topics-check-movement =
    Question 3 sur 8.
    Est-ce que quelqu'un t'empêche de quitter ton travail ou ton logement, ou d'aller où tu veux ?
topics-check-threats =
    Question 4 sur 8.
    Est-ce que quelqu'un t'a fait des menaces ou du mal, à toi ou à tes proches ?
topics-check-pay =
    Question 5 sur 8.
    Est-ce que quelqu'un garde ton salaire, ou te paie beaucoup moins que ce qui était prévu ?
topics-check-deceived =
    Question 6 sur 8.
    Est-ce que le travail est très différent de ce qu'on t'a promis ?
topics-check-housing =
    Question 7 sur 8.
    Est-ce que tu vis là où tu travailles, ou dans un lieu choisi par l'employeur ?
topics-check-minor =
    Question 8 sur 8.
    As-tu moins de 18 ans ?
topics-check-thanks =
    Merci pour tes réponses.
    Certaines de ces choses peuvent être des signes d'exploitation. Elles peuvent aussi avoir d'autres raisons.
    Seule une conversation peut en dire plus.
topics-check-meaning =
    Ce que cela peut vouloir dire :
    si tu as répondu « oui » à une ou plusieurs questions, tu as peut-être droit à de l'aide et à une protection. C'est vrai aussi sans documents.
    L'aide est gratuite. Tu n'as rien à décider maintenant.
# Shown only to someone who answered "yes" to "Are you under 18?".
topics-check-under18 =
    Tu as dit que tu as moins de 18 ans.
    Les jeunes de moins de 18 ans ont une protection en plus en Italie (loi 47/2017).
    Une personne de la ligne d'écoute peut te l'expliquer.
topics-check-next-ask =
    Que veux-tu faire maintenant ?
    Parler à une personne est gratuit et confidentiel. Tu peux aussi appeler le { $phone }.

## Work

topics-work-pay =
    Voici quelques informations sur le travail.
    Tu as droit à un salaire pour le travail que tu as fait.
    C'est vrai aussi sans contrat ou sans permis.
topics-work-signs =
    Deux autres choses à savoir.
    Un employeur qui garde ton passeport ou tes documents, c'est un signe d'exploitation.
    Une « dette » que tu dois payer aux personnes qui t'ont fait venir en Italie, c'est aussi un signe.
    La ligne d'écoute peut t'aider pour les deux.
topics-work-law =
    Bon à savoir :
    exploiter des personnes au travail est un délit en Italie (« caporalato », art. 603-bis c.p.).
    Il existe un permis spécial pour les personnes étrangères qui travaillent et qui aident à faire connaître les faits (art. 18-ter d.lgs. 286/1998).
    La ligne d'écoute peut t'expliquer ce qui s'applique à toi : appelle le { $phone }, ou parle à une personne ici.

## Asylum

topics-asylum =
    Voici quelques informations.
    Tu peux demander la protection internationale (l'asile) et avoir en même temps l'aide du programme de protection.
    Les deux systèmes travaillent ensemble. Ils peuvent t'envoyer de l'un à l'autre.
topics-asylum-more =
    Pour savoir ce qui correspond à ta situation, appelle le { $phone } ou parle à une personne ici.
    Appeler ou écrire n'est pas une plainte à la police. C'est toi qui décides ce que tu dis.

## Health care

topics-health =
    Voici quelques informations sur la santé.
    Tu peux avoir des soins urgents et essentiels aussi sans documents. Demande un code STP : c'est un code de santé pour les personnes étrangères sans papiers.
topics-health-report =
    Bon à savoir :
    aller à l'hôpital ou chez un médecin ne mène pas à une plainte à la police (art. 35 c.5 d.lgs. 286/1998).
    En cas d'urgence, appelle le { $emergency }.

## Under 18

topics-minors =
    Voici quelques informations pour les jeunes.
    Si tu as moins de 18 ans, la loi te donne une protection en plus en Italie (loi 47/2017).
topics-minors-age =
    Dis-nous si tu as moins de 18 ans, s'il te plaît.
    Dis-le à la personne qui te répond ici, ou quand tu appelles le { $phone }.
    Comme ça, elle sait quelle aide chercher avec toi.

## Going home

topics-home =
    Voici quelques informations sur le retour.
    Il existe des programmes qui aident les personnes à rentrer dans leur pays sans risque, si elles le choisissent (retour volontaire assisté ; l'OIM les gère).
topics-home-more =
    C'est ton choix. Tu peux aussi rester en Italie et demander de l'aide ici.
    La ligne d'écoute peut t'expliquer comment ça marche : appelle le { $phone }, ou parle à une personne ici.

## Calling the national number

topics-call =
    Quand tu appelles le { $phone } :
    l'appel est gratuit. Tu peux appeler jour et nuit, tous les jours.
    Tu n'as pas besoin de donner ton nom : l'appel peut être anonyme.
topics-call-language =
    Tu peux demander un médiateur culturel : les médiateurs parlent beaucoup de langues.
    C'est toi qui décides ce que tu dis. Appeler n'est pas une plainte à la police.
topics-call-chat =
    Bon à savoir :
    ce chat est confidentiel, mais pas anonyme. L'application que tu utilises connaît ton compte.
