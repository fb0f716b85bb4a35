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
    Добре. Де саме в Італії ти зараз?
    Вибери частину Італії або напиши назву свого міста, наприклад Мілан чи Палермо.
    Будь ласка, не пиши адресу.
# Buttons of dir-where-ask (≤ 30 characters each).
dir-area-north-west = Пн. захід (Турин, Мілан)
dir-area-north-east = Пн. схід (Венеція, Болонья)
dir-area-centre = Центр (Флоренція, Рим)
dir-area-south = Південь (Неаполь, Барі)
dir-area-islands = Сицилія і Сардинія
# Asked after a part of Italy; the regions of that part of Italy are its buttons.
dir-region-ask = У якому регіоні ти зараз?

## Region buttons (≤ 30 characters each)

dir-region-piemonte = П'ємонт (Piemonte)
dir-region-valle-d-aosta = Валле-д'Аоста (Valle d'Aosta)
dir-region-lombardia = Ломбардія (Lombardia)
dir-region-liguria = Лігурія (Liguria)
dir-region-trentino-alto-adige = Трентіно-Альто-Адідже
dir-region-veneto = Венето (Veneto)
dir-region-friuli-venezia-giulia = Фріулі-Венеція-Джулія
dir-region-emilia-romagna = Емілія-Романья
dir-region-toscana = Тоскана (Toscana)
dir-region-umbria = Умбрія (Umbria)
dir-region-marche = Марке (Marche)
dir-region-lazio = Лаціо (Lazio)
dir-region-abruzzo = Абруццо (Abruzzo)
dir-region-molise = Молізе (Molise)
dir-region-campania = Кампанія (Campania)
dir-region-puglia = Апулія (Puglia)
dir-region-basilicata = Базиліката (Basilicata)
dir-region-calabria = Калабрія (Calabria)
dir-region-sicilia = Сицилія (Sicilia)
dir-region-sardegna = Сардинія (Sardegna)
