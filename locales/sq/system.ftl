### varco-review: unreviewed
### legal-review: none
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Built-in messages the engine itself needs (see flows/README.md), and the language's own name.
### For translators: person-facing, CEFR A2; the first line of each message is what a lock
### screen shows (no helpline, danger, police, case…). Commands (/menu, /operator…) stay as
### they are. { $phone } = "800 290 290", { $emergency } = "112" in every message.

# The language's own name, shown in the language choice (a button, ≤ 30 characters).
language-name = Shqip

# The person typed a /command that does not exist; the question is asked again after it.
sys-unknown-command =
    Më vjen keq, nuk e njoh këtë komandë.
    Shkruaj /help për të parë komandat që mund të përdorësh.
# Free text, or a number out of range, where the bot shows numbered options; the options
# follow. Kind, and offers a person. Example: { $max } = "5".
sys-choose-number =
    Faleminderit për mesazhin. Këtu mund të lexoj vetëm numrin e një opsioni.
    Të lutem përgjigju me një numër nga 1 deri në { $max }. Për t'i shkruar një personi, shkruaj /operator.
# An empty message.
sys-empty =
    Mesazhi yt duket bosh.
    Të lutem shkruaj përsëri, ose shkruaj /menu.
# A message over the limit. Example: { $max } = "4096".
sys-too-long =
    Më vjen keq, ky mesazh është shumë i gjatë për mua.
    Të lutem shkruaj jo më shumë se { $max } shkronja njëherësh, ose shkruaj /operator për të folur me një person.
# A photo, voice note, file… while no person is in the chat.
sys-media =
    Faleminderit. Mund të lexoj vetëm mesazhe të shkruara.
    Nuk mund të hap foto, mesazhe zanore, skedarë ose ngjitëse.
    Një person nga linja e ndihmës mund t'i marrë: shkruaj /operator.
# A file too large to pass on to the operator. Example: { $megabytes } = "20".
sys-media-too-large =
    Ky skedar është shumë i madh për t'u dërguar (kufiri është { $megabytes } MB), prandaj personi i ekipit nuk mund ta shohë.
    Mund të dërgosh një më të vogël, ose të tregosh me fjalë çfarë tregon.
# An old menu's button was pressed; the current menu follows. First line on a lock screen.
sys-stale-menu = Ajo menu është e vjetër. Ja menuja e tanishme.
# The person edited an earlier message.
sys-edited =
    Faleminderit. Lexoj vetëm mesazhet e reja, jo ndryshimet në mesazhet e mëparshme.
    Të lutem dërgoje përsëri si mesazh të ri, ose shkruaj /menu.
# Sent once when a chat sends more messages in a minute than the bot takes.
sys-slow-down =
    Faleminderit. Po shkruan më shpejt se sa mund të lexoj.
    Të lutem prit një minutë, pastaj shkruaj përsëri. Në rrezik: { $emergency }.
# A person asked for a human, but no operator channel is running.
sys-no-operator =
    Faleminderit për kërkesën.
    Tani askush nuk mund të përgjigjet në këtë bisedë, më vjen keq.
    Të lutem telefono { $phone }: falas, anonim, ditë e natë, në shumë gjuhë.
    Në rrezik: { $emergency }.
# A person asked for a human while the operators' chat system is down: the request is
# kept and reaches the team when it is back. Never say a person is coming.
sys-operators-down =
    Faleminderit, kërkesa jote u shënua.
    Tani askush nga ekipi nuk mund ta lexojë këtë bisedë, më vjen keq. Mesazhet e tua ruhen për ekipin.
    Nëse të duhet ndihmë tani, telefono { $phone }: falas, anonim, ditë e natë. Në rrezik: { $emergency }.
# Whole messages that work like /exit (comma-separated; lowercase is fine). Keep them
# words nobody sends by accident.
sys-exit-words = exit, quit, quick exit, dalje, dalje e shpejtë, dil shpejt
# Words or phrases (comma-separated) that flag the conversation for operators, who may
# take it over; the bot answers as usual. Whole words; phrases anywhere in a message.
sys-danger-words = rrezik, në rrezik, më ndihmoni, më ndihmo, më rrahin, më rrahu, më rrahën, më kanë mbyllur, më mbyllën, do më vrasin, më vrasin, më morën pasaportën, ma morën pasaportën
# Two answers in a row the bot could not use; the question follows.
sys-not-understood =
    Më vjen keq, nuk e kuptova.
    Shkruaj /menu për të parë opsionet, ose /operator për të folur me një person.
# A command or button while waiting for an operator.
sys-waiting-operator =
    Faleminderit, je në radhë.
    Mesazhet e tua po kalohen. Një person do të përgjigjet sapo të jetë i lirë.
    /menu për të ndaluar pritjen. Mund të telefonosh edhe { $phone }, ditë e natë.
    Në rrezik: { $emergency }.
# The person stopped waiting for an operator.
sys-left-queue =
    Mirë. Dole nga radha.
    Mund të kërkosh përsëri një person në çdo kohë me /operator.
# One line of the local projects list; { $project_phone } is the project's own number, or "none".
sys-referral-entry = { $project_phone ->
        [none] • { $city }: { $name }
       *[other] • { $city }: { $name }, { $project_phone }
    }
# After a list in which some project has no number of its own.
sys-referral-via-helpline =
    Numri kombëtar { $phone } mund të të vërë në kontakt me ta, ditë e natë.
    /menu për më shumë opsione.
# No local project for the place the person typed (never repeat the place).
sys-referral-none =
    Ende nuk kam një kontakt vendor për atë vend.
    Numri kombëtar { $phone } funksionon kudo në Itali, ditë e natë.

