### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Canned replies an operator sends with `!say <name>` (the name is the id without
### `canned-`). Rendered in the person's language. Short, calm, with a way forward.
### For translators: CEFR A2; the first line is what a lock screen shows, so it stays
### neutral. { $phone } = "800 290 290", { $emergency } = "112".

# `!say safe-now`: asks whether the person is safe.
canned-safe-now =
    ਹੁਣ ਤੁਹਾਡਾ ਕੀ ਹਾਲ ਹੈ?
    ਕੀ ਤੁਸੀਂ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਤੇ ਹੋ? ਤੁਸੀਂ ਹਾਂ ਜਾਂ ਨਹੀਂ ਵਿੱਚ ਜਵਾਬ ਦੇ ਸਕਦੇ ਹੋ।
# `!say call-112`. Example: { $emergency } = "112".
canned-call-112 =
    ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਵੇਲੇ { $emergency } ਤੇ ਮੁਫ਼ਤ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹੋ।
    ਜੇ ਹੁਣ ਤੁਹਾਨੂੰ ਖ਼ਤਰਾ ਹੈ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਫ਼ੋਨ ਕਰੋ। ਫ਼ੋਨ ਵਿੱਚ ਬੈਲੇਂਸ ਨਾ ਹੋਵੇ ਤਾਂ ਵੀ ਇਹ ਕੰਮ ਕਰਦਾ ਹੈ।
# `!say free-anonymous` (the id stays; the text is exact: the chat is confidential, a call
# can be anonymous). Example: { $phone } = "800 290 290".
canned-free-anonymous =
    ਸਾਡੇ ਨਾਲ ਗੱਲ ਕਰਨਾ ਮੁਫ਼ਤ ਹੈ। ਆਪਣਾ ਨਾਮ ਦੱਸਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ।
    ਇਹ ਚੈਟ ਗੁਪਤ ਹੈ, ਪਰ ਬੇਨਾਮ ਨਹੀਂ: ਜਿਹੜੀ ਐਪ ਤੁਸੀਂ ਵਰਤਦੇ ਹੋ, ਉਹ ਤੁਹਾਡਾ ਖਾਤਾ ਜਾਣਦੀ ਹੈ। { $phone } ਤੇ ਫ਼ੋਨ ਬੇਨਾਮ ਹੋ ਸਕਦਾ ਹੈ।
# `!say no-documents`.
canned-no-documents =
    ਇਹ ਜਾਣਨਾ ਚੰਗਾ ਹੈ:
    ਮਦਦ ਲੈਣ ਲਈ ਕਾਗ਼ਜ਼ ਜ਼ਰੂਰੀ ਨਹੀਂ। ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ ਤੋਂ ਬਿਨਾਂ ਵੀ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ।
    ਮਦਦ ਮੰਗਣਾ ਪੁਲਿਸ ਵਿੱਚ ਸ਼ਿਕਾਇਤ ਨਹੀਂ ਹੈ: ਫ਼ੈਸਲਾ ਤੁਹਾਡਾ ਹੈ।
# `!say protection`: the single programme, never a promise ("can offer").
canned-protection =
    ਇਟਲੀ ਵਿੱਚ ਤੁਹਾਡੇ ਲਈ ਮਦਦ ਹੈ।
    ਜਿਨ੍ਹਾਂ ਲੋਕਾਂ ਦਾ ਸ਼ੋਸ਼ਣ ਹੋਇਆ, ਉਨ੍ਹਾਂ ਲਈ ਇੱਕ ਸੁਰੱਖਿਆ ਪ੍ਰੋਗਰਾਮ ਹੈ। ਇਹ ਰਹਿਣ ਲਈ ਸੁਰੱਖਿਅਤ ਥਾਂ, ਖਾਣਾ, ਇਲਾਜ, ਅਤੇ ਕਾਗ਼ਜ਼ਾਂ ਤੇ ਕੰਮ ਵਿੱਚ ਮਦਦ ਦੇ ਸਕਦਾ ਹੈ।
# `!say still-there`.
canned-still-there =
    ਕੀ ਤੁਸੀਂ ਹਾਲੇ ਵੀ ਇੱਥੇ ਹੋ?
    ਜਦੋਂ ਹੋ ਸਕੇ ਲਿਖੋ; ਅਸੀਂ ਇੱਥੇ ਹਾਂ।
# `!say hello`: the operator's first words.
canned-hello =
    ਹੈਲੋ, ਹੁਣ ਮੈਂ ਇੱਥੇ ਹਾਂ।
    ਮੇਰਾ ਕੰਮ ਹੈਲਪਲਾਈਨ ਨਾਲ ਹੈ। ਤੁਸੀਂ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ, ਆਪਣੀ ਰਫ਼ਤਾਰ ਨਾਲ ਮੈਨੂੰ ਲਿਖ ਸਕਦੇ ਹੋ।
