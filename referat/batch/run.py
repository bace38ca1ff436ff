"""Many recordings in one run: find, plan, process, record, report.

Stage by stage: (1) collect the inputs and skip what is not audio, (2) hash
each file (streamed) and drop duplicates, (3) skip files the manifest says are
finished with the same settings, (4) process the rest, one file at a time per
worker, each model loaded once per worker, (5) report. A failing file never
stops the others; each finished file is recorded in the manifest only after all
of its outputs are written.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from referat import files
from referat.batch.manifest import (
    LOCK_NAME,
    MANIFEST_NAME,
    Entry,
    Manifest,
    load_manifest,
    output_lock,
    settings_key,
)
from referat.batch.worker import BatchOptions, FileJob, FileOutcome, planned_outputs
from referat.errors import InputError
from referat.files import sha256_file
from referat.i18n import _
from referat.output.render import check_docx_template

log = logging.getLogger(__name__)

AUDIO_SUFFIXES = frozenset(
    ".wav .wave .mp3 .m4a .mp4 .aac .flac .ogg .oga .opus .wma .webm .mkv .mov .3gp .amr .aif .aiff .caf .mpga".split()
)


@dataclass(frozen=True)
class FileResult:
    """One line of the summary table."""

    path: Path
    status: str  # "done" | "skipped" | "failed" | "duplicate" | "ignored"
    reason: str = ""
    duration: float | None = None
    speakers: int | None = None
    items: int | None = None
    seconds: float = 0.0
    outputs: tuple[str, ...] = ()


@dataclass(frozen=True)
class BatchReport:
    results: tuple[FileResult, ...]

    @property
    def failed(self) -> tuple[FileResult, ...]:
        return tuple(r for r in self.results if r.status == "failed")

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.results)


class BatchProgress:
    """Callbacks for a progress display; the default does nothing."""

    def planned(self, jobs: Sequence[FileJob], notes: Sequence[FileResult]) -> None: ...

    def file_started(self, job: FileJob) -> None: ...

    def file_progress(self, job: FileJob, stage: str, done: float, total: float) -> None: ...

    def file_finished(self, job: FileJob, result: FileResult) -> None: ...


# --- stage 1: collect ---------------------------------------------------------


def collect_inputs(paths: Iterable[Path], output_dir: Path | None = None) -> tuple[list[Path], list[FileResult]]:
    """Audio files to process, plus notes for what was skipped.

    Folders are read one level deep and only files with an audio suffix are
    taken from them; files named explicitly are always tried.
    """
    inputs: list[Path] = []
    notes: list[FileResult] = []
    paths = [Path(p) for p in paths]
    if not paths:
        raise InputError(_("No input given. Name a folder of recordings or one or more audio files."))
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            audio = [p for p in found if p.suffix.lower() in AUDIO_SUFFIXES]
            for other in found:
                if other.suffix.lower() not in AUDIO_SUFFIXES and not _is_ours(other, output_dir):
                    notes.append(FileResult(other, "ignored", _("not an audio file")))
            inputs.extend(audio)
        elif path.is_file():
            inputs.append(path)
        elif path.exists():
            notes.append(FileResult(path, "ignored", _("not a regular file")))
        else:
            raise InputError(_("{path} does not exist. Check the path (folders and audio files are accepted).").format(
                                 path=path))
    if not inputs:
        where = ", ".join(str(p) for p in paths)
        suffixes = " ".join(sorted(AUDIO_SUFFIXES))
        raise InputError(_("No audio files found in {where}. Audio files end in one of: {suffixes}.").format(
                             where=where, suffixes=suffixes))
    return _unique(inputs), notes


def _is_ours(path: Path, output_dir: Path | None) -> bool:
    """referat's own companions (marks sidecars, manifests) are not worth a note."""
    return (
        path.name in (MANIFEST_NAME, LOCK_NAME)
        or path.name.endswith(".marks.json")
        or (output_dir is not None and path.parent == output_dir)
    )


def _unique(paths: list[Path]) -> list[Path]:
    seen: set[Path] = set()
    out = []
    for p in paths:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


# --- stages 2 and 3: hash, dedupe, skip finished, check outputs ------------------


def plan(inputs: Sequence[Path], options: BatchOptions, manifest: Manifest) -> tuple[list[FileJob], list[FileResult]]:
    jobs: list[FileJob] = []
    notes: list[FileResult] = []
    by_hash: dict[str, Path] = {}
    by_stem: dict[str, Path] = {}
    owned = manifest.owned_outputs()
    for path in inputs:
        try:
            digest = sha256_file(path)
        except OSError as exc:
            notes.append(FileResult(path, "failed", _("cannot read the file ({reason})").format(
                reason=exc.strerror or exc)))
            continue
        if digest in by_hash:
            notes.append(FileResult(path, "duplicate", _("same content as {name}; processed once").format(
                name=by_hash[digest].name)))
            continue
        by_hash[digest] = path
        agenda = find_agenda(path, options.agenda_dir)
        job = FileJob(
            path=path,
            sha256=digest,
            stem=path.stem,
            duration=_probe_duration(path),
            agenda=agenda,
            agenda_sha256=sha256_file(agenda) if agenda else None,
        )
        done = manifest.is_done(digest, _settings(options, job), options.output_dir)
        if done is not None:
            notes.append(
                FileResult(path, "skipped", _("already done"), done.duration, done.speakers, done.items, 0.0,
                           done.outputs)
            )
            continue
        if path.stem in by_stem:
            notes.append(FileResult(path, "failed",
                                    _("its outputs would have the same names as those of {other}; rename one").format(
                                        other=by_stem[path.stem])))
            continue
        by_stem[path.stem] = path
        existing = [n for n in planned_outputs(job, options) if (options.output_dir / n).exists()]
        foreign = [n for n in existing if n not in owned]
        if foreign and not options.overwrite:
            reason = _("{names} already exist in {folder}; use --overwrite to replace").format(
                names=", ".join(foreign), folder=options.output_dir)
            notes.append(FileResult(path, "failed", reason))
            continue
        jobs.append(dataclasses.replace(job, overwrite=bool(existing)))
    return jobs, notes


