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
topics-menu-label = لوگوں کے عام سوالات
topics-menu-ask =
    ایک سوال چنیں۔
    ہر جواب مختصر ہے۔ پھر آپ یہاں واپس آئیں گے۔
# Opens the check ("Is this exploitation?"); worded so that nobody glancing at the screen
# reads what it is about.
topics-opt-check = میری صورتحال کے بارے میں سوال
topics-opt-work = کام اور تنخواہ
topics-opt-asylum = پناہ (اسائلم)
topics-opt-health = علاج
topics-opt-minors = 18 سال سے کم
topics-opt-home = محفوظ طریقے سے گھر واپسی
topics-opt-call = کال کرنے پر کیا ہوتا ہے
# After the check: back to the topics menu.
topics-opt-more = دوسرے سوالات

## Is this exploitation? Eight questions, each optional. Never a verdict.

topics-check-intro =
    آپ کی صورتحال کے بارے میں چند مختصر سوال۔
    صرف وہی جواب دیں جو آپ چاہیں۔ آپ ہمیشہ “جواب نہیں دینا” چن سکتے ہیں۔
    کوئی جواب صحیح یا غلط نہیں۔
    اگر ہیلپ لائن کا کوئی فرد یہاں جواب دے تو وہ آپ کے جواب دیکھے گا۔ پھر سب کچھ دوبارہ بتانا ضروری نہیں ہو گا۔
# The three answers to every question below.
topics-answer-yes = ہاں
topics-answer-no = نہیں
topics-answer-skip = جواب نہیں دینا
topics-check-documents =
    سوال 1 از 8۔
    کیا آپ کا پاسپورٹ یا کاغذات کسی اور کے پاس ہیں، اور آپ انہیں واپس نہیں لے سکتے؟
topics-check-debt =
    سوال 2 از 8۔
    کیا آپ کو ان لوگوں کا قرض اتارنا ہے جو آپ کو یہاں لائے یا جنہوں نے کام دلوایا؟
topics-check-movement =
    سوال 3 از 8۔
    کیا کوئی آپ کو کام یا گھر چھوڑنے سے، یا اپنی مرضی کی جگہ جانے سے روکتا ہے؟
topics-check-threats =
    سوال 4 از 8۔
    کیا کسی نے آپ کو یا آپ کے قریبی لوگوں کو دھمکی دی یا نقصان پہنچایا؟
topics-check-pay =
    سوال 5 از 8۔
    کیا کوئی آپ کی تنخواہ رکھ لیتا ہے، یا طے شدہ رقم سے بہت کم دیتا ہے؟
topics-check-deceived =
    سوال 6 از 8۔
    کیا کام اس سے بہت مختلف ہے جس کا آپ سے وعدہ کیا گیا تھا؟
topics-check-housing =
    سوال 7 از 8۔
    کیا آپ کام کی جگہ پر رہتے ہیں، یا ایسی جگہ جو مالک نے چنی ہے؟
topics-check-minor =
    سوال 8 از 8۔
    کیا آپ کی عمر 18 سال سے کم ہے؟
topics-check-thanks =
    جوابات کا شکریہ۔
    ان میں سے کچھ باتیں استحصال کی علامت ہو سکتی ہیں۔ ان کی دوسری وجوہات بھی ہو سکتی ہیں۔
    صرف بات چیت سے زیادہ پتہ چل سکتا ہے۔
topics-check-meaning =
    اس کا مطلب کیا ہو سکتا ہے:
    اگر ایک یا زیادہ سوالوں کا جواب “ہاں” تھا، تو آپ کو مدد اور تحفظ کا حق ہو سکتا ہے۔ یہ کاغذات کے بغیر بھی سچ ہے۔
    مدد مفت ہے۔ ابھی کچھ بھی طے کرنا ضروری نہیں۔
# Shown only to someone who answered "yes" to "Are you under 18?".
topics-check-under18 =
    آپ نے بتایا کہ آپ کی عمر 18 سال سے کم ہے۔
    اٹلی میں 18 سال سے کم عمر لوگوں کو اضافی تحفظ حاصل ہے (law 47/2017)۔
    ہیلپ لائن کا کوئی فرد آپ کو یہ سمجھا سکتا ہے۔
topics-check-next-ask =
    اب آپ کیا کرنا چاہتے ہیں؟
    کسی فرد سے بات کرنا مفت اور رازدارانہ ہے۔ آپ { $phone } پر کال بھی کر سکتے ہیں۔

## Work

topics-work-pay =
    کام کے بارے میں کچھ معلومات۔
    جو کام آپ نے کیا، اس کی تنخواہ لینا آپ کا حق ہے۔
    یہ معاہدے یا پرمٹ کے بغیر بھی سچ ہے۔
