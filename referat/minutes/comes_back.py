"""How a case is said to come back: taken home, asked to come again, reworked and brought again, put on the agenda
again. Two pieces of the postponement family's pattern (postponements.py). Pure; docs/minutes.md lists them.
"""

from __future__ import annotations

# The case taken home or back, asked to come again, on the agenda again.
COMES_BACK = (
    # "… planen kommer på, når tallene er der"; "Så får administrationen den med hjem og retter den til" (also
    # "Forvaltningen tager den med hjem og kommer igen")
    r"|\bkommer (?:op )?på(?: igen)?,? (?:når|efter at)\b"
    r"|\b(?:får|tager) (?:\w+ )?(?:den|det|dem|sagen|planen) med (?:hjem|tilbage(?! til))\b"
    # (not what someone takes back to a body: "Jeg tager det med tilbage til styringsgruppen")
    # asked to come again, worked on and back, on the agenda again: "Vi beder CBA om at komme igen med et bedre
    # oplæg", "Så beder vi forvaltningen om at komme tilbage med tallene", "CBA arbejder videre med den og kommer
    # igen", "Den kommer på dagsordenen igen i august", "Vi sætter den på igen, når …", "Så får vi den på igen i marts"
    r"|\bbeder (?:\w+ ){0,2}om at komme (?:igen|tilbage)\b"
    r"|\bvidere med (?:den|det|sagen|punktet) og kommer (?:igen|tilbage)\b"
    r"|\bkommer (?:igen )?på dagsordenen (?:igen|i|til|efter|på)\b"
    r"|\b(?:sætter|får|tager) (?:vi )?(?:den|det|sagen|punktet) på igen\b"
    # (also "Den får vi på igen i september.", "Lad den komme igen med de tal, vi har bedt om.")
    r"|\b(?:den|det|sagen|punktet) (?:får|sætter|tager) vi på igen\b"
    r"|\blad (?:den|det|sagen|punktet) komme (?:igen|tilbage)\b"
    # the case first, wanted again: "Den må vi have igen med tallene."
    r"|^(?:så )?(?:den|det|dem|sagen) må vi have (?:igen|tilbage)\b"
)

# The case to be reworked and come again.
COMES_AGAIN = (
    # the case to be reworked and come again: "Strategien skal omskrives og komme igen.", "Vi beder forvaltningen
    # arbejde videre og komme igen.", "Forvaltningen genfremsætter sagen i januar."
    # (not a delivery: "… og komme igen med en status")
    # (also "Den skal omarbejdes og fremlægges igen.", "Den må komme igen."; not a thing named after an approval:
    # "Godkendt. Budgettet skal forelægges igen.")
    # (also with a time or a condition: "Den må komme igen, når tilbuddene er her.")
    # (also "Den skal justeres og komme tilbage.", "Den skal have vikarerne med og så komme igen.", "Den bliver
    # revideret og forelagt igen.", and the modal after a first word: "Med vikarerne kan den komme igen i januar.")
    # (not back after its hearing: "Den skal i høring og komme tilbage til os efter sommerferien.")
    r"|^(?!.*\b(?:høring\w*|sendes|ud)\b)(?:så )?(?:(?:den|det|sagen|punktet) (?:må|skal)"
    r"|(?:den|det|sagen|punktet|[\w-]+(?:en|et|ne|erne)) skal (?:\w+ ){1,4}og(?: så)?"
    r"|(?:den|det|sagen|punktet) bliver \w+ og) (?:komme|fremlægges|forelægges|fremlagt|forelagt) (?:igen|tilbage)"
    r"(?=[.!]?$|,? (?:når|efter|til|i|på|om)\b| med (?:den|det|sagen|en ny|et nyt)\b)"
    r"|^(?!.*\bhøring)(?:(?:ja|jo|okay|godt|fint),? )?(?:med|så) [^.!?]*?\b(?:kan|må|skal) (?:den|sagen|punktet)"
    r" komme (?:igen|tilbage)"
    r"(?=[.!]?$|,? (?:når|efter|til|i|på|om)\b)"
    # (also "… og forelægge den igen": "Vi beder forvaltningen indarbejde bemærkningerne og forelægge den igen.")
    r"|\bbeder (?:\w+ )?(?:forvaltningen|administrationen|sekretariatet|\w+(?:en|et)) (?:om at )?(?:\w+ ){1,3}og"
    r" (?:komme|(?:forelægge|fremlægge) (?:den|det|sagen|planen)) igen(?=[.!]?$| med (?:den|det|sagen|en ny|et nyt)\b)"
    r"|\bgenfremsæt\w*"
)
