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
    谢谢你给我们写信。
    如果你担心某个人，在这里可以找到信息，或者和工作人员聊天。
# The menu question; options below.
witness-menu-ask = 你想了解什么？
# Button, ≤ 30 characters.
witness-opt-signs = 需要注意的迹象
# Button, ≤ 30 characters.
witness-opt-advice = 该做什么，不该做什么
# Button, ≤ 30 characters.
witness-opt-report = 怎样举报

## Signs

# A list in two messages (a phone screen each).
witness-signs-list-1 =
    这里有一些信息。
    人口贩运或剥削的一些可能迹象：这个人
    • 自己的证件不在自己手里
    • 被人控制，或者不能自由行动
# The list, continued (no first-line rule problem: it starts with a bullet).
witness-signs-list-2 =
    • 欠了还不清的债
    • 工作时间很长，工资很少或没有工资
    • 看起来很害怕
# Example: { $phone } = "800 290 290".
witness-signs-note =
    这些只是可能的迹象，不是证据。
    如果你不确定，求助热线可以给你建议：{ $phone }，免费，白天晚上都可以。

## What to do and not do

# First of two messages of advice.
witness-advice-dont =
    一些建议。
    不要和剥削者当面对质，也不要自己去调查。
    不要做任何可能让这个人陷入危险的事。
# Example: { $phone } = "800 290 290", { $emergency } = "112".
witness-advice-do =
    你可以做的事：
    听这个人说。把号码 { $phone } 告诉对方：免费、匿名，白天晚上都可以。
    如果有人有危险，请拨打 { $emergency }。

## How to report

# Calling the helpline is not a complaint to the police.
witness-report-call =
    这里有一些信息。
    要举报，请拨打 { $phone }：免费、匿名，白天晚上都可以。这不等于向警察报案。
    求助热线可以给你建议，并联系当地的服务机构，需要时也会联系执法部门。
# Example: { $emergency } = "112".
witness-report-urgent =
    还有一件事：
    如果有人马上有危险，请拨打 { $emergency }。
    你也可以在这里和工作人员聊天：请在下面选择。

## Talk to a person

# { $case } = "12": a reference number, not a police case.
witness-person-queued =
    好的，谢谢。
    我正在请一位求助热线的工作人员在这里回复你。你的参考编号是 { $case }。
    你现在就可以写下你担心的事。输入 /menu 返回。
