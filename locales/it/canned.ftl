### varco-review: unreviewed
### Risposte pronte che chi opera invia con `!say <nome>` (il nome è l'id senza
### `canned-`). Nella lingua della persona. Brevi, calme, con una strada da seguire.

canned-safe-now =
    Adesso sei in un posto sicuro?
    Puoi rispondere sì o no.
canned-call-112 =
    Se adesso sei in pericolo, chiama il { $emergency }.
    È gratis, anche da un telefono senza credito.
canned-free-anonymous =
    Parlare con noi è gratis e anonimo.
    Non devi dire il tuo nome.
canned-no-documents =
    Non servono documenti per avere aiuto.
    Puoi avere aiuto anche senza permesso di soggiorno.
canned-protection =
    In Italia ci sono programmi di protezione per chi è stato sfruttato.
    Danno un posto sicuro dove stare, cure mediche e aiuto con documenti e lavoro.
canned-still-there =
    Ci sei ancora?
    Scrivi quando puoi; noi siamo qui.
