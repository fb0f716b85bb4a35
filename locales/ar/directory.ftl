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
    حسناً. في أي مكان من إيطاليا أنت؟
    يمكنك اختيار منطقة من إيطاليا، أو كتابة اسم مدينتك، مثلاً ميلانو أو باليرمو.
    يُرجى عدم كتابة عنوان.
# Buttons of dir-where-ask (≤ 30 characters each).
dir-area-north-west = شمال غرب (تورينو، ميلانو)
dir-area-north-east = شمال شرق (البندقية، بولونيا)
dir-area-centre = الوسط (فلورنسا، روما)
dir-area-south = الجنوب (نابولي، باري)
dir-area-islands = صقلية وسردينيا
# Asked after a part of Italy; the regions of that part of Italy are its buttons.
dir-region-ask = في أي إقليم أنت؟

## Region buttons (≤ 30 characters each)

dir-region-piemonte = بيدمونت (Piemonte)
dir-region-valle-d-aosta = وادي أوستا (Valle d'Aosta)
dir-region-lombardia = لومبارديا (Lombardia)
dir-region-liguria = ليغوريا (Liguria)
dir-region-trentino-alto-adige = ترينتينو ألتو أديجي
dir-region-veneto = فينيتو (Veneto)
dir-region-friuli-venezia-giulia = فريولي فينيتسيا جوليا
dir-region-emilia-romagna = إميليا رومانيا
dir-region-toscana = توسكانا (Toscana)
dir-region-umbria = أومبريا (Umbria)
dir-region-marche = ماركي (Marche)
dir-region-lazio = لاتسيو (Lazio)
dir-region-abruzzo = أبروتسو (Abruzzo)
dir-region-molise = موليزي (Molise)
dir-region-campania = كامبانيا (Campania)
dir-region-puglia = بوليا (Puglia)
dir-region-basilicata = بازيليكاتا (Basilicata)
dir-region-calabria = كالابريا (Calabria)
dir-region-sicilia = صقلية (Sicilia)
dir-region-sardegna = سردينيا (Sardegna)
