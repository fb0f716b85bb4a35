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
    بتانے کا شکریہ۔
    یہاں آپ کو معلومات، قریبی مدد، یا کسی فرد سے بات کا موقع مل سکتا ہے۔
    ایسے لوگ موجود ہیں جو آپ کی مدد کر سکتے ہیں۔
# The menu question; options below.
victim-menu-ask = آپ کیا کرنا چاہتے ہیں؟
# Button, ≤ 30 characters.
victim-opt-rights = آپ کے حقوق، نکلنے کے راستے
# Button, ≤ 30 characters.
victim-opt-where = میرے قریب مدد
# Button, ≤ 30 characters: answered with the emergency number and an urgent request.
victim-opt-danger = مجھے ابھی خطرہ ہے

## Rights and ways out

# The topics question; options below.
victim-rights-ask =
    ایک موضوع چنیں۔
    نکلنے کے راستے موجود ہیں، اور مدد مفت ہے۔
# Button, ≤ 30 characters: the art. 18 permit.
victim-rights-opt-permit = رہائشی پرمٹ
# Button, ≤ 30 characters: the protection programme.
victim-rights-opt-programme = رہائش، علاج، نئی شروعات
# Button, ≤ 30 characters: work, pay, documents and debt. Must not read as an accusation.
victim-rights-opt-work = کام، تنخواہ اور کاغذات

# The permit of art. 18 d.lgs. 286/1998 ("permesso per casi speciali"): keep the Italian
# name in quotes.
victim-rights-art18-permit =
    کچھ معلومات پیش ہیں۔
    اٹلی میں دوسرے ملکوں کے ان لوگوں کے لیے ایک خاص رہائشی پرمٹ ہے جنہوں نے تشدد یا سنگین استحصال سہا اور جو خطرے میں ہیں ("casi speciali"، art. 18 d.lgs. 286/1998)۔
    یورپی یونین کے ملکوں کے لوگوں کو، مثلاً رومانیہ یا بلغاریہ سے، پرمٹ کی ضرورت نہیں۔ انہیں بھی یہی مدد مل سکتی ہے۔
# Who proposes the permit. Keep "Questura" in Italian.
victim-rights-art18-paths =
    یہ کیسے ہوتا ہے:
    غیر ملکیوں کے لیے پولیس کا دفتر (Questura) پرمٹ دیتا ہے۔ سرکاری وکیل (پراسیکیوٹر) شکایت کے بعد اس کی تجویز دے سکتا ہے۔ سماجی سروسز یا کوئی منظور شدہ تنظیم بھی تجویز دے سکتی ہے: اس صورت میں قانون شکایت نہیں مانگتا۔
    عملی طور پر ہر شہر میں طریقہ مختلف ہوتا ہے۔ ہیلپ لائن بتا سکتی ہے کہ آپ کی جگہ پر کیا لاگو ہوتا ہے۔
# What the permit gives. Example: { $phone } = "800 290 290".
victim-rights-art18-access =
    یہ آپ کو کیا دے سکتا ہے:
    پرمٹ چھ مہینے کا ہوتا ہے۔ اسے ایک سال کے لیے، یا کسی عدالتی مقدمے کی ضرورت ہو تو زیادہ مدت کے لیے، بڑھایا جا سکتا ہے۔ اس کے ساتھ مدد لینا، پڑھنا اور کام کرنا ممکن ہے۔ بعد میں یہ کام یا پڑھائی کا پرمٹ بن سکتا ہے۔
    اگر آپ پروگرام چھوڑ دیں تو پرمٹ ختم ہو سکتا ہے۔
    ہیلپ لائن آپ کے ساتھ دیکھ سکتی ہے کہ کیا یہ آپ کی صورتحال کے لیے ٹھیک ہو سکتا ہے: { $phone } پر کال کریں، یا یہاں کسی فرد سے بات کریں۔

# The single protection programme (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016;
# the older art. 13 L. 228/2003 is cited too). One programme, not two steps.
victim-rights-programme =
    کچھ معلومات پیش ہیں۔
    اٹلی میں جن لوگوں کا استحصال ہوا، ان کے لیے ایک پروگرام ہے (art. 18 c.3-bis d.lgs. 286/1998، art. 13 L. 228/2003)۔
    پہلے یہ رہنے کی محفوظ جگہ، کھانا، علاج اور قانونی مدد دے سکتا ہے۔
