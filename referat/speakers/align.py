"""Pure alignment: words to speakers, speakers to utterances.

No model and no I/O here. A word gets the speaker whose turns overlap it most;
when no turn overlaps it (a word in a pause the diarizer dropped), the nearest
turn wins. Ties are broken deterministically: the earlier turn wins. Speakers
are then renumbered "Taler 1", "Taler 2"… in order of first appearance in the
words, so labels do not depend on a backend's internal cluster numbers.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from referat.types import (
    UNKNOWN_SPEAKER,
    Segment,
    SpeakerTurn,
    Transcript,
    Utterance,
    Word,
    continuations,
    join_words,
)

SPEAKER_PREFIX = "Taler"


def speaker_label(index: int) -> str:
    """The display label of the ``index``-th speaker (0-based): "Taler 1"…"""
    return f"{SPEAKER_PREFIX} {index + 1}"


@dataclass(frozen=True)
class _TurnIndex:
    """Turns sorted by start, with a running maximum of ends for fast lookups."""

    turns: tuple[SpeakerTurn, ...]
    starts: tuple[float, ...]
    max_end: tuple[float, ...]  # max_end[i] = max(t.end for t in turns[: i + 1])

    @classmethod
    def build(cls, turns: Iterable[SpeakerTurn]) -> _TurnIndex:
        ordered = tuple(sorted(turns, key=lambda t: (t.start, t.end, t.speaker)))
        max_end: list[float] = []
        running = float("-inf")
        for t in ordered:
            running = max(running, t.end)
            max_end.append(running)
        return cls(ordered, tuple(t.start for t in ordered), tuple(max_end))

    def speaker_for(self, start: float, end: float) -> str:
        """Speaker with most overlap with [start, end]; nearest turn if none overlaps."""
        hi = bisect.bisect_left(self.starts, end)  # turns[:hi] start before `end`
        if end <= start:  # a zero-length word: turns containing the point count
            hi = bisect.bisect_right(self.starts, end)
        overlap: dict[str, float] = {}
        first_seen: dict[str, int] = {}
        j = hi - 1
        while j >= 0 and self.max_end[j] >= start:
            t = self.turns[j]
            amount = min(end, t.end) - max(start, t.start)
            if amount > 0 or (amount == 0 and end <= start and t.start <= start <= t.end):
                overlap[t.speaker] = overlap.get(t.speaker, 0.0) + max(amount, 0.0)
                first_seen[t.speaker] = j  # walking backwards: ends at the earliest turn
            j -= 1
        if overlap:
            # Most overlap; on a tie the speaker whose overlapping turn starts first.
            return min(overlap, key=lambda s: (-overlap[s], first_seen[s]))
        return self._nearest(start, end, hi)

    def _nearest(self, start: float, end: float, hi: int) -> str:
        candidates: list[tuple[float, int]] = []
        if hi > 0:
            # The turn reaching furthest among those starting before the word.
            k = _argmax_end(self, hi)
            candidates.append((max(start - self.turns[k].end, 0.0), k))
        if hi < len(self.turns):
            candidates.append((max(self.turns[hi].start - end, 0.0), hi))
        _, k = min(candidates)  # equal distance: the earlier turn (lower index)
        return self.turns[k].speaker


def _argmax_end(index: _TurnIndex, hi: int) -> int:
    # max_end is non-decreasing; the first position reaching its final value is the argmax.
    target = index.max_end[hi - 1]
    return bisect.bisect_left(index.max_end, target, 0, hi)


def assign_speakers(words: Sequence[Word], turns: Sequence[SpeakerTurn]) -> tuple[Word, ...]:
    """Return ``words`` with ``speaker`` set from ``turns``, labelled "Taler N".

    With no turns at all (the diarizer heard nobody) no word has a speaker, as
    without diarization: nobody is called "Taler 1" on a guess.
    """
    if not words:
        return ()
    if not turns:
        return tuple(replace(w, speaker=None) for w in words)
    raw = _turn_labels(words, turns)
    names = _first_appearance_names(raw)
    return tuple(replace(w, speaker=names[r]) for w, r in zip(words, raw, strict=True))


def _turn_labels(words: Sequence[Word], turns: Sequence[SpeakerTurn]) -> list[str]:
    index = _TurnIndex.build(turns)
    return [index.speaker_for(w.start, w.end) for w in words]


def keep_turn_labels(words: Sequence[Word], turns: Sequence[SpeakerTurn]) -> tuple[Word, ...]:
    """``words`` with the speaker of the turn each overlaps most, labelled as the turns are
    (re-clustering keeps the record's own labels). A number cut in two ("5" ",2") is one
    word: its second part takes the first part's speaker."""
    if not turns:
        return tuple(replace(w, speaker=None) for w in words)
    out = [replace(w, speaker=label) for w, label in zip(words, _turn_labels(words, turns), strict=True)]
    for i, continues in enumerate(continuations(out)):
        if continues:
            out[i] = replace(out[i], speaker=out[i - 1].speaker)
    return tuple(out)


def _first_appearance_names(raw: Iterable[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for label in raw:
        if label not in names:
            names[label] = speaker_label(len(names))
    return names


def relabel_turns(turns: Sequence[SpeakerTurn]) -> tuple[SpeakerTurn, ...]:
    """Sort turns by time and rename their speakers "Taler N" by first appearance."""
    ordered = sorted(turns, key=lambda t: (t.start, t.end, t.speaker))
    names = _first_appearance_names(t.speaker for t in ordered)
    return tuple(replace(t, speaker=names[t.speaker]) for t in ordered)


def group_utterances(words: Sequence[Word], max_gap: float | None = None) -> tuple[Utterance, ...]:
    """Consecutive words of one speaker become one ``Utterance``.

    ``max_gap`` (seconds) optionally starts a new utterance after a long pause
    even when the speaker stays the same. Words without a speaker are grouped
    under "Ukendt" rather than an empty label.
    """
    utterances: list[Utterance] = []
    current: list[Word] = []
    for word in words:
        if current:
            same = (word.speaker or UNKNOWN_SPEAKER) == (current[-1].speaker or UNKNOWN_SPEAKER)
            gap_ok = max_gap is None or word.start - current[-1].end <= max_gap
            if not (same and gap_ok):
                utterances.append(_utterance(current))
                current = []
        current.append(word)
    if current:
        utterances.append(_utterance(current))
    return tuple(utterances)


def _utterance(words: list[Word]) -> Utterance:
    return Utterance(
        speaker=words[0].speaker or UNKNOWN_SPEAKER,
        start=words[0].start,
        end=max(w.end for w in words),
        words=tuple(words),
    )


MAX_TURN_SECONDS = 30.0  # a turn longer than this is split at segment ends


def speaker_lines(transcript: Transcript) -> tuple[Segment, ...]:
    """Whisper's segments, each cut where its words change speaker: the finest
    pieces that keep one speaker (the lines of the meeting record).

    A segment without word timestamps stays whole with its own speaker.
    """
    lines: list[Segment] = []
    for seg in transcript.segments:
        if not seg.words:
            lines.append(seg)
            continue
        run: list[Word] = []
        for word in seg.words:
            if run and word.speaker != run[-1].speaker:
                lines.append(_line(run))
                run = []
            run.append(word)
        lines.append(_line(run))
    return tuple(lines)


def _line(words: list[Word]) -> Segment:
    return Segment(words[0].start, max(w.end for w in words), join_words(words), tuple(words), words[0].speaker)


def merge_turns(lines: Sequence[Segment], max_seconds: float = MAX_TURN_SECONDS) -> tuple[Segment, ...]:
    """Consecutive lines of one known speaker become one segment (a turn), broken
    once it passes ``max_seconds`` so one voice for an hour is not one subtitle.

    Lines without a speaker, and lines without words, are never merged.
    """
    out: list[Segment] = []
    run: list[Segment] = []

    def flush() -> None:
        if run:
            words = tuple(w for line in run for w in line.words)
            text = " ".join(line.text for line in run if line.text)
            out.append(Segment(run[0].start, max(line.end for line in run), text, words, run[0].speaker))
            run.clear()

    for line in lines:
        joins = (bool(run) and line.speaker is not None and line.speaker == run[0].speaker and bool(line.words)
                 and bool(run[-1].words) and line.start - run[0].start < max_seconds)
        if not joins:
            flush()
        run.append(line)
    flush()
    return tuple(out)


def attach_speakers(transcript: Transcript, turns: Sequence[SpeakerTurn]) -> Transcript:
    """Give every word and segment a speaker; segments become one per turn
    (split at whisper's segment ends once they pass ``MAX_TURN_SECONDS``).

    Segments without word timestamps are treated as one unit each: they get the
    speaker that overlaps them most and stay whole.
    """
    return replace(transcript, segments=merge_turns(speaker_lines(label_words(transcript, turns))))


def label_words(transcript: Transcript, turns: Sequence[SpeakerTurn]) -> Transcript:
    """The transcript with a speaker on every word (and on each word-less segment)."""
    units: list[Word] = []  # words, plus a stand-in word for each word-less segment
    for seg in transcript.segments:
        units.extend(seg.words or (Word(seg.start, seg.end, seg.text),))
    labelled = iter(assign_speakers(units, turns))
    segments = []
    for seg in transcript.segments:
        if seg.words:
            words = list(next(labelled) for _ in seg.words)
            for i, continues in enumerate(continuations(words)):
                if continues:  # "5" + ",2" is one word: one speaker says it
                    words[i] = replace(words[i], speaker=words[i - 1].speaker)
            segments.append(replace(seg, words=tuple(words), speaker=words[0].speaker))
        else:
            segments.append(replace(seg, speaker=next(labelled).speaker))
    return replace(transcript, segments=tuple(segments))


def rename_speakers(transcript: Transcript, names: dict[str, str]) -> Transcript:
    """Replace speaker labels on segments and words (e.g. "Taler 1" → "Henrik Harder")."""
    if not names:
        return transcript

    def name(label: str | None) -> str | None:
        return names.get(label, label) if label is not None else None

    segments = tuple(
        replace(s, speaker=name(s.speaker), words=tuple(replace(w, speaker=name(w.speaker)) for w in s.words))
        for s in transcript.segments
    )
    return replace(transcript, segments=segments)
