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
topics-menu-label = 常见问题
topics-menu-ask =
    请选择一个问题。
    每个回答都很短。看完后会回到这里。
# Opens the check ("Is this exploitation?"); worded so that nobody glancing at the screen
# reads what it is about.
topics-opt-check = 关于我的情况的问题
topics-opt-work = 工作和工资
topics-opt-asylum = 庇护
topics-opt-health = 看病和医疗
topics-opt-minors = 未满 18 岁
topics-opt-home = 安全回家
topics-opt-call = 打电话会怎么样
# After the check: back to the topics menu.
topics-opt-more = 其他问题

## Is this exploitation? Eight questions, each optional. Never a verdict.

topics-check-intro =
    关于你的情况，有几个简短的问题。
    只回答你想回答的。你随时可以选择“我不想说”。
    答案没有对错。
    如果求助热线的工作人员在这里回复你，他们会看到你的回答。这样你就不用把所有事情再说一遍。
# The three answers to every question below.
topics-answer-yes = 是
topics-answer-no = 不是
topics-answer-skip = 我不想说
topics-check-documents =
    第 1 题，共 8 题。
    是不是别人拿着你的护照或证件，而你拿不回来？
topics-check-debt =
    第 2 题，共 8 题。
    你是否必须向带你来这里或给你找工作的人还债？
topics-check-movement =
    第 3 题，共 8 题。
    是否有人不让你离开工作的地方或住的地方，或者不让你去想去的地方？
topics-check-threats =
    第 4 题，共 8 题。
    是否有人威胁或伤害过你，或你身边的人？
topics-check-pay =
    第 5 题，共 8 题。
    是否有人扣着你的工资，或者付给你的钱比说好的少很多？
topics-check-deceived =
    第 6 题，共 8 题。
    这份工作和他们答应你的是不是很不一样？
topics-check-housing =
    第 7 题，共 8 题。
    你是否住在工作的地方，或者住在雇主选的地方？
topics-check-minor =
    第 8 题，共 8 题。
    你未满 18 岁吗？
topics-check-thanks =
    谢谢你的回答。
    其中有些情况可能是被剥削的迹象。也可能有别的原因。
    只有通过交谈才能了解更多。
topics-check-meaning =
    这可能意味着什么：
    如果你对一个或多个问题回答了“是”，你可能有权得到帮助和保护。没有证件也是这样。
    帮助是免费的。你现在不需要做任何决定。
# Shown only to someone who answered "yes" to "Are you under 18?".
topics-check-under18 =
    你说你未满 18 岁。
    在意大利，未满 18 岁的年轻人有额外的保护（第 47/2017 号法律）。
    求助热线的工作人员可以给你解释。
topics-check-next-ask =
    你现在想做什么？
    和工作人员聊天是免费和保密的。你也可以拨打 { $phone }。

## Work

topics-work-pay =
    这里有一些关于工作的信息。
    你做过的工作，有权拿到工资。
    没有合同或居留许可也是这样。
topics-work-signs =
    还有两点需要知道。
    雇主扣着你的护照或证件，这是被剥削的迹象。
    要你向带你来意大利的人还“债”，这也是一个迹象。
    求助热线在这两方面都可以帮你。
topics-work-law =
    有用的信息：
    在意大利，剥削劳动者是犯罪（“caporalato”，art. 603-bis c.p.）。
    帮助揭露事实的外国劳动者，可以申请一种特别许可（art. 18-ter d.lgs. 286/1998）。
    求助热线可以向你解释你适用什么：拨打 { $phone }，或者在这里和工作人员聊天。

## Asylum

topics-asylum =
    这里有一些信息。
    你可以申请国际保护（庇护），同时得到保护项目的帮助。
    这两个系统会一起合作。它们可以把你从一个转到另一个。
topics-asylum-more =
    想知道什么适合你的情况，请拨打 { $phone }，或者在这里和工作人员聊天。
    打电话或写信不等于向警察报案。说什么由你决定。

## Health care

topics-health =
    这里有一些关于健康的信息。
    没有证件也可以得到紧急和必要的医疗。请要一个 STP 代码：这是给没有证件的外国人的医疗代码。
topics-health-report =
    有用的信息：
    去医院或看医生不会导致你被报告给警察（art. 35 c.5 d.lgs. 286/1998）。
    紧急情况请拨打 { $emergency }。

## Under 18

topics-minors =
    这里有一些给年轻人的信息。
    如果你未满 18 岁，法律在意大利给你额外的保护（第 47/2017 号法律）。
topics-minors-age =
    如果你未满 18 岁，请告诉我们。
    可以告诉在这里回复你的工作人员，或者在拨打 { $phone } 时说。
    这样他们就知道要和你一起找什么样的帮助。

## Going home

topics-home =
    这里有一些关于回国的信息。
    有一些项目帮助人们安全地回到自己的国家，如果他们自己选择这样做（协助自愿返回；由国际移民组织 IOM 负责）。
topics-home-more =
    这是你的选择。你也可以留在意大利，在这里寻求帮助。
    求助热线可以向你解释怎么做：拨打 { $phone }，或者在这里和工作人员聊天。

## Calling the national number

topics-call =
    当你拨打 { $phone } 时：
    电话是免费的。每天白天晚上都可以打。
    你不需要说出名字：电话可以匿名。
topics-call-language =
    你可以要求文化调解员：他们会说很多种语言。
    说什么由你决定。打电话不等于向警察报案。
topics-call-chat =
    有用的信息：
    这个聊天是保密的，但不是匿名的。你用的应用知道你的账号。
