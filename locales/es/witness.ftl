### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Witness flow: someone worried about another person. Signs, what to do and not do,
### how to report, talk to a person. Keep the signs general.
### For translators: CEFR A2; the first line of each message is what a lock screen shows,
### so it stays neutral. { $phone } = "800 290 290", { $emergency } = "112".

## Menu

# After "I'm worried about someone".
witness-intro =
    Gracias por escribir.
    Aquí puedes encontrar información si te preocupa alguien, o hablar con una persona.
# The menu question; options below.
witness-menu-ask = ¿Qué te gustaría saber?
# Button, ≤ 30 characters.
witness-opt-signs = Señales a tener en cuenta
# Button, ≤ 30 characters.
witness-opt-advice = Qué hacer y qué no
# Button, ≤ 30 characters.
witness-opt-report = Cómo avisar

## Signs

# A list in two messages (a phone screen each).
witness-signs-list-1 =
    Algo de información.
    Algunas posibles señales de trata o explotación: la persona
    • no tiene sus propios documentos
    • está bajo control, o no puede moverse con libertad
# The list, continued (no first-line rule problem: it starts with a bullet).
witness-signs-list-2 =
    • tiene una deuda que no puede pagar
    • trabaja muchísimas horas por poco dinero o nada
    • parece tener miedo
# Example: { $phone } = "800 290 290".
witness-signs-note =
    Son solo posibles señales, no pruebas.
    Si tienes dudas, la línea de ayuda puede aconsejarte: { $phone }, gratis, de día y de noche.

## What to do and not do

# First of two messages of advice.
witness-advice-dont =
    Algunos consejos.
    No te enfrentes a quien explota, y no investigues por tu cuenta.
    No hagas nada que pueda poner en riesgo a la persona.
# Example: { $phone } = "800 290 290", { $emergency } = "112".
witness-advice-do =
    Lo que puedes hacer:
    escuchar a la persona. Compartir el número { $phone }: gratis, anónimo, de día y de noche.
    Si alguien corre peligro, llama al { $emergency }.

## How to report

# Calling the helpline is not a complaint to the police.
witness-report-call =
    Algo de información.
    Para avisar, llama al { $phone }: gratis, anónimo, de día y de noche. No es una denuncia a la policía.
    La línea de ayuda puede aconsejarte y ponerse en contacto con los servicios locales y, si hace falta, con las fuerzas del orden.
# Example: { $emergency } = "112".
witness-report-urgent =
    Una cosa más:
    si alguien corre un peligro inmediato, llama al { $emergency }.
    También puedes hablar aquí con una persona: elígelo abajo.

## Talk to a person

# { $case } = "12": a reference number, not a police case.
witness-person-queued =
    Vale, gracias.
    Estoy pidiendo a una persona de la línea de ayuda que te responda aquí. Tu número de referencia es { $case }.
    Ya puedes escribir lo que te preocupa. /menu para volver.
