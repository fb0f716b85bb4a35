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
topics-menu-label = ਲੋਕਾਂ ਦੇ ਆਮ ਸਵਾਲ
topics-menu-ask =
    ਇੱਕ ਸਵਾਲ ਚੁਣੋ।
    ਹਰ ਜਵਾਬ ਛੋਟਾ ਹੈ। ਫਿਰ ਤੁਸੀਂ ਇੱਥੇ ਵਾਪਸ ਆਓਗੇ।
# Opens the check ("Is this exploitation?"); worded so that nobody glancing at the screen
# reads what it is about.
topics-opt-check = ਮੇਰੇ ਹਾਲਾਤ ਬਾਰੇ ਸਵਾਲ
topics-opt-work = ਕੰਮ ਅਤੇ ਤਨਖ਼ਾਹ
topics-opt-asylum = ਪਨਾਹ (ਅਸਾਈਲਮ)
topics-opt-health = ਇਲਾਜ
topics-opt-minors = 18 ਸਾਲ ਤੋਂ ਘੱਟ
topics-opt-home = ਸੁਰੱਖਿਅਤ ਘਰ ਵਾਪਸੀ
topics-opt-call = ਫ਼ੋਨ ਕਰਨ ਤੇ ਕੀ ਹੁੰਦਾ ਹੈ
# After the check: back to the topics menu.
topics-opt-more = ਹੋਰ ਸਵਾਲ

## Is this exploitation? Eight questions, each optional. Never a verdict.

topics-check-intro =
    ਤੁਹਾਡੇ ਹਾਲਾਤ ਬਾਰੇ ਕੁਝ ਛੋਟੇ ਸਵਾਲ।
    ਸਿਰਫ਼ ਉਹੀ ਜਵਾਬ ਦਿਓ ਜੋ ਤੁਸੀਂ ਚਾਹੋ। ਤੁਸੀਂ ਹਮੇਸ਼ਾ “ਜਵਾਬ ਨਹੀਂ ਦੇਣਾ” ਚੁਣ ਸਕਦੇ ਹੋ।
    ਕੋਈ ਜਵਾਬ ਸਹੀ ਜਾਂ ਗ਼ਲਤ ਨਹੀਂ।
    ਜੇ ਹੈਲਪਲਾਈਨ ਦਾ ਕੋਈ ਵਿਅਕਤੀ ਇੱਥੇ ਜਵਾਬ ਦੇਵੇ, ਤਾਂ ਉਹ ਤੁਹਾਡੇ ਜਵਾਬ ਵੇਖੇਗਾ। ਫਿਰ ਸਭ ਕੁਝ ਦੁਬਾਰਾ ਦੱਸਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ ਹੋਵੇਗਾ।
# The three answers to every question below.
topics-answer-yes = ਹਾਂ
topics-answer-no = ਨਹੀਂ
topics-answer-skip = ਜਵਾਬ ਨਹੀਂ ਦੇਣਾ
topics-check-documents =
    ਸਵਾਲ 1/8।
    ਕੀ ਤੁਹਾਡਾ ਪਾਸਪੋਰਟ ਜਾਂ ਕਾਗ਼ਜ਼ ਕਿਸੇ ਹੋਰ ਕੋਲ ਹਨ, ਅਤੇ ਤੁਸੀਂ ਉਨ੍ਹਾਂ ਨੂੰ ਵਾਪਸ ਨਹੀਂ ਲੈ ਸਕਦੇ?
topics-check-debt =
    ਸਵਾਲ 2/8।
    ਕੀ ਤੁਹਾਨੂੰ ਉਨ੍ਹਾਂ ਲੋਕਾਂ ਦਾ ਕਰਜ਼ਾ ਲਾਹੁਣਾ ਪੈਂਦਾ ਹੈ ਜੋ ਤੁਹਾਨੂੰ ਇੱਥੇ ਲਿਆਏ ਜਾਂ ਜਿਨ੍ਹਾਂ ਨੇ ਕੰਮ ਦਿਵਾਇਆ?
