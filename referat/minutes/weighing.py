"""Which decision the hits of an item say: the last decision statement, the chair's first; per-point
decisions; a no just before the case comes back; and, with no statement, the strongest proposal, the chair's
last word holding back, or the Indstilling followed. Pure; decisions.py reads the hits and writes the draft.
"""

from __future__ import annotations

import re

from referat.minutes.asked import CLOSING
from referat.minutes.closing import closing_word, held_back, refused_before
from referat.minutes.evidence import Hit
from referat.minutes.phrases import FAMILIES
from referat.minutes.points import part_done_beside, per_point
from referat.minutes.sentences import Sentence, plainly

# A member's own yes ("Jeg kan godt godkende den.", "Godkendt fra min side.") or a question put to the room.
_ONE_VOICE = re.compile(r"\b(?:jeg|mig|min)\b|\?$", re.IGNORECASE)
# Another route the Indstilling does not take, after its act refused: "Så forlænger vi ikke. Opgaven sendes i udbud."
_TO_TENDER = re.compile(r"\bi (?:\w+ )?udbud\b", re.IGNORECASE)
# A bare approval of what was just named, by its pronoun: "Den er godkendt.", "Så er det godkendt."
_IT_IS_APPROVED = re.compile(r"^(?:så )?(?:er )?(?:den|det|de) (?:er )?(?:hermed )?(?:godkendt|vedtaget)[.!]?$",
                             re.IGNORECASE)


def weigh(hits: list[Hit], asked: tuple[str, ...], sentences: list[Sentence],
          chair: str | None, indstilling: str = "") -> tuple[str, list[Hit], float]:
    """The decision kind, the hits it rests on and a confidence.

    Decisions close the discussion: the last decision statement that is not a question
    decides, the chair's if the chair made one (and one said near a decision mark before
    others). So members' "we should approve it" never outweighs the chair's "Så godkender
    vi ikke indstillingen". A discussion that only assents or discusses follows the
    Indstilling; talk without either is a discussion of the item."""
    explicit = [h for h in hits if h.kind not in ("assent", "discussed")]
    # an Indstilling that notes one thing and approves another is approved by assent ("at opfølgningen tages til
    # efterretning og at den videre proces godkendes")
    expected = "approved" if asked[:2] == ("noted", "approved") else asked[0] if asked else None
    statements = [h for h in explicit if h.stated or h.marked]
    points_apart = per_point(statements, indstilling)
    if points_apart:
        return "partly_approved", points_apart, 0.6
    if statements:
        marked = [h for h in statements if h.marked]
        by_chair = [h for h in (marked or statements) if chair is not None and h.sentence.speaker == chair]
        last = (by_chair or marked or statements)[-1]
        kind = last.kind
        if (kind == "approved" and _IT_IS_APPROVED.match(plainly(last.sentence.text))
                and (partly := _just_before(last, "partly_approved", statements, sentences)) is not None):
            return "partly_approved", [partly], 0.6  # "Så tager vi kun dagsordenen i dag. Den er godkendt."
        if (kind == "approved" and _TO_TENDER.search(last.sentence.text) and not _TO_TENDER.search(indstilling)
                and (refused := _just_before(last, "rejected", statements, sentences)) is not None):
            return "rejected", [refused], 0.5  # the tender is what comes of the no
        if (chair is not None and not by_chair and kind not in ("rejected", "postponed")
                and _ONE_VOICE.search(last.sentence.text)
                and (kept_back := held_back(sentences, chair)) is not None and kept_back.sentence is not last.sentence):
            # a member's own yes, or a question, then the chair's no: "Jeg kan godt godkende den." … "Det går vi ikke
            # med til."
            return kept_back.kind, [kept_back], 0.4
        refused = refused_before(last, statements, sentences, chair, explicit)
        if refused is not None:  # "Jeg kan ikke anbefale det i dag. Sagen kommer tilbage, når …"
            return refused.kind, [refused], 0.6
        if (done := part_done_beside(last, sentences)) is not None:  # "Udendørs kan starte nu. Caféerne må vente."
            return "partly_approved", sorted([last, Hit("approved", 0.5, done)], key=lambda h: h.sentence.start), 0.5
    elif explicit:
        # Only questions and proposals ("Jeg mener, det bør udsættes"): the strongest wins, and a discussion that
        # outweighs them is a discussion; a question not answered yes gives way to the chair's not yet or no
        kept_back = held_back(sentences, chair) if expected in ("approved", "recommended", "rejected") else None
        if kept_back is not None and all(h.sentence.is_question or chair not in (None, h.sentence.speaker)
                                         for h in explicit):  # "Kan vi godkende den?" "Det er for tidligt." …
            return kept_back.kind, [kept_back], 0.3  # "Så må den en tur mere."; so does a member's view
        totals: dict[str, float] = {}
        for hit in hits:
            if hit.kind != "assent":
                totals[hit.kind] = totals.get(hit.kind, 0.0) + hit.score
        kind = max(totals, key=lambda k: (totals[k], -_rank(k)))
        kind = "discussed" if expected == "discussed" and kind == "rejected" else kind  # "Jeg kan ikke støtte": a view
        if kind == "discussed":
            return kind, [h for h in hits if h.kind == "discussed"], 0.4
    if explicit:
        weight = sum(h.score for h in explicit if h.kind == kind)
        confidence = min(0.9, 0.4 + 0.2 * weight) + (0.05 if kind in asked else 0.0)
        return kind, [h for h in explicit if h.kind == kind], confidence
    kept_back = held_back(sentences, chair) if expected in ("approved", "recommended", "rejected") else None
    if kept_back is not None:  # "Så siger byrådet fra.", "Så må den en tur forbi MED først."
        return kept_back.kind, [kept_back], 0.3
    kinds = {h.kind for h in hits}
    if expected and kinds:
        return expected, [h for h in hits if h.kind in ("assent", "discussed")], 0.35
    if "discussed" in kinds:
        return "discussed", [h for h in hits if h.kind == "discussed"], 0.4
    if expected == "discussed" or (not expected and len(sentences) >= 2):
        return "discussed", [], 0.2
    if (expected == "decided" and (kept_back := held_back(sentences, chair)) is not None
            and kept_back.kind == "postponed"):  # "Vi når ikke at vælge i dag.": the choice not made yet
        return kept_back.kind, [kept_back], 0.3
    if expected == "decided" and not sentences[-1].is_question:  # a choice left to the committee, closed by
        return "decided", [Hit("decided", 0.2, sentences[-1], family=CLOSING)], 0.2  # "Det bliver X."
    if expected == "noted" and (len(sentences) >= 2 or (len(sentences[0].words) >= 5 and not sentences[0].is_question)):
        return "noted", [], 0.25  # an orientation given (and asked about), with no objection
    closing = closing_word(sentences, chair)
    if expected and closing is not None:  # "Så går vi videre med den nye kantineordning."
        return expected, [Hit(expected, 0.3, closing, family=CLOSING)], 0.3
    return "undetermined", [], 0.0


def _just_before(last: Hit, kind: str, statements: list[Hit], sentences: list[Sentence]) -> Hit | None:
    """The statement of ``kind`` in the sentence just before ``last``'s, by the same speaker."""
    if last.sentence not in sentences:
        return None
    at = sentences.index(last.sentence)
    return next((h for h in statements if h.kind == kind and h.sentence.speaker == last.sentence.speaker
                 and at >= 1 and h.sentence is sentences[at - 1]), None)


def _rank(kind: str) -> int:
    order = list(dict.fromkeys(family.kind for family in FAMILIES))
    return order.index(kind) if kind in order else len(order)
