"""`referat batch`: many recordings in one run, resumable, with one summary."""

from __future__ import annotations

import functools
import signal
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import click
from rich.console import Console
from rich.progress import Progress, TaskID
from rich.table import Table

from referat.batch.cluster import ClusterOptions, process_on_cluster
from referat.batch.manifest import MANIFEST_NAME
from referat.batch.run import BatchProgress, BatchReport, FileResult, run_batch
from referat.batch.worker import BatchOptions, FileJob
from referat.commands.options import asr_from, asr_options, speaker_options, speakers_from
from referat.commands.progress import StageBars, console, make_bars
from referat.danish import duration
from referat.i18n import N_, _, ngettext
from referat.output.transcript import WRITERS, parse_formats
from referat.pipeline import SessionOptions


class RichBatchProgress(BatchProgress):
    """Overall bar (audio seconds, with ETA) plus the stage bars of each file being worked on."""

    def __init__(self, bars: Progress, out: Console):
        self.bars = bars
        self.console = out
        self.overall: TaskID | None = None
        self.files: dict[str, StageBars] = {}
        self.partial: dict[str, float] = {}
        self.finished_seconds = 0.0

    def planned(self, jobs: Sequence[FileJob], notes: Sequence[FileResult]) -> None:
        for note in notes:
            if note.status == "ignored":
                self.console.print(_("[dim]Skipping {path}: {reason}.[/dim]").format(
                                       path=note.path, reason=note.reason))
        total = sum(j.duration or 0.0 for j in jobs)
        label = ngettext("{count} file to process", "{count} files to process", len(jobs)).format(count=len(jobs))
        self.overall = self.bars.add_task(label, total=total or None, detail="")

    def file_started(self, job: FileJob) -> None:
        if job.sha256 not in self.files:
            self.files[job.sha256] = StageBars(self.bars, f"  {job.path.name}: ", transient=True)

    def file_progress(self, job: FileJob, stage: str, done: float, total: float) -> None:
        self.file_started(job)
        self.files[job.sha256](stage, done, total)
        if stage == "asr" and total:
            # Recognition is most of the work: it drives the overall bar and its ETA.
            scale = (job.duration or 0.0) / total
            self.partial[job.sha256] = min(done * scale, job.duration or 0.0)
            self._update_overall()

    def file_finished(self, job: FileJob, result: FileResult) -> None:
        stages = self.files.pop(job.sha256, None)
        if stages is not None:
            stages.close()
        self.partial.pop(job.sha256, None)
        self.finished_seconds += job.duration or 0.0
        self._update_overall()
        if result.status == "failed":
            self.console.print(_("[red]Failed[/red] {path}: {reason}").format(
                                   path=job.path, reason=result.reason))
        else:
            self.console.print(_("[green]Done[/green] {name} in {duration}").format(
                                   name=job.path.name, duration=duration(result.seconds)))

    def _update_overall(self) -> None:
        if self.overall is not None:
            self.bars.update(self.overall, completed=self.finished_seconds + sum(self.partial.values()))


# A file's status in the summary, in the order the counts are given.
STATUS = {"done": N_("done"), "skipped": N_("skipped"), "duplicate": N_("duplicate"), "failed": N_("failed"),
          "ignored": N_("ignored")}


def summary_table(report: BatchReport) -> Table:
    table = Table(title="referat batch")
    for name, justify in ((_("file"), "left"), (_("duration"), "right"), (_("speakers"), "right"),
                          (_("items"), "right"), (_("time taken"), "right"), (_("status"), "left")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    names = [r.path.name for r in report.results]
    short = len(set(names)) == len(names)  # full paths only when names alone are ambiguous
    for r in report.results:
        # Failure reasons are long; they are printed in full below the table.
        shown = _(STATUS.get(r.status, r.status))
        status = _("failed (see below)") if r.status == "failed" else f"{shown}: {r.reason}" if r.reason else shown
        colour = {"done": "green", "failed": "red"}.get(r.status, "dim")
        table.add_row(
            r.path.name if short else str(r.path),
            duration(r.duration) if r.duration else "–",
            str(r.speakers) if r.speakers else "–",
            str(r.items) if r.items is not None else "–",
            duration(r.seconds) if r.status == "done" or r.seconds else "–",
            f"[{colour}]{status}[/{colour}]",
        )
    return table


@contextmanager
def ctrl_c_stops_at_a_safe_point() -> Iterator[threading.Event]:
    """The first Ctrl-C (SIGINT) asks the batch to stop at its next safe point; a
    second one stops at once. A KeyboardInterrupt raised wherever Python happens
    to be (a destructor, a library's cleanup) can be swallowed; a flag cannot."""
    stop = threading.Event()
    previous = signal.getsignal(signal.SIGINT)

    def handler(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()

    signal.signal(signal.SIGINT, handler)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)


@click.command("batch", help=_("Transcribe every recording in DIR (or the FILES given), resumably.\n\n"
                         "Finished files are recorded in a manifest in the output folder; running the same "
                         "command again skips them, redoes files that changed, and continues an interrupted "
                         "run. Exits with status 1 if any file failed."))
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--output-dir", type=click.Path(path_type=Path), default=Path("referat-output"), show_default=True,
              help=_("Where outputs and the resume manifest go."))
