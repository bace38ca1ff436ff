"""The phrasings a Beslutning is recognised by: one family per way of saying it. Pure.

Every family has a kind, a weight, a pattern over the normalised sentence and an
example sentence it matches (docs/minutes.md lists them; a test checks every
example). A sentence takes the kind of the first family that matches it, so the
negations and postponements come before the approvals they contain ("godkender
vi ikke", "kan vi godkende det? Nej, vi venter").
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Family:
    kind: str
    name: str
    pattern: re.Pattern[str]
    weight: float
    example: str


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_NOT_IKKE = r"(?:(?!ikke\b)\w+ )"
_APPROVE = (r"(?:godkend\w*|vedta\w*|vedtog|tiltræd\w*|tiltrådt\w*|bevilg\w*|bevilget|imødekomm\w*"
            r"|følge[rs]? " + _NOT_IKKE + r"?(?:indstilling\w*|forvaltningen|administrationen)"
            r"|sende[rs]? " + _NOT_IKKE + r"{0,3}i (?:udbud|høring))")
# Verbs of approval that a following "ikke" negates: "godkender vi dem ikke", "sender vi den ikke i udbud".
_NEGATABLE = r"(?:godkend\w*|vedta\w*|vedtog|tiltræd\w*|bevilg\w*|imødekomm\w*|følge[rs]?|sende[rs]?|anbefale[rs]?)"

FAMILIES: tuple[Family, ...] = (
    Family("partly_approved", "approval of some points, not others", _rx(
        r"\b(?:godkend\w*|vedta\w*|tiltræd\w*)\b[^.?!]*?(?:,? men ikke|,? mens \w+ (?:\w+ )?(?:udsætte\w*|udskyde\w*)"
        r"|,? og (?:indstilling )?\d[\w ,]*? (?:udsætter|udskyder|venter)"
        r"|,? men \w+ (?:\w+ )?(?:udsætter|venter med))"),
        1.4, "Så godkender vi indstilling 1, 2 og 3, men ikke 4."),
    Family("rejected", "a negated approval", _rx(
        r"\b(?:ikke (?:\w+ )?(?:blevet |at )?(?:godkendt|vedtaget|tiltrådt|anbefalet|bevilget|imødekommet)"
        r"|" + _NEGATABLE + r" (?:\w+ ){0,3}ikke\b(?! (?:kun|bare|alene|blot))"
        r"|not (?:be )?approved?)\b"), 1.3, "Så godkender vi ikke indstillingerne i dag."),
    Family("postponed", "a postponement", _rx(
        r"\b(?:udsæt\w*|udsat|udskyd\w*|udskudt|hjemvis\w*|afvent\w*"
        r"|tage[rs]? (?:\w+ ){0,2}op (?:igen|på (?:et|næste)|senere)|venter (?:vi )?(?:med|til)|sendes tilbage"
        r"|sende[rs]? (?:\w+ ){0,3}tilbage til|til (?:et senere|et kommende) møde"
        r"|tager vi (?:\w+ )?(?:op )?(?:på|til) (?:næste|et senere|et kommende) møde|når (?:det|den) ikke\b"
        r"|til næste gang|en anden gang|skubber (?:vi )?(?:det|den|sagen|punktet)|genoptag\w*|genbehandl\w*"
        r"|trækkes (?:tilbage|af dagsordenen)"
        r"|postponed?|deferred|put off)\b"), 1.1, "Så udsætter vi punktet, til erhvervsrådet har udtalt sig."),
    Family("rejected", "a refusal", _rx(
        r"\b(?:afvis\w*|forkast\w*|siger (?:vi )?nej|nej tak til|(?:indstillingen|forslaget|sagen) (?:er |blev )?faldet"
        r"|(?:indstillingen|forslaget|sagen) faldt|ikke fremme|bliver et nej|går ikke videre med|skrinlægg\w*"
        r"|dropper (?:vi )?(?:det|den|forslaget|sagen)"
        r"|rejected|rejects?)\b"), 1.2, "Vi afviser indstillingen om de hundrede tusind kroner."),
    Family("rejected", "a majority against", _rx(r"\bflertal(?:let)? (?:stemte |stemmer |er )?imod\b"),
           1.2, "Et flertal stemte imod forslaget."),
    Family("rejected", "an inability to approve",
           _rx(r"\bkan (?:vi |jeg )?ikke (?:godkende|støtte|anbefale|bevilge)\b"), 0.6,
           "Vi kan ikke godkende en lejeforhøjelse uden beboermøde."),
    Family("recommended", "a recommendation to another body", _rx(
        r"\b(?:anbefaler|anbefale) (?:\w+ ){0,3}(?:byrådet|regionsrådet|kommunalbestyrelsen|forretningsudvalget"
        r"|økonomiudvalget|over for)\b|\bindstiller (?:den|det|sagen|punktet) til godkendelse\b"
        r"|\brecommends?\b|\brecommended\b"), 1.2, "Udvalget anbefaler udmøntningen over for regionsrådet."),
    Family("approved", "an approval", _rx(r"\b" + _APPROVE + r"\b|\b(?:approved?|approves|adopted|accepted)\b"),
           1.0, "Så er skema C godkendt."),
    Family("approved", "an approval by vote or assent to the proposal", _rx(
        r"\b(?:siger (?:vi )?ja|sige ja|flertal for (?:indstillingen|forslaget)|ingen imod|enstemmigt"
        r"|opbakning til (?:indstillingen|forslaget)|bakker (?:vi )?op om (?:indstillingen|forslaget)"
        r"|grønt lys|siger god for|siger vi god for|(?:det|den) er vi enige om|så gør vi det|det siger vi ja til"
        r"|hermed vedtaget)\b"),
        0.9, "Fire for, ingen imod."),
    Family("noted", "taking a report to efterretning", _rx(
        r"\btil (?:efterretning|orientering)\b|\bnoter(?:er|et)\b|\b(?:fået|har fået|modtaget|modtog) orienteringen\b"
        r"|\borienteringen er (?:modtaget|noteret)\b|\b(?:hermed|er) orienteret\b"
        r"|\bnoted\b|\btake note\b|\btook note\b|\btakes note\b"),
        1.0, "Vi noterer os status og følger det tæt."),
    Family("decided", "a decision", _rx(r"\b(?:besluttede|besluttet|beslutter|besluttes|decided|decides)\b"),
           0.95, "Vi beslutter, at mødefri fredag afprøves i tre måneder."),
    Family("decided", "an agreement on what to do", _rx(
        r"\b(?:aftaler|aftalte|aftalt),? (?:\w+ )?at\b|\bkonklusionen (?:er|bliver),? at\b|\bvi (?:har )?valgt,? at\b"),
           0.8, "Vi aftaler, at mødet flyttes til tirsdag."),
    Family("recommended", "a recommendation", _rx(r"\banbefale\w*\b"), 0.5, "Venstre anbefaler den."),
    Family("discussed", "a discussion", _rx(
        r"\b(?:drøft\w*|debat\w*|talt om|snakket om|god snak|tak for (?:input\w*|inputtet|dine input|snakken"
        r"|bidragene|debatten)|vendt (?:det|sagen)"
        r"|discussed)\b"), 0.5, "Tak for en god drøftelse."),
)

# Agreement without a decision word: it confirms the Indstilling.
ASSENT = _rx(
    r"\b(?:enig|enige|fint|fornuftigt|god idé|godt udgangspunkt|ingen (?:bemærkninger|indvendinger|kommentarer"
    r"|spørgsmål)|det gør vi|tak for orienteringen|tak for gennemgangen|i orden|er vi enige|agree|agreed|fine"
    r"|no objections?|sounds good|yes)\b|^(?:ja|jo|godt)\b"
)

# A remark on an approval, in the forms the minutes use ("med bemærkning om, at …").
REMARK = re.compile(
    r"(?P<phrase>\bmed (?:den |de |en |følgende )?(?:bemærkning(?:en|er|erne)?(?: om)?|præcisering(?:en|er)?(?: til"
    r" \w+ \d+| af| til)?|tilføjelse(?:n|r)?(?: om)?|ændring(?:en|er)?(?: af| om)?|rettelse(?:n|r)?"
    r"|justering(?:en|er)?|forbehold(?: for)?)"
    r"|\bunder forudsætning af|\bpå betingelse af|\bdog (?:sådan|således)|\bsåledes|\bidet|,\s*men med)"
    r"(?P<rest>,? ?.*)$"
    r"|\bwith (?:the |a )?(?P<english>remark|note|clarification|amendment)(?: that)?\s*,?\s*(?P<erest>.+)$",
    re.IGNORECASE,
)
# "med de bemærkninger, der faldt (på mødet)": the remarks are the discussion itself.
SAID_REMARKS = re.compile(r"\bmed de (?:(?:bemærkninger|rettelser|ændringer),? (?:der|som|vi) (?:er |blev |har )?"
                          r"(?:fald\w*|nævnt|talt om|aftalt)(?: på mødet)?|faldne bemærkninger)",
                          re.IGNORECASE)
ENGLISH_REMARK = {"remark": "med bemærkning om", "note": "med bemærkning om", "clarification": "med præcisering af",
                  "amendment": "med den ændring"}

# What the Indstilling asks for, strongest first.
INDSTILLING_KINDS = (
    ("noted", _rx(r"til efterretning|til orientering")),
    ("approved", _rx(r"godkend|vedtag|tiltræd|bevilg|imødekomm|i høring|fordeles|gives|sælges|indføres|genåbnes"
                     r"|fastsættes|revurderes|udmøntes|beslutter|ikke imødekommes")),
    ("recommended", _rx(r"anbefal")),
    ("discussed", _rx(r"drøft")),
)
