### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Professional flow: organisations, police, social and health services, unions,
### employers' associations. Consultation, referral procedure, talk to a person.
### For translators: addressed to professionals (Italian: "Lei"), still short and clear.
### Italian legal terms and references stay in Italian, in brackets: "casi speciali",
### caporalato, Questura, art. 18 d.lgs. 286/1998… The first line of each message is what
### a lock screen shows: keep it neutral. { $phone } = "800 290 290".

## Menu

# After "I am asking for my work".
professional-intro =
    Спасибо за обращение.
    Служба помощи поддерживает и организации и службы, которые встречают людей, возможно нуждающихся в защите.
# The menu question; options below.
professional-menu-ask = Что Вы хотели бы узнать?
# Button, ≤ 30 characters.
professional-opt-consult = Консультация
# Button, ≤ 30 characters.
professional-opt-referral = Порядок направления

## Consultation

# Italian: "Lei". "Not a complaint to the police": the person decides.
professional-consult-advice =
    Немного информации.
    Служба помощи консультирует учреждения и организации, которые контактируют с возможными жертвами торговли людьми и эксплуатации любого вида: сексуальной, трудовой, принудительного попрошайничества, принуждения к преступлениям.
    Обращение в службу помощи — это не заявление в полицию; решает сам человек.
# The legal measures, as general as the helpline's notes.
professional-consult-assess =
    Кроме того:
    служба вместе с Вами оценивает, выполнены ли условия для мер поддержки: единая программа защиты (art. 18 c.3-bis d.lgs. 286/1998), разрешение по социальной защите ("casi speciali", art. 18 d.lgs. 286/1998; социальный или судебный путь) и, при трудовой эксплуатации, разрешение по art. 18-ter d.lgs. 286/1998.
    Граждане ЕС могут участвовать в программе; разрешение им не нужно. Помощь не зависит от разрешения.
# Example: { $phone } = "800 290 290".
professional-consult-who =
    Кто может обратиться:
    социальные и медицинские службы, НКО, объединения работодателей и работников, правоохранительные органы, судебные органы и частные лица.
    Звоните на { $phone }, 24 часа в сутки, или поговорите здесь с человеком.

## Referral procedure

# Since 2016 one programme (DPCM 16 May 2016); art. 13 L. 228/2003 is cited as the seed does.
professional-referral-local =
    Немного информации.
    Служба помощи направляет людей в местные проекты, которые ведут единую программу выявления, помощи и социальной интеграции (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016; art. 13 L. 228/2003).
# Example: { $phone } = "800 290 290".
professional-referral-transfer =
    Она также координирует запросы о переводе между проектами, которые ведут программу в других территориях.
    Чтобы направить человека, звоните на { $phone } или поговорите здесь с человеком.

## Talk to a person

# { $case } = "12": a reference number.
professional-person-queued =
    Хорошо, спасибо.
    Прошу человека из службы помощи ответить Вам здесь. Номер обращения: { $case }.
    Вы уже можете написать свой вопрос. /menu — вернуться.
