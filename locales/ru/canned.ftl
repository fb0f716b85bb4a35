### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Canned replies an operator sends with `!say <name>` (the name is the id without
### `canned-`). Rendered in the person's language. Short, calm, with a way forward.
### For translators: CEFR A2; the first line is what a lock screen shows, so it stays
### neutral. { $phone } = "800 290 290", { $emergency } = "112".

# `!say safe-now`: asks whether the person is safe.
canned-safe-now =
    Как ты сейчас?
    Ты в безопасном месте? Можно ответить «да» или «нет».
# `!say call-112`. Example: { $emergency } = "112".
canned-call-112 =
    Ты можешь позвонить по номеру { $emergency } в любое время, бесплатно.
    Если тебе сейчас грозит опасность, пожалуйста, позвони. Это работает даже без денег на телефоне.
# `!say free-anonymous` (the id stays; the text is exact: the chat is confidential, a call
# can be anonymous). Example: { $phone } = "800 290 290".
canned-free-anonymous =
    Разговор с нами бесплатный. Не нужно называть своё имя.
    Этот чат конфиденциальный, но не анонимный: приложение, которым ты пользуешься, знает твой аккаунт. Звонок на { $phone } может быть анонимным.
# `!say no-documents`.
canned-no-documents =
    Полезно знать:
    для помощи не нужны документы. Помощь можно получить и без вида на жительство.
    Просить о помощи — это не заявление в полицию: решаешь ты.
# `!say protection`: the single programme, never a promise ("can offer").
canned-protection =
    В Италии есть помощь для тебя.
    Есть программа защиты для людей, которые пострадали от эксплуатации. Она может дать безопасное жильё, еду, медицинскую помощь и помощь с документами и работой.
# `!say still-there`.
canned-still-there =
    Ты ещё здесь?
    Пиши, когда сможешь; мы здесь.
