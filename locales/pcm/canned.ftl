### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Canned replies an operator sends with `!say <name>` (the name is the id without
### `canned-`). Rendered in the person's language. Short, calm, with a way forward.
### For translators: CEFR A2; the first line is what a lock screen shows, so it stays
### neutral. { $phone } = "800 290 290", { $emergency } = "112".

# `!say safe-now`: asks whether the person is safe.
canned-safe-now =
    How you dey now?
    You dey for safe place? You fit answer yes or no.
# `!say call-112`. Example: { $emergency } = "112".
canned-call-112 =
    You fit call { $emergency } any time, e free.
    If danger dey for you now, abeg call am. E dey work even if you no get credit for your phone.
# `!say free-anonymous` (the id stays; the text is exact: the chat is confidential, a call
# can be anonymous). Example: { $phone } = "800 290 290".
canned-free-anonymous =
    To talk with us na free. You no need to give your name.
    Dis chat dey private, but e no hide who you be: di app wey you dey use sabi your account. If you call { $phone }, you fit hide who you be.
# `!say no-documents`.
canned-no-documents =
    Good to know:
    you no need documents to get help. You fit get help even if you no get residence permit.
    To ask for help no be complaint to police: na you go decide.
# `!say protection`: the single programme, never a promise ("can offer").
canned-protection =
    Help dey for you for Italy.
    Protection programme dey for people wey dem don exploit. E fit give you safe place to stay, food, health care, and help with documents and work.
# `!say still-there`.
canned-still-there =
    You still dey there?
    Write anytime wey you fit; we dey here.
