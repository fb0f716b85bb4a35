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
welcome-hello = Bună, și mulțumim că ne scrii.
# Right after welcome-hello: the bot says it is automatic and that a person can take over.
# "Confidential" is exact: the chat is not anonymous (the app knows the account).
welcome-free =
    Sunt un asistent automat. O persoană din echipa noastră poate să-ți scrie și ea aici.
    Acest chat este gratuit și confidențial. Nu trebuie să-ți dai numele.
    Mai întâi, alege limba.
# The language question; the options are each language's own name (language-name).
language-ask = Ce limbă preferi?

## Safety check

# Sent after the language choice, before safety-ask: message previews, and what the
# platform knows. Example: { $phone } = "800 290 290".
safety-privacy =
    Un sfat pentru intimitatea ta.
    Telefonul poate arăta mesajele noi pe ecranul de blocare. Ca să le ascunzi, oprește previzualizarea mesajelor în setările de notificări ale aplicației.
    Acest chat este confidențial, dar nu anonim: aplicația pe care o folosești îți cunoaște contul. Un apel la { $phone } poate fi anonim.
# A question with two buttons (safety-opt-yes, safety-opt-later).
safety-ask = Poți scrie în siguranță acum?
# Button, ≤ 30 characters.
safety-opt-yes = Da
# Button, ≤ 30 characters.
safety-opt-later = Nu acum
# After "Yes" to safety-ask.
safety-ok =
    Bine.
    Sfat: scrie /exit oricând, ca să ieși repede.
    Șterge acest chat acolo unde se poate.
# After "Not now" to safety-ask; first of three tips.
safety-tips-exit =
    Bine. Câteva sfaturi.
    Ca să ieși repede, scrie /exit oricând sau apasă butonul de mai jos.
    Șterge acest chat acolo unde se poate.
# Second tip.
safety-tips-delete =
    Poți șterge și tu acest chat, în aplicația ta.
    Botul poate șterge doar mesajele recente, așa că e bine să-l ștergi și tu.
# Third tip. Example: { $emergency } = "112".
safety-tips-emergency =
    Încă un lucru:
    dacă ești în pericol imediat, sună la { $emergency }.
# A question with three buttons after the tips.
safety-next-ask = Vrei să continui acum?
# Button, ≤ 30 characters.
safety-opt-continue = Continuă
# Button, ≤ 30 characters.
safety-opt-stop = Mă opresc deocamdată

## Who is writing (the main menu)

# The main menu: who is writing. Options: role-opt-*, nav-person, nav-leave.
role-ask =
    Mulțumim. Ce ți se potrivește cel mai bine?
    Alege „Întreb pentru munca mea” dacă lucrezi pentru o organizație, poliție, servicii sociale sau de sănătate, un sindicat sau o asociație de angajatori.
# Button, ≤ 30 characters.
role-opt-self = Ajutor pentru mine
# Button, ≤ 30 characters.
role-opt-other = Îmi fac griji pentru cineva
# Button, ≤ 30 characters; role-ask quotes it, keep both the same.
role-opt-work = Întreb pentru munca mea

## Option labels shared by every flow (buttons: 30 characters at most)

# Button, ≤ 30 characters: asks for a human operator.
nav-person = Vorbește cu o persoană
# Button, ≤ 30 characters.
nav-main-menu = Meniul principal
# Button, ≤ 30 characters.
nav-back = Înapoi
# Button, ≤ 30 characters: the quick exit.
nav-leave = Ieși și șterge chatul
# Button, ≤ 30 characters: "not safe now": the bot sends nothing until the person writes
# again. Neutral words: someone else may see the screen.
nav-not-safe = Acum nu pot citi

## Help

# /help, first part: the commands stay as they are (/menu, /lang…), never translated.
help-commands =
    Iată ce poți scrie oricând:
    /menu: vezi opțiunile
    /lang: schimbă limba
    /operator: vorbește cu o persoană
# /help, second part. Examples: { $helpline } = "Numero Verde Antitratta",
# { $phone } = "800 290 290", { $emergency } = "112". Calling can be anonymous.
help-more =
    /exit: ieși repede, șterge acest chat acolo unde se poate
    /help: acest mesaj
    { $helpline }: { $phone }, gratuit și anonim, zi și noapte.
    În pericol imediat: { $emergency }.

## Talk to a person (handoff from /operator or the main menu)

# The person asked for an operator. { $case } = "12": a reference number, not a police
# case; never the word "case" in the translation.
operator-queued =
    Bine, mulțumim.
    Cer unei persoane de la linia de ajutor să-ți răspundă aici. Numărul tău de referință este { $case }.
    Poți scrie cât aștepți. /menu ca să te întorci, /exit ca să ieși repede.

## Quick exit and end

# Neutral on purpose: it is the last thing left on the screen.
# same-as-en
exit-neutral = Ok.
# The conversation ended. Example: { $phone } = "800 290 290".
end-bye =
    Mulțumim că ne-ai scris.
    Poți scrie din nou oricând sau poți suna la { $phone }, zi și noapte.
