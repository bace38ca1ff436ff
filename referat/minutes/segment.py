"""Split a meeting's utterances into agenda items. Pure.

Order of trust:
1. item marks pressed during the meeting (``MEETING.marks.json``);
2. spoken cues in the transcript ("punkt 3", "vi går videre til punkt fire",
   "næste punkt", the item's title words together with a transition phrase);
3. otherwise everything goes into one clearly labelled unassigned section.

Never a silent, arbitrary split: every boundary carries the reason it was
drawn, and talk that no mark or cue covers stays unassigned.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from referat.danish import clock as timestamp
from referat.i18n import _
from referat.minutes.sentences import ORDINALS, iter_sentences, normalize, number_value, tokens
from referat.types import AgendaItem, Boundary, Mark, Utterance, Word

log = logging.getLogger(__name__)

UNASSIGNED_LABEL = "Ikke fordelt på punkter"


@dataclass(frozen=True)
class ItemSplit:
    items: tuple[tuple[int, tuple[Utterance, ...]], ...]  # every agenda item, agenda order
    unassigned: tuple[Utterance, ...]
    method: str  # "marks" | "cues" | "none"
    boundaries: tuple[Boundary, ...] = ()
    warnings: tuple[str, ...] = ()

    def utterances(self, number: int) -> tuple[Utterance, ...]:
        return next((u for n, u in self.items if n == number), ())


# --- choosing the method --------------------------------------------------------


def split_discussion(
    utterances: Sequence[Utterance],
    items: Sequence[AgendaItem],
    marks: Sequence[Mark] = (),
    duration: float | None = None,
) -> ItemSplit:
    """Marks if there are usable ones, else spoken cues, else all unassigned."""
    known = {item.number for item in items}
    if any(m.kind == "item" and m.item in known for m in marks):
        return split_by_marks(utterances, marks, items, duration)
    warnings: list[str] = []
    if any(m.kind == "item" for m in marks):
        warnings.append(_("None of the item marks names an item on the agenda; the marks were ignored and the "
                          "split uses spoken cues instead. Check the agenda matches the recording."))
    result = split_by_cues(utterances, items)
    if not result.boundaries and utterances:
        warnings.append(
            _("No item marks and no spoken item cues were found, so the whole discussion is in the "
              "'{UNASSIGNED_LABEL}' section. Mark items while recording, or set the boundaries in the .json and "
              "run 'referat render'.").format(UNASSIGNED_LABEL=UNASSIGNED_LABEL)
        )
        return ItemSplit(result.items, result.unassigned, "none", (), tuple(warnings) + result.warnings)
    return ItemSplit(result.items, result.unassigned, result.method, result.boundaries,
                     tuple(warnings) + result.warnings)


# --- marks --------------------------------------------------------------------------


def split_by_marks(
    utterances: Sequence[Utterance],
    marks: Sequence[Mark],
    items: Sequence[AgendaItem],
    duration: float | None = None,
) -> ItemSplit:
    """Each item mark opens its item until the next item mark.

    A mark for an unknown item, or one without an item, opens an unassigned
    stretch (with a warning) so no talk is silently given to the wrong item.
    """
    known = {item.number for item in items}
    warnings: list[str] = []
    boundaries: list[Boundary] = []
    for mark in sorted((m for m in marks if m.kind == "item"), key=lambda m: m.time):
        time = mark.time
        if time < 0:
            warnings.append(_("An item mark has a negative time ({time:.1f} s); it was treated as 0.").format(
                                time=time))
            time = 0.0
        if duration is not None and time > duration:
            warnings.append(
                _("The mark for item {item} at {timestamp} lies after the end of the recording ({timestamp2}); "
                  "it covers no speech. Check the marks file belongs to this recording.").format(
                    item=mark.item, timestamp=timestamp(time), timestamp2=timestamp(duration))
            )
        if mark.item is None:
            boundaries.append(Boundary(time, None, "mark", f"mark without an item at {timestamp(time)}"))
        elif mark.item not in known:
            warnings.append(
                _("The mark at {timestamp} names item {item}, which is not on the agenda; the talk after it is "
                  "kept in the '{UNASSIGNED_LABEL}' section.").format(
                    timestamp=timestamp(time), item=mark.item, UNASSIGNED_LABEL=UNASSIGNED_LABEL)
            )
            boundaries.append(Boundary(time, None, "mark", f"mark for unknown item {mark.item} at {timestamp(time)}"))
        else:
            boundaries.append(Boundary(time, mark.item, "mark", f"item mark at {timestamp(time)}"))
    parts, unassigned = assign(utterances, boundaries, items)
    warnings += _unreached_warnings(parts, items)
    return ItemSplit(parts, unassigned, "marks", tuple(boundaries), tuple(warnings))


# --- spoken cues -------------------------------------------------------------------

_NUM = r"(\d{1,3}|[a-zæøå]+)"  # (a council numbers its items through the year: "punkt 118")
# "punkt 3", "punkt nummer tre", "dagsordenspunkt 4", "item three"; not "punktet en gang".
_NUMBER_REFS = (
    re.compile(r"\b(?:dagsordens)?punkt\s+(?:nummer\s+|nr\.?\s*)?" + _NUM + r"\b"),
    re.compile(r"\bpunktet\s+(?:nummer|nr\.?)\s*" + _NUM + r"\b"),
    re.compile(r"\b(\d{1,3}\.|" + "|".join(ORDINALS) + r")\s+(?:dagsordens)?punkt\b"),
    re.compile(r"\bitem\s+(?:number\s+|no\.?\s*)?" + _NUM + r"\b"),
    re.compile(r"\b(" + "|".join(ORDINALS) + r")\s+item\b"),
)
# A point of the Indstilling or an attachment, not an agenda item.
_SUB_POINT = re.compile(r"^\s*(?:i|af|til|under)\s+(?:indstillingen|sagen|bilag\w*|referatet|planen)")
_NEXT = re.compile(
    r"\bnæste\s+(?:dagsordens)?(?:punkt|sag)\b|\bvidere til det næste\b|\bnext item\b|\bmove on to the next\b"
)
_TRANSITION = re.compile(
    r"\b(?:videre til|(?:går|gå|gik) over til|vi tager|vi starter med|vi begynder med|først (?:har vi|er)|"
    r"så (?:er det|kommer vi til|er vi ved|tager vi|går vi til)|(?:vi )?kommer til(?! at)|vender tilbage til|"
    r"tilbage til|nu til|så til|(?:er )?nået til|det drejer sig om|"
    r"move on to|moving on to|turn to|go back to|back to|start with|next is)\b"
)
# Words too common in agenda titles to identify an item by themselves.
_TITLE_STOPWORDS = frozenset(
    "og i på af om for til med fra den det de en et at som er ved samt eller efter over under "
    "orientering godkendelse beslutning status drøftelse temadrøftelse sag sagen punkt punktet "
    "kommune kommunen kommunens arbejdet arbejde møde mødet møder kommende eventuelt nye ny "
    "the of and on for to with about item "
    "januar februar marts april maj juni juli august september oktober november december".split()
)


@dataclass(frozen=True)
class Cue:
    item: int
    reason: str


def split_by_cues(utterances: Sequence[Utterance], items: Sequence[AgendaItem]) -> ItemSplit:
    """Draw a boundary at each sentence that announces an item.

    Items may come out of order, be skipped or come back; talk before the
    first cue stays unassigned.
    """
    order = [item.number for item in items]
    title_words = _distinctive_title_words(items)
    boundaries: list[Boundary] = []
    current: int | None = None
    for sentence in iter_sentences(utterances):
        cue = find_cue(sentence.text, order, title_words, current)
        if cue is None or cue.item == current:
            continue
        current = cue.item
        reason = f'{cue.reason}: "{sentence.text}" ({sentence.speaker}, {timestamp(sentence.start)})'
        boundaries.append(Boundary(sentence.start, cue.item, "cue", reason))
    parts, unassigned = assign(utterances, boundaries, items)
    warnings = _unreached_warnings(parts, items) if boundaries else []
    return ItemSplit(parts, unassigned, "cues", tuple(boundaries), tuple(warnings))


def find_cue(
    text: str,
    order: Sequence[int],
    title_words: dict[int, frozenset[str]],
    current: int | None,
) -> Cue | None:
    """The item a sentence announces, or None. A bare mention is not enough:
    the reference must open the sentence or come with a transition phrase."""
    norm = normalize(text)
    transition = _TRANSITION.search(norm) is not None
    for pattern in _NUMBER_REFS:
        for match in pattern.finditer(norm):
            number = number_value(match.group(1))
            if number is None or number not in order or _SUB_POINT.match(norm[match.end():]):
                continue
            opens = len(tokens(norm[: match.start()])) <= 3
            if transition or opens or _NEXT.search(norm):
                return Cue(number, f"item {number} named")
    if _NEXT.search(norm):
        following = _next_item(order, current)
        if following is not None:
            return Cue(following, "next item announced")
    if transition:
        spoken = tokens(norm)
        best: tuple[tuple[int, float], int] | None = None
        for number, words in title_words.items():
            matched = [w for w in words if any(_same_word(w, s) for s in spoken)]
            # One long, distinctive title word ("KommuneMED", "budgettet") or half the title's words.
            strong = sum(1 for w in matched if not w.isdigit() and len(w) >= 6)
            if strong or (words and len(matched) >= min(2, len(words)) and len(matched) / len(words) >= 0.5):
                score = (strong, len(matched) / len(words))
                if best is None or score > best[0]:
                    best = (score, number)
        if best is not None:
            return Cue(best[1], f"title of item {best[1]} named")
    return None


def _next_item(order: Sequence[int], current: int | None) -> int | None:
    if current is None:
        return order[0] if order else None
    index = order.index(current) if current in order else -1
    return order[index + 1] if index + 1 < len(order) else None


def _distinctive_title_words(items: Sequence[AgendaItem]) -> dict[int, frozenset[str]]:
    """Title words that are not filler and appear in no other item's title."""
    words = {
        # Years count ("Budget 2026"); day numbers and months do not.
        item.number: frozenset(t for t in tokens(item.title)
                               if t not in _TITLE_STOPWORDS and (len(t) >= 4 if not t.isdigit() else len(t) == 4))
        for item in items
    }
    result = {}
    for number, own in words.items():
        others = set().union(*(w for n, w in words.items() if n != number))
        result[number] = frozenset(w for w in own if w not in others)
    return result


