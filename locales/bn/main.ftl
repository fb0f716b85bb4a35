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
welcome-hello = হ্যালো, লেখার জন্য ধন্যবাদ।
# Right after welcome-hello: the bot says it is automatic and that a person can take over.
# "Confidential" is exact: the chat is not anonymous (the app knows the account).
welcome-free =
    আমি একটি স্বয়ংক্রিয় সহকারী (বট)। আমাদের দলের একজন মানুষও এখানে আপনার সাথে লিখতে পারেন।
    এই চ্যাট বিনা খরচে এবং গোপনীয়। নাম দিতে হবে না।
    প্রথমে আপনার ভাষা বেছে নিন।
# The language question; the options are each language's own name (language-name).
language-ask = কোন ভাষা আপনার পছন্দ?

## Safety check

# Sent after the language choice, before safety-ask: message previews, and what the
# platform knows. Example: { $phone } = "800 290 290".
safety-privacy =
    আপনার গোপনীয়তার জন্য একটি পরামর্শ।
    আপনার ফোন নতুন মেসেজ লক স্ক্রিনে দেখাতে পারে। লুকাতে চাইলে, অ্যাপের নোটিফিকেশন সেটিংসে মেসেজ প্রিভিউ বন্ধ করুন।
    এই চ্যাট গোপনীয়, কিন্তু বেনামী নয়: আপনি যে অ্যাপ ব্যবহার করেন, সেটা আপনার অ্যাকাউন্ট জানে। { $phone } নম্বরে ফোন বেনামী হতে পারে।
# A question with two buttons (safety-opt-yes, safety-opt-later).
safety-ask = আপনি কি এখন নিরাপদে লিখতে পারেন?
# Button, ≤ 30 characters.
safety-opt-yes = হ্যাঁ
# Button, ≤ 30 characters.
safety-opt-later = এখন না
# After "Yes" to safety-ask.
safety-ok =
    ভালো।
    পরামর্শ: দ্রুত বের হতে যেকোনো সময় /exit লিখুন।
    যেখানে সম্ভব, এটা এই চ্যাট মুছে দেয়।
# After "Not now" to safety-ask; first of three tips.
safety-tips-exit =
    ঠিক আছে। কিছু পরামর্শ।
    দ্রুত বের হতে যেকোনো সময় /exit লিখুন, অথবা নিচের বোতাম চাপুন।
    যেখানে সম্ভব, এটা এই চ্যাট মুছে দেয়।
# Second tip.
safety-tips-delete =
    আপনি নিজেও আপনার অ্যাপে এই চ্যাট মুছতে পারেন।
    বট শুধু সাম্প্রতিক মেসেজ মুছতে পারে, তাই নিজে মুছলে ভালো হয়।
# Third tip. Example: { $emergency } = "112".
safety-tips-emergency =
    আরেকটি কথা:
    এখনই বিপদে থাকলে { $emergency } নম্বরে ফোন করুন।
# A question with three buttons after the tips.
safety-next-ask = এখন কি এগিয়ে যেতে চান?
# Button, ≤ 30 characters.
safety-opt-continue = এগিয়ে যাই
# Button, ≤ 30 characters.
safety-opt-stop = এখনকার মতো থামি

## Who is writing (the main menu)

# The main menu: who is writing. Options: role-opt-*, nav-person, nav-leave.
role-ask =
    ধন্যবাদ। কোনটা আপনার সাথে সবচেয়ে বেশি মেলে?
    আপনি কোনো সংস্থা, পুলিশ, সামাজিক বা স্বাস্থ্য সেবা, ইউনিয়ন বা মালিক সমিতিতে কাজ করলে “কাজের জন্য জানতে চাই” বেছে নিন।
# Button, ≤ 30 characters.
role-opt-self = নিজের জন্য সাহায্য চাই
# Button, ≤ 30 characters.
role-opt-other = কারো জন্য চিন্তা হচ্ছে
# Button, ≤ 30 characters; role-ask quotes it, keep both the same.
role-opt-work = কাজের জন্য জানতে চাই

## Option labels shared by every flow (buttons: 30 characters at most)

# Button, ≤ 30 characters: asks for a human operator.
nav-person = একজন মানুষের সাথে কথা
# Button, ≤ 30 characters.
nav-main-menu = মূল মেনু
# Button, ≤ 30 characters.
nav-back = পেছনে
# Button, ≤ 30 characters: the quick exit.
nav-leave = বের হন, চ্যাট মুছুন
# Button, ≤ 30 characters: "not safe now": the bot sends nothing until the person writes
# again. Neutral words: someone else may see the screen.
nav-not-safe = এখন পড়তে পারছি না

## Help

# /help, first part: the commands stay as they are (/menu, /lang…), never translated.
help-commands =
    যেকোনো সময় আপনি এগুলো লিখতে পারেন:
    /menu: বিকল্পগুলো দেখুন
    /lang: ভাষা বদলান
    /operator: একজন মানুষের সাথে কথা বলুন
# /help, second part. Examples: { $helpline } = "Numero Verde Antitratta",
# { $phone } = "800 290 290", { $emergency } = "112". Calling can be anonymous.
help-more =
    /exit: দ্রুত বের হন, যেখানে সম্ভব এই চ্যাট মুছে যায়
    /help: এই মেসেজ
    { $helpline }: { $phone }, বিনা খরচে ও বেনামী, দিন-রাত।
    এখনই বিপদে: { $emergency }।

## Talk to a person (handoff from /operator or the main menu)

# The person asked for an operator. { $case } = "12": a reference number, not a police
# case; never the word "case" in the translation.
operator-queued =
    ঠিক আছে, ধন্যবাদ।
    হেল্পলাইনের একজন মানুষকে এখানে আপনাকে উত্তর দিতে বলছি। আপনার রেফারেন্স নম্বর { $case }।
    অপেক্ষার সময় লিখতে পারেন। ফিরে যেতে /menu, দ্রুত বের হতে /exit।

## Quick exit and end

# Neutral on purpose: it is the last thing left on the screen.
exit-neutral = ঠিক আছে।
# The conversation ended. Example: { $phone } = "800 290 290".
end-bye =
    লেখার জন্য ধন্যবাদ।
    যেকোনো সময় আবার লিখতে পারেন, অথবা দিন-রাত { $phone } নম্বরে ফোন করতে পারেন।
