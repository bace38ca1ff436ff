"""Draft a Beslutning for each agenda item from its discussion. Pure, rule-based.

Transparent by design: every rule is a readable pattern below, each draft
names its decision kind, a confidence and the quoted sentences (speaker and
time) it rests on, so the secretary can check it in seconds. No model, no
network. A Beslutning already in the agenda is never replaced.

How a draft is found:
1. Each sentence of the item's discussion is matched against the decision
   patterns (negation first: "godkendte ikke" is a rejection, not an approval).
2. A match scores its rule weight times a position weight (0.5 at the start of
   the item, 1.0 at its end: decisions close the discussion), times
   ``chair_weight`` when the chair says it, times ``question_weight`` for a
   question ("Kan vi godkende det?"), times ``mark_weight`` near a decision
   mark pressed during the meeting.
3. The best-scoring kind wins. Without explicit decision words, agreement
   ("enig", "fint", "ingen bemærkninger") confirms the item's Indstilling.
4. Approving an item whose Indstilling asks to take something "til
   efterretning" is recorded as taking it to efterretning, as the seeds do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from referat.minutes.sentences import Sentence, iter_sentences, normalize
from referat.types import AgendaItem, DraftDecision, Evidence, Mark, Meeting, Utterance

DRAFT_LABEL = "[UDKAST]"


@dataclass(frozen=True)
class DecisionOptions:
    chair_weight: float = 1.5
    question_weight: float = 0.5
    mark_weight: float = 2.0
    mark_window: float = 30.0  # seconds before a decision mark (and 5 after) that it boosts
    max_evidence: int = 3


@dataclass(frozen=True)
class Rule:
    kind: str
    pattern: re.Pattern[str]
    weight: float


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# Order matters: the first rule that matches a sentence decides its kind, so
# negations come before the positive forms they contain.
RULES: tuple[Rule, ...] = (
    Rule("rejected", _rx(
        r"\b(?:ikke (?:blevet |at )?(?:godkendt|godkende|vedtaget|vedtage|tiltrådt|anbefalet)"
        r"|(?:godkend(?:te|er|es)|vedtog|anbefaler|tiltrådte) (?:\w+ )?ikke"
        r"|kan (?:vi )?ikke godkende|afvis(?:t|te|es|er)|forkast(?:et|ede|es)"
        r"|not (?:be )?approved?|rejected|rejects?)\b"), 1.2),
    Rule("postponed", _rx(
        r"\b(?:udsat|udsættes|udsætter|udsatte|udskyd\w*|udskudt|tages op (?:igen|på et senere)"
        r"|postponed?|deferred|put off)\b"), 1.0),
    Rule("noted", _rx(r"\btil efterretning\b|\b(?:noted|take note|took note|takes note)\b"), 1.0),
    Rule("approved", _rx(
        r"\b(?:godkend(?:t|te|es|er|e)|vedtag(?:et|es|er|e)|vedtog|tiltræd(?:er|es|e)|tiltrådt|tiltrådte"
        r"|approved?|approves|adopted|accepted)\b"), 1.0),
    Rule("decided", _rx(r"\b(?:besluttede|besluttet|beslutter|besluttes|decided|decides)\b"), 0.9),
    Rule("recommended", _rx(r"\b(?:anbefale[rs]?|anbefalede|anbefalet|recommends|recommended)\b"), 0.6),
    Rule("discussed", _rx(r"\b(?:drøftede|drøftet|drøfter|drøftes|discussed)\b"), 0.5),
)
ASSENT = _rx(
    r"\b(?:enig|enige|fint|fornuftigt|god idé|ingen (?:bemærkninger|indvendinger|kommentarer)|det gør vi"
    r"|tak for orienteringen|agree|agreed|fine|no objections?|sounds good|yes)\b|^ja\b"
)
REMARK = re.compile(
    r"\bmed (?:den |en )?(bemærkning(?:en)? om|præcisering(?:en)? (?:af|til)|tilføjelse(?:n)?(?: om)?"
    r"|ændring(?:en)?(?: af| om)?)\s*,?\s*(.+)$"
    r"|\bwith (?:the |a )?(remark|note|clarification|amendment)(?: that)?\s*,?\s*(.+)$",
    re.IGNORECASE,
)
_DECIDED_THAT = _rx(r"\b(?:besluttede|besluttet|beslutter|decided)\s*,?\s*(?:at|that)\s+(.+)$")
_ENGLISH_REMARK = {"remark": "bemærkning om", "note": "bemærkning om", "clarification": "præcisering af",
                   "amendment": "ændring"}

# What the Indstilling asks for, strongest first.
_INDSTILLING_KINDS = (
    ("approved", _rx(r"godkend")),
    ("noted", _rx(r"til efterretning")),
    ("recommended", _rx(r"anbefal")),
    ("decided", _rx(r"beslut")),
    ("discussed", _rx(r"drøft")),
)
_CHAIR_ROLES = _rx(r"formand|borgmester|direktør|mødeleder|chair")


@dataclass(frozen=True)
class _Hit:
    kind: str
    score: float
    sentence: Sentence


def indstilling_kind(item: AgendaItem) -> str | None:
    section = item.section("Indstilling")
    if section is None:
        return None
    text = normalize(section.text)
    return next((kind for kind, pattern in _INDSTILLING_KINDS if pattern.search(text)), None)


def chair_name(meeting: Meeting) -> str | None:
    """The participant whose role says chair/director, else the first listed."""
    for person in meeting.participants:
        if person.role and _CHAIR_ROLES.search(person.role.casefold()):
            return person.name
    return meeting.participants[0].name if meeting.participants else None


def draft_decision(
    item: AgendaItem,
    utterances: Sequence[Utterance],
    meeting: Meeting,
    chair: str | None = None,
    marks: Sequence[Mark] = (),
    options: DecisionOptions = DecisionOptions(),
) -> DraftDecision:
    """A draft Beslutning for ``item``; ``chair`` is the chair's speaker label."""
    forum = meeting.forum or "Mødet"
    if item.decision:
        # Never replace a written decision; the discussion still backs it.
        hits = _score(utterances, chair, _decision_times(marks, item), options)
        return DraftDecision("existing", item.decision, _evidence(hits, None, options), 1.0)
    if not utterances:
        return DraftDecision("not_discussed", "Punktet blev ikke fundet i optagelsen. Skriv beslutningen ud fra "
                             "mødet.", (), 0.0)
    hits = _score(utterances, chair, _decision_times(marks, item), options)
    expected = indstilling_kind(item)
    totals: dict[str, float] = {}
    for hit in hits:
        totals[hit.kind] = totals.get(hit.kind, 0.0) + hit.score
    explicit = {k: v for k, v in totals.items() if k != "assent"}
    if explicit:
        kind = max(explicit, key=lambda k: (explicit[k], -_rank(k)))
        support = [h for h in hits if h.kind == kind]
        confidence = min(0.9, 0.4 + 0.2 * explicit[kind]) + (0.05 if kind == expected else 0.0)
        if kind == "approved" and expected == "noted":
            kind = "noted"  # approving an orientation means taking it to efterretning
    elif "assent" in totals and expected:
        kind, support, confidence = expected, [h for h in hits if h.kind == "assent"], 0.35
    else:
        text = "Ingen beslutning fundet i drøftelsen; skriv beslutningen ud fra mødet."
        indstilling = item.section("Indstilling")
        if expected and indstilling is not None:
            text += f" Indstillingen: {indstilling.text.strip()}"
        return DraftDecision("undetermined", text, _evidence(hits, None, options), 0.0)
    since = min((h.sentence.start for h in support), default=0.0)
    remark = _remark(utterances, since) if kind == "approved" else None
    if remark:
        kind = "approved_with_remark"
    text = _text(kind, forum, item, remark, support)
    return DraftDecision(kind, text, _evidence(hits, support, options), round(min(confidence, 0.95), 2))


