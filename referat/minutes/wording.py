"""How a draft Beslutning is worded, in the seeds' own forms: "Chefforum godkendte indstillingen
med bemærkning om, at …", "Økonomiudvalget fulgte indstillingen: forslaget imødekommes ikke." Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from referat.minutes.points import partly_text
from referat.minutes.proposal import REFUSED_IN_ITS_VERB
from referat.minutes.quotes import Remark
from referat.minutes.remark_words import CONDITION_SUBJECT, CONDITION_VERB
from referat.minutes.said_remarks import PREPOSITION_END
from referat.types import AgendaItem

# "Vi beslutter, at mødefri fredag afprøves": what was decided, written after "besluttede, at".
DECIDED_THAT = re.compile(r"\b(?:besluttede|besluttet|beslutter|aftaler|aftalte|aftalt|decided)"
                          r"(?:\s+(?:vi|udvalget|direktionen))?\s*,?\s*"
                          r"(?:at|that)\s+(.+)$", re.IGNORECASE)
# An infinitive after "besluttet at" ("samle", "følge op"), not the subject of a clause ("de", "mødet").
_INFINITIVE = re.compile(r"(?!(?:de|den|det|der|vi|man|alle|hver|han|hun|ingen)\b)\w+e\b")
# The part of an Indstilling that refuses: "at forslaget ikke imødekommes".
_REFUSAL = re.compile(r"\bat (?P<what>[^.;\n]*?)\bikke (?P<verb>imødekommes|godkendes|bevilges|gives)\b")
# … or refuses in its own verb: "at forslaget afvises", "at der meddeles afslag på ansøgningen".
_REFUSED = re.compile(r"\bat (?P<clause>[^.;\n]*?\b" + REFUSED_IN_ITS_VERB + r"\b[^.;\n]*)")


def beslutning_text(kind: str, forum: str, item: AgendaItem, remark: Remark | None,
                    support: Sequence[tuple[str, str, float]]) -> str:
    """The draft Beslutning for ``kind``; ``support`` is (kind, sentence, score) of what it rests on."""
    indstilling = item.section("Indstilling")
    what = "indstillingen" if indstilling else "punktet"
    refusal = _REFUSAL.search(indstilling.text) if indstilling is not None else None
    refused = _REFUSED.search(indstilling.text) if indstilling is not None and refusal is None else None
    if kind == "approved" and refusal is not None:  # "Tilskuddet gives" on "at tilskuddet ikke imødekommes"
        return f"{forum} fulgte ikke indstillingen: {refusal['what']}{refusal['verb']}."
    if kind == "approved" and refused is not None:
        return f"{forum} fulgte ikke indstillingen."  # "Så giver vi dispensationen" on "at ansøgningen afslås"
    if kind == "approved":
        return f"{forum} godkendte {what}."
    if kind == "approved_with_remark" and remark is not None:
        return remark_text(forum, what, remark)
    if kind == "partly_approved":
        return partly_text(forum, [(said_kind, text) for said_kind, text, _ in sorted(support, key=lambda h: -h[2])],
                           indstilling.text if indstilling is not None else "")
    if kind == "rejected":
        # "Vi godkender ikke indstillingen" refuses the Indstilling itself; anything else follows it
        if refusal and not any(said_kind == "rejected" and "indstilling" in text.casefold()
                               for said_kind, text, _ in support):
            # "Vi følger forvaltningen" on "at forslaget ikke imødekommes"
            return f"{forum} fulgte indstillingen: {refusal['what']}{refusal['verb']} ikke."
        if refused and not any(said_kind == "rejected" and "indstilling" in text.casefold()
                               for said_kind, text, _ in support):
            return f"{forum} fulgte indstillingen: {refused['clause'].strip()}."  # "…: der meddeles afslag …"
        return f"{forum} godkendte ikke {what}."
    if kind == "noted":
        return f"{forum} tog orienteringen til efterretning."
    if kind == "postponed":
        return f"{forum} udsatte punktet."
    if kind == "decided":
        for _, text, _ in reversed(support):
            match = DECIDED_THAT.search(text.strip())
            if match:
                what = match.group(1).rstrip(".!? ")
                said_at = match.group(0)[:match.start(1) - match.start()]
                if "," not in said_at and _INFINITIVE.match(what):
                    return f"{forum} besluttede at {what}."  # "… besluttet at samle den i Brønderslev": an infinitive
                return f"{forum} besluttede, at {what}."
        return f"{forum} traf beslutning i punktet; se citaterne."
    if kind == "recommended":
        return remark_text(forum, what, remark, verb="anbefaler") if remark else f"{forum} anbefaler {what}."
    return f"{forum} drøftede punktet."


def remark_text(forum: str, what: str, remark: Remark, verb: str = "godkendte") -> str:
    """"Chefforum godkendte indstillingen med bemærkning om, at …" and the other forms."""
    phrase, rest = remark.phrase, _condition_last(_APPROVAL_AFTER.sub("", remark.rest))
    if phrase in ("dog", "således"):  # "…, således at de timelønnede kommer med." (not "med således")
        return f"{forum} {verb} {what}, {phrase} {rest}."
    if phrase in ("som", "uden", "inklusive", "i den form, som", "i") or phrase.startswith("og "):  # "og noterede sig"
        return f"{forum} {verb} {what} {phrase} {rest}."
    phrase = phrase[0].lower() + phrase[1:]
    if phrase != "med" and not phrase.startswith(("med ", "under ", "på ", "dog ", "idet", "i lyset af")):
        phrase = f"med {phrase}"
    if phrase == "idet":
        phrase = "med den bemærkning,"
    prepositional = bool(PREPOSITION_END.search(phrase) or phrase.endswith(" at")) and not rest.startswith("at ")
    joint = "" if not rest else (" " if phrase.endswith((",", ":")) or phrase == "med" or prepositional
                                 or rest.startswith("om ") else ", ")  # "… med de faldne bemærkninger om turisme"
    return f"{forum} {verb} {what} {phrase}{joint}{rest}."


# The approval said after the remark, which the text already says: "… hver afdeling finder to til fire, og så er
# indstillingen godkendt", "»Samtalen er frivillig, det skriver vi ind. Og så er formuleringen godkendt.«"
_APPROVAL_AFTER = re.compile(r"[,.] og(?: så)? (?:(?:er|bliver) (?:\w+ ){1,2}(?:godkendt|vedtaget)"
                             r"|(?:\w+ ){1,2}(?:er|bliver) (?:godkendt|vedtaget)"
                             r"|(?:godkender|vedtager) vi\b)[^,.!?«]*(?=[.!]?«?$)", re.IGNORECASE)


def _condition_last(rest: str) -> str:
    """"at hvis det bliver dyrere, kommer den tilbage" (or "at bliver det dyrere, …") → "at den kommer tilbage, hvis
    det bliver dyrere": a condition said first, written last, as a clause after "at" has it."""
    said = _CONDITION_FIRST.match(rest)
    if said is None:
        return rest
    condition = said["condition"] or f"{said['subject'].lower()} {said['verb'].lower()} {said['more']}"
    return f"at {said['who']} {said['then']} {said['rest']}, hvis {condition}"


_CONDITION_FIRST = re.compile(r"^at (?:hvis (?P<condition>[^,]+)|(?P<verb>" + CONDITION_VERB + r") "
                              r"(?P<subject>" + CONDITION_SUBJECT + r")"
                              r" (?P<more>[^,]+?)),?"  # (also without its comma)
                              r"\s+(?P<then>kommer|skal|må|kan|bliver|går) (?P<who>den|det|de|sagen|vi) (?P<rest>.+)$",
                              re.IGNORECASE)