def find_agenda(audio: Path, agenda_dir: Path | None) -> Path | None:
    """The agenda with the recording's stem: TOML preferred (it may hold the secretary's
    corrections), then the agenda system's .docx, .pdf, a saved web page, then text."""
    if agenda_dir is None:
        return None
    for suffix in (".toml", ".docx", ".pdf", ".html", ".htm", ".txt"):
        candidate = agenda_dir / f"{audio.stem}{suffix}"
        if candidate.is_file():
            return candidate
    return None


def _settings(options: BatchOptions, job: FileJob) -> str:
    return settings_key({**options.settings(), "agenda": job.agenda_sha256})


def _probe_duration(path: Path) -> float | None:
    """Duration for the ETA only; a file we cannot probe fails later with its reason."""
    try:
        from referat.audio.decode import audio_duration

        return float(audio_duration(path))
    except Exception:
        return None


# --- stage 4: process ------------------------------------------------------------

Executor = Callable[[list[FileJob], BatchOptions, "Ledger", threading.Event], list[FileResult]]


def run_batch(paths: Iterable[Path], options: BatchOptions, progress: BatchProgress | None = None,
              stop: threading.Event | None = None, executor: Executor | None = None) -> BatchReport:
    """Process every audio file under ``paths``; see the module docstring.

    ``stop`` asks the run to end at the next safe point (raising
    KeyboardInterrupt there): the CLI sets it on Ctrl-C, so an interrupt can
    never be lost inside a library's cleanup code. ``executor`` runs the jobs
    (default: here, in one or ``options.jobs`` processes; ``--cluster``: on Ray).
    """
    from referat.batch.local import process_locally

    progress = progress or BatchProgress()
    output_dir = Path(options.output_dir)
    options = dataclasses.replace(options, output_dir=output_dir)
    inputs, notes = collect_inputs(paths, output_dir)
    files.check_writable_dir(output_dir)
    with output_lock(output_dir):
        manifest = load_manifest(output_dir)
        _remove_stale_parts(output_dir, manifest)
        jobs, plan_notes = plan(inputs, options, manifest)
        if any(job.agenda for job in jobs):
            check_docx_template(None)  # every referat needs it: a broken install fails before the first file
        notes += plan_notes
        progress.planned(jobs, notes)
        ledger = Ledger(manifest, options, progress)
        results = (executor or process_locally)(jobs, options, ledger, stop or threading.Event()) if jobs else []
    order = {p: i for i, p in enumerate(inputs)}
    ordered = sorted([*notes, *results], key=lambda r: order.get(r.path, len(order)))
    return BatchReport(tuple(ordered))


class Ledger:
    """The driver's bookkeeping: the manifest before and after each file, and the display."""

    def __init__(self, manifest: Manifest, options: BatchOptions, progress: BatchProgress):
        self.manifest = manifest
        self.options = options
        self.progress = progress

    def claim(self, job: FileJob) -> None:
        """Mark the file running with its planned outputs, before any of them is written,
        so a killed run knows they are ours to replace."""
        self.manifest.mark_running(Entry(job.sha256, str(job.path), _settings(self.options, job),
                                         outputs=planned_outputs(job, self.options), duration=job.duration or 0.0))

    def finish(self, job: FileJob, outcome: FileOutcome) -> FileResult:
        options = self.options
        if outcome.ok:
            entry = Entry(
                job.sha256, str(job.path), _settings(options, job),
                outputs=tuple(dict.fromkeys((*outcome.outputs, *planned_outputs(job, options)))),
                duration=outcome.duration or 0.0, speakers=outcome.speakers, items=outcome.items,
                seconds=round(outcome.seconds, 2), node=outcome.node,
            )
            self.manifest.mark_done(entry)
            note = (_("transcript only: no agenda {stem}.toml/.docx/.pdf/.txt").format(stem=job.stem)
                    if options.agenda_dir and not job.agenda else "")
            result = FileResult(job.path, "done", note, outcome.duration, outcome.speakers, outcome.items,
                                outcome.seconds, outcome.outputs)
        else:
            self.manifest.mark_failed(job.sha256, outcome.error)
            result = FileResult(job.path, "failed", outcome.error, job.duration, seconds=outcome.seconds)
        self.progress.file_finished(job, result)
        return result


def _remove_stale_parts(output_dir: Path, manifest: Manifest) -> None:
    """Temp files of a killed run (``.NAME.xxxx.part``) for outputs that are ours."""
    owned = manifest.owned_outputs()
    for part in output_dir.glob(".*.part"):
        name = part.name[1:].rsplit(".", 2)[0]
        if name in owned or name == MANIFEST_NAME:
            log.info("removing %s left by an interrupted run", part)
            part.unlink(missing_ok=True)
