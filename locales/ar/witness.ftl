### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Witness flow: someone worried about another person. Signs, what to do and not do,
### how to report, talk to a person. Keep the signs general.
### For translators: CEFR A2; the first line of each message is what a lock screen shows,
### so it stays neutral. { $phone } = "800 290 290", { $emergency } = "112".

## Menu

# After "I'm worried about someone".
witness-intro =
    شكراً على رسالتك.
    هنا يمكنك إيجاد معلومات إذا كان لديك قلق على شخص ما، أو التحدث مع شخص.
# The menu question; options below.
witness-menu-ask = ما المعلومات التي تهمك؟
# Button, ≤ 30 characters.
witness-opt-signs = علامات يجب الانتباه لها
# Button, ≤ 30 characters.
witness-opt-advice = ما يجب فعله وما يجب تجنبه
# Button, ≤ 30 characters.
witness-opt-report = كيف يمكن الإبلاغ

## Signs

# A list in two messages (a phone screen each).
witness-signs-list-1 =
    إليك بعض المعلومات.
    بعض العلامات الممكنة على الاتجار أو الاستغلال: الشخص
    • لا يحتفظ بوثائقه الخاصة
    • تحت المراقبة، أو لا يستطيع التنقل بحرية
# The list, continued (no first-line rule problem: it starts with a bullet).
witness-signs-list-2 =
    • عليه دين لا يستطيع سداده
    • يعمل ساعات طويلة جداً بأجر قليل أو بدون أجر
    • يبدو خائفاً
# Example: { $phone } = "800 290 290".
witness-signs-note =
    هذه مجرد علامات ممكنة، وليست دليلاً.
    عند الشك، يمكن لخط المساعدة أن ينصحك: { $phone }، مجاني، ليلاً ونهاراً.

## What to do and not do

# First of two messages of advice.
witness-advice-dont =
    بعض النصائح.
    من الأفضل عدم مواجهة المستغِل، وعدم التحقيق بنفسك.
    من الأفضل عدم فعل أي شيء قد يعرّض الشخص للخطر.
# Example: { $phone } = "800 290 290", { $emergency } = "112".
witness-advice-do =
    ما يمكنك فعله:
    الاستماع إلى الشخص. مشاركة الرقم { $phone }: مجاني، دون ذكر الهوية، ليلاً ونهاراً.
    إذا كان شخص ما في خطر، يُرجى الاتصال بالرقم { $emergency }.

## How to report

# Calling the helpline is not a complaint to the police.
witness-report-call =
    إليك بعض المعلومات.
    للإبلاغ، يمكنك الاتصال بالرقم { $phone }: مجاني، دون ذكر الهوية، ليلاً ونهاراً. هذا ليس بلاغاً للشرطة.
    يمكن لخط المساعدة أن ينصحك وأن يتواصل مع الخدمات المحلية، ومع أجهزة إنفاذ القانون عند الحاجة.
# Example: { $emergency } = "112".
witness-report-urgent =
    شيء آخر:
    إذا كان شخص ما في خطر مباشر، يُرجى الاتصال بالرقم { $emergency }.
    يمكنك أيضاً التحدث مع شخص هنا: الخيار في الأسفل.

## Talk to a person

# { $case } = "12": a reference number, not a police case.
witness-person-queued =
    حسناً، شكراً.
    أطلب من شخص من خط المساعدة أن يرد عليك هنا. رقمك المرجعي هو { $case }.
    يمكنك من الآن كتابة ما يقلقك. /menu للرجوع.
