### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Canned replies an operator sends with `!say <name>` (the name is the id without
### `canned-`). Rendered in the person's language. Short, calm, with a way forward.
### For translators: CEFR A2; the first line is what a lock screen shows, so it stays
### neutral. { $phone } = "800 290 290", { $emergency } = "112".

# `!say safe-now`: asks whether the person is safe.
canned-safe-now =
    كيف حالك الآن؟
    هل أنت في مكان آمن؟ يمكنك الرد بنعم أو لا.
# `!say call-112`. Example: { $emergency } = "112".
canned-call-112 =
    يمكنك الاتصال بالرقم { $emergency } في أي وقت، مجاناً.
    إذا كنت في خطر الآن، يُرجى الاتصال به. يعمل حتى بدون رصيد في هاتفك.
# `!say free-anonymous` (the id stays; the text is exact: the chat is confidential, a call
# can be anonymous). Example: { $phone } = "800 290 290".
canned-free-anonymous =
    الحديث معنا مجاني. لا حاجة إلى ذكر اسمك.
    هذه المحادثة سرية، لكنها ليست مجهولة الهوية: تطبيق المحادثة يعرف حسابك. الاتصال بالرقم { $phone } يمكن أن يكون دون ذكر الهوية.
# `!say no-documents`.
canned-no-documents =
    معلومة مفيدة:
    لا حاجة إلى وثائق للحصول على المساعدة. يمكنك الحصول على المساعدة حتى بدون تصريح إقامة.
    طلب المساعدة ليس بلاغاً للشرطة: القرار لك.
# `!say protection`: the single programme, never a promise ("can offer").
canned-protection =
    توجد مساعدة لك في إيطاليا.
    يوجد برنامج حماية للأشخاص الذين تعرضوا للاستغلال. يمكنه أن يقدم مكاناً آمناً للسكن، وطعاماً، ورعاية صحية، ومساعدة في الوثائق والعمل.
# `!say still-there`.
canned-still-there =
    هل ما زلت هنا؟
    يمكنك الكتابة متى استطعت؛ نحن هنا.
# `!say hello`: the operator's first words.
canned-hello =
    مرحباً، أنا هنا الآن.
    أعمل مع خط المساعدة. يمكنك الكتابة لي بكلماتك، وعلى راحتك.
# `!say reading`: the operator is reading what the person wrote.
canned-reading =
    أقرأ رسائلك الآن.
    من فضلك، أعطني لحظة. سأرد قريباً.
# `!say call-helpline`. Example: { $phone } = "800 290 290".
canned-call-helpline =
    هل يمكنك إجراء مكالمة هاتفية الآن؟
    إذا كان ذلك ممكناً، اتصل بالرقم { $phone }. الاتصال مجاني، ويمكنك الحديث بلغتك مع وسيط ثقافي.
# `!say mediator`: a cultural mediator who speaks the person's language will be found.
canned-mediator =
    سنبحث عن شخص يتكلم لغتك.
    قد يحتاج ذلك بعض الوقت. سنكتب لك هنا عندما نجد أحداً.
# `!say take-your-time`.
canned-take-your-time =
    لا داعي للعجلة.
    يمكنك الكتابة متى تريد. لا حاجة إلى قول كل شيء الآن.
# `!say shelter`: a safe place to sleep (never a promise: "we can look").
canned-shelter =
    هل لديك مكان آمن للنوم هذه الليلة؟
    إذا لم يكن لديك، أخبرني. يمكننا أن نبحث معاً عن مكان للإقامة.
# `!say health`.
canned-health =
    هل تحتاج إلى طبيب؟
    في إيطاليا يمكنك رؤية طبيب حتى بدون وثائق. إذا كان الأمر عاجلاً، اتصل بالرقم { $emergency }.
# `!say police-your-choice`: exact on a legal point (talking to us is not reporting).
canned-police-your-choice =
    القرار لك.
    الحديث معنا ليس بلاغاً للشرطة. الشرطة لا تتدخل إلا إذا أردت ذلك.
# `!say documents-kept`: someone else keeps the person's documents.
canned-documents-kept =
    هل يحتفظ شخص آخر بجواز سفرك أو بوثائقك؟
    يمكنك أن تخبرني. هذا مهم، ويمكننا المساعدة في ذلك.
# `!say debt`: money owed to the people who brought or employ the person.
canned-debt =
    هل عليك أن تدفع مالاً لأحد؟
    دين كهذا ليس ذنبك. يمكنك أن تحكي لي عنه؛ لن نحكم عليك.
# `!say children`.
canned-children =
    هل معك أطفال؟
    إذا كان معك أطفال، فالمساعدة يمكن أن تكون لهم أيضاً. أخبرني كم عددهم وكم أعمارهم.
# `!say where-roughly`: only the city, never an exact address.
canned-where-roughly =
    في أي مدينة أو منطقة أنت الآن؟
    لا حاجة إلى إعطاء عنوان. المدينة تكفي لإيجاد مساعدة قريبة منك.
# `!say delete-chat`: a safety tip.
canned-delete-chat =
    نصيحة أمان لك.
    إذا كان أحد يفتّش هاتفك، يمكنك حذف هذه المحادثة. اكتب /exit وسيحذف البوت ما يستطيع.
# `!say come-back-later`: the person can come back.
canned-come-back-later =
    يمكنك العودة في أي وقت.
    اكتب هنا من جديد متى تريد، في النهار أو في الليل. يمكنك أيضاً الاتصال بالرقم { $phone }.
# `!say not-alone`.
canned-not-alone =
    لديك من يساندك.
    كثير من الناس وجدوا المساعدة بعد وضع مثل وضعك. نحن هنا من أجلك.
# `!say goodbye`: end of the conversation.
canned-goodbye =
    شكراً على رسالتك.
    اعتنِ بنفسك. إذا احتجت إلينا، اكتب هنا من جديد أو اتصل بالرقم { $phone }.
