"""Frozen dataclasses passed between the stages.

Times are seconds from the start of the recording. Collections are tuples so
values stay immutable and hashable; use ``dataclasses.replace`` to derive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

SAMPLE_RATE = 16000  # Hz: what every stage reads and the models expect
UNKNOWN_SPEAKER = "Ukendt"  # shown for talk no diarizer attributed to a speaker


# --- transcription -------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """One recognised word. ``text`` keeps Whisper's own spacing: a leading
    space starts a new word, none continues the previous one ("1" + ",2")."""

    start: float
    end: float
    text: str
    probability: float = 1.0
    speaker: str | None = None


def continuations(words: Sequence[Word]) -> list[bool]:
    """For each word, whether it continues the one before (Whisper's ",2" after "5"):
    such a word belongs with its predecessor, to one speaker and one item. Words
    without any leading spaces (hand-made) all stand alone."""
    whisper = any(w.text[:1].isspace() for w in words)
    return [whisper and i > 0 and not w.text[:1].isspace() for i, w in enumerate(words)]


def join_words(words: Iterable[Word]) -> str:
    """The text of consecutive words, spaced as the recogniser spaced them.

    Words carrying Whisper's leading spaces are concatenated, so "5" + ",2"
    stays "5,2". Words without any leading space (hand-made, or read from files
    written before spacing was kept) are joined with single spaces.
    """
    texts = [w.text for w in words]
    if any(t[:1].isspace() for t in texts):
        return " ".join("".join(texts).split())
    return " ".join(t.strip() for t in texts if t.strip())


@dataclass(frozen=True)
class Segment:
    start: float
    end: float
    text: str
    words: tuple[Word, ...] = ()
    speaker: str | None = None


@dataclass(frozen=True)
class TranscriptInfo:
    """What produced a transcript: enough to reproduce or audit it."""

    source: str
    duration: float
    language: str
    language_probability: float = 1.0
    model: str = ""
    referat_version: str = ""
    device: str = ""
    compute_type: str = ""


@dataclass(frozen=True)
class Transcript:
    info: TranscriptInfo
    segments: tuple[Segment, ...]

    @property
    def words(self) -> tuple[Word, ...]:
        return tuple(w for s in self.segments for w in s.words)

    @property
    def text(self) -> str:
        return " ".join(" ".join(s.text.split()) for s in self.segments if s.text.strip())


# --- speakers --------------------------------------------------------------


@dataclass(frozen=True)
class SpeakerTurn:
    start: float
    end: float
    speaker: str


@dataclass(frozen=True)
class Utterance:
    """Consecutive words of one speaker."""

    speaker: str
    start: float
    end: float
    words: tuple[Word, ...] = ()

    @property
    def text(self) -> str:
        return join_words(self.words)


# --- agenda ------------------------------------------------------------------


@dataclass(frozen=True)
class Participant:
    name: str
    role: str | None = None


@dataclass(frozen=True)
class Section:
    """A named part of an agenda item: Resumé, Sagsfremstilling, Indstilling…"""

    name: str
    text: str


@dataclass(frozen=True)
class AgendaItem:
    number: int
    title: str
    case_number: str | None = None
    closed: bool = False
    sections: tuple[Section, ...] = ()
    decision: str | None = None  # a Beslutning already written (never replaced)

    def section(self, name: str) -> Section | None:
        wanted = name.casefold()
        return next((s for s in self.sections if s.name.casefold() == wanted), None)


@dataclass(frozen=True)
class Meeting:
    forum: str
    date: dt.date | None  # None: the agenda did not say (an import that could not find it)
    start_time: dt.time | None = None
    place: str | None = None
    municipality: str | None = None
    participants: tuple[Participant, ...] = ()
    absent: tuple[Participant, ...] = ()
    items: tuple[AgendaItem, ...] = ()


# --- item marks and minutes ----------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """A moment marked during recording: an item starts, or a decision is made."""

    time: float
    item: int | None
    kind: str = "item"  # "item" | "decision"


@dataclass(frozen=True)
class Boundary:
    """From ``time`` on, the discussion belongs to ``item`` (None: unassigned)."""

    time: float
    item: int | None
    source: str  # "mark" | "cue"
    reason: str


@dataclass(frozen=True)
class Evidence:
    """A quoted sentence that supports a draft decision."""

    speaker: str
    start: float
    text: str


@dataclass(frozen=True)
class FollowUp:
    """A commitment made in the discussion: who does what, by when (if said)."""

    who: str | None  # a name, a role or body ("forvaltningen"), or None when nobody was named
    what: str
    when: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True)
class DraftDecision:
    kind: str  # e.g. "approved", "approved_with_remark", "rejected", "noted", "postponed"
    text: str
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.0
    followups: tuple[FollowUp, ...] = ()


@dataclass(frozen=True)
class ItemMinutes:
    item: AgendaItem
    utterances: tuple[Utterance, ...] = ()
    draft: DraftDecision | None = None
    checked: bool = False  # a person checked the draft: it is no longer marked [UDKAST]


@dataclass(frozen=True)
class Minutes:
    meeting: Meeting
    items: tuple[ItemMinutes, ...] = ()
    unassigned: tuple[Utterance, ...] = ()
    speaker_names: tuple[tuple[str, str], ...] = field(default_factory=tuple)
