### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Canned replies an operator sends with `!say <name>` (the name is the id without
### `canned-`). Rendered in the person's language. Short, calm, with a way forward.
### For translators: CEFR A2; the first line is what a lock screen shows, so it stays
### neutral. { $phone } = "800 290 290", { $emergency } = "112".

# `!say safe-now`: asks whether the person is safe.
canned-safe-now =
    Como você está agora?
    Você está em um lugar seguro? Pode responder com sim ou não.
# `!say call-112`. Example: { $emergency } = "112".
canned-call-112 =
    Você pode ligar para o { $emergency } a qualquer hora, de graça.
    Se você está em perigo agora, ligue. Funciona mesmo sem crédito no celular.
# `!say free-anonymous` (the id stays; the text is exact: the chat is confidential, a call
# can be anonymous). Example: { $phone } = "800 290 290".
canned-free-anonymous =
    Falar com a gente é gratuito. Você não precisa dizer seu nome.
    Esta conversa é confidencial, mas não anônima: o aplicativo que você usa conhece sua conta. Uma ligação para o { $phone } pode ser anônima.
# `!say no-documents`.
canned-no-documents =
    Bom saber:
    você não precisa de documentos para receber ajuda. Você pode receber ajuda mesmo sem autorização de residência.
    Pedir ajuda não é uma denúncia à polícia: quem decide é você.
# `!say protection`: the single programme, never a promise ("can offer").
canned-protection =
    Existe ajuda para você na Itália.
    Há um programa de proteção para pessoas que sofreram exploração. Ele pode oferecer um lugar seguro para ficar, comida, cuidados de saúde e ajuda com documentos e trabalho.
# `!say still-there`.
canned-still-there =
    Você ainda está aí?
    Escreva quando puder; estamos aqui.
