### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Canned replies an operator sends with `!say <name>` (the name is the id without
### `canned-`). Rendered in the person's language. Short, calm, with a way forward.
### For translators: CEFR A2; the first line is what a lock screen shows, so it stays
### neutral. { $phone } = "800 290 290", { $emergency } = "112".

# `!say safe-now`: asks whether the person is safe.
canned-safe-now =
    এখন আপনি কেমন আছেন?
    আপনি কি নিরাপদ জায়গায় আছেন? হ্যাঁ বা না লিখে উত্তর দিতে পারেন।
# `!say call-112`. Example: { $emergency } = "112".
canned-call-112 =
    আপনি যেকোনো সময় { $emergency } নম্বরে বিনা খরচে ফোন করতে পারেন।
    এখন বিপদে থাকলে দয়া করে ফোন করুন। ফোনে টাকা (ব্যালেন্স) না থাকলেও এটা কাজ করে।
# `!say free-anonymous` (the id stays; the text is exact: the chat is confidential, a call
# can be anonymous). Example: { $phone } = "800 290 290".
canned-free-anonymous =
    আমাদের সাথে কথা বলতে কোনো খরচ নেই। নাম বলতে হবে না।
    এই চ্যাট গোপনীয়, কিন্তু নামহীন (বেনামী) নয়: আপনি যে অ্যাপ ব্যবহার করেন, সেটা আপনার অ্যাকাউন্ট জানে। { $phone } নম্বরে ফোন বেনামী হতে পারে।
# `!say no-documents`.
canned-no-documents =
    জেনে রাখা ভালো:
    সাহায্য পেতে কাগজপত্র লাগে না। রেসিডেন্স পারমিট ছাড়াও সাহায্য পাওয়া যায়।
    সাহায্য চাওয়া মানে পুলিশে অভিযোগ করা নয়: সিদ্ধান্ত আপনার।
# `!say protection`: the single programme, never a promise ("can offer").
canned-protection =
    ইতালিতে আপনার জন্য সাহায্য আছে।
    যাদের শোষণ করা হয়েছে, তাদের জন্য একটি সুরক্ষা প্রোগ্রাম আছে। এটা থাকার নিরাপদ জায়গা, খাবার, চিকিৎসা, আর কাগজপত্র ও কাজে সাহায্য দিতে পারে।
# `!say still-there`.
canned-still-there =
    আপনি কি এখনো আছেন?
    যখন পারেন লিখুন; আমরা এখানে আছি।
# `!say hello`: the operator's first words.
canned-hello =
    হ্যালো, আমি এখন এখানে আছি।
    আমি হেল্পলাইনের সাথে কাজ করি। আপনি নিজের ভাষায়, নিজের গতিতে আমাকে লিখতে পারেন।
# `!say reading`: the operator is reading what the person wrote.
canned-reading =
    আমি আপনার বার্তাগুলো পড়ছি।
    দয়া করে একটু সময় দিন, আমি শিগগিরই উত্তর দেব।
# `!say call-helpline`. Example: { $phone } = "800 290 290".
canned-call-helpline =
    আপনি কি এখন একটা ফোন করতে পারবেন?
    পারলে { $phone } নম্বরে ফোন করুন। এটা বিনামূল্যে, আর একজন দোভাষীর সাথে নিজের ভাষায় কথা বলতে পারবেন।
# `!say mediator`: a cultural mediator who speaks the person's language will be found.
canned-mediator =
    আমরা এমন একজনকে খুঁজব যিনি আপনার ভাষা বলেন।
    এতে কিছু সময় লাগতে পারে। কাউকে পেলে আমরা এখানে আপনাকে লিখব।
# `!say take-your-time`.
canned-take-your-time =
    কোনো তাড়া নেই।
    যখন চান লিখুন। এখনই সব কিছু বলতে হবে না।
# `!say shelter`: a safe place to sleep (never a promise: "we can look").
canned-shelter =
    আজ রাতে ঘুমানোর জন্য কি আপনার কোনো নিরাপদ জায়গা আছে?
    না থাকলে আমাকে বলুন। থাকার মতো একটা জায়গা আমরা একসাথে খুঁজতে পারি।
# `!say health`.
canned-health =
    আপনার কি ডাক্তার দরকার?
    ইতালিতে কাগজপত্র ছাড়াও ডাক্তার দেখানো যায়। জরুরি হলে { $emergency } নম্বরে ফোন করুন।
# `!say police-your-choice`: exact on a legal point (talking to us is not reporting).
canned-police-your-choice =
    কী হবে, তা আপনিই ঠিক করবেন।
    আমাদের সাথে কথা বলা পুলিশের কাছে অভিযোগ নয়। আপনি চাইলে তবেই পুলিশ যুক্ত হবে।
# `!say documents-kept`: someone else keeps the person's documents.
canned-documents-kept =
    আপনার পাসপোর্ট বা কাগজপত্র কি অন্য কারও কাছে আছে?
    আমাকে বলতে পারেন। এটা গুরুত্বপূর্ণ, আর এ ব্যাপারে আমরা আপনাকে সাহায্য করতে পারি।
# `!say debt`: money owed to the people who brought or employ the person.
canned-debt =
    আপনাকে কি কাউকে টাকা দিতে হবে?
    এমন ঋণ আপনার দোষ নয়। এ নিয়ে আমাকে বলতে পারেন; আমরা আপনাকে বিচার করব না।
# `!say children`.
canned-children =
    আপনার সাথে কি শিশু আছে?
    শিশুরা আপনার সাথে থাকলে সাহায্য তাদের জন্যও হতে পারে। কতজন আর তাদের বয়স কত, আমাকে বলুন।
# `!say where-roughly`: only the city, never an exact address.
canned-where-roughly =
    আপনি এখন কোন শহরে বা এলাকায় আছেন?
    ঠিকানা দিতে হবে না। কাছাকাছি সাহায্য খুঁজতে শহরের নামই যথেষ্ট।
# `!say delete-chat`: a safety tip.
canned-delete-chat =
    আপনার নিরাপত্তার জন্য একটা পরামর্শ।
    কেউ আপনার ফোন দেখলে আপনি এই চ্যাট মুছে ফেলতে পারেন। /exit লিখুন, বট যা পারে মুছে দেবে।
# `!say come-back-later`: the person can come back.
canned-come-back-later =
    আপনি যেকোনো সময় ফিরে আসতে পারেন।
    দিন হোক বা রাত, যখন চান আবার এখানে লিখুন। { $phone } নম্বরেও ফোন করতে পারেন।
# `!say not-alone`.
canned-not-alone =
    আপনি একা নন।
    আপনার মতো অবস্থার পরে অনেক মানুষ সাহায্য পেয়েছেন। আমরা আপনার জন্য এখানে আছি।
# `!say goodbye`: end of the conversation.
canned-goodbye =
    আমাদের লেখার জন্য ধন্যবাদ।
    ভালো থাকবেন। আমাদের দরকার হলে আবার এখানে লিখুন বা { $phone } নম্বরে ফোন করুন।
