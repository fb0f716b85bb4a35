### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Victim flow: rights and ways out, help near you, talk to a person, danger now.
### Legal texts stay as general as the helpline's legal notes; never promise outcomes.
### For translators: CEFR A2, the plain sentence first and the legal reference after it in
### brackets. Italian legal terms stay in Italian, in brackets or quotes: "casi speciali",
### caporalato, Questura, STP, and the references (art. 18 d.lgs. 286/1998…). The first
### line of each message is what a lock screen shows: keep it neutral.
### { $phone } = "800 290 290", { $emergency } = "112" in every message.

## Menu

# After "I need help for myself".
victim-intro =
    Дякуємо, що розповідаєш.
    Тут можна знайти інформацію, допомогу поруч або поговорити з людиною.
    Є люди, які можуть тобі допомогти.
# The menu question; options below.
victim-menu-ask = Що ти хочеш зробити?
# Button, ≤ 30 characters.
victim-opt-rights = Твої права, шляхи виходу
# Button, ≤ 30 characters.
victim-opt-where = Допомога поруч зі мною
# Button, ≤ 30 characters: answered with the emergency number and an urgent request.
victim-opt-danger = Мені зараз загрожує небезпека

## Rights and ways out

# The topics question; options below.
victim-rights-ask =
    Вибери тему.
    Вихід є, і допомога безкоштовна.
# Button, ≤ 30 characters: the art. 18 permit.
victim-rights-opt-permit = Дозвіл на проживання
# Button, ≤ 30 characters: the protection programme.
victim-rights-opt-programme = Житло, лікування, новий старт
# Button, ≤ 30 characters: work, pay, documents and debt. Must not read as an accusation.
victim-rights-opt-work = Робота, оплата і документи

# The permit of art. 18 d.lgs. 286/1998 ("permesso per casi speciali"): keep the Italian
# name in quotes.
victim-rights-art18-permit =
    Ось деяка інформація.
    В Італії є спеціальний дозвіл на проживання для людей з інших країн, які пережили насильство чи тяжку експлуатацію і яким загрожує небезпека ("casi speciali", art. 18 d.lgs. 286/1998).
    Людям з країн ЄС, наприклад з Румунії чи Болгарії, дозвіл не потрібен. Вони можуть отримати таку саму допомогу.
# Who proposes the permit. Keep "Questura" in Italian.
victim-rights-art18-paths =
    Як це працює:
    Дозвіл видає поліцейський відділ у справах іноземців (Questura). Прокурор може запропонувати його після заяви. Соціальні служби або акредитована організація теж можуть його запропонувати: у цьому разі закон не вимагає заяви.
    На практиці в різних містах по-різному. Гаряча лінія може пояснити, що діє там, де ти зараз.
# What the permit gives. Example: { $phone } = "800 290 290".
victim-rights-art18-access =
    Що він може дати:
    Дозвіл діє шість місяців. Його можна продовжити на рік або довше, якщо цього потребує судова справа. З ним можна отримувати допомогу, навчатися й працювати. Пізніше його можна замінити на дозвіл для роботи чи навчання.
    Якщо вийти з програми, дозвіл може припинитися.
    Гаряча лінія може разом з тобою перевірити, чи може він підійти у твоїй ситуації: телефонуй на { $phone } або поговори з людиною тут.

# The single protection programme (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016;
# the older art. 13 L. 228/2003 is cited too). One programme, not two steps.
victim-rights-programme =
    Ось деяка інформація.
    В Італії є одна програма для людей, яких експлуатували (art. 18 c.3-bis d.lgs. 286/1998, art. 13 L. 228/2003).
    Спочатку вона може дати безпечне місце для життя, їжу, медичну та юридичну допомогу.
# The programme, continued. Example: { $phone } = "800 290 290".
victim-rights-programme-next =
    Після цього:
    вона може допомогти збудувати нове життя: уроки мови, навчання й робота.
    Її проводять місцеві проєкти в багатьох частинах Італії. Щоб дізнатися більше, телефонуй на { $phone } або поговори з людиною тут.
# Health care without papers (STP code: keep the Italian abbreviation).
victim-rights-health =
    Про медичну допомогу:
    навіть без документів можна отримати термінову й необхідну допомогу в лікарнях і в лікарів (код STP).
    Звернення до лікарні чи лікаря не призводить до повідомлення в поліцію (art. 35 c.5 d.lgs. 286/1998).

# Work exploitation. Keep "caporalato" in Italian.
victim-rights-work =
    Ось деяка інформація.
    Допомога не лише для сексуальної експлуатації. Вона також для людей, яких змушують працювати, жебракувати чи чинити злочини.
    У тебе є право на оплату за виконану роботу, навіть без договору чи дозволу.
# Signs at work, and the art. 18-ter permit (d.l. 145/2024).
victim-rights-work-signs =
    Кілька речей, які варто знати:
    Якщо роботодавець тримає твій паспорт чи документи або якщо треба віддавати "борг" людям, що привезли тебе в Італію, — це ознаки експлуатації. Гаряча лінія може допомогти з обома.
    Експлуатація людей на роботі — злочин (caporalato, art. 603-bis c.p.). Люди з-поза ЄС, які працюють і допомагають розкрити факти, можуть отримати спеціальний дозвіл (art. 18-ter d.lgs. 286/1998).

# Shown after every topic above. Example: { $phone } = "800 290 290", { $emergency } = "112".
victim-rights-always =
    Корисно знати:
    Звернення по допомогу — це не заява в поліцію: вирішуєш ти. Для допомоги не потрібні дозвіл чи документи.
    Дзвінок на { $phone } безкоштовний і може бути анонімним, вдень і вночі, багатьма мовами. Цей чат конфіденційний, але не анонімний.
    У разі небезпеки телефонуй на { $emergency }.

## Help near you

# No { $region } on purpose: echoing what the person typed would repeat it on the lock screen.
victim-where-found = Дякуємо. Ось що я знайшов:

## Talk to a person

# The person asked for an operator. { $case } = "12": a reference number, not a police case.
victim-person-queued =
    Добре, дякуємо.
    Я прошу людину з гарячої лінії відповісти тобі тут. Твій номер звернення: { $case }.
    Поки чекаєш, можна писати. /exit видаляє цей чат. У разі небезпеки: { $emergency }.

## Danger now

# After "I am in danger now": warmth and the emergency number first, then an urgent request.
# Example: { $emergency } = "112".
victim-danger-call =
    Дякуємо, що розповідаєш. Ми поруч.
    Якщо можеш, телефонуй зараз на { $emergency }. Це безкоштовно і працює навіть без грошей на рахунку.
# Right after victim-danger-call. { $case } = "12": a reference number, not a police case.
victim-danger-queued =
    Твій номер звернення: { $case }.
    Людина відповість тобі тут якомога швидше. Можна писати далі.
    Щоб швидко приховати цей чат, напиши /exit.
