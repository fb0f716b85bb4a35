### varco-review: unreviewed
### legal-review: none
### Aiuto vicino a te (flusso vittima, dopo "Aiuto vicino a me"): la persona scrive una città,
### oppure sceglie una parte d'Italia e poi una regione. I nomi dei partner vengono da
### deploy/directory.toml e non si traducono. Etichette dei pulsanti ≤ 30 caratteri.

# Dopo "Aiuto vicino a me", con le cinque parti d'Italia come pulsanti; la persona può anche
# scrivere una città. La prima riga si vede sulla schermata di blocco: deve restare neutra.
dir-where-ask =
    Va bene. In quale parte d'Italia ti trovi?
    Scegli una parte d'Italia, oppure scrivi il nome della tua città, per esempio Milano o Palermo.
    Non scrivere un indirizzo.
dir-area-north-west = Nord-ovest (Torino, Milano)
dir-area-north-east = Nord-est (Venezia, Bologna)
dir-area-centre = Centro (Firenze, Roma)
dir-area-south = Sud (Napoli, Bari)
dir-area-islands = Sicilia e Sardegna
# Dopo la scelta di una parte d'Italia; le regioni di quella parte sono i pulsanti.
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
