### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Canned replies an operator sends with `!say <name>` (the name is the id without
### `canned-`). Rendered in the person's language. Short, calm, with a way forward.
### For translators: CEFR A2; the first line is what a lock screen shows, so it stays
### neutral. { $phone } = "800 290 290", { $emergency } = "112".

# `!say safe-now`: asks whether the person is safe.
canned-safe-now =
    Как си в момента?
    На безопасно място ли си? Можеш да отговориш с да или не.
# `!say call-112`. Example: { $emergency } = "112".
canned-call-112 =
    Можеш да се обадиш на { $emergency } по всяко време, безплатно.
    Ако сега си в опасност, моля, обади се. Работи дори без кредит в телефона.
# `!say free-anonymous` (the id stays; the text is exact: the chat is confidential, a call
# can be anonymous). Example: { $phone } = "800 290 290".
canned-free-anonymous =
    Разговорът с нас е безплатен. Не е нужно да казваш името си.
    Този чат е поверителен, но не е анонимен: приложението, което използваш, познава профила ти. Обаждане на { $phone } може да бъде анонимно.
# `!say no-documents`.
canned-no-documents =
    Добре е да знаеш:
    не ти трябват документи, за да получиш помощ. Можеш да получиш помощ дори без разрешение за пребиваване.
    Да поискаш помощ не е сигнал до полицията: ти решаваш.
# `!say protection`: the single programme, never a promise ("can offer").
canned-protection =
    В Италия има помощ за теб.
    Има програма за защита на хора, които са били експлоатирани. Тя може да предложи безопасно място за живеене, храна, здравни грижи и помощ с документи и работа.
# `!say still-there`.
canned-still-there =
    Още ли си тук?
    Пиши, когато можеш; ние сме тук.
