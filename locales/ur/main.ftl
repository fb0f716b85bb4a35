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
welcome-hello = السلام علیکم، لکھنے کا شکریہ۔
# Right after welcome-hello: the bot says it is automatic and that a person can take over.
# "Confidential" is exact: the chat is not anonymous (the app knows the account).
welcome-free =
    میں ایک خودکار مددگار (بوٹ) ہوں۔ ہماری ٹیم کا کوئی فرد بھی یہاں آپ سے بات کر سکتا ہے۔
    یہ چیٹ مفت اور رازدارانہ ہے۔ اپنا نام بتانا ضروری نہیں۔
    پہلے اپنی زبان چنیں۔
# The language question; the options are each language's own name (language-name).
language-ask = آپ کون سی زبان چاہتے ہیں؟

## Safety check

# Sent after the language choice, before safety-ask: message previews, and what the
# platform knows. Example: { $phone } = "800 290 290".
safety-privacy =
    آپ کی پرائیویسی کے لیے ایک مشورہ۔
    آپ کا فون نئے پیغامات لاک اسکرین پر دکھا سکتا ہے۔ انہیں چھپانے کے لیے اپنی ایپ کی نوٹیفکیشن سیٹنگز میں میسج پری ویو بند کریں۔
    یہ چیٹ رازدارانہ ہے، لیکن گمنام نہیں: جو ایپ آپ استعمال کرتے ہیں وہ آپ کا اکاؤنٹ جانتی ہے۔ { $phone } پر کال گمنام ہو سکتی ہے۔
# A question with two buttons (safety-opt-yes, safety-opt-later).
safety-ask = کیا ابھی آپ آرام سے، محفوظ طریقے سے لکھ سکتے ہیں؟
# Button, ≤ 30 characters.
safety-opt-yes = ہاں
# Button, ≤ 30 characters.
safety-opt-later = ابھی نہیں
# After "Yes" to safety-ask.
safety-ok =
    اچھا۔
    مشورہ: جلدی نکلنے کے لیے کسی بھی وقت /exit لکھیں۔
    جہاں ممکن ہو، یہ اس چیٹ کو مٹا دیتا ہے۔
# After "Not now" to safety-ask; first of three tips.
safety-tips-exit =
    ٹھیک ہے۔ کچھ مشورے۔
    جلدی نکلنے کے لیے کسی بھی وقت /exit لکھیں، یا نیچے والا بٹن دبائیں۔
    جہاں ممکن ہو، یہ اس چیٹ کو مٹا دیتا ہے۔
# Second tip.
safety-tips-delete =
    آپ یہ چیٹ خود بھی اپنی ایپ میں مٹا سکتے ہیں۔
    بوٹ صرف حالیہ پیغامات مٹا سکتا ہے، اس لیے خود بھی مٹانا اچھا ہے۔
# Third tip. Example: { $emergency } = "112".
safety-tips-emergency =
    ایک اور بات:
    اگر ابھی فوری خطرہ ہو تو { $emergency } پر کال کریں۔
# A question with three buttons after the tips.
safety-next-ask = کیا اب آگے چلیں؟
# Button, ≤ 30 characters.
safety-opt-continue = آگے چلیں
# Button, ≤ 30 characters.
safety-opt-stop = ابھی کے لیے رکیں

## Who is writing (the main menu)

# The main menu: who is writing. Options: role-opt-*, nav-person, nav-leave.
role-ask =
    شکریہ۔ آپ کے لیے کون سا صحیح ہے؟
    اگر آپ کسی تنظیم، پولیس، سماجی یا صحت کی سروس، یونین یا آجروں کی تنظیم میں کام کرتے ہیں تو “اپنے کام کے لیے پوچھنا ہے” چنیں۔
# Button, ≤ 30 characters.
role-opt-self = مجھے اپنے لیے مدد چاہیے
# Button, ≤ 30 characters.
role-opt-other = کسی اور کی فکر ہے
# Button, ≤ 30 characters; role-ask quotes it, keep both the same.
role-opt-work = اپنے کام کے لیے پوچھنا ہے

## Option labels shared by every flow (buttons: 30 characters at most)

# Button, ≤ 30 characters: asks for a human operator.
nav-person = کسی فرد سے بات کریں
# Button, ≤ 30 characters.
nav-main-menu = مین مینو
# Button, ≤ 30 characters.
nav-back = واپس
# Button, ≤ 30 characters: the quick exit.
nav-leave = نکلیں اور چیٹ مٹائیں
# Button, ≤ 30 characters: "not safe now": the bot sends nothing until the person writes
# again. Neutral words: someone else may see the screen.
nav-not-safe = ابھی پڑھنا ممکن نہیں

## Help

# /help, first part: the commands stay as they are (/menu, /lang…), never translated.
help-commands =
    یہ آپ کسی بھی وقت لکھ سکتے ہیں:
    /menu: آپشن دیکھیں
    /lang: زبان بدلیں
    /operator: کسی فرد سے بات کریں
# /help, second part. Examples: { $helpline } = "Numero Verde Antitratta",
# { $phone } = "800 290 290", { $emergency } = "112". Calling can be anonymous.
help-more =
    /exit: جلدی نکلیں، جہاں ممکن ہو یہ چیٹ مٹ جاتی ہے
    /help: یہ پیغام
    { $helpline }: { $phone }، مفت اور گمنام، دن رات۔
    فوری خطرے میں: { $emergency }۔

## Talk to a person (handoff from /operator or the main menu)

# The person asked for an operator. { $case } = "12": a reference number, not a police
# case; never the word "case" in the translation.
operator-queued =
    ٹھیک ہے، شکریہ۔
    ہیلپ لائن کے ایک فرد سے یہاں آپ کو جواب دینے کی درخواست کی جا رہی ہے۔ آپ کا حوالہ نمبر { $case } ہے۔
    انتظار کے دوران آپ لکھ سکتے ہیں۔ واپس جانے کے لیے /menu، جلدی نکلنے کے لیے /exit۔

## Quick exit and end

# Neutral on purpose: it is the last thing left on the screen.
exit-neutral = ٹھیک ہے۔
# The conversation ended. Example: { $phone } = "800 290 290".
end-bye =
    لکھنے کا شکریہ۔
    آپ کسی بھی وقت دوبارہ لکھ سکتے ہیں، یا دن رات { $phone } پر کال کر سکتے ہیں۔
