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
    Certo. Em que parte da Itália você está?
    Escolha uma parte da Itália, ou escreva o nome da sua cidade, por exemplo Milão ou Palermo.
    Por favor, não escreva um endereço.
# Buttons of dir-where-ask (≤ 30 characters each).
dir-area-north-west = Noroeste (Turim, Milão)
dir-area-north-east = Nordeste (Veneza, Bolonha)
dir-area-centre = Centro (Florença, Roma)
dir-area-south = Sul (Nápoles, Bari)
dir-area-islands = Sicília e Sardenha
# Asked after a part of Italy; the regions of that part of Italy are its buttons.
dir-region-ask = Em que região você está?

## Region buttons (≤ 30 characters each)

dir-region-piemonte = Piemonte
dir-region-valle-d-aosta = Vale de Aosta (Valle d'Aosta)
dir-region-lombardia = Lombardia
dir-region-liguria = Ligúria (Liguria)
dir-region-trentino-alto-adige = Trentino-Alto Ádige
dir-region-veneto = Vêneto (Veneto)
dir-region-friuli-venezia-giulia = Friul-Veneza Júlia
dir-region-emilia-romagna = Emília-Romanha
dir-region-toscana = Toscana
dir-region-umbria = Úmbria (Umbria)
dir-region-marche = Marcas (Marche)
dir-region-lazio = Lácio (Lazio)
# same-as-en
dir-region-abruzzo = Abruzzo
# same-as-en
dir-region-molise = Molise
dir-region-campania = Campânia (Campania)
dir-region-puglia = Apúlia (Puglia)
# same-as-en
dir-region-basilicata = Basilicata
dir-region-calabria = Calábria (Calabria)
dir-region-sicilia = Sicília (Sicilia)
dir-region-sardegna = Sardenha (Sardegna)
