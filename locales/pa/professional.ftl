### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Professional flow: organisations, police, social and health services, unions,
### employers' associations. Consultation, referral procedure, talk to a person.
### For translators: addressed to professionals (Italian: "Lei"), still short and clear.
### Italian legal terms and references stay in Italian, in brackets: "casi speciali",
### caporalato, Questura, art. 18 d.lgs. 286/1998… The first line of each message is what
### a lock screen shows: keep it neutral. { $phone } = "800 290 290".

## Menu

# After "I am asking for my work".
professional-intro =
    ਲਿਖਣ ਲਈ ਧੰਨਵਾਦ।
    ਹੈਲਪਲਾਈਨ ਉਨ੍ਹਾਂ ਸੰਸਥਾਵਾਂ ਅਤੇ ਸੇਵਾਵਾਂ ਦੀ ਵੀ ਮਦਦ ਕਰਦੀ ਹੈ ਜੋ ਅਜਿਹੇ ਲੋਕਾਂ ਨੂੰ ਮਿਲਦੀਆਂ ਹਨ ਜਿਨ੍ਹਾਂ ਨੂੰ ਸੁਰੱਖਿਆ ਦੀ ਲੋੜ ਹੋ ਸਕਦੀ ਹੈ।
# The menu question; options below.
professional-menu-ask = ਤੁਸੀਂ ਕੀ ਜਾਣਨਾ ਚਾਹੁੰਦੇ ਹੋ?
# Button, ≤ 30 characters.
professional-opt-consult = ਸਲਾਹ-ਮਸ਼ਵਰਾ
# Button, ≤ 30 characters.
professional-opt-referral = ਰੈਫ਼ਰਲ ਦਾ ਤਰੀਕਾ

## Consultation

# Italian: "Lei". "Not a complaint to the police": the person decides.
professional-consult-advice =
    ਕੁਝ ਜਾਣਕਾਰੀ ਹਾਜ਼ਰ ਹੈ।
    ਹੈਲਪਲਾਈਨ ਉਨ੍ਹਾਂ ਅਦਾਰਿਆਂ ਅਤੇ ਸੰਸਥਾਵਾਂ ਨੂੰ ਸਲਾਹ ਦਿੰਦੀ ਹੈ ਜੋ ਮਨੁੱਖੀ ਤਸਕਰੀ ਅਤੇ ਹਰ ਕਿਸਮ ਦੇ ਸ਼ੋਸ਼ਣ ਦੇ ਸੰਭਾਵੀ ਪੀੜਤਾਂ ਦੇ ਸੰਪਰਕ ਵਿੱਚ ਆਉਂਦੀਆਂ ਹਨ: ਜਿਨਸੀ, ਮਜ਼ਦੂਰੀ, ਜਬਰੀ ਭੀਖ, ਜਬਰੀ ਜੁਰਮ।
    ਹੈਲਪਲਾਈਨ ਨਾਲ ਸੰਪਰਕ ਪੁਲਿਸ ਵਿੱਚ ਸ਼ਿਕਾਇਤ ਨਹੀਂ ਹੈ; ਫ਼ੈਸਲਾ ਸਬੰਧਤ ਵਿਅਕਤੀ ਦਾ ਹੈ।
# The legal measures, as general as the helpline's notes.
professional-consult-assess =
    ਇਸ ਤੋਂ ਇਲਾਵਾ:
    ਇਹ ਤੁਹਾਡੇ ਨਾਲ ਜਾਂਚਦੀ ਹੈ ਕਿ ਕੀ ਸਹਾਇਤਾ ਉਪਾਵਾਂ ਦੀਆਂ ਸ਼ਰਤਾਂ ਪੂਰੀਆਂ ਹਨ: ਇੱਕੋ-ਇੱਕ ਸੁਰੱਖਿਆ ਪ੍ਰੋਗਰਾਮ (art. 18 c.3-bis d.lgs. 286/1998), ਸਮਾਜਿਕ ਸੁਰੱਖਿਆ ਦਾ ਪਰਮਿਟ ("casi speciali", art. 18 d.lgs. 286/1998; ਸਮਾਜਿਕ ਜਾਂ ਅਦਾਲਤੀ ਰਾਹ) ਅਤੇ, ਮਜ਼ਦੂਰੀ ਦੇ ਸ਼ੋਸ਼ਣ ਲਈ, art. 18-ter d.lgs. 286/1998 ਦਾ ਪਰਮਿਟ।
    ਯੂਰਪੀ ਯੂਨੀਅਨ ਦੇ ਨਾਗਰਿਕ ਪ੍ਰੋਗਰਾਮ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋ ਸਕਦੇ ਹਨ; ਉਨ੍ਹਾਂ ਨੂੰ ਪਰਮਿਟ ਦੀ ਲੋੜ ਨਹੀਂ। ਮਦਦ ਪਰਮਿਟ ਤੇ ਨਿਰਭਰ ਨਹੀਂ।
