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
    Благодарим ти, че споделяш.
    Тук можеш да намериш информация, помощ близо до теб или да говориш с човек.
    Има хора, които могат да ти помогнат.
# The menu question; options below.
victim-menu-ask = Какво искаш да направиш?
# Button, ≤ 30 characters.
victim-opt-rights = Твоите права, изходи
# Button, ≤ 30 characters.
victim-opt-where = Помощ близо до мен
# Button, ≤ 30 characters: answered with the emergency number and an urgent request.
victim-opt-danger = В опасност съм сега

## Rights and ways out

# The topics question; options below.
victim-rights-ask =
    Избери тема.
    Има изход, и помощта е безплатна.
# Button, ≤ 30 characters: the art. 18 permit.
victim-rights-opt-permit = Разрешение за пребиваване
# Button, ≤ 30 characters: the protection programme.
victim-rights-opt-programme = Подслон, грижи, ново начало
# Button, ≤ 30 characters: work, pay, documents and debt. Must not read as an accusation.
victim-rights-opt-work = Работа, заплата и документи

# The permit of art. 18 d.lgs. 286/1998 ("permesso per casi speciali"): keep the Italian
# name in quotes.
victim-rights-art18-permit =
    Ето малко информация.
    Италия има специално разрешение за пребиваване за хора от други държави, които са преживели насилие или тежка експлоатация и са в опасност ("casi speciali", art. 18 d.lgs. 286/1998).
    Хората от държави от ЕС, например Румъния или България, нямат нужда от разрешение. Те могат да получат същата помощ.
# Who proposes the permit. Keep "Questura" in Italian.
victim-rights-art18-paths =
    Как става:
    Полицейската служба за чужденци (Questura) издава разрешението. Прокурор може да го предложи след сигнал. Социалните служби или акредитирана организация също могат да го предложат: тогава законът не изисква сигнал.
    На практика е различно в различните градове. Линията за помощ може да ти обясни какво важи там, където се намираш.
# What the permit gives. Example: { $phone } = "800 290 290".
victim-rights-art18-access =
    Какво може да ти даде:
    Разрешението е за шест месеца. Може да се поднови за една година или за по-дълго, ако съдебно дело го изисква. С него можеш да получаваш помощ, да учиш и да работиш. По-късно може да стане разрешение за работа или за учене.
    Ако напуснеш програмата, разрешението може да бъде прекратено.
    Линията за помощ може да провери с теб дали то може да подхожда на твоето положение: обади се на { $phone } или говори с човек тук.

# The single protection programme (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016;
# the older art. 13 L. 228/2003 is cited too). One programme, not two steps.
victim-rights-programme =
    Ето малко информация.
    В Италия има една програма за хора, които са били експлоатирани (art. 18 c.3-bis d.lgs. 286/1998, art. 13 L. 228/2003).
    Първо тя може да предложи безопасно място за живеене, храна, здравни грижи и правна помощ.
# The programme, continued. Example: { $phone } = "800 290 290".
victim-rights-programme-next =
    След това:
    тя може да ти помогне да изградиш нов живот: уроци по език, обучение и работа.
    Провеждат я местни проекти в много части на Италия. За да попиташ за нея, обади се на { $phone } или говори с човек тук.
# Health care without papers (STP code: keep the Italian abbreviation).
victim-rights-health =
    За здравните грижи:
    и без документи можеш да получиш спешни и основни грижи в болници и при лекари (код STP).
    Посещението в болница или при лекар не води до сигнал до полицията (art. 35 c.5 d.lgs. 286/1998).

# Work exploitation. Keep "caporalato" in Italian.
victim-rights-work =
    Ето малко информация.
    Помощта не е само при сексуална експлоатация. Тя е и за хора, принуждавани да работят, да просят или да вършат престъпления.
    Имаш право на заплащане за свършената работа, дори без договор или разрешение.
# Signs at work, and the art. 18-ter permit (d.l. 145/2024).
victim-rights-work-signs =
    Няколко неща, които е добре да знаеш:
    Ако работодател пази паспорта или документите ти, или ако трябва да плащаш "дълг" на хората, които те доведоха в Италия, това са признаци на експлоатация. Линията за помощ може да ти помогне и с двете.
    Експлоатацията на хора в работата е престъпление (caporalato, art. 603-bis c.p.). Хора извън ЕС, които работят и помагат фактите да излязат наяве, може да получат специално разрешение (art. 18-ter d.lgs. 286/1998).

# Shown after every topic above. Example: { $phone } = "800 290 290", { $emergency } = "112".
victim-rights-always =
    Добре е да знаеш:
    Да поискаш помощ не е сигнал до полицията: ти решаваш. Не ти трябват разрешение или документи, за да получиш помощ.
    Обаждането на { $phone } е безплатно и може да бъде анонимно, денем и нощем, на много езици. Този чат е поверителен, но не е анонимен.
    При опасност се обади на { $emergency }.

## Help near you

# No { $region } on purpose: echoing what the person typed would repeat it on the lock screen.
victim-where-found = Благодарим. Ето какво намерих:

## Talk to a person

# The person asked for an operator. { $case } = "12": a reference number, not a police case.
victim-person-queued =
    Добре, благодарим.
    Моля човек от линията за помощ да ти отговори тук. Твоят номер за справка е { $case }.
    Можеш да пишеш, докато чакаш. /exit изтрива този чат. При опасност: { $emergency }.

## Danger now

# After "I am in danger now": warmth and the emergency number first, then an urgent request.
# Example: { $emergency } = "112".
victim-danger-call =
    Благодарим ти, че споделяш. Ние сме до теб.
    Ако можеш, обади се сега на { $emergency }. Безплатно е и работи дори без кредит в телефона.
# Right after victim-danger-call. { $case } = "12": a reference number, not a police case.
victim-danger-queued =
    Твоят номер за справка е { $case }.
    Човек ще ти отговори тук възможно най-скоро. Можеш да продължиш да пишеш.
    За да скриеш бързо този чат, напиши /exit.
