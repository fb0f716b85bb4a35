### varco-review: unreviewed
### legal-review: none
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Help near you (victim flow, after "Help near me"): the person types a city, or chooses a
### part of Italy and then a region. The partners' names come from deploy/directory.toml and
### are never translated. Region names: the English name, with the Italian one in brackets
### where it differs (people see the Italian one on signs). Button labels ≤ 30 characters.

# Asked after "Help near me", with the five parts of Italy below as buttons; the person may
# also type a city instead. The first line shows on a lock screen: keep it neutral. The
# cities in brackets on the buttons are examples for each part of Italy.
dir-where-ask =
    好的。你在意大利的哪里？
    请选择意大利的一个地区，或者写下你所在城市的名字，例如米兰或巴勒莫。
    请不要写地址。
# Buttons of dir-where-ask (≤ 30 characters each).
dir-area-north-west = 西北部（都灵、米兰）
dir-area-north-east = 东北部（威尼斯、博洛尼亚）
dir-area-centre = 中部（佛罗伦萨、罗马）
dir-area-south = 南部（那不勒斯、巴里）
dir-area-islands = 西西里岛和撒丁岛
# Asked after a part of Italy; the regions of that part of Italy are its buttons.
dir-region-ask = 你在哪个大区？

## Region buttons (≤ 30 characters each)

dir-region-piemonte = 皮埃蒙特 (Piemonte)
dir-region-valle-d-aosta = 瓦莱达奥斯塔 (Valle d'Aosta)
dir-region-lombardia = 伦巴第 (Lombardia)
dir-region-liguria = 利古里亚 (Liguria)
dir-region-trentino-alto-adige = 特伦蒂诺-上阿迪杰
dir-region-veneto = 威尼托 (Veneto)
dir-region-friuli-venezia-giulia = 弗留利-威尼斯朱利亚
dir-region-emilia-romagna = 艾米利亚-罗马涅 (Emilia-Romagna)
dir-region-toscana = 托斯卡纳 (Toscana)
dir-region-umbria = 翁布里亚 (Umbria)
dir-region-marche = 马尔凯 (Marche)
dir-region-lazio = 拉齐奥 (Lazio)
dir-region-abruzzo = 阿布鲁佐 (Abruzzo)
dir-region-molise = 莫利塞 (Molise)
dir-region-campania = 坎帕尼亚 (Campania)
dir-region-puglia = 普利亚 (Puglia)
dir-region-basilicata = 巴西利卡塔 (Basilicata)
dir-region-calabria = 卡拉布里亚 (Calabria)
dir-region-sicilia = 西西里 (Sicilia)
dir-region-sardegna = 撒丁 (Sardegna)
