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
    لکھنے کا شکریہ۔
    اگر آپ کو کسی کی فکر ہے تو یہاں معلومات مل سکتی ہیں، یا کسی فرد سے بات ہو سکتی ہے۔
# The menu question; options below.
witness-menu-ask = آپ کیا جاننا چاہتے ہیں؟
# Button, ≤ 30 characters.
witness-opt-signs = دیکھنے والی علامتیں
# Button, ≤ 30 characters.
witness-opt-advice = کیا کریں اور کیا نہ کریں
# Button, ≤ 30 characters.
witness-opt-report = اطلاع کیسے دیں

## Signs

# A list in two messages (a phone screen each).
witness-signs-list-1 =
    کچھ معلومات پیش ہیں۔
    انسانی اسمگلنگ یا استحصال کی کچھ ممکنہ علامتیں: وہ فرد
    • اپنے کاغذات خود نہیں رکھتا
    • کسی کے کنٹرول میں ہے، یا آزادی سے آ جا نہیں سکتا
# The list, continued (no first-line rule problem: it starts with a bullet).
witness-signs-list-2 =
    • ایسا قرض ہے جو اتار نہیں سکتا
    • بہت لمبے گھنٹے کام کرتا ہے، کم یا بغیر تنخواہ کے
    • ڈرا ہوا لگتا ہے
# Example: { $phone } = "800 290 290".
witness-signs-note =
    یہ صرف ممکنہ علامتیں ہیں، ثبوت نہیں۔
    اگر آپ کو یقین نہیں تو ہیلپ لائن مشورہ دے سکتی ہے: { $phone }، مفت، دن رات۔

## What to do and not do

# First of two messages of advice.
witness-advice-dont =
    کچھ مشورے۔
    استحصال کرنے والے کا سامنا نہ کریں، اور خود تفتیش نہ کریں۔
    ایسا کچھ نہ کریں جس سے اس فرد کو خطرہ ہو۔
# Example: { $phone } = "800 290 290", { $emergency } = "112".
witness-advice-do =
    آپ کیا کر سکتے ہیں:
    اس فرد کی بات سنیں۔ نمبر { $phone } دیں: مفت، گمنام، دن رات۔
    اگر کوئی خطرے میں ہو تو { $emergency } پر کال کریں۔

## How to report

# Calling the helpline is not a complaint to the police.
witness-report-call =
    کچھ معلومات پیش ہیں۔
    اطلاع دینے کے لیے { $phone } پر کال کریں: مفت، گمنام، دن رات۔ یہ پولیس میں شکایت نہیں ہے۔
    ہیلپ لائن آپ کو مشورہ دے سکتی ہے اور مقامی سروسز سے اور، اگر ضرورت ہو، قانون نافذ کرنے والے اداروں سے رابطہ کر سکتی ہے۔
# Example: { $emergency } = "112".
witness-report-urgent =
    ایک اور بات:
    اگر کوئی فوری خطرے میں ہو تو { $emergency } پر کال کریں۔
    آپ یہاں کسی فرد سے بھی بات کر سکتے ہیں: نیچے سے چنیں۔

## Talk to a person

# { $case } = "12": a reference number, not a police case.
witness-person-queued =
    ٹھیک ہے، شکریہ۔
    ہیلپ لائن کے ایک فرد سے یہاں آپ کو جواب دینے کی درخواست کی جا رہی ہے۔ آپ کا حوالہ نمبر { $case } ہے۔
    آپ ابھی سے لکھ سکتے ہیں کہ آپ کو کیا فکر ہے۔ واپس جانے کے لیے /menu۔
