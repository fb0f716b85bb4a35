### varco-review: unreviewed
### legal-review: none
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Built-in messages the engine itself needs (see flows/README.md), and the language's own name.
### For translators: person-facing, CEFR A2; the first line of each message is what a lock
### screen shows (no helpline, danger, police, case…). Commands (/menu, /operator…) stay as
### they are. { $phone } = "800 290 290", { $emergency } = "112" in every message.

# The language's own name, shown in the language choice (a button, ≤ 30 characters).
language-name = Español

# The person typed a /command that does not exist; the question is asked again after it.
sys-unknown-command =
    Lo siento, no conozco ese comando.
    Escribe /help para ver los comandos que puedes usar.
# Free text, or a number out of range, where the bot shows numbered options; the options
# follow. Kind, and offers a person. Example: { $max } = "5".
sys-choose-number =
    Gracias por tu mensaje. Aquí solo puedo leer el número de una opción.
    Por favor, responde con un número del 1 al { $max }. Para escribir a una persona, escribe /operator.
# An empty message.
sys-empty =
    Tu mensaje parece vacío.
    Por favor, escribe de nuevo o escribe /menu.
# A message over the limit. Example: { $max } = "4096".
sys-too-long =
    Lo siento, ese mensaje es demasiado largo para mí.
    Por favor, escribe como máximo { $max } caracteres cada vez, o escribe /operator para hablar con una persona.
# A photo, voice note, file… while no person is in the chat.
sys-media =
    Gracias. Solo puedo leer mensajes escritos.
    No puedo abrir fotos, mensajes de voz, archivos ni stickers.
    Una persona de la línea de ayuda puede recibirlos: escribe /operator.
# A file too large to pass on to the operator. Example: { $megabytes } = "20".
sys-media-too-large =
    Este archivo es demasiado grande para enviarlo (el límite es { $megabytes } MB), así que el operador no puede verlo.
    Puedes enviar uno más pequeño o contar con palabras lo que muestra.
# An old menu's button was pressed; the current menu follows. First line on a lock screen.
sys-stale-menu = Ese menú es antiguo. Aquí está el actual.
# The person edited an earlier message.
sys-edited =
    Gracias. Solo leo los mensajes nuevos, no los cambios en mensajes anteriores.
    Por favor, envíalo otra vez como mensaje nuevo, o escribe /menu.
# Sent once when a chat sends more messages in a minute than the bot takes.
sys-slow-down =
    Gracias. Escribes más rápido de lo que puedo leer.
    Por favor, espera un minuto y luego escribe de nuevo. En peligro: { $emergency }.
# A person asked for a human, but no operator channel is running.
sys-no-operator =
    Gracias por preguntar.
    Ahora mismo nadie puede responder en este chat, lo siento.
    Por favor, llama al { $phone }: gratis, anónimo, de día y de noche, en muchos idiomas.
    En peligro: { $emergency }.
# A person asked for a human while the operators' chat system is down: the request is
# kept and reaches the team when it is back. Never say a person is coming.
sys-operators-down =
    Gracias, hemos anotado tu solicitud.
    Ahora mismo nadie del equipo puede leer este chat, lo siento. Tus mensajes se guardan para el equipo.
    Si necesitas ayuda ahora, llama al { $phone }: gratis, anónimo, de día y de noche. En peligro: { $emergency }.
# Whole messages that work like /exit (comma-separated; lowercase is fine). Keep them
# words nobody sends by accident.
sys-exit-words = exit, quit, quick exit, salida rápida, salir ya, borrar chat
# Words or phrases (comma-separated) that flag the conversation for operators, who may
# take it over; the bot answers as usual. Whole words; phrases anywhere in a message.
sys-danger-words = peligro, en peligro, ayúdame, ayudadme, me pegan, me pega, me han pegado, me golpean, me tienen encerrado, me tienen encerrada, me encierran, me quieren matar, me van a matar, me quitaron el pasaporte, me han quitado el pasaporte
# Two answers in a row the bot could not use; the question follows.
sys-not-understood =
    Lo siento, no te he entendido.
    Escribe /menu para ver las opciones, o /operator para hablar con una persona.
# A command or button while waiting for an operator.
sys-waiting-operator =
    Gracias, estás en la cola.
    Tus mensajes se pasan al equipo. Una persona te responderá en cuanto quede libre.
    /menu para dejar de esperar. También puedes llamar al { $phone }, de día y de noche.
    En peligro: { $emergency }.
# The person stopped waiting for an operator.
sys-left-queue =
    Vale. Has dejado la cola.
    Puedes volver a pedir una persona en cualquier momento con /operator.
# One line of the local projects list; { $project_phone } is the project's own number, or "none".
sys-referral-entry = { $project_phone ->
        [none] • { $city }: { $name }
       *[other] • { $city }: { $name }, { $project_phone }
    }
# After a list in which some project has no number of its own.
sys-referral-via-helpline =
    El número nacional { $phone } puede ponerte en contacto con ellos, de día y de noche.
    /menu para más opciones.
