### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Victim flow: rights and ways out, help near you, talk to a person, danger now.
### Legal texts stay as general as the helpline's legal notes; never promise outcomes.
### For translators: CEFR A2, the plain sentence first and the legal reference after it in
### brackets. Italian legal terms stay in Italian, in brackets or quotes: "casi speciali",
### caporalato, Questura, STP, and the references (art. 18 d.lgs. 286/1998…). The first
### line of each message is what a lock screen shows: keep it neutral.
### { $phone } = "800 290 290", { $emergency } = "112" in every message.

## Menu

# After "I need help for myself".
victim-intro =
    আমাকে বলার জন্য ধন্যবাদ।
    এখানে আপনি তথ্য, কাছাকাছি সাহায্য পেতে পারেন, বা একজন মানুষের সাথে কথা বলতে পারেন।
    আপনাকে সাহায্য করার মতো মানুষ আছে।
# The menu question; options below.
victim-menu-ask = আপনি কী করতে চান?
# Button, ≤ 30 characters.
victim-opt-rights = আপনার অধিকার, বের হওয়ার পথ
# Button, ≤ 30 characters.
victim-opt-where = আমার কাছাকাছি সাহায্য
# Button, ≤ 30 characters: answered with the emergency number and an urgent request.
victim-opt-danger = আমি এখন বিপদে আছি

## Rights and ways out

# The topics question; options below.
victim-rights-ask =
    একটি বিষয় বেছে নিন।
    বের হওয়ার পথ আছে, আর সাহায্য বিনা খরচে।
# Button, ≤ 30 characters: the art. 18 permit.
victim-rights-opt-permit = রেসিডেন্স পারমিট
# Button, ≤ 30 characters: the protection programme.
victim-rights-opt-programme = বাসস্থান, চিকিৎসা, নতুন শুরু
# Button, ≤ 30 characters: work, pay, documents and debt. Must not read as an accusation.
victim-rights-opt-work = কাজ, বেতন ও কাগজপত্র

# The permit of art. 18 d.lgs. 286/1998 ("permesso per casi speciali"): keep the Italian
# name in quotes.
victim-rights-art18-permit =
    কিছু তথ্য দেওয়া হলো।
    অন্য দেশের যে মানুষেরা সহিংসতা বা গুরুতর শোষণের শিকার হয়েছেন এবং বিপদে আছেন, তাদের জন্য ইতালিতে একটি বিশেষ রেসিডেন্স পারমিট আছে ("casi speciali", art. 18 d.lgs. 286/1998)।
    ইউরোপীয় ইউনিয়নের দেশের মানুষের, যেমন রোমানিয়া বা বুলগেরিয়ার, পারমিট লাগে না। তারাও একই সাহায্য পেতে পারেন।
# Who proposes the permit. Keep "Questura" in Italian.
victim-rights-art18-paths =
    এটা কীভাবে কাজ করে:
    বিদেশিদের জন্য পুলিশ অফিস (Questura) পারমিট দেয়। অভিযোগের পরে একজন সরকারি কৌঁসুলি (প্রসিকিউটর) এটা প্রস্তাব করতে পারেন। সমাজসেবা বা একটি স্বীকৃত সংস্থাও প্রস্তাব করতে পারে: এক্ষেত্রে আইন অভিযোগ চায় না।
    বাস্তবে শহর ভেদে নিয়ম আলাদা হয়। আপনি যেখানে আছেন সেখানে কী প্রযোজ্য, হেল্পলাইন বুঝিয়ে বলতে পারে।
# What the permit gives. Example: { $phone } = "800 290 290".
victim-rights-art18-access =
    এটা আপনাকে কী দিতে পারে:
    পারমিট ছয় মাসের। এটা এক বছরের জন্য নবায়ন করা যায়, বা আদালতের মামলার প্রয়োজনে আরও বেশি সময়ের জন্য। এটা দিয়ে সাহায্য নেওয়া, পড়াশোনা ও কাজ করা যায়। পরে এটা কাজ বা পড়াশোনার পারমিটে বদলাতে পারে।
    প্রোগ্রাম ছেড়ে দিলে পারমিট শেষ হয়ে যেতে পারে।
    এটা আপনার অবস্থার সাথে মিলতে পারে কিনা, হেল্পলাইন আপনার সাথে দেখতে পারে: { $phone } নম্বরে ফোন করুন, অথবা এখানে একজন মানুষের সাথে কথা বলুন।

