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
    谢谢你告诉我。
    在这里你可以找到信息、你附近的帮助，或者和工作人员聊天。
    有人可以帮助你。
# The menu question; options below.
victim-menu-ask = 你想做什么？
# Button, ≤ 30 characters.
victim-opt-rights = 你的权利和出路
# Button, ≤ 30 characters.
victim-opt-where = 我附近的帮助
# Button, ≤ 30 characters: answered with the emergency number and an urgent request.
victim-opt-danger = 我现在有危险

## Rights and ways out

# The topics question; options below.
victim-rights-ask =
    请选择一个话题。
    有出路，而且帮助是免费的。
# Button, ≤ 30 characters: the art. 18 permit.
victim-rights-opt-permit = 居留许可
# Button, ≤ 30 characters: the protection programme.
victim-rights-opt-programme = 住处、医疗、新的开始
# Button, ≤ 30 characters: work, pay, documents and debt. Must not read as an accusation.
victim-rights-opt-work = 工作、工资和证件

# The permit of art. 18 d.lgs. 286/1998 ("permesso per casi speciali"): keep the Italian
# name in quotes.
victim-rights-art18-permit =
    这里有一些信息。
    意大利有一种特别居留许可，给来自其他国家、遭受过暴力或严重剥削并且处于危险中的人（"casi speciali"，art. 18 d.lgs. 286/1998）。
    来自欧盟国家的人，例如罗马尼亚或保加利亚，不需要许可。他们可以得到同样的帮助。
# Who proposes the permit. Keep "Questura" in Italian.
victim-rights-art18-paths =
    怎么办理：
    负责外国人事务的警察局（Questura）发放许可。检察官可以在有人报案后提出申请。社会服务机构或经过认证的组织也可以提出：这种情况下，法律不要求报案。
    实际做法在不同城市会不一样。求助热线可以向你解释你所在的地方适用什么。
# What the permit gives. Example: { $phone } = "800 290 290".
victim-rights-art18-access =
    它能给你什么：
    许可有效期六个月。可以续一年，如果法院的案件需要，可以更长。有了它，你可以得到帮助、学习和工作。以后它可以换成工作或学习许可。
    如果你离开项目，许可可能会被取消。
    求助热线可以和你一起看看它是否可能适合你的情况：拨打 { $phone }，或者在这里和工作人员聊天。

# The single protection programme (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016;
# the older art. 13 L. 228/2003 is cited too). One programme, not two steps.
victim-rights-programme =
    这里有一些信息。
    在意大利，有一个帮助被剥削者的项目（art. 18 c.3-bis d.lgs. 286/1998，art. 13 L. 228/2003）。
    首先，它可以提供安全的住处、食物、医疗和法律帮助。
# The programme, continued. Example: { $phone } = "800 290 290".
victim-rights-programme-next =
    之后：
    它可以帮助你开始新的生活：语言课、职业培训和工作。
    意大利很多地方都有地方项目在负责它。想了解的话，请拨打 { $phone }，或者在这里和工作人员聊天。
# Health care without papers (STP code: keep the Italian abbreviation).
victim-rights-health =
    关于医疗：
    没有证件，你也可以在医院和医生那里得到紧急和必要的医疗（STP 代码）。
    去医院或看医生不会导致你被报告给警察（art. 35 c.5 d.lgs. 286/1998）。

# Work exploitation. Keep "caporalato" in Italian.
victim-rights-work =
    这里有一些信息。
    帮助不只针对性剥削。被强迫工作、乞讨或犯罪的人也可以得到帮助。
    你做过的工作，有权拿到工资，没有合同或居留许可也是这样。
# Signs at work, and the art. 18-ter permit (d.l. 145/2024).
victim-rights-work-signs =
    有几点需要知道：
    如果雇主扣着你的护照或证件，或者你必须向带你来意大利的人还“债”，这些都是被剥削的迹象。求助热线在这两方面都可以帮你。
    剥削劳动者是犯罪（caporalato，art. 603-bis c.p.）。来自欧盟以外、帮助揭露事实的劳动者，可能获得一种特别许可（art. 18-ter d.lgs. 286/1998）。

# Shown after every topic above. Example: { $phone } = "800 290 290", { $emergency } = "112".
victim-rights-always =
    有用的信息：
    求助不等于向警察报案：由你决定。得到帮助不需要居留许可或证件。
    拨打 { $phone } 是免费的，可以匿名，白天晚上都可以，有多种语言。这个聊天是保密的，但不是匿名的。
    有危险时，请拨打 { $emergency }。

## Help near you

# No { $region } on purpose: echoing what the person typed would repeat it on the lock screen.
victim-where-found = 谢谢。这是我找到的信息：

## Talk to a person

# The person asked for an operator. { $case } = "12": a reference number, not a police case.
victim-person-queued =
    好的，谢谢。
    我正在请一位求助热线的工作人员在这里回复你。你的参考编号是 { $case }。
    等待的时候你可以继续写。输入 /exit 会删除这个聊天。有危险时：{ $emergency }。

## Danger now

# After "I am in danger now": warmth and the emergency number first, then an urgent request.
# Example: { $emergency } = "112".
victim-danger-call =
    谢谢你告诉我。你不是一个人。
    如果可以，请现在拨打 { $emergency }。它是免费的，手机没有话费也可以打。
# Right after victim-danger-call. { $case } = "12": a reference number, not a police case.
victim-danger-queued =
    你的参考编号是 { $case }。
    工作人员会尽快在这里回复你。你可以继续写。
    要快速隐藏这个聊天，请输入 /exit。