# No local project for the place the person typed (never repeat the place).
sys-referral-none =
    Todavía no tengo un contacto local para ese lugar.
    El número nacional { $phone } funciona en toda Italia, de día y de noche.

## The operator's side of a handoff, as the person sees it.
# An operator took the conversation.
sys-operator-joined =
    Hola, ahora hay una persona aquí para ti.
    Alguien del equipo de la línea de ayuda te responde aquí. Escribe como quieras; también puedes llamar al { $phone }, de día y de noche.
# Another operator took the conversation over (the first one had not answered for a while).
sys-operator-changed =
    Hola, puedes seguir escribiendo aquí.
    Ahora te responde aquí otra persona del equipo de la línea de ayuda. También puedes llamar al { $phone }, de día y de noche.
# The operator gave the conversation back to the bot.
sys-operator-left =
    Vuelves a hablar con el asistente automático.
    Escribe /menu para ver las opciones, o /operator para pedir una persona.
# The operator ended the conversation.
sys-case-closed =
    Gracias por escribir.
    La conversación con la persona de la línea de ayuda ha terminado. Puedes volver a escribir en cualquier momento,
    o llamar al { $phone }: gratis, anónimo, de día y de noche. En peligro: { $emergency }.
# The person asked for an operator while nobody is on duty.
sys-nobody-on-duty =
    Gracias, hemos anotado tu solicitud.
    Ahora mismo no hay nadie de la línea de ayuda conectado a este chat, lo siento.
    Por favor, llama al { $phone }: gratis, anónimo, de día y de noche. En peligro: { $emergency }.
    Tu solicitud sigue abierta: si alguien se conecta, te escribirá aquí.
# Sent when nobody has answered for a while.
sys-nobody-answered =
    Gracias por esperar.
    Todavía nadie ha podido responder aquí, lo siento.
    Por favor, llama al { $phone }: gratis, anónimo, de día y de noche. En peligro: { $emergency }.
    Sigues en la cola: una persona te escribirá aquí en cuanto quede libre.

## `/menu` while waiting for a person: asked first, never cancelled by one command.
# A question with two buttons (sys-leave-opt-stay, sys-leave-opt-menu).
sys-leave-ask =
    ¿Quieres volver al menú?
    Si vas al menú, tu solicitud de hablar con una persona termina. Puedes volver a pedirlo en cualquier momento con /operator.
# Button, ≤ 30 characters: keep the request open.
sys-leave-opt-stay = Seguir esperando
# Button, ≤ 30 characters: end the request and show the menu.
sys-leave-opt-menu = Ir al menú
# After "Keep waiting".
sys-still-waiting =
    Bien, tu solicitud sigue abierta.
    Una persona te responderá aquí en cuanto quede libre. Puedes seguir escribiendo.
# Matrix only: the person's message could not be opened by the bot (it arrived encrypted
# with keys the bot does not have). Sent at most once every few minutes per chat, however
# many such messages come. Neutral first line.
sys-send-again =
    Lo siento, no he podido leer tu último mensaje.
    Por favor, envíalo otra vez.
# Matrix only: the person's chat is not encrypted and the bot cannot turn encryption on, so
# it answers nothing else there. Sent once; the bot then leaves the chat. Neutral first line.
sys-chat-not-private =
    Lo siento, no puedo responder en este chat.
    Por favor, llama al { $phone }: gratis, anónimo, de día y de noche, en muchos idiomas.
    En peligro: { $emergency }.
# /safeword without a word: the next message is the word. It works like /exit.
sys-safeword-ask =
    Ok.
    Ahora escribe tu propia palabra, sola en un mensaje. Después, si escribes solo esta palabra, borro este chat y lo olvido, como /exit.
    Elige una palabra que otras personas no adivinen. Que no sea un número.
# The safe word is saved (only in a form nobody can read back).
sys-safeword-set =
    Ok.
    Tu palabra está guardada. Si escribes solo esta palabra, borro este chat y lo olvido, como /exit.
    Nadie puede volver a leer la palabra, ni siquiera la línea de ayuda.
# The word cannot be used (too short, too long, or only numbers).
sys-safeword-invalid =
    Lo siento, no puedo usar esa palabra.
    Necesita de 3 a 40 letras, y no solo números. Escribe /safeword para intentarlo otra vez.
# /notsafe or the menu choice: nothing is sent until the person writes again.
sys-notsafe-ok =
    Ok.
    Ahora no envío nada. Cuando puedas leer otra vez, escríbeme cualquier mensaje y sigo.
# The person wrote a sentence that looks like this language while the chat is in another
# one. Asked IN THIS LANGUAGE (the one the person seems to write), with two buttons
# (sys-switch-yes, sys-switch-no). Name the language in itself.
sys-switch-ask = Parece que escribes en español. ¿Quieres seguir en español?
# Button, ≤ 30 characters: switch to this language.
sys-switch-yes = Sí, español
# Button, ≤ 30 characters: keep the language the chat is in now.
sys-switch-no = No, gracias
# After an update of the bot, the question the person was answering no longer exists.
sys-node-gone = Esta parte del chat ha cambiado. Aquí tienes el menú otra vez.