topics-check-movement =
    ਸਵਾਲ 3/8।
    ਕੀ ਕੋਈ ਤੁਹਾਨੂੰ ਕੰਮ ਜਾਂ ਘਰ ਛੱਡਣ ਤੋਂ, ਜਾਂ ਆਪਣੀ ਮਰਜ਼ੀ ਦੀ ਥਾਂ ਜਾਣ ਤੋਂ ਰੋਕਦਾ ਹੈ?
topics-check-threats =
    ਸਵਾਲ 4/8।
    ਕੀ ਕਿਸੇ ਨੇ ਤੁਹਾਨੂੰ ਜਾਂ ਤੁਹਾਡੇ ਨੇੜਲੇ ਲੋਕਾਂ ਨੂੰ ਧਮਕੀ ਦਿੱਤੀ ਜਾਂ ਨੁਕਸਾਨ ਪਹੁੰਚਾਇਆ?
topics-check-pay =
    ਸਵਾਲ 5/8।
    ਕੀ ਕੋਈ ਤੁਹਾਡੀ ਤਨਖ਼ਾਹ ਰੱਖ ਲੈਂਦਾ ਹੈ, ਜਾਂ ਤੈਅ ਰਕਮ ਨਾਲੋਂ ਬਹੁਤ ਘੱਟ ਦਿੰਦਾ ਹੈ?
topics-check-deceived =
    ਸਵਾਲ 6/8।
    ਕੀ ਕੰਮ ਉਸ ਨਾਲੋਂ ਬਹੁਤ ਵੱਖਰਾ ਹੈ ਜਿਸਦਾ ਤੁਹਾਡੇ ਨਾਲ ਵਾਅਦਾ ਕੀਤਾ ਗਿਆ ਸੀ?
topics-check-housing =
    ਸਵਾਲ 7/8।
    ਕੀ ਤੁਸੀਂ ਕੰਮ ਵਾਲੀ ਥਾਂ ਤੇ ਰਹਿੰਦੇ ਹੋ, ਜਾਂ ਅਜਿਹੀ ਥਾਂ ਜੋ ਮਾਲਕ ਨੇ ਚੁਣੀ ਹੈ?
topics-check-minor =
    ਸਵਾਲ 8/8।
    ਕੀ ਤੁਹਾਡੀ ਉਮਰ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਹੈ?
topics-check-thanks =
    ਜਵਾਬਾਂ ਲਈ ਧੰਨਵਾਦ।
    ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕੁਝ ਗੱਲਾਂ ਸ਼ੋਸ਼ਣ ਦੀਆਂ ਨਿਸ਼ਾਨੀਆਂ ਹੋ ਸਕਦੀਆਂ ਹਨ। ਇਨ੍ਹਾਂ ਦੇ ਹੋਰ ਕਾਰਨ ਵੀ ਹੋ ਸਕਦੇ ਹਨ।
    ਸਿਰਫ਼ ਗੱਲਬਾਤ ਨਾਲ ਹੋਰ ਪਤਾ ਲੱਗ ਸਕਦਾ ਹੈ।
topics-check-meaning =
    ਇਸਦਾ ਕੀ ਮਤਲਬ ਹੋ ਸਕਦਾ ਹੈ:
    ਜੇ ਇੱਕ ਜਾਂ ਵੱਧ ਸਵਾਲਾਂ ਦਾ ਜਵਾਬ “ਹਾਂ” ਸੀ, ਤਾਂ ਤੁਹਾਨੂੰ ਮਦਦ ਅਤੇ ਸੁਰੱਖਿਆ ਦਾ ਹੱਕ ਹੋ ਸਕਦਾ ਹੈ। ਇਹ ਕਾਗ਼ਜ਼ਾਂ ਤੋਂ ਬਿਨਾਂ ਵੀ ਸੱਚ ਹੈ।
    ਮਦਦ ਮੁਫ਼ਤ ਹੈ। ਹੁਣੇ ਕੁਝ ਵੀ ਤੈਅ ਕਰਨਾ ਜ਼ਰੂਰੀ ਨਹੀਂ।
