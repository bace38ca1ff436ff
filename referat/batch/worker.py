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
import os
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from referat.errors import ReferatError
from referat.i18n import _
from referat.output.plan import OutputPlan, referat_plan, transcript_plan, write_plan
from referat.pipeline import Session, SessionOptions
from referat.record.model import MeetingRecord
from referat.types import Mark, Meeting

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
    node: str = ""  # the Ray node that transcribed it (--cluster); "" here


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


@dataclass(frozen=True)
class JobInputs:
    """What a file needs besides its audio, read by the driver (cluster workers
    may not see the driver's disk): the agenda and the recording's marks."""

    meeting: Meeting | None = None
    marks: tuple[Mark, ...] = ()
    warnings: tuple[str, ...] = ()


def read_job_inputs(job: FileJob) -> JobInputs:
    from referat.agenda import load_agenda
    from referat.recording.marks import marks_for

    if job.agenda is None:
        return JobInputs()
    meeting = load_agenda(job.agenda)
    marks = marks_for(job.path)
    return JobInputs(meeting, tuple(marks.marks), tuple(marks.warnings))


def guarded(work: Callable[[], FileOutcome]) -> FileOutcome:
    """Run one file's work; never raises for a bad file: the reason comes back in the outcome."""
    started = time.monotonic()
    try:
        outcome = work()
    except ReferatError as exc:
        outcome = FileOutcome(ok=False, error=str(exc))
    except MemoryError:
        outcome = FileOutcome(ok=False, error=_("Ran out of memory. Try --jobs 1 or a smaller --batch-size."))
    except Exception as exc:  # a bug or a library failure: report it, keep the batch going
        log.debug("processing failed:\n%s", traceback.format_exc())
        outcome = FileOutcome(ok=False, error=_("Unexpected error ({kind}: {error}). Run with -vv for details.").format(
                                  kind=type(exc).__name__, error=exc))
    return dataclasses.replace(outcome, seconds=time.monotonic() - started)


def write_outputs(record: MeetingRecord, job: FileJob, options: BatchOptions,
                  progress: StageProgress | None = None) -> FileOutcome:
    """Write a file's outputs from its meeting record, each whole or not at all."""
    report = progress or (lambda stage, done, total: None)
    written = write_plan(record, output_plan(job, options), overwrite=job.overwrite,
                         progress=lambda done, total: report("write", done, total))
    return FileOutcome(
        ok=True,
        outputs=tuple(p.name for p in written),
        duration=record.duration,
        speakers=len(record.speakers) or None,
        items=len(record.meeting.items) if record.has_agenda else None,
    )


class Worker:
    """Processes files one at a time, loading each model on first use only."""

    def __init__(self, options: BatchOptions, session: Session | None = None):
        self.options = options
        self.session = session or Session(options.session)

    def process(self, job: FileJob, progress: StageProgress | None = None) -> FileOutcome:
        """The whole file here: its inputs, its record, its outputs. Never raises for a bad file."""
        def work() -> FileOutcome:
            record = self.transcribe(job, read_job_inputs(job), progress)
            return write_outputs(record, job, self.options, progress)

        return guarded(work)

    def transcribe(self, job: FileJob, inputs: JobInputs, progress: StageProgress | None = None,
                   source: Path | None = None) -> MeetingRecord:
        """The meeting record of one file. ``source`` reads the audio from another
        path than ``job.path`` (a cluster worker's copy); the record names the original."""
        source = source or job.path
        record = self.session.process(source, inputs.meeting, inputs.marks, warnings=inputs.warnings,
                                      progress=progress)
        if source != job.path:
            record = dataclasses.replace(record, source=str(job.path),
                                         asr=dataclasses.replace(record.asr, source=str(job.path)))
        return record


def with_threads(options: BatchOptions, threads: int) -> BatchOptions:
    """The same options with ``threads`` CPU threads for recognition (a speed setting only)."""
    session = options.session
    return dataclasses.replace(options, session=dataclasses.replace(
        session, asr=dataclasses.replace(session.asr, cpu_threads=threads)))


def pin_threads(threads: int) -> None:
    """The speaker encoder (torch) with as many threads as recognition. Summation order
    follows the thread count, so a local ``--jobs N`` worker and a cluster worker with
    as many CPUs write byte-identical outputs (OpenMP's count comes from the spawning
    side: ``local.openmp_threads_of_children``, and Ray for its actors)."""
    os.environ["OMP_NUM_THREADS"] = str(threads)  # for a torch not imported yet
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(threads)


def threads_per_job(jobs: int) -> int:
    """Split the CPU evenly: N processes each with cores/N threads never oversubscribe."""
    from referat.asr.options import available_cores

    return max(1, available_cores() // max(1, jobs))
