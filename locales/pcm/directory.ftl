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
    Ok. Which side of Italy you dey?
    Choose one part of Italy, or write di name of your city, for example Milan or Palermo.
    Abeg no write address.
# Buttons of dir-where-ask (≤ 30 characters each).
# same-as-en
dir-area-north-west = North-west (Turin, Milan)
# same-as-en
dir-area-north-east = North-east (Venice, Bologna)
# same-as-en
dir-area-centre = Centre (Florence, Rome)
# same-as-en
dir-area-south = South (Naples, Bari)
# same-as-en
dir-area-islands = Sicily and Sardinia
# Asked after a part of Italy; the regions of that part of Italy are its buttons.
dir-region-ask = Which region you dey?

## Region buttons (≤ 30 characters each)

# same-as-en
dir-region-piemonte = Piedmont (Piemonte)
# same-as-en
dir-region-valle-d-aosta = Aosta Valley (Valle d'Aosta)
# same-as-en
dir-region-lombardia = Lombardy (Lombardia)
# same-as-en
dir-region-liguria = Liguria
# same-as-en
dir-region-trentino-alto-adige = Trentino-South Tyrol
# same-as-en
dir-region-veneto = Veneto
# same-as-en
dir-region-friuli-venezia-giulia = Friuli Venezia Giulia
# same-as-en
dir-region-emilia-romagna = Emilia-Romagna
# same-as-en
dir-region-toscana = Tuscany (Toscana)
# same-as-en
dir-region-umbria = Umbria
# same-as-en
dir-region-marche = Marche
# same-as-en
dir-region-lazio = Lazio
# same-as-en
dir-region-abruzzo = Abruzzo
# same-as-en
dir-region-molise = Molise
# same-as-en
dir-region-campania = Campania
# same-as-en
dir-region-puglia = Apulia (Puglia)
# same-as-en
dir-region-basilicata = Basilicata
# same-as-en
dir-region-calabria = Calabria
# same-as-en
dir-region-sicilia = Sicily (Sicilia)
# same-as-en
dir-region-sardegna = Sardinia (Sardegna)
