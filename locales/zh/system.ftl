### varco-review: unreviewed
### legal-review: none
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Built-in messages the engine itself needs (see flows/README.md), and the language's own name.
### For translators: person-facing, CEFR A2; the first line of each message is what a lock
### screen shows (no helpline, danger, police, case…). Commands (/menu, /operator…) stay as
### they are. { $phone } = "800 290 290", { $emergency } = "112" in every message.

# The language's own name, shown in the language choice (a button, ≤ 30 characters).
language-name = 中文

# The person typed a /command that does not exist; the question is asked again after it.
sys-unknown-command =
    抱歉，我不认识这个命令。
    输入 /help 可以查看你能用的命令。
# Free text, or a number out of range, where the bot shows numbered options; the options
# follow. Kind, and offers a person. Example: { $max } = "5".
sys-choose-number =
    谢谢你的消息。在这里我只能读懂选项的数字。
    请回复 1 到 { $max } 之间的一个数字。如果想给工作人员写信，请输入 /operator。
# An empty message.
sys-empty =
    你的消息好像是空的。
    请再写一次，或者输入 /menu。
# A message over the limit. Example: { $max } = "4096".
sys-too-long =
    抱歉，这条消息对我来说太长了。
    每次最多写 { $max } 个字符，或者输入 /operator 和工作人员聊天。
# A photo, voice note, file… while no person is in the chat.
sys-media =
    谢谢。我只能读文字消息。
    我打不开照片、语音消息、文件或贴纸。
    求助热线的工作人员可以接收这些：请输入 /operator。
# A file too large to pass on to the operator. Example: { $megabytes } = "20".
sys-media-too-large =
    这个文件太大，无法转发（上限是 { $megabytes } MB），所以工作人员看不到。
    你可以发一个小一点的文件，或者用文字说明它的内容。
# An old menu's button was pressed; the current menu follows. First line on a lock screen.
sys-stale-menu = 那个菜单已经过时了。这是现在的菜单。
# The person edited an earlier message.
sys-edited =
    谢谢。我只读新消息，不读对之前消息的修改。
    请把它作为新消息再发一次，或者输入 /menu。
# Sent once when a chat sends more messages in a minute than the bot takes.
sys-slow-down =
    谢谢。你写得比我读得快。
    请等一分钟，然后再写。有危险时：{ $emergency }。
# A person asked for a human, but no operator channel is running.
sys-no-operator =
    谢谢你的请求。
    抱歉，现在没有人能在这个聊天里回复。
    请拨打 { $phone }：免费、匿名，白天晚上都可以，有多种语言。
    有危险时：{ $emergency }。
# A person asked for a human while the operators' chat system is down: the request is
# kept and reaches the team when it is back. Never say a person is coming.
sys-operators-down =
    谢谢，你的请求已经记下了。
    抱歉，现在团队里没有人能读这个聊天。你的消息会为他们保存。
    如果你现在需要帮助，请拨打 { $phone }：免费、匿名，白天晚上都可以。有危险时：{ $emergency }。
# Whole messages that work like /exit (comma-separated; lowercase is fine). Keep them
# words nobody sends by accident.
sys-exit-words = exit, quit, quick exit, 退出, 快速退出, 立即退出
# Words or phrases (comma-separated) that flag the conversation for operators, who may
# take it over; the bot answers as usual. Whole words; phrases anywhere in a message.
sys-danger-words = 危险, 有危险, 救命, 救救我, 帮帮我, 打我, 被打, 关起来, 被关, 杀了我, 要杀我, 拿走了我的护照, 收走了我的护照
# Two answers in a row the bot could not use; the question follows.
sys-not-understood =
    抱歉，我没有明白。
    输入 /menu 查看选项，或者输入 /operator 和工作人员聊天。
# A command or button while waiting for an operator.
sys-waiting-operator =
    谢谢，你已经在排队了。
    你的消息会转给工作人员。有人空下来就会回复你。
    输入 /menu 可以停止等待。你也可以拨打 { $phone }，白天晚上都可以。
    有危险时：{ $emergency }。
# The person stopped waiting for an operator.
sys-left-queue =
    好的。你已经离开了排队。
    你随时可以用 /operator 再次请求和工作人员聊天。
# One line of the local projects list; { $project_phone } is the project's own number, or "none".
sys-referral-entry = { $project_phone ->
        [none] • { $city }：{ $name }
       *[other] • { $city }：{ $name }，{ $project_phone }
    }
# After a list in which some project has no number of its own.
sys-referral-via-helpline =
    全国号码 { $phone } 可以帮你联系他们，白天晚上都可以。
    输入 /menu 查看更多选项。
