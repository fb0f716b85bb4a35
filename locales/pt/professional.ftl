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
    Obrigado pela mensagem.
    A linha de apoio também ajuda organizações e serviços que atendem pessoas que podem precisar de proteção.
# The menu question; options below.
professional-menu-ask = O que gostaria de saber?
# Button, ≤ 30 characters.
professional-opt-consult = Consultoria
# Button, ≤ 30 characters.
professional-opt-referral = Procedimento de encaminhamento

## Consultation

# Italian: "Lei". "Not a complaint to the police": the person decides.
professional-consult-advice =
    Seguem algumas informações.
    A linha de apoio orienta instituições e organizações que entram em contato com possíveis vítimas de tráfico e exploração, de qualquer tipo: sexual, no trabalho, mendicância forçada, crimes forçados.
    Entrar em contato com a linha de apoio não é uma denúncia à polícia; quem decide é a própria pessoa.
# The legal measures, as general as the helpline's notes.
professional-consult-assess =
    Além disso:
    ela avalia em conjunto se as condições para as medidas de apoio estão presentes: o programa único de proteção (art. 18 c.3-bis d.lgs. 286/1998), a autorização de residência por proteção social ("casi speciali", art. 18 d.lgs. 286/1998; via social ou judicial) e, para a exploração no trabalho, a autorização do art. 18-ter d.lgs. 286/1998.
    Pessoas com cidadania da UE podem entrar no programa; não precisam de autorização. A ajuda não depende de uma autorização.
# Example: { $phone } = "800 290 290".
professional-consult-who =
    Quem pode entrar em contato:
    serviços sociais e de saúde, ONGs, associações de empregadores e de trabalhadores, forças policiais, autoridades judiciais e cidadãos em geral.
    Ligue para o { $phone }, 24 horas por dia, ou fale com uma pessoa aqui.

## Referral procedure

# Since 2016 one programme (DPCM 16 May 2016); art. 13 L. 228/2003 is cited as the seed does.
professional-referral-local =
    Seguem algumas informações.
    A linha de apoio encaminha pessoas para os projetos locais que executam o programa único de emersão, assistência e integração social (art. 18 c.3-bis d.lgs. 286/1998, DPCM 16 de maio de 2016; art. 13 L. 228/2003).
# Example: { $phone } = "800 290 290".
professional-referral-transfer =
    Ela também articula em rede os pedidos de transferência entre os projetos que executam o programa em outros territórios.
    Para encaminhar alguém, ligue para o { $phone } ou fale com uma pessoa aqui.

## Talk to a person

# { $case } = "12": a reference number.
professional-person-queued =
    Certo, obrigado.
    Estou pedindo para uma pessoa da linha de apoio responder aqui. Número de referência: { $case }.
    Já é possível escrever a sua pergunta. /menu para voltar.
