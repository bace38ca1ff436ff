"""How a remark cites what was said: the Remark record, a sentence quoted as said, what a "det"
points back to, and a main clause turned into the object of "at". Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from referat.minutes.sentences import Sentence
from referat.minutes.stances import SUMMED_UP


@dataclass(frozen=True)
class Remark:
    phrase: str  # "med bemærkning om", "dog", "under forudsætning af" …
    rest: str  # what follows it: "at …", a noun phrase, or a quote
    said: Sentence  # where it was said, quoted with the draft


def quoted(sentence: Sentence) -> Remark:
    return Remark("med den ændring", f"der blev nævnt: »{sentence.text.strip()}«", sentence)


def asked_before(sentences: list[Sentence], at: int) -> Sentence:
    """What the approval's "det" points back to: the sentence before it, or, when that is the
    approver's own few words ("Godt set, Marie."), what someone else said just before; past the
    assents to it."""
    approval, before = sentences[at], sentences[at - 1]
    found = at - 1 if before.speaker != approval.speaker or len(before.text.split()) > 4 \
        else sentences.index(said_by_another(sentences, at))
    while found > max(0, at - 4) and _ASSENT.match(sentences[found].text.strip()):
        found -= 1  # "Jeg foreslår, at …" "God idé." "Enig." "Så gør vi det sådan, …": what they agreed to
    return sentences[found]


# A bare assent to what was just said: "Enig.", "God idé.", "Det kan vi støtte."
_ASSENT = re.compile(r"^(?:(?:ja|jo),?\s+)?(?:enig|helt enig|god idé|godt forslag|fint|godt|ja|jo"
                     r"|det (?:kan|vil) (?:vi|jeg) (?:godt )?støtte|det støtter (?:vi|jeg)|det er jeg enig i"
                     r"|det er vi (?:alle )?enige (?:i|om)"
                     # "Det er god praksis.", "Det lyder rimeligt."
                     r"|det er (?:en )?(?:god|fin) (?:praksis|idé|tanke|pointe|tilføjelse)"
                     r"|det lyder (?:rimeligt|fornuftigt|godt))"
                     r"[.!]?$",
                     re.IGNORECASE)


def said_by_another(sentences: list[Sentence], at: int) -> Sentence:
    """The nearest of the three sentences before ``at`` said by someone else than its speaker; the sentence just
    before when there is none."""
    speaker = sentences[at].speaker
    return next((s for s in reversed(sentences[max(0, at - 3):at]) if s.speaker != speaker), sentences[at - 1])


def as_clause(sentence: str) -> str:
    """"Så rykker vi junimødet" → "vi rykker junimødet": a main clause as the object of "at"."""
    if summed_up := SUMMED_UP.match(sentence):
        # "Konklusionen er, at hvert område …" → "hvert område …"
        sentence = summed_up["what"] or summed_up["dictated"] or summed_up["landed"]
    sentence = re.sub(r"^(?:(?:nej|ja|godt|fint|enig|enige|okay),?\s+)?(?:så|og så)?\s*", "", sentence,
                      flags=re.IGNORECASE)
    # "Det flytter vi" → "vi flytter det"
    sentence = re.sub(r"^(?i:(det|den)) (\w+) vi(?= |$)", lambda m: f"vi {m[2]} {m[1].lower()}", sentence)
    sentence = re.sub(r"^(\w+) (vi|udvalget|direktionen)(?=[ ,])", r"\2 \1", sentence)  # (also "tilføjer vi, at …")
    # the case by its pronoun after its verb: "(Så) får den mål for hvert center" → "den får mål …", "kortes den ned"
    # (not a condition said verb first: "bliver det dyrere, kommer den tilbage", wording.py writes it last)
    sentence = re.sub(r"^(\w+(?:r|es)) (den|det)(?= [^,]*$)", r"\2 \1", sentence)
    first, _, rest = sentence.partition(" ")
    if first.casefold() in ("vi", "udvalget", "direktionen", "det", "den", "de", "punkt", "der") or re.fullmatch(
            r"[A-ZÆØÅ][a-zæøå]{3,}(?:et|erne|ingen|elsen|heden)", first):
        first = first.casefold()  # names keep their capital; a noun in the definite form does not ("Forløbet")
    return f"{first} {rest}".strip()


# Another's word that only accepts what was asked, naming nothing of its own: "Det kan leverandøren godt acceptere.",
# "Det er jeg enig i." (not "Det kan vi flytte til dagen efter.", which says the change).
ONLY_ACCEPTED = re.compile(r"^(?:(?:ja|jo),? )?(?:det kan (?:\w+ )?(?:godt|sagtens) (?:acceptere|leve med|gå med til)"
                           r"|det er (?:jeg|vi) (?:helt |alle )?enige? (?:i|om))[.!]?$", re.IGNORECASE)
# What a speaker asks for, in their turn: "Jeg synes, …", "… skal …", "Kan vi …?"
_WISH = re.compile(r"\b(?:skal|bør|burde|synes|foreslår|vil gerne|mangler|kan vi)\b", re.IGNORECASE)


def turn_start(sentences: list[Sentence], k: int) -> int:
    """The first sentence of the turn that sentence ``k`` is in."""
    while k > 0 and sentences[k - 1].speaker == sentences[k].speaker:
        k -= 1
    return k


def wish_in_turn(sentences: list[Sentence], last: int) -> Sentence:
    """The sentence of the turn that ends at ``last`` that asks for something, else its last."""
    return next((s for s in sentences[turn_start(sentences, last):last + 1] if _WISH.search(s.text)), sentences[last])
