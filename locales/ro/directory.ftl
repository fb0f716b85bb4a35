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
    Bine. Unde te afli în Italia?
    Alege o zonă a Italiei sau scrie numele orașului tău, de exemplu Milano sau Palermo.
    Te rog nu scrie o adresă.
# Buttons of dir-where-ask (≤ 30 characters each).
dir-area-north-west = Nord-vest (Torino, Milano)
dir-area-north-east = Nord-est (Veneția, Bologna)
dir-area-centre = Centru (Florența, Roma)
dir-area-south = Sud (Napoli, Bari)
dir-area-islands = Sicilia și Sardinia
# Asked after a part of Italy; the regions of that part of Italy are its buttons.
dir-region-ask = În ce regiune te afli?

## Region buttons (≤ 30 characters each)

dir-region-piemonte = Piemont (Piemonte)
dir-region-valle-d-aosta = Valea Aosta (Valle d'Aosta)
dir-region-lombardia = Lombardia
# same-as-en
dir-region-liguria = Liguria
dir-region-trentino-alto-adige = Trentino-Tirolul de Sud
# same-as-en
dir-region-veneto = Veneto
# same-as-en
dir-region-friuli-venezia-giulia = Friuli Venezia Giulia
# same-as-en
dir-region-emilia-romagna = Emilia-Romagna
dir-region-toscana = Toscana
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
dir-region-sicilia = Sicilia
# same-as-en
dir-region-sardegna = Sardinia (Sardegna)
