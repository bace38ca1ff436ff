"""Pure post-processing of what faster-whisper returns: no model, no I/O.

Segments become referat's frozen ``Segment``/``Word`` values (Whisper's word
spacing kept), long chunks are cut into subtitle-sized pieces, times are made
non-decreasing, and the speech the batched pass skipped is found.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from referat.errors import InputError
from referat.i18n import _
from referat.types import Segment, Word, join_words

MIN_DURATION = 0.5  # seconds; shorter clips hold no word whisper can recognise


class WhisperWord(Protocol):
    start: float
    end: float
    word: str
    probability: float


class WhisperSegment(Protocol):
    start: float
    end: float
    text: str
    words: list[WhisperWord] | None
    avg_logprob: float
    no_speech_prob: float


def check_length(seconds: float, source: str) -> None:
    if seconds < MIN_DURATION:
        raise InputError(
            _("{value} is only {seconds:.2f} s long; referat needs at least {MIN_DURATION} s of speech. Check "
              "that the right file was given.").format(
                value=source or 'The audio', seconds=seconds, MIN_DURATION=MIN_DURATION)
        )


def missed_speech(speech: list[tuple[float, float]], covered: list[tuple[float, float]], duration: float,
                  min_gap: float = 1.0, margin: float = 0.3) -> list[tuple[float, float]]:
    """Stretches of ``speech`` of at least ``min_gap`` s that no ``covered`` span touches.

    Pure and exact: spans are widened by ``margin`` (alignment is approximate),
    returned clips are padded by 0.2 s, merged when they nearly touch, and at most 30 s.
    """
    spans = sorted((s - margin, e + margin) for s, e in covered)
    gaps: list[tuple[float, float]] = []
    i = 0
    for start, end in sorted(speech):
        cursor = start
        while i < len(spans) and spans[i][1] <= cursor:
            i += 1
        j = i
        while j < len(spans) and spans[j][0] < end:
            if spans[j][0] - cursor >= min_gap:
                gaps.append((cursor, spans[j][0]))
            cursor = max(cursor, spans[j][1])
            j += 1
        if end - cursor >= min_gap:
            gaps.append((cursor, end))
    clips: list[tuple[float, float]] = []
    for start, end in gaps:
        start, end = max(0.0, start - 0.2), min(duration, end + 0.2)
        if clips and start - clips[-1][1] < 0.3 and end - clips[-1][0] <= 30.0:
            clips[-1] = (clips[-1][0], end)
            continue
        while end - start > 30.0:
            clips.append((start, start + 30.0))
            start += 30.0
        clips.append((start, end))
    return clips


def is_non_speech(seg: WhisperSegment) -> bool:
    # Same rule the sequential decoder applies; the batched one does not.
    return (seg.no_speech_prob > 0.6 and seg.avg_logprob < -1.0) or not seg.text.strip()


def is_doubtful(seg: WhisperSegment) -> bool:
    """Stricter, for the recovery pass: a stretch skipped once may be noise that
    Whisper would turn into an invented sentence."""
    return is_non_speech(seg) or seg.avg_logprob < -1.0 or seg.no_speech_prob > 0.6


def shift(seg: Segment, offset: float) -> Segment:
    """A block's segment in recording time."""
    if not offset:
        return seg
    words = tuple(replace(w, start=w.start + offset, end=w.end + offset) for w in seg.words)
    return replace(seg, start=seg.start + offset, end=seg.end + offset, words=words)


def convert(seg: WhisperSegment) -> Segment:
    """A faster-whisper segment as a ``Segment``; words keep their leading space."""
    words = tuple(
        Word(start=float(w.start), end=float(w.end), text=w.word, probability=float(w.probability))
        for w in (seg.words or ())
        if w.word.strip()
    )
    return Segment(start=float(seg.start), end=float(seg.end), text=seg.text.strip(), words=words)


_SENTENCE_END = re.compile(r"[.!?…]$")


def split_long(segment: Segment, max_seconds: float) -> list[Segment]:
    """Split a long chunk into subtitle-sized segments at sentence ends or pauses."""
    words = segment.words
    if not words or segment.end - segment.start <= max_seconds:
        return [segment]
    pieces: list[list[Word]] = [[]]
    for i, word in enumerate(words):
        current = pieces[-1]
        current.append(word)
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None:
            break
        length = word.end - current[0].start
        pause = nxt.start - word.end
        if (_SENTENCE_END.search(word.text) and length > 1.5) or pause > 1.0 or length >= max_seconds:
            pieces.append([])
    return [Segment(start=p[0].start, end=p[-1].end, text=join_words(p), words=tuple(p)) for p in pieces if p]


def monotonic(segments: list[Segment]) -> list[Segment]:
    """Guarantee non-decreasing times: word alignment can overlap by a few ms."""
    out: list[Segment] = []
    last = 0.0
    for seg in segments:
        words = []
        for w in seg.words:
            start = max(w.start, last)
            end = max(w.end, start)
            words.append(Word(start, end, w.text, w.probability, w.speaker))
            last = start
        start = max(seg.start, out[-1].start if out else 0.0)
        if words:
            start = min(start, words[0].start)
            start = max(start, out[-1].start if out else 0.0)
        end = max(seg.end, start, words[-1].end if words else start)
        out.append(Segment(start, end, seg.text, tuple(words), seg.speaker))
    return out
