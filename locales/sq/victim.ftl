### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Victim flow: rights and ways out, help near you, talk to a person, danger now.
### Legal texts stay as general as the helpline's legal notes; never promise outcomes.
### For translators: CEFR A2, the plain sentence first and the legal reference after it in
### brackets. Italian legal terms stay in Italian, in brackets or quotes: "casi speciali",
### caporalato, Questura, STP, and the references (art. 18 d.lgs. 286/1998…). The first
### line of each message is what a lock screen shows: keep it neutral.
### { $phone } = "800 290 290", { $emergency } = "112" in every message.

## Menu

# After "I need help for myself".
victim-intro =
    Faleminderit që ma the.
    Këtu mund të gjesh informacione, ndihmë pranë teje, ose të flasësh me një person.
    Ka njerëz që mund të të ndihmojnë.
# The menu question; options below.
victim-menu-ask = Çfarë do të bësh?
# Button, ≤ 30 characters.
victim-opt-rights = Të drejtat, rrugëdaljet
# Button, ≤ 30 characters.
victim-opt-where = Ndihmë pranë meje
# Button, ≤ 30 characters: answered with the emergency number and an urgent request.
victim-opt-danger = Jam në rrezik tani

## Rights and ways out

# The topics question; options below.
victim-rights-ask =
    Zgjidh një temë.
    Ka rrugëdalje, dhe ndihma është falas.
# Button, ≤ 30 characters: the art. 18 permit.
victim-rights-opt-permit = Leja e qëndrimit
# Button, ≤ 30 characters: the protection programme.
victim-rights-opt-programme = Strehim, kujdes, fillim i ri
# Button, ≤ 30 characters: work, pay, documents and debt. Must not read as an accusation.
victim-rights-opt-work = Puna, pagesa, dokumentet

# The permit of art. 18 d.lgs. 286/1998 ("permesso per casi speciali"): keep the Italian
# name in quotes.
victim-rights-art18-permit =
    Ja disa informacione.
    Italia ka një leje qëndrimi të veçantë për njerëz nga vende të tjera që kanë pësuar dhunë ose shfrytëzim të rëndë dhe janë në rrezik ("casi speciali", art. 18 d.lgs. 286/1998).
    Njerëzit nga vendet e BE-së, për shembull Rumania ose Bullgaria, nuk kanë nevojë për leje. Mund të marrin të njëjtën ndihmë.
# Who proposes the permit. Keep "Questura" in Italian.
victim-rights-art18-paths =
    Si funksionon:
    Zyra e policisë për të huajt (Questura) e jep lejen. Një prokuror mund ta propozojë, pas një kallëzimi. Edhe shërbimet sociale ose një organizatë e akredituar mund ta propozojnë: në këtë rast ligji nuk kërkon kallëzim.
    Në praktikë ndryshon nga qyteti në qytet. Linja e ndihmës mund të të shpjegojë çfarë vlen aty ku je.
# What the permit gives. Example: { $phone } = "800 290 290".
victim-rights-art18-access =
    Çfarë mund të të japë:
    Leja është për gjashtë muaj. Mund të rinovohet për një vit, ose për më gjatë nëse e kërkon një çështje në gjykatë. Me të mund të marrësh ndihmë, të studiosh dhe të punosh. Më vonë mund të bëhet leje pune ose studimi.
    Nëse largohesh nga programi, leja mund të mbarojë.
    Linja e ndihmës mund të kontrollojë bashkë me ty nëse mund t'i përshtatet situatës tënde: telefono { $phone }, ose fol me një person këtu.

# The single protection programme (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016;
# the older art. 13 L. 228/2003 is cited too). One programme, not two steps.
victim-rights-programme =
    Ja disa informacione.
    Në Itali ka një program për njerëzit që janë shfrytëzuar (art. 18 c.3-bis d.lgs. 286/1998, art. 13 L. 228/2003).
    Së pari, mund të ofrojë një vend të sigurt për të qëndruar, ushqim, kujdes shëndetësor dhe ndihmë ligjore.
# The programme, continued. Example: { $phone } = "800 290 290".
victim-rights-programme-next =
    Pas kësaj:
    mund të të ndihmojë të ndërtosh një jetë të re: mësime gjuhe, trajnim dhe punë.
    E drejtojnë projekte vendore në shumë pjesë të Italisë. Për të pyetur, telefono { $phone } ose fol me një person këtu.
# Health care without papers (STP code: keep the Italian abbreviation).
victim-rights-health =
    Për kujdesin shëndetësor:
    pa letra, mund të marrësh gjithsesi kujdes urgjent dhe të domosdoshëm në spitale dhe te mjekët (kodi STP).
    Të shkosh në spital ose te mjeku nuk të çon në kallëzim në polici (art. 35 c.5 d.lgs. 286/1998).

# Work exploitation. Keep "caporalato" in Italian.
victim-rights-work =
    Ja disa informacione.
    Ndihma nuk është vetëm për shfrytëzimin seksual. Është edhe për njerëzit që detyrohen të punojnë, të lypin ose të bëjnë krime.
    Ke të drejtë të paguhesh për punën që ke bërë, edhe pa kontratë ose pa leje.
# Signs at work, and the art. 18-ter permit (d.l. 145/2024).
victim-rights-work-signs =
    Disa gjëra për të ditur:
    Nëse një punëdhënës mban pasaportën ose dokumentet e tua, ose nëse duhet t'u paguash një "borxh" njerëzve që të sollën në Itali, këto janë shenja shfrytëzimi. Linja e ndihmës mund të të ndihmojë për të dyja.
    Shfrytëzimi i njerëzve në punë është krim (caporalato, art. 603-bis c.p.). Njerëzit nga jashtë BE-së që punojnë dhe ndihmojnë të dalin në dritë faktet mund të marrin një leje të veçantë (art. 18-ter d.lgs. 286/1998).

# Shown after every topic above. Example: { $phone } = "800 290 290", { $emergency } = "112".
victim-rights-always =
    Mirë ta dish:
    Të kërkosh ndihmë nuk është kallëzim në polici: vendos ti. Nuk të duhet leje ose dokumente për të marrë ndihmë.
    Një telefonatë në { $phone } është falas dhe mund të jetë anonime, ditë e natë, në shumë gjuhë. Kjo bisedë është konfidenciale, por jo anonime.
    Në rrezik, telefono { $emergency }.

## Help near you

# No { $region } on purpose: echoing what the person typed would repeat it on the lock screen.
victim-where-found = Faleminderit. Ja çfarë gjeta:

## Talk to a person

# The person asked for an operator. { $case } = "12": a reference number, not a police case.
victim-person-queued =
    Mirë, faleminderit.
    Po i kërkoj një personi nga linja e ndihmës të të përgjigjet këtu. Numri yt i referencës është { $case }.
    Mund të shkruash ndërsa pret. /exit e fshin këtë bisedë. Në rrezik: { $emergency }.

## Danger now

# After "I am in danger now": warmth and the emergency number first, then an urgent request.
# Example: { $emergency } = "112".
victim-danger-call =
    Faleminderit që ma the. Nuk je vetëm.
    Nëse mundesh, telefono { $emergency } tani. Është falas dhe funksionon edhe pa kredit në telefon.
# Right after victim-danger-call. { $case } = "12": a reference number, not a police case.
victim-danger-queued =
    Numri yt i referencës është { $case }.
    Një person do të të përgjigjet këtu sa më shpejt. Mund të vazhdosh të shkruash.
    Për ta fshehur shpejt këtë bisedë, shkruaj /exit.
