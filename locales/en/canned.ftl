### varco-review: reviewed
### Canned replies an operator sends with `!say <name>` (the name is the id without
### `canned-`). Rendered in the person's language. Short, calm, with a way forward.

canned-safe-now =
    Are you in a safe place right now?
    You can answer with yes or no.
canned-call-112 =
    If you are in danger now, call { $emergency }.
    It is free, also from a phone without credit.
canned-free-anonymous =
    Talking with us is free and anonymous.
    You do not have to give your name.
canned-no-documents =
    You do not need documents to get help.
    You can get help even without a residence permit.
canned-protection =
    In Italy there are protection programmes for people who were exploited.
    They give a safe place to stay, health care and help with documents and work.
canned-still-there =
    Are you still there?
    Write when you can; we are here.