# The programme, continued. Example: { $phone } = "800 290 290".
victim-rights-programme-next =
    اس کے بعد:
    یہ نئی زندگی بنانے میں مدد دے سکتا ہے: زبان سیکھنا، تربیت اور کام۔
    اٹلی کے بہت سے حصوں میں مقامی منصوبے اسے چلاتے ہیں۔ اس کے بارے میں پوچھنے کے لیے { $phone } پر کال کریں یا یہاں کسی فرد سے بات کریں۔
# Health care without papers (STP code: keep the Italian abbreviation).
victim-rights-health =
    علاج کے بارے میں:
    کاغذات کے بغیر بھی ہسپتال اور ڈاکٹر سے فوری اور ضروری علاج مل سکتا ہے (STP کوڈ)۔
    ہسپتال یا ڈاکٹر کے پاس جانے سے پولیس کو رپورٹ نہیں ہوتی (art. 35 c.5 d.lgs. 286/1998)۔

# Work exploitation. Keep "caporalato" in Italian.
victim-rights-work =
    کچھ معلومات پیش ہیں۔
    مدد صرف جنسی استحصال کے لیے نہیں۔ یہ ان لوگوں کے لیے بھی ہے جنہیں کام کرنے، بھیک مانگنے یا جرم کرنے پر مجبور کیا گیا۔
    جو کام آپ نے کیا، اس کی تنخواہ لینا آپ کا حق ہے، معاہدے یا پرمٹ کے بغیر بھی۔
# Signs at work, and the art. 18-ter permit (d.l. 145/2024).
victim-rights-work-signs =
    کچھ جاننے کی باتیں:
    اگر مالک آپ کا پاسپورٹ یا کاغذات رکھ لے، یا آپ کو ان لوگوں کا "قرض" اتارنا ہو جو آپ کو اٹلی لائے، تو یہ استحصال کی علامتیں ہیں۔ ہیلپ لائن دونوں میں آپ کی مدد کر سکتی ہے۔
    مزدوروں کا استحصال جرم ہے (caporalato، art. 603-bis c.p.)۔ یورپی یونین سے باہر کے جو مزدور حقائق سامنے لانے میں مدد کریں، انہیں ایک خاص پرمٹ مل سکتا ہے (art. 18-ter d.lgs. 286/1998)۔

# Shown after every topic above. Example: { $phone } = "800 290 290", { $emergency } = "112".
victim-rights-always =
    یہ جاننا اچھا ہے:
    مدد مانگنا پولیس میں شکایت نہیں ہے: فیصلہ آپ کا ہے۔ مدد لینے کے لیے پرمٹ یا کاغذات ضروری نہیں۔
    { $phone } پر کال مفت ہے اور گمنام ہو سکتی ہے، دن رات، بہت سی زبانوں میں۔ یہ چیٹ رازدارانہ ہے، لیکن گمنام نہیں۔
    خطرے میں { $emergency } پر کال کریں۔

## Help near you

# No { $region } on purpose: echoing what the person typed would repeat it on the lock screen.
victim-where-found = شکریہ۔ یہ ملا ہے:

## Talk to a person

# The person asked for an operator. { $case } = "12": a reference number, not a police case.
victim-person-queued =
    ٹھیک ہے، شکریہ۔
    ہیلپ لائن کے ایک فرد سے یہاں آپ کو جواب دینے کی درخواست کی جا رہی ہے۔ آپ کا حوالہ نمبر { $case } ہے۔
    انتظار کے دوران آپ لکھ سکتے ہیں۔ /exit یہ چیٹ مٹا دیتا ہے۔ خطرے میں: { $emergency }۔

## Danger now

# After "I am in danger now": warmth and the emergency number first, then an urgent request.
# Example: { $emergency } = "112".
victim-danger-call =
    بتانے کا شکریہ۔ آپ اکیلے نہیں ہیں۔
    اگر ممکن ہو تو ابھی { $emergency } پر کال کریں۔ یہ مفت ہے، اور فون میں بیلنس نہ ہو تب بھی کام کرتا ہے۔
# Right after victim-danger-call. { $case } = "12": a reference number, not a police case.
victim-danger-queued =
    آپ کا حوالہ نمبر { $case } ہے۔
    جتنی جلدی ممکن ہو، ایک فرد یہاں جواب دے گا۔ آپ لکھتے رہ سکتے ہیں۔
    یہ چیٹ جلدی چھپانے کے لیے /exit لکھیں۔
