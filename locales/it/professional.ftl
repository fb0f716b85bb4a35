### varco-review: unreviewed
### Flusso professionisti: enti, forze dell'ordine, servizi sociali e sanitari, sindacati,
### associazioni di categoria. Consulenza, procedura di invio, parlare con una persona.

## Menu

professional-intro =
    Grazie per averci scritto.
    Il numero verde supporta anche enti e servizi che incontrano persone che potrebbero avere bisogno di protezione.
professional-menu-ask = Cosa vuoi sapere?
professional-opt-consult = Consulenza
professional-opt-referral = Procedura di invio

## Consulenza

professional-consult-advice =
    Ecco alcune informazioni.
    Il numero verde offre consulenza a soggetti istituzionali e del privato sociale che entrano in contatto con possibili vittime di tratta e sfruttamento.
professional-consult-assess =
    Inoltre:
    valuta se sussistono le condizioni per gli interventi di sostegno previsti dalla normativa (art. 18 d.lgs. 286/1998, art. 13 L. 228/2003).
professional-consult-who =
    Chi può attivarlo:
    servizi socio-sanitari, enti del privato sociale, associazioni di categoria del mondo del lavoro, forze dell'ordine, autorità giudiziaria e privati cittadini.
    Chiama il numero { $phone }, 24 ore su 24, o parla con una persona qui.

## Procedura di invio

professional-referral-local =
    Ecco alcune informazioni.
    Il numero verde invia le persone vittime di tratta alle strutture del territorio che realizzano i programmi di assistenza (art. 13 L. 228/2003) e di assistenza e integrazione sociale (art. 18 d.lgs. 286/1998).
professional-referral-transfer =
    Mette inoltre in rete le richieste di trasferimento tra gli enti che realizzano questi programmi in altri territori.
    Per un invio, chiama il numero { $phone } o parla con una persona qui.

## Parlare con una persona

professional-person-queued =
    Va bene, grazie.
    Sto chiedendo a una persona del numero verde di risponderti qui. Numero del caso: { $case }.
    Puoi già scrivere la tua domanda. /menu per tornare indietro.
