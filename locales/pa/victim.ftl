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
    ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ।
    ਇੱਥੇ ਤੁਹਾਨੂੰ ਜਾਣਕਾਰੀ, ਨੇੜੇ ਦੀ ਮਦਦ, ਜਾਂ ਕਿਸੇ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲ ਦਾ ਮੌਕਾ ਮਿਲ ਸਕਦਾ ਹੈ।
    ਅਜਿਹੇ ਲੋਕ ਹਨ ਜੋ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ।
# The menu question; options below.
victim-menu-ask = ਤੁਸੀਂ ਕੀ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ?
# Button, ≤ 30 characters.
victim-opt-rights = ਤੁਹਾਡੇ ਹੱਕ, ਨਿਕਲਣ ਦੇ ਰਾਹ
# Button, ≤ 30 characters.
victim-opt-where = ਮੇਰੇ ਨੇੜੇ ਮਦਦ
# Button, ≤ 30 characters: answered with the emergency number and an urgent request.
victim-opt-danger = ਮੈਨੂੰ ਹੁਣੇ ਖ਼ਤਰਾ ਹੈ

## Rights and ways out

# The topics question; options below.
victim-rights-ask =
    ਇੱਕ ਵਿਸ਼ਾ ਚੁਣੋ।
    ਨਿਕਲਣ ਦੇ ਰਾਹ ਹਨ, ਅਤੇ ਮਦਦ ਮੁਫ਼ਤ ਹੈ।
# Button, ≤ 30 characters: the art. 18 permit.
victim-rights-opt-permit = ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ
# Button, ≤ 30 characters: the protection programme.
victim-rights-opt-programme = ਰਿਹਾਇਸ਼, ਇਲਾਜ, ਨਵੀਂ ਸ਼ੁਰੂਆਤ
# Button, ≤ 30 characters: work, pay, documents and debt. Must not read as an accusation.
victim-rights-opt-work = ਕੰਮ, ਤਨਖ਼ਾਹ ਅਤੇ ਕਾਗ਼ਜ਼

# The permit of art. 18 d.lgs. 286/1998 ("permesso per casi speciali"): keep the Italian
# name in quotes.
victim-rights-art18-permit =
    ਕੁਝ ਜਾਣਕਾਰੀ ਹਾਜ਼ਰ ਹੈ।
    ਇਟਲੀ ਵਿੱਚ ਦੂਜੇ ਦੇਸ਼ਾਂ ਦੇ ਉਨ੍ਹਾਂ ਲੋਕਾਂ ਲਈ ਇੱਕ ਖ਼ਾਸ ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ ਹੈ ਜਿਨ੍ਹਾਂ ਨੇ ਹਿੰਸਾ ਜਾਂ ਗੰਭੀਰ ਸ਼ੋਸ਼ਣ ਸਹਿਆ ਅਤੇ ਜੋ ਖ਼ਤਰੇ ਵਿੱਚ ਹਨ ("casi speciali", art. 18 d.lgs. 286/1998)।
    ਯੂਰਪੀ ਯੂਨੀਅਨ ਦੇ ਦੇਸ਼ਾਂ ਦੇ ਲੋਕਾਂ ਨੂੰ, ਜਿਵੇਂ ਰੋਮਾਨੀਆ ਜਾਂ ਬੁਲਗਾਰੀਆ ਤੋਂ, ਪਰਮਿਟ ਦੀ ਲੋੜ ਨਹੀਂ। ਉਨ੍ਹਾਂ ਨੂੰ ਵੀ ਇਹੀ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ।
