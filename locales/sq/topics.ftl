### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Topics flow (flows/topics.toml): the questions people ask, reached from the victim menu.
### Each topic is 2–4 short messages, then the topics menu again. Facts only from the
### helpline's legal notes; never promise an outcome. Not yet reviewed by a lawyer.
### For translators: button labels (-opt-, -answer-, -label) ≤ 30 characters; the FIRST
### LINE of every message shows on a lock screen, so it must say nothing about the subject;
### { $phone } is the national number (800 290 290), { $emergency } is 112; Italian legal
### terms and references in brackets stay as they are ("caporalato", "art. 603-bis c.p.").

## Menu

# Button in the victim menu that opens this flow.
topics-menu-label = Pyetje që bëjnë njerëzit
topics-menu-ask =
    Zgjidh një pyetje.
    Çdo përgjigje është e shkurtër. Pastaj kthehesh këtu.
# Opens the check ("Is this exploitation?"); worded so that nobody glancing at the screen
# reads what it is about.
topics-opt-check = Pyetje për situatën time
topics-opt-work = Puna dhe pagesa
topics-opt-asylum = Azili
topics-opt-health = Kujdesi shëndetësor
topics-opt-minors = Nën 18 vjeç
topics-opt-home = Kthimi në shtëpi pa rrezik
topics-opt-call = Çfarë ndodh nëse telefonoj
# After the check: back to the topics menu.
topics-opt-more = Pyetje të tjera

## Is this exploitation? Eight questions, each optional. Never a verdict.

topics-check-intro =
    Disa pyetje të shkurtra për situatën tënde.
    Përgjigju vetëm për atë që do. Mund të zgjedhësh gjithmonë “Parapëlqej të mos e them”.
    Nuk ka përgjigje të drejta ose të gabuara.
    Nëse një person nga linja e ndihmës të përgjigjet këtu, do t'i shohë përgjigjet e tua. Kështu nuk ke nevojë t'i thuash të gjitha përsëri.
# The three answers to every question below.
topics-answer-yes = Po
topics-answer-no = Jo
topics-answer-skip = Parapëlqej të mos e them
topics-check-documents =
    Pyetja 1 nga 8.
    A i mban dikush tjetër pasaportën ose dokumentet e tua, dhe ti nuk mund t'i marrësh mbrapsht?
topics-check-debt =
    Pyetja 2 nga 8.
    A duhet të kthesh një borxh te njerëzit që të sollën këtu ose të gjetën punën?
topics-check-movement =
    Pyetja 3 nga 8.
    A të pengon dikush të largohesh nga puna ose nga shtëpia, ose të shkosh ku të duash?
topics-check-threats =
    Pyetja 4 nga 8.
    A të ka kërcënuar ose lënduar dikush, ty ose njerëzit e tu të afërt?
topics-check-pay =
    Pyetja 5 nga 8.
    A ta mban dikush pagën, ose të paguan shumë më pak se sa u ra dakord?
topics-check-deceived =
    Pyetja 6 nga 8.
    A është puna shumë ndryshe nga ajo që të premtuan?
topics-check-housing =
    Pyetja 7 nga 8.
    A jeton aty ku punon, ose në një vend që zgjedh punëdhënësi?
topics-check-minor =
    Pyetja 8 nga 8.
    A ke më pak se 18 vjeç?
topics-check-thanks =
    Faleminderit për përgjigjet.
    Disa nga këto gjëra mund të jenë shenja shfrytëzimi. Mund të kenë edhe arsye të tjera.
    Vetëm një bisedë mund të tregojë më shumë.
topics-check-meaning =
    Çfarë mund të nënkuptojë:
    nëse u përgjigje “po” për një ose më shumë pyetje, mund të kesh të drejtë për ndihmë dhe mbrojtje. Kjo vlen edhe pa dokumente.
    Ndihma është falas. Nuk ke nevojë të vendosësh asgjë tani.
