### varco-review: unreviewed
### legal-review: pending
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
victim-rights-opt-programme = Casa, cure e nuova vita
victim-rights-opt-work = Lavoro, paga e documenti

# Il permesso dell'art. 18 d.lgs. 286/1998 ("casi speciali")
victim-rights-art18-permit =
    Ecco alcune informazioni.
    In Italia esiste un permesso di soggiorno speciale per chi viene da un altro Paese, ha subito violenza o grave sfruttamento ed è in pericolo ("casi speciali", art. 18 d.lgs. 286/1998).
    Chi ha la cittadinanza di un Paese dell'Unione europea, per esempio Romania o Bulgaria, non ha bisogno del permesso. Può avere lo stesso aiuto.
victim-rights-art18-paths =
    Come funziona:
    il permesso lo rilascia la Questura. Lo può proporre il pubblico ministero, dopo una denuncia. Lo possono proporre anche i servizi sociali o un ente accreditato: in questo caso la legge non chiede una denuncia.
    In pratica, le cose cambiano da città a città. Il numero verde può spiegarti cosa vale dove ti trovi.
victim-rights-art18-access =
    Cosa può darti:
    il permesso dura sei mesi. Si può rinnovare per un anno, o per più tempo se serve per motivi di giustizia. Con il permesso puoi avere assistenza, studiare e lavorare. Poi può diventare un permesso per lavoro o per studio.
    Se lasci il programma, il permesso può finire.
    Il numero verde può valutare con te se fa al caso tuo: chiama il numero { $phone } o parla con una persona qui.

# Il programma unico (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 maggio 2016)
victim-rights-programme =
    Ecco alcune informazioni.
    In Italia c'è un unico programma per chi ha subito sfruttamento (art. 18 c.3-bis d.lgs. 286/1998, art. 13 L. 228/2003).
    All'inizio può offrire un posto sicuro dove stare, da mangiare, cure mediche e aiuto legale.
victim-rights-programme-next =
    Dopo:
    può aiutarti a costruire una nuova vita: corsi di lingua, formazione e lavoro.
    Lo gestiscono progetti locali in molte parti d'Italia. Per informazioni, chiama il numero { $phone } o parla con una persona qui.
victim-rights-health =
    Sulle cure mediche:
    anche senza documenti puoi avere le cure urgenti ed essenziali in ospedale e dal medico (codice STP).
    Andare in ospedale o dal medico non porta a una segnalazione alla polizia (art. 35 c.5 d.lgs. 286/1998).

# Sfruttamento sul lavoro
victim-rights-work =
    Ecco alcune informazioni.
    L'aiuto non è solo per lo sfruttamento sessuale. È anche per lo sfruttamento sul lavoro, l'elemosina forzata e i reati imposti con la forza.
    Il lavoro che hai fatto deve essere pagato, anche senza contratto o permesso.
victim-rights-work-signs =
    Alcune cose da sapere:
    se un datore di lavoro tiene il tuo passaporto o i tuoi documenti, o se devi pagare un "debito" a chi ha organizzato il tuo viaggio in Italia, sono segnali di sfruttamento. Il numero verde può aiutarti in tutti e due i casi.
    Sfruttare i lavoratori è un reato (caporalato, art. 603-bis c.p.). Chi viene da un Paese fuori dall'Unione europea e aiuta a far emergere i fatti può avere un permesso speciale (art. 18-ter d.lgs. 286/1998).

# Mostrato dopo ogni argomento qui sopra.
victim-rights-always =
    Da sapere:
    chiedere aiuto non è una denuncia alla polizia: decidi tu. Per avere aiuto non servono permesso o documenti.
    La telefonata al numero { $phone } è gratuita e può essere anonima, giorno e notte, in molte lingue. Questa chat è riservata, ma non anonima.
    In caso di pericolo, chiama il { $emergency }.

## Aiuto vicino a te

# Senza { $region } di proposito: ripetere ciò che la persona ha scritto lo mostrerebbe sulla schermata di blocco.
victim-where-found = Grazie. Ecco cosa ho trovato:

## Parlare con una persona

victim-person-queued =
    Va bene, grazie.
    Sto chiedendo a una persona del numero verde di risponderti qui. Il tuo numero di riferimento è { $case }.
    Puoi scrivere mentre aspetti. /exit cancella questa chat. In pericolo: { $emergency }.

## Pericolo ora

victim-danger-call =
    Grazie di avermelo detto. Siamo qui con te.
    Se puoi, chiama subito il { $emergency }. È gratuito e funziona anche senza credito.
victim-danger-queued =
    Il tuo numero di riferimento è { $case }.
    Una persona ti risponderà qui il prima possibile. Puoi continuare a scrivere.
    Per nascondere subito questa chat, scrivi /exit.