# Who proposes the permit. Keep "Questura" in Italian.
victim-rights-art18-paths =
    ਇਹ ਕਿਵੇਂ ਹੁੰਦਾ ਹੈ:
    ਵਿਦੇਸ਼ੀਆਂ ਲਈ ਪੁਲਿਸ ਦਫ਼ਤਰ (Questura) ਪਰਮਿਟ ਦਿੰਦਾ ਹੈ। ਸਰਕਾਰੀ ਵਕੀਲ (ਪ੍ਰੌਸੀਕਿਊਟਰ) ਸ਼ਿਕਾਇਤ ਤੋਂ ਬਾਅਦ ਇਸਦੀ ਤਜਵੀਜ਼ ਦੇ ਸਕਦਾ ਹੈ। ਸਮਾਜਿਕ ਸੇਵਾਵਾਂ ਜਾਂ ਕੋਈ ਮਾਨਤਾ ਪ੍ਰਾਪਤ ਸੰਸਥਾ ਵੀ ਤਜਵੀਜ਼ ਦੇ ਸਕਦੀ ਹੈ: ਇਸ ਹਾਲਤ ਵਿੱਚ ਕਾਨੂੰਨ ਸ਼ਿਕਾਇਤ ਨਹੀਂ ਮੰਗਦਾ।
    ਅਮਲ ਵਿੱਚ ਹਰ ਸ਼ਹਿਰ ਵਿੱਚ ਤਰੀਕਾ ਵੱਖਰਾ ਹੁੰਦਾ ਹੈ। ਹੈਲਪਲਾਈਨ ਦੱਸ ਸਕਦੀ ਹੈ ਕਿ ਤੁਹਾਡੀ ਥਾਂ ਤੇ ਕੀ ਲਾਗੂ ਹੁੰਦਾ ਹੈ।
# What the permit gives. Example: { $phone } = "800 290 290".
victim-rights-art18-access =
    ਇਹ ਤੁਹਾਨੂੰ ਕੀ ਦੇ ਸਕਦਾ ਹੈ:
    ਪਰਮਿਟ ਛੇ ਮਹੀਨਿਆਂ ਦਾ ਹੁੰਦਾ ਹੈ। ਇਸਨੂੰ ਇੱਕ ਸਾਲ ਲਈ, ਜਾਂ ਕਿਸੇ ਅਦਾਲਤੀ ਕੇਸ ਦੀ ਲੋੜ ਹੋਵੇ ਤਾਂ ਵੱਧ ਸਮੇਂ ਲਈ, ਨਵਿਆਇਆ ਜਾ ਸਕਦਾ ਹੈ। ਇਸ ਨਾਲ ਮਦਦ ਲੈਣਾ, ਪੜ੍ਹਨਾ ਅਤੇ ਕੰਮ ਕਰਨਾ ਸੰਭਵ ਹੈ। ਬਾਅਦ ਵਿੱਚ ਇਹ ਕੰਮ ਜਾਂ ਪੜ੍ਹਾਈ ਦਾ ਪਰਮਿਟ ਬਣ ਸਕਦਾ ਹੈ।
    ਜੇ ਤੁਸੀਂ ਪ੍ਰੋਗਰਾਮ ਛੱਡ ਦਿਓ, ਤਾਂ ਪਰਮਿਟ ਖ਼ਤਮ ਹੋ ਸਕਦਾ ਹੈ।
    ਹੈਲਪਲਾਈਨ ਤੁਹਾਡੇ ਨਾਲ ਵੇਖ ਸਕਦੀ ਹੈ ਕਿ ਕੀ ਇਹ ਤੁਹਾਡੇ ਹਾਲਾਤ ਲਈ ਠੀਕ ਹੋ ਸਕਦਾ ਹੈ: { $phone } ਤੇ ਫ਼ੋਨ ਕਰੋ, ਜਾਂ ਇੱਥੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲ ਕਰੋ।

# The single protection programme (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016;
# the older art. 13 L. 228/2003 is cited too). One programme, not two steps.
victim-rights-programme =
    ਕੁਝ ਜਾਣਕਾਰੀ ਹਾਜ਼ਰ ਹੈ।
    ਇਟਲੀ ਵਿੱਚ ਜਿਨ੍ਹਾਂ ਲੋਕਾਂ ਦਾ ਸ਼ੋਸ਼ਣ ਹੋਇਆ, ਉਨ੍ਹਾਂ ਲਈ ਇੱਕ ਪ੍ਰੋਗਰਾਮ ਹੈ (art. 18 c.3-bis d.lgs. 286/1998, art. 13 L. 228/2003)।
    ਪਹਿਲਾਂ ਇਹ ਰਹਿਣ ਲਈ ਸੁਰੱਖਿਅਤ ਥਾਂ, ਖਾਣਾ, ਇਲਾਜ ਅਤੇ ਕਾਨੂੰਨੀ ਮਦਦ ਦੇ ਸਕਦਾ ਹੈ।
