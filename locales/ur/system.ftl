### varco-review: unreviewed
### legal-review: none
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Built-in messages the engine itself needs (see flows/README.md), and the language's own name.
### For translators: person-facing, CEFR A2; the first line of each message is what a lock
### screen shows (no helpline, danger, police, case…). Commands (/menu, /operator…) stay as
### they are. { $phone } = "800 290 290", { $emergency } = "112" in every message.

# The language's own name, shown in the language choice (a button, ≤ 30 characters).
language-name = اردو

# The person typed a /command that does not exist; the question is asked again after it.
sys-unknown-command =
    معاف کیجیے، یہ کمانڈ معلوم نہیں۔
    استعمال ہونے والی کمانڈز دیکھنے کے لیے /help لکھیں۔
# Free text, or a number out of range, where the bot shows numbered options; the options
# follow. Kind, and offers a person. Example: { $max } = "5".
sys-choose-number =
    پیغام کا شکریہ۔ یہاں صرف کسی آپشن کا نمبر پڑھا جا سکتا ہے۔
    براہ کرم 1 سے { $max } تک کوئی نمبر لکھیں۔ کسی فرد کو لکھنے کے لیے /operator لکھیں۔
# An empty message.
sys-empty =
    لگتا ہے آپ کا پیغام خالی ہے۔
    براہ کرم دوبارہ لکھیں، یا /menu لکھیں۔
# A message over the limit. Example: { $max } = "4096".
sys-too-long =
    معاف کیجیے، یہ پیغام بہت لمبا ہے۔
    براہ کرم ایک بار میں زیادہ سے زیادہ { $max } حروف لکھیں، یا کسی فرد سے بات کے لیے /operator لکھیں۔
# A photo, voice note, file… while no person is in the chat.
sys-media =
    شکریہ۔ یہاں صرف لکھے ہوئے پیغامات پڑھے جا سکتے ہیں۔
    تصویر، وائس میسج، فائل یا اسٹیکر نہیں کھل سکتے۔
    ہیلپ لائن کا کوئی فرد انہیں وصول کر سکتا ہے: /operator لکھیں۔
# A file too large to pass on to the operator. Example: { $megabytes } = "20".
sys-media-too-large =
    یہ فائل آگے بھیجنے کے لیے بہت بڑی ہے (حد { $megabytes } MB ہے)، اس لیے آپریٹر اسے نہیں دیکھ سکتا۔
    آپ چھوٹی فائل بھیج سکتے ہیں، یا لفظوں میں بتا سکتے ہیں کہ اس میں کیا ہے۔
# An old menu's button was pressed; the current menu follows. First line on a lock screen.
sys-stale-menu = یہ مینو پرانا ہے۔ یہ رہا نیا مینو۔
# The person edited an earlier message.
sys-edited =
    شکریہ۔ صرف نئے پیغامات پڑھے جاتے ہیں، پرانے پیغامات میں تبدیلیاں نہیں۔
    براہ کرم اسے نئے پیغام کے طور پر دوبارہ بھیجیں، یا /menu لکھیں۔
# Sent once when a chat sends more messages in a minute than the bot takes.
sys-slow-down =
    شکریہ۔ آپ پڑھنے کی رفتار سے زیادہ تیز لکھ رہے ہیں۔
    براہ کرم ایک منٹ رکیں، پھر دوبارہ لکھیں۔ خطرے میں: { $emergency }۔
# A person asked for a human, but no operator channel is running.
sys-no-operator =
    پوچھنے کا شکریہ۔
    معاف کیجیے، ابھی اس چیٹ میں کوئی جواب نہیں دے سکتا۔
    براہ کرم { $phone } پر کال کریں: مفت، گمنام، دن رات، بہت سی زبانوں میں۔
    خطرے میں: { $emergency }۔
# A person asked for a human while the operators' chat system is down: the request is
# kept and reaches the team when it is back. Never say a person is coming.
sys-operators-down =
    شکریہ، آپ کی درخواست درج ہو گئی ہے۔
    معاف کیجیے، ابھی ٹیم میں سے کوئی یہ چیٹ نہیں پڑھ سکتا۔ آپ کے پیغامات ان کے لیے محفوظ رکھے جا رہے ہیں۔
    اگر ابھی مدد چاہیے تو { $phone } پر کال کریں: مفت، گمنام، دن رات۔ خطرے میں: { $emergency }۔
