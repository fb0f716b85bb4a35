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
    ਠੀਕ ਹੈ। ਤੁਸੀਂ ਇਟਲੀ ਵਿੱਚ ਕਿੱਥੇ ਹੋ?
    ਇਟਲੀ ਦਾ ਇੱਕ ਹਿੱਸਾ ਚੁਣੋ, ਜਾਂ ਆਪਣੇ ਸ਼ਹਿਰ ਦਾ ਨਾਮ ਲਿਖੋ, ਜਿਵੇਂ Milano ਜਾਂ Palermo।
    ਕਿਰਪਾ ਕਰਕੇ ਪਤਾ ਨਾ ਲਿਖੋ।
# Buttons of dir-where-ask (≤ 30 characters each).
dir-area-north-west = ਉੱਤਰ-ਪੱਛਮ (Torino, Milano)
dir-area-north-east = ਉੱਤਰ-ਪੂਰਬ (Venezia, Bologna)
dir-area-centre = ਵਿਚਕਾਰ (Firenze, Roma)
dir-area-south = ਦੱਖਣ (Napoli, Bari)
dir-area-islands = ਸਿਸਲੀ ਅਤੇ ਸਾਰਡੀਨੀਆ
# Asked after a part of Italy; the regions of that part of Italy are its buttons.
dir-region-ask = ਤੁਸੀਂ ਕਿਹੜੇ ਖੇਤਰ (ਰੀਜਨ) ਵਿੱਚ ਹੋ?

## Region buttons (≤ 30 characters each)

dir-region-piemonte = ਪੀਏਮੋਂਤੇ (Piemonte)
dir-region-valle-d-aosta = ਆਓਸਤਾ (Valle d'Aosta)
dir-region-lombardia = ਲੋਂਬਾਰਦੀਆ (Lombardia)
dir-region-liguria = ਲਿਗੂਰੀਆ (Liguria)
dir-region-trentino-alto-adige = Trentino-Alto Adige
dir-region-veneto = ਵੇਨੇਤੋ (Veneto)
# same-as-en
dir-region-friuli-venezia-giulia = Friuli Venezia Giulia
# same-as-en
dir-region-emilia-romagna = Emilia-Romagna
dir-region-toscana = ਤੋਸਕਾਨਾ (Toscana)
dir-region-umbria = ਉਮਬਰੀਆ (Umbria)
dir-region-marche = ਮਾਰਕੇ (Marche)
dir-region-lazio = ਲਾਤਸੀਓ (Lazio)
dir-region-abruzzo = ਅਬਰੂਤਸੋ (Abruzzo)
dir-region-molise = ਮੋਲੀਜ਼ੇ (Molise)
dir-region-campania = ਕਾਮਪਾਨੀਆ (Campania)
dir-region-puglia = ਪੂਲੀਆ (Puglia)
dir-region-basilicata = ਬਾਜ਼ੀਲੀਕਾਤਾ (Basilicata)
dir-region-calabria = ਕਾਲਾਬਰੀਆ (Calabria)
dir-region-sicilia = ਸਿਸਲੀ (Sicilia)
dir-region-sardegna = ਸਾਰਡੀਨੀਆ (Sardegna)
