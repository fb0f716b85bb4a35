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
welcome-hello = Përshëndetje, dhe faleminderit që na shkruan.
# Right after welcome-hello: the bot says it is automatic and that a person can take over.
# "Confidential" is exact: the chat is not anonymous (the app knows the account).
welcome-free =
    Unë jam një asistent automatik. Edhe një person nga ekipi ynë mund të shkruajë me ty këtu.
    Kjo bisedë është falas dhe konfidenciale. Nuk ke nevojë të thuash emrin.
    Së pari, zgjidh gjuhën tënde.
# The language question; the options are each language's own name (language-name).
language-ask = Cilën gjuhë parapëlqen?

## Safety check

# Sent after the language choice, before safety-ask: message previews, and what the
# platform knows. Example: { $phone } = "800 290 290".
safety-privacy =
    Një këshillë për privatësinë tënde.
    Telefoni mund t'i tregojë mesazhet e reja në ekranin e kyçur. Për t'i fshehur, çaktivizo pamjen paraprake të mesazheve te cilësimet e njoftimeve të aplikacionit.
    Kjo bisedë është konfidenciale, por jo anonime: aplikacioni që përdor e njeh llogarinë tënde. Një telefonatë në { $phone } mund të jetë anonime.
# A question with two buttons (safety-opt-yes, safety-opt-later).
safety-ask = A mund të shkruash tani në mënyrë të sigurt?
# Button, ≤ 30 characters.
safety-opt-yes = Po
# Button, ≤ 30 characters.
safety-opt-later = Jo tani
# After "Yes" to safety-ask.
safety-ok =
    Mirë.
    Këshillë: shkruaj /exit në çdo kohë për të dalë shpejt.
    Kjo e fshin këtë bisedë kur është e mundur.
# After "Not now" to safety-ask; first of three tips.
safety-tips-exit =
    Mirë. Disa këshilla.
    Për të dalë shpejt, shkruaj /exit në çdo kohë, ose shtyp butonin më poshtë.
    Kjo e fshin këtë bisedë kur është e mundur.
# Second tip.
safety-tips-delete =
    Mund ta fshish edhe vetë këtë bisedë, në aplikacionin tënd.
    Roboti mund të fshijë vetëm mesazhet e fundit, prandaj është mirë ta bësh edhe vetë.
# Third tip. Example: { $emergency } = "112".
safety-tips-emergency =
    Edhe një gjë:
    nëse je në rrezik të menjëhershëm, telefono { $emergency }.
# A question with three buttons after the tips.
safety-next-ask = Do të vazhdosh tani?
# Button, ≤ 30 characters.
safety-opt-continue = Vazhdo
# Button, ≤ 30 characters.
safety-opt-stop = Ndalo për tani

## Who is writing (the main menu)

# The main menu: who is writing. Options: role-opt-*, nav-person, nav-leave.
role-ask =
    Faleminderit. Cila të përshtatet më shumë?
    Zgjidh “Pyes për punën time” nëse punon për një organizatë, policinë, shërbimet sociale ose shëndetësore, një sindikatë ose një shoqatë punëdhënësish.
# Button, ≤ 30 characters.
role-opt-self = Më duhet ndihmë për veten
# Button, ≤ 30 characters.
role-opt-other = Më shqetëson dikush tjetër
# Button, ≤ 30 characters; role-ask quotes it, keep both the same.
role-opt-work = Pyes për punën time

## Option labels shared by every flow (buttons: 30 characters at most)

# Button, ≤ 30 characters: asks for a human operator.
nav-person = Fol me një person
# Button, ≤ 30 characters.
nav-main-menu = Menuja kryesore
# Button, ≤ 30 characters.
nav-back = Prapa
# Button, ≤ 30 characters: the quick exit.
nav-leave = Dil dhe fshi bisedën
# Button, ≤ 30 characters: "not safe now": the bot sends nothing until the person writes
# again. Neutral words: someone else may see the screen.
nav-not-safe = Nuk mund të lexoj tani

## Help

# /help, first part: the commands stay as they are (/menu, /lang…), never translated.
help-commands =
    Ja çfarë mund të shkruash në çdo kohë:
    /menu: shiko opsionet
    /lang: ndrysho gjuhën
    /operator: fol me një person
# /help, second part. Examples: { $helpline } = "Numero Verde Antitratta",
# { $phone } = "800 290 290", { $emergency } = "112". Calling can be anonymous.
help-more =
    /exit: dil shpejt, fshin këtë bisedë kur është e mundur
    /help: ky mesazh
    { $helpline }: { $phone }, falas dhe anonim, ditë e natë.
    Në rrezik të menjëhershëm: { $emergency }.

## Talk to a person (handoff from /operator or the main menu)

# The person asked for an operator. { $case } = "12": a reference number, not a police
# case; never the word "case" in the translation.
operator-queued =
    Mirë, faleminderit.
    Po i kërkoj një personi nga linja e ndihmës të të përgjigjet këtu. Numri yt i referencës është { $case }.
    Mund të shkruash ndërsa pret. /menu për t'u kthyer, /exit për të dalë shpejt.

## Quick exit and end

# Neutral on purpose: it is the last thing left on the screen.
exit-neutral = Mirë.
# The conversation ended. Example: { $phone } = "800 290 290".
end-bye =
    Faleminderit që na shkrove.
    Mund të shkruash përsëri në çdo kohë, ose të telefonosh { $phone }, ditë e natë.