# Shown only to someone who answered "yes" to "Are you under 18?".
topics-check-under18 =
    Ti the që je nën 18 vjeç.
    Të rinjtë nën 18 vjeç kanë mbrojtje të veçantë në Itali (ligji 47/2017).
    Një person nga linja e ndihmës mund të ta shpjegojë.
topics-check-next-ask =
    Çfarë do të bësh tani?
    Të flasësh me një person është falas dhe konfidenciale. Mund të telefonosh edhe { $phone }.

## Work

topics-work-pay =
    Ja disa informacione për punën.
    Ke të drejtë të paguhesh për punën që ke bërë.
    Kjo vlen edhe pa kontratë ose pa leje.
topics-work-signs =
    Edhe dy gjëra për të ditur.
    Një punëdhënës që mban pasaportën ose dokumentet e tua: kjo është shenjë shfrytëzimi.
    Një “borxh” që duhet t'u paguash njerëzve që të sollën në Itali është gjithashtu shenjë.
    Linja e ndihmës mund të të ndihmojë për të dyja.
topics-work-law =
    Mirë ta dish:
    shfrytëzimi i njerëzve në punë është krim në Itali (“caporalato”, art. 603-bis c.p.).
    Ka një leje të veçantë për njerëzit e huaj që punojnë dhe ndihmojnë të dalin në dritë faktet (art. 18-ter d.lgs. 286/1998).
    Linja e ndihmës mund të të shpjegojë çfarë vlen për ty: telefono { $phone }, ose fol me një person këtu.

## Asylum

topics-asylum =
    Ja disa informacione.
    Mund të kërkosh mbrojtje ndërkombëtare (azil) dhe të marrësh në të njëjtën kohë ndihmë nga programi i mbrojtjes.
    Të dy sistemet punojnë bashkë. Mund të të dërgojnë nga njëri te tjetri.
topics-asylum-more =
    Për të ditur çfarë i përshtatet situatës tënde, telefono { $phone } ose fol me një person këtu.
    Të telefonosh ose të shkruash nuk është kallëzim në polici. Ti vendos çfarë të thuash.

## Health care

topics-health =
    Ja disa informacione për shëndetin.
    Mund të marrësh kujdes urgjent dhe të domosdoshëm edhe pa dokumente. Kërko një kod STP: është një kod shëndetësor për njerëzit e huaj pa letra.
topics-health-report =
    Mirë ta dish:
    të shkosh në spital ose te mjeku nuk të çon në kallëzim në polici (art. 35 c.5 d.lgs. 286/1998).
    Në rast urgjence, telefono { $emergency }.

## Under 18

topics-minors =
    Ja disa informacione për të rinjtë.
    Nëse je nën 18 vjeç, ligji të jep mbrojtje të veçantë në Itali (ligji 47/2017).
topics-minors-age =
    Të lutem na thuaj nëse je nën 18 vjeç.
    Thuaja personit që të përgjigjet këtu, ose kur telefonon { $phone }.
    Kështu e dinë çfarë ndihme të kërkojnë bashkë me ty.

## Going home

topics-home =
    Ja disa informacione për kthimin.
    Ka programe që i ndihmojnë njerëzit të kthehen në vendin e tyre pa rrezik, nëse e zgjedhin vetë (kthim vullnetar i asistuar; i drejton IOM).
topics-home-more =
    Është zgjedhja jote. Mund të qëndrosh edhe në Itali dhe të kërkosh ndihmë këtu.
    Linja e ndihmës mund të të shpjegojë si funksionon: telefono { $phone }, ose fol me një person këtu.

## Calling the national number

topics-call =
    Kur telefonon { $phone }:
    telefonata është falas. Mund të telefonosh ditë e natë, çdo ditë.
    Nuk ke nevojë të thuash emrin: telefonata mund të jetë anonime.
topics-call-language =
    Mund të kërkosh një ndërmjetës kulturor: ata flasin shumë gjuhë.
    Ti vendos çfarë të thuash. Të telefonosh nuk është kallëzim në polici.
topics-call-chat =
    Mirë ta dish:
    kjo bisedë është konfidenciale, por jo anonime. Aplikacioni që përdor e njeh llogarinë tënde.
