### varco-review: unreviewed
### legal-review: none
### Messaggi interni che servono al motore (vedi flows/README.md) e il nome della lingua.

language-name = Italiano

sys-unknown-command =
    Scusa, non conosco questo comando.
    Scrivi /help per vedere i comandi che puoi usare.
sys-choose-number =
    Grazie del messaggio. Qui posso leggere solo il numero di un'opzione.
    Rispondi con un numero da 1 a { $max }. Se preferisci scrivere a una persona, scrivi /operator.
sys-empty =
    Il messaggio sembra vuoto.
    Scrivi di nuovo, oppure scrivi /menu.
sys-too-long =
    Scusa, il messaggio è troppo lungo.
    Scrivi al massimo { $max } caratteri alla volta, oppure scrivi /operator per parlare con una persona.
sys-media =
    Grazie. Posso leggere solo messaggi scritti.
    Non posso aprire foto, messaggi vocali, file o sticker.
    Una persona del numero verde può riceverli: scrivi /operator.
sys-media-too-large =
    Questo file è troppo grande per essere inoltrato (il limite è { $megabytes } MB): l'operatore non può vederlo.
    Puoi inviarne uno più piccolo, o descrivere a parole che cosa mostra.
sys-stale-menu = Quel menu è vecchio. Ecco quello di adesso.
sys-edited =
    Grazie. Leggo solo i messaggi nuovi, non le modifiche a quelli precedenti.
    Invialo di nuovo come nuovo messaggio, oppure scrivi /menu.
# Inviato una volta quando una chat manda più messaggi al minuto di quanti il bot ne legga.
sys-slow-down =
    Grazie. Mi stai mandando tanti messaggi tutti insieme.
    Aspetta un minuto, poi scrivi di nuovo. In pericolo: { $emergency }.
# Una persona ha chiesto un operatore, ma nessun canale per gli operatori è attivo.
sys-no-operator =
    Grazie per la richiesta.
    In questo momento nessuno può rispondere in questa chat, scusa.
    Chiama il { $phone }: gratuito, anonimo, giorno e notte, in molte lingue.
    In pericolo: { $emergency }.
# Una persona chiede di parlare con qualcuno mentre il sistema di chat di chi opera è fermo:
# la richiesta resta e arriva al gruppo quando torna. Mai dire che arriva qualcuno.
sys-operators-down =
    Grazie, abbiamo ricevuto la tua richiesta.
    Scusa, in questo momento nessuno del gruppo può leggere questa chat. I tuoi messaggi restano qui per loro.
    Se ti serve aiuto ora, chiama il { $phone }: gratis, anonimo, giorno e notte. In pericolo: { $emergency }.
# Messaggi interi che funzionano come /exit (separati da virgole). Parole che nessuno
# manda per sbaglio.
sys-exit-words = esci, uscita, uscita rapida
# Parole o frasi (separate da virgole) che segnalano la conversazione a chi opera, che può
# prenderla; il bot risponde come sempre. Parole intere; le frasi ovunque nel messaggio.
sys-danger-words = pericolo, in pericolo, aiutami, aiuto, mi picchiano, picchiata, picchiato, chiusa dentro, chiuso dentro, mi uccidono, mi hanno preso il passaporto
sys-not-understood =
    Scusa, non ho capito.
    Scrivi /menu per vedere le opzioni, o /operator per parlare con una persona.
sys-waiting-operator =
    Grazie, sei in coda.
    I tuoi messaggi vengono inoltrati. Una persona ti risponderà appena possibile.
    Con /menu smetti di aspettare. Puoi anche chiamare il numero { $phone }, giorno e notte.
    In pericolo: { $emergency }.
sys-left-queue =
    Va bene. Hai lasciato la coda.
    Puoi chiedere di nuovo una persona quando vuoi con /operator.
# Una riga dell'elenco dei progetti locali; { $project_phone } è il numero del progetto, o "none".
sys-referral-entry = { $project_phone ->
        [none] • { $city }: { $name }
       *[other] • { $city }: { $name }, { $project_phone }
    }
