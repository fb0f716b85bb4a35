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
    شكراً على رسالتكم.
    يدعم خط المساعدة أيضاً المنظمات والخدمات التي تلتقي بأشخاص قد يحتاجون إلى الحماية.
# The menu question; options below.
professional-menu-ask = ما المعلومات التي تهمكم؟
# Button, ≤ 30 characters.
professional-opt-consult = استشارة
# Button, ≤ 30 characters.
professional-opt-referral = إجراءات الإحالة

## Consultation

# Italian: "Lei". "Not a complaint to the police": the person decides.
professional-consult-advice =
    إليكم بعض المعلومات.
    يقدم خط المساعدة المشورة للمؤسسات والمنظمات التي تتعامل مع ضحايا محتملين للاتجار والاستغلال، من أي نوع: جنسي، في العمل، التسول القسري، الجرائم القسرية.
    التواصل مع خط المساعدة ليس بلاغاً للشرطة؛ الشخص المعني هو من يقرر.
# The legal measures, as general as the helpline's notes.
professional-consult-assess =
    بالإضافة إلى ذلك:
    يقيّم معكم ما إذا كانت شروط تدابير الدعم متوفرة: برنامج الحماية الموحد (art. 18 c.3-bis d.lgs. 286/1998)، وتصريح الحماية الاجتماعية ("casi speciali"، art. 18 d.lgs. 286/1998؛ المسار الاجتماعي أو القضائي)، وفي حالة الاستغلال في العمل، تصريح art. 18-ter d.lgs. 286/1998.
    يمكن لمواطني الاتحاد الأوروبي الانضمام إلى البرنامج؛ ولا يحتاجون إلى تصريح. المساعدة لا تتوقف على وجود تصريح.
# Example: { $phone } = "800 290 290".
professional-consult-who =
    من يمكنه التواصل معه:
    الخدمات الاجتماعية والصحية، والمنظمات غير الحكومية، وجمعيات أصحاب العمل والعمال، وأجهزة إنفاذ القانون، والسلطات القضائية، والأفراد.
    يمكنكم الاتصال بالرقم { $phone } على مدار 24 ساعة، أو التحدث مع شخص هنا.

## Referral procedure

# Since 2016 one programme (DPCM 16 May 2016); art. 13 L. 228/2003 is cited as the seed does.
professional-referral-local =
    إليكم بعض المعلومات.
    يحيل خط المساعدة الأشخاص إلى المشاريع المحلية التي تدير البرنامج الموحد للخروج والمساعدة والاندماج الاجتماعي (art. 18 c.3-bis d.lgs. 286/1998، DPCM 16 مايو 2016؛ art. 13 L. 228/2003).
# Example: { $phone } = "800 290 290".
professional-referral-transfer =
    كما ينسق طلبات النقل بين المشاريع التي تدير البرنامج في مناطق أخرى.
    لإحالة شخص ما، يمكنكم الاتصال بالرقم { $phone } أو التحدث مع شخص هنا.

## Talk to a person

# { $case } = "12": a reference number.
professional-person-queued =
    حسناً، شكراً.
    أطلب من شخص من خط المساعدة أن يرد عليكم هنا. الرقم المرجعي: { $case }.
    يمكنكم كتابة سؤالكم من الآن. /menu للرجوع.
