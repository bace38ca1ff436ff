"""What the chair adds to an approval in their own words: a condition, a note, a wish, a limit, a demand,
something coming in or given. Pure; remarks.py reads these in the approval and the sentence after it."""

from __future__ import annotations

import re

from referat.danish import MONTH_NAME
from referat.minutes.added_forms import CHAIR_ADDS
from referat.minutes.quotes import Remark, as_clause
from referat.minutes.remark_words import CHANGE_SAID, CHANGE_VERBS
from referat.minutes.sentences import Sentence, fluent
from referat.minutes.task_words import BODIES, VERBS
from referat.types import Section

# The dot of an amount ("60.000") is no full stop: the patterns read it as this one-dot leader.
# (also the dot of a date: "inden 1. oktober")
_AMOUNT_DOT = re.compile(r"(?<=\d)\.(?=\d)|(?<=\d)\.(?= " + MONTH_NAME + r"\b)")


def shield_amounts(text: str) -> str:
    return _AMOUNT_DOT.sub("\u2024", text)


def unshield(text: str) -> str:
    return text.replace("\u2024", ".")


def added_by_chair(text: str) -> tuple[str, str] | None:
    """(phrase, rest) of what the chair adds in their own words, or None."""
    found = _added(shield_amounts(text))
    return None if found is None else (found[0], unshield(found[1]))


def _added(text: str) -> tuple[str, str] | None:
    for pattern, phrase, rest in CHAIR_ADDS:
        if found := pattern.search(text):
            said = found.groupdict(default="")
            added = re.sub(r"\bdog\s+", "", said["rest"]).strip()
            if _ITS_NEXT_STEP.match(added):
                continue  # "Godkendt. Så skal den op i byrådet.": where the case goes next, no remark
            if (found.start("rest") == 0 or added.startswith("så ")) and (inverted := _SO_MODAL.match(added)):
                # "Så skal alle ledere have taget det" → "at alle ledere skal have taget det"
                added = f"{inverted['who']} {inverted['modal']} {added[inverted.end():].lstrip()}"
            if found.start("rest") == 0 and _COMMON_FIRST.match(added):
                added = added[0].lower() + added[1:]  # "Detaljerne kommer …" → "at detaljerne kommer …"
            if said.get("who") and found.start("who") == 0 and _COMMON_FIRST.match(said["who"]):
                said["who"] = said["who"].lower()  # "Retningslinjerne gælder …" → "at retningslinjerne …"
            return phrase, rest.format(**{**said, "rest": added})
    return None


# The chair's "Så skal <who> …": the one who must, written first.
_SO_MODAL = re.compile(r"^så (?P<modal>skal|bør|må) (?P<who>(?:alle|hver|hvert|de|den|det) \w+|\w+(?:en|et|ne|erne)|der"
                       r"|[A-ZÆØÅ]\w+)(?= )", re.IGNORECASE)
# A first word that is no name: a noun in the definite form, a pronoun or a point ("Detaljerne", "Hver", "Den",
# "Indstilling fem").
# (also a common adjective before its noun: "Store lederdag …")
_COMMON_FIRST = re.compile(r"[A-ZÆØÅ][a-zæøå]+(?:en|et|ne|erne)\b|(?:Hver|Hvert|Den|Det|De|Alle|Indstilling|Punkt)\b"
                           r"|(?:Store|Lille|Nye|Gamle|Hele)(?= [a-zæøå])")
# Nothing added: thanks, praise, moving on, the meeting's own business, a question.
_NOTHING_ADDED = re.compile(r"^(?:(?:mange )?tak|dejligt|flot|fint|godt|super|prima|det var"
                            r"|det er (?:en |et )?(?:god|flot|fin)|så (?:går|tager) vi|næste punkt|vi går videre"
                            r"|så er vi (?:færdige|igennem|videre)|hermed"
                            r"|så er (?:den|det|de|sagen|punktet) (?:godkendt|på plads|vedtaget)"
                            r"|jeg (?:er|var) (?:glad|enig)|pause|frokost"
                            # a hope: "Vi håber ikke, den skal bruges."
                            r"|(?:vi|jeg),? (?:øh,? )?håber|forhåbentlig)\b|\?$", re.IGNORECASE)
