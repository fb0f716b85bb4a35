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
welcome-hello = Olá, e obrigado pela mensagem.
# Right after welcome-hello: the bot says it is automatic and that a person can take over.
# "Confidential" is exact: the chat is not anonymous (the app knows the account).
welcome-free =
    Sou um assistente automático. Uma pessoa da nossa equipe também pode escrever com você aqui.
    Esta conversa é gratuita e confidencial. Você não precisa dizer seu nome.
    Primeiro, escolha seu idioma.
# The language question; the options are each language's own name (language-name).
language-ask = Qual idioma você prefere?

## Safety check

# Sent after the language choice, before safety-ask: message previews, and what the
# platform knows. Example: { $phone } = "800 290 290".
safety-privacy =
    Uma dica para sua privacidade.
    Seu celular pode mostrar as mensagens novas na tela de bloqueio. Para escondê-las, desligue a prévia das mensagens nas configurações de notificação do seu aplicativo.
    Esta conversa é confidencial, mas não anônima: o aplicativo que você usa conhece sua conta. Uma ligação para o { $phone } pode ser anônima.
# A question with two buttons (safety-opt-yes, safety-opt-later).
safety-ask = Você pode escrever com segurança agora?
# Button, ≤ 30 characters.
safety-opt-yes = Sim
# Button, ≤ 30 characters.
safety-opt-later = Agora não
# After "Yes" to safety-ask.
safety-ok =
    Ótimo.
    Dica: escreva /exit a qualquer momento para sair rápido.
    Isso apaga esta conversa quando for possível.
# After "Not now" to safety-ask; first of three tips.
safety-tips-exit =
    Certo. Algumas dicas.
    Para sair rápido, escreva /exit a qualquer momento, ou toque no botão abaixo.
    Isso apaga esta conversa quando for possível.
# Second tip.
safety-tips-delete =
    Você também pode apagar esta conversa, no seu aplicativo.
    O robô só consegue apagar as mensagens recentes, então é bom você apagar também.
# Third tip. Example: { $emergency } = "112".
safety-tips-emergency =
    Mais uma coisa:
    se você está em perigo imediato, ligue para o { $emergency }.
# A question with three buttons after the tips.
safety-next-ask = Quer continuar agora?
# Button, ≤ 30 characters.
safety-opt-continue = Continuar
# Button, ≤ 30 characters.
safety-opt-stop = Parar por agora

## Who is writing (the main menu)

# The main menu: who is writing. Options: role-opt-*, nav-person, nav-leave.
role-ask =
    Obrigado. O que combina mais com você?
    Escolha “Pergunto pelo meu trabalho” se você trabalha para uma organização, a polícia, serviços sociais ou de saúde, um sindicato ou uma associação de empregadores.
# Button, ≤ 30 characters.
role-opt-self = Preciso de ajuda para mim
# Button, ≤ 30 characters.
role-opt-other = Me preocupo com alguém
# Button, ≤ 30 characters; role-ask quotes it, keep both the same.
role-opt-work = Pergunto pelo meu trabalho

## Option labels shared by every flow (buttons: 30 characters at most)

# Button, ≤ 30 characters: asks for a human operator.
nav-person = Falar com uma pessoa
# Button, ≤ 30 characters.
nav-main-menu = Menu principal
# Button, ≤ 30 characters.
nav-back = Voltar
# Button, ≤ 30 characters: the quick exit.
nav-leave = Sair e apagar a conversa
# Button, ≤ 30 characters: "not safe now": the bot sends nothing until the person writes
# again. Neutral words: someone else may see the screen.
nav-not-safe = Não posso ler agora

## Help

# /help, first part: the commands stay as they are (/menu, /lang…), never translated.
help-commands =
    Veja o que você pode escrever a qualquer momento:
    /menu: ver as opções
    /lang: mudar de idioma
    /operator: falar com uma pessoa
# /help, second part. Examples: { $helpline } = "Numero Verde Antitratta",
# { $phone } = "800 290 290", { $emergency } = "112". Calling can be anonymous.
help-more =
    /exit: sair rápido, apaga esta conversa quando for possível
    /help: esta mensagem
    { $helpline }: { $phone }, gratuito e anônimo, dia e noite.
    Em perigo imediato: { $emergency }.

## Talk to a person (handoff from /operator or the main menu)

# The person asked for an operator. { $case } = "12": a reference number, not a police
# case; never the word "case" in the translation.
operator-queued =
    Certo, obrigado.
    Estou pedindo para uma pessoa da linha de apoio responder você aqui. Seu número de referência é { $case }.
    Você pode escrever enquanto espera. /menu para voltar, /exit para sair rápido.

## Quick exit and end

# Neutral on purpose: it is the last thing left on the screen.
exit-neutral = Certo.
# The conversation ended. Example: { $phone } = "800 290 290".
end-bye =
    Obrigado pela mensagem.
    Você pode escrever de novo a qualquer momento, ou ligar para o { $phone }, dia e noite.
