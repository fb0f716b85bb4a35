### varco-review: unreviewed
### legal-review: none
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Built-in messages the engine itself needs (see flows/README.md), and the language's own name.
### For translators: person-facing, CEFR A2; the first line of each message is what a lock
### screen shows (no helpline, danger, police, case…). Commands (/menu, /operator…) stay as
### they are. { $phone } = "800 290 290", { $emergency } = "112" in every message.

# The language's own name, shown in the language choice (a button, ≤ 30 characters).
language-name = বাংলা

# The person typed a /command that does not exist; the question is asked again after it.
sys-unknown-command =
    দুঃখিত, এই কমান্ডটি আমি চিনি না।
    কোন কমান্ড ব্যবহার করা যায় দেখতে /help লিখুন।
# Free text, or a number out of range, where the bot shows numbered options; the options
# follow. Kind, and offers a person. Example: { $max } = "5".
sys-choose-number =
    আপনার মেসেজের জন্য ধন্যবাদ। এখানে আমি শুধু একটি বিকল্পের নম্বর পড়তে পারি।
    দয়া করে 1 থেকে { $max } পর্যন্ত একটি নম্বর লিখুন। বরং একজন মানুষকে লিখতে চাইলে /operator লিখুন।
# An empty message.
sys-empty =
    আপনার মেসেজটি খালি মনে হচ্ছে।
    দয়া করে আবার লিখুন, অথবা /menu লিখুন।
# A message over the limit. Example: { $max } = "4096".
sys-too-long =
    দুঃখিত, মেসেজটি আমার জন্য খুব লম্বা।
    একবারে সর্বোচ্চ { $max } অক্ষর লিখুন, অথবা একজন মানুষের সাথে কথা বলতে /operator লিখুন।
# A photo, voice note, file… while no person is in the chat.
sys-media =
    ধন্যবাদ। আমি শুধু লেখা মেসেজ পড়তে পারি।
    ছবি, ভয়েস মেসেজ, ফাইল বা স্টিকার আমি খুলতে পারি না।
    হেল্পলাইনের একজন মানুষ এগুলো নিতে পারেন: /operator লিখুন।
# A file too large to pass on to the operator. Example: { $megabytes } = "20".
sys-media-too-large =
    এই ফাইলটি পাঠানোর জন্য খুব বড় (সীমা { $megabytes } MB), তাই অপারেটর এটা দেখতে পারবেন না।
    ছোট একটি ফাইল পাঠাতে পারেন, অথবা এতে কী আছে তা কথায় বলতে পারেন।
# An old menu's button was pressed; the current menu follows. First line on a lock screen.
sys-stale-menu = এই মেনুটি পুরোনো। এই নিন নতুন মেনু।
# The person edited an earlier message.
sys-edited =
    ধন্যবাদ। আমি শুধু নতুন মেসেজ পড়ি, আগের মেসেজের পরিবর্তন নয়।
    দয়া করে এটা নতুন মেসেজ হিসেবে আবার পাঠান, অথবা /menu লিখুন।
# Sent once when a chat sends more messages in a minute than the bot takes.
sys-slow-down =
    ধন্যবাদ। আমি যত দ্রুত পড়তে পারি, আপনি তার চেয়ে দ্রুত লিখছেন।
    দয়া করে এক মিনিট অপেক্ষা করে আবার লিখুন। বিপদে: { $emergency }।
# A person asked for a human, but no operator channel is running.
sys-no-operator =
    জিজ্ঞেস করার জন্য ধন্যবাদ।
    দুঃখিত, এই মুহূর্তে এই চ্যাটে কেউ উত্তর দিতে পারছেন না।
    দয়া করে { $phone } নম্বরে ফোন করুন: বিনা খরচে, বেনামী, দিন-রাত, অনেক ভাষায়।
    বিপদে: { $emergency }।
# A person asked for a human while the operators' chat system is down: the request is
# kept and reaches the team when it is back. Never say a person is coming.
sys-operators-down =
    ধন্যবাদ, আপনার অনুরোধ নেওয়া হয়েছে।
    দুঃখিত, এই মুহূর্তে দলের কেউ এই চ্যাট পড়তে পারছেন না। আপনার মেসেজ তাদের জন্য রাখা হচ্ছে।
    এখনই সাহায্য দরকার হলে { $phone } নম্বরে ফোন করুন: বিনা খরচে, বেনামী, দিন-রাত। বিপদে: { $emergency }।
