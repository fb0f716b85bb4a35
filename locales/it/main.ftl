### varco-review: unreviewed
### legal-review: pending
### Flusso principale: benvenuto, lingua, controllo di sicurezza, chi scrive, aiuto, operatore,
### uscita rapida, fine, ed etichette delle opzioni comuni a tutti i flussi (nav-*).
### Regola: la prima riga di ogni messaggio deve essere innocua sulla schermata di blocco.

## Benvenuto e lingua

welcome-hello = Ciao, e grazie per averci scritto.
welcome-free =
    Sono un assistente automatico. Qui può scriverti anche una persona del nostro gruppo.
    Questa chat è gratuita e riservata. Non serve dire il tuo nome.
    Prima di tutto, scegli la lingua.
language-ask = Quale lingua preferisci?

## Controllo di sicurezza

safety-privacy =
    Un consiglio per la tua privacy.
    Il telefono può mostrare i nuovi messaggi sulla schermata di blocco. Per nasconderli, disattiva l'anteprima dei messaggi nelle impostazioni delle notifiche della tua app.
    Questa chat è riservata, ma non anonima: l'app che usi conosce il tuo account. Una telefonata al numero { $phone } può essere anonima.
safety-ask = In questo momento puoi scrivere in modo sicuro?
safety-opt-yes = Sì
safety-opt-later = Non ora
safety-ok =
    Bene.
    Un consiglio: scrivi /exit in qualsiasi momento per uscire subito.
    Così, quando è possibile, questa chat si cancella.
safety-tips-exit =
    Va bene. Qualche consiglio.
    Per uscire subito, scrivi /exit in qualsiasi momento o premi il pulsante qui sotto.
    Così, quando è possibile, questa chat si cancella.
safety-tips-delete =
    Puoi anche cancellare questa chat direttamente dalla tua app.
    Il bot può cancellare solo i messaggi recenti: è meglio farlo anche tu.
safety-tips-emergency =
    Un'ultima cosa:
    se sei in pericolo immediato, chiama il { $emergency }.
safety-next-ask = Vuoi continuare adesso?
safety-opt-continue = Continua
safety-opt-stop = Per ora mi fermo

## Chi scrive (il menu principale)

role-ask =
    Grazie. Quale di queste frasi va bene per te?
    Scegli “Chiedo per il mio lavoro” se lavori per un'organizzazione, le forze dell'ordine, i servizi sociali o sanitari, un sindacato o un'associazione di categoria.
role-opt-self = Ho bisogno di aiuto per me
role-opt-other = Mi preoccupo per qualcuno
role-opt-work = Chiedo per il mio lavoro

## Etichette delle opzioni comuni a tutti i flussi (pulsanti: al massimo 30 caratteri)

nav-person = Parla con una persona
nav-main-menu = Menu principale
nav-back = Indietro
nav-leave = Esci e cancella la chat
nav-not-safe = Ora non posso leggere

## Aiuto

help-commands =
    Ecco cosa puoi scrivere in qualsiasi momento:
    /menu: vedi le opzioni
    /lang: cambia lingua
    /operator: parla con una persona
help-more =
    /exit: esci subito, cancella questa chat dove possibile
    /safeword: scegli una tua parola che funziona come /exit
    /notsafe: non mando niente finché non scrivi di nuovo
    /help: questo messaggio
    { $helpline }: { $phone }, gratuito e anonimo, giorno e notte.
    In pericolo immediato: { $emergency }.

## Parlare con una persona (da /operator o dal menu principale)

operator-queued =
    Va bene, grazie.
    Sto chiedendo a una persona del numero verde di risponderti qui. Il tuo numero di riferimento è { $case }.
    Puoi scrivere mentre aspetti. /menu per tornare indietro, /exit per uscire subito.

## Uscita rapida e fine

# Neutro di proposito: è l'ultima cosa che resta sullo schermo.
exit-neutral = Ok.
end-bye =
    Grazie per averci scritto.
    Puoi scrivere di nuovo quando vuoi, o chiamare il numero { $phone }, giorno e notte.
