### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Canned replies an operator sends with `!say <name>` (the name is the id without
### `canned-`). Rendered in the person's language. Short, calm, with a way forward.
### For translators: CEFR A2; the first line is what a lock screen shows, so it stays
### neutral. { $phone } = "800 290 290", { $emergency } = "112".

# `!say safe-now`: asks whether the person is safe.
canned-safe-now =
    Si je tani?
    Je në një vend të sigurt? Mund të përgjigjesh me po ose jo.
# `!say call-112`. Example: { $emergency } = "112".
canned-call-112 =
    Mund të telefonosh { $emergency } në çdo kohë, falas.
    Nëse je në rrezik tani, të lutem telefonoje. Funksionon edhe pa kredit në telefon.
# `!say free-anonymous` (the id stays; the text is exact: the chat is confidential, a call
# can be anonymous). Example: { $phone } = "800 290 290".
canned-free-anonymous =
    Të flasësh me ne është falas. Nuk ke nevojë të thuash emrin.
    Kjo bisedë është konfidenciale, por jo anonime: aplikacioni që përdor e njeh llogarinë tënde. Një telefonatë në { $phone } mund të jetë anonime.
# `!say no-documents`.
canned-no-documents =
    Mirë ta dish:
    nuk të duhen dokumente për të marrë ndihmë. Mund të marrësh ndihmë edhe pa leje qëndrimi.
    Të kërkosh ndihmë nuk është kallëzim në polici: vendos ti.
# `!say protection`: the single programme, never a promise ("can offer").
canned-protection =
    Ka ndihmë për ty në Itali.
    Ka një program mbrojtjeje për njerëzit që janë shfrytëzuar. Ai mund të ofrojë një vend të sigurt për të qëndruar, ushqim, kujdes shëndetësor dhe ndihmë me dokumentet dhe punën.
# `!say still-there`.
canned-still-there =
    Je ende aty?
    Shkruaj kur të mundesh; ne jemi këtu.
# `!say hello`: the operator's first words.
canned-hello =
    Përshëndetje, jam këtu tani.
    Punoj me linjën e ndihmës. Mund të më shkruash me fjalët e tua, me ritmin tënd.
# `!say reading`: the operator is reading what the person wrote.
canned-reading =
    Po lexoj mesazhet e tua.
    Të lutem, më jep një moment. Do të përgjigjem shpejt.
# `!say call-helpline`. Example: { $phone } = "800 290 290".
canned-call-helpline =
    A mund të bësh një telefonatë tani?
    Nëse mundesh, telefono { $phone }. Është falas dhe mund të flasësh në gjuhën tënde me një ndërmjetës kulturor.
# `!say mediator`: a cultural mediator who speaks the person's language will be found.
canned-mediator =
    Do të kërkojmë një person që flet gjuhën tënde.
    Mund të duhet pak kohë. Do të të shkruajmë këtu kur ta gjejmë.
# `!say take-your-time`.
canned-take-your-time =
    Nuk ka nxitim.
    Mund të shkruash kur të duash. Nuk duhet të tregosh gjithçka tani.
# `!say shelter`: a safe place to sleep (never a promise: "we can look").
canned-shelter =
    A ke një vend të sigurt për të fjetur sonte?
    Nëse jo, më thuaj. Mund të kërkojmë bashkë një vend ku mund të qëndrosh.
# `!say health`.
canned-health =
    A të duhet një mjek?
    Në Itali mund të shkosh te mjeku edhe pa dokumente. Nëse është urgjente, telefono { $emergency }.
# `!say police-your-choice`: exact on a legal point (talking to us is not reporting).
canned-police-your-choice =
    Ti vendos çfarë ndodh.
    Të flasësh me ne nuk është një kallëzim në polici. Policia përfshihet vetëm nëse e do ti.
# `!say documents-kept`: someone else keeps the person's documents.
canned-documents-kept =
    A i mban dikush tjetër pasaportën ose dokumentet e tua?
    Mund të më tregosh. Është e rëndësishme dhe mund të të ndihmojmë për këtë.
# `!say debt`: money owed to the people who brought or employ the person.
canned-debt =
    A duhet t'i paguash para dikujt?
    Një borxh i tillë nuk është faji yt. Mund të më tregosh për të; nuk do të të gjykojmë.
# `!say children`.
canned-children =
    A ka fëmijë me ty?
    Nëse ka fëmijë me ty, ndihma mund të jetë edhe për ta. Më thuaj sa janë dhe sa vjeç.
# `!say where-roughly`: only the city, never an exact address.
canned-where-roughly =
    Në cilin qytet ose zonë je tani?
    Nuk duhet të japësh adresë. Qyteti mjafton për të gjetur ndihmë pranë teje.
# `!say delete-chat`: a safety tip.
canned-delete-chat =
    Një këshillë sigurie për ty.
    Nëse dikush kontrollon telefonin tënd, mund ta fshish këtë bisedë. Shkruaj /exit dhe boti fshin atë që mundet.
# `!say come-back-later`: the person can come back.
canned-come-back-later =
    Mund të kthehesh kur të duash.
    Shkruaj përsëri këtu kur të duash, ditë a natë. Mund të telefonosh edhe { $phone }.
# `!say not-alone`.
canned-not-alone =
    Ke mbështetje.
    Shumë njerëz gjetën ndihmë pas një situate si e jotja. Ne jemi këtu për ty.
# `!say goodbye`: end of the conversation.
canned-goodbye =
    Faleminderit që na shkrove.
    Kujdesu për veten. Nëse ke nevojë, shkruaj përsëri këtu ose telefono { $phone }.
