### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Topics flow (flows/topics.toml): the questions people ask, reached from the victim menu.
### Each topic is 2–4 short messages, then the topics menu again. Facts only from the
### helpline's legal notes; never promise an outcome. Not yet reviewed by a lawyer.
### For translators: button labels (-opt-, -answer-, -label) ≤ 30 characters; the FIRST
### LINE of every message shows on a lock screen, so it must say nothing about the subject;
### { $phone } is the national number (800 290 290), { $emergency } is 112; Italian legal
### terms and references in brackets stay as they are ("caporalato", "art. 603-bis c.p.").

## Menu

# Button in the victim menu that opens this flow.
topics-menu-label = মানুষ যা জানতে চায়
topics-menu-ask =
    একটি প্রশ্ন বেছে নিন।
    প্রতিটি উত্তর ছোট। তারপর আপনি এখানে ফিরে আসবেন।
# Opens the check ("Is this exploitation?"); worded so that nobody glancing at the screen
# reads what it is about.
topics-opt-check = আমার অবস্থা নিয়ে প্রশ্ন
topics-opt-work = কাজ ও বেতন
topics-opt-asylum = আশ্রয় (অ্যাসাইলাম)
topics-opt-health = চিকিৎসা
topics-opt-minors = 18 বছরের কম
topics-opt-home = নিরাপদে দেশে ফেরা
topics-opt-call = ফোন করলে কী হয়
# After the check: back to the topics menu.
topics-opt-more = অন্য প্রশ্ন

## Is this exploitation? Eight questions, each optional. Never a verdict.

topics-check-intro =
    আপনার অবস্থা নিয়ে কয়েকটি ছোট প্রশ্ন।
    যতটুকু চান, শুধু ততটুকুই উত্তর দিন। সবসময় “বলতে চাই না” বেছে নিতে পারেন।
    কোনো উত্তর ঠিক বা ভুল নয়।
    হেল্পলাইনের কেউ এখানে উত্তর দিলে তিনি আপনার উত্তরগুলো দেখবেন। তখন সব আবার বলতে হবে না।
# The three answers to every question below.
topics-answer-yes = হ্যাঁ
topics-answer-no = না
topics-answer-skip = বলতে চাই না
topics-check-documents =
    প্রশ্ন 1/8।
    আপনার পাসপোর্ট বা কাগজপত্র কি অন্য কেউ রেখে দিয়েছে, আর আপনি ফেরত পাচ্ছেন না?
topics-check-debt =
    প্রশ্ন 2/8।
    যারা আপনাকে এখানে এনেছে বা কাজ খুঁজে দিয়েছে, তাদের কি কোনো ঋণ শোধ করতে হবে?
topics-check-movement =
    প্রশ্ন 3/8।
    কেউ কি আপনাকে কাজ বা ঘর ছেড়ে যেতে, বা ইচ্ছেমতো কোথাও যেতে বাধা দেয়?
topics-check-threats =
    প্রশ্ন 4/8।
    কেউ কি আপনাকে বা আপনার কাছের মানুষদের হুমকি দিয়েছে বা আঘাত করেছে?
topics-check-pay =
    প্রশ্ন 5/8।
    কেউ কি আপনার বেতন রেখে দেয়, বা কথার চেয়ে অনেক কম দেয়?
topics-check-deceived =
    প্রশ্ন 6/8।
    কাজটা কি যা কথা দেওয়া হয়েছিল, তার থেকে অনেক আলাদা?
topics-check-housing =
    প্রশ্ন 7/8।
    আপনি কি কাজের জায়গায় থাকেন, বা মালিকের ঠিক করা জায়গায়?
topics-check-minor =
    প্রশ্ন 8/8।
    আপনার বয়স কি 18 বছরের কম?
topics-check-thanks =
    উত্তরের জন্য ধন্যবাদ।
    এর কিছু বিষয় শোষণের লক্ষণ হতে পারে। এগুলোর অন্য কারণও থাকতে পারে।
    শুধু কথা বললেই আরও বোঝা যায়।
topics-check-meaning =
    এর মানে কী হতে পারে:
    এক বা একাধিক প্রশ্নে “হ্যাঁ” বললে, আপনার সাহায্য ও সুরক্ষার অধিকার থাকতে পারে। কাগজপত্র না থাকলেও এটা সত্য।
    সাহায্য বিনা খরচে। এখন কিছু ঠিক করতে হবে না।
# Shown only to someone who answered "yes" to "Are you under 18?".
topics-check-under18 =
    আপনি বলেছেন আপনার বয়স 18 বছরের কম।
    ইতালিতে 18 বছরের কম বয়সীদের বাড়তি সুরক্ষা আছে (law 47/2017)।
    হেল্পলাইনের একজন মানুষ আপনাকে এটা বুঝিয়ে বলতে পারেন।
topics-check-next-ask =
    এখন আপনি কী করতে চান?
    একজন মানুষের সাথে কথা বলা বিনা খরচে ও গোপনীয়। { $phone } নম্বরেও ফোন করতে পারেন।

## Work

