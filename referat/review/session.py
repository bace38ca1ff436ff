"""One meeting under review: its record, its edit log, its recording and its exports.

Everything that can be refused is refused here, before any server starts: a
file that is not a meeting record, one from a newer referat, an unreadable
edit log. A recording that cannot be found is not a refusal: the page opens
without audio and says why.
"""

from __future__ import annotations

import mimetypes
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from referat.errors import OutputError
from referat.i18n import _
from referat.output.plan import check_plan, referat_plan, write_plan
from referat.record.journal import Journal, open_journal
from referat.record.store import load_machine_record
from referat.record.voices_file import speakers_again, voices_path
from referat.review.state import meeting_state
from referat.speakers.diarize import DiarizationOptions

# Browsers play these from an <audio> element.
PLAYABLE = {".wav": "audio/wav", ".flac": "audio/flac", ".mp3": "audio/mpeg", ".m4a": "audio/mp4",
            ".ogg": "audio/ogg", ".oga": "audio/ogg", ".opus": "audio/ogg", ".webm": "audio/webm",
            ".mp4": "video/mp4", ".aac": "audio/aac"}


@dataclass
class ReviewSession:
    record_path: Path
    journal: Journal
    audio: Path | None
    audio_problem: str
    template: Path | None = None
    exports: dict[str, Path] = field(default_factory=dict)  # name -> file, written by this review
    lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def open(cls, record_path: Path, template: Path | None = None) -> ReviewSession:
        record_path = Path(record_path).resolve()
        base = load_machine_record(record_path)
        journal = open_journal(record_path, base)
        audio, problem = find_recording(base.source, record_path)
        return cls(record_path, journal, audio, problem, template)

    def state(self) -> dict[str, Any]:
        audio = {"available": self.audio is not None, "problem": self.audio_problem,
                 "name": self.audio.name if self.audio else ""}
        return {**meeting_state(self.journal, audio, sorted(self.exports)),
                "voices_kept": voices_path(self.record_path).is_file()}

    def find_speakers(self, count: int, seen_revision: int | None) -> None:
        """The speakers found again as ``count`` voices, from the voices kept beside the record."""
        options = DiarizationOptions(backend="embedded", speakers=count)
        self.journal.edit(speakers_again(self.record_path, self.journal.record, options), seen_revision)

    def audio_type(self) -> str:
        assert self.audio is not None
        return PLAYABLE.get(self.audio.suffix.lower()) or mimetypes.guess_type(self.audio.name)[0] or "audio/wav"

    def export(self, public: bool) -> list[str]:
        """The referat (and its transcript document, and the public version if asked)
        from the record as it stands, through the same renderer as ``referat render``."""
        record = self.journal.record
        if not record.has_agenda:
            raise OutputError(_("This meeting has no agenda, so there is no referat to make. Run 'referat render "
                                "MEETING.json --agenda AGENDA' first."))
        stem = self.record_path.stem
        plan = referat_plan(self.record_path.with_name(f"{stem}-gennemset.docx"), public, self.template)
        plan = replace(plan, record=None, voices=None)  # no new record: the record and its edit log are the truth
        ours = set(self.exports.values())
        foreign = [p for p in plan.paths() if p.exists() and p not in ours]
        if foreign:
            raise OutputError(_("{foreign} already exists and was not made by this review; move it away to make "
                                "the referat here.").format(foreign=foreign[0]))
        check_plan(plan, overwrite=True)
        written = write_plan(record, plan, overwrite=True)
        for path in written:
            self.exports[path.name] = path
        return [p.name for p in written]


def find_recording(source: str, record_path: Path) -> tuple[Path | None, str]:
    """The recording a record names: as written, beside the record, or by its name beside it."""
    if not source:
        return None, _("The meeting record does not name its recording.")
    named = Path(source)
    candidates = [named] if named.is_absolute() else [Path.cwd() / named, record_path.parent / named]
    candidates.append(record_path.parent / named.name)
    for candidate in candidates:
        if candidate.is_file():
            return candidate.resolve(), ""
    return None, _("The recording {source} was not found (looked beside {record} too). Put it back, or copy it "
                   "next to the .json, and open the page again to listen.").format(
                       source=source, record=record_path.name)