# The single protection programme (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016;
# the older art. 13 L. 228/2003 is cited too). One programme, not two steps.
victim-rights-programme =
    কিছু তথ্য দেওয়া হলো।
    ইতালিতে যাদের শোষণ করা হয়েছে, তাদের জন্য একটি প্রোগ্রাম আছে (art. 18 c.3-bis d.lgs. 286/1998, art. 13 L. 228/2003)।
    প্রথমে এটা থাকার নিরাপদ জায়গা, খাবার, চিকিৎসা ও আইনি সাহায্য দিতে পারে।
# The programme, continued. Example: { $phone } = "800 290 290".
victim-rights-programme-next =
    তারপর:
    এটা নতুন জীবন গড়তে সাহায্য করতে পারে: ভাষা শেখা, প্রশিক্ষণ ও কাজ।
    ইতালির অনেক জায়গায় স্থানীয় প্রকল্প এটা চালায়। জানতে { $phone } নম্বরে ফোন করুন বা এখানে একজন মানুষের সাথে কথা বলুন।
# Health care without papers (STP code: keep the Italian abbreviation).
victim-rights-health =
    চিকিৎসা নিয়ে:
    কাগজপত্র না থাকলেও হাসপাতালে ও ডাক্তারের কাছে জরুরি ও প্রয়োজনীয় চিকিৎসা পাওয়া যায় (STP কোড)।
    হাসপাতালে বা ডাক্তারের কাছে গেলে পুলিশে রিপোর্ট হয় না (art. 35 c.5 d.lgs. 286/1998)।

# Work exploitation. Keep "caporalato" in Italian.
victim-rights-work =
    কিছু তথ্য দেওয়া হলো।
    সাহায্য শুধু যৌন শোষণের জন্য নয়। যাদের জোর করে কাজ, ভিক্ষা বা অপরাধ করানো হয়, তাদের জন্যও।
    যে কাজ করেছেন তার বেতন পাওয়া আপনার অধিকার, চুক্তি বা পারমিট না থাকলেও।
# Signs at work, and the art. 18-ter permit (d.l. 145/2024).
victim-rights-work-signs =
    কিছু কথা জেনে রাখুন:
    মালিক যদি আপনার পাসপোর্ট বা কাগজপত্র রেখে দেয়, বা যারা আপনাকে ইতালিতে এনেছে তাদের "ঋণ" শোধ করতে হয়, এগুলো শোষণের লক্ষণ। দুটোতেই হেল্পলাইন আপনাকে সাহায্য করতে পারে।
    শ্রমিকদের শোষণ করা অপরাধ (caporalato, art. 603-bis c.p.)। ইউরোপীয় ইউনিয়নের বাইরের যে শ্রমিকরা ঘটনা প্রকাশে সাহায্য করেন, তারা একটি বিশেষ পারমিট পেতে পারেন (art. 18-ter d.lgs. 286/1998)।

# Shown after every topic above. Example: { $phone } = "800 290 290", { $emergency } = "112".
victim-rights-always =
    জেনে রাখা ভালো:
    সাহায্য চাওয়া মানে পুলিশে অভিযোগ করা নয়: সিদ্ধান্ত আপনার। সাহায্য পেতে পারমিট বা কাগজপত্র লাগে না।
    { $phone } নম্বরে ফোন বিনা খরচে এবং বেনামী হতে পারে, দিন-রাত, অনেক ভাষায়। এই চ্যাট গোপনীয়, কিন্তু বেনামী নয়।
    বিপদে { $emergency } নম্বরে ফোন করুন।

## Help near you

# No { $region } on purpose: echoing what the person typed would repeat it on the lock screen.
victim-where-found = ধন্যবাদ। যা পেয়েছি:

## Talk to a person

# The person asked for an operator. { $case } = "12": a reference number, not a police case.
victim-person-queued =
    ঠিক আছে, ধন্যবাদ।
    হেল্পলাইনের একজন মানুষকে এখানে আপনাকে উত্তর দিতে বলছি। আপনার রেফারেন্স নম্বর { $case }।
    অপেক্ষার সময় লিখতে পারেন। /exit এই চ্যাট মুছে দেয়। বিপদে: { $emergency }।

## Danger now

# After "I am in danger now": warmth and the emergency number first, then an urgent request.
# Example: { $emergency } = "112".
victim-danger-call =
    আমাকে বলার জন্য ধন্যবাদ। আপনি একা নন।
    পারলে এখনই { $emergency } নম্বরে ফোন করুন। এটা বিনা খরচে, আর ফোনে ব্যালেন্স না থাকলেও কাজ করে।
# Right after victim-danger-call. { $case } = "12": a reference number, not a police case.
victim-danger-queued =
    আপনার রেফারেন্স নম্বর { $case }।
    যত দ্রুত সম্ভব একজন মানুষ এখানে উত্তর দেবেন। আপনি লিখতে থাকতে পারেন।
    এই চ্যাট দ্রুত লুকাতে /exit লিখুন।
