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
    Дякуємо за Ваше повідомлення.
    Гаряча лінія також підтримує організації та служби, які зустрічають людей, що можуть потребувати захисту.
# The menu question; options below.
professional-menu-ask = Що Ви хотіли б дізнатися?
# Button, ≤ 30 characters.
professional-opt-consult = Консультація
# Button, ≤ 30 characters.
professional-opt-referral = Порядок направлення

## Consultation

# Italian: "Lei". "Not a complaint to the police": the person decides.
professional-consult-advice =
    Ось деяка інформація.
    Гаряча лінія консультує установи й організації, які мають справу з можливими жертвами торгівлі людьми та експлуатації будь-якого виду: сексуальної, трудової, примусового жебракування, примусової злочинної діяльності.
    Звернення на гарячу лінію — це не заява в поліцію; рішення ухвалює сама людина.
# The legal measures, as general as the helpline's notes.
professional-consult-assess =
    Крім того:
    вона разом з Вами оцінює, чи виконано умови для заходів підтримки: єдина програма захисту (art. 18 c.3-bis d.lgs. 286/1998), дозвіл на соціальний захист ("casi speciali", art. 18 d.lgs. 286/1998; соціальний або судовий шлях) і, у разі трудової експлуатації, дозвіл за art. 18-ter d.lgs. 286/1998.
    Громадяни ЄС можуть брати участь у програмі; дозвіл їм не потрібен. Допомога не залежить від дозволу.
# Example: { $phone } = "800 290 290".
professional-consult-who =
    Хто може звернутися:
    соціальні та медичні служби, НУО, об'єднання роботодавців і працівників, правоохоронні органи, судові органи та приватні особи.
    Телефонуйте на { $phone }, цілодобово, або поговоріть з людиною тут.

## Referral procedure

# Since 2016 one programme (DPCM 16 May 2016); art. 13 L. 228/2003 is cited as the seed does.
professional-referral-local =
    Ось деяка інформація.
    Гаряча лінія направляє людей до місцевих проєктів, які виконують єдину програму виявлення, допомоги та соціальної інтеграції (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 травня 2016; art. 13 L. 228/2003).
# Example: { $phone } = "800 290 290".
professional-referral-transfer =
    Вона також координує запити на переведення між проєктами, що виконують програму на інших територіях.
    Щоб направити людину, телефонуйте на { $phone } або поговоріть з людиною тут.

## Talk to a person

# { $case } = "12": a reference number.
professional-person-queued =
    Добре, дякуємо.
    Я прошу людину з гарячої лінії відповісти Вам тут. Номер звернення: { $case }.
    Ви вже можете написати своє запитання. /menu — назад.
