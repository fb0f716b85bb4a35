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
