### varco-review: unreviewed
### legal-review: none
### Aiuto vicino a te (flusso vittima, dopo "Aiuto vicino a me"): la persona scrive una città,
### oppure sceglie una parte d'Italia e poi una regione. I nomi dei partner vengono da
### deploy/directory.toml e non si traducono. Etichette dei pulsanti ≤ 30 caratteri.

# Dopo "Aiuto vicino a me"; senza pulsanti, la persona scrive. La prima riga si vede sulla
# schermata di blocco: deve restare neutra. Tenere i numeri 1–5 e il loro ordine (il flusso
# li legge); le città tra parentesi sono esempi per ogni parte d'Italia.
dir-where-ask =
    Va bene. In quale parte d'Italia ti trovi?
    Scrivi il nome della tua città, per esempio Milano o Palermo.
    Non scrivere un indirizzo.
    Oppure scrivi un numero per scegliere la tua regione:
    1 Nord-ovest (Torino, Milano, Genova)
    2 Nord-est (Venezia, Bologna, Trento, Bolzano)
    3 Centro (Firenze, Roma)
    4 Sud (Napoli, Bari)
    5 Sicilia e Sardegna
    /menu per tornare indietro.
# Dopo un numero 1–5 qui sopra; le regioni di quella parte d'Italia sono i pulsanti.
dir-region-ask = In quale regione ti trovi?

## Pulsanti delle regioni (≤ 30 caratteri ciascuno)

dir-region-piemonte = Piemonte
dir-region-valle-d-aosta = Valle d'Aosta
dir-region-lombardia = Lombardia
dir-region-liguria = Liguria
dir-region-trentino-alto-adige = Trentino-Alto Adige
dir-region-veneto = Veneto
dir-region-friuli-venezia-giulia = Friuli Venezia Giulia
dir-region-emilia-romagna = Emilia-Romagna
dir-region-toscana = Toscana
dir-region-umbria = Umbria
dir-region-marche = Marche
dir-region-lazio = Lazio
dir-region-abruzzo = Abruzzo
dir-region-molise = Molise
dir-region-campania = Campania
dir-region-puglia = Puglia
dir-region-basilicata = Basilicata
dir-region-calabria = Calabria
dir-region-sicilia = Sicilia
dir-region-sardegna = Sardegna
