### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Canned replies an operator sends with `!say <name>` (the name is the id without
### `canned-`). Rendered in the person's language. Short, calm, with a way forward.
### For translators: CEFR A2; the first line is what a lock screen shows, so it stays
### neutral. { $phone } = "800 290 290", { $emergency } = "112".

# `!say safe-now`: asks whether the person is safe.
canned-safe-now =
    ¿Cómo estás ahora?
    ¿Estás en un lugar seguro? Puedes responder sí o no.
# `!say call-112`. Example: { $emergency } = "112".
canned-call-112 =
    Puedes llamar al { $emergency } en cualquier momento, gratis.
    Si corres peligro ahora, por favor llama. Funciona incluso sin saldo en el teléfono.
# `!say free-anonymous` (the id stays; the text is exact: the chat is confidential, a call
# can be anonymous). Example: { $phone } = "800 290 290".
canned-free-anonymous =
    Hablar con nosotros es gratis. No tienes que dar tu nombre.
    Este chat es confidencial, pero no anónimo: la aplicación que usas conoce tu cuenta. Una llamada al { $phone } puede ser anónima.
# `!say no-documents`.
canned-no-documents =
    Es bueno saberlo:
    no necesitas documentos para recibir ayuda. Puedes recibir ayuda también sin permiso de residencia.
    Pedir ayuda no es una denuncia a la policía: tú decides.
# `!say protection`: the single programme, never a promise ("can offer").
canned-protection =
    En Italia hay ayuda para ti.
    Hay un programa de protección para personas que han sufrido explotación. Puede ofrecer un lugar seguro donde vivir, comida, atención médica y ayuda con los documentos y el trabajo.
# `!say still-there`.
canned-still-there =
    ¿Sigues ahí?
    Escribe cuando puedas; aquí estamos.