def _rank(kind: str) -> int:
    order = [rule.kind for rule in RULES]
    return order.index(kind) if kind in order else len(order)


def _decision_times(marks: Sequence[Mark], item: AgendaItem) -> list[float]:
    return [m.time for m in marks if m.kind == "decision" and m.item in (item.number, None)]


def _score(utterances: Sequence[Utterance], chair: str | None, decision_times: Sequence[float],
           options: DecisionOptions) -> list[_Hit]:
    sentences = list(iter_sentences(utterances))
    if not sentences:
        return []
    first, last = sentences[0].start, max(s.end for s in sentences)
    span = max(last - first, 1e-6)
    hits = []
    for sentence in sentences:
        norm = normalize(sentence.text)
        rule = next((r for r in RULES if r.pattern.search(norm)), None)
        kind, weight = (rule.kind, rule.weight) if rule else ("assent", 0.3) if ASSENT.search(norm) else (None, 0)
        if kind is None:
            continue
        score = weight * (0.5 + 0.5 * (sentence.start - first) / span)
        if chair is not None and sentence.speaker == chair:
            score *= options.chair_weight
        if sentence.is_question:
            score *= options.question_weight
        if any(t - options.mark_window <= sentence.start <= t + 5.0 for t in decision_times):
            score *= options.mark_weight
        hits.append(_Hit(kind, score, sentence))
    return hits


