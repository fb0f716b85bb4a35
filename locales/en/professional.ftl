### varco-review: reviewed
### Professional flow: organisations, police, social and health services, unions,
### employers' associations. Consultation, referral procedure, talk to a person.

## Menu

professional-intro =
    Thanks for writing.
    The helpline also supports organisations and services that meet people who may need protection.
professional-menu-ask = What would you like to know?
professional-opt-consult = Consultation
professional-opt-referral = Referral procedure

## Consultation

professional-consult-advice =
    Here is some information.
    The helpline advises institutions and organisations that come into contact with possible victims of trafficking and exploitation.
professional-consult-assess =
    In addition:
    it assesses whether the conditions for the support measures provided by law are met (art. 18 d.lgs. 286/1998, art. 13 L. 228/2003).
professional-consult-who =
    Who can contact it:
    social and health services, NGOs, employers' and workers' associations, law enforcement, judicial authorities and private citizens.
    Call { $phone }, 24 hours a day, or talk to a person here.

## Referral procedure

professional-referral-local =
    Here is some information.
    The helpline refers victims of trafficking to the local bodies that run the assistance programmes (art. 13 L. 228/2003) and the assistance and social integration programmes (art. 18 d.lgs. 286/1998).
professional-referral-transfer =
    It also networks transfer requests between the bodies running these programmes in other territories.
    To refer someone, call { $phone } or talk to a person here.

## Talk to a person

professional-person-queued =
    Ok, thanks.
    I am asking a person from the helpline to answer you here. Case number: { $case }.
    You can already write your question. /menu to go back.
