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