# Whole messages that work like /exit (comma-separated; lowercase is fine). Keep them
# words nobody sends by accident.
sys-exit-words = exit, quit, quick exit, দ্রুত বের হও, চ্যাট মুছে ফেলো
# Words or phrases (comma-separated) that flag the conversation for operators, who may
# take it over; the bot answers as usual. Whole words; phrases anywhere in a message.
sys-danger-words = বিপদ, বিপদে আছি, বাঁচাও, আমাকে বাঁচাও, সাহায্য করো, আমাকে মারছে, মারধর, আটকে রেখেছে, মেরে ফেলবে, পাসপোর্ট নিয়ে গেছে, পাসপোর্ট রেখে দিয়েছে
# Two answers in a row the bot could not use; the question follows.
sys-not-understood =
    দুঃখিত, বুঝতে পারিনি।
    বিকল্পগুলো দেখতে /menu লিখুন, অথবা একজন মানুষের সাথে কথা বলতে /operator লিখুন।
# A command or button while waiting for an operator.
sys-waiting-operator =
    ধন্যবাদ, আপনি অপেক্ষার তালিকায় আছেন।
    আপনার মেসেজ পৌঁছে দেওয়া হচ্ছে। কেউ ফাঁকা হলেই একজন মানুষ উত্তর দেবেন।
    অপেক্ষা বন্ধ করতে /menu। দিন-রাত { $phone } নম্বরেও ফোন করতে পারেন।
    বিপদে: { $emergency }।
# The person stopped waiting for an operator.
sys-left-queue =
    ঠিক আছে। আপনি অপেক্ষার তালিকা ছেড়ে দিয়েছেন।
    যেকোনো সময় /operator লিখে আবার একজন মানুষ চাইতে পারেন।
# One line of the local projects list; { $project_phone } is the project's own number, or "none".
sys-referral-entry = { $project_phone ->
        [none] • { $city }: { $name }
       *[other] • { $city }: { $name }, { $project_phone }
    }
# After a list in which some project has no number of its own.
sys-referral-via-helpline =
    জাতীয় নম্বর { $phone } দিন-রাত তাদের সাথে যোগাযোগ করিয়ে দিতে পারে।
    আরও বিকল্পের জন্য /menu।
# No local project for the place the person typed (never repeat the place).
sys-referral-none =
    ওই জায়গার জন্য এখনো আমার কাছে কোনো স্থানীয় যোগাযোগ নেই।
    জাতীয় নম্বর { $phone } সারা ইতালিতে দিন-রাত কাজ করে।

## The operator's side of a handoff, as the person sees it.
# An operator took the conversation.
sys-operator-joined =
    হ্যালো, এখন একজন মানুষ আপনার জন্য এখানে আছেন।
    হেল্পলাইন দলের একজন এখানে আপনাকে উত্তর দেবেন। যেভাবে চান লিখুন; দিন-রাত { $phone } নম্বরেও ফোন করতে পারেন।
# Another operator took the conversation over (the first one had not answered for a while).
sys-operator-changed =
    হ্যালো, আপনি এখানে লিখতে থাকুন।
    এখন হেল্পলাইন দলের অন্য একজন এখানে আপনাকে উত্তর দেবেন। দিন-রাত { $phone } নম্বরেও ফোন করতে পারেন।
# The operator gave the conversation back to the bot.
sys-operator-left =
    আপনি আবার স্বয়ংক্রিয় সহকারীর সাথে কথা বলছেন।
    বিকল্পগুলো দেখতে /menu লিখুন, অথবা একজন মানুষ চাইতে /operator লিখুন।
# The operator ended the conversation.
sys-case-closed =
    লেখার জন্য ধন্যবাদ।
    হেল্পলাইনের মানুষটির সাথে কথোপকথন শেষ হয়েছে। যেকোনো সময় আবার লিখতে পারেন,
    অথবা { $phone } নম্বরে ফোন করুন: বিনা খরচে, বেনামী, দিন-রাত। বিপদে: { $emergency }।
# The person asked for an operator while nobody is on duty.
sys-nobody-on-duty =
    ধন্যবাদ, আপনার অনুরোধ নেওয়া হয়েছে।
    দুঃখিত, এই মুহূর্তে হেল্পলাইনের কেউ এই চ্যাটে অনলাইনে নেই।
    দয়া করে { $phone } নম্বরে ফোন করুন: বিনা খরচে, বেনামী, দিন-রাত। বিপদে: { $emergency }।
    আপনার অনুরোধ খোলা থাকবে: কেউ অনলাইনে এলে এখানে লিখবেন।
