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
    Спасибо, что рассказываешь.
    Здесь можно найти информацию, помощь рядом или поговорить с человеком.
    Есть люди, которые могут тебе помочь.
# The menu question; options below.
victim-menu-ask = Что ты хочешь сделать?
# Button, ≤ 30 characters.
victim-opt-rights = Твои права, выходы
# Button, ≤ 30 characters.
victim-opt-where = Помощь рядом со мной
# Button, ≤ 30 characters: answered with the emergency number and an urgent request.
victim-opt-danger = Мне сейчас грозит опасность

## Rights and ways out

# The topics question; options below.
victim-rights-ask =
    Выбери тему.
    Выход есть, и помощь бесплатная.
# Button, ≤ 30 characters: the art. 18 permit.
victim-rights-opt-permit = Вид на жительство
# Button, ≤ 30 characters: the protection programme.
victim-rights-opt-programme = Жильё, лечение, новый старт
# Button, ≤ 30 characters: work, pay, documents and debt. Must not read as an accusation.
victim-rights-opt-work = Работа, оплата и документы

# The permit of art. 18 d.lgs. 286/1998 ("permesso per casi speciali"): keep the Italian
# name in quotes.
victim-rights-art18-permit =
    Немного информации.
    В Италии есть особый вид на жительство для людей из других стран, которые пережили насилие или серьёзную эксплуатацию и находятся в опасности ("casi speciali", art. 18 d.lgs. 286/1998).
    Людям из стран ЕС, например из Румынии или Болгарии, разрешение не нужно. Они могут получить ту же помощь.
# Who proposes the permit. Keep "Questura" in Italian.
victim-rights-art18-paths =
    Как это работает:
    Разрешение выдаёт полицейское управление по делам иностранцев (Questura). Предложить его может прокурор, после заявления. Его могут предложить и социальные службы или аккредитованная организация: в этом случае закон не требует заявления.
    На практике всё отличается от города к городу. Служба помощи может объяснить, что действует там, где ты находишься.
# What the permit gives. Example: { $phone } = "800 290 290".
victim-rights-art18-access =
    Что оно может дать:
    Разрешение выдаётся на шесть месяцев. Его можно продлить на год или дольше, если этого требует судебное дело. С ним можно получать помощь, учиться и работать. Позже его можно превратить в разрешение на работу или учёбу.
    Если уйти из программы, разрешение может закончиться.
    Служба помощи может вместе с тобой проверить, подходит ли оно к твоей ситуации: позвони на { $phone } или поговори здесь с человеком.

# The single protection programme (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016;
# the older art. 13 L. 228/2003 is cited too). One programme, not two steps.
victim-rights-programme =
    Немного информации.
    В Италии есть одна программа для людей, пострадавших от эксплуатации (art. 18 c.3-bis d.lgs. 286/1998, art. 13 L. 228/2003).
    Сначала она может дать безопасное жильё, еду, медицинскую и юридическую помощь.
# The programme, continued. Example: { $phone } = "800 290 290".
victim-rights-programme-next =
    После этого:
    она может помочь построить новую жизнь: уроки языка, обучение и работа.
    Её ведут местные проекты во многих частях Италии. Чтобы спросить о ней, позвони на { $phone } или поговори здесь с человеком.
# Health care without papers (STP code: keep the Italian abbreviation).
victim-rights-health =
    О медицинской помощи:
    даже без документов можно получить срочную и необходимую помощь в больницах и у врачей (код STP).
    Поход в больницу или к врачу не ведёт к сообщению в полицию (art. 35 c.5 d.lgs. 286/1998).

# Work exploitation. Keep "caporalato" in Italian.
victim-rights-work =
    Немного информации.
    Помощь есть не только при сексуальной эксплуатации. Она есть и для людей, которых заставляют работать, просить милостыню или совершать преступления.
    У тебя есть право на оплату за сделанную работу, даже без договора или разрешения.
# Signs at work, and the art. 18-ter permit (d.l. 145/2024).
victim-rights-work-signs =
    Несколько вещей, которые важно знать:
    Если работодатель держит у себя твой паспорт или документы, или если нужно отдавать "долг" людям, которые привезли тебя в Италию, — это признаки эксплуатации. Служба помощи может помочь и с тем, и с другим.
    Эксплуатация работников — преступление (caporalato, art. 603-bis c.p.). Работники из стран вне ЕС, которые помогают раскрыть факты, могут получить особое разрешение (art. 18-ter d.lgs. 286/1998).

# Shown after every topic above. Example: { $phone } = "800 290 290", { $emergency } = "112".
victim-rights-always =
    Полезно знать:
    Просить о помощи — это не заявление в полицию: решаешь ты. Для помощи не нужны разрешение или документы.
    Звонок на { $phone } бесплатный и может быть анонимным, днём и ночью, на многих языках. Этот чат конфиденциальный, но не анонимный.
    При опасности звони { $emergency }.

## Help near you

# No { $region } on purpose: echoing what the person typed would repeat it on the lock screen.
victim-where-found = Спасибо. Вот что нашлось:

## Talk to a person

# The person asked for an operator. { $case } = "12": a reference number, not a police case.
victim-person-queued =
    Хорошо, спасибо.
    Прошу человека из службы помощи ответить тебе здесь. Твой номер обращения: { $case }.
    Пока ждёшь, можно писать. /exit удаляет этот чат. При опасности: { $emergency }.

## Danger now

# After "I am in danger now": warmth and the emergency number first, then an urgent request.
# Example: { $emergency } = "112".
victim-danger-call =
    Спасибо, что рассказываешь. Ты не в одиночестве.
    Если можешь, позвони сейчас на { $emergency }. Это бесплатно и работает даже без денег на телефоне.
# Right after victim-danger-call. { $case } = "12": a reference number, not a police case.
victim-danger-queued =
    Твой номер обращения: { $case }.
    Человек ответит тебе здесь как можно скорее. Можно продолжать писать.
    Чтобы быстро скрыть этот чат, напиши /exit.
