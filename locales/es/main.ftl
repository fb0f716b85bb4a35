### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Main flow: welcome, language, safety check, who is writing, help, operator, quick exit,
### end, and the option labels shared by every flow (nav-*).
### Rule: the first line of every message must be harmless on a lock screen.
### For translators: person-facing texts are CEFR A2 (short sentences, everyday words),
### gender-neutral, with no promises. Button labels (`*-opt-*`, `nav-*`) fit in 30
### characters. The first line of each message is what a lock screen shows: keep it free of
### words like helpline, trafficking, exploitation, danger, police, case, victim, abuse.
### Variables every message may use: { $phone } = "800 290 290", { $emergency } = "112",
### { $helpline } = "Numero Verde Antitratta" (a name: never translated).

## Welcome and language

# The very first message of a conversation, before the language choice (in the phone's
# language when Varco has it).
welcome-hello = Hola, y gracias por escribir.
# Right after welcome-hello: the bot says it is automatic and that a person can take over.
# "Confidential" is exact: the chat is not anonymous (the app knows the account).
welcome-free =
    Soy un asistente automático. Una persona de nuestro equipo también puede escribirte aquí.
    Este chat es gratuito y confidencial. No hace falta dar tu nombre.
    Primero, elige tu idioma.
# The language question; the options are each language's own name (language-name).
language-ask = ¿Qué idioma prefieres?

## Safety check

# Sent after the language choice, before safety-ask: message previews, and what the
# platform knows. Example: { $phone } = "800 290 290".
safety-privacy =
    Un consejo para tu privacidad.
    Tu teléfono puede mostrar los mensajes nuevos en la pantalla de bloqueo. Para ocultarlos, desactiva la vista previa de mensajes en los ajustes de notificaciones de tu aplicación.
    Este chat es confidencial, pero no anónimo: la aplicación que usas conoce tu cuenta. Una llamada al { $phone } puede ser anónima.
# A question with two buttons (safety-opt-yes, safety-opt-later).
safety-ask = ¿Puedes escribir con seguridad ahora?
# Button, ≤ 30 characters.
safety-opt-yes = Sí
# Button, ≤ 30 characters.
safety-opt-later = Ahora no
# After "Yes" to safety-ask.
safety-ok =
    Bien.
    Consejo: escribe /exit en cualquier momento para salir rápido.
    El comando borra este chat, si se puede.
# After "Not now" to safety-ask; first of three tips.
safety-tips-exit =
    Vale. Algunos consejos.
    Para salir rápido, escribe /exit en cualquier momento o pulsa el botón de abajo.
    El comando borra este chat, si se puede.
# Second tip.
safety-tips-delete =
    También puedes borrar este chat tú, en tu aplicación.
    El bot solo puede borrar los mensajes recientes, así que ayuda hacerlo también tú.
# Third tip. Example: { $emergency } = "112".
safety-tips-emergency =
    Una cosa más:
    si corres un peligro inmediato, llama al { $emergency }.
# A question with three buttons after the tips.
safety-next-ask = ¿Quieres seguir ahora?
# Button, ≤ 30 characters.
safety-opt-continue = Seguir
# Button, ≤ 30 characters.
safety-opt-stop = Parar por ahora

## Who is writing (the main menu)

# The main menu: who is writing. Options: role-opt-*, nav-person, nav-leave.
role-ask =
    Gracias. ¿Qué opción te describe mejor?
    Elige “Pregunto por mi trabajo” si trabajas para una organización, la policía, servicios sociales o de salud, un sindicato o una asociación de empresarios.
# Button, ≤ 30 characters.
role-opt-self = Necesito ayuda para mí
# Button, ≤ 30 characters.
role-opt-other = Me preocupa otra persona
# Button, ≤ 30 characters; role-ask quotes it, keep both the same.
role-opt-work = Pregunto por mi trabajo

## Option labels shared by every flow (buttons: 30 characters at most)

# Button, ≤ 30 characters: asks for a human operator.
nav-person = Hablar con una persona
# Button, ≤ 30 characters.
nav-main-menu = Menú principal
# Button, ≤ 30 characters.
nav-back = Volver
# Button, ≤ 30 characters: the quick exit.
nav-leave = Salir y borrar el chat
# Button, ≤ 30 characters: "not safe now": the bot sends nothing until the person writes
# again. Neutral words: someone else may see the screen.
nav-not-safe = Ahora no puedo leer

## Help

# /help, first part: the commands stay as they are (/menu, /lang…), never translated.
help-commands =
    Esto es lo que puedes escribir en cualquier momento:
    /menu: ver las opciones
    /lang: cambiar de idioma
    /operator: hablar con una persona
# /help, second part. Examples: { $helpline } = "Numero Verde Antitratta",
# { $phone } = "800 290 290", { $emergency } = "112". Calling can be anonymous.
help-more =
    /exit: salir rápido; borra este chat si se puede
    /help: este mensaje
    { $helpline }: { $phone }, gratis y anónimo, de día y de noche.
    En peligro inmediato: { $emergency }.

## Talk to a person (handoff from /operator or the main menu)

# The person asked for an operator. { $case } = "12": a reference number, not a police
# case; never the word "case" in the translation.
operator-queued =
    Vale, gracias.
    Estoy pidiendo a una persona de la línea de ayuda que te responda aquí. Tu número de referencia es { $case }.
    Puedes escribir mientras esperas. /menu para volver, /exit para salir rápido.

## Quick exit and end

# Neutral on purpose: it is the last thing left on the screen.
# same-as-en
exit-neutral = Ok.
# The conversation ended. Example: { $phone } = "800 290 290".
end-bye =
    Gracias por escribir.
    Puedes volver a escribir en cualquier momento, o llamar al { $phone }, de día y de noche.
