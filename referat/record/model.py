"""The meeting record: everything referat knows about one meeting, as frozen values.

``transcribe``, ``record`` and ``batch`` write it (``MEETING.json``); ``render``,
``speakers`` and the review page read it; the review page's edits are pure
functions from one record to the next (``referat.record.edits``). Every
output (referat, transcript document, subtitles) is a view of it
(``referat.record.views``).

The unit is the *line*: a piece of Whisper's segmentation spoken by one
speaker and belonging to one agenda item (or to none). Lines keep the words the
machine heard; a correction is stored beside them, so the machine's text is
never lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from referat.types import Boundary, DraftDecision, FollowUp, Mark, Meeting, TranscriptInfo, Word

if TYPE_CHECKING:  # numpy arrays, never looked at here: the record stays a pure value
    from referat.speakers.voices import Voices

SCHEMA_VERSION = 2


@dataclass(frozen=True)
class Line:
    id: int
    start: float
    end: float
    speaker: str | None  # "Taler N" from the diarizer; None when no speaker was found
    text: str  # what the machine heard
    words: tuple[Word, ...] = ()
    item: int | None = None  # the agenda item it belongs to; None = not assigned to an item
    corrected: str | None = None  # the secretary's correction of ``text``

    @property
    def shown(self) -> str:
        """The text as it stands: the correction if there is one."""
        return self.text if self.corrected is None else self.corrected


@dataclass(frozen=True)
class ItemDecision:
    """The Beslutning of one agenda item: the machine's draft and what a person made of it."""

    number: int
    draft: DraftDecision | None = None  # the machine's, redrafted when the item's lines change
    text: str | None = None  # the secretary's own wording; wins over the draft's
    checked: bool = False  # a person checked it: no longer marked [UDKAST]
    followups: tuple[FollowUp, ...] | None = None  # the secretary's list of follow-ups; None: the draft's


@dataclass(frozen=True)
class Split:
    """How the machine divided the talk between the items, for the transcript document."""

    method: str = "none"  # "marks" | "cues" | "none"
    boundaries: tuple[Boundary, ...] = ()
    warnings: tuple[str, ...] = ()  # what the split could not do (items never reached, marks ignored)


@dataclass(frozen=True)
class MeetingRecord:
    source: str  # the recording, as given on the command line
    duration: float
    asr: TranscriptInfo
    meeting: Meeting  # the agenda, or a placeholder meeting when there was none
    has_agenda: bool
    lines: tuple[Line, ...] = ()
    marks: tuple[Mark, ...] = ()
    split: Split = Split()
    decisions: tuple[ItemDecision, ...] = ()
    speaker_names: tuple[tuple[str, str], ...] = ()  # label -> name, sorted by label
    warnings: tuple[str, ...] = ()  # about the inputs (marks file, no speech); the split's are in ``split``
    schema_version: int = SCHEMA_VERSION
    # The diarizer's windows, to re-cluster speakers later; stored beside the JSON
    # (MEETING.voices.npz), not in it. None: not kept (pyannote, --diarizer none, an old record).
    voices: Voices | None = field(default=None, compare=False, repr=False)

    def decision(self, number: int) -> ItemDecision:
        return next((d for d in self.decisions if d.number == number), ItemDecision(number))

    def line(self, line_id: int) -> Line:
        for line in self.lines:
            if line.id == line_id:
                return line
        raise KeyError(line_id)

    @property
    def all_warnings(self) -> tuple[str, ...]:
        return self.warnings + self.split.warnings

    @property
    def names(self) -> dict[str, str]:
        return dict(self.speaker_names)

    @property
    def speakers(self) -> tuple[str, ...]:
        """Speaker labels in order of first appearance."""
        return tuple(dict.fromkeys(line.speaker for line in self.lines if line.speaker is not None))
