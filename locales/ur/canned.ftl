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
# `!say hello`: the operator's first words.
canned-hello =
    السلام علیکم، میں اب یہاں ہوں۔
    میرا کام ہیلپ لائن کے ساتھ ہے۔ آپ مجھے اپنے الفاظ میں، اپنی رفتار سے لکھ سکتے ہیں۔
# `!say reading`: the operator is reading what the person wrote.
canned-reading =
    ہم آپ کے پیغامات پڑھ رہے ہیں۔
    براہِ کرم ایک لمحہ دیں، جلد جواب آئے گا۔
# `!say call-helpline`. Example: { $phone } = "800 290 290".
canned-call-helpline =
    کیا آپ ابھی فون کر سکتے ہیں؟
    اگر ہو سکے تو { $phone } پر کال کریں۔ یہ مفت ہے، اور آپ ایک ثالث کے ساتھ اپنی زبان میں بات کر سکتے ہیں۔
# `!say mediator`: a cultural mediator who speaks the person's language will be found.
canned-mediator =
    ہم ایسے فرد کو تلاش کریں گے جو آپ کی زبان بولتا ہو۔
    اس میں کچھ وقت لگ سکتا ہے۔ جب کوئی مل جائے گا تو ہم آپ کو یہیں لکھیں گے۔
# `!say take-your-time`.
canned-take-your-time =
    کوئی جلدی نہیں ہے۔
    جب چاہیں لکھیں۔ آپ کو ابھی سب کچھ بتانا ضروری نہیں۔
# `!say shelter`: a safe place to sleep (never a promise: "we can look").
canned-shelter =
    کیا آج رات سونے کے لیے آپ کے پاس کوئی محفوظ جگہ ہے؟
    اگر نہیں، تو مجھے بتائیں۔ ہم مل کر ایسی جگہ ڈھونڈ سکتے ہیں جہاں آپ رہ سکیں۔
# `!say health`.
canned-health =
    کیا آپ کو ڈاکٹر کی ضرورت ہے؟
    اٹلی میں آپ کاغذات کے بغیر بھی ڈاکٹر سے مل سکتے ہیں۔ اگر معاملہ فوری ہو تو { $emergency } پر کال کریں۔
# `!say police-your-choice`: exact on a legal point (talking to us is not reporting).
canned-police-your-choice =
    کیا ہو گا، یہ آپ طے کرتے ہیں۔
    ہم سے بات کرنا پولیس میں شکایت نہیں ہے۔ پولیس صرف تب شامل ہوتی ہے جب آپ چاہیں۔
# `!say documents-kept`: someone else keeps the person's documents.
canned-documents-kept =
    کیا آپ کا پاسپورٹ یا کاغذات کسی اور کے پاس ہیں؟
    آپ مجھے بتا سکتے ہیں۔ یہ اہم ہے، اور ہم اس میں آپ کی مدد کر سکتے ہیں۔
# `!say debt`: money owed to the people who brought or employ the person.
canned-debt =
    کیا آپ کو کسی کو پیسے دینے ہیں؟
    ایسا قرض آپ کی غلطی نہیں ہے۔ آپ مجھے اس کے بارے میں بتا سکتے ہیں؛ ہم آپ کو برا نہیں سمجھیں گے۔
# `!say children`.
canned-children =
    کیا آپ کے ساتھ بچے ہیں؟
    اگر بچے آپ کے ساتھ ہیں تو مدد ان کے لیے بھی ہو سکتی ہے۔ مجھے بتائیں کتنے بچے ہیں اور ان کی عمر کیا ہے۔
# `!say where-roughly`: only the city, never an exact address.
canned-where-roughly =
    آپ ابھی کس شہر یا علاقے میں ہیں؟
    پتہ دینا ضروری نہیں۔ آپ کے قریب مدد ڈھونڈنے کے لیے شہر کا نام کافی ہے۔
# `!say delete-chat`: a safety tip.
canned-delete-chat =
    آپ کے تحفظ کے لیے ایک مشورہ۔
    اگر کوئی آپ کا فون دیکھتا ہے تو آپ یہ چیٹ مٹا سکتے ہیں۔ /exit لکھیں اور بوٹ جو مٹا سکتا ہے مٹا دے گا۔
# `!say come-back-later`: the person can come back.
canned-come-back-later =
    آپ کسی بھی وقت واپس آ سکتے ہیں۔
    جب چاہیں، دن ہو یا رات، یہاں دوبارہ لکھیں۔ آپ { $phone } پر کال بھی کر سکتے ہیں۔
# `!say not-alone`.
canned-not-alone =
    آپ اکیلے نہیں ہیں۔
    بہت سے لوگوں کو آپ جیسی صورتحال کے بعد مدد ملی۔ ہم آپ کے لیے یہاں ہیں۔
# `!say goodbye`: end of the conversation.
canned-goodbye =
    ہمیں لکھنے کا شکریہ۔
    اپنا خیال رکھیں۔ اگر ہماری ضرورت ہو تو یہاں دوبارہ لکھیں یا { $phone } پر کال کریں۔
