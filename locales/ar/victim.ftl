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
    شكراً لأنك أخبرتني.
    هنا يمكنك إيجاد معلومات، ومساعدة قريبة منك، أو التحدث مع شخص.
    يوجد أشخاص يمكنهم مساعدتك.
# The menu question; options below.
victim-menu-ask = ما الخطوة التي تناسبك؟
# Button, ≤ 30 characters.
victim-opt-rights = حقوقك، وطرق الخروج
# Button, ≤ 30 characters.
victim-opt-where = مساعدة قريبة مني
# Button, ≤ 30 characters: answered with the emergency number and an urgent request.
victim-opt-danger = أنا في خطر الآن

## Rights and ways out

# The topics question; options below.
victim-rights-ask =
    يُرجى اختيار موضوع.
    توجد طرق للخروج، والمساعدة مجانية.
# Button, ≤ 30 characters: the art. 18 permit.
victim-rights-opt-permit = تصريح الإقامة
# Button, ≤ 30 characters: the protection programme.
victim-rights-opt-programme = سكن، رعاية، بداية جديدة
# Button, ≤ 30 characters: work, pay, documents and debt. Must not read as an accusation.
victim-rights-opt-work = العمل والأجر والوثائق

# The permit of art. 18 d.lgs. 286/1998 ("permesso per casi speciali"): keep the Italian
# name in quotes.
victim-rights-art18-permit =
    إليك بعض المعلومات.
    في إيطاليا تصريح إقامة خاص للأشخاص من بلدان أخرى الذين تعرضوا للعنف أو لاستغلال خطير وهم في خطر ("casi speciali"، art. 18 d.lgs. 286/1998).
    الأشخاص من بلدان الاتحاد الأوروبي، مثل رومانيا أو بلغاريا، لا يحتاجون إلى تصريح. يمكنهم الحصول على المساعدة نفسها.
# Who proposes the permit. Keep "Questura" in Italian.
victim-rights-art18-paths =
    كيف يعمل ذلك:
    مكتب الشرطة الخاص بالأجانب (Questura) يعطي التصريح. يمكن للمدعي العام أن يقترحه، بعد تقديم شكوى. ويمكن أيضاً للخدمات الاجتماعية أو لمنظمة معتمدة أن تقترحه: هنا القانون لا يطلب شكوى.
    ما يحدث في الواقع يختلف من مدينة إلى أخرى. يمكن لخط المساعدة أن يشرح لك ما ينطبق في المكان الذي أنت فيه.
# What the permit gives. Example: { $phone } = "800 290 290".
victim-rights-art18-access =
    ماذا يمكن أن يعطيك:
    التصريح لمدة ستة أشهر. يمكن تجديده لمدة سنة، أو لمدة أطول إذا احتاجت قضية في المحكمة ذلك. معه يمكنك الحصول على المساعدة، والدراسة والعمل. لاحقاً يمكن أن يصبح تصريحاً للعمل أو للدراسة.
    إذا تركت البرنامج، يمكن أن ينتهي التصريح.
    يمكن لخط المساعدة أن يتحقق معك إن كان قد يناسب وضعك: يمكنك الاتصال بالرقم { $phone }، أو التحدث مع شخص هنا.

# The single protection programme (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016;
# the older art. 13 L. 228/2003 is cited too). One programme, not two steps.
victim-rights-programme =
    إليك بعض المعلومات.
    في إيطاليا برنامج واحد للأشخاص الذين تعرضوا للاستغلال (art. 18 c.3-bis d.lgs. 286/1998، art. 13 L. 228/2003).
    في البداية، يمكنه أن يقدم مكاناً آمناً للسكن، وطعاماً، ورعاية صحية، ومساعدة قانونية.
# The programme, continued. Example: { $phone } = "800 290 290".
victim-rights-programme-next =
    بعد ذلك:
    يمكنه أن يساعدك على بناء حياة جديدة: دروس اللغة، والتدريب، والعمل.
    تديره مشاريع محلية في مناطق كثيرة من إيطاليا. للسؤال عنه، يمكنك الاتصال بالرقم { $phone } أو التحدث مع شخص هنا.
# Health care without papers (STP code: keep the Italian abbreviation).
victim-rights-health =
    عن الرعاية الصحية:
    حتى بدون أوراق، يمكنك الحصول على الرعاية العاجلة والأساسية في المستشفيات ومن الأطباء (رمز STP).
    الذهاب إلى المستشفى أو إلى الطبيب لا يؤدي إلى بلاغ للشرطة (art. 35 c.5 d.lgs. 286/1998).

# Work exploitation. Keep "caporalato" in Italian.
victim-rights-work =
    إليك بعض المعلومات.
    المساعدة ليست فقط لحالات الاستغلال الجنسي. هي أيضاً للأشخاص المجبرين على العمل، أو التسول، أو ارتكاب الجرائم.
    من حقك الحصول على أجر عن العمل الذي قمت به، حتى بدون عقد أو تصريح.
# Signs at work, and the art. 18-ter permit (d.l. 145/2024).
victim-rights-work-signs =
    بعض الأشياء المفيدة:
    إذا احتفظ صاحب العمل بجواز سفرك أو وثائقك، أو إذا كان عليك دفع "دين" للأشخاص الذين أحضروك إلى إيطاليا، فهذه علامات على الاستغلال. يمكن لخط المساعدة أن يساعدك في الأمرين.
    استغلال الأشخاص في العمل جريمة (caporalato، art. 603-bis c.p.). الأشخاص العاملون من خارج الاتحاد الأوروبي الذين يساعدون في كشف الحقائق قد يحصلون على تصريح خاص (art. 18-ter d.lgs. 286/1998).

# Shown after every topic above. Example: { $phone } = "800 290 290", { $emergency } = "112".
victim-rights-always =
    معلومة مفيدة:
    طلب المساعدة ليس بلاغاً للشرطة: القرار لك. لا حاجة إلى تصريح أو وثائق للحصول على المساعدة.
    الاتصال بالرقم { $phone } مجاني ويمكن أن يكون دون ذكر الهوية، ليلاً ونهاراً، وبلغات كثيرة. هذه المحادثة سرية، لكنها ليست مجهولة الهوية.
    في حالة خطر، يُرجى الاتصال بالرقم { $emergency }.

## Help near you

# No { $region } on purpose: echoing what the person typed would repeat it on the lock screen.
victim-where-found = شكراً. هذا ما وجدته:

## Talk to a person

# The person asked for an operator. { $case } = "12": a reference number, not a police case.
victim-person-queued =
    حسناً، شكراً.
    أطلب من شخص من خط المساعدة أن يرد عليك هنا. رقمك المرجعي هو { $case }.
    يمكنك الكتابة أثناء الانتظار. /exit يحذف هذه المحادثة. في حالة خطر: { $emergency }.

## Danger now

# After "I am in danger now": warmth and the emergency number first, then an urgent request.
# Example: { $emergency } = "112".
victim-danger-call =
    شكراً لأنك أخبرتني. لست وحدك.
    إن أمكن، يُرجى الاتصال بالرقم { $emergency } الآن. الاتصال مجاني، ويعمل حتى بدون رصيد في هاتفك.
# Right after victim-danger-call. { $case } = "12": a reference number, not a police case.
victim-danger-queued =
    رقمك المرجعي هو { $case }.
    سيرد عليك شخص هنا في أقرب وقت ممكن. يمكنك مواصلة الكتابة.
    لإخفاء هذه المحادثة بسرعة، يمكنك كتابة /exit.