topics-work-signs =
    جاننے کی دو اور باتیں۔
    اگر مالک آپ کا پاسپورٹ یا کاغذات رکھ لے تو یہ استحصال کی علامت ہے۔
    ان لوگوں کا “قرض” جو آپ کو اٹلی لائے، یہ بھی ایک علامت ہے۔
    ہیلپ لائن دونوں میں آپ کی مدد کر سکتی ہے۔
topics-work-law =
    یہ جاننا اچھا ہے:
    اٹلی میں مزدوروں کا استحصال جرم ہے (“caporalato”، art. 603-bis c.p.)۔
    جو غیر ملکی مزدور حقائق سامنے لانے میں مدد کریں، ان کے لیے ایک خاص پرمٹ ہے (art. 18-ter d.lgs. 286/1998)۔
    ہیلپ لائن بتا سکتی ہے کہ آپ پر کیا لاگو ہوتا ہے: { $phone } پر کال کریں، یا یہاں کسی فرد سے بات کریں۔

## Asylum

topics-asylum =
    کچھ معلومات پیش ہیں۔
    آپ بین الاقوامی تحفظ (پناہ) مانگ سکتے ہیں اور ساتھ ہی تحفظ پروگرام سے مدد بھی لے سکتے ہیں۔
    دونوں نظام مل کر کام کرتے ہیں۔ وہ آپ کو ایک سے دوسرے کی طرف بھیج سکتے ہیں۔
topics-asylum-more =
    آپ کی صورتحال کے لیے کیا ٹھیک ہے، یہ جاننے کے لیے { $phone } پر کال کریں یا یہاں کسی فرد سے بات کریں۔
    کال کرنا یا لکھنا پولیس کو رپورٹ نہیں ہے۔ کیا بتانا ہے، یہ آپ طے کرتے ہیں۔

## Health care

topics-health =
    صحت کے بارے میں کچھ معلومات۔
    کاغذات کے بغیر بھی فوری اور ضروری علاج مل سکتا ہے۔ STP کوڈ مانگیں: یہ بغیر کاغذات والے غیر ملکیوں کے لیے صحت کا کوڈ ہے۔
topics-health-report =
    یہ جاننا اچھا ہے:
    ہسپتال یا ڈاکٹر کے پاس جانے سے پولیس کو رپورٹ نہیں ہوتی (art. 35 c.5 d.lgs. 286/1998)۔
    ایمرجنسی میں { $emergency } پر کال کریں۔

## Under 18

topics-minors =
    نوجوانوں کے لیے کچھ معلومات۔
    اگر آپ کی عمر 18 سال سے کم ہے تو اٹلی میں قانون آپ کو اضافی تحفظ دیتا ہے (law 47/2017)۔
topics-minors-age =
    براہ کرم بتائیں اگر آپ کی عمر 18 سال سے کم ہے۔
    یہاں جواب دینے والے فرد کو بتائیں، یا جب { $phone } پر کال کریں۔
    پھر انہیں پتہ ہو گا کہ آپ کے ساتھ کون سی مدد تلاش کرنی ہے۔

## Going home

topics-home =
    واپس جانے کے بارے میں کچھ معلومات۔
    ایسے پروگرام ہیں جو لوگوں کو محفوظ طریقے سے اپنے ملک واپس جانے میں مدد دیتے ہیں، اگر وہ یہ چنیں (assisted voluntary return؛ انہیں IOM چلاتا ہے)۔
topics-home-more =
    یہ آپ کی مرضی ہے۔ آپ اٹلی میں رہ کر یہاں بھی مدد مانگ سکتے ہیں۔
    ہیلپ لائن بتا سکتی ہے کہ یہ کیسے ہوتا ہے: { $phone } پر کال کریں، یا یہاں کسی فرد سے بات کریں۔

## Calling the national number

topics-call =
    جب آپ { $phone } پر کال کریں:
    کال مفت ہے۔ آپ ہر دن، دن رات کال کر سکتے ہیں۔
    اپنا نام بتانا ضروری نہیں: کال گمنام ہو سکتی ہے۔
topics-call-language =
    آپ ثقافتی ثالث (mediator) مانگ سکتے ہیں: وہ بہت سی زبانیں بولتے ہیں۔
    کیا بتانا ہے، یہ آپ طے کرتے ہیں۔ کال کرنا پولیس کو رپورٹ نہیں ہے۔
topics-call-chat =
    یہ جاننا اچھا ہے:
    یہ چیٹ رازدارانہ ہے، لیکن گمنام نہیں۔ جو ایپ آپ استعمال کرتے ہیں وہ آپ کا اکاؤنٹ جانتی ہے۔
