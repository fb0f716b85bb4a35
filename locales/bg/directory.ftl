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
    Добре. Къде в Италия се намираш?
    Избери част от Италия или напиши името на своя град, например Милано или Палермо.
    Моля, не пиши адрес.
# Buttons of dir-where-ask (≤ 30 characters each).
dir-area-north-west = Северозапад (Торино, Милано)
dir-area-north-east = Североизток (Венеция, Болоня)
dir-area-centre = Център (Флоренция, Рим)
dir-area-south = Юг (Неапол, Бари)
dir-area-islands = Сицилия и Сардиния
# Asked after a part of Italy; the regions of that part of Italy are its buttons.
dir-region-ask = В кой регион се намираш?

## Region buttons (≤ 30 characters each)

dir-region-piemonte = Пиемонт (Piemonte)
dir-region-valle-d-aosta = Вале д'Аоста (Valle d'Aosta)
dir-region-lombardia = Ломбардия (Lombardia)
dir-region-liguria = Лигурия (Liguria)
dir-region-trentino-alto-adige = Трентино-Алто Адидже
dir-region-veneto = Венето (Veneto)
dir-region-friuli-venezia-giulia = Фриули-Венеция Джулия
dir-region-emilia-romagna = Емилия-Романя
dir-region-toscana = Тоскана (Toscana)
dir-region-umbria = Умбрия (Umbria)
dir-region-marche = Марке (Marche)
dir-region-lazio = Лацио (Lazio)
dir-region-abruzzo = Абруцо (Abruzzo)
dir-region-molise = Молизе (Molise)
dir-region-campania = Кампания (Campania)
dir-region-puglia = Пулия (Puglia)
dir-region-basilicata = Базиликата (Basilicata)
dir-region-calabria = Калабрия (Calabria)
dir-region-sicilia = Сицилия (Sicilia)
dir-region-sardegna = Сардиния (Sardegna)
