"""The work done for one file of a batch, behind one function boundary.

``Worker.process(job, progress)`` turns one input into its outputs. It runs the
full minutes pipeline when that module exists and the file has an agenda, and
plain ASR plus the transcript writers otherwise. A ``Worker`` loads each model
once and keeps it for every file it is given; with ``--jobs N`` each worker
process owns one ``Worker``.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import logging
import os
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from referat.errors import ReferatError

log = logging.getLogger(__name__)

# progress(stage, done, total): stage is a short word shown beside the file.
StageProgress = Callable[[str, float, float], None]

TRANSCRIPT_FORMATS = ("txt", "json", "srt", "vtt")


@dataclass(frozen=True)
class BatchOptions:
    """Everything that shapes a batch run; ``asr`` is a ``referat.asr.AsrOptions``."""

    output_dir: Path
    asr: object = None
    formats: tuple[str, ...] = TRANSCRIPT_FORMATS
    agenda_dir: Path | None = None
    jobs: int = 1
    overwrite: bool = False
    pipeline: object = None  # extra options for referat.pipeline, when present

    def settings(self) -> dict:
        """What changes a file's outputs (and so decides whether a finished file is redone)."""
        asr = dataclasses.asdict(self.asr) if dataclasses.is_dataclass(self.asr) else {}
        for speed_only in ("device", "cpu_threads", "num_workers"):
            asr.pop(speed_only, None)
        pipe = dataclasses.asdict(self.pipeline) if dataclasses.is_dataclass(self.pipeline) else {}
        return {"asr": asr, "formats": sorted(self.formats), "pipeline": pipe}


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
    details: dict = field(default_factory=dict)


def pipeline_available() -> bool:
    return importlib.util.find_spec("referat.pipeline") is not None


def uses_pipeline(job: FileJob) -> bool:
    """Full minutes for files with an agenda (when the pipeline is installed)."""
    return job.agenda is not None and pipeline_available()


def transcript_formats(job: FileJob, options: BatchOptions) -> tuple[str, ...]:
    # With minutes, STEM.json is the pipeline's re-renderable meeting file.
    return tuple(f for f in options.formats if not (uses_pipeline(job) and f == "json"))


def planned_outputs(job: FileJob, options: BatchOptions) -> tuple[str, ...]:
    """Output names (relative to the output folder) a job will write."""
    names = [f"{job.stem}.{fmt}" for fmt in transcript_formats(job, options)]
    if uses_pipeline(job):
        from referat import pipeline

        paths = pipeline.output_paths(options.output_dir / f"{job.stem}.docx")
        names = [p.name for p in paths.all()] + names
    return tuple(names)


class Worker:
    """Processes files one at a time, loading each model on first use only."""

    def __init__(self, options: BatchOptions):
        self.options = options
        self._transcriber = None
        self._diarizer = None

    @property
    def transcriber(self):
        if self._transcriber is None:
            from referat.asr.transcriber import Transcriber

            self._transcriber = Transcriber(self.options.asr)
        return self._transcriber

    def process(self, job: FileJob, progress: StageProgress | None = None) -> FileOutcome:
        """Never raises for a bad file: the reason comes back in the outcome."""
        progress = progress or (lambda stage, done, total: None)
        started = time.monotonic()
        try:
            if uses_pipeline(job):
                outcome = self._process_minutes(job, progress)
            else:
                outcome = self._process_transcript(job, progress)
        except ReferatError as exc:
            outcome = FileOutcome(ok=False, error=str(exc))
        except MemoryError:
            outcome = FileOutcome(ok=False, error="Ran out of memory. Try --jobs 1 or a smaller --batch-size.")
        except Exception as exc:  # a bug or a library failure: report it, keep the batch going
            log.debug("processing %s failed:\n%s", job.path, traceback.format_exc())
            outcome = FileOutcome(ok=False, error=f"Unexpected error ({type(exc).__name__}: {exc}). Run with -vv for details.")
        return dataclasses.replace(outcome, seconds=time.monotonic() - started)

    def _process_transcript(self, job: FileJob, progress: StageProgress) -> FileOutcome:
        from referat.output.transcript import write_outputs

        progress("transcribing", 0.0, job.duration or 0.0)
        transcript = self.transcriber.transcribe_file(
            job.path, progress=lambda done, total: progress("transcribing", done, total)
        )
        duration = transcript.info.duration
        progress("writing", duration, duration)
        base = self.options.output_dir / job.stem
        written = write_outputs(transcript, base, self.options.formats, overwrite=job.overwrite)
        speakers = {s.speaker for s in transcript.segments if s.speaker}
        return FileOutcome(
            ok=True,
            outputs=_relative(written, self.options.output_dir),
            duration=duration,
            speakers=len(speakers) or None,
        )

    def _process_minutes(self, job: FileJob, progress: StageProgress) -> FileOutcome:
        from referat import pipeline
        from referat.output.transcript import write_outputs

        options = self.options.pipeline or pipeline.PipelineOptions(asr=self.options.asr)
        meeting = pipeline.load_meeting(job.agenda, job.path)
        result = pipeline.process(
            job.path, job.agenda, options,
            progress=lambda stage, done, total: progress(pipeline.STAGES.get(stage, stage), done, total),
            transcriber=self._transcriber_for(meeting, options), diarizer=self.diarizer,
        )
        out = self.options.output_dir
        written = pipeline.write_outputs(result, pipeline.output_paths(out / f"{job.stem}.docx"), overwrite=job.overwrite)
        names = dict(result.minutes.speaker_names)
        written += write_outputs(result.transcript, out / job.stem, transcript_formats(job, self.options),
                                 overwrite=job.overwrite, speaker_names=names or None)
        speakers = {w.speaker for w in result.transcript.words if w.speaker}
        return FileOutcome(
            ok=True,
            outputs=_relative(written, out),
            duration=result.transcript.info.duration,
            speakers=len(speakers) or None,
            items=len(result.minutes.items),
        )

    @property
    def diarizer(self):
        """The speaker model, loaded once (None: the pipeline's own default)."""
        if self._diarizer is None:
            from referat.speakers import diarize

            make = getattr(diarize, "make_diarizer", None)
            options = (self.options.pipeline and self.options.pipeline.diarization) or diarize.DiarizationOptions()
            self._diarizer = make(options) if make else None
        return self._diarizer

    def _transcriber_for(self, meeting, options):
        """The loaded model, with this agenda's titles and names as vocabulary."""
        from referat.minutes import build as minutes_mod

        transcriber = self.transcriber
        extra = tuple(minutes_mod.vocabulary_from_meeting(meeting)) if options.vocabulary_from_agenda else ()
        if not extra:
            return transcriber
        return transcriber.derive(vocabulary=tuple(transcriber.options.vocabulary) + extra)  # shares the model


def _relative(paths, root: Path) -> tuple[str, ...]:
    out = []
    for p in paths:
        p = Path(p)
        out.append(str(p.relative_to(root)) if p.is_absolute() and p.is_relative_to(root) else p.name)
    return tuple(out)


def threads_per_job(jobs: int) -> int:
    """Split the CPU evenly: N processes each with cores/N threads never oversubscribe."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, cores // max(1, jobs))
