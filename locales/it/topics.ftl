### varco-review: unreviewed
### legal-review: pending
### Flusso argomenti (flows/topics.toml): le domande che le persone fanno, dal menu vittima.
### Ogni argomento è di 2–4 messaggi brevi, poi di nuovo il menu degli argomenti. Solo fatti
### delle note legali del numero verde; mai promettere risultati. Non ancora rivisto da un
### avvocato. Etichette dei pulsanti ≤ 30 caratteri; la PRIMA RIGA di ogni messaggio si vede
### sulla schermata di blocco e non deve dire nulla dell'argomento. Si dà del "tu".

## Menu

# Pulsante nel menu vittima che apre questo flusso.
topics-menu-label = Domande frequenti
topics-menu-ask =
    Scegli una domanda.
    Ogni risposta è breve. Poi torni qui.
# Apre il controllo ("È sfruttamento?"); detto in modo che chi guarda lo schermo non
# capisca di cosa si tratta.
topics-opt-check = Domande sulla mia situazione
topics-opt-work = Lavoro e paga
topics-opt-asylum = Asilo
topics-opt-health = Cure mediche
topics-opt-minors = Se hai meno di 18 anni
topics-opt-home = Tornare a casa in sicurezza
topics-opt-call = Cosa succede se chiamo
topics-opt-more = Altre domande

## È sfruttamento? Otto domande, tutte facoltative. Mai un giudizio.

topics-check-intro =
    Alcune domande brevi sulla tua situazione.
    Rispondi solo se vuoi. Puoi sempre scegliere “Preferisco non dirlo”.
    Non ci sono risposte giuste o sbagliate.
    Se qui ti risponde una persona del numero verde, vedrà le tue risposte. Così non devi ripetere tutto.
topics-answer-yes = Sì
topics-answer-no = No
topics-answer-skip = Preferisco non dirlo
topics-check-documents =
    Domanda 1 di 8.
    Qualcuno tiene il tuo passaporto o i tuoi documenti, e non puoi riaverli?
topics-check-debt =
    Domanda 2 di 8.
    Devi ripagare un debito a chi ti ha portato qui o ti ha trovato il lavoro?
topics-check-movement =
    Domanda 3 di 8.
    Qualcuno ti impedisce di lasciare il lavoro o la casa, o di andare dove vuoi?
topics-check-threats =
    Domanda 4 di 8.
    Qualcuno ha minacciato o fatto del male a te o a persone a cui tieni?
topics-check-pay =
    Domanda 5 di 8.
    Qualcuno si tiene la tua paga, o ti paga molto meno di quanto avevate detto?
topics-check-deceived =
    Domanda 6 di 8.
    Il lavoro è molto diverso da quello che ti avevano promesso?
topics-check-housing =
    Domanda 7 di 8.
    Vivi dove lavori, o in un posto scelto da chi ti fa lavorare?
topics-check-minor =
    Domanda 8 di 8.
    Hai meno di 18 anni?
topics-check-thanks =
    Grazie per le tue risposte.
    Alcune di queste cose possono essere segnali di sfruttamento. Possono anche avere altre cause.
    Solo parlando se ne può capire di più.
topics-check-meaning =
    Cosa può voler dire:
    se hai risposto “sì” a una o più domande, potresti avere diritto ad aiuto e protezione. Vale anche senza documenti.
    L'aiuto è gratuito. Non devi decidere niente adesso.
# Solo a chi ha risposto "sì" a "Hai meno di 18 anni?".
topics-check-under18 =
    Hai detto che hai meno di 18 anni.
    In Italia chi ha meno di 18 anni ha una protezione in più (legge 47/2017).
    Una persona del numero verde può spiegartela.
topics-check-next-ask =
    Cosa vuoi fare adesso?
    Parlare con una persona è gratuito e riservato. Puoi anche chiamare il numero { $phone }.

## Lavoro

topics-work-pay =
    Ecco alcune informazioni sul lavoro.
    Il lavoro che hai fatto deve essere pagato: è un tuo diritto.
    Vale anche senza contratto e senza permesso di soggiorno.
topics-work-signs =
    Altre due cose da sapere.
    Se chi ti fa lavorare tiene il tuo passaporto o i tuoi documenti, è un segnale di sfruttamento.
    Anche un “debito” da pagare a chi ti ha portato in Italia è un segnale.
    Il numero verde può aiutarti in tutti e due i casi.
topics-work-law =
    Da sapere:
    sfruttare chi lavora è un reato in Italia (“caporalato”, art. 603-bis c.p.).
    Esiste un permesso speciale per chi lavora, viene da un altro Paese e aiuta a far emergere i fatti (art. 18-ter d.lgs. 286/1998).
    Il numero verde può spiegarti cosa vale per te: chiama il numero { $phone } o parla con una persona qui.

## Asilo

topics-asylum =
    Ecco alcune informazioni.
    Puoi chiedere la protezione internazionale (asilo) e, nello stesso tempo, ricevere aiuto dal programma di protezione.
    I due sistemi collaborano e possono indirizzarti dall'uno all'altro.
topics-asylum-more =
    Per capire cosa è meglio per te, chiama il numero { $phone } o parla con una persona qui.
    Chiamare o scrivere non è una denuncia alla polizia. Decidi tu cosa dire.

## Cure mediche

topics-health =
    Ecco alcune informazioni sulla salute.
    Anche senza documenti puoi avere le cure urgenti ed essenziali. Chiedi il codice STP: è un codice sanitario per le persone straniere senza documenti.
topics-health-report =
    Da sapere:
    andare in ospedale o da un medico non porta a una segnalazione alla polizia (art. 35 c.5 d.lgs. 286/1998).
    In caso di emergenza, chiama il { $emergency }.

## Meno di 18 anni

topics-minors =
    Ecco alcune informazioni per i più giovani.
    Se hai meno di 18 anni, in Italia la legge ti dà una protezione in più (legge 47/2017).
topics-minors-age =
    Per favore, dicci se hai meno di 18 anni.
    Dillo alla persona che ti risponde qui, o quando chiami il numero { $phone }.
    Così sa che tipo di aiuto cercare con te.

## Tornare a casa

topics-home =
    Ecco alcune informazioni sul ritorno.
    Esistono programmi che aiutano le persone a tornare nel proprio Paese in sicurezza, se lo scelgono (rimpatrio volontario assistito; li gestisce l'OIM).
topics-home-more =
    La scelta è tua. Puoi anche restare in Italia e chiedere aiuto qui.
    Il numero verde può spiegarti come funziona: chiama il numero { $phone } o parla con una persona qui.

## Chiamare il numero nazionale

topics-call =
    Quando chiami il numero { $phone }:
    la chiamata è gratuita. Puoi chiamare giorno e notte, tutti i giorni.
    Non devi dire il tuo nome: la chiamata può essere anonima.
topics-call-language =
    Puoi chiedere un mediatore culturale: ci sono mediatori per molte lingue.
    Decidi tu cosa dire. Chiamare non è una denuncia alla polizia.
topics-call-chat =
    Da sapere:
    questa chat è riservata, ma non anonima. L'app che usi conosce il tuo account.