# The programme, continued. Example: { $phone } = "800 290 290".
victim-rights-programme-next =
    ਉਸ ਤੋਂ ਬਾਅਦ:
    ਇਹ ਨਵੀਂ ਜ਼ਿੰਦਗੀ ਬਣਾਉਣ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ: ਭਾਸ਼ਾ ਦੀਆਂ ਕਲਾਸਾਂ, ਸਿਖਲਾਈ ਅਤੇ ਕੰਮ।
    ਇਟਲੀ ਦੇ ਕਈ ਹਿੱਸਿਆਂ ਵਿੱਚ ਸਥਾਨਕ ਪ੍ਰੋਜੈਕਟ ਇਸਨੂੰ ਚਲਾਉਂਦੇ ਹਨ। ਇਸ ਬਾਰੇ ਪੁੱਛਣ ਲਈ { $phone } ਤੇ ਫ਼ੋਨ ਕਰੋ ਜਾਂ ਇੱਥੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲ ਕਰੋ।
# Health care without papers (STP code: keep the Italian abbreviation).
victim-rights-health =
    ਇਲਾਜ ਬਾਰੇ:
    ਕਾਗ਼ਜ਼ਾਂ ਤੋਂ ਬਿਨਾਂ ਵੀ ਹਸਪਤਾਲ ਅਤੇ ਡਾਕਟਰ ਤੋਂ ਫ਼ੌਰੀ ਅਤੇ ਜ਼ਰੂਰੀ ਇਲਾਜ ਮਿਲ ਸਕਦਾ ਹੈ (STP ਕੋਡ)।
    ਹਸਪਤਾਲ ਜਾਂ ਡਾਕਟਰ ਕੋਲ ਜਾਣ ਨਾਲ ਪੁਲਿਸ ਨੂੰ ਰਿਪੋਰਟ ਨਹੀਂ ਹੁੰਦੀ (art. 35 c.5 d.lgs. 286/1998)।

# Work exploitation. Keep "caporalato" in Italian.
victim-rights-work =
    ਕੁਝ ਜਾਣਕਾਰੀ ਹਾਜ਼ਰ ਹੈ।
    ਮਦਦ ਸਿਰਫ਼ ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ ਲਈ ਨਹੀਂ। ਇਹ ਉਨ੍ਹਾਂ ਲੋਕਾਂ ਲਈ ਵੀ ਹੈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਕੰਮ ਕਰਨ, ਭੀਖ ਮੰਗਣ ਜਾਂ ਜੁਰਮ ਕਰਨ ਲਈ ਮਜਬੂਰ ਕੀਤਾ ਗਿਆ।
    ਜੋ ਕੰਮ ਤੁਸੀਂ ਕੀਤਾ, ਉਸਦੀ ਤਨਖ਼ਾਹ ਲੈਣਾ ਤੁਹਾਡਾ ਹੱਕ ਹੈ, ਇਕਰਾਰਨਾਮੇ ਜਾਂ ਪਰਮਿਟ ਤੋਂ ਬਿਨਾਂ ਵੀ।
# Signs at work, and the art. 18-ter permit (d.l. 145/2024).
victim-rights-work-signs =
    ਕੁਝ ਜਾਣਨ ਵਾਲੀਆਂ ਗੱਲਾਂ:
    ਜੇ ਮਾਲਕ ਤੁਹਾਡਾ ਪਾਸਪੋਰਟ ਜਾਂ ਕਾਗ਼ਜ਼ ਰੱਖ ਲਵੇ, ਜਾਂ ਤੁਹਾਨੂੰ ਉਨ੍ਹਾਂ ਲੋਕਾਂ ਦਾ "ਕਰਜ਼ਾ" ਲਾਹੁਣਾ ਪਵੇ ਜੋ ਤੁਹਾਨੂੰ ਇਟਲੀ ਲਿਆਏ, ਤਾਂ ਇਹ ਸ਼ੋਸ਼ਣ ਦੀਆਂ ਨਿਸ਼ਾਨੀਆਂ ਹਨ। ਹੈਲਪਲਾਈਨ ਦੋਹਾਂ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ।
    ਮਜ਼ਦੂਰਾਂ ਦਾ ਸ਼ੋਸ਼ਣ ਜੁਰਮ ਹੈ (caporalato, art. 603-bis c.p.)। ਯੂਰਪੀ ਯੂਨੀਅਨ ਤੋਂ ਬਾਹਰ ਦੇ ਜੋ ਮਜ਼ਦੂਰ ਤੱਥ ਸਾਹਮਣੇ ਲਿਆਉਣ ਵਿੱਚ ਮਦਦ ਕਰਨ, ਉਨ੍ਹਾਂ ਨੂੰ ਇੱਕ ਖ਼ਾਸ ਪਰਮਿਟ ਮਿਲ ਸਕਦਾ ਹੈ (art. 18-ter d.lgs. 286/1998)।