# Whole messages that work like /exit (comma-separated; lowercase is fine). Keep them
# words nobody sends by accident.
sys-exit-words = exit, quit, quick exit, فوراً باہر, فوری باہر, چیٹ مٹاؤ
# Words or phrases (comma-separated) that flag the conversation for operators, who may
# take it over; the bot answers as usual. Whole words; phrases anywhere in a message.
sys-danger-words = خطرہ, خطرے میں, بچاؤ, میری مدد کرو, مجھے مارا, مجھے مار رہے ہیں, مجھے بند کر دیا, مجھے مار ڈالیں گے, میرا پاسپورٹ لے لیا, پاسپورٹ چھین لیا
# Two answers in a row the bot could not use; the question follows.
sys-not-understood =
    معاف کیجیے، بات سمجھ نہیں آئی۔
    آپشن دیکھنے کے لیے /menu لکھیں، یا کسی فرد سے بات کے لیے /operator۔
# A command or button while waiting for an operator.
sys-waiting-operator =
    شکریہ، آپ قطار میں ہیں۔
    آپ کے پیغامات آگے بھیجے جا رہے ہیں۔ جیسے ہی کوئی فرد فارغ ہو گا، جواب دے گا۔
    انتظار ختم کرنے کے لیے /menu۔ آپ دن رات { $phone } پر کال بھی کر سکتے ہیں۔
    خطرے میں: { $emergency }۔
# The person stopped waiting for an operator.
sys-left-queue =
    ٹھیک ہے۔ آپ قطار سے نکل گئے ہیں۔
    آپ کسی بھی وقت /operator سے دوبارہ کسی فرد کو بلا سکتے ہیں۔
# One line of the local projects list; { $project_phone } is the project's own number, or "none".
sys-referral-entry = { $project_phone ->
        [none] • { $city }: { $name }
       *[other] • { $city }: { $name }، { $project_phone }
    }
# After a list in which some project has no number of its own.
sys-referral-via-helpline =
    قومی نمبر { $phone } دن رات ان سے رابطہ کروا سکتا ہے۔
    مزید آپشن کے لیے /menu۔
# No local project for the place the person typed (never repeat the place).
sys-referral-none =
    اس جگہ کے لیے ابھی کوئی مقامی رابطہ موجود نہیں۔
    قومی نمبر { $phone } پورے اٹلی میں دن رات کام کرتا ہے۔

## The operator's side of a handoff, as the person sees it.
# An operator took the conversation.
sys-operator-joined =
    السلام علیکم، اب ایک فرد آپ کے لیے یہاں موجود ہے۔
    ہیلپ لائن ٹیم کا کوئی فرد یہاں جواب دے گا۔ جیسے چاہیں لکھیں؛ آپ دن رات { $phone } پر کال بھی کر سکتے ہیں۔
# Another operator took the conversation over (the first one had not answered for a while).
sys-operator-changed =
    السلام علیکم، آپ یہاں لکھنا جاری رکھ سکتے ہیں۔
    اب ہیلپ لائن ٹیم کا کوئی اور فرد یہاں آپ کو جواب دے گا۔ آپ دن رات { $phone } پر کال بھی کر سکتے ہیں۔
# The operator gave the conversation back to the bot.
sys-operator-left =
    اب آپ دوبارہ خودکار مددگار سے بات کر رہے ہیں۔
    آپشن دیکھنے کے لیے /menu لکھیں، یا کسی فرد کے لیے /operator۔
# The operator ended the conversation.
sys-case-closed =
    لکھنے کا شکریہ۔
    ہیلپ لائن کے فرد کے ساتھ بات چیت ختم ہو گئی ہے۔ آپ کسی بھی وقت دوبارہ لکھ سکتے ہیں،
    یا { $phone } پر کال کریں: مفت، گمنام، دن رات۔ خطرے میں: { $emergency }۔
# The person asked for an operator while nobody is on duty.
sys-nobody-on-duty =
    شکریہ، آپ کی درخواست درج ہو گئی ہے۔
    معاف کیجیے، ابھی ہیلپ لائن کا کوئی فرد اس چیٹ میں آن لائن نہیں۔
    براہ کرم { $phone } پر کال کریں: مفت، گمنام، دن رات۔ خطرے میں: { $emergency }۔
    آپ کی درخواست کھلی رہے گی: اگر کوئی آن لائن آئے تو یہاں لکھے گا۔