# Shown only to someone who answered "yes" to "Are you under 18?".
topics-check-under18 =
    ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਡੀ ਉਮਰ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਹੈ।
    ਇਟਲੀ ਵਿੱਚ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਲੋਕਾਂ ਨੂੰ ਵਾਧੂ ਸੁਰੱਖਿਆ ਮਿਲਦੀ ਹੈ (law 47/2017)।
    ਹੈਲਪਲਾਈਨ ਦਾ ਕੋਈ ਵਿਅਕਤੀ ਤੁਹਾਨੂੰ ਇਹ ਸਮਝਾ ਸਕਦਾ ਹੈ।
topics-check-next-ask =
    ਹੁਣ ਤੁਸੀਂ ਕੀ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ?
    ਕਿਸੇ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲ ਕਰਨਾ ਮੁਫ਼ਤ ਅਤੇ ਗੁਪਤ ਹੈ। ਤੁਸੀਂ { $phone } ਤੇ ਫ਼ੋਨ ਵੀ ਕਰ ਸਕਦੇ ਹੋ।

## Work

topics-work-pay =
    ਕੰਮ ਬਾਰੇ ਕੁਝ ਜਾਣਕਾਰੀ।
    ਜੋ ਕੰਮ ਤੁਸੀਂ ਕੀਤਾ, ਉਸਦੀ ਤਨਖ਼ਾਹ ਲੈਣਾ ਤੁਹਾਡਾ ਹੱਕ ਹੈ।
    ਇਹ ਇਕਰਾਰਨਾਮੇ ਜਾਂ ਪਰਮਿਟ ਤੋਂ ਬਿਨਾਂ ਵੀ ਸੱਚ ਹੈ।
topics-work-signs =
    ਜਾਣਨ ਲਈ ਦੋ ਹੋਰ ਗੱਲਾਂ।
    ਜੇ ਮਾਲਕ ਤੁਹਾਡਾ ਪਾਸਪੋਰਟ ਜਾਂ ਕਾਗ਼ਜ਼ ਰੱਖ ਲਵੇ, ਤਾਂ ਇਹ ਸ਼ੋਸ਼ਣ ਦੀ ਨਿਸ਼ਾਨੀ ਹੈ।
    ਉਨ੍ਹਾਂ ਲੋਕਾਂ ਦਾ “ਕਰਜ਼ਾ” ਜੋ ਤੁਹਾਨੂੰ ਇਟਲੀ ਲਿਆਏ, ਇਹ ਵੀ ਇੱਕ ਨਿਸ਼ਾਨੀ ਹੈ।
    ਹੈਲਪਲਾਈਨ ਦੋਹਾਂ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ।
topics-work-law =
    ਇਹ ਜਾਣਨਾ ਚੰਗਾ ਹੈ:
    ਇਟਲੀ ਵਿੱਚ ਮਜ਼ਦੂਰਾਂ ਦਾ ਸ਼ੋਸ਼ਣ ਜੁਰਮ ਹੈ (“caporalato”, art. 603-bis c.p.)।
    ਜੋ ਵਿਦੇਸ਼ੀ ਮਜ਼ਦੂਰ ਤੱਥ ਸਾਹਮਣੇ ਲਿਆਉਣ ਵਿੱਚ ਮਦਦ ਕਰਨ, ਉਨ੍ਹਾਂ ਲਈ ਇੱਕ ਖ਼ਾਸ ਪਰਮਿਟ ਹੈ (art. 18-ter d.lgs. 286/1998)।
    ਹੈਲਪਲਾਈਨ ਦੱਸ ਸਕਦੀ ਹੈ ਕਿ ਤੁਹਾਡੇ ਤੇ ਕੀ ਲਾਗੂ ਹੁੰਦਾ ਹੈ: { $phone } ਤੇ ਫ਼ੋਨ ਕਰੋ, ਜਾਂ ਇੱਥੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲ ਕਰੋ।

