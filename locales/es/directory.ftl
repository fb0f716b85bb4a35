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
    Vale. ¿En qué parte de Italia estás?
    Elige una zona de Italia o escribe el nombre de tu ciudad, por ejemplo Milán o Palermo.
    Por favor, no escribas una dirección.
# Buttons of dir-where-ask (≤ 30 characters each).
dir-area-north-west = Noroeste (Turín, Milán)
dir-area-north-east = Noreste (Venecia, Bolonia)
dir-area-centre = Centro (Florencia, Roma)
dir-area-south = Sur (Nápoles, Bari)
dir-area-islands = Sicilia y Cerdeña
# Asked after a part of Italy; the regions of that part of Italy are its buttons.
dir-region-ask = ¿En qué región estás?

## Region buttons (≤ 30 characters each)

dir-region-piemonte = Piamonte (Piemonte)
dir-region-valle-d-aosta = Valle de Aosta (Valle d'Aosta)
dir-region-lombardia = Lombardía (Lombardia)
# same-as-en
dir-region-liguria = Liguria
dir-region-trentino-alto-adige = Trentino-Alto Adigio
dir-region-veneto = Véneto (Veneto)
dir-region-friuli-venezia-giulia = Friuli-Venecia Julia
dir-region-emilia-romagna = Emilia-Romaña
dir-region-toscana = Toscana
dir-region-umbria = Umbría (Umbria)
dir-region-marche = Marcas (Marche)
dir-region-lazio = Lacio (Lazio)
dir-region-abruzzo = Abruzos (Abruzzo)
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
dir-region-sardegna = Cerdeña (Sardegna)
