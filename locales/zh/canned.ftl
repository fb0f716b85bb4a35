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
# `!say hello`: the operator's first words.
canned-hello =
    你好，我现在在这里。
    我和求助热线一起工作。你可以用自己的话给我写，慢慢来。
# `!say reading`: the operator is reading what the person wrote.
canned-reading =
    我正在看你的消息。
    请给我一点时间，我很快回复。
# `!say call-helpline`. Example: { $phone } = "800 290 290".
canned-call-helpline =
    你现在可以打电话吗？
    如果可以，请打 { $phone }。电话免费，你可以和调解员用你的语言说话。
# `!say mediator`: a cultural mediator who speaks the person's language will be found.
canned-mediator =
    我们会找一个会说你的语言的人。
    这可能需要一些时间。找到人以后，我们会在这里给你写。
# `!say take-your-time`.
canned-take-your-time =
    不用着急。
    你想写的时候再写。不用现在把所有事情都说出来。
# `!say shelter`: a safe place to sleep (never a promise: "we can look").
canned-shelter =
    今晚你有安全的地方睡觉吗？
    如果没有，请告诉我。我们可以一起找一个你可以住的地方。
# `!say health`.
canned-health =
    你需要看医生吗？
    在意大利，没有证件也可以看医生。如果很紧急，请打 { $emergency }。
# `!say police-your-choice`: exact on a legal point (talking to us is not reporting).
canned-police-your-choice =
    由你决定接下来怎么做。
    和我们说话不是向警察报案。只有你愿意，警察才会参与。
# `!say documents-kept`: someone else keeps the person's documents.
canned-documents-kept =
    你的护照或证件在别人手里吗？
    你可以告诉我。这很重要，我们可以帮你处理。
# `!say debt`: money owed to the people who brought or employ the person.
canned-debt =
    你需要给别人付钱吗？
    这样的债务不是你的错。你可以告诉我；我们不会评判你。
# `!say children`.
canned-children =
    有孩子和你在一起吗？
    如果有孩子和你在一起，帮助也可以给他们。请告诉我有几个孩子，几岁。
# `!say where-roughly`: only the city, never an exact address.
canned-where-roughly =
    你现在在哪个城市或地区？
    不需要给地址。知道城市就可以找到你附近的帮助。
# `!say delete-chat`: a safety tip.
canned-delete-chat =
    给你一个安全小提示。
    如果有人检查你的手机，你可以删除这个聊天。输入 /exit，机器人会删除能删除的内容。
# `!say come-back-later`: the person can come back.
canned-come-back-later =
    你随时可以回来。
    想写的时候就在这里再写，白天晚上都可以。你也可以打 { $phone }。
# `!say not-alone`.
canned-not-alone =
    你不是一个人。
    很多人在和你类似的情况后找到了帮助。我们在这里陪你。
# `!say goodbye`: end of the conversation.
canned-goodbye =
    谢谢你给我们写信。
    请照顾好自己。如果需要我们，可以在这里再写，或者打 { $phone }。