def _remark(utterances: Sequence[Utterance], since: float) -> tuple[str, str] | None:
    """The latest "med bemærkning om …" said from the approval on: (phrase, rest)."""
    for sentence in reversed(list(iter_sentences(utterances))):
        if sentence.start < since:
            break
        match = REMARK.search(sentence.text.strip())
        if match:
            phrase = match.group(1) or _ENGLISH_REMARK[match.group(3).casefold()]
            phrase = re.sub(r"(ning|ring|else)en\b", r"\1", phrase.casefold())
            # English "with the remark that X" (the synthetic demo) reads "… om, at X".
            rest = match.group(2) or f"at {match.group(4)}"
            return phrase, rest.rstrip(".!? ")
    return None


def _text(kind: str, forum: str, item: AgendaItem, remark: tuple[str, str] | None, support: list[_Hit]) -> str:
    what = "indstillingen" if item.section("Indstilling") else "punktet"
    if kind == "approved":
        return f"{forum} godkendte {what}."
    if kind == "approved_with_remark" and remark is not None:
        phrase, rest = remark
        joint = ", " if rest.startswith(("at ", "that ")) else " "
        return f"{forum} godkendte {what} med {phrase}{joint}{rest}."
    if kind == "rejected":
        return f"{forum} godkendte ikke {what}."
    if kind == "noted":
        return f"{forum} tog orienteringen til efterretning."
    if kind == "postponed":
        return f"{forum} udsatte punktet."
    if kind == "decided":
        for hit in reversed(support):
            match = _DECIDED_THAT.search(hit.sentence.text.strip())
            if match:
                return f"{forum} besluttede, at {match.group(1).rstrip('.!? ')}."
        return f"{forum} traf beslutning i punktet; se citaterne."
    if kind == "recommended":
        return f"{forum} anbefaler {what}."
    return f"{forum} drøftede punktet."


def _evidence(hits: list[_Hit], support: list[_Hit] | None, options: DecisionOptions) -> tuple[Evidence, ...]:
    chosen = support if support else [h for h in hits if h.kind != "assent"] or hits
    best = sorted(chosen, key=lambda h: h.score, reverse=True)[: options.max_evidence]
    return tuple(Evidence(h.sentence.speaker, h.sentence.start, h.sentence.text)
                 for h in sorted(best, key=lambda h: h.sentence.start))
