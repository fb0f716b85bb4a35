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
# `!say hello`: the operator's first words.
canned-hello =
    Hello, I am here now.
    I work with the helpline. You can write to me in your words, at your pace.
# `!say reading`: the operator is reading what the person wrote.
canned-reading =
    I am reading your messages.
    Please give me a moment, I will answer soon.
# `!say call-helpline`. Example: { $phone } = "800 290 290".
canned-call-helpline =
    Can you make a phone call now?
    If you can, call { $phone }. It is free, and you can talk in your language with a mediator.
# `!say mediator`: a cultural mediator who speaks the person's language will be found.
canned-mediator =
    We will look for a person who speaks your language.
    It can take some time. We will write to you here when we find someone.
# `!say take-your-time`.
canned-take-your-time =
    There is no hurry.
    You can write when you want. You do not have to tell everything now.
# `!say shelter`: a safe place to sleep (never a promise: "we can look").
canned-shelter =
    Do you have a safe place to sleep tonight?
    If not, tell me. We can look together for a place where you can stay.
# `!say health`.
canned-health =
    Do you need a doctor?
    In Italy you can see a doctor even without documents. If it is urgent, call { $emergency }.
# `!say police-your-choice`: exact on a legal point (talking to us is not reporting).
canned-police-your-choice =
    You decide what happens.
    Talking with us is not a complaint to the police. The police are involved only if you want it.
# `!say documents-kept`: someone else keeps the person's documents.
canned-documents-kept =
    Does someone else keep your passport or your documents?
    You can tell me. It is important, and we can help you with it.
# `!say debt`: money owed to the people who brought or employ the person.
canned-debt =
    Do you have to pay money to someone?
    A debt like this is not your fault. You can tell me about it; we will not judge you.
# `!say children`.
canned-children =
    Are there children with you?
    If children are with you, help can be for them too. Tell me how many and how old.
# `!say where-roughly`: only the city, never an exact address.
canned-where-roughly =
    In which city or area are you now?
    You do not need to give an address. The city is enough to find help near you.
# `!say delete-chat`: a safety tip.
canned-delete-chat =
    A safety tip for you.
    If someone checks your phone, you can delete this chat. Type /exit and the bot deletes what it can.
# `!say come-back-later`: the person can come back.
canned-come-back-later =
    You can come back at any time.
    Write here again when you want, day or night. You can also call { $phone }.
# `!say not-alone`.
canned-not-alone =
    You are not alone.
    Many people found help after a situation like yours. We are here for you.
# `!say goodbye`: end of the conversation.
canned-goodbye =
    Thank you for writing to us.
    Take care. If you need us, write here again or call { $phone }.
