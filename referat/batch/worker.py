"""The work done for one file of a batch, behind one function boundary.

``Worker.process(job, progress)`` turns one input into its outputs through the
same ``Session`` that ``referat transcribe`` uses: the referat set for a file
with an agenda, the transcript formats otherwise, with speakers in both. A
``Worker`` loads each model once and keeps it for every file it is given; with
``--jobs N`` each worker process owns one, and so does each cluster actor.
"""

from __future__ import annotations

import dataclasses
import logging
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from referat.errors import ReferatError
from referat.output.plan import OutputPlan, referat_plan, transcript_plan, write_plan
from referat.pipeline import Session, SessionOptions

log = logging.getLogger(__name__)

# progress(stage, done, total): a stage key of referat.pipeline.STAGES.
StageProgress = Callable[[str, float, float], None]

TRANSCRIPT_FORMATS = ("txt", "json", "srt", "vtt")
SPEED_ONLY = ("device", "cpu_threads", "num_workers")  # settings that do not change the outputs


@dataclass(frozen=True)
class BatchOptions:
    """Everything that shapes a batch run."""

    output_dir: Path
    session: SessionOptions = SessionOptions()
    formats: tuple[str, ...] = TRANSCRIPT_FORMATS
    agenda_dir: Path | None = None
    jobs: int = 1
    overwrite: bool = False

    def settings(self) -> dict[str, Any]:
        """What changes a file's outputs (and so decides whether a finished file is redone)."""
        session = dataclasses.asdict(self.session)
        for speed_only in SPEED_ONLY:
            session["asr"].pop(speed_only, None)
            session["speakers"].pop(speed_only, None)
        return {"session": session, "formats": sorted(self.formats)}


@dataclass(frozen=True)
class FileJob:
    path: Path
    sha256: str
    stem: str  # base name of the outputs, inside options.output_dir
    duration: float | None = None
    agenda: Path | None = None
    agenda_sha256: str | None = None
    overwrite: bool = False  # every existing planned output is ours (or --overwrite)


@dataclass(frozen=True)
class FileOutcome:
    ok: bool
    outputs: tuple[str, ...] = ()
    duration: float | None = None
    speakers: int | None = None
    items: int | None = None
    error: str = ""
    seconds: float = 0.0


def output_plan(job: FileJob, options: BatchOptions) -> OutputPlan:
    """A file with an agenda gets the referat set (its .json is the meeting record,
    so the transcript's own .json is left out); any other file the transcripts."""
    base = options.output_dir / job.stem
    if job.agenda is not None:
        formats = tuple(f for f in options.formats if f != "json")
        return referat_plan(base.with_suffix(".docx"), transcript_base=base, formats=formats)
    return transcript_plan(base, options.formats)


def planned_outputs(job: FileJob, options: BatchOptions) -> tuple[str, ...]:
    """Output names (relative to the output folder) a job will write."""
    return tuple(path.name for path in output_plan(job, options).paths())


class Worker:
    """Processes files one at a time, loading each model on first use only."""

    def __init__(self, options: BatchOptions, session: Session | None = None):
        self.options = options
        self.session = session or Session(options.session)

    def process(self, job: FileJob, progress: StageProgress | None = None,
                source: Path | None = None) -> FileOutcome:
        """Never raises for a bad file: the reason comes back in the outcome.
        ``source`` reads the audio from another path than ``job.path`` (a copy)."""
        started = time.monotonic()
        try:
            outcome = self._process(job, progress or (lambda stage, done, total: None), source or job.path)
        except ReferatError as exc:
            outcome = FileOutcome(ok=False, error=str(exc))
        except MemoryError:
            outcome = FileOutcome(ok=False, error="Ran out of memory. Try --jobs 1 or a smaller --batch-size.")
        except Exception as exc:  # a bug or a library failure: report it, keep the batch going
            log.debug("processing %s failed:\n%s", job.path, traceback.format_exc())
            outcome = FileOutcome(ok=False, error=f"Unexpected error ({type(exc).__name__}: {exc}). "
                                                  "Run with -vv for details.")
        return dataclasses.replace(outcome, seconds=time.monotonic() - started)

    def _process(self, job: FileJob, progress: StageProgress, source: Path) -> FileOutcome:
        from referat.agenda import load_agenda
        from referat.recording.marks import marks_for

        meeting = load_agenda(job.agenda) if job.agenda is not None else None
        marks = marks_for(job.path) if meeting is not None else None
        record = self.session.process(
            source, meeting, marks.marks if marks else (), warnings=marks.warnings if marks else (),
            progress=progress,
        )
        if source != job.path:  # a copy (cluster workers): the record names the original
            record = dataclasses.replace(record, source=str(job.path),
                                         asr=dataclasses.replace(record.asr, source=str(job.path)))
        plan = output_plan(job, self.options)
        written = write_plan(record, plan, overwrite=job.overwrite,
                             progress=lambda done, total: progress("write", done, total))
        return FileOutcome(
            ok=True,
            outputs=tuple(p.name for p in written),
            duration=record.duration,
            speakers=len(record.speakers) or None,
            items=len(record.meeting.items) if record.has_agenda else None,
        )


def with_threads(options: BatchOptions, threads: int) -> BatchOptions:
    """The same options with ``threads`` CPU threads for recognition (a speed setting only)."""
    session = options.session
    return dataclasses.replace(options, session=dataclasses.replace(
        session, asr=dataclasses.replace(session.asr, cpu_threads=threads)))


def threads_per_job(jobs: int) -> int:
    """Split the CPU evenly: N processes each with cores/N threads never oversubscribe."""
    from referat.asr.options import available_cores

    return max(1, available_cores() // max(1, jobs))
