### varco-review: unreviewed
### legal-review: pending
### Flusso testimone: chi è in pensiero per un'altra persona. Segnali, cosa fare e non fare,
### come segnalare, parlare con una persona. Segnali generali.

## Menu

witness-intro =
    Grazie per averci scritto.
    Qui trovi informazioni se sei in pensiero per qualcuno, oppure puoi parlare con una persona.
witness-menu-ask = Cosa vuoi sapere?
witness-opt-signs = Segnali a cui fare caso
witness-opt-advice = Cosa fare e non fare
witness-opt-report = Come segnalare

## Segnali

witness-signs-list-1 =
    Ecco alcune informazioni.
    Alcuni possibili segnali di tratta o sfruttamento: la persona
    • non ha in mano i propri documenti
    • è controllata, o non può muoversi liberamente
witness-signs-list-2 =
    • ha un debito che non riesce a ripagare
    • lavora moltissime ore con una paga bassa o senza paga
    • sembra avere paura
witness-signs-note =
    Sono solo possibili segnali, non prove.
    Se hai dubbi, il numero verde può consigliarti: { $phone }, gratuito, giorno e notte.

## Cosa fare e non fare

witness-advice-dont =
    Qualche consiglio.
    Non affrontare lo sfruttatore e non fare indagini per conto tuo.
    Non fare nulla che possa mettere a rischio la persona.
witness-advice-do =
    Cosa puoi fare:
    ascolta la persona. Condividi il numero { $phone }: gratuito, anonimo, giorno e notte.
    Se qualcuno è in pericolo, chiama il { $emergency }.

## Come segnalare

witness-report-call =
    Ecco alcune informazioni.
    Per segnalare, chiama il numero { $phone }: gratuito, anonimo, giorno e notte. Non è una denuncia alla polizia.
    Il numero verde può consigliarti e mettersi in contatto con i servizi del territorio e, se serve, con le forze dell'ordine.
witness-report-urgent =
    Un'ultima cosa:
    se qualcuno è in pericolo immediato, chiama il { $emergency }.
    Puoi anche parlare con una persona qui: scegli qui sotto.

## Parlare con una persona

witness-person-queued =
    Va bene, grazie.
    Sto chiedendo a una persona del numero verde di risponderti qui. Il tuo numero di riferimento è { $case }.
    Puoi già scrivere cosa ti preoccupa. /menu per tornare indietro.
