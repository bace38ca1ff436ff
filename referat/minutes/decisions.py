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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from referat.minutes.followups import find_followups
from referat.minutes.phrases import (
    ASSENT,
    ENGLISH_REMARK,
    FAMILIES,
    INDSTILLING_KINDS,
    REMARK,
    SAID_REMARKS,
    TITLE_KINDS,
    echo_pattern,
    reported,
)
from referat.minutes.points import numbers, partly_text
from referat.minutes.presenter import presenter_sentence
from referat.minutes.sentences import Sentence, iter_sentences, normalize
from referat.types import AgendaItem, DraftDecision, Evidence, Mark, Meeting, Utterance

DRAFT_LABEL = "[UDKAST]"
_DECIDED_THAT = re.compile(r"\b(?:besluttede|besluttet|beslutter|aftaler|aftalte|aftalt|decided)"
                           r"(?:\s+(?:vi|udvalget|direktionen))?\s*,?\s*"
                           r"(?:at|that)\s+(.+)$", re.IGNORECASE)
_CHAIR_ROLES = re.compile(r"formand|borgmester|direktør|mødeleder|chair")
_NO = re.compile(r"^(?:nej|vent|ikke endnu)\b")
# A member's view, not the meeting's decision: "Jeg mener, det bør udsættes."
_PROPOSAL = re.compile(r"\b(?:jeg (?:mener|synes|foreslår|tror)|bør|burde|skulle vi|vi skal (?:nok )?overveje)\b")


@dataclass(frozen=True)
class DecisionOptions:
    chair_weight: float = 1.5
    question_weight: float = 0.5
    mark_weight: float = 2.0
    mark_window: float = 30.0  # seconds before a decision mark (and 5 after) that it boosts
    max_evidence: int = 3


@dataclass(frozen=True)
class _Hit:
    kind: str
    score: float
    sentence: Sentence
    marked: bool = False  # said near a decision mark pressed during the meeting
    stated: bool = True  # a statement, not a question nobody said yes to or a member's proposal


def indstilling_kinds(item: AgendaItem) -> tuple[str, ...]:
    """What the Indstilling asks for, strongest first ("godkendes" → approved); without
    an Indstilling, what the title asks for ("Meddelelser" → noted)."""
    section = item.section("Indstilling")
    if section is None or not section.text.strip():
        title = normalize(item.title)
        return tuple(kind for kind, pattern in TITLE_KINDS if pattern.search(title))
    text = normalize(section.text)
    return tuple(kind for kind, pattern in INDSTILLING_KINDS if pattern.search(text)) or ("approved",)


def _asks_approval(item: AgendaItem) -> bool:
    section = item.section("Indstilling")
    return section is not None and re.search(r"godkend|vedtag|tiltræd", normalize(section.text)) is not None


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
    names: Mapping[str, str] | None = None,
) -> DraftDecision:
    """A draft Beslutning for ``item``; ``chair`` is the chair's speaker label, ``names``
    the names given to speakers (the presenter sentence and follow-ups use them)."""
    forum = meeting.forum or "Mødet"
    names = dict(names or {})
    sentences = list(iter_sentences(utterances))
    indstilling = item.section("Indstilling")
    echo = echo_pattern(indstilling.text) if indstilling is not None else None
    hits = _score(sentences, chair, _decision_times(marks, item), options, echo, forum)
    followups = find_followups(sentences, meeting, names, forum)
    if item.decision:
        # Never replace a written decision; the discussion still backs it.
        return DraftDecision("existing", item.decision, _evidence(hits, None, options), 1.0, followups)
    if not sentences:
        return DraftDecision("not_discussed", "Punktet blev ikke fundet i optagelsen. Skriv beslutningen ud fra "
                             "mødet.", (), 0.0)
    asked = indstilling_kinds(item)
    kind, support, confidence = _kind(hits, asked, sentences, chair)
    if kind == "undetermined":
        text = "Ingen beslutning fundet i drøftelsen; skriv beslutningen ud fra mødet."
        if asked and indstilling is not None:
            text += f" Indstillingen: {indstilling.text.strip()}"
        return DraftDecision(kind, text, _evidence(hits, None, options), 0.0, followups)
    if kind == "decided" and _asks_approval(item) and not any(_DECIDED_THAT.search(h.sentence.text) for h in support):
        kind = "approved"  # "Så er det besluttet." with nothing said of what: what the Indstilling asked
    if kind == "approved" and asked and set(asked) <= {"noted"}:
        kind = "noted"  # approving an orientation means taking it to efterretning, as the seeds say
    if kind == "approved" and asked[:1] == ("rejected",):
        kind = "rejected"  # "Vi følger forvaltningen" on "at forslaget ikke imødekommes"
    remark = _remark(sentences, support) if kind == "approved" else None
    if remark:
        kind = "approved_with_remark"
    text = _text(kind, forum, item, remark, support)
    presenter = presenter_sentence(item, utterances, meeting, names, kind)
    if presenter:
        text = f"{presenter} {text}"
    evidence = _evidence(hits, support, options, sentences, opening=confidence < 0.4)
    return DraftDecision(kind, text, evidence, round(min(confidence, 0.95), 2), followups)


