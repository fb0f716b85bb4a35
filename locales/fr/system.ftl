### varco-review: unreviewed
### legal-review: none
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Built-in messages the engine itself needs (see flows/README.md), and the language's own name.
### For translators: person-facing, CEFR A2; the first line of each message is what a lock
### screen shows (no helpline, danger, police, case…). Commands (/menu, /operator…) stay as
### they are. { $phone } = "800 290 290", { $emergency } = "112" in every message.

# The language's own name, shown in the language choice (a button, ≤ 30 characters).
language-name = Français

# The person typed a /command that does not exist; the question is asked again after it.
sys-unknown-command =
    Désolé, je ne connais pas cette commande.
    Écris /help pour voir les commandes que tu peux utiliser.
# Free text, or a number out of range, where the bot shows numbered options; the options
# follow. Kind, and offers a person. Example: { $max } = "5".
sys-choose-number =
    Merci pour ton message. Ici, je peux seulement lire le numéro d'une option.
    Réponds avec un numéro de 1 à { $max }. Pour écrire à une personne, écris /operator.
# An empty message.
sys-empty =
    Ton message semble vide.
    Écris de nouveau, ou écris /menu.
# A message over the limit. Example: { $max } = "4096".
sys-too-long =
    Désolé, ce message est trop long pour moi.
    Écris au maximum { $max } caractères à la fois, ou écris /operator pour parler à une personne.
# A photo, voice note, file… while no person is in the chat.
sys-media =
    Merci. Je peux seulement lire les messages écrits.
    Je ne peux pas ouvrir les photos, les messages vocaux, les fichiers ou les stickers.
    Une personne de la ligne d'écoute peut les recevoir : écris /operator.
# A file too large to pass on to the operator. Example: { $megabytes } = "20".
sys-media-too-large =
    Ce fichier est trop gros pour être transmis (la limite est de { $megabytes } Mo), donc la personne de l'équipe ne peut pas le voir.
    Tu peux en envoyer un plus petit, ou dire avec des mots ce qu'il montre.
# An old menu's button was pressed; the current menu follows. First line on a lock screen.
sys-stale-menu = Ce menu est ancien. Voici le menu actuel.
# The person edited an earlier message.
sys-edited =
    Merci. Je lis seulement les nouveaux messages, pas les changements des anciens.
    Envoie-le de nouveau comme nouveau message, ou écris /menu.
# Sent once when a chat sends more messages in a minute than the bot takes.
sys-slow-down =
    Merci. Tu écris plus vite que je ne peux lire.
    Attends une minute, puis écris de nouveau. En danger : { $emergency }.
# A person asked for a human, but no operator channel is running.
sys-no-operator =
    Merci pour ta demande.
    En ce moment, personne ne peut répondre dans ce chat, désolé.
    Appelle le { $phone } : gratuit, anonyme, jour et nuit, en plusieurs langues.
    En danger : { $emergency }.
# A person asked for a human while the operators' chat system is down: the request is
# kept and reaches the team when it is back. Never say a person is coming.
sys-operators-down =
    Merci, ta demande est notée.
    En ce moment, personne de l'équipe ne peut lire ce chat, désolé. Tes messages sont gardés pour l'équipe.
    Si tu as besoin d'aide maintenant, appelle le { $phone } : gratuit, anonyme, jour et nuit. En danger : { $emergency }.
# Whole messages that work like /exit (comma-separated; lowercase is fine). Keep them
# words nobody sends by accident.
sys-exit-words = exit, quit, quitter, sortie rapide, quick exit
# Words or phrases (comma-separated) that flag the conversation for operators, who may
# take it over; the bot answers as usual. Whole words; phrases anywhere in a message.
sys-danger-words = danger, en danger, aidez moi, aide moi, à l'aide, à l’aide, au secours, il me frappe, ils me frappent, on me frappe, frappé, frappée, enfermé, enfermée, ils vont me tuer, on va me tuer, ils ont pris mon passeport, on m'a pris mon passeport, on m’a pris mon passeport
# Two answers in a row the bot could not use; the question follows.
sys-not-understood =
    Désolé, je n'ai pas compris.
    Écris /menu pour voir les options, ou /operator pour parler à une personne.
# A command or button while waiting for an operator.
sys-waiting-operator =
    Merci, ta demande est dans la file d'attente.
    Tes messages sont transmis. Une personne va répondre dès qu'elle sera libre.
    /menu pour arrêter d'attendre. Tu peux aussi appeler le { $phone }, jour et nuit.
    En danger : { $emergency }.
# The person stopped waiting for an operator.
sys-left-queue =
    D'accord. Tu as quitté la file d'attente.
    Tu peux demander une personne de nouveau à tout moment avec /operator.
# One line of the local projects list; { $project_phone } is the project's own number, or "none".
sys-referral-entry = { $project_phone ->
        [none] • { $city } : { $name }
       *[other] • { $city } : { $name }, { $project_phone }
    }
# After a list in which some project has no number of its own.
sys-referral-via-helpline =
    Le numéro national { $phone } peut te mettre en contact avec eux, jour et nuit.
    /menu pour plus d'options.