# Dopo un elenco in cui some project has no number of its own.
sys-referral-via-helpline =
    Il numero nazionale { $phone } può metterti in contatto con loro, giorno e notte.
    /menu per altre opzioni.
sys-referral-none =
    Non ho ancora un contatto locale per quel luogo.
    Il numero nazionale { $phone } funziona in tutta Italia, giorno e notte.

## Il lato operatore del passaggio, come lo vede la persona.
sys-operator-joined =
    Ciao, adesso c'è una persona qui per te.
    Ti risponde qualcuno del numero verde. Scrivi pure come vuoi; puoi anche chiamare il { $phone }, giorno e notte.
sys-operator-changed =
    Ciao, puoi continuare a scrivere qui.
    Adesso ti risponde qui un'altra persona del numero verde. Puoi anche chiamare il { $phone }, giorno e notte.
sys-operator-left =
    Ora stai di nuovo parlando con l'assistente automatico.
    Scrivi /menu per vedere le opzioni, oppure /operator per chiedere una persona.
sys-case-closed =
    Grazie di averci scritto.
    La conversazione con la persona del numero verde è finita. Puoi scrivere di nuovo quando vuoi,
    oppure chiamare il { $phone }: gratis, anonimo, giorno e notte. In pericolo: { $emergency }.
sys-nobody-on-duty =
    Grazie, abbiamo ricevuto la tua richiesta.
    Scusa, in questo momento non c'è nessuno del numero verde disponibile in chat.
    Chiama il { $phone }: gratis, anonimo, giorno e notte. In pericolo: { $emergency }.
    La richiesta resta aperta: appena arriva qualcuno, ti scriverà qui.
sys-nobody-answered =
    Grazie per l'attesa.
    Finora nessuno è stato libero di rispondere qui, scusa.
    Chiama il { $phone }: gratis, anonimo, giorno e notte. In pericolo: { $emergency }.
    Sei ancora in coda: una persona ti scriverà qui appena è libera.

## /menu mentre si aspetta una persona: prima si chiede, un solo comando non annulla la richiesta.
sys-leave-ask =
    Vuoi tornare al menu?
    Se torni al menu, la tua richiesta di parlare con una persona si chiude. Puoi chiederlo di nuovo quando vuoi con /operator.
sys-leave-opt-stay = Continuo ad aspettare
sys-leave-opt-menu = Vai al menu
sys-still-waiting =
    Bene, la tua richiesta resta aperta.
    Una persona ti risponderà qui appena è libera. Puoi continuare a scrivere.
sys-send-again =
    Scusa, non sono riuscito a leggere il tuo ultimo messaggio.
    Per favore invialo di nuovo.
sys-chat-not-private =
    Scusa, non posso rispondere in questa chat.
    Chiama il { $phone }: gratuito, anonimo, giorno e notte, in molte lingue.
    In pericolo: { $emergency }.

sys-safeword-ask =
    Ok.
    Adesso scrivi una tua parola, da sola in un messaggio. Dopo, se scrivi solo questa parola, cancello questa chat e la dimentico, come /exit.
    Scegli una parola che altre persone non indovinano. Non un numero.
sys-safeword-set =
    Ok.
    La tua parola è salvata. Se scrivi solo questa parola, cancello questa chat e la dimentico, come /exit.
    Nessuno può rileggere la parola, neanche il servizio.
sys-safeword-invalid =
    Scusa, non posso usare questa parola.
    Deve avere da 3 a 40 lettere, e non solo numeri. Scrivi /safeword per riprovare.
sys-notsafe-ok =
    Ok.
    Adesso non mando niente. Quando puoi leggere di nuovo, scrivimi un messaggio qualsiasi e continuo.
sys-switch-ask = Sembra che tu scriva in italiano. Vuoi continuare in italiano?
sys-switch-yes = Sì, italiano
sys-switch-no = No, grazie
sys-node-gone = Questa parte della chat è cambiata. Ecco di nuovo il menu.