# What makes it a demand on the thing approved: "skal", "bør", a requirement, a deadline, a reminder, an addition.
_DEMANDS = re.compile(r"\b(?:skal|bør|må ikke|obligatorisk\w*|krav\w*|inden|senest|husk|tillæg|tilføjelse|forelagt"
                      r"|evaluer\w*|(?:gennemgås|revideres|vurderes) igen|rettes|stryges|slettes|fjernes"
                      # others drawn in: "Lederne inddrages i det videre arbejde."
                      r"|inddrages|involveres"
                      # a change in the passive: "Fristen rykkes en uge.", "Decembermødet holdes i Vejle."
                      r"|udvides|afkortes|justeres|strammes|indsættes|indsætter|udvider|strammer|justerer"
                      r"|skrive[rs] (?:\w+ ){0,4}ind\b|får (?:sit|sin|sine) egne?"
                      r"|rykkes|flyttes|ændres|udgår|tilføjes|præciseres|forlænges|forkortes|holdes (?:i|på|den|hver)"
                      # someone given or keeping something: "Badminton får en ekstra time om onsdagen.", "Rådhuset
                      # beholder en fysisk support."
                      # (not what we are given: "…, og vi får en status om et år", a follow-up)
                      # (also a guarantee: "Medarbejderne får jobgaranti.")
                      r"|(?<!\bvi )får (?:en|et|to|tre|fire|fem|seks|\d+|ekstra|\w*garanti)|beholder|bevarer"
                      # a limit on it: "Den gælder kun for 2019.", "Beløbet er højst 150.000.", "Højden begrænses til
                      # tre etager." (not when it starts: "Den gælder fra 1. januar." tells a fact of the agreement)
                      r"|gælder kun|højst|maksimalt|begrænses|kun (?:for|til|i|på|om))\b",
                      re.IGNORECASE)
# The meeting's own business: "Vi skal huske at orientere …" (a task), "… ført til referat / protokol".
# (also news said in passing, "lige" read away: "Jeg skal (lige) sige, at vi er forsinket.")
_OWN_BUSINESS = re.compile(r"\b(?:(?:vi|jeg) skal|skal (?:vi|jeg)) (?:huske|videre|lige|sige|nævne|fortælle)\b"
                           r"|\bført til (?:referat|protokol)", re.IGNORECASE)
# The case's own next step: "Så skal den op i byrådet.", "Den skal videre til økonomiudvalget."
# (also put to work: "Nu skal den bare føres ud i livet.")
_ITS_NEXT_STEP = re.compile(r"^(?:så |og |nu )?(?:skal (?:den|det|sagen|punktet)|(?:den|det|sagen|punktet) skal)"
                            r" (?:også |bare |så |nu )*"
                            r"(?:op|videre|i høring|i udbud|til|forbi|ud\b(?! i livet)|føres ud i livet|implementeres"
                            r"|i gang|ud at virke)\b", re.IGNORECASE)
# The forum's own evaluation of what it approved, a remark like "… og evaluerer til sommer": "Vi evaluerer den."
_EVALUATES = re.compile(r"^(?:så |og )?vi evaluerer (?:den|det|dem|ordningen)\b", re.IGNORECASE)
# A task for someone named or a body is a follow-up, not a remark: "IT sender en mail med en deadline."
# (a name by its capital, also when the rest is read case-blind)
_TASK = re.compile(r"^(?:så |og )?(?:" + BODIES + r"|(?-i:[A-ZÆØÅ]\w+(?: [A-ZÆØÅ]\w+)?)) (?:" + VERBS + r")\b",
                   re.IGNORECASE)


def said_besides(text: str) -> str | None:
    """The remark's rest for what the chair says in its own sentence next to a short approval, whatever
    its words: "Godkendt. Afdelingerne udpeger superbrugere inden august." → "at afdelingerne udpeger
    superbrugere inden august"; not thanks, praise, moving on, a question or a task for someone named."""
    said = text.strip().rstrip(".!")
    if (len(said.split()) < 3 or _NOTHING_ADDED.search(said) or (_TASK.match(said) and not _EVALUATES.match(said))
            or not _DEMANDS.search(said) or _OWN_BUSINESS.search(said) or _ITS_NEXT_STEP.match(said)):
        return None
    if re.match(r"(?:der|det|den|de|vi|man|alle|hver|hvert|\w+(?:en|et|ne|erne))\b", said, re.IGNORECASE):
        return f"at {said[0].lower()}{said[1:]}"  # a subject first: "at afdelingerne udpeger …"
    return f"der blev nævnt: »{said}.«"  # "Husk at tilføje mentorordningen …" as said


def changed_by_approver(approval: Sentence, indstilling: Section | None) -> Remark | None:
    """The approver's own change as the decision: "Så retter vi to dage til tre.", "Godkendt. Vi tilføjer et afsnit
    om møder." (not the Indstilling's own act, "Så forlænger vi aftalen" on "at kontrakten forlænges"; not a
    change of only "det", which points back to what was asked; not moving on: "Vi flytter videre")."""
    text = fluent(approval.text).strip()  # (read without hesitation: "Vi, øh, retter to dage til tre.")
    if not CHANGE_SAID.match(text) or _MOVING_ON.search(text):
        return None
    verb = re.search(CHANGE_VERBS, text, re.IGNORECASE)
    if verb is None or (indstilling is not None and verb[0][:5].casefold() in indstilling.text.casefold()):
        return None
    if len([w for w in re.findall(r"\w+", text[verb.end():].casefold()) if w not in _POINTERS]) < 2:
        return None
    change = as_clause(re.sub(r"\bdog\s+", "", text).rstrip(".!? "))
    return Remark("med den ændring,", f"at {change}", approval)


_MOVING_ON = re.compile(r"\b(?:videre|næste punkt)\b", re.IGNORECASE)
_POINTERS = {"vi", "det", "den", "dem", "dog", "lige", "så", "og", "bare", "også"}
