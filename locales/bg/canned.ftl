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
# `!say hello`: the operator's first words.
canned-hello =
    Здравей, тук съм сега.
    Работя с линията за помощ. Можеш да ми пишеш със свои думи, със свое темпо.
# `!say reading`: the operator is reading what the person wrote.
canned-reading =
    Чета съобщенията ти.
    Моля, дай ми момент. Ще отговоря скоро.
# `!say call-helpline`. Example: { $phone } = "800 290 290".
canned-call-helpline =
    Можеш ли да се обадиш по телефона сега?
    Ако можеш, обади се на { $phone }. Безплатно е и можеш да говориш на своя език с медиатор.
# `!say mediator`: a cultural mediator who speaks the person's language will be found.
canned-mediator =
    Ще потърсим човек, който говори твоя език.
    Може да отнеме време. Ще ти пишем тук, когато намерим някого.
# `!say take-your-time`.
canned-take-your-time =
    Няма бързане.
    Можеш да пишеш, когато искаш. Не е нужно да разказваш всичко сега.
# `!say shelter`: a safe place to sleep (never a promise: "we can look").
canned-shelter =
    Имаш ли сигурно място за спане тази нощ?
    Ако нямаш, кажи ми. Можем заедно да потърсим място, където да останеш.
# `!say health`.
canned-health =
    Трябва ли ти лекар?
    В Италия можеш да отидеш на лекар дори без документи. Ако е спешно, обади се на { $emergency }.
# `!say police-your-choice`: exact on a legal point (talking to us is not reporting).
canned-police-your-choice =
    Ти решаваш какво да стане.
    Разговорът с нас не е сигнал в полицията. Полицията участва само ако ти го искаш.
# `!say documents-kept`: someone else keeps the person's documents.
canned-documents-kept =
    Някой друг държи ли паспорта или документите ти?
    Можеш да ми кажеш. Важно е и можем да ти помогнем с това.
# `!say debt`: money owed to the people who brought or employ the person.
canned-debt =
    Трябва ли да плащаш пари на някого?
    Такъв дълг не е твоя вина. Можеш да ми разкажеш; няма да те съдим.
# `!say children`.
canned-children =
    Има ли деца с теб?
    Ако с теб има деца, помощта може да е и за тях. Кажи ми колко са и на колко години.
# `!say where-roughly`: only the city, never an exact address.
canned-where-roughly =
    В кой град или район си сега?
    Не е нужно да даваш адрес. Градът е достатъчен, за да намерим помощ близо до теб.
# `!say delete-chat`: a safety tip.
canned-delete-chat =
    Съвет за теб.
    Ако някой проверява телефона ти, можеш да изтриеш този чат. Напиши /exit и ботът изтрива каквото може.
# `!say come-back-later`: the person can come back.
canned-come-back-later =
    Можеш да се върнеш по всяко време.
    Пиши тук отново, когато искаш, денем или нощем. Можеш и да се обадиш на { $phone }.
# `!say not-alone`.
canned-not-alone =
    Имаш подкрепа.
    Много хора са намерили помощ след ситуация като твоята. Ние сме тук за теб.
# `!say goodbye`: end of the conversation.
canned-goodbye =
    Благодарим за съобщението ти.
    Пази се. Ако имаш нужда от нас, пиши тук отново или се обади на { $phone }.
