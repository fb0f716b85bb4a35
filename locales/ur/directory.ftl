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
    ٹھیک ہے۔ آپ اٹلی میں کہاں ہیں؟
    اٹلی کا ایک حصہ چنیں، یا اپنے شہر کا نام لکھیں، مثلاً Milano یا Palermo۔
    براہ کرم پتہ نہ لکھیں۔
# Buttons of dir-where-ask (≤ 30 characters each).
dir-area-north-west = شمال مغرب (Torino, Milano)
dir-area-north-east = شمال مشرق (Venezia, Bologna)
dir-area-centre = وسط (Firenze, Roma)
dir-area-south = جنوب (Napoli, Bari)
dir-area-islands = سسلی اور سارڈینیا
# Asked after a part of Italy; the regions of that part of Italy are its buttons.
dir-region-ask = آپ کس علاقے (ریجن) میں ہیں؟

## Region buttons (≤ 30 characters each)

dir-region-piemonte = پیڈمونٹ (Piemonte)
dir-region-valle-d-aosta = آوستا وادی (Valle d'Aosta)
dir-region-lombardia = لومبارڈی (Lombardia)
dir-region-liguria = لیگوریا (Liguria)
dir-region-trentino-alto-adige = ترینتینو (Trentino-Alto Adige)
dir-region-veneto = وینیتو (Veneto)
# same-as-en
dir-region-friuli-venezia-giulia = Friuli Venezia Giulia
# same-as-en
dir-region-emilia-romagna = Emilia-Romagna
dir-region-toscana = ٹسکنی (Toscana)
dir-region-umbria = امبریا (Umbria)
dir-region-marche = مارکے (Marche)
dir-region-lazio = لاتسیو (Lazio)
dir-region-abruzzo = ابروتسو (Abruzzo)
dir-region-molise = مولیزے (Molise)
dir-region-campania = کمپانیا (Campania)
dir-region-puglia = پولیا (Puglia)
dir-region-basilicata = باسیلیکاتا (Basilicata)
dir-region-calabria = کلابریا (Calabria)
dir-region-sicilia = سسلی (Sicilia)
dir-region-sardegna = سارڈینیا (Sardegna)
