### varco-review: unreviewed
### legal-review: none
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Built-in messages the engine itself needs (see flows/README.md), and the language's own name.
### For translators: person-facing, CEFR A2; the first line of each message is what a lock
### screen shows (no helpline, danger, police, case…). Commands (/menu, /operator…) stay as
### they are. { $phone } = "800 290 290", { $emergency } = "112" in every message.

# The language's own name, shown in the language choice (a button, ≤ 30 characters).
language-name = العربية

# The person typed a /command that does not exist; the question is asked again after it.
sys-unknown-command =
    عذراً، لا أعرف هذا الأمر.
    يمكنك كتابة /help لرؤية الأوامر المتاحة.
# Free text, or a number out of range, where the bot shows numbered options; the options
# follow. Kind, and offers a person. Example: { $max } = "5".
sys-choose-number =
    شكراً على رسالتك. هنا أستطيع قراءة رقم الخيار فقط.
    يُرجى الرد برقم من 1 إلى { $max }. للكتابة إلى شخص بدلاً من ذلك، يمكنك كتابة /operator.
# An empty message.
sys-empty =
    يبدو أن رسالتك فارغة.
    يُرجى الكتابة مرة أخرى، أو كتابة /menu.
# A message over the limit. Example: { $max } = "4096".
sys-too-long =
    عذراً، هذه الرسالة طويلة جداً بالنسبة لي.
    يُرجى كتابة { $max } حرفاً على الأكثر في كل مرة، أو كتابة /operator للتحدث مع شخص.
# A photo, voice note, file… while no person is in the chat.
sys-media =
    شكراً. أستطيع قراءة الرسائل المكتوبة فقط.
    لا أستطيع فتح الصور أو الرسائل الصوتية أو الملفات أو الملصقات.
    يمكن لشخص من خط المساعدة أن يستلمها: يمكنك كتابة /operator.
# A file too large to pass on to the operator. Example: { $megabytes } = "20".
sys-media-too-large =
    هذا الملف كبير جداً ولا يمكن إرساله (الحد هو { $megabytes } ميغابايت)، لذلك لا يستطيع الشخص من الفريق رؤيته.
    يمكنك إرسال ملف أصغر، أو وصف ما فيه بالكلمات.
# An old menu's button was pressed; the current menu follows. First line on a lock screen.
sys-stale-menu = هذه القائمة قديمة. إليك القائمة الحالية.
# The person edited an earlier message.
sys-edited =
    شكراً. أقرأ الرسائل الجديدة فقط، وليس التعديلات على الرسائل السابقة.
    يُرجى إرسالها مرة أخرى كرسالة جديدة، أو كتابة /menu.
# Sent once when a chat sends more messages in a minute than the bot takes.
sys-slow-down =
    شكراً. الكتابة أسرع مما أستطيع قراءته.
    يُرجى الانتظار دقيقة، ثم الكتابة مرة أخرى. في حالة خطر: { $emergency }.
# A person asked for a human, but no operator channel is running.
sys-no-operator =
    شكراً على طلبك.
    الآن لا يوجد أحد يمكنه الرد في هذه المحادثة، عذراً.
    يُرجى الاتصال بالرقم { $phone }: مجاني، ودون ذكر الهوية، ليلاً ونهاراً، وبلغات كثيرة.
    في حالة خطر: { $emergency }.
# A person asked for a human while the operators' chat system is down: the request is
# kept and reaches the team when it is back. Never say a person is coming.
sys-operators-down =
    شكراً، تم تسجيل طلبك.
    الآن لا يستطيع أحد من الفريق قراءة هذه المحادثة، عذراً. رسائلك محفوظة للفريق.
    إذا كنت بحاجة إلى مساعدة الآن، يُرجى الاتصال بالرقم { $phone }: مجاني، ودون ذكر الهوية، ليلاً ونهاراً. في حالة خطر: { $emergency }.
