### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Witness flow: someone worried about another person. Signs, what to do and not do,
### how to report, talk to a person. Keep the signs general.
### For translators: CEFR A2; the first line of each message is what a lock screen shows,
### so it stays neutral. { $phone } = "800 290 290", { $emergency } = "112".

## Menu

# After "I'm worried about someone".
witness-intro =
    ਲਿਖਣ ਲਈ ਧੰਨਵਾਦ।
    ਜੇ ਤੁਹਾਨੂੰ ਕਿਸੇ ਦੀ ਚਿੰਤਾ ਹੈ, ਤਾਂ ਇੱਥੇ ਜਾਣਕਾਰੀ ਮਿਲ ਸਕਦੀ ਹੈ, ਜਾਂ ਕਿਸੇ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲ ਹੋ ਸਕਦੀ ਹੈ।
# The menu question; options below.
witness-menu-ask = ਤੁਸੀਂ ਕੀ ਜਾਣਨਾ ਚਾਹੁੰਦੇ ਹੋ?
# Button, ≤ 30 characters.
witness-opt-signs = ਧਿਆਨ ਦੇਣ ਵਾਲੀਆਂ ਨਿਸ਼ਾਨੀਆਂ
# Button, ≤ 30 characters.
witness-opt-advice = ਕੀ ਕਰੀਏ ਅਤੇ ਕੀ ਨਾ ਕਰੀਏ
# Button, ≤ 30 characters.
witness-opt-report = ਜਾਣਕਾਰੀ ਕਿਵੇਂ ਦੇਈਏ

## Signs

# A list in two messages (a phone screen each).
witness-signs-list-1 =
    ਕੁਝ ਜਾਣਕਾਰੀ ਹਾਜ਼ਰ ਹੈ।
    ਮਨੁੱਖੀ ਤਸਕਰੀ ਜਾਂ ਸ਼ੋਸ਼ਣ ਦੀਆਂ ਕੁਝ ਸੰਭਾਵੀ ਨਿਸ਼ਾਨੀਆਂ: ਉਹ ਵਿਅਕਤੀ
    • ਆਪਣੇ ਕਾਗ਼ਜ਼ ਆਪ ਨਹੀਂ ਰੱਖਦਾ
    • ਕਿਸੇ ਦੇ ਕਾਬੂ ਵਿੱਚ ਹੈ, ਜਾਂ ਆਜ਼ਾਦੀ ਨਾਲ ਆ-ਜਾ ਨਹੀਂ ਸਕਦਾ
# The list, continued (no first-line rule problem: it starts with a bullet).
witness-signs-list-2 =
    • ਅਜਿਹਾ ਕਰਜ਼ਾ ਹੈ ਜੋ ਲਾਹ ਨਹੀਂ ਸਕਦਾ
    • ਬਹੁਤ ਲੰਮੇ ਘੰਟੇ ਕੰਮ ਕਰਦਾ ਹੈ, ਘੱਟ ਜਾਂ ਬਿਨਾਂ ਤਨਖ਼ਾਹ ਦੇ
    • ਡਰਿਆ ਹੋਇਆ ਲੱਗਦਾ ਹੈ
# Example: { $phone } = "800 290 290".
witness-signs-note =
    ਇਹ ਸਿਰਫ਼ ਸੰਭਾਵੀ ਨਿਸ਼ਾਨੀਆਂ ਹਨ, ਸਬੂਤ ਨਹੀਂ।
    ਜੇ ਤੁਹਾਨੂੰ ਯਕੀਨ ਨਹੀਂ, ਤਾਂ ਹੈਲਪਲਾਈਨ ਸਲਾਹ ਦੇ ਸਕਦੀ ਹੈ: { $phone }, ਮੁਫ਼ਤ, ਦਿਨ ਰਾਤ।

## What to do and not do

# First of two messages of advice.
witness-advice-dont =
    ਕੁਝ ਸਲਾਹਾਂ।
    ਸ਼ੋਸ਼ਣ ਕਰਨ ਵਾਲੇ ਦਾ ਸਾਹਮਣਾ ਨਾ ਕਰੋ, ਅਤੇ ਆਪ ਜਾਂਚ ਨਾ ਕਰੋ।
    ਅਜਿਹਾ ਕੁਝ ਨਾ ਕਰੋ ਜਿਸ ਨਾਲ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਖ਼ਤਰਾ ਹੋਵੇ।
# Example: { $phone } = "800 290 290", { $emergency } = "112".
witness-advice-do =
    ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ:
    ਉਸ ਵਿਅਕਤੀ ਦੀ ਗੱਲ ਸੁਣੋ। ਨੰਬਰ { $phone } ਦਿਓ: ਮੁਫ਼ਤ, ਬੇਨਾਮ, ਦਿਨ ਰਾਤ।
    ਜੇ ਕੋਈ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ { $emergency } ਤੇ ਫ਼ੋਨ ਕਰੋ।

## How to report

# Calling the helpline is not a complaint to the police.
witness-report-call =
    ਕੁਝ ਜਾਣਕਾਰੀ ਹਾਜ਼ਰ ਹੈ।
    ਜਾਣਕਾਰੀ ਦੇਣ ਲਈ { $phone } ਤੇ ਫ਼ੋਨ ਕਰੋ: ਮੁਫ਼ਤ, ਬੇਨਾਮ, ਦਿਨ ਰਾਤ। ਇਹ ਪੁਲਿਸ ਵਿੱਚ ਸ਼ਿਕਾਇਤ ਨਹੀਂ ਹੈ।
    ਹੈਲਪਲਾਈਨ ਤੁਹਾਨੂੰ ਸਲਾਹ ਦੇ ਸਕਦੀ ਹੈ ਅਤੇ ਸਥਾਨਕ ਸੇਵਾਵਾਂ ਨਾਲ ਅਤੇ, ਜੇ ਲੋੜ ਹੋਵੇ, ਕਾਨੂੰਨ ਲਾਗੂ ਕਰਨ ਵਾਲੀਆਂ ਏਜੰਸੀਆਂ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੀ ਹੈ।
# Example: { $emergency } = "112".
witness-report-urgent =
    ਇੱਕ ਹੋਰ ਗੱਲ:
    ਜੇ ਕੋਈ ਫ਼ੌਰੀ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ { $emergency } ਤੇ ਫ਼ੋਨ ਕਰੋ।
    ਤੁਸੀਂ ਇੱਥੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨਾਲ ਵੀ ਗੱਲ ਕਰ ਸਕਦੇ ਹੋ: ਹੇਠਾਂ ਚੁਣੋ।

## Talk to a person

# { $case } = "12": a reference number, not a police case.
witness-person-queued =
    ਠੀਕ ਹੈ, ਧੰਨਵਾਦ।
    ਹੈਲਪਲਾਈਨ ਦੇ ਇੱਕ ਵਿਅਕਤੀ ਨੂੰ ਇੱਥੇ ਤੁਹਾਨੂੰ ਜਵਾਬ ਦੇਣ ਲਈ ਕਿਹਾ ਜਾ ਰਿਹਾ ਹੈ। ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ { $case } ਹੈ।
    ਤੁਸੀਂ ਹੁਣੇ ਲਿਖ ਸਕਦੇ ਹੋ ਕਿ ਤੁਹਾਨੂੰ ਕੀ ਚਿੰਤਾ ਹੈ। ਵਾਪਸ ਜਾਣ ਲਈ /menu।
