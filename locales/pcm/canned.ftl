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
# `!say hello`: the operator's first words.
canned-hello =
    Hello, I dey here now.
    I dey work with di helpline. You fit write to me for your own words, as e dey sweet you, no rush.
# `!say reading`: the operator is reading what the person wrote.
canned-reading =
    I dey read your messages.
    Abeg give me small time, I go answer you soon.
# `!say call-helpline`. Example: { $phone } = "800 290 290".
canned-call-helpline =
    You fit make phone call now?
    If you fit, call { $phone }. E free, and you fit talk for your language with one mediator.
# `!say mediator`: a cultural mediator who speaks the person's language will be found.
canned-mediator =
    We go find person wey sabi talk your language.
    E fit take some time. We go write you for here when we find person.
# `!say take-your-time`.
canned-take-your-time =
    No hurry at all.
    You fit write anytime wey you want. You no need to talk everything now.
# `!say shelter`: a safe place to sleep (never a promise: "we can look").
canned-shelter =
    You get safe place to sleep tonight?
    If you no get, tell me. We fit find together one place wey you fit stay.
# `!say health`.
canned-health =
    You need doctor?
    For Italy you fit see doctor even if you no get documents. If e urgent, call { $emergency }.
# `!say police-your-choice`: exact on a legal point (talking to us is not reporting).
canned-police-your-choice =
    Na you go decide wetin go happen.
    To talk with us no be complaint to police. Police go enter am only if you want am.
# `!say documents-kept`: someone else keeps the person's documents.
canned-documents-kept =
    Another person dey keep your passport or your documents?
    You fit tell me. E important, and we fit help you with am.
# `!say debt`: money owed to the people who brought or employ the person.
canned-debt =
    You must pay money to somebody?
    Debt like dis no be your fault. You fit tell me about am; we no go judge you.
# `!say children`.
canned-children =
    Children dey with you?
    If children dey with you, help fit dey for dem too. Tell me how many and how old dem be.
# `!say where-roughly`: only the city, never an exact address.
canned-where-roughly =
    Which city or area you dey now?
    You no need give address. Di city don do to find help near you.
# `!say delete-chat`: a safety tip.
canned-delete-chat =
    One tip to keep you safe.
    If somebody dey check your phone, you fit delete dis chat. Type /exit and di bot go delete wetin e fit delete.
# `!say come-back-later`: the person can come back.
canned-come-back-later =
    You fit come back anytime.
    Write here again anytime wey you want, day or night. You fit also call { $phone }.
# `!say not-alone`.
canned-not-alone =
    You no dey alone.
    Plenty people don find help after situation like your own. We dey here for you.
# `!say goodbye`: end of the conversation.
canned-goodbye =
    Thank you say you write us.
    Take care. If you need us, write here again or call { $phone }.
