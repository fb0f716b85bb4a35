### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Canned replies an operator sends with `!say <name>` (the name is the id without
### `canned-`). Rendered in the person's language. Short, calm, with a way forward.
### For translators: CEFR A2; the first line is what a lock screen shows, so it stays
### neutral. { $phone } = "800 290 290", { $emergency } = "112".

# `!say safe-now`: asks whether the person is safe.
canned-safe-now =
    Comment vas-tu en ce moment ?
    Es-tu dans un endroit sûr ? Tu peux répondre par oui ou par non.
# `!say call-112`. Example: { $emergency } = "112".
canned-call-112 =
    Tu peux appeler le { $emergency } à tout moment, gratuitement.
    Si tu es en danger maintenant, appelle-le. Il marche même sans crédit sur ton téléphone.
# `!say free-anonymous` (the id stays; the text is exact: the chat is confidential, a call
# can be anonymous). Example: { $phone } = "800 290 290".
canned-free-anonymous =
    Parler avec nous est gratuit. Tu n'as pas besoin de donner ton nom.
    Ce chat est confidentiel, mais pas anonyme : l'application que tu utilises connaît ton compte. Un appel au { $phone } peut être anonyme.
# `!say no-documents`.
canned-no-documents =
    Bon à savoir :
    tu n'as pas besoin de documents pour avoir de l'aide. Tu peux avoir de l'aide même sans permis de séjour.
    Demander de l'aide n'est pas une plainte à la police : c'est toi qui décides.
# `!say protection`: the single programme, never a promise ("can offer").
canned-protection =
    Il existe de l'aide pour toi en Italie.
    Il y a un programme de protection pour les personnes qui ont été exploitées. Il peut offrir un lieu sûr où dormir, de la nourriture, des soins, et de l'aide pour les documents et le travail.
# `!say still-there`.
canned-still-there =
    Tu es toujours là ?
    Écris quand tu peux ; nous sommes là.
# `!say hello`: the operator's first words.
canned-hello =
    Bonjour, je suis là maintenant.
    Je travaille avec le numéro d'aide. Tu peux m'écrire avec tes mots, à ton rythme.
# `!say reading`: the operator is reading what the person wrote.
canned-reading =
    Je lis tes messages.
    Donne-moi un moment, s'il te plaît. Je réponds bientôt.
# `!say call-helpline`. Example: { $phone } = "800 290 290".
canned-call-helpline =
    Est-ce que tu peux téléphoner maintenant ?
    Si tu peux, appelle le { $phone }. C'est gratuit, et tu peux parler dans ta langue avec un médiateur ou une médiatrice.
# `!say mediator`: a cultural mediator who speaks the person's language will be found.
canned-mediator =
    Nous allons chercher une personne qui parle ta langue.
    Cela peut prendre du temps. Nous t'écrivons ici quand nous trouvons quelqu'un.
# `!say take-your-time`.
canned-take-your-time =
    Il n'y a pas d'urgence.
    Tu peux écrire quand tu veux. Tu n'as pas besoin de tout raconter maintenant.
# `!say shelter`: a safe place to sleep (never a promise: "we can look").
canned-shelter =
    As-tu un endroit sûr pour dormir ce soir ?
    Si non, dis-le-moi. Nous pouvons chercher ensemble un endroit où rester.
# `!say health`.
canned-health =
    As-tu besoin d'un médecin ?
    En Italie, tu peux voir un médecin même sans papiers. Si c'est urgent, appelle le { $emergency }.
# `!say police-your-choice`: exact on a legal point (talking to us is not reporting).
canned-police-your-choice =
    C'est toi qui décides.
    Parler avec nous, ce n'est pas porter plainte à la police. La police intervient seulement si tu le veux.
# `!say documents-kept`: someone else keeps the person's documents.
canned-documents-kept =
    Est-ce qu'une autre personne garde ton passeport ou tes papiers ?
    Tu peux me le dire. C'est important, et nous pouvons t'aider pour cela.
# `!say debt`: money owed to the people who brought or employ the person.
canned-debt =
    Est-ce que tu dois payer de l'argent à quelqu'un ?
    Une dette comme celle-ci n'est pas ta faute. Tu peux m'en parler ; nous ne te jugeons pas.
# `!say children`.
canned-children =
    Y a-t-il des enfants avec toi ?
    Si des enfants sont avec toi, l'aide peut être aussi pour eux. Dis-moi combien et quel âge.
# `!say where-roughly`: only the city, never an exact address.
canned-where-roughly =
    Dans quelle ville ou quelle zone es-tu maintenant ?
    Pas besoin de donner une adresse. La ville suffit pour trouver de l'aide près de toi.
# `!say delete-chat`: a safety tip.
canned-delete-chat =
    Un conseil pour toi.
    Si quelqu'un regarde ton téléphone, tu peux effacer cette conversation. Écris /exit et le bot efface ce qu'il peut.
# `!say come-back-later`: the person can come back.
canned-come-back-later =
    Tu peux revenir à tout moment.
    Écris ici quand tu veux, jour et nuit. Tu peux aussi appeler le { $phone }.
# `!say not-alone`.
canned-not-alone =
    Tu n'es pas sans soutien.
    Beaucoup de personnes ont trouvé de l'aide après une situation comme la tienne. Nous sommes là pour toi.
# `!say goodbye`: end of the conversation.
canned-goodbye =
    Merci de nous avoir écrit.
    Prends soin de toi. Si tu as besoin de nous, écris ici ou appelle le { $phone }.
