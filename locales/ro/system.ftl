### varco-review: unreviewed
### legal-review: none
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Built-in messages the engine itself needs (see flows/README.md), and the language's own name.
### For translators: person-facing, CEFR A2; the first line of each message is what a lock
### screen shows (no helpline, danger, police, case…). Commands (/menu, /operator…) stay as
### they are. { $phone } = "800 290 290", { $emergency } = "112" in every message.

# The language's own name, shown in the language choice (a button, ≤ 30 characters).
language-name = Română

# The person typed a /command that does not exist; the question is asked again after it.
sys-unknown-command =
    Scuze, nu cunosc această comandă.
    Scrie /help ca să vezi comenzile pe care le poți folosi.
# Free text, or a number out of range, where the bot shows numbered options; the options
# follow. Kind, and offers a person. Example: { $max } = "5".
sys-choose-number =
    Mulțumim pentru mesaj. Aici pot citi doar numărul unei opțiuni.
    Te rog răspunde cu un număr de la 1 la { $max }. Ca să scrii unei persoane, scrie /operator.
# An empty message.
sys-empty =
    Mesajul pare gol.
    Te rog scrie din nou sau scrie /menu.
# A message over the limit. Example: { $max } = "4096".
sys-too-long =
    Scuze, mesajul este prea lung pentru mine.
    Te rog scrie cel mult { $max } caractere o dată sau scrie /operator ca să vorbești cu o persoană.
# A photo, voice note, file… while no person is in the chat.
sys-media =
    Mulțumim. Pot citi doar mesaje scrise.
    Nu pot deschide poze, mesaje vocale, fișiere sau stickere.
    O persoană de la linia de ajutor le poate primi: scrie /operator.
# A file too large to pass on to the operator. Example: { $megabytes } = "20".
sys-media-too-large =
    Fișierul este prea mare ca să fie transmis (limita este { $megabytes } MB), așa că operatorul nu îl poate vedea.
    Poți trimite unul mai mic sau poți spune în cuvinte ce arată.
# An old menu's button was pressed; the current menu follows. First line on a lock screen.
sys-stale-menu = Meniul acesta este vechi. Iată meniul actual.
# The person edited an earlier message.
sys-edited =
    Mulțumim. Citesc doar mesajele noi, nu modificările la mesajele vechi.
    Te rog trimite-l din nou ca mesaj nou sau scrie /menu.
# Sent once when a chat sends more messages in a minute than the bot takes.
sys-slow-down =
    Mulțumim. Scrii mai repede decât pot citi.
    Te rog așteaptă un minut, apoi scrie din nou. În pericol: { $emergency }.
# A person asked for a human, but no operator channel is running.
sys-no-operator =
    Mulțumim că ai întrebat.
    Acum nu poate răspunde nimeni în acest chat, ne pare rău.
    Te rog sună la { $phone }: gratuit, anonim, zi și noapte, în multe limbi.
    În pericol: { $emergency }.
# A person asked for a human while the operators' chat system is down: the request is
# kept and reaches the team when it is back. Never say a person is coming.
sys-operators-down =
    Mulțumim, cererea ta a fost notată.
    Acum nimeni din echipă nu poate citi acest chat, ne pare rău. Mesajele tale sunt păstrate pentru ei.
    Dacă ai nevoie de ajutor acum, sună la { $phone }: gratuit, anonim, zi și noapte. În pericol: { $emergency }.
# Whole messages that work like /exit (comma-separated; lowercase is fine). Keep them
# words nobody sends by accident.
sys-exit-words = exit, quit, quick exit, ieșire rapidă, ieșire, șterge chatul
# Words or phrases (comma-separated) that flag the conversation for operators, who may
# take it over; the bot answers as usual. Whole words; phrases anywhere in a message.
sys-danger-words = pericol, în pericol, ajutați-mă, ajută-mă, salvați-mă, mă bate, m-a bătut, m-au bătut, m-au închis, sunt închisă, sunt închis, mă omoară, vor să mă omoare, mi-au luat pașaportul
# Two answers in a row the bot could not use; the question follows.
sys-not-understood =
    Scuze, nu am înțeles.
    Scrie /menu ca să vezi opțiunile sau /operator ca să vorbești cu o persoană.
# A command or button while waiting for an operator.
sys-waiting-operator =
    Mulțumim, ești la rând.
    Mesajele tale sunt transmise. O persoană îți va răspunde imediat ce este liberă.
    /menu ca să nu mai aștepți. Poți suna și la { $phone }, zi și noapte.
    În pericol: { $emergency }.
# The person stopped waiting for an operator.
sys-left-queue =
    Bine. Nu mai ești la rând.
    Poți cere din nou o persoană oricând, cu /operator.
# One line of the local projects list; { $project_phone } is the project's own number, or "none".
sys-referral-entry = { $project_phone ->
        [none] • { $city }: { $name }
       *[other] • { $city }: { $name }, { $project_phone }
    }
# After a list in which some project has no number of its own.
sys-referral-via-helpline =
    Numărul național { $phone } te poate pune în legătură cu ei, zi și noapte.
    /menu pentru alte opțiuni.
