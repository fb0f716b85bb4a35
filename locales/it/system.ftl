### varco-review: unreviewed
### Messaggi interni che servono al motore (vedi flows/README.md) e il nome della lingua.

language-name = Italiano

sys-unknown-command =
    Scusa, non conosco questo comando.
    Scrivi /help per vedere i comandi che puoi usare.
sys-choose-number = Rispondi con un numero da 1 a { $max }, per favore.
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
sys-edited =
    Grazie. Leggo solo i messaggi nuovi, non le modifiche a quelli precedenti.
    Invialo di nuovo come nuovo messaggio, oppure scrivi /menu.
# Inviato una volta quando una chat manda più messaggi al minuto di quanti il bot ne legga.
sys-slow-down =
    Grazie. Stai scrivendo più veloce di quanto io riesca a leggere.
    Aspetta un minuto, poi scrivi di nuovo. In pericolo: { $emergency }.
# Una persona ha chiesto un operatore, ma nessun canale per gli operatori è attivo.
sys-no-operator =
    Grazie per la richiesta.
    In questo momento nessuno può rispondere in questa chat, scusa.
    Chiama il { $phone }: gratuito, anonimo, giorno e notte, in molte lingue.
    In pericolo: { $emergency }.
# Messaggi interi che funzionano come /exit (separati da virgole). Parole che nessuno
# manda per sbaglio.
sys-exit-words = esci, uscita, uscita rapida
sys-not-understood =
    Scusa, non ho capito.
    Scrivi /menu per vedere le opzioni, o /operator per parlare con una persona.
sys-waiting-operator =
    Grazie, sei in coda.
    I tuoi messaggi vengono inoltrati. Una persona ti risponderà appena possibile.
    /menu per uscire dalla coda. Puoi anche chiamare il numero { $phone }, giorno e notte.
    In pericolo: { $emergency }.
sys-left-queue =
    Va bene. Hai lasciato la coda.
    Puoi chiedere di nuovo una persona quando vuoi con /operator.
# Una riga dell'elenco dei progetti locali; { $project_phone } è il numero del progetto, o "none".
sys-referral-entry = { $project_phone ->
        [none] • { $city }: { $name }
       *[other] • { $city }: { $name }, { $project_phone }
    }
# After a list in which some project has no number of its own.
sys-referral-via-helpline =
    Il numero nazionale { $phone } può metterti in contatto con loro, giorno e notte.
    /menu per altre opzioni.
sys-referral-none =
    Non ho ancora un contatto locale per quel luogo.
    Il numero nazionale { $phone } funziona in tutta Italia, giorno e notte.