## Asylum

topics-asylum =
    ਕੁਝ ਜਾਣਕਾਰੀ ਹਾਜ਼ਰ ਹੈ।
    ਤੁਸੀਂ ਅੰਤਰਰਾਸ਼ਟਰੀ ਸੁਰੱਖਿਆ (ਪਨਾਹ) ਮੰਗ ਸਕਦੇ ਹੋ ਅਤੇ ਨਾਲ ਹੀ ਸੁਰੱਖਿਆ ਪ੍ਰੋਗਰਾਮ ਤੋਂ ਮਦਦ ਵੀ ਲੈ ਸਕਦੇ ਹੋ।
    ਦੋਵੇਂ ਪ੍ਰਬੰਧ ਮਿਲ ਕੇ ਕੰਮ ਕਰਦੇ ਹਨ। ਉਹ ਤੁਹਾਨੂੰ ਇੱਕ ਤੋਂ ਦੂਜੇ ਵੱਲ ਭੇਜ ਸਕਦੇ ਹਨ।
topics-asylum-more =
    ਤੁਹਾਡੇ ਹਾਲਾਤ ਲਈ ਕੀ ਠੀਕ ਹੈ, ਇਹ ਜਾਣਨ ਲਈ { $phone } ਤੇ ਫ਼ੋਨ ਕਰੋ ਜਾਂ ਇੱਥੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲ ਕਰੋ।
    ਫ਼ੋਨ ਕਰਨਾ ਜਾਂ ਲਿਖਣਾ ਪੁਲਿਸ ਨੂੰ ਰਿਪੋਰਟ ਨਹੀਂ ਹੈ। ਕੀ ਦੱਸਣਾ ਹੈ, ਇਹ ਤੁਸੀਂ ਤੈਅ ਕਰਦੇ ਹੋ।

## Health care

topics-health =
    ਸਿਹਤ ਬਾਰੇ ਕੁਝ ਜਾਣਕਾਰੀ।
    ਕਾਗ਼ਜ਼ਾਂ ਤੋਂ ਬਿਨਾਂ ਵੀ ਫ਼ੌਰੀ ਅਤੇ ਜ਼ਰੂਰੀ ਇਲਾਜ ਮਿਲ ਸਕਦਾ ਹੈ। STP ਕੋਡ ਮੰਗੋ: ਇਹ ਬਿਨਾਂ ਕਾਗ਼ਜ਼ਾਂ ਵਾਲੇ ਵਿਦੇਸ਼ੀਆਂ ਲਈ ਸਿਹਤ ਕੋਡ ਹੈ।
topics-health-report =
    ਇਹ ਜਾਣਨਾ ਚੰਗਾ ਹੈ:
    ਹਸਪਤਾਲ ਜਾਂ ਡਾਕਟਰ ਕੋਲ ਜਾਣ ਨਾਲ ਪੁਲਿਸ ਨੂੰ ਰਿਪੋਰਟ ਨਹੀਂ ਹੁੰਦੀ (art. 35 c.5 d.lgs. 286/1998)।
    ਐਮਰਜੈਂਸੀ ਵਿੱਚ { $emergency } ਤੇ ਫ਼ੋਨ ਕਰੋ।

## Under 18

topics-minors =
    ਨੌਜਵਾਨਾਂ ਲਈ ਕੁਝ ਜਾਣਕਾਰੀ।
    ਜੇ ਤੁਹਾਡੀ ਉਮਰ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਹੈ, ਤਾਂ ਇਟਲੀ ਵਿੱਚ ਕਾਨੂੰਨ ਤੁਹਾਨੂੰ ਵਾਧੂ ਸੁਰੱਖਿਆ ਦਿੰਦਾ ਹੈ (law 47/2017)।
