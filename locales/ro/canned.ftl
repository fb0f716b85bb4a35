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
# `!say hello`: the operator's first words.
canned-hello =
    Bună, sunt aici acum.
    Lucrez cu linia de ajutor. Poți să-mi scrii cu cuvintele tale, în ritmul tău.
# `!say reading`: the operator is reading what the person wrote.
canned-reading =
    Îți citesc mesajele.
    Te rog, dă-mi un moment, îți răspund curând.
# `!say call-helpline`. Example: { $phone } = "800 290 290".
canned-call-helpline =
    Poți da un telefon acum?
    Dacă poți, sună la { $phone }. Este gratuit și poți vorbi în limba ta cu un mediator cultural.
# `!say mediator`: a cultural mediator who speaks the person's language will be found.
canned-mediator =
    Căutăm o persoană care vorbește limba ta.
    Poate dura puțin. Îți scriem aici când găsim pe cineva.
# `!say take-your-time`.
canned-take-your-time =
    Nu e nicio grabă.
    Poți scrie când vrei. Nu trebuie să spui totul acum.
# `!say shelter`: a safe place to sleep (never a promise: "we can look").
canned-shelter =
    Ai un loc sigur unde să dormi în noaptea asta?
    Dacă nu, spune-mi. Putem căuta împreună un loc unde poți sta.
# `!say health`.
canned-health =
    Ai nevoie de un medic?
    În Italia poți merge la medic chiar și fără documente. Dacă este urgent, sună la { $emergency }.
# `!say police-your-choice`: exact on a legal point (talking to us is not reporting).
canned-police-your-choice =
    Tu decizi ce se întâmplă.
    Să vorbești cu noi nu este o plângere la poliție. Poliția se implică doar dacă vrei tu.
# `!say documents-kept`: someone else keeps the person's documents.
canned-documents-kept =
    Altcineva îți ține pașaportul sau documentele?
    Poți să-mi spui. Este important și te putem ajuta cu asta.
# `!say debt`: money owed to the people who brought or employ the person.
canned-debt =
    Trebuie să plătești bani cuiva?
    O datorie ca asta nu este vina ta. Poți să-mi spui despre ea; nu te judecăm.
# `!say children`.
canned-children =
    Sunt copii cu tine?
    Dacă sunt copii cu tine, ajutorul poate fi și pentru ei. Spune-mi câți sunt și ce vârstă au.
# `!say where-roughly`: only the city, never an exact address.
canned-where-roughly =
    În ce oraș sau zonă ești acum?
    Nu trebuie să dai o adresă. Orașul este destul ca să găsim ajutor aproape de tine.
# `!say delete-chat`: a safety tip.
canned-delete-chat =
    Un sfat pentru siguranța ta.
    Dacă cineva îți verifică telefonul, poți șterge acest chat. Scrie /exit și botul șterge ce poate.
# `!say come-back-later`: the person can come back.
canned-come-back-later =
    Poți reveni oricând.
    Scrie aici din nou când vrei, zi și noapte. Poți suna și la { $phone }.
# `!say not-alone`.
canned-not-alone =
    Nu ești fără sprijin.
    Multe persoane au găsit ajutor după o situație ca a ta. Suntem aici pentru tine.
# `!say goodbye`: end of the conversation.
canned-goodbye =
    Mulțumim că ne-ai scris.
    Ai grijă de tine. Dacă ai nevoie de noi, scrie aici din nou sau sună la { $phone }.
