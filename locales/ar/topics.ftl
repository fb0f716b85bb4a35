### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Topics flow (flows/topics.toml): the questions people ask, reached from the victim menu.
### Each topic is 2–4 short messages, then the topics menu again. Facts only from the
### helpline's legal notes; never promise an outcome. Not yet reviewed by a lawyer.
### For translators: button labels (-opt-, -answer-, -label) ≤ 30 characters; the FIRST
### LINE of every message shows on a lock screen, so it must say nothing about the subject;
### { $phone } is the national number (800 290 290), { $emergency } is 112; Italian legal
### terms and references in brackets stay as they are ("caporalato", "art. 603-bis c.p.").

## Menu

# Button in the victim menu that opens this flow.
topics-menu-label = أسئلة يطرحها الناس
topics-menu-ask =
    يُرجى اختيار سؤال.
    كل جواب قصير. بعدها ترجع المحادثة إلى هنا.
# Opens the check ("Is this exploitation?"); worded so that nobody glancing at the screen
# reads what it is about.
topics-opt-check = أسئلة عن وضعي
topics-opt-work = العمل والأجر
topics-opt-asylum = اللجوء
topics-opt-health = الرعاية الصحية
topics-opt-minors = أقل من 18 سنة
topics-opt-home = العودة إلى البلد بأمان
topics-opt-call = ماذا يحدث إذا اتصلت
# After the check: back to the topics menu.
topics-opt-more = أسئلة أخرى

## Is this exploitation? Eight questions, each optional. Never a verdict.

topics-check-intro =
    بعض الأسئلة القصيرة عن وضعك.
    الإجابة اختيارية لكل سؤال. يمكنك دائماً اختيار «أفضّل عدم القول».
    لا توجد أجوبة صحيحة أو خاطئة.
    إذا رد عليك هنا شخص من خط المساعدة، سيرى أجوبتك. وهكذا لا حاجة إلى إعادة كل شيء.
# The three answers to every question below.
topics-answer-yes = نعم
topics-answer-no = لا
topics-answer-skip = أفضّل عدم القول
topics-check-documents =
    السؤال 1 من 8.
    هل يحتفظ شخص آخر بجواز سفرك أو وثائقك، ولا يمكنك استرجاعها؟
topics-check-debt =
    السؤال 2 من 8.
    هل عليك سداد دين للأشخاص الذين أحضروك إلى هنا أو وجدوا لك العمل؟
topics-check-movement =
    السؤال 3 من 8.
    هل يمنعك أحد من ترك عملك أو بيتك، أو من الذهاب بحرية إلى أي مكان؟
topics-check-threats =
    السؤال 4 من 8.
    هل هددك أحد أو آذاك، أو آذى أشخاصاً قريبين منك؟
topics-check-pay =
    السؤال 5 من 8.
    هل يحتفظ أحد بأجرك، أو يدفع لك أقل بكثير مما تم الاتفاق عليه؟
topics-check-deceived =
    السؤال 6 من 8.
    هل العمل مختلف جداً عما وعدوك به؟
topics-check-housing =
    السؤال 7 من 8.
    هل مكان سكنك هو مكان عملك، أو مكان يختاره صاحب العمل؟
topics-check-minor =
    السؤال 8 من 8.
    هل عمرك أقل من 18 سنة؟
topics-check-thanks =
    شكراً على أجوبتك.
    بعض هذه الأشياء قد تكون علامات على الاستغلال. وقد تكون لها أسباب أخرى أيضاً.
    المحادثة وحدها يمكن أن توضح أكثر.
topics-check-meaning =
    ماذا قد يعني ذلك:
    إذا كان جوابك «نعم» على سؤال واحد أو أكثر، قد يكون لك الحق في المساعدة والحماية. وهذا صحيح أيضاً بدون وثائق.
    المساعدة مجانية. لا حاجة إلى أي قرار الآن.
# Shown only to someone who answered "yes" to "Are you under 18?".
topics-check-under18 =
    قلت إن عمرك أقل من 18 سنة.
    للشباب تحت 18 سنة حماية إضافية في إيطاليا (القانون 47/2017).
    يمكن لشخص من خط المساعدة أن يشرحها لك.
