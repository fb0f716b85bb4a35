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
