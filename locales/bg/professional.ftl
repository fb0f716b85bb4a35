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
    Благодарим Ви за съобщението.
    Линията за помощ подкрепя и организации и служби, които срещат хора, които може да имат нужда от защита.
# The menu question; options below.
professional-menu-ask = Какво бихте искали да научите?
# Button, ≤ 30 characters.
professional-opt-consult = Консултация
# Button, ≤ 30 characters.
professional-opt-referral = Процедура за насочване

## Consultation

# Italian: "Lei". "Not a complaint to the police": the person decides.
professional-consult-advice =
    Ето малко информация.
    Линията за помощ консултира институции и организации, които влизат в контакт с възможни жертви на трафик и експлоатация от всякакъв вид: сексуална, трудова, принудително просене, принудителна престъпна дейност.
    Контактът с линията за помощ не е сигнал до полицията; решава самият човек.
# The legal measures, as general as the helpline's notes.
professional-consult-assess =
    Освен това:
    тя преценява заедно с Вас дали са налице условията за мерките за подкрепа: единната програма за защита (art. 18 c.3-bis d.lgs. 286/1998), разрешението за социална защита ("casi speciali", art. 18 d.lgs. 286/1998; социален или съдебен път) и, при трудова експлоатация, разрешението по art. 18-ter d.lgs. 286/1998.
    Гражданите на ЕС могат да се включат в програмата; не им трябва разрешение. Помощта не зависи от разрешение.
# Example: { $phone } = "800 290 290".
professional-consult-who =
    Кой може да се свърже с нея:
    социални и здравни служби, НПО, сдружения на работодатели и на работници, органите на реда, съдебните органи и частни лица.
    Обадете се на { $phone }, 24 часа в денонощието, или говорете с човек тук.

## Referral procedure

# Since 2016 one programme (DPCM 16 May 2016); art. 13 L. 228/2003 is cited as the seed does.
professional-referral-local =
    Ето малко информация.
    Линията за помощ насочва хората към местните проекти, които изпълняват единната програма за излизане от ситуацията, подкрепа и социална интеграция (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 май 2016; art. 13 L. 228/2003).
# Example: { $phone } = "800 290 290".
professional-referral-transfer =
    Тя също координира молбите за преместване между проектите, които изпълняват програмата в други територии.
    За да насочите някого, обадете се на { $phone } или говорете с човек тук.

## Talk to a person

# { $case } = "12": a reference number.
professional-person-queued =
    Добре, благодарим.
    Моля човек от линията за помощ да Ви отговори тук. Номер за справка: { $case }.
    Можете още сега да напишете въпроса си. /menu за връщане.
