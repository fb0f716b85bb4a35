### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Topics flow (flows/topics.toml): the questions people ask, reached from the victim menu.
### Each topic is 2–4 short messages, then the topics menu again. Facts only from the
### helpline's legal notes; never promise an outcome. Not yet reviewed by a lawyer.
### For translators: button labels (-opt-, -answer-, -label) ≤ 30 characters; the FIRST
### LINE of every message shows on a lock screen, so it must say nothing about the subject;
### { $phone } is the national number (800 290 290), { $emergency } is 112; Italian legal
### terms and references in brackets stay as they are ("caporalato", "art. 603-bis c.p.").

## Menu

# Button in the victim menu that opens this flow.
topics-menu-label = Preguntas frecuentes
topics-menu-ask =
    Elige una pregunta.
    Cada respuesta es corta. Luego vuelves aquí.
# Opens the check ("Is this exploitation?"); worded so that nobody glancing at the screen
# reads what it is about.
topics-opt-check = Preguntas sobre mi situación
topics-opt-work = Trabajo y sueldo
topics-opt-asylum = Asilo
topics-opt-health = Atención médica
topics-opt-minors = Menos de 18 años
topics-opt-home = Volver a casa con seguridad
topics-opt-call = Qué pasa si llamo
# After the check: back to the topics menu.
topics-opt-more = Otras preguntas

## Is this exploitation? Eight questions, each optional. Never a verdict.

topics-check-intro =
    Unas preguntas cortas sobre tu situación.
    Responde solo lo que quieras. Siempre puedes elegir “Prefiero no decirlo”.
    No hay respuestas correctas ni incorrectas.
    Si una persona de la línea de ayuda te responde aquí, verá tus respuestas. Así no tienes que contarlo todo otra vez.
# The three answers to every question below.
topics-answer-yes = Sí
# same-as-en
topics-answer-no = No
topics-answer-skip = Prefiero no decirlo
topics-check-documents =
    Pregunta 1 de 8.
    ¿Otra persona guarda tu pasaporte o tus documentos, y no puedes recuperarlos?
topics-check-debt =
    Pregunta 2 de 8.
    ¿Tienes que pagar una deuda a las personas que te trajeron aquí o te buscaron el trabajo?
topics-check-movement =
    Pregunta 3 de 8.
    ¿Alguien te impide dejar tu trabajo o tu casa, o ir adonde quieres?
topics-check-threats =
    Pregunta 4 de 8.
    ¿Alguien te ha amenazado o te ha hecho daño, a ti o a personas cercanas?
topics-check-pay =
    Pregunta 5 de 8.
    ¿Alguien se queda con tu sueldo, o te paga mucho menos de lo acordado?
topics-check-deceived =
    Pregunta 6 de 8.
    ¿El trabajo es muy diferente de lo que te prometieron?
topics-check-housing =
    Pregunta 7 de 8.
    ¿Vives donde trabajas, o en un lugar que elige quien te da trabajo?
topics-check-minor =
    Pregunta 8 de 8.
    ¿Tienes menos de 18 años?
topics-check-thanks =
    Gracias por tus respuestas.
    Algunas de estas cosas pueden ser señales de explotación. También pueden tener otras causas.
    Solo una conversación puede decir más.
topics-check-meaning =
    Lo que puede significar:
    si respondiste “sí” a una o más preguntas, puedes tener derecho a ayuda y protección. Esto vale también sin documentos.
    La ayuda es gratuita. No tienes que decidir nada ahora.
# Shown only to someone who answered "yes" to "Are you under 18?".
topics-check-under18 =
    Has dicho que tienes menos de 18 años.
    En Italia, las personas menores de 18 años tienen una protección extra (law 47/2017).
    Una persona de la línea de ayuda te lo puede explicar.
topics-check-next-ask =
    ¿Qué quieres hacer ahora?
    Hablar con una persona es gratis y confidencial. También puedes llamar al { $phone }.

## Work

topics-work-pay =
    Algo de información sobre el trabajo.
    Tienes derecho a cobrar por el trabajo que hiciste.
    Esto vale también sin contrato ni permiso.
topics-work-signs =
    Dos cosas más que debes saber.
    Que quien te da trabajo se quede con tu pasaporte o tus documentos es una señal de explotación.
    Una “deuda” que debes pagar a quienes te trajeron a Italia también es una señal.
    La línea de ayuda puede ayudarte con las dos cosas.
topics-work-law =
    Es bueno saberlo:
    explotar a trabajadores es un delito en Italia (“caporalato”, art. 603-bis c.p.).
    Hay un permiso especial para las personas extranjeras que trabajan y ayudan a sacar los hechos a la luz (art. 18-ter d.lgs. 286/1998).
    La línea de ayuda puede explicarte qué se aplica en tu situación: llama al { $phone } o habla aquí con una persona.

## Asylum

topics-asylum =
    Algo de información.
    Puedes pedir protección internacional (asilo) y recibir ayuda del programa de protección al mismo tiempo.
    Los dos sistemas trabajan juntos. Pueden enviarte de uno al otro.
topics-asylum-more =
    Para saber qué encaja con tu situación, llama al { $phone } o habla aquí con una persona.
    Llamar o escribir no es una denuncia a la policía. Tú decides qué contar.

## Health care

topics-health =
    Algo de información sobre la salud.
    Puedes recibir atención urgente y esencial también sin documentos. Pide un código STP: es un código de salud para personas extranjeras sin papeles.
topics-health-report =
    Es bueno saberlo:
    ir a un hospital o a un médico no lleva a una denuncia a la policía (art. 35 c.5 d.lgs. 286/1998).
    En una emergencia, llama al { $emergency }.

## Under 18

topics-minors =
    Algo de información para jóvenes.
    Si tienes menos de 18 años, la ley te da una protección extra en Italia (law 47/2017).
topics-minors-age =
    Por favor, dinos si tienes menos de 18 años.
    Dilo a la persona que te responda aquí, o cuando llames al { $phone }.
    Así sabrán qué ayuda buscar contigo.

## Going home

topics-home =
    Algo de información sobre volver.
    Hay programas que ayudan a las personas a volver a su país de forma segura, si así lo eligen (retorno voluntario asistido; los gestiona la OIM).
topics-home-more =
    Es tu elección. También puedes quedarte en Italia y pedir ayuda aquí.
    La línea de ayuda puede explicarte cómo funciona: llama al { $phone } o habla aquí con una persona.

## Calling the national number

topics-call =
    Cuando llamas al { $phone }:
    la llamada es gratis. Puedes llamar de día y de noche, todos los días.
    No tienes que dar tu nombre: la llamada puede ser anónima.
topics-call-language =
    Puedes pedir mediación cultural: se hablan muchos idiomas.
    Tú decides qué contar. Llamar no es una denuncia a la policía.
topics-call-chat =
    Es bueno saberlo:
    este chat es confidencial, pero no anónimo. La aplicación que usas conoce tu cuenta.
