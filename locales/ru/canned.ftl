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
# `!say hello`: the operator's first words.
canned-hello =
    Здравствуй, теперь я здесь.
    Я работаю в службе помощи. Можешь писать мне своими словами, в своём темпе.
# `!say reading`: the operator is reading what the person wrote.
canned-reading =
    Я читаю твои сообщения.
    Пожалуйста, дай мне минуту, я скоро отвечу.
# `!say call-helpline`. Example: { $phone } = "800 290 290".
canned-call-helpline =
    Можешь сейчас позвонить?
    Если можешь, позвони на { $phone }. Это бесплатно, и можно говорить на твоём языке с помощью переводчика-посредника.
# `!say mediator`: a cultural mediator who speaks the person's language will be found.
canned-mediator =
    Мы поищем человека, который говорит на твоём языке.
    Это может занять время. Мы напишем тебе здесь, когда найдём кого-то.
# `!say take-your-time`.
canned-take-your-time =
    Спешить не нужно.
    Можешь писать, когда хочешь. Не нужно рассказывать всё сейчас.
# `!say shelter`: a safe place to sleep (never a promise: "we can look").
canned-shelter =
    Есть ли у тебя безопасное место для сна сегодня ночью?
    Если нет, скажи мне. Мы можем вместе поискать место, где можно остаться.
# `!say health`.
canned-health =
    Нужен врач?
    В Италии можно пойти к врачу даже без документов. Если это срочно, звони { $emergency }.
# `!say police-your-choice`: exact on a legal point (talking to us is not reporting).
canned-police-your-choice =
    Решать тебе.
    Разговор с нами — это не заявление в полицию. Полиция участвует, только если ты этого хочешь.
# `!say documents-kept`: someone else keeps the person's documents.
canned-documents-kept =
    Твой паспорт или документы хранит кто-то другой?
    Можешь рассказать мне. Это важно, и мы можем помочь с этим.
# `!say debt`: money owed to the people who brought or employ the person.
canned-debt =
    Тебе нужно платить кому-то деньги?
    Такой долг — не твоя вина. Можешь рассказать мне о нём; мы не будем тебя осуждать.
# `!say children`.
canned-children =
    С тобой есть дети?
    Если с тобой дети, помощь может быть и для них. Напиши, сколько их и сколько им лет.
# `!say where-roughly`: only the city, never an exact address.
canned-where-roughly =
    В каком городе или районе ты сейчас?
    Адрес давать не нужно. Города достаточно, чтобы найти помощь рядом.
# `!say delete-chat`: a safety tip.
canned-delete-chat =
    Совет для твоей безопасности.
    Если кто-то проверяет твой телефон, можно удалить этот чат. Напиши /exit, и бот удалит то, что может.
# `!say come-back-later`: the person can come back.
canned-come-back-later =
    Можно вернуться в любое время.
    Пиши сюда снова, когда хочешь, днём или ночью. Можно также позвонить на { $phone }.
# `!say not-alone`.
canned-not-alone =
    Рядом с тобой есть люди.
    Многие люди нашли помощь после такой же ситуации, как у тебя. Мы здесь для тебя.
# `!say goodbye`: end of the conversation.
canned-goodbye =
    Спасибо за твоё сообщение.
    Береги себя. Если мы нужны, пиши сюда снова или звони на { $phone }.
