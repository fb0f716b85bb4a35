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
    لکھنے کا شکریہ۔
    ہیلپ لائن ان تنظیموں اور سروسز کی بھی مدد کرتی ہے جو ایسے لوگوں سے ملتی ہیں جنہیں تحفظ کی ضرورت ہو سکتی ہے۔
# The menu question; options below.
professional-menu-ask = آپ کیا جاننا چاہتے ہیں؟
# Button, ≤ 30 characters.
professional-opt-consult = مشاورت
# Button, ≤ 30 characters.
professional-opt-referral = ریفرل کا طریقہ

## Consultation

# Italian: "Lei". "Not a complaint to the police": the person decides.
professional-consult-advice =
    کچھ معلومات پیش ہیں۔
    ہیلپ لائن ان اداروں اور تنظیموں کو مشورہ دیتی ہے جن کا رابطہ انسانی اسمگلنگ اور ہر قسم کے استحصال کے ممکنہ متاثرین سے ہوتا ہے: جنسی، مزدوری، جبری بھیک، جبری جرم۔
    ہیلپ لائن سے رابطہ پولیس میں شکایت نہیں ہے؛ فیصلہ متعلقہ فرد کا ہے۔
# The legal measures, as general as the helpline's notes.
professional-consult-assess =
    اس کے علاوہ:
    یہ آپ کے ساتھ جائزہ لیتی ہے کہ آیا مدد کے اقدامات کی شرائط پوری ہیں: واحد تحفظ پروگرام (art. 18 c.3-bis d.lgs. 286/1998)، سماجی تحفظ کا پرمٹ ("casi speciali"، art. 18 d.lgs. 286/1998؛ سماجی یا عدالتی راستہ) اور، مزدوری کے استحصال کے لیے، art. 18-ter d.lgs. 286/1998 کا پرمٹ۔
    یورپی یونین کے شہری پروگرام میں شامل ہو سکتے ہیں؛ انہیں پرمٹ کی ضرورت نہیں۔ مدد پرمٹ پر منحصر نہیں۔
# Example: { $phone } = "800 290 290".
professional-consult-who =
    کون رابطہ کر سکتا ہے:
    سماجی اور صحت کی سروسز، غیر سرکاری تنظیمیں (NGO)، آجروں اور مزدوروں کی تنظیمیں، قانون نافذ کرنے والے ادارے، عدالتی حکام اور عام شہری۔
    { $phone } پر دن رات 24 گھنٹے کال کریں، یا یہاں کسی فرد سے بات کریں۔

## Referral procedure

# Since 2016 one programme (DPCM 16 May 2016); art. 13 L. 228/2003 is cited as the seed does.
professional-referral-local =
    کچھ معلومات پیش ہیں۔
    ہیلپ لائن لوگوں کو ان مقامی منصوبوں کی طرف بھیجتی ہے جو سامنے آنے، مدد اور سماجی انضمام کا واحد پروگرام چلاتے ہیں (art. 18 c.3-bis d.lgs. 286/1998، DPCM 16 May 2016؛ art. 13 L. 228/2003)۔
# Example: { $phone } = "800 290 290".
professional-referral-transfer =
    یہ دوسرے علاقوں میں پروگرام چلانے والے منصوبوں کے درمیان منتقلی کی درخواستوں کو بھی آپس میں جوڑتی ہے۔
    کسی کو ریفر کرنے کے لیے { $phone } پر کال کریں یا یہاں کسی فرد سے بات کریں۔

## Talk to a person

# { $case } = "12": a reference number.
professional-person-queued =
    ٹھیک ہے، شکریہ۔
    ہیلپ لائن کے ایک فرد سے یہاں آپ کو جواب دینے کی درخواست کی جا رہی ہے۔ حوالہ نمبر: { $case }۔
    آپ ابھی سے اپنا سوال لکھ سکتے ہیں۔ واپس جانے کے لیے /menu۔