# Whole messages that work like /exit (comma-separated; lowercase is fine). Keep them
# words nobody sends by accident.
sys-exit-words = exit, quit, quick exit, خروج, خروج سريع
# Words or phrases (comma-separated) that flag the conversation for operators, who may
# take it over; the bot answers as usual. Whole words; phrases anywhere in a message.
sys-danger-words = خطر, في خطر, ساعدني, ساعدوني, النجدة, يضربني, يضربونني, ضربوني, محبوس, محبوسة, حبسوني, سيقتلونني, يريد قتلي, أخذوا جوازي, أخذوا جواز سفري
# Two answers in a row the bot could not use; the question follows.
sys-not-understood =
    عذراً، لم أفهم.
    يمكنك كتابة /menu لرؤية الخيارات، أو /operator للتحدث مع شخص.
# A command or button while waiting for an operator.
sys-waiting-operator =
    شكراً، طلبك في قائمة الانتظار.
    رسائلك تُنقل إلى الفريق. سيرد عليك شخص حين يصبح متاحاً.
    /menu لإيقاف الانتظار. يمكنك أيضاً الاتصال بالرقم { $phone }، ليلاً ونهاراً.
    في حالة خطر: { $emergency }.
# The person stopped waiting for an operator.
sys-left-queue =
    حسناً. خرجت من قائمة الانتظار.
    يمكنك طلب شخص مرة أخرى في أي وقت عبر /operator.
# One line of the local projects list; { $project_phone } is the project's own number, or "none".
sys-referral-entry = { $project_phone ->
        [none] • { $city }: { $name }
       *[other] • { $city }: { $name }، { $project_phone }
    }
# After a list in which some project has no number of its own.
sys-referral-via-helpline =
    الرقم الوطني { $phone } يمكنه أن يضعك على اتصال بهم، ليلاً ونهاراً.
    /menu لخيارات أخرى.
# No local project for the place the person typed (never repeat the place).
sys-referral-none =
    ليس لدي بعد جهة اتصال محلية لهذا المكان.
    الرقم الوطني { $phone } يعمل في كل إيطاليا، ليلاً ونهاراً.

## The operator's side of a handoff, as the person sees it.
# An operator took the conversation.
sys-operator-joined =
    مرحباً، يوجد شخص معك الآن.
    شخص من فريق خط المساعدة يرد عليك هنا. يمكنك الكتابة بحرية؛ ويمكنك أيضاً الاتصال بالرقم { $phone }، ليلاً ونهاراً.
# Another operator took the conversation over (the first one had not answered for a while).
sys-operator-changed =
    مرحباً، يمكنك مواصلة الكتابة هنا.
    الآن يرد عليك هنا شخص آخر من فريق خط المساعدة. يمكنك أيضاً الاتصال بالرقم { $phone }، ليلاً ونهاراً.
# The operator gave the conversation back to the bot.
sys-operator-left =
    المحادثة الآن مع المساعد الآلي مرة أخرى.
    يمكنك كتابة /menu لرؤية الخيارات، أو /operator لطلب شخص.
# The operator ended the conversation.
sys-case-closed =
    شكراً على رسالتك.
    انتهت المحادثة مع الشخص من خط المساعدة. يمكنك الكتابة مرة أخرى في أي وقت،
    أو الاتصال بالرقم { $phone }: مجاني، ودون ذكر الهوية، ليلاً ونهاراً. في حالة خطر: { $emergency }.
# The person asked for an operator while nobody is on duty.
sys-nobody-on-duty =
    شكراً، تم تسجيل طلبك.
    الآن لا يوجد أحد من خط المساعدة متصل في هذه المحادثة، عذراً.
    يُرجى الاتصال بالرقم { $phone }: مجاني، ودون ذكر الهوية، ليلاً ونهاراً. في حالة خطر: { $emergency }.
    طلبك يبقى مفتوحاً: إذا اتصل أحد، سيكتب لك هنا.
