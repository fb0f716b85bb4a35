### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Canned replies an operator sends with `!say <name>` (the name is the id without
### `canned-`). Rendered in the person's language. Short, calm, with a way forward.
### For translators: CEFR A2; the first line is what a lock screen shows, so it stays
### neutral. { $phone } = "800 290 290", { $emergency } = "112".

# `!say safe-now`: asks whether the person is safe.
canned-safe-now =
    Як ти зараз?
    Ти зараз у безпечному місці? Можна відповісти «так» або «ні».
# `!say call-112`. Example: { $emergency } = "112".
canned-call-112 =
    Ти можеш будь-коли безкоштовно зателефонувати на { $emergency }.
    Якщо тобі зараз загрожує небезпека, будь ласка, телефонуй. Це працює навіть без грошей на рахунку.
# `!say free-anonymous` (the id stays; the text is exact: the chat is confidential, a call
# can be anonymous). Example: { $phone } = "800 290 290".
canned-free-anonymous =
    Розмова з нами безкоштовна. Не треба називати своє ім'я.
    Цей чат конфіденційний, але не анонімний: застосунок, яким ти користуєшся, знає твій обліковий запис. Дзвінок на { $phone } може бути анонімним.
# `!say no-documents`.
canned-no-documents =
    Корисно знати:
    для допомоги не потрібні документи. Допомогу можна отримати навіть без дозволу на проживання.
    Звернення по допомогу — це не заява в поліцію: вирішуєш ти.
# `!say protection`: the single programme, never a promise ("can offer").
canned-protection =
    В Італії є допомога для тебе.
    Є програма захисту для людей, яких експлуатували. Вона може дати безпечне місце для життя, їжу, медичну допомогу, а також допомогу з документами і роботою.
# `!say still-there`.
canned-still-there =
    Ти ще тут?
    Пиши, коли зможеш; ми тут.