topics-minors-age =
    ਕਿਰਪਾ ਕਰਕੇ ਦੱਸੋ ਜੇ ਤੁਹਾਡੀ ਉਮਰ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਹੈ।
    ਇੱਥੇ ਜਵਾਬ ਦੇਣ ਵਾਲੇ ਵਿਅਕਤੀ ਨੂੰ ਦੱਸੋ, ਜਾਂ ਜਦੋਂ { $phone } ਤੇ ਫ਼ੋਨ ਕਰੋ।
    ਫਿਰ ਉਨ੍ਹਾਂ ਨੂੰ ਪਤਾ ਹੋਵੇਗਾ ਕਿ ਤੁਹਾਡੇ ਨਾਲ ਕਿਹੜੀ ਮਦਦ ਲੱਭਣੀ ਹੈ।

## Going home

topics-home =
    ਵਾਪਸ ਜਾਣ ਬਾਰੇ ਕੁਝ ਜਾਣਕਾਰੀ।
    ਅਜਿਹੇ ਪ੍ਰੋਗਰਾਮ ਹਨ ਜੋ ਲੋਕਾਂ ਨੂੰ ਸੁਰੱਖਿਅਤ ਢੰਗ ਨਾਲ ਆਪਣੇ ਦੇਸ਼ ਵਾਪਸ ਜਾਣ ਵਿੱਚ ਮਦਦ ਕਰਦੇ ਹਨ, ਜੇ ਉਹ ਇਹ ਚੁਣਨ (assisted voluntary return; ਇਹ IOM ਚਲਾਉਂਦਾ ਹੈ)।
topics-home-more =
    ਇਹ ਤੁਹਾਡੀ ਮਰਜ਼ੀ ਹੈ। ਤੁਸੀਂ ਇਟਲੀ ਵਿੱਚ ਰਹਿ ਕੇ ਇੱਥੇ ਵੀ ਮਦਦ ਮੰਗ ਸਕਦੇ ਹੋ।
    ਹੈਲਪਲਾਈਨ ਦੱਸ ਸਕਦੀ ਹੈ ਕਿ ਇਹ ਕਿਵੇਂ ਹੁੰਦਾ ਹੈ: { $phone } ਤੇ ਫ਼ੋਨ ਕਰੋ, ਜਾਂ ਇੱਥੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲ ਕਰੋ।

## Calling the national number

topics-call =
    ਜਦੋਂ ਤੁਸੀਂ { $phone } ਤੇ ਫ਼ੋਨ ਕਰੋ:
    ਫ਼ੋਨ ਮੁਫ਼ਤ ਹੈ। ਤੁਸੀਂ ਹਰ ਦਿਨ, ਦਿਨ ਰਾਤ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹੋ।
    ਆਪਣਾ ਨਾਮ ਦੱਸਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ: ਫ਼ੋਨ ਬੇਨਾਮ ਹੋ ਸਕਦਾ ਹੈ।
topics-call-language =
    ਤੁਸੀਂ ਸੱਭਿਆਚਾਰਕ ਵਿਚੋਲਾ (mediator) ਮੰਗ ਸਕਦੇ ਹੋ: ਉਹ ਕਈ ਭਾਸ਼ਾਵਾਂ ਬੋਲਦੇ ਹਨ।
    ਕੀ ਦੱਸਣਾ ਹੈ, ਇਹ ਤੁਸੀਂ ਤੈਅ ਕਰਦੇ ਹੋ। ਫ਼ੋਨ ਕਰਨਾ ਪੁਲਿਸ ਨੂੰ ਰਿਪੋਰਟ ਨਹੀਂ ਹੈ।
topics-call-chat =
    ਇਹ ਜਾਣਨਾ ਚੰਗਾ ਹੈ:
    ਇਹ ਚੈਟ ਗੁਪਤ ਹੈ, ਪਰ ਬੇਨਾਮ ਨਹੀਂ। ਜਿਹੜੀ ਐਪ ਤੁਸੀਂ ਵਰਤਦੇ ਹੋ, ਉਹ ਤੁਹਾਡਾ ਖਾਤਾ ਜਾਣਦੀ ਹੈ।
