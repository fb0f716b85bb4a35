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
