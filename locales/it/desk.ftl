### varco-review: unreviewed
### legal-review: none
### Quello che chi opera legge nella stanza di turno e nelle stanze dei casi (Matrix), nella
### lingua del numero verde. Mai un nome o un id della persona: numero del caso, canale, lingua.

desk-case-opened =
    Nuovo caso { $case } · { $channel } · lingua { $lang } · { $caller } · priorità { $priority } · { $reason }
    Invitati: { $operators }
desk-case-waiting = Il caso { $case } aspetta ancora ({ $minutes } min) · lingua { $lang } · priorità { $priority }. { $operators }
desk-nobody-on-duty = Il caso { $case } si è aperto senza nessuno di turno; alla persona sono stati dati il { $phone } e il { $emergency }. `!duty on` e `!takeover { $case }` per prenderlo.
desk-room-intro =
    Caso { $case } · { $channel } · lingua { $lang } · { $caller } · priorità { $priority } · { $reason }
    `!claim` per prenderlo; `!help` per tutti i comandi.
# Le risposte della persona al controllo del flusso topics ("È sfruttamento?"), aggiunte
# sotto desk-room-intro solo nella stanza del caso. Un suggerimento per chi opera, mai un
# giudizio; la persona non lo vede mai. $answered e $total sono numeri (5, 8); $suggested è
# low | normal | high | urgent; $yes, $no, $skipped sono elenchi di testi desk-indicator-*
# separati da virgole, oppure desk-assessment-none.
desk-assessment =
    Controllo risposto dalla persona: { $answered } domande su { $total } · priorità suggerita { $suggested }
    Sì: { $yes }
    No: { $no }
    Preferisce non dirlo: { $skipped }
desk-assessment-none = nessuna
desk-indicator-documents = documenti tenuti da altri
desk-indicator-debt = debito con chi l'ha portata qui
desk-indicator-movement = non libera di andarsene o di muoversi
desk-indicator-threats = minacce o violenza
desk-indicator-pay = paga trattenuta o molto più bassa del previsto
desk-indicator-deceived = ingannata sul lavoro
desk-indicator-housing = vive dove lavora
desk-indicator-minor = meno di 18 anni
desk-transcript = Prima del passaggio:
desk-person = Persona
desk-bot = Bot
desk-operator = Operatore
desk-claimed = Ora il caso { $case } è di { $owner }: i suoi messaggi vanno alla persona.
desk-released = Il caso { $case } torna al bot; `!claim` o `!takeover { $case }` per riprenderlo.
desk-transferred = Il caso { $case } passa da { $from } a { $to }.
desk-closed = Caso { $case } chiuso: { $outcome }.
desk-noted = Nota tenuta in questa stanza; non inviata alla persona.
desk-said = Inviato alla persona: { $text }
desk-lang = La persona scrive in { $lang }.
desk-duty-on = { $user } è di turno.
desk-duty-off = { $user } non è più di turno.
desk-withdrawn = Caso { $case }: la persona ha lasciato la coda.
desk-case-expired = Caso { $case }: la conversazione è rimasta ferma più a lungo di quanto il servizio la conserva, quindi è dimenticata. Il caso è chiuso.
desk-person-not-safe = Caso { $case }: la persona non può leggere adesso; i messaggi sono trattenuti finché non scrive di nuovo.
desk-person-back = Caso { $case }: la persona scrive di nuovo; { $count } messaggi trattenuti sono stati inviati.
desk-person-unreachable = Caso { $case }: la persona non può più ricevere messaggi qui (ha bloccato il bot o cancellato la chat). Il caso è chiuso.
desk-quick-exit = Caso { $case }: la persona ha usato l'uscita rapida; non le arriva più nulla.
desk-flood = Caso { $case }: la persona ha inviato { $count } messaggi in poco tempo (più di quanti il bot ne legga in un minuto) e le è stato chiesto di rallentare; ogni messaggio continua ad arrivare qui.
desk-media = Caso { $case }: la persona ha inviato un contenuto ({ $kind }).
desk-media-too-large = Non inviato: questo contenuto ({ $kind }) supera quello che l'app della persona accetta dal bot ({ $megabytes } MB). Invia un file più piccolo, o descrivilo a parole.
desk-media-not-sent = Non inviato: non è stato più possibile scaricare questo contenuto ({ $kind }). Per favore invialo di nuovo.
desk-person-media-too-large = Caso { $case }: la persona ha inviato un contenuto ({ $kind }) troppo grande per essere inoltrato (il limite è { $megabytes } MB); le è stato detto.
desk-media-gone = Caso { $case }: la persona ha inviato un contenuto ({ $kind }), ma non è più possibile scaricarlo; chiedile di inviarlo di nuovo.
desk-room-held = Caso { $case }: nella sua stanza c'è qualcuno che non è tra gli operatori e che il bot non riesce a rimuovere (gli sono stati dati poteri nella stanza fuori da Varco). Finché è lì, nella stanza non viene detto nulla; i messaggi della persona sono conservati. Chiedete all'amministratore del server di rimuoverlo.
desk-help =
    Nella stanza del caso: `!claim` prendi il caso · `!release` restituiscilo al bot · `!transfer @utente:server` · `!close <esito>` ({ $outcomes }) · `!note <testo>` (mai inviata) · `!say <risposta>` ({ $canned }; `!say` da solo mostra i testi) · `!lang` · `!help`
    Nella stanza di turno: `!duty on` · `!duty off` · `!takeover <caso>` · `!trust @utente:server` (dopo un cambio della sua identità)
    Solo i messaggi semplici di chi ha il caso vanno alla persona.
