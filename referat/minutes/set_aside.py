"""How a case is said to be set aside for a while: kept for a later meeting, held back or left to stand, no time for it
today, come back to after something else (too early is the closer's last word alone: closing.LATER_OR_NOT). One piece
of the postponement family's pattern (postponements.py). Pure; docs/minutes.md lists the forms.
"""

from __future__ import annotations

from referat.danish import MONTH_NAME

SET_ASIDE = (
    # kept for later: "Den gemmer vi til næste møde.", "Lad os gemme den til efter sommerferien."
    r"\b(?:gemme[r]? (?:vi )?(?:den|det|dem|sagen|punktet)|(?:den|det|dem|sagen|punktet) gemmer vi) til\b"
    # held back a while: "Vi holder lige igen med udbuddet.", "Udbuddet må stå lidt.", "Vi lader den lige stå lidt."
    r"|\bholder (?:vi )?(?:lige )?igen med (?:den|det|dem|sagen|\w+(?:en|et|ne|erne))\b"
    r"|\b(?:må|skal) (?:\w+ )?stå (?:lidt|et stykke tid|stille)\b"
    r"|\blader (?:vi )?(?:den|det|dem|sagen|punktet) (?:lige )?stå (?:lidt|et stykke tid|en \w+)\b"
    # no time for it today: "Vi har ikke tid til den i dag", also the case first: "Den har vi ikke tid til i dag."
    r"|\bikke tid til (?:den|det|dem|sagen|punktet) i dag\b"
    r"|^(?:så )?(?:den|det|dem|sagen|punktet) har vi ikke tid til (?:i dag|i aften)\b"
    # taken at a month or a later meeting: "Den tager vi i januar.", "Vi tager den til januar.", "Den tager vi på
    # augustmødet.", "Vi tager den på næste møde." (the case by its pronoun; not "Så tager vi på studietur i maj")
    r"|\b(?:(?:den|dem|sagen|punktet) tager vi|tager (?:vi )?(?:den|dem|sagen|punktet)) (?:først |så )?"
    r"(?:(?:i|til) " + MONTH_NAME + r"|på (?:" + MONTH_NAME + r"mødet|næste møde|et senere møde))\b"
    # looked at together with others later: "Så ser vi på alle ansøgningerne samlet i november."
    r"|\bser (?:vi )?på (?:alle )?(?:de )?(?:\w+ )?\w+(?:erne|ne) samlet (?:i|til|på|efter)\b"
    # not decided today: "Den tager vi ikke stilling til i dag."
    r"|\b(?:(?:den|det|dem|sagen|punktet) tager vi |tager (?:vi )?(?:(?:den|det|dem|sagen|punktet) )?)ikke stilling til"
    r"(?: (?:den|det|dem|sagen|punktet))? (?:i dag|i aften|endnu|på dette møde)\b"
    # kept open: "Vi lader den stå åben til januar.", "Sagen holdes åben." (not a thing kept open, "Den holdes åben."
    # on "at svømmehallen holdes lukket")
    r"|\blader (?:vi )?(?:den|det|sagen|punktet) stå åben (?:til|indtil)\b|\b(?:sagen|punktet) (?:holdes|står) åben\b"
    # come back to after something else: "Lad os få vikarerne med og så vende tilbage.", "… og vender tilbage til den."
    # (not with something new: "… og vender tilbage med en plan for bredbånd")
    r"|\bog (?:så )?vender? (?:vi |så )*tilbage(?: til (?:den|det|dem|sagen|punktet|planen|indstillingen))?(?=[.!]?$)"
)