topics-work-pay =
    কাজ নিয়ে কিছু তথ্য।
    যে কাজ করেছেন, তার বেতন পাওয়া আপনার অধিকার।
    চুক্তি বা পারমিট না থাকলেও এটা সত্য।
topics-work-signs =
    আরও দুটি কথা জেনে রাখুন।
    মালিক যদি আপনার পাসপোর্ট বা কাগজপত্র রেখে দেয়, সেটা শোষণের লক্ষণ।
    যারা আপনাকে ইতালিতে এনেছে, তাদের কাছে “ঋণ” শোধ করতে হলে সেটাও লক্ষণ।
    দুটোতেই হেল্পলাইন আপনাকে সাহায্য করতে পারে।
topics-work-law =
    জেনে রাখা ভালো:
    ইতালিতে শ্রমিকদের শোষণ করা অপরাধ (“caporalato”, art. 603-bis c.p.)।
    যে বিদেশি শ্রমিকরা ঘটনা প্রকাশে সাহায্য করেন, তাদের জন্য একটি বিশেষ পারমিট আছে (art. 18-ter d.lgs. 286/1998)।
    আপনার ক্ষেত্রে কী প্রযোজ্য, হেল্পলাইন বুঝিয়ে বলতে পারে: { $phone } নম্বরে ফোন করুন, অথবা এখানে একজন মানুষের সাথে কথা বলুন।

## Asylum

topics-asylum =
    কিছু তথ্য দেওয়া হলো।
    আপনি আন্তর্জাতিক সুরক্ষা (আশ্রয়) চাইতে পারেন, আর একই সময়ে সুরক্ষা প্রোগ্রাম থেকে সাহায্য পেতে পারেন।
    দুটো ব্যবস্থা একসাথে কাজ করে। তারা আপনাকে একটি থেকে অন্যটিতে পাঠাতে পারে।
topics-asylum-more =
    আপনার অবস্থায় কী মানানসই তা জানতে { $phone } নম্বরে ফোন করুন বা এখানে একজন মানুষের সাথে কথা বলুন।
    ফোন করা বা লেখা পুলিশে রিপোর্ট নয়। কী বলবেন, তা আপনি ঠিক করবেন।

## Health care

topics-health =
    স্বাস্থ্য নিয়ে কিছু তথ্য।
    কাগজপত্র ছাড়াও জরুরি ও প্রয়োজনীয় চিকিৎসা পাওয়া যায়। STP কোড চান: এটা কাগজপত্রহীন বিদেশিদের জন্য একটি স্বাস্থ্য কোড।
topics-health-report =
    জেনে রাখা ভালো:
    হাসপাতালে বা ডাক্তারের কাছে গেলে পুলিশে রিপোর্ট হয় না (art. 35 c.5 d.lgs. 286/1998)।
    জরুরি অবস্থায় { $emergency } নম্বরে ফোন করুন।

## Under 18

topics-minors =
    কম বয়সীদের জন্য কিছু তথ্য।
    আপনার বয়স 18 বছরের কম হলে, ইতালিতে আইন আপনাকে বাড়তি সুরক্ষা দেয় (law 47/2017)।
topics-minors-age =
    আপনার বয়স 18 বছরের কম হলে দয়া করে আমাদের জানান।
    এখানে যিনি উত্তর দেবেন তাকে বলুন, অথবা { $phone } নম্বরে ফোন করার সময় বলুন।
    তাহলে তারা জানবেন আপনার সাথে কোন সাহায্য খুঁজতে হবে।

## Going home

topics-home =
    ফিরে যাওয়া নিয়ে কিছু তথ্য।
    কিছু প্রোগ্রাম আছে যা মানুষকে নিরাপদে নিজের দেশে ফিরতে সাহায্য করে, যদি তারা তা বেছে নেয় (assisted voluntary return; এগুলো IOM চালায়)।
topics-home-more =
    এটা আপনার সিদ্ধান্ত। আপনি ইতালিতে থেকে এখানেও সাহায্য চাইতে পারেন।
    কীভাবে কাজ করে হেল্পলাইন বুঝিয়ে বলতে পারে: { $phone } নম্বরে ফোন করুন, অথবা এখানে একজন মানুষের সাথে কথা বলুন।

## Calling the national number

topics-call =
    যখন আপনি { $phone } নম্বরে ফোন করবেন:
    ফোন বিনা খরচে। প্রতিদিন, দিন-রাত ফোন করতে পারেন।
    নাম বলতে হবে না: ফোন বেনামী হতে পারে।
topics-call-language =
    আপনি একজন সাংস্কৃতিক মধ্যস্থতাকারী (mediator) চাইতে পারেন: তারা অনেক ভাষায় কথা বলেন।
    কী বলবেন, তা আপনি ঠিক করবেন। ফোন করা পুলিশে রিপোর্ট নয়।
topics-call-chat =
    জেনে রাখা ভালো:
    এই চ্যাট গোপনীয়, কিন্তু বেনামী নয়। আপনি যে অ্যাপ ব্যবহার করেন, সেটা আপনার অ্যাকাউন্ট জানে।