topics-check-next-ask =
    ما الخطوة التي تناسبك الآن؟
    التحدث مع شخص مجاني وسري. يمكنك أيضاً الاتصال بالرقم { $phone }.

## Work

topics-work-pay =
    إليك بعض المعلومات عن العمل.
    من حقك الحصول على أجر عن العمل الذي قمت به.
    وهذا صحيح أيضاً بدون عقد أو تصريح.
topics-work-signs =
    شيئان آخران من المفيد معرفتهما.
    صاحب العمل الذي يحتفظ بجواز سفرك أو وثائقك: هذه علامة على الاستغلال.
    «دين» عليك دفعه للأشخاص الذين أحضروك إلى إيطاليا: هذه علامة أيضاً.
    يمكن لخط المساعدة أن يساعدك في الأمرين.
topics-work-law =
    معلومة مفيدة:
    استغلال الأشخاص في العمل جريمة في إيطاليا («caporalato»، art. 603-bis c.p.).
    يوجد تصريح خاص للأشخاص الأجانب الذين يعملون ويساعدون في كشف الحقائق (art. 18-ter d.lgs. 286/1998).
    يمكن لخط المساعدة أن يشرح لك ما ينطبق على وضعك: يمكنك الاتصال بالرقم { $phone }، أو التحدث مع شخص هنا.

## Asylum

topics-asylum =
    إليك بعض المعلومات.
    يمكنك طلب الحماية الدولية (اللجوء) والحصول في الوقت نفسه على مساعدة برنامج الحماية.
    النظامان يعملان معاً. ويمكنهما تحويلك من أحدهما إلى الآخر.
topics-asylum-more =
    لمعرفة ما يناسب وضعك، يمكنك الاتصال بالرقم { $phone } أو التحدث مع شخص هنا.
    الاتصال أو الكتابة ليس بلاغاً للشرطة. كل ما يُقال هو قرارك.

## Health care

topics-health =
    إليك بعض المعلومات عن الصحة.
    يمكنك الحصول على الرعاية العاجلة والأساسية حتى بدون وثائق. يمكنك طلب رمز STP: هو رمز صحي للأجانب الذين ليست لديهم أوراق.
topics-health-report =
    معلومة مفيدة:
    الذهاب إلى المستشفى أو إلى الطبيب لا يؤدي إلى بلاغ للشرطة (art. 35 c.5 d.lgs. 286/1998).
    في حالة طارئة، يُرجى الاتصال بالرقم { $emergency }.

## Under 18

topics-minors =
    إليك بعض المعلومات للشباب.
    إذا كان عمرك أقل من 18 سنة، يعطيك القانون حماية إضافية في إيطاليا (القانون 47/2017).
topics-minors-age =
    يُرجى إخبارنا إذا كان عمرك أقل من 18 سنة.
    يمكنك قول ذلك للشخص الذي يرد عليك هنا، أو عند الاتصال بالرقم { $phone }.
    وهكذا يعرف أي مساعدة يبحث عنها معك.

## Going home

topics-home =
    إليك بعض المعلومات عن العودة.
    توجد برامج تساعد الناس على العودة إلى بلدهم بطريقة آمنة، إذا اختاروا ذلك (العودة الطوعية المساعَدة؛ تديرها المنظمة الدولية للهجرة IOM).
topics-home-more =
    القرار لك. يمكنك أيضاً البقاء في إيطاليا وطلب المساعدة هنا.
    يمكن لخط المساعدة أن يشرح لك كيف يعمل ذلك: يمكنك الاتصال بالرقم { $phone }، أو التحدث مع شخص هنا.

## Calling the national number

topics-call =
    عند الاتصال بالرقم { $phone }:
    المكالمة مجانية. يمكنك الاتصال ليلاً ونهاراً، كل يوم.
    لا حاجة إلى ذكر اسمك: المكالمة يمكن أن تكون دون ذكر الهوية.
topics-call-language =
    يمكنك طلب وسيط ثقافي: الوسطاء يتكلمون لغات كثيرة.
    كل ما يُقال هو قرارك. الاتصال ليس بلاغاً للشرطة.
topics-call-chat =
    معلومة مفيدة:
    هذه المحادثة سرية، لكنها ليست مجهولة الهوية. تطبيق المحادثة يعرف حسابك.