# Sent when nobody has answered for a while.
sys-nobody-answered =
    অপেক্ষার জন্য ধন্যবাদ।
    দুঃখিত, এখনো কেউ উত্তর দেওয়ার জন্য ফাঁকা হননি।
    দয়া করে { $phone } নম্বরে ফোন করুন: বিনা খরচে, বেনামী, দিন-রাত। বিপদে: { $emergency }।
    আপনি এখনো অপেক্ষার তালিকায় আছেন: কেউ ফাঁকা হলেই একজন মানুষ এখানে লিখবেন।

## `/menu` while waiting for a person: asked first, never cancelled by one command.
# A question with two buttons (sys-leave-opt-stay, sys-leave-opt-menu).
sys-leave-ask =
    আপনি কি মেনুতে ফিরে যেতে চান?
    মেনুতে গেলে একজন মানুষের সাথে কথা বলার অনুরোধ শেষ হয়ে যাবে। যেকোনো সময় /operator লিখে আবার চাইতে পারেন।
# Button, ≤ 30 characters: keep the request open.
sys-leave-opt-stay = অপেক্ষা করতে থাকি
# Button, ≤ 30 characters: end the request and show the menu.
sys-leave-opt-menu = মেনুতে যাই
# After "Keep waiting".
sys-still-waiting =
    ভালো, আপনার অনুরোধ খোলা আছে।
    কেউ ফাঁকা হলেই একজন মানুষ এখানে উত্তর দেবেন। আপনি লিখতে থাকতে পারেন।
# Matrix only: the person's message could not be opened by the bot (it arrived encrypted
# with keys the bot does not have). Sent at most once every few minutes per chat, however
# many such messages come. Neutral first line.
sys-send-again =
    দুঃখিত, আপনার শেষ মেসেজটি পড়তে পারিনি।
    দয়া করে আবার পাঠান।
# Matrix only: the person's chat is not encrypted and the bot cannot turn encryption on, so
# it answers nothing else there. Sent once; the bot then leaves the chat. Neutral first line.
sys-chat-not-private =
    দুঃখিত, এই চ্যাটে আমি উত্তর দিতে পারি না।
    দয়া করে { $phone } নম্বরে ফোন করুন: বিনা খরচে, বেনামী, দিন-রাত, অনেক ভাষায়।
    বিপদে: { $emergency }।
# /safeword without a word: the next message is the word. It works like /exit.
sys-safeword-ask =
    Ok.
    এখন আপনার নিজের একটা শব্দ লিখুন, একটা বার্তায় শুধু সেই শব্দ। পরে শুধু এই শব্দটা লিখলে আমি এই চ্যাট মুছে ভুলে যাব, /exit-এর মতো।
    এমন শব্দ বাছুন যা অন্যরা আন্দাজ করতে পারবে না। কোনো সংখ্যা নয়।
# The safe word is saved (only in a form nobody can read back).
sys-safeword-set =
    Ok.
    আপনার শব্দ সেভ হয়েছে। শুধু এই শব্দটা লিখলে আমি এই চ্যাট মুছে ভুলে যাব, /exit-এর মতো।
    কেউ এই শব্দ আবার পড়তে পারবে না, হেল্পলাইনও না।
# The word cannot be used (too short, too long, or only numbers).
sys-safeword-invalid =
    দুঃখিত, এই শব্দটা আমি ব্যবহার করতে পারছি না।
    এতে 3 থেকে 40টি অক্ষর লাগবে, আর শুধু সংখ্যা নয়। আবার চেষ্টা করতে /safeword লিখুন।
# /notsafe or the menu choice: nothing is sent until the person writes again.
sys-notsafe-ok =
    Ok.
    এখন আমি কিছু পাঠাব না। আবার পড়তে পারলে আমাকে যেকোনো একটা বার্তা লিখুন, আমি আবার শুরু করব।
# The person wrote a sentence that looks like this language while the chat is in another
# one. Asked IN THIS LANGUAGE (the one the person seems to write), with two buttons
# (sys-switch-yes, sys-switch-no). Name the language in itself.
sys-switch-ask = মনে হচ্ছে আপনি বাংলায় লিখছেন। আপনি কি বাংলায় চালিয়ে যেতে চান?
# Button, ≤ 30 characters: switch to this language.
sys-switch-yes = হ্যাঁ, বাংলা
# Button, ≤ 30 characters: keep the language the chat is in now.
sys-switch-no = না, ধন্যবাদ
# After an update of the bot, the question the person was answering no longer exists.
sys-node-gone = চ্যাটের এই অংশ বদলে গেছে। এই নিন আবার মেনু।
