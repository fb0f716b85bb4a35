### varco-review: reviewed
### legal-review: none
### Help near you (victim flow, after "Help near me"): the person types a city, or chooses a
### part of Italy and then a region. The partners' names come from deploy/directory.toml and
### are never translated. Region names: the English name, with the Italian one in brackets
### where it differs (people see the Italian one on signs). Button labels ≤ 30 characters.

# Asked after "Help near me"; no buttons, the person types. The first line shows on a lock
# screen: keep it neutral. Keep the numbers 1–5 and their order (the flow reads them); the
# cities in brackets are examples for each part of Italy.
dir-where-ask =
    Ok. Where in Italy are you?
    Write the name of your city, for example Milan or Palermo.
    Please do not write an address.
    Or write a number to choose your region:
    1 North-west (Turin, Milan, Genoa)
    2 North-east (Venice, Bologna, Trento, Bolzano)
    3 Centre (Florence, Rome)
    4 South (Naples, Bari)
    5 Sicily and Sardinia
    /menu to go back.
# Asked after a number 1–5 above; the regions of that part of Italy are its buttons.
dir-region-ask = Which region are you in?

## Region buttons (≤ 30 characters each)

dir-region-piemonte = Piedmont (Piemonte)
dir-region-valle-d-aosta = Aosta Valley (Valle d'Aosta)
dir-region-lombardia = Lombardy (Lombardia)
dir-region-liguria = Liguria
dir-region-trentino-alto-adige = Trentino-South Tyrol
dir-region-veneto = Veneto
dir-region-friuli-venezia-giulia = Friuli Venezia Giulia
dir-region-emilia-romagna = Emilia-Romagna
dir-region-toscana = Tuscany (Toscana)
dir-region-umbria = Umbria
dir-region-marche = Marche
dir-region-lazio = Lazio
dir-region-abruzzo = Abruzzo
dir-region-molise = Molise
dir-region-campania = Campania
dir-region-puglia = Apulia (Puglia)
dir-region-basilicata = Basilicata
dir-region-calabria = Calabria
dir-region-sicilia = Sicily (Sicilia)
dir-region-sardegna = Sardinia (Sardegna)
