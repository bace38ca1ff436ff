"""Views of a meeting record: the minutes to render, the utterances the rules
read, and the plain transcript (txt, srt, vtt, json). Pure.

Each view shows the record as it stands: corrected text, reassigned speakers and
moved lines included.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from referat.record.model import Line, MeetingRecord
from referat.speakers.align import merge_turns
from referat.types import (
    UNKNOWN_SPEAKER,
    DraftDecision,
    ItemMinutes,
    Minutes,
    Segment,
    Transcript,
    Utterance,
    Word,
)


def line_words(line: Line) -> tuple[Word, ...]:
    """The line's words; for a corrected line (or one without word times) the
    shown text spread evenly over the line, so rules read what the secretary wrote."""
    if line.corrected is None and line.words:
        return line.words
    tokens = line.shown.split()
    if not tokens:
        return ()
    step = max(line.end - line.start, 0.0) / len(tokens)
    return tuple(Word(line.start + i * step, line.start + (i + 1) * step, " " + token, 1.0, line.speaker)
                 for i, token in enumerate(tokens))


def utterances_with_items(record: MeetingRecord) -> list[tuple[int | None, Utterance]]:
    """The talk as (item, utterance), in time order: consecutive lines of one
    speaker within one item. Lines of no known speaker stay one utterance each."""
    runs: list[tuple[int | None, str | None, list[Word], float]] = []  # item, speaker, words, end
    for line in record.lines:
        words = line_words(line)
        if not words:
            continue
        last = runs[-1] if runs else None
        if last is not None and line.speaker is not None and last[1] == line.speaker and last[0] == line.item:
            last[2].extend(words)
            runs[-1] = (last[0], last[1], last[2], max(last[3], line.end))
        else:
            runs.append((line.item, line.speaker, list(words), max(w.end for w in words)))
    return [(item, Utterance(speaker or UNKNOWN_SPEAKER, words[0].start, end, tuple(words)))
            for item, speaker, words, end in runs]


def utterances_of(record: MeetingRecord) -> tuple[Utterance, ...]:
    return tuple(utterance for _, utterance in utterances_with_items(record))


def utterances_by_item(record: MeetingRecord) -> dict[int | None, tuple[Utterance, ...]]:
    """Every agenda item's utterances (empty when nobody spoke to it), and None's:
    the talk assigned to no item."""
    groups: dict[int | None, list[Utterance]] = {item.number: [] for item in record.meeting.items}
    groups[None] = []
    for item, utterance in utterances_with_items(record):
        groups[item if item in groups else None].append(utterance)
    return {k: tuple(v) for k, v in groups.items()}


def decision_view(record: MeetingRecord, number: int) -> DraftDecision | None:
    """The Beslutning to show: the secretary's text over the machine's draft."""
    decision = record.decision(number)
    view = decision.draft
    if decision.text is not None:
        view = replace(decision.draft or DraftDecision("edited", ""), text=decision.text)
    if decision.followups is not None:
        view = replace(view or DraftDecision("edited", ""), followups=decision.followups)
    return view


def minutes_of(record: MeetingRecord) -> Minutes:
    said = utterances_by_item(record)
    items = tuple(
        ItemMinutes(item, said.get(item.number, ()), decision_view(record, item.number),
                    record.decision(item.number).checked)
        for item in record.meeting.items
    )
    return Minutes(record.meeting, items, said[None], record.speaker_names)


def transcript_of(record: MeetingRecord, max_turn_seconds: float | None = None) -> Transcript:
    """The plain transcript: one segment per speaker turn (or per line where no
    speaker is known), as ``referat transcribe`` writes it."""
    lines = [_segment(line) for line in record.lines]
    segments = merge_turns(lines) if max_turn_seconds is None else merge_turns(lines, max_turn_seconds)
    return Transcript(replace(record.asr, duration=record.duration), segments)


def _segment(line: Line) -> Segment:
    if line.corrected is not None:  # the secretary's words carry no word times
        return Segment(line.start, line.end, line.corrected, (), line.speaker)
    words = tuple(replace(w, speaker=line.speaker) for w in line.words)
    return Segment(line.start, line.end, line.text, words, line.speaker)


def line_text(lines: Sequence[Line]) -> str:
    return " ".join(line.shown for line in lines if line.shown)