@click.option("--agenda-dir", type=click.Path(path_type=Path, file_okay=False, exists=True),
              help=_("Agendas named like the recordings (MEETING.toml/.docx/.pdf/.txt) give full minutes."))
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help=_("Files processed at once, each by its own process with cores/N threads."))
@click.option("--overwrite", is_flag=True,
              help=_("Replace existing outputs that referat did not write in an earlier batch."))
@click.option("--cluster", "cluster_address", metavar="ADDRESS",
              help=_("Run the files on a Ray cluster: its head node's host:port, or auto (docs/cluster.md). "
                     "Needs the cluster extra; --jobs is then the cluster's size."))
@click.option("--cpus-per-job", type=click.FloatRange(0, min_open=True), default=1.0, show_default=True,
              help=_("With --cluster: CPUs each worker reserves (and recognition threads)."))
@click.option("--gpus-per-job", type=click.FloatRange(0), default=0.0, show_default=True,
              help=_("With --cluster: GPUs each worker reserves (1 = a whole GPU)."))
@click.option("--shared-audio", is_flag=True,
              help=_("With --cluster: workers read the recordings from the same paths (a shared folder) instead "
                     "of receiving them from this machine."))
@asr_options
@speaker_options
@click.option("--format", "formats", default="all", show_default=True,
              help=_("Transcript formats: {WRITERS} or all.").format(WRITERS=', '.join(WRITERS)))
def batch(inputs: tuple[Path, ...], output_dir: Path, agenda_dir: Path | None, jobs: int, overwrite: bool,
          cluster_address: str | None, cpus_per_job: float, gpus_per_job: float, shared_audio: bool,
          formats: str, **params: Any) -> None:
    session = SessionOptions(asr=asr_from(params), speakers=speakers_from(params))
    options = BatchOptions(output_dir=output_dir, session=session, formats=parse_formats(formats),
                           agenda_dir=agenda_dir, jobs=jobs, overwrite=overwrite)
    executor = None
    if cluster_address is not None:
        cluster = ClusterOptions(cluster_address, cpus_per_job=cpus_per_job, gpus_per_job=gpus_per_job,
                                 shared_audio=shared_audio)
        executor = functools.partial(process_on_cluster, cluster=cluster)
    elif (cpus_per_job, gpus_per_job, shared_audio) != (1.0, 0.0, False):
        raise click.UsageError(_("--cpus-per-job, --gpus-per-job and --shared-audio need --cluster."))
    out = console()
    started = time.monotonic()
    try:
        with ctrl_c_stops_at_a_safe_point() as stop, make_bars(out, transient=True, eta=True) as bars:
            report = run_batch(inputs, options, RichBatchProgress(bars, out), stop=stop, executor=executor)
    except KeyboardInterrupt:
        out.print(_("Interrupted. Finished files are recorded in {value}; "
                    "run the same command again to continue.").format(
                      value=output_dir / MANIFEST_NAME))
        raise SystemExit(130) from None
    Console().print(summary_table(report))
    counts = ", ".join(f"{report.count(s)} {_(STATUS[s])}" for s in STATUS if report.count(s))
    click.echo(_("{counts} in {duration}. Outputs in {output_dir}.").format(
                   counts=counts, duration=duration(time.monotonic() - started), output_dir=output_dir))
    records = [output_dir / name for r in report.results if r.status in ("done", "skipped")
               for name in r.outputs if name.endswith(".json")]
    if records:
        click.echo(_("Check and correct a meeting: referat review {records}").format(records=records[0]), err=True)
    if report.failed:
        for r in report.failed:
            click.echo(_("FAILED {path}: {reason}").format(path=r.path, reason=r.reason), err=True)
        click.echo(ngettext("{count} file failed; fix it and run the same command again.",
                            "{count} files failed; fix them and run the same command again.",
                            len(report.failed)).format(count=len(report.failed)), err=True)
        raise SystemExit(1)


COMMANDS = [batch]
