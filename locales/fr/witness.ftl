### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Witness flow: someone worried about another person. Signs, what to do and not do,
### how to report, talk to a person. Keep the signs general.
### For translators: CEFR A2; the first line of each message is what a lock screen shows,
### so it stays neutral. { $phone } = "800 290 290", { $emergency } = "112".

## Menu

# After "I'm worried about someone".
witness-intro =
    Merci pour ton message.
    Ici, tu peux trouver des informations si tu t'inquiètes pour quelqu'un, ou parler à une personne.
# The menu question; options below.
witness-menu-ask = Que veux-tu savoir ?
# Button, ≤ 30 characters.
witness-opt-signs = Les signes à remarquer
# Button, ≤ 30 characters.
witness-opt-advice = Quoi faire, quoi éviter
# Button, ≤ 30 characters.
witness-opt-report = Comment signaler

## Signs

# A list in two messages (a phone screen each).
witness-signs-list-1 =
    Voici quelques informations.
    Quelques signes possibles de traite ou d'exploitation : la personne
    • ne garde pas ses propres documents
    • est contrôlée, ou ne peut pas se déplacer librement
# The list, continued (no first-line rule problem: it starts with a bullet).
witness-signs-list-2 =
    • a une dette qu'elle ne peut pas rembourser
    • travaille de très longues heures pour peu ou pas d'argent
    • semble avoir peur
# Example: { $phone } = "800 290 290".
witness-signs-note =
    Ce sont seulement des signes possibles, pas des preuves.
    Si tu as un doute, la ligne d'écoute peut te conseiller : { $phone }, gratuit, jour et nuit.

## What to do and not do

# First of two messages of advice.
witness-advice-dont =
    Quelques conseils.
    Ne confronte pas l'exploiteur, et ne mène pas l'enquête toi-même.
    Ne fais rien qui pourrait mettre la personne en danger.
# Example: { $phone } = "800 290 290", { $emergency } = "112".
witness-advice-do =
    Ce que tu peux faire :
    écouter la personne. Partager le numéro { $phone } : gratuit, anonyme, jour et nuit.
    Si quelqu'un est en danger, appelle le { $emergency }.

## How to report

# Calling the helpline is not a complaint to the police.
witness-report-call =
    Voici quelques informations.
    Pour signaler, appelle le { $phone } : gratuit, anonyme, jour et nuit. Ce n'est pas une plainte à la police.
    La ligne d'écoute peut te conseiller et se mettre en lien avec les services locaux et, si besoin, les forces de l'ordre.
# Example: { $emergency } = "112".
witness-report-urgent =
    Encore une chose :
    si quelqu'un est en danger immédiat, appelle le { $emergency }.
    Tu peux aussi parler à une personne ici : choisis-le ci-dessous.

## Talk to a person

# { $case } = "12": a reference number, not a police case.
witness-person-queued =
    D'accord, merci.
    Je demande à une personne de la ligne d'écoute de te répondre ici. Ton numéro de référence est { $case }.
    Tu peux déjà écrire ce qui t'inquiète. /menu pour revenir.
