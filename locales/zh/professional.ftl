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
    感谢您的来信。
    求助热线也为接触到可能需要保护的人的机构和服务提供支持。
# The menu question; options below.
professional-menu-ask = 您想了解什么？
# Button, ≤ 30 characters.
professional-opt-consult = 咨询
# Button, ≤ 30 characters.
professional-opt-referral = 转介程序

## Consultation

# Italian: "Lei". "Not a complaint to the police": the person decides.
professional-consult-advice =
    以下是一些信息。
    求助热线为接触到可能的人口贩运和剥削受害者的机构和组织提供咨询，包括各种形式：性剥削、劳动剥削、强迫乞讨、强迫犯罪。
    联系求助热线不等于向警察报案；由当事人决定。
# The legal measures, as general as the helpline's notes.
professional-consult-assess =
    此外：
    热线会和您一起评估是否符合支持措施的条件：统一保护项目（art. 18 c.3-bis d.lgs. 286/1998）、社会保护居留许可（"casi speciali"，art. 18 d.lgs. 286/1998；社会途径或司法途径），以及针对劳动剥削的 art. 18-ter d.lgs. 286/1998 许可。
    欧盟公民可以加入该项目，不需要许可。获得帮助不以持有许可为前提。
# Example: { $phone } = "800 290 290".
professional-consult-who =
    谁可以联系：
    社会服务和医疗服务、非政府组织、雇主和劳动者协会、执法部门、司法机关以及普通公民。
    请拨打 { $phone }（24 小时），或在这里和工作人员交谈。

## Referral procedure

# Since 2016 one programme (DPCM 16 May 2016); art. 13 L. 228/2003 is cited as the seed does.
professional-referral-local =
    以下是一些信息。
    求助热线把当事人转介到负责统一的脱离、援助和社会融入项目的地方项目（art. 18 c.3-bis d.lgs. 286/1998，2016年5月16日 DPCM；art. 13 L. 228/2003）。
# Example: { $phone } = "800 290 290".
professional-referral-transfer =
    它还在其他地区负责该项目的各个项目之间协调转移请求。
    如需转介某人，请拨打 { $phone }，或在这里和工作人员交谈。

## Talk to a person

# { $case } = "12": a reference number.
professional-person-queued =
    好的，谢谢。
    我正在请一位求助热线的工作人员在这里回复您。参考编号：{ $case }。
    您现在就可以写下您的问题。输入 /menu 返回。