desk-refused-not-on-roster = Solo chi è nell'elenco degli operatori può usare i comandi.
desk-refused-not-owner = Può farlo solo { $owner }, che ha questo caso.
desk-refused-not-claimed = Nessuno ha ancora questo caso: prima `!claim`.
desk-refused-already-yours = Il caso è già tuo.
desk-refused-closed = Questo caso è chiuso.
desk-refused-target = { $user } non è nell'elenco degli operatori.
desk-refused-not-relayed = Non inviato alla persona: passano solo i messaggi di chi ha il caso ({ $owner }).
desk-refused-not-relayed-free = Non inviato alla persona: nessuno ha ancora il caso. `!claim` per prenderlo.
desk-refused-wrong-room = Questo comando va usato { $place ->
        [lobby] nella stanza di turno
       *[room] nella stanza di un caso
    }.
desk-command-error = { $error }
desk-unknown-canned = Non esiste una risposta pronta chiamata “{ $name }”. `!help` le elenca.
desk-no-such-case = Non c'è un caso aperto numero { $case }.
desk-room-name = Caso { $case }
desk-undecryptable = Il bot non è riuscito a decifrare un messaggio in questa stanza; non è stato inoltrato. Per favore invialo di nuovo.
desk-device-not-verified = Quel dispositivo non è verificato: nulla di ciò che ha inviato è stato eseguito o inoltrato. Verificalo nel tuo client (firma incrociata), poi invialo di nuovo.
desk-device-unverified = { $user } ha un dispositivo non verificato ({ $device }): non può leggere i nuovi casi e i suoi messaggi non vengono eseguiti. Se è tuo, verificalo nel tuo client; se non lo riconosci, disconnettilo e cambia la password.
desk-media-not-relayed = Alla persona passano solo testo, foto, messaggi vocali, video e file; questo messaggio non è stato inviato.
desk-flagged = La conversazione { $case } potrebbe aver bisogno di una persona ({ $reason }) · { $channel } · lingua { $lang } · priorità { $priority }. Il bot continua a rispondere; `!takeover { $case }` per prenderla.
desk-removed-not-on-roster = { $user } non è nell'elenco e viene tolto da questa stanza: nelle stanze dei casi possono stare solo gli operatori del numero verde.
desk-owner-left-roster = Il caso { $case } torna in coda: { $owner }, che lo aveva, non è più nell'elenco. `!claim` nella sua stanza o `!takeover { $case }` per prenderlo.

desk-lang-name = { $lang ->
    [en] inglese
    [it] italiano
    [fr] francese
    [pcm] pidgin nigeriano
    [ur] urdu
    [ar] arabo
    [bn] bengalese
    [pt] portoghese
    [ro] rumeno
    [zh] cinese
    [pa] punjabi
    [sq] albanese
    [es] spagnolo
    [uk] ucraino
    [ru] russo
    [bg] bulgaro
   *[other] { $lang }
}
desk-lang-speakers = { $count ->
    [0] nessuno di turno la parla (può servire un mediatore)
    [one] una persona di turno la parla
   *[other] { $count } persone di turno la parlano
}
desk-canned-list = Risposte pronte: `!say <nome>` ne manda una alla persona, nella sua lingua. Qui nella lingua della centrale:
desk-owner-silent = Caso { $case }: la persona aspetta da { $minutes } min una risposta di { $owner }. Chiunque sia di turno può prenderlo con `!takeover { $case }`.
desk-taken-over = { $owner } ha preso il caso { $case } da { $from }: d'ora in poi vanno alla persona solo i messaggi di { $owner }.
desk-flag-expired = La conversazione { $case } era segnalata ma nessuno l'ha presa entro { $hours } ore: chiusa come scaduta.
desk-refused-off-duty = Non sei di turno: prima `!duty on` nella stanza di turno.
desk-identity-changed = L'identità di sicurezza di { $user } è cambiata (la sua firma incrociata è stata reimpostata: da lei o lui, da qualcuno che ha la sua password o dall'amministratore del server). Finché un operatore non la conferma, { $user } è fuori dall'elenco: fuori da ogni stanza dei casi, i suoi casi tornano in coda. Chiedete a { $user } di persona o al telefono se l'ha reimpostata; se sì, `!trust { $user }`.
desk-identity-trusted = { $by } ha confermato la nuova identità di sicurezza di { $user }: { $user } è di nuovo nell'elenco.
desk-refused-not-suspended = { $user } non è un operatore in attesa di conferma: `!trust` serve solo per un operatore la cui identità è cambiata.
desk-removed-suspended = { $user } viene tolto da questa stanza: la sua identità di sicurezza è cambiata e nessun operatore l'ha ancora confermata.
desk-verify-compare = Per verificare il bot, confronta con ciò che mostra il tuo client: { $emoji } (o i numeri { $numbers }). Premi “Corrispondono” solo se sono uguali; altrimenti premi “Non corrispondono” e avvisa l'amministratore.
