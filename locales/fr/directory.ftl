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
    D'accord. Où es-tu en Italie ?
    Choisis une partie de l'Italie, ou écris le nom de ta ville, par exemple Milan ou Palerme.
    S'il te plaît, n'écris pas d'adresse.
# Buttons of dir-where-ask (≤ 30 characters each).
dir-area-north-west = Nord-Ouest (Turin, Milan)
dir-area-north-east = Nord-Est (Venise, Bologne)
# same-as-en
dir-area-centre = Centre (Florence, Rome)
dir-area-south = Sud (Naples, Bari)
dir-area-islands = Sicile et Sardaigne
# Asked after a part of Italy; the regions of that part of Italy are its buttons.
dir-region-ask = Dans quelle région es-tu ?

## Region buttons (≤ 30 characters each)

dir-region-piemonte = Piémont (Piemonte)
dir-region-valle-d-aosta = Vallée d'Aoste
dir-region-lombardia = Lombardie (Lombardia)
dir-region-liguria = Ligurie (Liguria)
dir-region-trentino-alto-adige = Trentin-Haut-Adige
dir-region-veneto = Vénétie (Veneto)
dir-region-friuli-venezia-giulia = Frioul-Vénétie Julienne
dir-region-emilia-romagna = Émilie-Romagne
dir-region-toscana = Toscane (Toscana)
dir-region-umbria = Ombrie (Umbria)
dir-region-marche = Marches (Marche)
dir-region-lazio = Latium (Lazio)
dir-region-abruzzo = Abruzzes (Abruzzo)
# same-as-en
dir-region-molise = Molise
dir-region-campania = Campanie (Campania)
dir-region-puglia = Pouilles (Puglia)
dir-region-basilicata = Basilicate (Basilicata)
dir-region-calabria = Calabre (Calabria)
dir-region-sicilia = Sicile (Sicilia)
dir-region-sardegna = Sardaigne (Sardegna)