def _kind(hits: list[_Hit], asked: tuple[str, ...], sentences: list[Sentence],
          chair: str | None) -> tuple[str, list[_Hit], float]:
    """The decision kind, the hits it rests on and a confidence.

    Decisions close the discussion: the last decision statement that is not a question
    decides, the chair's if the chair made one (and one said near a decision mark before
    others). So members' "we should approve it" never outweighs the chair's "Så godkender
    vi ikke indstillingen". A discussion that only assents or discusses follows the
    Indstilling; talk without either is a discussion of the item."""
    explicit = [h for h in hits if h.kind not in ("assent", "discussed")]
    expected = asked[0] if asked else None
    statements = [h for h in explicit if h.stated or h.marked]
    per_point = _per_point(statements)
    if per_point:
        return "partly_approved", per_point, 0.6
    if statements:
        marked = [h for h in statements if h.marked]
        by_chair = [h for h in (marked or statements) if chair is not None and h.sentence.speaker == chair]
        kind = (by_chair or marked or statements)[-1].kind
    elif explicit:
        # Only questions and proposals ("Jeg mener, det bør udsættes"): the strongest wins,
        # and a discussion that outweighs them is a discussion.
        totals: dict[str, float] = {}
        for hit in hits:
            if hit.kind != "assent":
                totals[hit.kind] = totals.get(hit.kind, 0.0) + hit.score
        kind = max(totals, key=lambda k: (totals[k], -_rank(k)))
        if kind == "discussed":
            return kind, [h for h in hits if h.kind == "discussed"], 0.4
    if explicit:
        weight = sum(h.score for h in explicit if h.kind == kind)
        confidence = min(0.9, 0.4 + 0.2 * weight) + (0.05 if kind in asked else 0.0)
        return kind, [h for h in explicit if h.kind == kind], confidence
    kinds = {h.kind for h in hits}
    if expected and kinds:
        return expected, [h for h in hits if h.kind in ("assent", "discussed")], 0.35
    if "discussed" in kinds:
        return "discussed", [h for h in hits if h.kind == "discussed"], 0.4
    if expected == "discussed" or (not expected and len(sentences) >= 2):
        return "discussed", [], 0.2
    if expected == "noted" and len(sentences) >= 2:
        return "noted", [], 0.25  # an orientation given and asked about, with no objection
    return "undetermined", [], 0.0


def _per_point(statements: list[_Hit]) -> list[_Hit]:
    """"Direktionen godkendte indstilling 1." and "Indstilling 2 og 3 blev ikke godkendt.": the
    approval of some numbered points and the refusal or postponement of others, said apart."""
    approved = [h for h in statements if h.kind == "approved" and numbers(h.sentence.text)]
    others = [h for h in statements if h.kind in ("rejected", "postponed") and numbers(h.sentence.text)]
    for yes in reversed(approved):
        for no in reversed(others):
            if not numbers(yes.sentence.text) & numbers(no.sentence.text):
                return sorted([yes, no], key=lambda h: h.sentence.start)
    return []


def _rank(kind: str) -> int:
    order = list(dict.fromkeys(family.kind for family in FAMILIES))
    return order.index(kind) if kind in order else len(order)


def _decision_times(marks: Sequence[Mark], item: AgendaItem) -> list[float]:
    return [m.time for m in marks if m.kind == "decision" and m.item in (item.number, None)]


def _score(sentences: list[Sentence], chair: str | None, decision_times: Sequence[float],
           options: DecisionOptions, echo: re.Pattern[str] | None = None, forum: str = "") -> list[_Hit]:
    if not sentences:
        return []
    first, last = sentences[0].start, max(s.end for s in sentences)
    span = max(last - first, 1e-6)
    hits = []
    for k, sentence in enumerate(sentences):
        norm = normalize(sentence.text)
        family = next((f for f in FAMILIES if f.pattern.search(norm)), None)
        if family is not None and reported(norm, forum):
            continue  # "Miljøministeriet har godkendt indsatsen": news, not this meeting's decision
        if family is not None:
            kind, weight = family.kind, family.weight
        elif echo is not None and (done := echo.search(norm)):
            # "Så sælger vi grunden" on "at grunden sælges"; "Så giver vi ikke …" refuses it
            kind, weight = ("rejected" if re.match(r"(?:\w+ ){0,2}ikke\b", norm[done.end():].lstrip()) else
                            "approved"), 0.9
        elif ASSENT.search(norm):
            kind, weight = "assent", 0.3
        else:
            continue
        if sentence.is_question and kind != "rejected" and _answered_no(sentences, k):
            continue  # "Kan vi godkende det?" "Nej, vent …": the question decided nothing
        stated = (not sentence.is_question or _answered_yes(sentences, k)) and not _PROPOSAL.search(norm)
        score = weight * (0.5 + 0.5 * (sentence.start - first) / span)
        if chair is not None and sentence.speaker == chair:
            score *= options.chair_weight
        if sentence.is_question:
            score *= options.question_weight
        marked = any(t - options.mark_window <= sentence.start <= t + 5.0 for t in decision_times)
        if marked:
            score *= options.mark_weight
        hits.append(_Hit(kind, score, sentence, marked, stated))
    return hits


