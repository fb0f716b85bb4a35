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
    ঠিক আছে। আপনি ইতালির কোথায় আছেন?
    ইতালির একটি অংশ বেছে নিন, অথবা আপনার শহরের নাম লিখুন, যেমন Milano বা Palermo।
    দয়া করে ঠিকানা লিখবেন না।
# Buttons of dir-where-ask (≤ 30 characters each).
dir-area-north-west = উত্তর-পশ্চিম (Torino, Milano)
dir-area-north-east = উত্তর-পূর্ব (Venezia, Bologna)
dir-area-centre = মধ্য (Firenze, Roma)
dir-area-south = দক্ষিণ (Napoli, Bari)
dir-area-islands = সিসিলি ও সার্দিনিয়া
# Asked after a part of Italy; the regions of that part of Italy are its buttons.
dir-region-ask = আপনি কোন অঞ্চলে (রিজিওন) আছেন?

## Region buttons (≤ 30 characters each)

dir-region-piemonte = পিয়েমন্তে (Piemonte)
dir-region-valle-d-aosta = আওস্তা (Valle d'Aosta)
dir-region-lombardia = লম্বার্ডি (Lombardia)
dir-region-liguria = লিগুরিয়া (Liguria)
dir-region-trentino-alto-adige = Trentino-Alto Adige
dir-region-veneto = ভেনেতো (Veneto)
# same-as-en
dir-region-friuli-venezia-giulia = Friuli Venezia Giulia
# same-as-en
dir-region-emilia-romagna = Emilia-Romagna
dir-region-toscana = তোসকানা (Toscana)
dir-region-umbria = উম্ব্রিয়া (Umbria)
dir-region-marche = মার্কে (Marche)
dir-region-lazio = লাৎসিও (Lazio)
dir-region-abruzzo = আব্রুৎসো (Abruzzo)
dir-region-molise = মোলিসে (Molise)
dir-region-campania = কাম্পানিয়া (Campania)
dir-region-puglia = পুলিয়া (Puglia)
dir-region-basilicata = বাসিলিকাতা (Basilicata)
dir-region-calabria = কালাব্রিয়া (Calabria)
dir-region-sicilia = সিসিলি (Sicilia)
dir-region-sardegna = সার্দিনিয়া (Sardegna)