## The operator's side of a handoff, as the person sees it.
# An operator took the conversation.
sys-operator-joined =
    Përshëndetje, tani një person është këtu për ty.
    Dikush nga ekipi i linjës së ndihmës të përgjigjet këtu. Shkruaj si të duash; mund të telefonosh edhe { $phone }, ditë e natë.
# Another operator took the conversation over (the first one had not answered for a while).
sys-operator-changed =
    Përshëndetje, mund të vazhdosh të shkruash këtu.
    Tani të përgjigjet këtu një person tjetër nga ekipi i linjës së ndihmës. Mund të telefonosh edhe { $phone }, ditë e natë.
# The operator gave the conversation back to the bot.
sys-operator-left =
    Po flet përsëri me asistentin automatik.
    Shkruaj /menu për të parë opsionet, ose /operator për të kërkuar një person.
# The operator ended the conversation.
sys-case-closed =
    Faleminderit që na shkrove.
    Biseda me personin e linjës së ndihmës mbaroi. Mund të shkruash përsëri në çdo kohë,
    ose të telefonosh { $phone }: falas, anonim, ditë e natë. Në rrezik: { $emergency }.
# The person asked for an operator while nobody is on duty.
sys-nobody-on-duty =
    Faleminderit, kërkesa jote u shënua.
    Tani askush nga linja e ndihmës nuk është në linjë në këtë bisedë, më vjen keq.
    Të lutem telefono { $phone }: falas, anonim, ditë e natë. Në rrezik: { $emergency }.
    Kërkesa jote mbetet e hapur: nëse dikush vjen në linjë, do të të shkruajë këtu.
# Sent when nobody has answered for a while.
sys-nobody-answered =
    Faleminderit që prite.
    Ende askush nuk ka qenë i lirë të përgjigjet këtu, më vjen keq.
    Të lutem telefono { $phone }: falas, anonim, ditë e natë. Në rrezik: { $emergency }.
    Je ende në radhë: një person do të shkruajë këtu sapo të jetë i lirë.

## `/menu` while waiting for a person: asked first, never cancelled by one command.
# A question with two buttons (sys-leave-opt-stay, sys-leave-opt-menu).
sys-leave-ask =
    Do të kthehesh te menuja?
    Nëse shkon te menuja, kërkesa jote për të folur me një person mbaron. Mund ta kërkosh përsëri në çdo kohë me /operator.
# Button, ≤ 30 characters: keep the request open.
sys-leave-opt-stay = Vazhdo të presësh
# Button, ≤ 30 characters: end the request and show the menu.
sys-leave-opt-menu = Shko te menuja
# After "Keep waiting".
sys-still-waiting =
    Mirë, kërkesa jote mbetet e hapur.
    Një person do të të përgjigjet këtu sapo të jetë i lirë. Mund të vazhdosh të shkruash.
# Matrix only: the person's message could not be opened by the bot (it arrived encrypted
# with keys the bot does not have). Sent at most once every few minutes per chat, however
# many such messages come. Neutral first line.
sys-send-again =
    Më vjen keq, nuk munda ta lexoj mesazhin tënd të fundit.
    Të lutem dërgoje përsëri.
# Matrix only: the person's chat is not encrypted and the bot cannot turn encryption on, so
# it answers nothing else there. Sent once; the bot then leaves the chat. Neutral first line.
sys-chat-not-private =
    Më vjen keq, nuk mund të përgjigjem në këtë bisedë.
    Të lutem telefono { $phone }: falas, anonim, ditë e natë, në shumë gjuhë.
    Në rrezik: { $emergency }.
# /safeword without a word: the next message is the word. It works like /exit.
sys-safeword-ask =
    Ok.
    Tani shkruaj fjalën tënde, vetëm në një mesazh. Më vonë, nëse shkruan vetëm këtë fjalë, e fshij këtë bisedë dhe e harroj, si /exit.
    Zgjidh një fjalë që të tjerët nuk e gjejnë. Jo një numër.
# The safe word is saved (only in a form nobody can read back).
sys-safeword-set =
    Ok.
    Fjala jote u ruajt. Nëse shkruan vetëm këtë fjalë, e fshij këtë bisedë dhe e harroj, si /exit.
    Askush nuk mund ta lexojë fjalën, as linja e ndihmës.
# The word cannot be used (too short, too long, or only numbers).
sys-safeword-invalid =
    Më fal, nuk mund ta përdor këtë fjalë.
    Duhen 3 deri në 40 shkronja, dhe jo vetëm numra. Shkruaj /safeword për të provuar përsëri.
# /notsafe or the menu choice: nothing is sent until the person writes again.
sys-notsafe-ok =
    Ok.
    Nuk dërgoj asgjë tani. Kur të mund të lexosh përsëri, më shkruaj çfarëdo mesazhi dhe vazhdoj.
# The person wrote a sentence that looks like this language while the chat is in another
# one. Asked IN THIS LANGUAGE (the one the person seems to write), with two buttons
# (sys-switch-yes, sys-switch-no). Name the language in itself.
sys-switch-ask = Duket se shkruan shqip. Do të vazhdosh në shqip?
# Button, ≤ 30 characters: switch to this language.
sys-switch-yes = Po, shqip
# Button, ≤ 30 characters: keep the language the chat is in now.
sys-switch-no = Jo, faleminderit
# After an update of the bot, the question the person was answering no longer exists.
sys-node-gone = Kjo pjesë e bisedës ka ndryshuar. Ja përsëri menyja.