# `!say reading`: the operator is reading what the person wrote.
canned-reading =
    ਅਸੀਂ ਤੁਹਾਡੇ ਸੁਨੇਹੇ ਪੜ੍ਹ ਰਹੇ ਹਾਂ।
    ਕਿਰਪਾ ਕਰਕੇ ਥੋੜ੍ਹਾ ਸਮਾਂ ਦਿਓ, ਜਲਦੀ ਜਵਾਬ ਆਵੇਗਾ।
# `!say call-helpline`. Example: { $phone } = "800 290 290".
canned-call-helpline =
    ਕੀ ਤੁਸੀਂ ਹੁਣ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹੋ?
    ਜੇ ਹੋ ਸਕੇ, ਤਾਂ { $phone } ਤੇ ਫ਼ੋਨ ਕਰੋ। ਇਹ ਮੁਫ਼ਤ ਹੈ, ਅਤੇ ਤੁਸੀਂ ਇੱਕ ਦੁਭਾਸ਼ੀਏ ਨਾਲ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਗੱਲ ਕਰ ਸਕਦੇ ਹੋ।
# `!say mediator`: a cultural mediator who speaks the person's language will be found.
canned-mediator =
    ਅਸੀਂ ਅਜਿਹਾ ਵਿਅਕਤੀ ਲੱਭਾਂਗੇ ਜੋ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਬੋਲਦਾ ਹੋਵੇ।
    ਇਸ ਵਿੱਚ ਕੁਝ ਸਮਾਂ ਲੱਗ ਸਕਦਾ ਹੈ। ਜਦੋਂ ਕੋਈ ਮਿਲ ਜਾਵੇਗਾ, ਅਸੀਂ ਤੁਹਾਨੂੰ ਇੱਥੇ ਲਿਖਾਂਗੇ।
# `!say take-your-time`.
canned-take-your-time =
    ਕੋਈ ਕਾਹਲੀ ਨਹੀਂ ਹੈ।
    ਜਦੋਂ ਚਾਹੋ ਲਿਖੋ। ਹੁਣੇ ਸਭ ਕੁਝ ਦੱਸਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ।
# `!say shelter`: a safe place to sleep (never a promise: "we can look").
canned-shelter =
    ਕੀ ਅੱਜ ਰਾਤ ਸੌਣ ਲਈ ਤੁਹਾਡੇ ਕੋਲ ਕੋਈ ਸੁਰੱਖਿਅਤ ਥਾਂ ਹੈ?
    ਜੇ ਨਹੀਂ, ਤਾਂ ਮੈਨੂੰ ਦੱਸੋ। ਅਸੀਂ ਮਿਲ ਕੇ ਅਜਿਹੀ ਥਾਂ ਲੱਭ ਸਕਦੇ ਹਾਂ ਜਿੱਥੇ ਤੁਸੀਂ ਰਹਿ ਸਕੋ।
# `!say health`.
canned-health =
    ਕੀ ਤੁਹਾਨੂੰ ਡਾਕਟਰ ਦੀ ਲੋੜ ਹੈ?
    ਇਟਲੀ ਵਿੱਚ ਤੁਸੀਂ ਕਾਗ਼ਜ਼ਾਂ ਤੋਂ ਬਿਨਾਂ ਵੀ ਡਾਕਟਰ ਨੂੰ ਮਿਲ ਸਕਦੇ ਹੋ। ਜੇ ਜ਼ਰੂਰੀ ਹੋਵੇ, ਤਾਂ { $emergency } ਤੇ ਫ਼ੋਨ ਕਰੋ।
# `!say police-your-choice`: exact on a legal point (talking to us is not reporting).
canned-police-your-choice =
    ਕੀ ਹੋਵੇਗਾ, ਇਹ ਤੁਸੀਂ ਤੈਅ ਕਰਦੇ ਹੋ।
    ਸਾਡੇ ਨਾਲ ਗੱਲ ਕਰਨਾ ਪੁਲਿਸ ਕੋਲ ਸ਼ਿਕਾਇਤ ਨਹੀਂ ਹੈ। ਪੁਲਿਸ ਸਿਰਫ਼ ਤਾਂ ਸ਼ਾਮਲ ਹੁੰਦੀ ਹੈ ਜੇ ਤੁਸੀਂ ਚਾਹੋ।