def _answered_yes(sentences: list[Sentence], k: int) -> bool:
    """"Kan vi godkende det?" "Ja.": the question and its answer are one decision."""
    reply = next((s for s in sentences[k + 1:k + 3] if s.speaker != sentences[k].speaker), None)
    return reply is not None and bool(ASSENT.search(normalize(reply.text)))


def _answered_no(sentences: list[Sentence], k: int) -> bool:
    reply = next((s for s in sentences[k + 1:k + 3] if s.speaker != sentences[k].speaker), None)
    return reply is not None and bool(_NO.match(normalize(reply.text)))


def _remark(sentences: list[Sentence], support: list[_Hit]) -> tuple[str, str] | None:
    """The remark on the approval: in its sentence, or in one said just before it
    ("Ja, med den tilføjelse at …" and then "Godkendt med den tilføjelse.")."""
    if not support:
        return None
    approval = max(support, key=lambda h: h.score).sentence
    at = sentences.index(approval)
    near = [approval, *reversed(sentences[max(0, at - 3):at]), *sentences[at + 1:at + 2]]
    found = [(sentence, remark) for sentence in near if (remark := _remark_in(sentence.text.strip()))]
    if not found and re.search(r"\bi stedet\b", approval.text, re.IGNORECASE):
        # "Så holder vi lukket i uge 29 til 31 i stedet": a changed approval, quoted as said
        return "med den ændring", f"der blev nævnt: »{approval.text.strip()}«"
    if not found:
        return None
    with_content = next(((s, r) for s, r in found if r[1]), None)
    if with_content is not None:
        return with_content[1]
    sentence, (phrase, _) = found[0]
    if sentence is not approval:
        return None
    # "Med den ændring er mødeplanen godkendt": the change is what was said just before.
    before = sentences[at - 1].text.strip() if at else ""
    return phrase, f"der blev nævnt: »{before}«" if before else ""


# A remark phrase that takes its object as said: "med ønske om …", "med en opfordring til …".
_PREPOSITION_END = re.compile(r"\b(?:om|til|af)$")
# "at der er adgang", "at borgerne inddrages": a clause, not an infinitive ("at inddrage borgerne").
_CLAUSE_AFTER_AT = re.compile(r"^at (?:der|det|den|de|vi|man|han|hun|alle|hver|\w+(?:en|et|ne))\b", re.IGNORECASE)


# What an approval was given with: "vedtaget med et afsnit om løn" (not "med et stort flertal").
_APPROVED_WITH = re.compile(r"\b(?:godkendt|godkendes|vedtaget|vedtages)\s+med\s+(?P<what>(?:et|en)\s+"
                            r"(?!(?:\w+\s+)?(?:flertal|stemme)\w*\b)[^,.!?]+)", re.IGNORECASE)
# The change said first, then the approval of the rest: "Så rykker vi junimødet, og ellers er planen godkendt."
_OTHERWISE = re.compile(r"^(?:så\s+)?(?P<change>.+?),?\s+og\s+(?:ellers|i øvrigt)\s+(?:er|blev)\b.*\bgodkendt",
                        re.IGNORECASE)


