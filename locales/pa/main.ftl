### varco-review: unreviewed
### legal-review: pending
### Unreviewed draft: machine-assisted; a native speaker must review it before use.
### Main flow: welcome, language, safety check, who is writing, help, operator, quick exit,
### end, and the option labels shared by every flow (nav-*).
### Rule: the first line of every message must be harmless on a lock screen.
### For translators: person-facing texts are CEFR A2 (short sentences, everyday words),
### gender-neutral, with no promises. Button labels (`*-opt-*`, `nav-*`) fit in 30
### characters. The first line of each message is what a lock screen shows: keep it free of
### words like helpline, trafficking, exploitation, danger, police, case, victim, abuse.
### Variables every message may use: { $phone } = "800 290 290", { $emergency } = "112",
### { $helpline } = "Numero Verde Antitratta" (a name: never translated).

## Welcome and language

# The very first message of a conversation, before the language choice (in the phone's
# language when Varco has it).
welcome-hello = ਹੈਲੋ, ਲਿਖਣ ਲਈ ਧੰਨਵਾਦ।
# Right after welcome-hello: the bot says it is automatic and that a person can take over.
# "Confidential" is exact: the chat is not anonymous (the app knows the account).
welcome-free =
    ਮੈਂ ਇੱਕ ਆਟੋਮੈਟਿਕ ਸਹਾਇਕ (ਬੋਟ) ਹਾਂ। ਸਾਡੀ ਟੀਮ ਦਾ ਕੋਈ ਵਿਅਕਤੀ ਵੀ ਇੱਥੇ ਤੁਹਾਡੇ ਨਾਲ ਲਿਖ ਸਕਦਾ ਹੈ।
    ਇਹ ਚੈਟ ਮੁਫ਼ਤ ਅਤੇ ਗੁਪਤ ਹੈ। ਆਪਣਾ ਨਾਮ ਦੱਸਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ।
    ਪਹਿਲਾਂ ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ।
# The language question; the options are each language's own name (language-name).
language-ask = ਤੁਸੀਂ ਕਿਹੜੀ ਭਾਸ਼ਾ ਚਾਹੁੰਦੇ ਹੋ?

## Safety check

# Sent after the language choice, before safety-ask: message previews, and what the
# platform knows. Example: { $phone } = "800 290 290".
safety-privacy =
    ਤੁਹਾਡੀ ਨਿੱਜਤਾ ਲਈ ਇੱਕ ਸਲਾਹ।
    ਤੁਹਾਡਾ ਫ਼ੋਨ ਨਵੇਂ ਸੁਨੇਹੇ ਲਾਕ ਸਕਰੀਨ ਤੇ ਦਿਖਾ ਸਕਦਾ ਹੈ। ਉਨ੍ਹਾਂ ਨੂੰ ਲੁਕਾਉਣ ਲਈ, ਆਪਣੀ ਐਪ ਦੀਆਂ ਨੋਟੀਫ਼ਿਕੇਸ਼ਨ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਸੁਨੇਹਾ ਪ੍ਰੀਵਿਊ ਬੰਦ ਕਰੋ।
    ਇਹ ਚੈਟ ਗੁਪਤ ਹੈ, ਪਰ ਬੇਨਾਮ ਨਹੀਂ: ਜਿਹੜੀ ਐਪ ਤੁਸੀਂ ਵਰਤਦੇ ਹੋ, ਉਹ ਤੁਹਾਡਾ ਖਾਤਾ ਜਾਣਦੀ ਹੈ। { $phone } ਤੇ ਫ਼ੋਨ ਬੇਨਾਮ ਹੋ ਸਕਦਾ ਹੈ।
