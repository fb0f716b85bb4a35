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
