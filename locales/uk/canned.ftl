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
# `!say hello`: the operator's first words.
canned-hello =
    Привіт, я тут зараз.
    Я працюю з лінією допомоги. Можеш писати мені своїми словами, у своєму темпі.
# `!say reading`: the operator is reading what the person wrote.
canned-reading =
    Я читаю твої повідомлення.
    Дай мені, будь ласка, хвилинку. Я скоро відповім.
# `!say call-helpline`. Example: { $phone } = "800 290 290".
canned-call-helpline =
    Чи можеш ти зараз зателефонувати?
    Якщо можеш, телефонуй на { $phone }. Це безкоштовно, і можна говорити своєю мовою з медіатором.
# `!say mediator`: a cultural mediator who speaks the person's language will be found.
canned-mediator =
    Ми пошукаємо людину, яка говорить твоєю мовою.
    Це може зайняти час. Ми напишемо тобі тут, коли знайдемо когось.
# `!say take-your-time`.
canned-take-your-time =
    Не треба поспішати.
    Можеш писати, коли хочеш. Не треба розповідати все зараз.
# `!say shelter`: a safe place to sleep (never a promise: "we can look").
canned-shelter =
    Чи є в тебе безпечне місце, щоб спати сьогодні вночі?
    Якщо ні, скажи мені. Ми можемо разом пошукати місце, де можна залишитися.
# `!say health`.
canned-health =
    Тобі потрібен лікар?
    В Італії можна піти до лікаря навіть без документів. Якщо це терміново, телефонуй на { $emergency }.
# `!say police-your-choice`: exact on a legal point (talking to us is not reporting).
canned-police-your-choice =
    Ти вирішуєш, що буде далі.
    Розмова з нами — це не заява в поліцію. Поліція бере участь тільки якщо ти цього хочеш.
# `!say documents-kept`: someone else keeps the person's documents.
canned-documents-kept =
    Чи хтось інший тримає твій паспорт або твої документи?
    Можеш сказати мені. Це важливо, і ми можемо з цим допомогти.
# `!say debt`: money owed to the people who brought or employ the person.
canned-debt =
    Чи треба тобі платити комусь гроші?
    Такий борг — не твоя провина. Можеш розповісти мені про це; ми не будемо тебе судити.
# `!say children`.
canned-children =
    Чи є з тобою діти?
    Якщо з тобою діти, допомога може бути і для них. Скажи, скільки їх і скільки їм років.
# `!say where-roughly`: only the city, never an exact address.
canned-where-roughly =
    У якому місті або районі ти зараз?
    Адресу давати не треба. Місто достатньо, щоб знайти допомогу поруч.
# `!say delete-chat`: a safety tip.
canned-delete-chat =
    Порада для тебе.
    Якщо хтось перевіряє твій телефон, можна видалити цей чат. Напиши /exit, і бот видалить те, що може.
# `!say come-back-later`: the person can come back.
canned-come-back-later =
    Можеш повернутися будь-коли.
    Пиши сюди знову, коли хочеш, вдень чи вночі. Також можна зателефонувати на { $phone }.
# `!say not-alone`.
canned-not-alone =
    У тебе є підтримка.
    Багато людей знайшли допомогу після такої ситуації, як у тебе. Ми тут для тебе.
# `!say goodbye`: end of the conversation.
canned-goodbye =
    Дякуємо за твоє повідомлення.
    Бережи себе. Якщо ми потрібні, напиши сюди знову або телефонуй на { $phone }.