# No local project for the place the person typed (never repeat the place).
sys-referral-none =
    我还没有这个地方的本地联系方式。
    全国号码 { $phone } 在意大利各地都能用，白天晚上都可以。

## The operator's side of a handoff, as the person sees it.
# An operator took the conversation.
sys-operator-joined =
    你好，现在有一位工作人员在这里陪你。
    求助热线团队的工作人员会在这里回复你。想怎么写都可以；你也可以拨打 { $phone }，白天晚上都可以。
# Another operator took the conversation over (the first one had not answered for a while).
sys-operator-changed =
    你好，你可以继续在这里写。
    现在由求助热线团队的另一个人在这里回复你。你也可以打 { $phone }，白天晚上都可以。
# The operator gave the conversation back to the bot.
sys-operator-left =
    你现在又在和自动助手聊天了。
    输入 /menu 查看选项，或者输入 /operator 请求和工作人员聊天。
# The operator ended the conversation.
sys-case-closed =
    谢谢你给我们写信。
    和求助热线工作人员的对话已经结束。你随时可以再写信，
    或者拨打 { $phone }：免费、匿名，白天晚上都可以。有危险时：{ $emergency }。
# The person asked for an operator while nobody is on duty.
sys-nobody-on-duty =
    谢谢，你的请求已经记下了。
    抱歉，现在求助热线没有工作人员在这个聊天里在线。
    请拨打 { $phone }：免费、匿名，白天晚上都可以。有危险时：{ $emergency }。
    你的请求会一直保留：如果有人上线，会在这里给你写信。
# Sent when nobody has answered for a while.
sys-nobody-answered =
    谢谢你的等待。
    抱歉，到现在还没有人有空在这里回复。
    请拨打 { $phone }：免费、匿名，白天晚上都可以。有危险时：{ $emergency }。
    你还在排队：有人空下来就会在这里给你写信。

## `/menu` while waiting for a person: asked first, never cancelled by one command.
# A question with two buttons (sys-leave-opt-stay, sys-leave-opt-menu).
sys-leave-ask =
    你想回到菜单吗？
    如果回到菜单，你和工作人员聊天的请求就会结束。你随时可以用 /operator 再次请求。
# Button, ≤ 30 characters: keep the request open.
sys-leave-opt-stay = 继续等待
# Button, ≤ 30 characters: end the request and show the menu.
sys-leave-opt-menu = 回到菜单
# After "Keep waiting".
sys-still-waiting =
    好的，你的请求会一直保留。
    有人空下来就会在这里回复你。你可以继续写。
# Matrix only: the person's message could not be opened by the bot (it arrived encrypted
# with keys the bot does not have). Sent at most once every few minutes per chat, however
# many such messages come. Neutral first line.
sys-send-again =
    抱歉，我没能读到你的上一条消息。
    请再发一次。
# Matrix only: the person's chat is not encrypted and the bot cannot turn encryption on, so
# it answers nothing else there. Sent once; the bot then leaves the chat. Neutral first line.
sys-chat-not-private =
    抱歉，我不能在这个聊天里回复。
    请拨打 { $phone }：免费、匿名，白天晚上都可以，有多种语言。
    有危险时：{ $emergency }。
# /safeword without a word: the next message is the word. It works like /exit.
sys-safeword-ask =
    Ok.
    现在请写一个你自己的词，一条消息只写这个词。以后，如果你只写这个词，我就删除这个聊天并忘记它，和 /exit 一样。
    选一个别人猜不到的词。不要用数字。
# The safe word is saved (only in a form nobody can read back).
sys-safeword-set =
    Ok.
    你的词已保存。如果你只写这个词，我就删除这个聊天并忘记它，和 /exit 一样。
    没有人能读出这个词，求助热线也不能。
# The word cannot be used (too short, too long, or only numbers).
sys-safeword-invalid =
    对不起，我不能用这个词。
    需要 3 到 40 个字，而且不能只有数字。输入 /safeword 再试一次。
# /notsafe or the menu choice: nothing is sent until the person writes again.
sys-notsafe-ok =
    Ok.
    我现在不发任何消息。等你可以再看的时候，给我发任何一条消息，我就继续。
# The person wrote a sentence that looks like this language while the chat is in another
# one. Asked IN THIS LANGUAGE (the one the person seems to write), with two buttons
# (sys-switch-yes, sys-switch-no). Name the language in itself.
sys-switch-ask = 你好像在用中文写。你想继续用中文吗？
# Button, ≤ 30 characters: switch to this language.
sys-switch-yes = 是，中文
# Button, ≤ 30 characters: keep the language the chat is in now.
sys-switch-no = 不用，谢谢
# After an update of the bot, the question the person was answering no longer exists.
sys-node-gone = 聊天的这一部分已经改变了。这是菜单。