def _same_word(title_word: str, spoken: str) -> bool:
    """Tolerate Danish inflection and compounds: budget ~ budgettet, leder ~ lederudvikling."""
    if title_word.isdigit() or spoken.isdigit():
        return title_word == spoken
    stem = title_word[: max(4, len(title_word) - 2)]
    return spoken.startswith(stem) or (len(spoken) >= 6 and title_word.startswith(spoken))


# --- applying boundaries ---------------------------------------------------------------


def assign(
    utterances: Iterable[Utterance],
    boundaries: Sequence[Boundary],
    items: Sequence[AgendaItem],
) -> tuple[tuple[tuple[int, tuple[Utterance, ...]], ...], tuple[Utterance, ...]]:
    """Give each word to the boundary in force at its start; an utterance that
    straddles a boundary is cut there. Talk before the first boundary is unassigned."""
    ordered = sorted(boundaries, key=lambda b: b.time)
    times = [b.time for b in ordered]
    by_item: dict[int, list[Utterance]] = {item.number: [] for item in items}
    unassigned: list[Utterance] = []

    def owner(t: float) -> int | None:
        index = bisect.bisect_right(times, t + 1e-6) - 1
        return ordered[index].item if index >= 0 else None

    def put(item: int | None, utterance: Utterance) -> None:
        (by_item[item] if item is not None and item in by_item else unassigned).append(utterance)

    for utterance in utterances:
        if not utterance.words:
            put(owner(utterance.start), utterance)
            continue
        run: list[Word] = []
        run_owner = owner(utterance.words[0].start)
        for word in utterance.words:
            word_owner = owner(word.start)
            if word_owner != run_owner and run:
                put(run_owner, _piece(utterance, run))
                run = []
            run_owner = word_owner
            run.append(word)
        put(run_owner, _piece(utterance, run))
    parts = tuple((item.number, tuple(by_item[item.number])) for item in items)
    return parts, tuple(unassigned)


def _piece(utterance: Utterance, words: list[Word]) -> Utterance:
    if len(words) == len(utterance.words):
        return utterance
    return Utterance(utterance.speaker, words[0].start, words[-1].end, tuple(words))


def _unreached_warnings(parts: Sequence[tuple[int, tuple[Utterance, ...]]], items: Sequence[AgendaItem]) -> list[str]:
    titles = {item.number: item.title for item in items}
    return [
        f"Item {number} ({titles[number]}) has no discussion in the recording; its draft decision "
        "says so. If it was discussed, fix the boundaries and run 'referat render'."
        for number, utterances in parts
        if not utterances
    ]

