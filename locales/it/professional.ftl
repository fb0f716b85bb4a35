### varco-review: unreviewed
### legal-review: pending
### Flusso professionisti: enti, forze dell'ordine, servizi sociali e sanitari, sindacati,
### associazioni di categoria. Consulenza, procedura di invio, parlare con una persona.
### Ci si rivolge con il "Lei".

## Menu

professional-intro =
    Grazie per averci scritto.
    Il numero verde supporta anche enti e servizi che incontrano persone che potrebbero avere bisogno di protezione.
professional-menu-ask = Che cosa desidera sapere?
professional-opt-consult = Consulenza
professional-opt-referral = Procedura di invio

## Consulenza

professional-consult-advice =
    Ecco alcune informazioni.
    Il numero verde offre consulenza a enti pubblici e del privato sociale che entrano in contatto con possibili vittime di tratta e sfruttamento di ogni tipo: sessuale, lavorativo, elemosina forzata, attività illegali forzate.
    Rivolgersi al numero verde non è una denuncia; decide la persona.
professional-consult-assess =
    Inoltre:
    valuta con Lei se ci sono le condizioni per le misure di sostegno: il programma unico di emersione, assistenza e integrazione sociale (art. 18 c.3-bis d.lgs. 286/1998), il permesso per casi speciali (art. 18 d.lgs. 286/1998; percorso sociale o giudiziario) e, per lo sfruttamento lavorativo, il permesso dell'art. 18-ter d.lgs. 286/1998.
    I cittadini dell'Unione europea possono accedere al programma senza permesso. L'aiuto non dipende dal permesso.
professional-consult-who =
    Chi può attivarlo:
    servizi sociali e sanitari, enti del privato sociale, associazioni di datori di lavoro e di lavoratori, forze dell'ordine, autorità giudiziaria e privati cittadini.
    Può chiamare il numero { $phone }, 24 ore su 24, o parlare con una persona qui.

## Procedura di invio

professional-referral-local =
    Ecco alcune informazioni.
    Il numero verde invia le persone ai progetti del territorio che realizzano il programma unico di emersione, assistenza e integrazione sociale (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 maggio 2016; art. 13 L. 228/2003).
professional-referral-transfer =
    Mette inoltre in rete le richieste di trasferimento tra i progetti che realizzano il programma in altri territori.
    Per un invio, può chiamare il numero { $phone } o parlare con una persona qui.

## Parlare con una persona

professional-person-queued =
    Va bene, grazie.
    Chiedo a una persona del numero verde di risponderLe qui. Numero di riferimento: { $case }.
    Può già scrivere la Sua domanda. /menu per tornare indietro.