# `!say documents-kept`: someone else keeps the person's documents.
canned-documents-kept =
    ਕੀ ਤੁਹਾਡਾ ਪਾਸਪੋਰਟ ਜਾਂ ਕਾਗ਼ਜ਼ ਕਿਸੇ ਹੋਰ ਕੋਲ ਹਨ?
    ਤੁਸੀਂ ਮੈਨੂੰ ਦੱਸ ਸਕਦੇ ਹੋ। ਇਹ ਜ਼ਰੂਰੀ ਹੈ, ਅਤੇ ਅਸੀਂ ਇਸ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਾਂ।
# `!say debt`: money owed to the people who brought or employ the person.
canned-debt =
    ਕੀ ਤੁਹਾਨੂੰ ਕਿਸੇ ਨੂੰ ਪੈਸੇ ਦੇਣੇ ਪੈਂਦੇ ਹਨ?
    ਅਜਿਹਾ ਕਰਜ਼ਾ ਤੁਹਾਡੀ ਗ਼ਲਤੀ ਨਹੀਂ ਹੈ। ਤੁਸੀਂ ਮੈਨੂੰ ਇਸ ਬਾਰੇ ਦੱਸ ਸਕਦੇ ਹੋ; ਅਸੀਂ ਤੁਹਾਨੂੰ ਗ਼ਲਤ ਨਹੀਂ ਸਮਝਾਂਗੇ।
# `!say children`.
canned-children =
    ਕੀ ਤੁਹਾਡੇ ਨਾਲ ਬੱਚੇ ਹਨ?
    ਜੇ ਬੱਚੇ ਤੁਹਾਡੇ ਨਾਲ ਹਨ, ਤਾਂ ਮਦਦ ਉਨ੍ਹਾਂ ਲਈ ਵੀ ਹੋ ਸਕਦੀ ਹੈ। ਮੈਨੂੰ ਦੱਸੋ ਕਿੰਨੇ ਬੱਚੇ ਹਨ ਅਤੇ ਉਨ੍ਹਾਂ ਦੀ ਉਮਰ ਕੀ ਹੈ।
# `!say where-roughly`: only the city, never an exact address.
canned-where-roughly =
    ਤੁਸੀਂ ਹੁਣ ਕਿਹੜੇ ਸ਼ਹਿਰ ਜਾਂ ਇਲਾਕੇ ਵਿੱਚ ਹੋ?
    ਪਤਾ ਦੇਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ। ਤੁਹਾਡੇ ਨੇੜੇ ਮਦਦ ਲੱਭਣ ਲਈ ਸ਼ਹਿਰ ਦਾ ਨਾਂ ਕਾਫ਼ੀ ਹੈ।
# `!say delete-chat`: a safety tip.
canned-delete-chat =
    ਤੁਹਾਡੀ ਸੁਰੱਖਿਆ ਲਈ ਇੱਕ ਸਲਾਹ।
    ਜੇ ਕੋਈ ਤੁਹਾਡਾ ਫ਼ੋਨ ਦੇਖਦਾ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਇਹ ਚੈਟ ਮਿਟਾ ਸਕਦੇ ਹੋ। /exit ਲਿਖੋ ਅਤੇ ਬੋਟ ਜੋ ਮਿਟਾ ਸਕਦਾ ਹੈ ਮਿਟਾ ਦੇਵੇਗਾ।
# `!say come-back-later`: the person can come back.
canned-come-back-later =
    ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਵੇਲੇ ਵਾਪਸ ਆ ਸਕਦੇ ਹੋ।
    ਜਦੋਂ ਚਾਹੋ, ਦਿਨ ਜਾਂ ਰਾਤ, ਇੱਥੇ ਫਿਰ ਲਿਖੋ। ਤੁਸੀਂ { $phone } ਤੇ ਫ਼ੋਨ ਵੀ ਕਰ ਸਕਦੇ ਹੋ।
# `!say not-alone`.
canned-not-alone =
    ਤੁਸੀਂ ਇਕੱਲੇ ਨਹੀਂ ਹੋ।
    ਤੁਹਾਡੇ ਵਰਗੇ ਹਾਲਾਤ ਤੋਂ ਬਾਅਦ ਬਹੁਤ ਲੋਕਾਂ ਨੂੰ ਮਦਦ ਮਿਲੀ। ਅਸੀਂ ਤੁਹਾਡੇ ਲਈ ਇੱਥੇ ਹਾਂ।
# `!say goodbye`: end of the conversation.
canned-goodbye =
    ਸਾਨੂੰ ਲਿਖਣ ਲਈ ਧੰਨਵਾਦ।
    ਆਪਣਾ ਖ਼ਿਆਲ ਰੱਖੋ। ਜੇ ਸਾਡੀ ਲੋੜ ਹੋਵੇ, ਤਾਂ ਇੱਥੇ ਫਿਰ ਲਿਖੋ ਜਾਂ { $phone } ਤੇ ਫ਼ੋਨ ਕਰੋ।