# A question with two buttons (safety-opt-yes, safety-opt-later).
safety-ask = ਕੀ ਤੁਸੀਂ ਹੁਣ ਸੁਰੱਖਿਅਤ ਢੰਗ ਨਾਲ ਲਿਖ ਸਕਦੇ ਹੋ?
# Button, ≤ 30 characters.
safety-opt-yes = ਹਾਂ
# Button, ≤ 30 characters.
safety-opt-later = ਹੁਣ ਨਹੀਂ
# After "Yes" to safety-ask.
safety-ok =
    ਚੰਗਾ।
    ਸਲਾਹ: ਛੇਤੀ ਨਿਕਲਣ ਲਈ ਕਿਸੇ ਵੀ ਵੇਲੇ /exit ਲਿਖੋ।
    ਜਿੱਥੇ ਹੋ ਸਕੇ, ਇਹ ਇਸ ਚੈਟ ਨੂੰ ਮਿਟਾ ਦਿੰਦਾ ਹੈ।
# After "Not now" to safety-ask; first of three tips.
safety-tips-exit =
    ਠੀਕ ਹੈ। ਕੁਝ ਸਲਾਹਾਂ।
    ਛੇਤੀ ਨਿਕਲਣ ਲਈ ਕਿਸੇ ਵੀ ਵੇਲੇ /exit ਲਿਖੋ, ਜਾਂ ਹੇਠਾਂ ਵਾਲਾ ਬਟਨ ਦਬਾਓ।
    ਜਿੱਥੇ ਹੋ ਸਕੇ, ਇਹ ਇਸ ਚੈਟ ਨੂੰ ਮਿਟਾ ਦਿੰਦਾ ਹੈ।
# Second tip.
safety-tips-delete =
    ਤੁਸੀਂ ਇਹ ਚੈਟ ਆਪ ਵੀ ਆਪਣੀ ਐਪ ਵਿੱਚ ਮਿਟਾ ਸਕਦੇ ਹੋ।
    ਬੋਟ ਸਿਰਫ਼ ਹਾਲੀਆ ਸੁਨੇਹੇ ਮਿਟਾ ਸਕਦਾ ਹੈ, ਇਸ ਲਈ ਆਪ ਵੀ ਮਿਟਾਉਣਾ ਚੰਗਾ ਹੈ।
# Third tip. Example: { $emergency } = "112".
safety-tips-emergency =
    ਇੱਕ ਹੋਰ ਗੱਲ:
    ਜੇ ਹੁਣੇ ਫ਼ੌਰੀ ਖ਼ਤਰਾ ਹੋਵੇ, ਤਾਂ { $emergency } ਤੇ ਫ਼ੋਨ ਕਰੋ।
# A question with three buttons after the tips.
safety-next-ask = ਕੀ ਹੁਣ ਅੱਗੇ ਚੱਲੀਏ?
# Button, ≤ 30 characters.
safety-opt-continue = ਅੱਗੇ ਚੱਲੋ
# Button, ≤ 30 characters.
safety-opt-stop = ਹੁਣ ਲਈ ਰੁਕੋ

## Who is writing (the main menu)

# The main menu: who is writing. Options: role-opt-*, nav-person, nav-leave.
role-ask =
    ਧੰਨਵਾਦ। ਤੁਹਾਡੇ ਲਈ ਕਿਹੜਾ ਸਭ ਤੋਂ ਠੀਕ ਹੈ?
    ਜੇ ਤੁਸੀਂ ਕਿਸੇ ਸੰਸਥਾ, ਪੁਲਿਸ, ਸਮਾਜਿਕ ਜਾਂ ਸਿਹਤ ਸੇਵਾ, ਯੂਨੀਅਨ ਜਾਂ ਮਾਲਕਾਂ ਦੀ ਜਥੇਬੰਦੀ ਵਿੱਚ ਕੰਮ ਕਰਦੇ ਹੋ, ਤਾਂ “ਆਪਣੇ ਕੰਮ ਲਈ ਪੁੱਛਣਾ ਹੈ” ਚੁਣੋ।
