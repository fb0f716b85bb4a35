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
    লেখার জন্য ধন্যবাদ।
    কারো জন্য চিন্তা হলে এখানে তথ্য পেতে পারেন, বা একজন মানুষের সাথে কথা বলতে পারেন।
# The menu question; options below.
witness-menu-ask = আপনি কী জানতে চান?
# Button, ≤ 30 characters.
witness-opt-signs = যে লক্ষণ খেয়াল করবেন
# Button, ≤ 30 characters.
witness-opt-advice = কী করবেন, কী করবেন না
# Button, ≤ 30 characters.
witness-opt-report = কীভাবে জানাবেন

## Signs

# A list in two messages (a phone screen each).
witness-signs-list-1 =
    কিছু তথ্য দেওয়া হলো।
    মানব পাচার বা শোষণের কিছু সম্ভাব্য লক্ষণ: মানুষটি
    • নিজের কাগজপত্র নিজের কাছে রাখেন না
    • কারো নিয়ন্ত্রণে আছেন, বা স্বাধীনভাবে চলাফেরা করতে পারেন না
# The list, continued (no first-line rule problem: it starts with a bullet).
witness-signs-list-2 =
    • এমন ঋণ আছে যা শোধ করতে পারেন না
    • খুব লম্বা সময় কাজ করেন, কম বা কোনো বেতন ছাড়া
    • ভয় পেয়ে আছেন বলে মনে হয়
# Example: { $phone } = "800 290 290".
witness-signs-note =
    এগুলো শুধু সম্ভাব্য লক্ষণ, প্রমাণ নয়।
    নিশ্চিত না হলে হেল্পলাইন আপনাকে পরামর্শ দিতে পারে: { $phone }, বিনা খরচে, দিন-রাত।

## What to do and not do

# First of two messages of advice.
witness-advice-dont =
    কিছু পরামর্শ।
    শোষণকারীর মুখোমুখি হবেন না, আর নিজে তদন্ত করবেন না।
    এমন কিছু করবেন না যাতে মানুষটি ঝুঁকিতে পড়েন।
# Example: { $phone } = "800 290 290", { $emergency } = "112".
witness-advice-do =
    আপনি যা করতে পারেন:
    মানুষটির কথা শুনুন। নম্বরটি দিন { $phone }: বিনা খরচে, বেনামী, দিন-রাত।
    কেউ বিপদে থাকলে { $emergency } নম্বরে ফোন করুন।

## How to report

# Calling the helpline is not a complaint to the police.
witness-report-call =
    কিছু তথ্য দেওয়া হলো।
    জানাতে { $phone } নম্বরে ফোন করুন: বিনা খরচে, বেনামী, দিন-রাত। এটা পুলিশে অভিযোগ নয়।
    হেল্পলাইন আপনাকে পরামর্শ দিতে পারে এবং স্থানীয় সেবার সাথে, আর দরকার হলে আইন প্রয়োগকারী সংস্থার সাথে যোগাযোগ করতে পারে।
# Example: { $emergency } = "112".
witness-report-urgent =
    আরেকটি কথা:
    কেউ এখনই বিপদে থাকলে { $emergency } নম্বরে ফোন করুন।
    এখানে একজন মানুষের সাথেও কথা বলতে পারেন: নিচে বেছে নিন।

## Talk to a person

# { $case } = "12": a reference number, not a police case.
witness-person-queued =
    ঠিক আছে, ধন্যবাদ।
    হেল্পলাইনের একজন মানুষকে এখানে আপনাকে উত্তর দিতে বলছি। আপনার রেফারেন্স নম্বর { $case }।
    আপনার চিন্তার কথা এখনই লিখতে পারেন। ফিরে যেতে /menu।
