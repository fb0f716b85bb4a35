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
# `!say hello`: the operator's first words.
canned-hello =
    Hola, ya estoy aquí.
    Trabajo con la línea de ayuda. Puedes escribirme con tus palabras, a tu ritmo.
# `!say reading`: the operator is reading what the person wrote.
canned-reading =
    Estoy leyendo tus mensajes.
    Por favor, dame un momento, te respondo pronto.
# `!say call-helpline`. Example: { $phone } = "800 290 290".
canned-call-helpline =
    ¿Puedes hacer una llamada ahora?
    Si puedes, llama al { $phone }. Es gratis y puedes hablar en tu idioma con una persona mediadora.
# `!say mediator`: a cultural mediator who speaks the person's language will be found.
canned-mediator =
    Vamos a buscar a una persona que habla tu idioma.
    Puede tardar un poco. Te escribimos aquí cuando encontremos a alguien.
# `!say take-your-time`.
canned-take-your-time =
    No hay prisa.
    Puedes escribir cuando quieras. No tienes que contarlo todo ahora.
# `!say shelter`: a safe place to sleep (never a promise: "we can look").
canned-shelter =
    ¿Tienes un lugar seguro para dormir esta noche?
    Si no, dímelo. Podemos buscar contigo un lugar donde puedas quedarte.
# `!say health`.
canned-health =
    ¿Necesitas atención médica?
    En Italia puedes ir al médico incluso sin documentos. Si es urgente, llama al { $emergency }.
# `!say police-your-choice`: exact on a legal point (talking to us is not reporting).
canned-police-your-choice =
    Tú decides lo que pasa.
    Hablar con nosotros no es una denuncia a la policía. La policía interviene solo si tú lo quieres.
# `!say documents-kept`: someone else keeps the person's documents.
canned-documents-kept =
    ¿Otra persona tiene tu pasaporte o tus documentos?
    Puedes decírmelo. Es importante y podemos ayudarte con esto.
# `!say debt`: money owed to the people who brought or employ the person.
canned-debt =
    ¿Tienes que pagar dinero a alguien?
    Una deuda así no es culpa tuya. Puedes contármelo; no te vamos a juzgar.
# `!say children`.
canned-children =
    ¿Hay niños contigo?
    Si hay niños contigo, la ayuda también puede ser para ellos. Dime cuántos son y qué edad tienen.
# `!say where-roughly`: only the city, never an exact address.
canned-where-roughly =
    ¿En qué ciudad o zona estás ahora?
    No hace falta dar una dirección. La ciudad es suficiente para encontrar ayuda cerca de ti.
# `!say delete-chat`: a safety tip.
canned-delete-chat =
    Un consejo para tu seguridad.
    Si alguien revisa tu teléfono, puedes borrar este chat. Escribe /exit y el bot borra lo que puede.
# `!say come-back-later`: the person can come back.
canned-come-back-later =
    Puedes volver cuando quieras.
    Escribe aquí otra vez cuando quieras, de día o de noche. También puedes llamar al { $phone }.
# `!say not-alone`.
canned-not-alone =
    Hay gente a tu lado.
    Muchas personas encontraron ayuda después de una situación como la tuya. Estamos aquí para ti.
# `!say goodbye`: end of the conversation.
canned-goodbye =
    Gracias por escribirnos.
    Cuídate. Si nos necesitas, escribe aquí otra vez o llama al { $phone }.
