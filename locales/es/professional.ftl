### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Professional flow: organisations, police, social and health services, unions,
### employers' associations. Consultation, referral procedure, talk to a person.
### For translators: addressed to professionals (Italian: "Lei"), still short and clear.
### Italian legal terms and references stay in Italian, in brackets: "casi speciali",
### caporalato, Questura, art. 18 d.lgs. 286/1998… The first line of each message is what
### a lock screen shows: keep it neutral. { $phone } = "800 290 290".

## Menu

# After "I am asking for my work".
professional-intro =
    Gracias por escribir.
    La línea de ayuda también apoya a organizaciones y servicios que atienden a personas que pueden necesitar protección.
# The menu question; options below.
professional-menu-ask = ¿Qué le gustaría saber?
# Button, ≤ 30 characters.
professional-opt-consult = Consulta
# Button, ≤ 30 characters.
professional-opt-referral = Procedimiento de derivación

## Consultation

# Italian: "Lei". "Not a complaint to the police": the person decides.
professional-consult-advice =
    Le damos algo de información.
    La línea de ayuda asesora a instituciones y organizaciones que entran en contacto con posibles víctimas de trata y explotación de cualquier tipo: sexual, laboral, mendicidad forzada, delitos forzados.
    Contactar con la línea de ayuda no es una denuncia a la policía; la persona decide.
# The legal measures, as general as the helpline's notes.
professional-consult-assess =
    Además:
    valora con usted si se cumplen las condiciones para las medidas de apoyo: el programa único de protección (art. 18 c.3-bis d.lgs. 286/1998), el permiso por protección social ("casi speciali", art. 18 d.lgs. 286/1998; vía social o judicial) y, para la explotación laboral, el permiso del art. 18-ter d.lgs. 286/1998.
    Los ciudadanos de la UE pueden entrar en el programa; no necesitan permiso. La ayuda no depende de un permiso.
# Example: { $phone } = "800 290 290".
professional-consult-who =
    Quién puede contactar:
    servicios sociales y de salud, ONG, asociaciones de empresarios y de trabajadores, fuerzas del orden, autoridades judiciales y particulares.
    Llame al { $phone }, las 24 horas del día, o hable aquí con una persona.

## Referral procedure

# Since 2016 one programme (DPCM 16 May 2016); art. 13 L. 228/2003 is cited as the seed does.
professional-referral-local =
    Le damos algo de información.
    La línea de ayuda deriva a las personas a los proyectos locales que gestionan el programa único de emersión, asistencia e integración social (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016; art. 13 L. 228/2003).
# Example: { $phone } = "800 290 290".
professional-referral-transfer =
    También coordina las solicitudes de traslado entre los proyectos que gestionan el programa en otros territorios.
    Para derivar a alguien, llame al { $phone } o hable aquí con una persona.

## Talk to a person

# { $case } = "12": a reference number.
professional-person-queued =
    Vale, gracias.
    Estoy pidiendo a una persona de la línea de ayuda que le responda aquí. Número de referencia: { $case }.
    Ya puede escribir su pregunta. /menu para volver.
