### varco-review: unreviewed
### Flusso vittima: diritti e vie d'uscita, aiuto vicino a te, parlare con una persona, pericolo ora.
### I testi legali restano generali come le note legali della helpline; mai promettere risultati.

## Menu

victim-intro =
    Grazie per avermelo detto.
    Qui trovi informazioni, aiuto vicino a te, oppure puoi parlare con una persona.
    Ci sono persone che possono aiutarti.
victim-menu-ask = Cosa vuoi fare?
victim-opt-rights = Diritti e vie d'uscita
victim-opt-where = Aiuto vicino a me
victim-opt-danger = Sono in pericolo ora

## Diritti e vie d'uscita

victim-rights-ask =
    Scegli un argomento.
    Esistono vie d'uscita, e l'aiuto è gratuito.
victim-rights-opt-permit = Permesso di soggiorno
victim-rights-opt-programme = Accoglienza e primo aiuto
victim-rights-opt-work = Lavoro, elemosina, reati

# art. 18 d.lgs. 286/1998
victim-rights-art18-permit =
    Ecco alcune informazioni.
    La legge italiana prevede un permesso di soggiorno per protezione sociale (art. 18 d.lgs. 286/1998).
    È per le persone straniere che hanno subito violenza o grave sfruttamento e sono in pericolo.
victim-rights-art18-paths =
    Si può chiedere in due modi.
    Percorso sociale: tramite i servizi sociali o un ente accreditato, senza denuncia.
    Percorso giudiziario: con una denuncia.
victim-rights-art18-access =
    Cosa può offrire:
    il permesso dà accesso ad assistenza, studio e lavoro.
    Il numero verde può valutare con te se è adatto alla tua situazione: chiama il numero { $phone } o parla con una persona qui.

# art. 13 L. 228/2003
victim-rights-art13-programme =
    Ecco alcune informazioni.
    Esiste anche un programma di assistenza (art. 13 L. 228/2003).
    Può offrire alloggio temporaneo, vitto e assistenza sanitaria.
victim-rights-art13-first =
    È il primo passo, prima di programmi più lunghi.
    Per informazioni, chiama il numero { $phone } o parla con una persona qui.

# Non solo sfruttamento sessuale
victim-rights-work =
    Ecco alcune informazioni.
    Queste tutele possono valere anche per lo sfruttamento sul lavoro, l'accattonaggio forzato o le attività illegali forzate.
    Per chiedere aiuto non serve che si tratti di sfruttamento sessuale.

# Mostrato dopo ogni argomento qui sopra.
victim-rights-always =
    Da sapere:
    l'aiuto è gratuito e anonimo. Per chiamare non servono documenti.
    Chiama il numero { $phone }, giorno e notte, in molte lingue.
    In caso di pericolo, chiama il { $emergency }.

## Aiuto vicino a te

# Senza { $region } di proposito: ripetere ciò che la persona ha scritto lo mostrerebbe sulla schermata di blocco.
victim-where-found = Grazie. Ecco cosa ho trovato:

## Parlare con una persona

victim-person-queued =
    Va bene, grazie.
    Sto chiedendo a una persona del numero verde di risponderti qui. Il numero del tuo caso è { $case }.
    Puoi scrivere mentre aspetti. /exit cancella questa chat. In pericolo: { $emergency }.

## Pericolo ora

victim-danger-call =
    Va bene. Prima di tutto:
    se puoi, chiama subito il { $emergency }. È gratuito.
    Intanto chiedo a una persona del numero verde di risponderti qui.
victim-danger-queued =
    Il numero del tuo caso è { $case }.
    Una persona ti risponderà qui il prima possibile. Puoi continuare a scrivere.
    Per nascondere subito questa chat, scrivi /exit.
