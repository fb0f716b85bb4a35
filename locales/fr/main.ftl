### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Main flow: welcome, language, safety check, who is writing, help, operator, quick exit,
### end, and the option labels shared by every flow (nav-*).
### Rule: the first line of every message must be harmless on a lock screen.
### For translators: person-facing texts are CEFR A2 (short sentences, everyday words),
### gender-neutral, with no promises. Button labels (`*-opt-*`, `nav-*`) fit in 30
### characters. The first line of each message is what a lock screen shows: keep it free of
### words like helpline, trafficking, exploitation, danger, police, case, victim, abuse.
### Variables every message may use: { $phone } = "800 290 290", { $emergency } = "112",
### { $helpline } = "Numero Verde Antitratta" (a name: never translated).

## Welcome and language

# The very first message of a conversation, before the language choice (in the phone's
# language when Varco has it).
welcome-hello = Bonjour, et merci pour ton message.
# Right after welcome-hello: the bot says it is automatic and that a person can take over.
# "Confidential" is exact: the chat is not anonymous (the app knows the account).
welcome-free =
    Je suis un assistant automatique. Une personne de notre équipe peut aussi t'écrire ici.
    Ce chat est gratuit et confidentiel. Tu n'as pas besoin de donner ton nom.
    D'abord, choisis ta langue.
# The language question; the options are each language's own name (language-name).
language-ask = Quelle langue préfères-tu ?

## Safety check

# Sent after the language choice, before safety-ask: message previews, and what the
# platform knows. Example: { $phone } = "800 290 290".
safety-privacy =
    Un conseil pour ta vie privée.
    Ton téléphone peut montrer les nouveaux messages sur l'écran verrouillé. Pour les cacher, désactive l'aperçu des messages dans les réglages de notification de ton application.
    Ce chat est confidentiel, mais pas anonyme : l'application que tu utilises connaît ton compte. Un appel au { $phone } peut être anonyme.
# A question with two buttons (safety-opt-yes, safety-opt-later).
safety-ask = Peux-tu écrire sans risque maintenant ?
# Button, ≤ 30 characters.
safety-opt-yes = Oui
# Button, ≤ 30 characters.
safety-opt-later = Pas maintenant
# After "Yes" to safety-ask.
safety-ok =
    Très bien.
    Conseil : écris /exit à tout moment pour partir vite.
    Cela efface ce chat quand c'est possible.
# After "Not now" to safety-ask; first of three tips.
safety-tips-exit =
    D'accord. Quelques conseils.
    Pour partir vite, écris /exit à tout moment, ou appuie sur le bouton ci-dessous.
    Cela efface ce chat quand c'est possible.
# Second tip.
safety-tips-delete =
    Tu peux aussi effacer ce chat toi-même, dans ton application.
    Le bot peut seulement effacer les messages récents, alors c'est utile de le faire aussi toi-même.
# Third tip. Example: { $emergency } = "112".
safety-tips-emergency =
    Encore une chose :
    si tu es en danger immédiat, appelle le { $emergency }.
# A question with three buttons after the tips.
safety-next-ask = Veux-tu continuer maintenant ?
# Button, ≤ 30 characters.
safety-opt-continue = Continuer
# Button, ≤ 30 characters.
safety-opt-stop = Arrêter pour l'instant

## Who is writing (the main menu)

# The main menu: who is writing. Options: role-opt-*, nav-person, nav-leave.
role-ask =
    Merci. Qu'est-ce qui te correspond le mieux ?
    Choisis « Je demande pour mon travail » si tu travailles pour une organisation, la police, les services sociaux ou de santé, un syndicat ou une association d'employeurs.
# Button, ≤ 30 characters.
role-opt-self = J'ai besoin d'aide pour moi
# Button, ≤ 30 characters.
role-opt-other = Je m'inquiète pour quelqu'un
# Button, ≤ 30 characters; role-ask quotes it, keep both the same.
role-opt-work = Je demande pour mon travail

## Option labels shared by every flow (buttons: 30 characters at most)

# Button, ≤ 30 characters: asks for a human operator.
nav-person = Parler à une personne
# Button, ≤ 30 characters.
nav-main-menu = Menu principal
# Button, ≤ 30 characters.
nav-back = Retour
# Button, ≤ 30 characters: the quick exit.
nav-leave = Quitter et effacer le chat
# Button, ≤ 30 characters: "not safe now": the bot sends nothing until the person writes
# again. Neutral words: someone else may see the screen.
nav-not-safe = Je ne peux pas lire maintenant

## Help

# /help, first part: the commands stay as they are (/menu, /lang…), never translated.
help-commands =
    Voici ce que tu peux écrire à tout moment :
    /menu : voir les options
    /lang : changer de langue
    /operator : parler à une personne
# /help, second part. Examples: { $helpline } = "Numero Verde Antitratta",
# { $phone } = "800 290 290", { $emergency } = "112". Calling can be anonymous.
help-more =
    /exit : partir vite, efface ce chat quand c'est possible
    /help : ce message
    { $helpline } : { $phone }, gratuit et anonyme, jour et nuit.
    En danger immédiat : { $emergency }.

## Talk to a person (handoff from /operator or the main menu)

# The person asked for an operator. { $case } = "12": a reference number, not a police
# case; never the word "case" in the translation.
operator-queued =
    D'accord, merci.
    Je demande à une personne de la ligne d'écoute de te répondre ici. Ton numéro de référence est { $case }.
    Tu peux écrire pendant que tu attends. /menu pour revenir, /exit pour partir vite.

## Quick exit and end

# Neutral on purpose: it is the last thing left on the screen.
exit-neutral = D'accord.
# The conversation ended. Example: { $phone } = "800 290 290".
end-bye =
    Merci pour ton message.
    Tu peux écrire de nouveau à tout moment, ou appeler le { $phone }, jour et nuit.
