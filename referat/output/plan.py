"""Which files one meeting's run writes, checked before the slow work, then written together.

A plan names every output: the referat set (``X.docx``, ``X-udskrift.docx``,
``X.json`` — the meeting record — and ``X-offentlig.docx`` with ``--public``)
and/or the plain transcript formats (``BASE.txt``, ``.json``, ``.srt``, ``.vtt``),
and beside the record its voices (``X.voices.npz``) when the diarizer kept them.
``check_plan`` fails at once on an output that exists, an unwritable folder, two
outputs on one path, or an unusable template; ``write_plan`` writes all of them
from the meeting record, or none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from referat import files
from referat.errors import OutputError
from referat.i18n import _
from referat.minutes.build import public_minutes
from referat.output.render import check_docx_template, render_docx
from referat.output.transcript import WRITERS, parse_formats
from referat.output.transcript_doc import render_transcript_docx, split_notes, transcript_path_for
from referat.record.model import MeetingRecord
from referat.record.store import record_json
from referat.record.views import minutes_of, transcript_of
from referat.record.voices_file import voices_bytes, voices_path

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class OutputPlan:
    referat: Path | None = None  # the referat .docx
    transcript_doc: Path | None = None  # …-udskrift.docx
    record: Path | None = None  # the meeting record .json
    public: Path | None = None  # …-offentlig.docx
    transcripts: tuple[tuple[str, Path], ...] = ()  # (format, path) of the plain transcript
    template: Path | None = None
    voices: Path | None = None  # MEETING.voices.npz beside the record, when the run kept voices

    def paths(self) -> tuple[Path, ...]:
        """The outputs every run writes (the voices only come when the diarizer kept them)."""
        named = (self.referat, self.transcript_doc, self.record, self.public)
        return tuple(p for p in named if p is not None) + tuple(p for _, p in self.transcripts)

    def checked(self) -> tuple[Path, ...]:
        """Every path a run may write, to check before the slow work."""
        return self.paths() + ((self.voices,) if self.voices is not None else ())


def referat_plan(referat: Path, public: bool = False, template: Path | None = None,
                 transcript_base: Path | None = None, formats: Sequence[str] = ()) -> OutputPlan:
    """The referat set for ``referat`` (REFERAT.docx), plus transcript formats if asked."""
    path = Path(referat)
    if path.suffix.lower() != ".docx":
        raise OutputError(_("{path}: the referat is a Word file; give a name "
                            "ending in .docx (e.g. referat.docx).").format(
                              path=path))
    transcripts = transcript_plan(transcript_base, formats).transcripts if transcript_base and formats else ()
    record = path.with_suffix(".json")
    return OutputPlan(path, transcript_path_for(path), record,
                      path.with_name(f"{path.stem}-offentlig.docx") if public else None, transcripts, template,
                      voices_path(record))


def transcript_plan(base: Path, formats: Sequence[str], keep_voices: bool = True) -> OutputPlan:
    """``BASE.<format>`` for each transcript format; the voices go beside the JSON."""
    base = Path(base)
    transcripts = tuple((fmt, base.with_name(f"{base.name}.{fmt}")) for fmt in parse_formats(formats))
    record = next((path for fmt, path in transcripts if fmt == "json"), None)
    return OutputPlan(transcripts=transcripts, voices=voices_path(record) if record and keep_voices else None)


def check_plan(plan: OutputPlan, overwrite: bool = False) -> None:
    """Everything that can be refused about the outputs, refused now."""
    paths = plan.checked()
    seen: set[Path] = set()
    for path in paths:
        key = path.resolve()
        if key in seen:
            raise OutputError(_("{path} would be written twice (transcript and referat data); choose another -o "
                                "name or --output-dir.").format(path=path))
        seen.add(key)
    for folder in dict.fromkeys(p.parent for p in paths):
        files.check_writable_dir(folder)
    for path in paths:
        files.check_can_create(path, overwrite)
    if plan.referat is not None or plan.public is not None:
        check_docx_template(plan.template)


def write_plan(record: MeetingRecord, plan: OutputPlan, overwrite: bool = False,
               progress: Progress | None = None) -> list[Path]:
    """Every planned file from ``record``: all of them, or none."""
    check_plan(plan, overwrite)
    targets: list[tuple[Path, Callable[[Path], object]]] = []
    if plan.referat is not None:
        minutes = minutes_of(record)
        targets.append((plan.referat, lambda tmp: render_docx(minutes, tmp, plan.template, overwrite=True)))
        if plan.transcript_doc is not None:
            notes = split_notes(record)
            targets.append((plan.transcript_doc,
                            lambda tmp: render_transcript_docx(minutes, tmp, notes, overwrite=True)))
        if plan.public is not None:
            targets.append((plan.public, lambda tmp: render_docx(public_minutes(minutes), tmp, plan.template,
                                                                 public=True, overwrite=True, excerpts=False)))
    if plan.record is not None:
        targets.append((plan.record, _text_writer(record_json(record))))
    if plan.transcripts:
        transcript = transcript_of(record)
        names = record.names or None
        for fmt, path in plan.transcripts:
            targets.append((path, _text_writer(WRITERS[fmt].render(transcript, names))))
    voices = plan.voices if plan.record is not None or any(f == "json" for f, _ in plan.transcripts) else None
    if voices is not None and record.voices is not None:
        data = voices_bytes(record)
        targets.append((voices, lambda tmp: tmp.write_bytes(data)))
    written = files.write_all(targets, overwrite, progress)
    if voices is not None and record.voices is None and overwrite:
        voices.unlink(missing_ok=True)  # an earlier run's voices: they do not belong to the record just written
    return written


def _text_writer(text: str) -> Callable[[Path], object]:
    return lambda tmp: tmp.write_text(text, encoding="utf-8")
