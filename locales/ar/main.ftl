### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Main flow: welcome, language, safety check, who is writing, help, operator, quick exit,
### end, and the option labels shared by every flow (nav-*).
### Rule: the first line of every message must be harmless on a lock screen.
### For translators: person-facing texts are CEFR A2 (short sentences, everyday words),
### gender-neutral, with no promises. Button labels (`*-opt-*`, `nav-*`) fit in 30
### characters. The first line of each message is what a lock screen shows: keep it free of
### words like helpline, trafficking, exploitation, danger, police, case, victim, abuse.
### Variables every message may use: { $phone } = "800 290 290", { $emergency } = "112",
### { $helpline } = "Numero Verde Antitratta" (a name: never translated).

## Welcome and language

# The very first message of a conversation, before the language choice (in the phone's
# language when Varco has it).
welcome-hello = مرحباً، وشكراً على رسالتك.
# Right after welcome-hello: the bot says it is automatic and that a person can take over.
# "Confidential" is exact: the chat is not anonymous (the app knows the account).
welcome-free =
    أنا مساعد آلي. يمكن أيضاً لشخص من فريقنا أن يكتب معك هنا.
    هذه المحادثة مجانية وسرية. لا حاجة إلى ذكر اسمك.
    أولاً، يُرجى اختيار لغتك.
# The language question; the options are each language's own name (language-name).
language-ask = أي لغة تناسبك؟

## Safety check

# Sent after the language choice, before safety-ask: message previews, and what the
# platform knows. Example: { $phone } = "800 290 290".
safety-privacy =
    نصيحة لخصوصيتك.
    يمكن لهاتفك أن يعرض الرسائل الجديدة على شاشة القفل. لإخفائها، يمكنك إيقاف معاينة الرسائل في إعدادات الإشعارات في التطبيق.
    هذه المحادثة سرية، لكنها ليست مجهولة الهوية: تطبيق المحادثة يعرف حسابك. الاتصال بالرقم { $phone } يمكن أن يكون دون ذكر الهوية.
# A question with two buttons (safety-opt-yes, safety-opt-later).
safety-ask = هل يمكنك الكتابة بأمان الآن؟
# Button, ≤ 30 characters.
safety-opt-yes = نعم
# Button, ≤ 30 characters.
safety-opt-later = ليس الآن
# After "Yes" to safety-ask.
safety-ok =
    جيد.
    نصيحة: يمكنك كتابة /exit في أي وقت للخروج بسرعة.
    هذا يحذف المحادثة حين يكون ذلك ممكناً.
# After "Not now" to safety-ask; first of three tips.
safety-tips-exit =
    حسناً. بعض النصائح.
    للخروج بسرعة، يمكنك كتابة /exit في أي وقت، أو الضغط على الزر في الأسفل.
    هذا يحذف المحادثة حين يكون ذلك ممكناً.
# Second tip.
safety-tips-delete =
    يمكنك أيضاً حذف هذه المحادثة بنفسك، في التطبيق.
    البوت يستطيع حذف الرسائل الحديثة فقط، لذلك من المفيد حذفها بنفسك أيضاً.
# Third tip. Example: { $emergency } = "112".
safety-tips-emergency =
    شيء آخر:
    إذا كنت في خطر مباشر، يُرجى الاتصال بالرقم { $emergency }.
# A question with three buttons after the tips.
safety-next-ask = هل تناسبك المتابعة الآن؟
# Button, ≤ 30 characters.
safety-opt-continue = متابعة
# Button, ≤ 30 characters.
safety-opt-stop = التوقف الآن

## Who is writing (the main menu)

# The main menu: who is writing. Options: role-opt-*, nav-person, nav-leave.
role-ask =
    شكراً. ما الخيار الأنسب لك؟
    يُرجى اختيار «أسأل من أجل عملي» إذا كان عملك في منظمة، أو في الشرطة، أو في الخدمات الاجتماعية أو الصحية، أو في نقابة أو جمعية لأصحاب العمل.
# Button, ≤ 30 characters.
role-opt-self = أحتاج مساعدة لنفسي
# Button, ≤ 30 characters.
role-opt-other = لدي قلق على شخص ما
# Button, ≤ 30 characters; role-ask quotes it, keep both the same.
role-opt-work = أسأل من أجل عملي

## Option labels shared by every flow (buttons: 30 characters at most)

# Button, ≤ 30 characters: asks for a human operator.
nav-person = التحدث مع شخص
# Button, ≤ 30 characters.
nav-main-menu = القائمة الرئيسية
# Button, ≤ 30 characters.
nav-back = رجوع
# Button, ≤ 30 characters: the quick exit.
nav-leave = الخروج وحذف المحادثة
# Button, ≤ 30 characters: "not safe now": the bot sends nothing until the person writes
# again. Neutral words: someone else may see the screen.
nav-not-safe = لا أستطيع القراءة الآن

## Help

# /help, first part: the commands stay as they are (/menu, /lang…), never translated.
help-commands =
    هذا ما يمكنك كتابته في أي وقت:
    /menu: عرض الخيارات
    /lang: تغيير اللغة
    /operator: التحدث مع شخص
# /help, second part. Examples: { $helpline } = "Numero Verde Antitratta",
# { $phone } = "800 290 290", { $emergency } = "112". Calling can be anonymous.
help-more =
    /exit: الخروج بسرعة، ويحذف هذه المحادثة حين يكون ذلك ممكناً
    /help: هذه الرسالة
    { $helpline }: { $phone }، مجاني ودون ذكر الهوية، ليلاً ونهاراً.
    في حالة خطر مباشر: { $emergency }.

## Talk to a person (handoff from /operator or the main menu)

# The person asked for an operator. { $case } = "12": a reference number, not a police
# case; never the word "case" in the translation.
operator-queued =
    حسناً، شكراً.
    أطلب من شخص من خط المساعدة أن يرد عليك هنا. رقمك المرجعي هو { $case }.
    يمكنك الكتابة أثناء الانتظار. /menu للرجوع، /exit للخروج بسرعة.

## Quick exit and end

# Neutral on purpose: it is the last thing left on the screen.
exit-neutral = حسناً.
# The conversation ended. Example: { $phone } = "800 290 290".
end-bye =
    شكراً على رسالتك.
    يمكنك الكتابة مرة أخرى في أي وقت، أو الاتصال بالرقم { $phone }، ليلاً ونهاراً.