# Sent when nobody has answered for a while.
sys-nobody-answered =
    انتظار کا شکریہ۔
    معاف کیجیے، ابھی تک کوئی جواب دینے کے لیے فارغ نہیں ہوا۔
    براہ کرم { $phone } پر کال کریں: مفت، گمنام، دن رات۔ خطرے میں: { $emergency }۔
    آپ ابھی قطار میں ہیں: جیسے ہی کوئی فرد فارغ ہو گا، یہاں لکھے گا۔

## `/menu` while waiting for a person: asked first, never cancelled by one command.
# A question with two buttons (sys-leave-opt-stay, sys-leave-opt-menu).
sys-leave-ask =
    کیا مینو پر واپس جانا ہے؟
    مینو پر جانے سے کسی فرد سے بات کی درخواست ختم ہو جائے گی۔ آپ کسی بھی وقت /operator سے دوبارہ درخواست کر سکتے ہیں۔
# Button, ≤ 30 characters: keep the request open.
sys-leave-opt-stay = انتظار جاری رکھیں
# Button, ≤ 30 characters: end the request and show the menu.
sys-leave-opt-menu = مینو پر جائیں
# After "Keep waiting".
sys-still-waiting =
    ٹھیک ہے، آپ کی درخواست کھلی ہے۔
    جیسے ہی کوئی فرد فارغ ہو گا، یہاں جواب دے گا۔ آپ لکھتے رہ سکتے ہیں۔
# Matrix only: the person's message could not be opened by the bot (it arrived encrypted
# with keys the bot does not have). Sent at most once every few minutes per chat, however
# many such messages come. Neutral first line.
sys-send-again =
    معاف کیجیے، آپ کا آخری پیغام پڑھا نہیں جا سکا۔
    براہ کرم اسے دوبارہ بھیجیں۔
# Matrix only: the person's chat is not encrypted and the bot cannot turn encryption on, so
# it answers nothing else there. Sent once; the bot then leaves the chat. Neutral first line.
sys-chat-not-private =
    معاف کیجیے، اس چیٹ میں جواب نہیں دیا جا سکتا۔
    براہ کرم { $phone } پر کال کریں: مفت، گمنام، دن رات، بہت سی زبانوں میں۔
    خطرے میں: { $emergency }۔
# /safeword without a word: the next message is the word. It works like /exit.
sys-safeword-ask =
    Ok.
    اب اپنا ایک لفظ لکھیں، ایک پیغام میں صرف وہی لفظ۔ بعد میں اگر آپ صرف یہ لفظ لکھیں تو میں یہ چیٹ مٹا کر بھول جاؤں گا، جیسے /exit۔
    ایسا لفظ چنیں جس کا دوسرے اندازہ نہ لگا سکیں۔ کوئی نمبر نہیں۔
# The safe word is saved (only in a form nobody can read back).
sys-safeword-set =
    Ok.
    آپ کا لفظ محفوظ ہو گیا۔ اگر آپ صرف یہ لفظ لکھیں تو میں یہ چیٹ مٹا کر بھول جاؤں گا، جیسے /exit۔
    کوئی بھی یہ لفظ واپس نہیں پڑھ سکتا، ہیلپ لائن بھی نہیں۔
# The word cannot be used (too short, too long, or only numbers).
sys-safeword-invalid =
    معذرت، میں یہ لفظ استعمال نہیں کر سکتا۔
    اس میں 3 سے 40 حروف ہونے چاہئیں، اور صرف نمبر نہیں۔ دوبارہ کوشش کے لیے /safeword لکھیں۔
# /notsafe or the menu choice: nothing is sent until the person writes again.
sys-notsafe-ok =
    Ok.
    میں ابھی کچھ نہیں بھیجوں گا۔ جب آپ دوبارہ پڑھ سکیں تو مجھے کوئی بھی پیغام لکھیں اور میں آگے بڑھوں گا۔
# The person wrote a sentence that looks like this language while the chat is in another
# one. Asked IN THIS LANGUAGE (the one the person seems to write), with two buttons
# (sys-switch-yes, sys-switch-no). Name the language in itself.
sys-switch-ask = لگتا ہے آپ اردو میں لکھ رہے ہیں۔ کیا آپ اردو میں جاری رکھنا چاہتے ہیں؟
# Button, ≤ 30 characters: switch to this language.
sys-switch-yes = جی ہاں، اردو
# Button, ≤ 30 characters: keep the language the chat is in now.
sys-switch-no = نہیں، شکریہ
# After an update of the bot, the question the person was answering no longer exists.
sys-node-gone = چیٹ کا یہ حصہ بدل گیا ہے۔ یہ رہا مینو دوبارہ۔