# Example: { $phone } = "800 290 290".
professional-consult-who =
    ਕੌਣ ਸੰਪਰਕ ਕਰ ਸਕਦਾ ਹੈ:
    ਸਮਾਜਿਕ ਅਤੇ ਸਿਹਤ ਸੇਵਾਵਾਂ, ਗ਼ੈਰ-ਸਰਕਾਰੀ ਸੰਸਥਾਵਾਂ (NGO), ਮਾਲਕਾਂ ਅਤੇ ਮਜ਼ਦੂਰਾਂ ਦੀਆਂ ਜਥੇਬੰਦੀਆਂ, ਕਾਨੂੰਨ ਲਾਗੂ ਕਰਨ ਵਾਲੀਆਂ ਏਜੰਸੀਆਂ, ਅਦਾਲਤੀ ਅਧਿਕਾਰੀ ਅਤੇ ਆਮ ਨਾਗਰਿਕ।
    { $phone } ਤੇ ਦਿਨ ਦੇ 24 ਘੰਟੇ ਫ਼ੋਨ ਕਰੋ, ਜਾਂ ਇੱਥੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲ ਕਰੋ।

## Referral procedure

# Since 2016 one programme (DPCM 16 May 2016); art. 13 L. 228/2003 is cited as the seed does.
professional-referral-local =
    ਕੁਝ ਜਾਣਕਾਰੀ ਹਾਜ਼ਰ ਹੈ।
    ਹੈਲਪਲਾਈਨ ਲੋਕਾਂ ਨੂੰ ਉਨ੍ਹਾਂ ਸਥਾਨਕ ਪ੍ਰੋਜੈਕਟਾਂ ਕੋਲ ਭੇਜਦੀ ਹੈ ਜੋ ਸਾਹਮਣੇ ਆਉਣ, ਸਹਾਇਤਾ ਅਤੇ ਸਮਾਜਿਕ ਏਕੀਕਰਨ ਦਾ ਇੱਕੋ-ਇੱਕ ਪ੍ਰੋਗਰਾਮ ਚਲਾਉਂਦੇ ਹਨ (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 May 2016; art. 13 L. 228/2003)।
# Example: { $phone } = "800 290 290".
professional-referral-transfer =
    ਇਹ ਦੂਜੇ ਇਲਾਕਿਆਂ ਵਿੱਚ ਪ੍ਰੋਗਰਾਮ ਚਲਾਉਣ ਵਾਲੇ ਪ੍ਰੋਜੈਕਟਾਂ ਵਿਚਕਾਰ ਤਬਾਦਲੇ ਦੀਆਂ ਬੇਨਤੀਆਂ ਨੂੰ ਵੀ ਜੋੜਦੀ ਹੈ।
    ਕਿਸੇ ਨੂੰ ਰੈਫ਼ਰ ਕਰਨ ਲਈ { $phone } ਤੇ ਫ਼ੋਨ ਕਰੋ ਜਾਂ ਇੱਥੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲ ਕਰੋ।

## Talk to a person

# { $case } = "12": a reference number.
professional-person-queued =
    ਠੀਕ ਹੈ, ਧੰਨਵਾਦ।
    ਹੈਲਪਲਾਈਨ ਦੇ ਇੱਕ ਵਿਅਕਤੀ ਨੂੰ ਇੱਥੇ ਤੁਹਾਨੂੰ ਜਵਾਬ ਦੇਣ ਲਈ ਕਿਹਾ ਜਾ ਰਿਹਾ ਹੈ। ਹਵਾਲਾ ਨੰਬਰ: { $case }।
    ਤੁਸੀਂ ਹੁਣੇ ਆਪਣਾ ਸਵਾਲ ਲਿਖ ਸਕਦੇ ਹੋ। ਵਾਪਸ ਜਾਣ ਲਈ /menu।
