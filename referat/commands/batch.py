"""`referat batch`: many recordings in one run, resumable, with one summary."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from referat.batch.run import BatchProgress, BatchReport, FileResult, run_batch
from referat.batch.worker import BatchOptions, FileJob
from referat.commands.each import clock
from referat.batch.manifest import MANIFEST_NAME


class RichBatchProgress(BatchProgress):
    """Overall bar (audio seconds, with ETA) plus one line per file being worked on."""

    def __init__(self, progress: Progress, console: Console):
        self.progress = progress
        self.console = console
        self.overall: TaskID | None = None
        self.tasks: dict[str, TaskID] = {}
        self.partial: dict[str, float] = {}
        self.finished_seconds = 0.0

    def planned(self, jobs: Sequence[FileJob], notes: Sequence[FileResult]) -> None:
        for note in notes:
            if note.status == "ignored":
                self.console.print(f"[dim]Skipping {note.path}: {note.reason}.[/dim]")
        total = sum(j.duration or 0.0 for j in jobs)
        label = f"{len(jobs)} file{'s' if len(jobs) != 1 else ''} to process"
        self.overall = self.progress.add_task(label, total=total or None)

    def file_started(self, job: FileJob) -> None:
        self.tasks[job.sha256] = self.progress.add_task(f"  {job.path.name}: starting", total=job.duration or None)

    def file_progress(self, job: FileJob, stage: str, done: float, total: float) -> None:
        task = self.tasks.get(job.sha256)
        if task is None:
            self.file_started(job)
            task = self.tasks[job.sha256]
        self.progress.update(task, description=f"  {job.path.name}: {stage}", completed=done, total=total or None)
        # Scale to the probed duration so the overall bar and its ETA stay consistent.
        scale = (job.duration or 0.0) / total if total else 0.0
        self.partial[job.sha256] = min(done * scale, job.duration or 0.0)
        self._update_overall()

    def file_finished(self, job: FileJob, result: FileResult) -> None:
        task = self.tasks.pop(job.sha256, None)
        if task is not None:
            self.progress.remove_task(task)
        self.partial.pop(job.sha256, None)
        self.finished_seconds += job.duration or 0.0
        self._update_overall()
        if result.status == "failed":
            self.console.print(f"[red]Failed[/red] {job.path}: {result.reason}")
        else:
            self.console.print(f"[green]Done[/green] {job.path.name} in {clock(result.seconds)}")

    def _update_overall(self) -> None:
        if self.overall is not None:
            self.progress.update(self.overall, completed=self.finished_seconds + sum(self.partial.values()))


def summary_table(report: BatchReport) -> Table:
    table = Table(title="referat batch")
    for name, justify in (("file", "left"), ("duration", "right"), ("speakers", "right"), ("items", "right"),
                          ("time taken", "right"), ("status", "left")):
        table.add_column(name, justify=justify)
    names = [r.path.name for r in report.results]
    short = len(set(names)) == len(names)  # full paths only when names alone are ambiguous
    for r in report.results:
        # Failure reasons are long; they are printed in full below the table.
        status = "failed (see below)" if r.status == "failed" else f"{r.status}: {r.reason}" if r.reason else r.status
        colour = {"done": "green", "failed": "red"}.get(r.status, "dim")
        table.add_row(
            r.path.name if short else str(r.path),
            clock(r.duration) if r.duration else "–",
            str(r.speakers) if r.speakers else "–",
            str(r.items) if r.items is not None else "–",
            clock(r.seconds) if r.status == "done" or r.seconds else "–",
            f"[{colour}]{status}[/{colour}]",
        )
    return table


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--output-dir", type=click.Path(path_type=Path), default=Path("referat-output"), show_default=True,
              help="Where outputs and the resume manifest go.")
@click.option("--agenda-dir", type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="Agendas named like the recordings (MEETING.toml/.docx/.txt) give full minutes.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Files processed at once, each by its own process with cores/N threads.")
@click.option("--overwrite", is_flag=True, help="Replace existing outputs that referat did not write in an earlier batch.")
@click.option("--model", help="ASR model name or folder (default: the embedded whisper base).")
@click.option("--language", default="da", show_default=True, help="Spoken language code, or 'auto'.")
@click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default="auto", show_default=True)
@click.option("--compute-type", default="auto", show_default=True, help="ctranslate2 compute type (int8, float16, …).")
@click.option("--batch-size", type=click.IntRange(1, 64), default=8, show_default=True,
              help="Speech chunks decoded at once.")
@click.option("--vocabulary", help="Names and terms to favour: comma-separated, or a file with one per line.")
@click.option("--format", "formats", default="all", show_default=True, help="Transcript formats: txt,json,srt,vtt or all.")
def batch(inputs, output_dir, agenda_dir, jobs, overwrite, model, language, device, compute_type, batch_size,
          vocabulary, formats) -> None:
    """Transcribe every recording in DIR (or the FILES given), resumably.

    Finished files are recorded in a manifest in the output folder; running the
    same command again skips them, redoes files that changed, and continues an
    interrupted run. Exits with status 1 if any file failed.
    """
    from referat.asr.transcriber import AsrOptions
    from referat.commands.transcribe import read_vocabulary
    from referat.output.transcript import parse_formats

    formats_t = parse_formats(formats)
    asr = AsrOptions(model=model, language=language, device=device, compute_type=compute_type,
                     batch_size=batch_size, vocabulary=read_vocabulary(vocabulary))
    options = BatchOptions(output_dir=output_dir, asr=asr, formats=formats_t, agenda_dir=agenda_dir,
                           jobs=jobs, overwrite=overwrite)
    console = Console(stderr=True)
    started = time.monotonic()
    columns = (TextColumn("{task.description}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
               TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn())
    try:
        with Progress(*columns, console=console, transient=True) as bar:
            report = run_batch(inputs, options, RichBatchProgress(bar, console))
    except KeyboardInterrupt:
        console.print(f"Interrupted. Finished files are recorded in {output_dir / MANIFEST_NAME}; "
                      "run the same command again to continue.")
        raise SystemExit(130) from None
    Console().print(summary_table(report))
    counts = ", ".join(f"{report.count(s)} {s}" for s in ("done", "skipped", "duplicate", "failed", "ignored") if report.count(s))
    click.echo(f"{counts} in {clock(time.monotonic() - started)}. Outputs in {output_dir}.")
    if report.failed:
        for r in report.failed:
            click.echo(f"FAILED {r.path}: {r.reason}", err=True)
        click.echo(f"{len(report.failed)} file(s) failed; fix them and run the same command again.", err=True)
        raise SystemExit(1)


COMMANDS = [batch]
