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
    Mirë. Ku ndodhesh në Itali?
    Zgjidh një pjesë të Italisë, ose shkruaj emrin e qytetit tënd, për shembull Milano ose Palermo.
    Të lutem mos shkruaj adresë.
# Buttons of dir-where-ask (≤ 30 characters each).
dir-area-north-west = Veriperëndim (Torino, Milano)
dir-area-north-east = Verilindje (Venecia, Bolonja)
dir-area-centre = Qendër (Firence, Romë)
dir-area-south = Jug (Napoli, Bari)
dir-area-islands = Sicilia dhe Sardenja
# Asked after a part of Italy; the regions of that part of Italy are its buttons.
dir-region-ask = Në cilin rajon ndodhesh?

## Region buttons (≤ 30 characters each)

dir-region-piemonte = Piemonte
dir-region-valle-d-aosta = Lugina e Aostës
dir-region-lombardia = Lombardia
# same-as-en
dir-region-liguria = Liguria
dir-region-trentino-alto-adige = Trentino-Alto Adixhe
# same-as-en
dir-region-veneto = Veneto
dir-region-friuli-venezia-giulia = Friuli-Venecia Xhulia
dir-region-emilia-romagna = Emilia-Romanja
dir-region-toscana = Toskana (Toscana)
# same-as-en
dir-region-umbria = Umbria
dir-region-marche = Marke (Marche)
dir-region-lazio = Lacio (Lazio)
dir-region-abruzzo = Abruco (Abruzzo)
dir-region-molise = Molize (Molise)
dir-region-campania = Kampania (Campania)
dir-region-puglia = Pulia (Puglia)
dir-region-basilicata = Bazilikata (Basilicata)
dir-region-calabria = Kalabria (Calabria)
dir-region-sicilia = Sicilia
dir-region-sardegna = Sardenja (Sardegna)