# No local project for the place the person typed (never repeat the place).
sys-referral-none =
    Încă nu am un contact local pentru acel loc.
    Numărul național { $phone } funcționează în toată Italia, zi și noapte.

## The operator's side of a handoff, as the person sees it.
# An operator took the conversation.
sys-operator-joined =
    Bună, acum este aici o persoană pentru tine.
    Cineva din echipa liniei de ajutor îți răspunde aici. Scrie cum vrei; poți suna și la { $phone }, zi și noapte.
# Another operator took the conversation over (the first one had not answered for a while).
sys-operator-changed =
    Bună, poți continua să scrii aici.
    Acum îți răspunde aici altcineva din echipa liniei de ajutor. Poți suna și la { $phone }, zi și noapte.
# The operator gave the conversation back to the bot.
sys-operator-left =
    Vorbești din nou cu asistentul automat.
    Scrie /menu ca să vezi opțiunile sau /operator ca să ceri o persoană.
# The operator ended the conversation.
sys-case-closed =
    Mulțumim că ne-ai scris.
    Conversația cu persoana de la linia de ajutor s-a încheiat. Poți scrie din nou oricând
    sau poți suna la { $phone }: gratuit, anonim, zi și noapte. În pericol: { $emergency }.
# The person asked for an operator while nobody is on duty.
sys-nobody-on-duty =
    Mulțumim, cererea ta a fost notată.
    Acum nu este online nicio persoană de la linia de ajutor în acest chat, ne pare rău.
    Te rog sună la { $phone }: gratuit, anonim, zi și noapte. În pericol: { $emergency }.
    Cererea ta rămâne deschisă: dacă vine cineva online, îți va scrie aici.
# Sent when nobody has answered for a while.
sys-nobody-answered =
    Mulțumim pentru răbdare.
    Încă nu a fost nimeni liber să răspundă aici, ne pare rău.
    Te rog sună la { $phone }: gratuit, anonim, zi și noapte. În pericol: { $emergency }.
    Ești în continuare la rând: o persoană îți va scrie aici imediat ce este liberă.

## `/menu` while waiting for a person: asked first, never cancelled by one command.
# A question with two buttons (sys-leave-opt-stay, sys-leave-opt-menu).
sys-leave-ask =
    Vrei să te întorci la meniu?
    Dacă mergi la meniu, cererea de a vorbi cu o persoană se încheie. Poți cere din nou oricând, cu /operator.
# Button, ≤ 30 characters: keep the request open.
sys-leave-opt-stay = Aștept în continuare
# Button, ≤ 30 characters: end the request and show the menu.
sys-leave-opt-menu = Mergi la meniu
# After "Keep waiting".
sys-still-waiting =
    Bine, cererea ta rămâne deschisă.
    O persoană îți va răspunde aici imediat ce este liberă. Poți continua să scrii.
# Matrix only: the person's message could not be opened by the bot (it arrived encrypted
# with keys the bot does not have). Sent at most once every few minutes per chat, however
# many such messages come. Neutral first line.
sys-send-again =
    Scuze, nu am putut citi ultimul tău mesaj.
    Te rog trimite-l din nou.
# Matrix only: the person's chat is not encrypted and the bot cannot turn encryption on, so
# it answers nothing else there. Sent once; the bot then leaves the chat. Neutral first line.
sys-chat-not-private =
    Scuze, nu pot răspunde în acest chat.
    Te rog sună la { $phone }: gratuit, anonim, zi și noapte, în multe limbi.
    În pericol: { $emergency }.
# /safeword without a word: the next message is the word. It works like /exit.
sys-safeword-ask =
    Ok.
    Acum scrie cuvântul tău, doar el, într-un mesaj. Mai târziu, dacă scrii doar acest cuvânt, șterg acest chat și îl uit, ca /exit.
    Alege un cuvânt pe care alții nu-l ghicesc. Nu un număr.
# The safe word is saved (only in a form nobody can read back).
sys-safeword-set =
    Ok.
    Cuvântul tău este salvat. Dacă scrii doar acest cuvânt, șterg acest chat și îl uit, ca /exit.
    Nimeni nu poate citi cuvântul înapoi, nici linia de ajutor.
# The word cannot be used (too short, too long, or only numbers).
sys-safeword-invalid =
    Îmi pare rău, nu pot folosi acest cuvânt.
    Trebuie să aibă între 3 și 40 de litere, și nu doar cifre. Scrie /safeword ca să încerci din nou.
# /notsafe or the menu choice: nothing is sent until the person writes again.
sys-notsafe-ok =
    Ok.
    Acum nu trimit nimic. Când poți citi din nou, scrie-mi orice mesaj și continui.
# The person wrote a sentence that looks like this language while the chat is in another
# one. Asked IN THIS LANGUAGE (the one the person seems to write), with two buttons
# (sys-switch-yes, sys-switch-no). Name the language in itself.
sys-switch-ask = Se pare că scrii în română. Vrei să continui în română?
# Button, ≤ 30 characters: switch to this language.
sys-switch-yes = Da, română
# Button, ≤ 30 characters: keep the language the chat is in now.
sys-switch-no = Nu, mulțumesc
# After an update of the bot, the question the person was answering no longer exists.
sys-node-gone = Această parte a chatului s-a schimbat. Iată din nou meniul.
