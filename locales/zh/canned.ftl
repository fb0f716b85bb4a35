### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Canned replies an operator sends with `!say <name>` (the name is the id without
### `canned-`). Rendered in the person's language. Short, calm, with a way forward.
### For translators: CEFR A2; the first line is what a lock screen shows, so it stays
### neutral. { $phone } = "800 290 290", { $emergency } = "112".

# `!say safe-now`: asks whether the person is safe.
canned-safe-now =
    你现在怎么样？
    你在安全的地方吗？你可以回答“是”或“不是”。
# `!say call-112`. Example: { $emergency } = "112".
canned-call-112 =
    你可以随时免费拨打 { $emergency }。
    如果你现在有危险，请拨打这个号码。手机没有话费也可以打。
# `!say free-anonymous` (the id stays; the text is exact: the chat is confidential, a call
# can be anonymous). Example: { $phone } = "800 290 290".
canned-free-anonymous =
    和我们聊天是免费的。你不需要说出你的名字。
    这个聊天是保密的，但不是匿名的：你用的应用知道你的账号。拨打 { $phone } 可以匿名。
# `!say no-documents`.
canned-no-documents =
    有用的信息：
    你不需要证件也能得到帮助。没有居留许可也能得到帮助。
    求助不等于向警察报案：由你来决定。
# `!say protection`: the single programme, never a promise ("can offer").
canned-protection =
    在意大利，有人可以帮你。
    意大利有一个保护项目，帮助被剥削的人。它可以提供安全的住处、食物、医疗，以及证件和工作方面的帮助。
# `!say still-there`.
canned-still-there =
    你还在吗？
    方便的时候再写；我们在这里。