def _remark_in(text: str) -> tuple[str, str] | None:
    """(phrase, "at …") of a remark in ``text``; the rest is empty for "med den tilføjelse."."""
    if said := SAID_REMARKS.search(text):
        return said.group(0)[4:].rstrip(".!? "), ""  # "de bemærkninger, der faldt" stands alone
    if with_what := _APPROVED_WITH.search(text):
        return "med", with_what["what"].strip()
    if otherwise := _OTHERWISE.search(text):  # "rykker vi junimødet" → "vi rykker junimødet"
        change = re.sub(r"^(\w+) (vi|udvalget|direktionen) ", r"\2 \1 ", otherwise["change"].strip())
        return "med den ændring", f"at {change}"
    match = REMARK.search(text)
    if match is None:
        return None
    if match.group("english"):
        return ENGLISH_REMARK[match.group("english").casefold()], f"at {match.group('erest').rstrip('.!? ')}"
    phrase = " ".join(match.group("phrase").split()).lstrip(", ")
    rest = match.group("rest").strip(" ,").rstrip(".!? ")
    if phrase == "men med":  # "Vi godkender prisen, men med et familiekort til 120 kroner."
        return "med", rest
    if phrase == "dog":  # "Godkendt, dog skal forvaltningen se på belysningen igen": as said
        return "dog", rest
    if phrase == "men kun":  # "Vi åbner caféerne, men kun for beboere i første omgang"
        return "dog", f"kun {rest}"
    if phrase == "når":  # "Vi sender den i høring, når der er tilføjet et afsnit om …"
        return "under forudsætning af", f"at {rest}"
    if phrase == "men":  # "Godkendt, men forvaltningen skal se på økonomien igen"
        phrase = "idet"
    # "…, men vi vil gerne have en opfølgning …"; "Godkendt." "Udvalget ønsker dog, at borgerne inddrages."
    if phrase.startswith(("men ", "ønsker")):
        return "med ønske om", rest
    said_at = re.match(r"^at\b", rest) is not None
    if (said_at and _PREPOSITION_END.search(phrase) and not match.group("rest").lstrip().startswith(",")
            and not _CLAUSE_AFTER_AT.match(rest)):
        return f"{phrase} at", rest[3:]  # an infinitive as said: "med en opfordring til at inddrage borgerne"
    rest = re.sub(r"^(?:at|,)\s*", "", rest)
    rest = re.sub(r"^(?:er|blev)\s+.*\bgodkendt$", "", rest)  # "Med den ændring er mødeplanen godkendt"
    if rest and not said_at and _PREPOSITION_END.search(phrase):
        return phrase, rest  # a prepositional object as said: "med ønske om en status til efteråret"
    return phrase, f"at {rest}" if rest else ""


_REFUSAL = re.compile(r"\bat (?P<what>[^.;\n]*?)\bikke (?P<verb>imødekommes|godkendes|bevilges|gives)\b")


def _text(kind: str, forum: str, item: AgendaItem, remark: tuple[str, str] | None, support: list[_Hit]) -> str:
    what = "indstillingen" if item.section("Indstilling") else "punktet"
    if kind == "approved":
        return f"{forum} godkendte {what}."
    if kind == "approved_with_remark" and remark is not None:
        phrase, rest = remark
        if phrase == "dog":
            return f"{forum} godkendte {what}, dog {rest}."
        phrase = phrase[0].lower() + phrase[1:]
        if phrase != "med" and not phrase.startswith(("med ", "under ", "på ", "dog ", "idet")):
            phrase = f"med {phrase}"
        if phrase == "idet":
            phrase = "med den bemærkning,"
        prepositional = bool(_PREPOSITION_END.search(phrase) or phrase.endswith(" at")) and not rest.startswith("at ")
        joint = "" if not rest else (" " if phrase.endswith(",") or phrase == "med" or prepositional else ", ")
        return f"{forum} godkendte {what} {phrase}{joint}{rest}."
    if kind == "partly_approved":
        return partly_text(forum, [(h.kind, h.sentence.text) for h in sorted(support, key=lambda h: -h.score)])
    if kind == "rejected":
        indstilling = item.section("Indstilling")
        refusal = _REFUSAL.search(indstilling.text) if indstilling is not None else None
        if refusal and not any("indstilling" in h.sentence.text.casefold() for h in support):
            # "Vi følger forvaltningen" on "at forslaget ikke imødekommes"
            return f"{forum} fulgte indstillingen: {refusal['what']}{refusal['verb']} ikke."
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


def _evidence(hits: list[_Hit], support: list[_Hit] | None, options: DecisionOptions,
              sentences: Sequence[Sentence] = (), opening: bool = False) -> tuple[Evidence, ...]:
    """The quotes a draft rests on: its supporting sentences, best first. A draft found
    without decision words (from the Indstilling, or a discussion) also quotes how the
    item opened, and one that rests on nothing how it opened and closed."""
    chosen = support if support else [h for h in hits if h.kind != "assent"] or hits
    if not chosen and sentences:
        ends = list(dict.fromkeys([sentences[0], sentences[-1]]))
        return tuple(Evidence(s.speaker, s.start, s.text) for s in ends)
    if opening and sentences and all(h.sentence is not sentences[0] for h in chosen):
        best = sorted(chosen, key=lambda h: h.score, reverse=True)[: options.max_evidence - 1]
        quoted = [sentences[0], *sorted((h.sentence for h in best), key=lambda s: s.start)]
        return tuple(Evidence(s.speaker, s.start, s.text) for s in quoted)
    best = sorted(chosen, key=lambda h: h.score, reverse=True)[: options.max_evidence]
    return tuple(Evidence(h.sentence.speaker, h.sentence.start, h.sentence.text)
                 for h in sorted(best, key=lambda h: h.sentence.start))
