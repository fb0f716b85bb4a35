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
