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
welcome-hello = 你好，谢谢你给我们写信。
# Right after welcome-hello: the bot says it is automatic and that a person can take over.
# "Confidential" is exact: the chat is not anonymous (the app knows the account).
welcome-free =
    我是自动助手。我们团队的工作人员也可以在这里和你聊天。
    这个聊天是免费和保密的。你不需要说出你的名字。
    首先，请选择你的语言。
# The language question; the options are each language's own name (language-name).
language-ask = 你想用哪种语言？

## Safety check

# Sent after the language choice, before safety-ask: message previews, and what the
# platform knows. Example: { $phone } = "800 290 290".
safety-privacy =
    一个保护隐私的小建议。
    你的手机可能会在锁屏上显示新消息。要隐藏它们，请在应用的通知设置里关闭消息预览。
    这个聊天是保密的，但不是匿名的：你用的应用知道你的账号。拨打 { $phone } 可以匿名。
# A question with two buttons (safety-opt-yes, safety-opt-later).
safety-ask = 你现在可以安全地写消息吗？
# Button, ≤ 30 characters.
safety-opt-yes = 可以
# Button, ≤ 30 characters.
safety-opt-later = 现在不行
# After "Yes" to safety-ask.
safety-ok =
    好的。
    提示：随时输入 /exit 可以快速离开。
    在可能的情况下，它会删除这个聊天。
# After "Not now" to safety-ask; first of three tips.
safety-tips-exit =
    好的。有几个建议。
    要快速离开，随时输入 /exit，或者按下面的按钮。
    在可能的情况下，它会删除这个聊天。
# Second tip.
safety-tips-delete =
    你也可以自己在应用里删除这个聊天。
    机器人只能删除最近的消息，所以你自己也删除一下会更好。
# Third tip. Example: { $emergency } = "112".
safety-tips-emergency =
    还有一件事：
    如果你马上有危险，请拨打 { $emergency }。
# A question with three buttons after the tips.
safety-next-ask = 你现在想继续吗？
# Button, ≤ 30 characters.
safety-opt-continue = 继续
# Button, ≤ 30 characters.
safety-opt-stop = 先停一下

## Who is writing (the main menu)

# The main menu: who is writing. Options: role-opt-*, nav-person, nav-leave.
role-ask =
    谢谢。哪一项最符合你的情况？
    如果你在机构、警察、社会服务或医疗服务、工会或雇主协会工作，请选择“我因为工作来询问”。
# Button, ≤ 30 characters.
role-opt-self = 我自己需要帮助
# Button, ≤ 30 characters.
role-opt-other = 我担心某个人
# Button, ≤ 30 characters; role-ask quotes it, keep both the same.
role-opt-work = 我因为工作来询问

## Option labels shared by every flow (buttons: 30 characters at most)

# Button, ≤ 30 characters: asks for a human operator.
nav-person = 和工作人员聊天
# Button, ≤ 30 characters.
nav-main-menu = 主菜单
# Button, ≤ 30 characters.
nav-back = 返回
# Button, ≤ 30 characters: the quick exit.
nav-leave = 退出并删除聊天
# Button, ≤ 30 characters: "not safe now": the bot sends nothing until the person writes
# again. Neutral words: someone else may see the screen.
nav-not-safe = 我现在不能看

## Help

# /help, first part: the commands stay as they are (/menu, /lang…), never translated.
help-commands =
    你随时可以输入这些：
    /menu：查看选项
    /lang：更换语言
    /operator：和工作人员聊天
# /help, second part. Examples: { $helpline } = "Numero Verde Antitratta",
# { $phone } = "800 290 290", { $emergency } = "112". Calling can be anonymous.
help-more =
    /exit：快速离开，在可能的情况下删除这个聊天
    /help：显示这条消息
    { $helpline }：{ $phone }，免费、匿名，白天晚上都可以打。
    马上有危险：{ $emergency }。

## Talk to a person (handoff from /operator or the main menu)

# The person asked for an operator. { $case } = "12": a reference number, not a police
# case; never the word "case" in the translation.
operator-queued =
    好的，谢谢。
    我正在请一位求助热线的工作人员在这里回复你。你的参考编号是 { $case }。
    等待的时候你可以继续写。输入 /menu 返回，输入 /exit 快速离开。

## Quick exit and end

# Neutral on purpose: it is the last thing left on the screen.
exit-neutral = 好的。
# The conversation ended. Example: { $phone } = "800 290 290".
end-bye =
    谢谢你给我们写信。
    你随时可以再写信，或者拨打 { $phone }，白天晚上都可以。