# Shown after every topic above. Example: { $phone } = "800 290 290", { $emergency } = "112".
victim-rights-always =
    ਇਹ ਜਾਣਨਾ ਚੰਗਾ ਹੈ:
    ਮਦਦ ਮੰਗਣਾ ਪੁਲਿਸ ਵਿੱਚ ਸ਼ਿਕਾਇਤ ਨਹੀਂ ਹੈ: ਫ਼ੈਸਲਾ ਤੁਹਾਡਾ ਹੈ। ਮਦਦ ਲੈਣ ਲਈ ਪਰਮਿਟ ਜਾਂ ਕਾਗ਼ਜ਼ ਜ਼ਰੂਰੀ ਨਹੀਂ।
    { $phone } ਤੇ ਫ਼ੋਨ ਮੁਫ਼ਤ ਹੈ ਅਤੇ ਬੇਨਾਮ ਹੋ ਸਕਦਾ ਹੈ, ਦਿਨ ਰਾਤ, ਕਈ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ। ਇਹ ਚੈਟ ਗੁਪਤ ਹੈ, ਪਰ ਬੇਨਾਮ ਨਹੀਂ।
    ਖ਼ਤਰੇ ਵਿੱਚ { $emergency } ਤੇ ਫ਼ੋਨ ਕਰੋ।

## Help near you

# No { $region } on purpose: echoing what the person typed would repeat it on the lock screen.
victim-where-found = ਧੰਨਵਾਦ। ਇਹ ਮਿਲਿਆ ਹੈ:

## Talk to a person

# The person asked for an operator. { $case } = "12": a reference number, not a police case.
victim-person-queued =
    ਠੀਕ ਹੈ, ਧੰਨਵਾਦ।
    ਹੈਲਪਲਾਈਨ ਦੇ ਇੱਕ ਵਿਅਕਤੀ ਨੂੰ ਇੱਥੇ ਤੁਹਾਨੂੰ ਜਵਾਬ ਦੇਣ ਲਈ ਕਿਹਾ ਜਾ ਰਿਹਾ ਹੈ। ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ { $case } ਹੈ।
    ਉਡੀਕ ਦੌਰਾਨ ਤੁਸੀਂ ਲਿਖ ਸਕਦੇ ਹੋ। /exit ਇਹ ਚੈਟ ਮਿਟਾ ਦਿੰਦਾ ਹੈ। ਖ਼ਤਰੇ ਵਿੱਚ: { $emergency }।

## Danger now

# After "I am in danger now": warmth and the emergency number first, then an urgent request.
# Example: { $emergency } = "112".
victim-danger-call =
    ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ। ਤੁਸੀਂ ਇਕੱਲੇ ਨਹੀਂ ਹੋ।
    ਜੇ ਹੋ ਸਕੇ, ਤਾਂ ਹੁਣੇ { $emergency } ਤੇ ਫ਼ੋਨ ਕਰੋ। ਇਹ ਮੁਫ਼ਤ ਹੈ, ਅਤੇ ਫ਼ੋਨ ਵਿੱਚ ਬੈਲੇਂਸ ਨਾ ਹੋਵੇ ਤਾਂ ਵੀ ਕੰਮ ਕਰਦਾ ਹੈ।
# Right after victim-danger-call. { $case } = "12": a reference number, not a police case.
victim-danger-queued =
    ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ { $case } ਹੈ।
    ਜਿੰਨੀ ਛੇਤੀ ਹੋ ਸਕੇ, ਇੱਕ ਵਿਅਕਤੀ ਇੱਥੇ ਜਵਾਬ ਦੇਵੇਗਾ। ਤੁਸੀਂ ਲਿਖਦੇ ਰਹਿ ਸਕਦੇ ਹੋ।
    ਇਹ ਚੈਟ ਛੇਤੀ ਲੁਕਾਉਣ ਲਈ /exit ਲਿਖੋ।