# Sent when nobody has answered for a while.
sys-nobody-answered =
    شكراً على الانتظار.
    لم يكن أحد متاحاً للرد هنا حتى الآن، عذراً.
    يُرجى الاتصال بالرقم { $phone }: مجاني، ودون ذكر الهوية، ليلاً ونهاراً. في حالة خطر: { $emergency }.
    طلبك ما زال في قائمة الانتظار: سيكتب لك شخص هنا حين يصبح متاحاً.

## `/menu` while waiting for a person: asked first, never cancelled by one command.
# A question with two buttons (sys-leave-opt-stay, sys-leave-opt-menu).
sys-leave-ask =
    هل يناسبك الرجوع إلى القائمة؟
    إذا ذهبت إلى القائمة، ينتهي طلبك للتحدث مع شخص. يمكنك الطلب مرة أخرى في أي وقت عبر /operator.
# Button, ≤ 30 characters: keep the request open.
sys-leave-opt-stay = مواصلة الانتظار
# Button, ≤ 30 characters: end the request and show the menu.
sys-leave-opt-menu = الذهاب إلى القائمة
# After "Keep waiting".
sys-still-waiting =
    جيد، طلبك يبقى مفتوحاً.
    سيرد عليك شخص هنا حين يصبح متاحاً. يمكنك مواصلة الكتابة.
# Matrix only: the person's message could not be opened by the bot (it arrived encrypted
# with keys the bot does not have). Sent at most once every few minutes per chat, however
# many such messages come. Neutral first line.
sys-send-again =
    عذراً، لم أستطع قراءة رسالتك الأخيرة.
    يُرجى إرسالها مرة أخرى.
# Matrix only: the person's chat is not encrypted and the bot cannot turn encryption on, so
# it answers nothing else there. Sent once; the bot then leaves the chat. Neutral first line.
sys-chat-not-private =
    عذراً، لا أستطيع الرد في هذه المحادثة.
    يُرجى الاتصال بالرقم { $phone }: مجاني، ودون ذكر الهوية، ليلاً ونهاراً، وبلغات كثيرة.
    في حالة خطر: { $emergency }.
# /safeword without a word: the next message is the word. It works like /exit.
sys-safeword-ask =
    Ok.
    الآن اكتب كلمتك الخاصة، وحدها في رسالة واحدة. لاحقاً، إذا كتبت هذه الكلمة فقط، أحذف هذه المحادثة وأنساها، مثل /exit.
    اختر كلمة لا يخمّنها الآخرون. ليست رقماً.
# The safe word is saved (only in a form nobody can read back).
sys-safeword-set =
    Ok.
    تم حفظ كلمتك. إذا كتبت هذه الكلمة فقط، أحذف هذه المحادثة وأنساها، مثل /exit.
    لا أحد يستطيع قراءة الكلمة، ولا حتى خط المساعدة.
# The word cannot be used (too short, too long, or only numbers).
sys-safeword-invalid =
    عذراً، لا أستطيع استخدام هذه الكلمة.
    يجب أن تكون من 3 إلى 40 حرفاً، وليست أرقاماً فقط. اكتب /safeword للمحاولة من جديد.
# /notsafe or the menu choice: nothing is sent until the person writes again.
sys-notsafe-ok =
    Ok.
    لن أرسل شيئاً الآن. عندما تستطيع القراءة من جديد، اكتب لي أي رسالة وسأتابع.
# The person wrote a sentence that looks like this language while the chat is in another
# one. Asked IN THIS LANGUAGE (the one the person seems to write), with two buttons
# (sys-switch-yes, sys-switch-no). Name the language in itself.
sys-switch-ask = يبدو أنك تكتب بالعربية. هل تريد المتابعة بالعربية؟
# Button, ≤ 30 characters: switch to this language.
sys-switch-yes = نعم، العربية
# Button, ≤ 30 characters: keep the language the chat is in now.
sys-switch-no = لا، شكراً
# After an update of the bot, the question the person was answering no longer exists.
sys-node-gone = تغيّر هذا الجزء من المحادثة. هذه القائمة من جديد.
