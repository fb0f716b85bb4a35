### varco-review: unreviewed
### legal-review: pending
### Risposte pronte che chi opera invia con `!say <nome>` (il nome è l'id senza
### `canned-`). Nella lingua della persona. Brevi, calme, con una strada da seguire.

canned-safe-now =
    Come stai adesso?
    Sei in un posto sicuro? Puoi rispondere sì o no.
canned-call-112 =
    Puoi chiamare il { $emergency } in qualsiasi momento, gratis.
    Se adesso sei in pericolo, chiamalo. Funziona anche senza credito sul telefono.
canned-free-anonymous =
    Parlare con noi è gratis. Non devi dire il tuo nome.
    Questa chat è riservata, ma non anonima: l'app che usi conosce il tuo account. Una telefonata al numero { $phone } può essere anonima.
canned-no-documents =
    Da sapere:
    per avere aiuto non servono documenti. Puoi avere aiuto anche senza permesso di soggiorno.
    Chiedere aiuto non è una denuncia alla polizia: decidi tu.
canned-protection =
    In Italia c'è aiuto anche per te.
    C'è un programma di protezione per chi ha subito sfruttamento. Può offrire un posto sicuro dove stare, da mangiare, cure mediche e aiuto con documenti e lavoro.
canned-still-there =
    Ci sei ancora?
    Scrivi quando puoi; noi siamo qui.
canned-hello =
    Ciao, adesso ci sono io.
    Lavoro per il numero verde. Puoi scrivermi con le tue parole, con calma.
canned-reading =
    Sto leggendo i tuoi messaggi.
    Dammi un momento, ti rispondo presto.
canned-call-helpline =
    Puoi fare una telefonata adesso?
    Se puoi, chiama il { $phone }. È gratis, e puoi parlare nella tua lingua con una persona che fa da mediatrice.
canned-mediator =
    Cerchiamo una persona che parla la tua lingua.
    Può servire un po' di tempo. Ti scriviamo qui quando la troviamo.
canned-take-your-time =
    Non c'è fretta.
    Puoi scrivere quando vuoi. Non devi raccontare tutto adesso.
canned-shelter =
    Hai un posto sicuro per dormire stanotte?
    Se no, dimmelo. Possiamo cercare insieme un posto dove stare.
canned-health =
    Hai bisogno di un medico?
    In Italia puoi andare dal medico anche senza documenti. Se è urgente, chiama il { $emergency }.
canned-police-your-choice =
    Decidi tu cosa succede.
    Parlare con noi non è una denuncia alla polizia. La polizia entra solo se lo vuoi tu.
canned-documents-kept =
    Qualcun altro tiene il tuo passaporto o i tuoi documenti?
    Puoi dirmelo. È importante, e possiamo aiutarti.
canned-debt =
    Devi pagare dei soldi a qualcuno?
    Un debito così non è colpa tua. Puoi parlarmene; non ti giudichiamo.
canned-children =
    Ci sono bambini con te?
    Se ci sono bambini con te, l'aiuto può essere anche per loro. Dimmi quanti sono e quanti anni hanno.
canned-where-roughly =
    In quale città o zona sei adesso?
    Non serve un indirizzo. Basta la città per trovare aiuto vicino a te.
canned-delete-chat =
    Un consiglio per la tua sicurezza.
    Se qualcuno controlla il tuo telefono, puoi cancellare questa chat. Scrivi /exit e il bot cancella quello che può.
canned-come-back-later =
    Puoi tornare quando vuoi.
    Scrivi di nuovo qui quando vuoi, di giorno o di notte. Puoi anche chiamare il { $phone }.
canned-not-alone =
    Siamo qui con te.
    Non devi affrontare tutto questo senza nessuno. Molte persone hanno trovato aiuto dopo una situazione come la tua.
canned-goodbye =
    Grazie per averci scritto.
    Abbi cura di te. Se hai bisogno, scrivi di nuovo qui o chiama il { $phone }.
