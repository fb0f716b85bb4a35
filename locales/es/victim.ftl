### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Victim flow: rights and ways out, help near you, talk to a person, danger now.
### Legal texts stay as general as the helpline's legal notes; never promise outcomes.
### For translators: CEFR A2, the plain sentence first and the legal reference after it in
### brackets. Italian legal terms stay in Italian, in brackets or quotes: "casi speciali",
### caporalato, Questura, STP, and the references (art. 18 d.lgs. 286/1998…). The first
### line of each message is what a lock screen shows: keep it neutral.
### { $phone } = "800 290 290", { $emergency } = "112" in every message.

## Menu

# After "I need help for myself".
victim-intro =
    Gracias por contármelo.
    Aquí puedes encontrar información, ayuda cerca de ti o hablar con una persona.
    Hay personas que pueden ayudarte.
# The menu question; options below.
victim-menu-ask = ¿Qué quieres hacer?
# Button, ≤ 30 characters.
victim-opt-rights = Tus derechos, salidas
# Button, ≤ 30 characters.
victim-opt-where = Ayuda cerca de mí
# Button, ≤ 30 characters: answered with the emergency number and an urgent request.
victim-opt-danger = Corro peligro ahora

## Rights and ways out

# The topics question; options below.
victim-rights-ask =
    Elige un tema.
    Hay salidas, y la ayuda es gratuita.
# Button, ≤ 30 characters: the art. 18 permit.
victim-rights-opt-permit = Permiso de residencia
# Button, ≤ 30 characters: the protection programme.
victim-rights-opt-programme = Alojamiento, salud, nueva vida
# Button, ≤ 30 characters: work, pay, documents and debt. Must not read as an accusation.
victim-rights-opt-work = Trabajo, sueldo y documentos

# The permit of art. 18 d.lgs. 286/1998 ("permesso per casi speciali"): keep the Italian
# name in quotes.
victim-rights-art18-permit =
    Algo de información.
    Italia tiene un permiso de residencia especial para personas de otros países que han sufrido violencia o explotación grave y corren peligro ("casi speciali", art. 18 d.lgs. 286/1998).
    Las personas de países de la UE, por ejemplo Rumanía o Bulgaria, no necesitan permiso. Pueden recibir la misma ayuda.
# Who proposes the permit. Keep "Questura" in Italian.
victim-rights-art18-paths =
    Cómo funciona:
    La oficina de policía para extranjeros (Questura) da el permiso. Lo puede proponer la fiscalía, después de una denuncia. También lo pueden proponer los servicios sociales o una organización acreditada: en este caso la ley no pide una denuncia.
    En la práctica, cambia de una ciudad a otra. La línea de ayuda puede explicarte qué se aplica donde estás.
# What the permit gives. Example: { $phone } = "800 290 290".
victim-rights-art18-access =
    Qué te puede dar:
    El permiso es de seis meses. Se puede renovar por un año, o por más tiempo si un proceso judicial lo necesita. Con él puedes recibir ayuda, estudiar y trabajar. Más adelante se puede convertir en un permiso de trabajo o de estudio.
    Si dejas el programa, el permiso puede terminar.
    La línea de ayuda puede ver contigo si puede encajar con tu situación: llama al { $phone } o habla aquí con una persona.

# The single protection programme (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016;
# the older art. 13 L. 228/2003 is cited too). One programme, not two steps.
victim-rights-programme =
    Algo de información.
    En Italia hay un programa para personas que han sufrido explotación (art. 18 c.3-bis d.lgs. 286/1998, art. 13 L. 228/2003).
    Primero, puede ofrecer un lugar seguro donde vivir, comida, atención médica y ayuda legal.
# The programme, continued. Example: { $phone } = "800 290 290".
victim-rights-programme-next =
    Después:
    puede ayudarte a construir una vida nueva: clases de idioma, formación y trabajo.
    Lo gestionan proyectos locales en muchas partes de Italia. Para preguntar, llama al { $phone } o habla aquí con una persona.
# Health care without papers (STP code: keep the Italian abbreviation).
victim-rights-health =
    Sobre la atención médica:
    sin papeles, también puedes recibir atención urgente y esencial en hospitales y de médicos (código STP).
    Ir a un hospital o a un médico no lleva a una denuncia a la policía (art. 35 c.5 d.lgs. 286/1998).

# Work exploitation. Keep "caporalato" in Italian.
victim-rights-work =
    Algo de información.
    La ayuda no es solo para la explotación sexual. También es para personas a las que obligan a trabajar, a pedir limosna o a cometer delitos.
    Tienes derecho a cobrar por el trabajo que hiciste, también sin contrato ni permiso.
# Signs at work, and the art. 18-ter permit (d.l. 145/2024).
victim-rights-work-signs =
    Algunas cosas que saber:
    Si quien te da trabajo se queda con tu pasaporte o tus documentos, o si debes pagar una "deuda" a quienes te trajeron a Italia, son señales de explotación. La línea de ayuda puede ayudarte con las dos cosas.
    Explotar a trabajadores es un delito (caporalato, art. 603-bis c.p.). Las personas de fuera de la UE que trabajan y ayudan a sacar los hechos a la luz pueden recibir un permiso especial (art. 18-ter d.lgs. 286/1998).

# Shown after every topic above. Example: { $phone } = "800 290 290", { $emergency } = "112".
victim-rights-always =
    Es bueno saberlo:
    Pedir ayuda no es una denuncia a la policía: tú decides. No necesitas permiso ni documentos para recibir ayuda.
    Llamar al { $phone } es gratis y puede ser anónimo, de día y de noche, en muchos idiomas. Este chat es confidencial, pero no anónimo.
    En peligro, llama al { $emergency }.

## Help near you

# No { $region } on purpose: echoing what the person typed would repeat it on the lock screen.
victim-where-found = Gracias. Esto es lo que he encontrado:

## Talk to a person

# The person asked for an operator. { $case } = "12": a reference number, not a police case.
victim-person-queued =
    Vale, gracias.
    Estoy pidiendo a una persona de la línea de ayuda que te responda aquí. Tu número de referencia es { $case }.
    Puedes escribir mientras esperas. /exit borra este chat. En peligro: { $emergency }.

## Danger now

# After "I am in danger now": warmth and the emergency number first, then an urgent request.
# Example: { $emergency } = "112".
victim-danger-call =
    Gracias por contármelo. Aquí tienes apoyo.
    Si puedes, llama ahora al { $emergency }. Es gratis y funciona incluso sin saldo en el teléfono.
# Right after victim-danger-call. { $case } = "12": a reference number, not a police case.
victim-danger-queued =
    Tu número de referencia es { $case }.
    Una persona te responderá aquí lo antes posible. Puedes seguir escribiendo.
    Para ocultar este chat rápido, escribe /exit.
