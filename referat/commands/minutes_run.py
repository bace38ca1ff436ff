"""The minutes side of the CLI: ``transcribe --agenda … -o …`` and ``render``.

One rich display shows every stage of a run (audio, recognition, speakers,
items and decisions, writing), each with its own bar.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import click

from referat.commands.each import clock, each_file
from referat.errors import InputError
from referat.speakers.names import parse_speaker_names


@contextmanager
def stage_progress(label: str) -> Iterator:
    """A progress callback ``(stage, done, total)`` drawing one bar per stage."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from referat.pipeline import STAGES

    console = Console(stderr=True)
    console.print(f"[bold]{label}[/bold]")
    with Progress(
        TextColumn("  {task.description:<24}"),
        BarColumn(bar_width=24),
        TextColumn("{task.fields[detail]}"),
        TimeElapsedColumn(),
        console=console,
    ) as bar:
        tasks: dict[str, int] = {}
        started: dict[str, float] = {}

        def update(stage: str, done: float, total: float) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(STAGES.get(stage, stage), total=None, detail="")
                started[stage] = time.monotonic()
            detail = ""
            if stage in ("asr", "speakers") and total:
                elapsed = max(time.monotonic() - started[stage], 1e-6)
                speed = f"  {done / elapsed:.1f}× real time" if done > 0 and elapsed > 1 else ""
                detail = f"{clock(done)} / {clock(total)}{speed}"
            bar.update(tasks[stage], completed=done, total=total or 1, detail=detail)

        yield update


@dataclass(frozen=True)
class MinutesJob:
    source: Path
    paths: object  # pipeline.OutputPaths
    transcript_base: Path
    formats: tuple[str, ...] = ()


def plan_minutes(source: Path, output: Path, public: bool, overwrite: bool, transcript_base: Path,
                 formats: tuple[str, ...] = ()) -> MinutesJob:
    """Check every output of one recording before any slow work starts."""
    from referat.pipeline import check_outputs, output_paths
    from referat.output.transcript import check_outputs as check_transcript_outputs

    paths = output_paths(output, public)
    check_outputs(paths, overwrite)
    if formats:
        planned = check_transcript_outputs(transcript_base, formats, overwrite)
        clash = set(planned.values()) & set(paths.all())
        if clash:
            raise InputError(f"{sorted(clash)[0]} would be written twice (transcript and referat data); "
                             "choose another -o name or --output-dir.")
    return MinutesJob(source, paths, transcript_base, formats)


def run_minutes(jobs: list[MinutesJob], agenda: Path, options, template: Path | None, overwrite: bool) -> None:
    """Transcribe each recording into its referat set; the models load once for all."""
    from referat.asr.transcriber import Transcriber
    from referat.speakers.diarize import DiarizationOptions, make_diarizer
    from referat.minutes.build import vocabulary_from_meeting
    from referat.pipeline import load_marks, load_meeting, process, write_outputs
    from referat.output.transcript import write_outputs as write_transcript_outputs

    # A bad agenda or marks file fails before the models load.
    meeting = load_meeting(agenda, jobs[0].source)
    for job in jobs:
        load_marks(job.source, options)
    diarizer = make_diarizer(options.diarization or DiarizationOptions())
    vocabulary = tuple(options.asr.vocabulary) + (vocabulary_from_meeting(meeting) if options.vocabulary_from_agenda else ())
    transcriber = Transcriber(replace(options.asr, vocabulary=vocabulary))

    def one(job: MinutesJob) -> None:
        with stage_progress(job.source.name) as progress:
            result = process(job.source, agenda, options, progress, transcriber=transcriber, diarizer=diarizer)
            written = write_outputs(result, job.paths, overwrite=overwrite, template=template, progress=progress)
        if job.formats:
            written += write_transcript_outputs(result.transcript, job.transcript_base, job.formats, overwrite,
                                                speaker_names=dict(options.speaker_names) or None)
        for warning in result.warnings:
            click.echo(f"Warning: {warning}", err=True)
        for path in written:
            click.echo(str(path))

    each_file(jobs, one, "recordings")


@click.command("render")
@click.argument("meeting_json", type=click.Path(path_type=Path))
@click.option("--speaker-names", default=None, metavar="NAMES|FILE",
              help="'Taler 1=Anne Holm,Taler 2=Bo Jensen', or a file with one LABEL=NAME per line.")
@click.option("--agenda", type=click.Path(path_type=Path), default=None,
              help="A corrected agenda (TOML, .docx or .txt); the discussion is split again by it.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="The referat .docx to write (default: next to MEETING.json, same name).")
@click.option("--public", is_flag=True, help="Also write a public version (…-offentlig.docx) without closed items.")
@click.option("--template", type=click.Path(path_type=Path), default=None, help="Your own Word template.")
@click.option("--overwrite", is_flag=True, help="Replace existing output files.")
def render_command(meeting_json, speaker_names, agenda, output, public, template, overwrite):
    """Render a referat again from its .json, without transcribing.

    Use it after fixing speaker names, the agenda or the item marks in the .json.
    """
    from referat.pipeline import output_paths, rerender, write_outputs

    names = parse_speaker_names(speaker_names)
    paths = output_paths(output or Path(meeting_json).with_suffix(".docx"), public)
    if paths.data.resolve() == Path(meeting_json).resolve() and not overwrite:
        raise InputError(f"Rendering would replace {meeting_json} itself; add --overwrite, or choose -o elsewhere.")
    result = rerender(meeting_json, agenda, names)
    for path in write_outputs(result, paths, overwrite=overwrite, template=template):
        click.echo(str(path))
    for warning in result.warnings:
        click.echo(f"Warning: {warning}", err=True)


COMMANDS = [render_command]
