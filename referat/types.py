"""Frozen dataclasses passed between the stages.

Times are seconds from the start of the recording. Collections are tuples so
values stay immutable and hashable; use ``dataclasses.replace`` to derive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


# --- transcription -------------------------------------------------------


@dataclass(frozen=True)
class Word:
    start: float
    end: float
    text: str
    probability: float = 1.0
    speaker: str | None = None


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
        return " ".join(s.text.strip() for s in self.segments).strip()


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
        return " ".join(w.text.strip() for w in self.words).strip()


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
    date: dt.date
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
class Evidence:
    """A quoted sentence that supports a draft decision."""

    speaker: str
    start: float
    text: str


@dataclass(frozen=True)
class DraftDecision:
    kind: str  # e.g. "approved", "approved_with_remark", "rejected", "noted", "postponed"
    text: str
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.0


@dataclass(frozen=True)
class ItemMinutes:
    item: AgendaItem
    utterances: tuple[Utterance, ...] = ()
    draft: DraftDecision | None = None


@dataclass(frozen=True)
class Minutes:
    meeting: Meeting
    items: tuple[ItemMinutes, ...] = ()
    unassigned: tuple[Utterance, ...] = ()
    speaker_names: tuple[tuple[str, str], ...] = field(default_factory=tuple)
