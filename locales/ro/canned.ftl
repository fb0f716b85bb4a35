### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Canned replies an operator sends with `!say <name>` (the name is the id without
### `canned-`). Rendered in the person's language. Short, calm, with a way forward.
### For translators: CEFR A2; the first line is what a lock screen shows, so it stays
### neutral. { $phone } = "800 290 290", { $emergency } = "112".

# `!say safe-now`: asks whether the person is safe.
canned-safe-now =
    Cum te simți acum?
    Ești într-un loc sigur? Poți răspunde cu da sau nu.
# `!say call-112`. Example: { $emergency } = "112".
canned-call-112 =
    Poți suna oricând la { $emergency }, gratuit.
    Dacă ești în pericol acum, te rog sună. Merge chiar și fără credit pe telefon.
# `!say free-anonymous` (the id stays; the text is exact: the chat is confidential, a call
# can be anonymous). Example: { $phone } = "800 290 290".
canned-free-anonymous =
    Să vorbești cu noi este gratuit. Nu trebuie să-ți spui numele.
    Acest chat este confidențial, dar nu anonim: aplicația pe care o folosești îți cunoaște contul. Un apel la { $phone } poate fi anonim.
# `!say no-documents`.
canned-no-documents =
    Bine de știut:
    nu ai nevoie de acte ca să primești ajutor. Poți primi ajutor și fără permis de ședere.
    A cere ajutor nu este o plângere la poliție: tu decizi.
# `!say protection`: the single programme, never a promise ("can offer").
canned-protection =
    În Italia există ajutor pentru tine.
    Există un program de protecție pentru persoanele exploatate. Poate oferi un loc sigur de locuit, mâncare, îngrijire medicală și ajutor cu actele și cu munca.
# `!say still-there`.
canned-still-there =
    Mai ești aici?
    Scrie când poți; noi suntem aici.
