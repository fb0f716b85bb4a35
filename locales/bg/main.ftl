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
welcome-hello = Здравей и благодарим ти, че пишеш.
# Right after welcome-hello: the bot says it is automatic and that a person can take over.
# "Confidential" is exact: the chat is not anonymous (the app knows the account).
welcome-free =
    Аз съм автоматичен асистент. Човек от нашия екип също може да ти пише тук.
    Този чат е безплатен и поверителен. Не е нужно да казваш името си.
    Първо избери своя език.
# The language question; the options are each language's own name (language-name).
language-ask = Кой език предпочиташ?

## Safety check

# Sent after the language choice, before safety-ask: message previews, and what the
# platform knows. Example: { $phone } = "800 290 290".
safety-privacy =
    Съвет за твоята поверителност.
    Телефонът може да показва новите съобщения на заключения екран. За да ги скриеш, изключи прегледа на съобщенията в настройките за известия на приложението.
    Този чат е поверителен, но не е анонимен: приложението, което използваш, познава профила ти. Обаждане на { $phone } може да бъде анонимно.
# A question with two buttons (safety-opt-yes, safety-opt-later).
safety-ask = Можеш ли да пишеш безопасно сега?
# Button, ≤ 30 characters.
safety-opt-yes = Да
# Button, ≤ 30 characters.
safety-opt-later = Не сега
# After "Yes" to safety-ask.
safety-ok =
    Добре.
    Съвет: напиши /exit по всяко време, за да излезеш бързо.
    Това изтрива чата, когато е възможно.
# After "Not now" to safety-ask; first of three tips.
safety-tips-exit =
    Добре. Няколко съвета.
    За да излезеш бързо, напиши /exit по всяко време или натисни бутона по-долу.
    Това изтрива чата, когато е възможно.
# Second tip.
safety-tips-delete =
    Можеш и ти да изтриеш този чат в своето приложение.
    Ботът може да изтрива само последните съобщения, затова е добре да го направиш и ти.
# Third tip. Example: { $emergency } = "112".
safety-tips-emergency =
    Още нещо:
    ако си в непосредствена опасност, обади се на { $emergency }.
# A question with three buttons after the tips.
safety-next-ask = Искаш ли да продължим сега?
# Button, ≤ 30 characters.
safety-opt-continue = Продължи
# Button, ≤ 30 characters.
safety-opt-stop = Спри засега

## Who is writing (the main menu)

# The main menu: who is writing. Options: role-opt-*, nav-person, nav-leave.
role-ask =
    Благодарим. Кое те описва най-добре?
    Избери „Питам заради работата си“, ако работиш за организация, полицията, социални или здравни служби, синдикат или сдружение на работодатели.
# Button, ≤ 30 characters.
role-opt-self = Трябва ми помощ за мен
# Button, ≤ 30 characters.
role-opt-other = Тревожа се за някого
# Button, ≤ 30 characters; role-ask quotes it, keep both the same.
role-opt-work = Питам заради работата си

## Option labels shared by every flow (buttons: 30 characters at most)

# Button, ≤ 30 characters: asks for a human operator.
nav-person = Говори с човек
# Button, ≤ 30 characters.
nav-main-menu = Главно меню
# Button, ≤ 30 characters.
nav-back = Назад
# Button, ≤ 30 characters: the quick exit.
nav-leave = Излез и изтрий чата
# Button, ≤ 30 characters: "not safe now": the bot sends nothing until the person writes
# again. Neutral words: someone else may see the screen.
nav-not-safe = Не мога да чета сега

## Help

# /help, first part: the commands stay as they are (/menu, /lang…), never translated.
help-commands =
    Ето какво можеш да пишеш по всяко време:
    /menu: виж възможностите
    /lang: смени езика
    /operator: говори с човек
# /help, second part. Examples: { $helpline } = "Numero Verde Antitratta",
# { $phone } = "800 290 290", { $emergency } = "112". Calling can be anonymous.
help-more =
    /exit: бърз изход, изтрива този чат, когато е възможно
    /help: това съобщение
    { $helpline }: { $phone }, безплатно и анонимно, денем и нощем.
    При непосредствена опасност: { $emergency }.

## Talk to a person (handoff from /operator or the main menu)

# The person asked for an operator. { $case } = "12": a reference number, not a police
# case; never the word "case" in the translation.
operator-queued =
    Добре, благодарим.
    Моля човек от линията за помощ да ти отговори тук. Твоят номер за справка е { $case }.
    Можеш да пишеш, докато чакаш. /menu за връщане, /exit за бърз изход.

## Quick exit and end

# Neutral on purpose: it is the last thing left on the screen.
exit-neutral = Добре.
# The conversation ended. Example: { $phone } = "800 290 290".
end-bye =
    Благодарим ти, че пишеш.
    Можеш да пишеш отново по всяко време или да се обадиш на { $phone }, денем и нощем.