# Button, ≤ 30 characters.
role-opt-self = ਮੈਨੂੰ ਆਪਣੇ ਲਈ ਮਦਦ ਚਾਹੀਦੀ ਹੈ
# Button, ≤ 30 characters.
role-opt-other = ਕਿਸੇ ਹੋਰ ਦੀ ਚਿੰਤਾ ਹੈ
# Button, ≤ 30 characters; role-ask quotes it, keep both the same.
role-opt-work = ਆਪਣੇ ਕੰਮ ਲਈ ਪੁੱਛਣਾ ਹੈ

## Option labels shared by every flow (buttons: 30 characters at most)

# Button, ≤ 30 characters: asks for a human operator.
nav-person = ਕਿਸੇ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲ ਕਰੋ
# Button, ≤ 30 characters.
nav-main-menu = ਮੁੱਖ ਮੀਨੂ
# Button, ≤ 30 characters.
nav-back = ਪਿੱਛੇ
# Button, ≤ 30 characters: the quick exit.
nav-leave = ਨਿਕਲੋ ਅਤੇ ਚੈਟ ਮਿਟਾਓ
# Button, ≤ 30 characters: "not safe now": the bot sends nothing until the person writes
# again. Neutral words: someone else may see the screen.
nav-not-safe = ਹੁਣ ਪੜ੍ਹਨਾ ਸੰਭਵ ਨਹੀਂ

## Help

# /help, first part: the commands stay as they are (/menu, /lang…), never translated.
help-commands =
    ਇਹ ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਵੇਲੇ ਲਿਖ ਸਕਦੇ ਹੋ:
    /menu: ਵਿਕਲਪ ਵੇਖੋ
    /lang: ਭਾਸ਼ਾ ਬਦਲੋ
    /operator: ਕਿਸੇ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲ ਕਰੋ
# /help, second part. Examples: { $helpline } = "Numero Verde Antitratta",
# { $phone } = "800 290 290", { $emergency } = "112". Calling can be anonymous.
help-more =
    /exit: ਛੇਤੀ ਨਿਕਲੋ, ਜਿੱਥੇ ਹੋ ਸਕੇ ਇਹ ਚੈਟ ਮਿਟ ਜਾਂਦੀ ਹੈ
    /help: ਇਹ ਸੁਨੇਹਾ
    { $helpline }: { $phone }, ਮੁਫ਼ਤ ਅਤੇ ਬੇਨਾਮ, ਦਿਨ ਰਾਤ।
    ਫ਼ੌਰੀ ਖ਼ਤਰੇ ਵਿੱਚ: { $emergency }।

## Talk to a person (handoff from /operator or the main menu)

# The person asked for an operator. { $case } = "12": a reference number, not a police
# case; never the word "case" in the translation.
operator-queued =
    ਠੀਕ ਹੈ, ਧੰਨਵਾਦ।
    ਹੈਲਪਲਾਈਨ ਦੇ ਇੱਕ ਵਿਅਕਤੀ ਨੂੰ ਇੱਥੇ ਤੁਹਾਨੂੰ ਜਵਾਬ ਦੇਣ ਲਈ ਕਿਹਾ ਜਾ ਰਿਹਾ ਹੈ। ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ { $case } ਹੈ।
    ਉਡੀਕ ਦੌਰਾਨ ਤੁਸੀਂ ਲਿਖ ਸਕਦੇ ਹੋ। ਵਾਪਸ ਜਾਣ ਲਈ /menu, ਛੇਤੀ ਨਿਕਲਣ ਲਈ /exit।

## Quick exit and end

# Neutral on purpose: it is the last thing left on the screen.
exit-neutral = ਠੀਕ ਹੈ।
# The conversation ended. Example: { $phone } = "800 290 290".
end-bye =
    ਲਿਖਣ ਲਈ ਧੰਨਵਾਦ।
    ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਵੇਲੇ ਦੁਬਾਰਾ ਲਿਖ ਸਕਦੇ ਹੋ, ਜਾਂ ਦਿਨ ਰਾਤ { $phone } ਤੇ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹੋ।
