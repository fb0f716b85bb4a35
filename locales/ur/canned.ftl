### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Canned replies an operator sends with `!say <name>` (the name is the id without
### `canned-`). Rendered in the person's language. Short, calm, with a way forward.
### For translators: CEFR A2; the first line is what a lock screen shows, so it stays
### neutral. { $phone } = "800 290 290", { $emergency } = "112".

# `!say safe-now`: asks whether the person is safe.
canned-safe-now =
    ابھی آپ کیسے ہیں؟
    کیا آپ محفوظ جگہ پر ہیں؟ آپ ہاں یا نہیں میں جواب دے سکتے ہیں۔
# `!say call-112`. Example: { $emergency } = "112".
canned-call-112 =
    آپ کسی بھی وقت { $emergency } پر مفت کال کر سکتے ہیں۔
    اگر ابھی آپ کو خطرہ ہے تو براہ کرم اسے کال کریں۔ یہ فون میں بیلنس نہ ہو تب بھی کام کرتا ہے۔
# `!say free-anonymous` (the id stays; the text is exact: the chat is confidential, a call
# can be anonymous). Example: { $phone } = "800 290 290".
canned-free-anonymous =
    ہم سے بات کرنا مفت ہے۔ اپنا نام بتانا ضروری نہیں۔
    یہ چیٹ رازدارانہ ہے، لیکن گمنام نہیں: جو ایپ آپ استعمال کرتے ہیں وہ آپ کا اکاؤنٹ جانتی ہے۔ { $phone } پر کال گمنام ہو سکتی ہے۔
# `!say no-documents`.
canned-no-documents =
    یہ جاننا اچھا ہے:
    مدد لینے کے لیے کاغذات ضروری نہیں۔ رہائشی پرمٹ کے بغیر بھی مدد مل سکتی ہے۔
    مدد مانگنا پولیس میں شکایت نہیں ہے: فیصلہ آپ کا ہے۔
# `!say protection`: the single programme, never a promise ("can offer").
canned-protection =
    اٹلی میں آپ کے لیے مدد موجود ہے۔
    جن لوگوں کا استحصال ہوا، ان کے لیے ایک تحفظ کا پروگرام ہے۔ یہ رہنے کی محفوظ جگہ، کھانا، علاج، اور کاغذات اور کام میں مدد دے سکتا ہے۔
# `!say still-there`.
canned-still-there =
    کیا آپ ابھی یہاں ہیں؟
    جب ممکن ہو لکھیں؛ ہم یہاں ہیں۔
