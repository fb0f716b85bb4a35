### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Professional flow: organisations, police, social and health services, unions,
### employers' associations. Consultation, referral procedure, talk to a person.
### For translators: addressed to professionals (Italian: "Lei"), still short and clear.
### Italian legal terms and references stay in Italian, in brackets: "casi speciali",
### caporalato, Questura, art. 18 d.lgs. 286/1998… The first line of each message is what
### a lock screen shows: keep it neutral. { $phone } = "800 290 290".

## Menu

# After "I am asking for my work".
professional-intro =
    লেখার জন্য ধন্যবাদ।
    হেল্পলাইন সেইসব সংস্থা ও সেবাকেও সহায়তা করে, যারা সুরক্ষার প্রয়োজন থাকতে পারে এমন মানুষের দেখা পায়।
# The menu question; options below.
professional-menu-ask = আপনি কী জানতে চান?
# Button, ≤ 30 characters.
professional-opt-consult = পরামর্শ
# Button, ≤ 30 characters.
professional-opt-referral = রেফারেলের পদ্ধতি

## Consultation

# Italian: "Lei". "Not a complaint to the police": the person decides.
professional-consult-advice =
    কিছু তথ্য দেওয়া হলো।
    হেল্পলাইন সেইসব প্রতিষ্ঠান ও সংস্থাকে পরামর্শ দেয়, যারা মানব পাচার ও যেকোনো ধরনের শোষণের সম্ভাব্য শিকারদের সংস্পর্শে আসে: যৌন, শ্রম, জোর করে ভিক্ষা, জোর করে অপরাধ।
    হেল্পলাইনে যোগাযোগ করা পুলিশে অভিযোগ নয়; সিদ্ধান্ত সংশ্লিষ্ট ব্যক্তির।
# The legal measures, as general as the helpline's notes.
professional-consult-assess =
    এছাড়াও:
    সহায়তা ব্যবস্থার শর্ত পূরণ হয় কিনা, তা আপনার সাথে যাচাই করে: একক সুরক্ষা প্রোগ্রাম (art. 18 c.3-bis d.lgs. 286/1998), সামাজিক সুরক্ষার পারমিট ("casi speciali", art. 18 d.lgs. 286/1998; সামাজিক বা বিচারিক পথ) এবং শ্রম শোষণের ক্ষেত্রে art. 18-ter d.lgs. 286/1998 এর পারমিট।
    ইউরোপীয় ইউনিয়নের নাগরিকরা প্রোগ্রামে যোগ দিতে পারেন; তাদের পারমিট লাগে না। সাহায্য পারমিটের ওপর নির্ভর করে না।
# Example: { $phone } = "800 290 290".
professional-consult-who =
    কারা যোগাযোগ করতে পারেন:
    সামাজিক ও স্বাস্থ্য সেবা, এনজিও, মালিক ও শ্রমিক সমিতি, আইন প্রয়োগকারী সংস্থা, বিচার বিভাগ এবং সাধারণ নাগরিক।
    দিনে 24 ঘণ্টা { $phone } নম্বরে ফোন করুন, অথবা এখানে একজন মানুষের সাথে কথা বলুন।

## Referral procedure

# Since 2016 one programme (DPCM 16 May 2016); art. 13 L. 228/2003 is cited as the seed does.
professional-referral-local =
    কিছু তথ্য দেওয়া হলো।
    হেল্পলাইন মানুষকে সেইসব স্থানীয় প্রকল্পে পাঠায়, যারা উন্মোচন, সহায়তা ও সামাজিক অন্তর্ভুক্তির একক প্রোগ্রাম চালায় (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016; art. 13 L. 228/2003)।
# Example: { $phone } = "800 290 290".
professional-referral-transfer =
    অন্য এলাকায় প্রোগ্রাম চালানো প্রকল্পগুলোর মধ্যে স্থানান্তরের অনুরোধও এটি সমন্বয় করে।
    কাউকে রেফার করতে { $phone } নম্বরে ফোন করুন বা এখানে একজন মানুষের সাথে কথা বলুন।

## Talk to a person

# { $case } = "12": a reference number.
professional-person-queued =
    ঠিক আছে, ধন্যবাদ।
    হেল্পলাইনের একজন মানুষকে এখানে আপনাকে উত্তর দিতে বলছি। রেফারেন্স নম্বর: { $case }।
    আপনি এখনই আপনার প্রশ্ন লিখতে পারেন। ফিরে যেতে /menu।
