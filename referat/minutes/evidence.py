"""The quotes a draft Beslutning rests on, chosen from the sentences read as decisions. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from referat.minutes.sentences import Sentence
from referat.types import Evidence


@dataclass(frozen=True)
class Hit:
    """A sentence read as a decision: its kind, how strongly, and the phrase family it matched."""
    kind: str
    score: float
    sentence: Sentence
    marked: bool = False  # said near a decision mark pressed during the meeting
    stated: bool = True  # a statement, not a question nobody said yes to or a member's proposal
    family: str = ""  # the name of the phrase family it matched
    carried: bool = False  # a proposal put to the room that nobody objected to


def evidence(hits: list[Hit], support: list[Hit] | None, max_evidence: int,
             sentences: Sequence[Sentence] = (), opening: bool = False) -> tuple[Evidence, ...]:
    """The quotes a draft rests on: its supporting sentences, best first. A draft found
    without decision words (from the Indstilling, or a discussion) also quotes how the
    item opened, and one that rests on nothing how it opened and closed. A bare "Jo." is
    quoted with what its speaker said next ("Jo. Vi indfører ordningen som forsøg …")."""
    chosen = support if support else [h for h in hits if h.kind != "assent"] or hits
    # How the item opened, and its first statement when it opened with a question
    # ("Er der nogen meddelelser?" and the first of them).
    opened = list(dict.fromkeys([sentences[0], next((s for s in sentences if not s.is_question), sentences[0])]
                                if sentences else []))
    if not chosen and opened:
        return quotes(list(dict.fromkeys([*opened, sentences[-1]])), sentences)
    if opening and opened and any(all(h.sentence is not s for h in chosen) for s in opened):
        ranked = [h.sentence for h in sorted(chosen, key=lambda h: h.score, reverse=True) if h.sentence not in opened]
        rest = sorted(ranked[: max(1, max_evidence - len(opened))], key=lambda s: s.start)
        return quotes(list(dict.fromkeys([*opened, *rest])), sentences)
    best = sorted(chosen, key=lambda h: h.score, reverse=True)[: max_evidence]
    return quotes([h.sentence for h in sorted(best, key=lambda h: h.sentence.start)], sentences)


def quotes(quoted: list[Sentence], sentences: Sequence[Sentence]) -> tuple[Evidence, ...]:
    """Evidence for ``quoted``; a bare "Ja." with the question it answers ("Er vi enige om det?")."""
    out: list[Evidence] = []
    for sentence in quoted:
        text = sentence.text
        at = sentences.index(sentence) if sentence in sentences else -1
        short = len(text.split()) <= 2 and at >= 0
        if short and at < len(sentences) - 1 and sentences[at + 1].speaker == sentence.speaker:
            text = f"{text.strip()} {sentences[at + 1].text.strip()}"
        asked = next((s for s in reversed(sentences[max(0, at - 2):at]) if s.is_question), None) if short else None
        if asked is not None and asked.speaker != sentence.speaker and all(e.start != asked.start for e in out):
            out.append(Evidence(asked.speaker, asked.start, asked.text))
        out.append(Evidence(sentence.speaker, sentence.start, text))
    return tuple(dict.fromkeys(out))
