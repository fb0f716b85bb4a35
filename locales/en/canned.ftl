### varco-review: reviewed
### legal-review: pending
### Canned replies an operator sends with `!say <name>` (the name is the id without
### `canned-`). Rendered in the person's language. Short, calm, with a way forward.
### For translators: CEFR A2; the first line is what a lock screen shows, so it stays
### neutral. { $phone } = "800 290 290", { $emergency } = "112".

# `!say safe-now`: asks whether the person is safe.
canned-safe-now =
    How are you right now?
    Are you in a safe place? You can answer with yes or no.
# `!say call-112`. Example: { $emergency } = "112".
canned-call-112 =
    You can call { $emergency } at any time, for free.
    If you are in danger now, please call it. It works even with no credit on your phone.
# `!say free-anonymous` (the id stays; the text is exact: the chat is confidential, a call
# can be anonymous). Example: { $phone } = "800 290 290".
canned-free-anonymous =
    Talking with us is free. You do not have to give your name.
    This chat is confidential, but not anonymous: the app you use knows your account. A call to { $phone } can be anonymous.
# `!say no-documents`.
canned-no-documents =
    Good to know:
    you do not need documents to get help. You can get help even without a residence permit.
    Asking for help is not a complaint to the police: you decide.
# `!say protection`: the single programme, never a promise ("can offer").
canned-protection =
    There is help for you in Italy.
    There is a protection programme for people who were exploited. It can offer a safe place to stay, food, health care, and help with documents and work.
# `!say still-there`.
canned-still-there =
    Are you still there?
    Write when you can; we are here.