# No local project for the place the person typed (never repeat the place).
sys-referral-none =
    Je n'ai pas encore de contact local pour ce lieu.
    Le numéro national { $phone } marche partout en Italie, jour et nuit.

## The operator's side of a handoff, as the person sees it.
# An operator took the conversation.
sys-operator-joined =
    Bonjour, une personne est là pour toi maintenant.
    Quelqu'un de l'équipe de la ligne d'écoute te répond ici. Écris comme tu veux ; tu peux aussi appeler le { $phone }, jour et nuit.
# Another operator took the conversation over (the first one had not answered for a while).
sys-operator-changed =
    Bonjour, tu peux continuer à écrire ici.
    Une autre personne de l'équipe du numéro d'aide te répond ici maintenant. Tu peux aussi appeler le { $phone }, jour et nuit.
# The operator gave the conversation back to the bot.
sys-operator-left =
    Tu parles de nouveau avec l'assistant automatique.
    Écris /menu pour voir les options, ou /operator pour demander une personne.
# The operator ended the conversation.
sys-case-closed =
    Merci pour ton message.
    La conversation avec la personne de la ligne d'écoute est terminée. Tu peux écrire de nouveau à tout moment,
    ou appeler le { $phone } : gratuit, anonyme, jour et nuit. En danger : { $emergency }.
# The person asked for an operator while nobody is on duty.
sys-nobody-on-duty =
    Merci, ta demande est notée.
    En ce moment, personne de la ligne d'écoute n'est en ligne dans ce chat, désolé.
    Appelle le { $phone } : gratuit, anonyme, jour et nuit. En danger : { $emergency }.
    Ta demande reste ouverte : si quelqu'un se connecte, cette personne t'écrira ici.
# Sent when nobody has answered for a while.
sys-nobody-answered =
    Merci d'avoir attendu.
    Personne n'a encore été libre pour répondre ici, désolé.
    Appelle le { $phone } : gratuit, anonyme, jour et nuit. En danger : { $emergency }.
    Tu es toujours dans la file d'attente : une personne va écrire ici dès qu'elle sera libre.

## `/menu` while waiting for a person: asked first, never cancelled by one command.
# A question with two buttons (sys-leave-opt-stay, sys-leave-opt-menu).
sys-leave-ask =
    Veux-tu revenir au menu ?
    Si tu vas au menu, ta demande de parler à une personne se termine. Tu peux demander de nouveau à tout moment avec /operator.
# Button, ≤ 30 characters: keep the request open.
sys-leave-opt-stay = Continuer à attendre
# Button, ≤ 30 characters: end the request and show the menu.
sys-leave-opt-menu = Aller au menu
# After "Keep waiting".
sys-still-waiting =
    Très bien, ta demande reste ouverte.
    Une personne va te répondre ici dès qu'elle sera libre. Tu peux continuer à écrire.
# Matrix only: the person's message could not be opened by the bot (it arrived encrypted
# with keys the bot does not have). Sent at most once every few minutes per chat, however
# many such messages come. Neutral first line.
sys-send-again =
    Désolé, je n'ai pas pu lire ton dernier message.
    Envoie-le de nouveau, s'il te plaît.
# Matrix only: the person's chat is not encrypted and the bot cannot turn encryption on, so
# it answers nothing else there. Sent once; the bot then leaves the chat. Neutral first line.
sys-chat-not-private =
    Désolé, je ne peux pas répondre dans ce chat.
    Appelle le { $phone } : gratuit, anonyme, jour et nuit, en plusieurs langues.
    En danger : { $emergency }.
# /safeword without a word: the next message is the word. It works like /exit.
sys-safeword-ask =
    Ok.
    Maintenant, écris ton propre mot, seul dans un message. Plus tard, si tu écris seulement ce mot, j'efface cette conversation et je l'oublie, comme /exit.
    Choisis un mot que les autres ne devinent pas. Pas un nombre.
# The safe word is saved (only in a form nobody can read back).
sys-safeword-set =
    Ok.
    Ton mot est enregistré. Si tu écris seulement ce mot, j'efface cette conversation et je l'oublie, comme /exit.
    Personne ne peut relire ce mot, même pas le numéro d'aide.
# The word cannot be used (too short, too long, or only numbers).
sys-safeword-invalid =
    Pardon, je ne peux pas utiliser ce mot.
    Il faut de 3 à 40 lettres, et pas seulement des chiffres. Écris /safeword pour essayer encore.
# /notsafe or the menu choice: nothing is sent until the person writes again.
sys-notsafe-ok =
    Ok.
    Je n'envoie rien maintenant. Quand tu peux lire de nouveau, écris-moi n'importe quel message et je continue.
# The person wrote a sentence that looks like this language while the chat is in another
# one. Asked IN THIS LANGUAGE (the one the person seems to write), with two buttons
# (sys-switch-yes, sys-switch-no). Name the language in itself.
sys-switch-ask = On dirait que tu écris en français. Veux-tu continuer en français ?
# Button, ≤ 30 characters: switch to this language.
sys-switch-yes = Oui, français
# Button, ≤ 30 characters: keep the language the chat is in now.
sys-switch-no = Non, merci
# After an update of the bot, the question the person was answering no longer exists.
sys-node-gone = Cette partie de la conversation a changé. Voici de nouveau le menu.
