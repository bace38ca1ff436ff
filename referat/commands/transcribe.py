"""``referat transcribe FILE…``: recordings in; transcripts, or with an agenda the referat, out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from referat.commands.each import each_file, print_warnings, review_hint
from referat.commands.options import (
    asr_from,
    asr_options,
    overwrite_option,
    public_option,
    speaker_names_option,
    speaker_options,
    speakers_from,
    template_option,
)
from referat.commands.progress import recording_progress
from referat.errors import InputError, OutputError
from referat.files import ensure_private_dir
from referat.i18n import _
from referat.output.plan import OutputPlan, check_plan, referat_plan, transcript_plan, write_plan
from referat.output.transcript import WRITERS
from referat.pipeline import Session, SessionOptions
from referat.speakers.names import parse_speaker_names
from referat.types import Mark, Meeting


@dataclass(frozen=True)
class Job:
    source: Path
    plan: OutputPlan
    marks: tuple[Mark, ...] = ()
    warnings: tuple[str, ...] = ()


def output_base(source: Path, output_dir: Path | None) -> Path:
    return (output_dir if output_dir is not None else source.parent) / source.stem


def check_recording(source: Path) -> None:
    """Missing, empty, text, corrupt and too short files fail here, before any model loads."""
    from referat.asr import MIN_DURATION
    from referat.audio.decode import audio_duration

    seconds = audio_duration(source)
    if seconds < MIN_DURATION:
        raise InputError(_("{source} is only {seconds:.2f} s long; referat needs at least {MIN_DURATION} s of "
                           "speech. Check that the right file was given.").format(
                             source=source, seconds=seconds, MIN_DURATION=MIN_DURATION))


@click.command("transcribe",
              help=_("Transcribe recordings (wav, flac, mp3, m4a, ogg, video…) to txt, json, srt and vtt.\n\n"
                     "With --agenda (or -o), write a draft referat instead: the discussion split by agenda "
                     "item, a draft Beslutning per item, and a transcript document.\n\n"
                     "Runs entirely on this machine: nothing is uploaded or downloaded."))
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@asr_options
@click.option("--format", "formats", default="all", show_default=True,
              help=_("Transcript formats, comma-separated: {WRITERS} or all.").format(
                       WRITERS=', '.join(WRITERS)))
@click.option("--output-dir", type=click.Path(path_type=Path), default=None,
              help=_("Where to write outputs (default: next to each input file)."))
@overwrite_option
@speaker_options
@speaker_names_option
@click.option("--agenda", type=click.Path(path_type=Path), default=None,
              help=_("The meeting's agenda (TOML, .docx, .pdf or .txt): write a draft referat with a Beslutning "
                     "per item."))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None, metavar="REFERAT.docx",
              help=_("The referat to write; beside it go REFERAT-udskrift.docx and REFERAT.json."))
@click.option("--marks", type=click.Path(path_type=Path), default=None,
              help=_("Item marks (default: RECORDING.marks.json beside the recording, if there)."))
@click.option("--no-marks", is_flag=True, help=_("Ignore item marks; split the discussion by spoken cues only."))
@public_option
@template_option
@click.pass_context
def transcribe(ctx: click.Context, files: tuple[Path, ...], **params: Any) -> None:
    from referat.agenda import load_agenda

    options = SessionOptions(asr=asr_from(params), speakers=speakers_from(params))
    names = parse_speaker_names(params["speaker_names"])
    # Everything that can be refused is refused before the (slow) model load.
    for source in files:
        check_recording(source)
    minutes = params["agenda"] is not None or params["output"] is not None
    meeting = load_agenda(params["agenda"]) if params["agenda"] is not None else None
    if minutes:
        explicit = ctx.get_parameter_source("formats") is not ParameterSource.DEFAULT
        jobs = _referat_jobs(files, meeting, params, formats=params["formats"] if explicit else "")
    else:
        jobs = _transcript_jobs(files, params)
    session = Session(options)
    _notice_first_use(options.asr.model)
    session.prepare()

    def one(job: Job) -> None:
        with recording_progress(job.source.name) as progress:
            record = session.process(job.source, meeting, job.marks, names, job.warnings, progress)
            written = write_plan(record, job.plan, params["overwrite"], lambda d, t: progress("write", d, t))
        print_warnings(record.all_warnings)
        for path in written:
            click.echo(str(path))
        review_hint(job.plan)

    each_file(jobs, one, recordings=minutes)


def _transcript_jobs(files: tuple[Path, ...], params: dict[str, Any]) -> list[Job]:
    output_dir = params["output_dir"]
    if output_dir is not None:
        ensure_private_dir(output_dir)
    jobs: list[Job] = []
    for source in files:
        base = output_base(source, output_dir)
        clash = next((job.source for job in jobs if output_base(job.source, output_dir).resolve() == base.resolve()),
                     None)
        if clash is not None:
            raise OutputError(_("{clash} and {source} would both be written to {base}.*; transcribe them "
                                "separately with different --output-dir.").format(
                                  clash=clash, source=source, base=base))
        plan = transcript_plan(base, params["formats"])
        check_plan(plan, params["overwrite"])
        jobs.append(Job(source, plan))
    return jobs


def _referat_jobs(files: tuple[Path, ...], meeting: Meeting | None, params: dict[str, Any],
                  formats: str) -> list[Job]:
    from referat.recording.marks import marks_for

    output, output_dir = params["output"], params["output_dir"]
    if output is not None and len(files) > 1:
        raise InputError(_("-o names one referat, but several recordings were given. Give one recording, or "
                           "leave out -o to write RECORDING-referat.docx for each."))
    if meeting is None:
        raise InputError(_("A referat needs the meeting's agenda: add --agenda AGENDA (TOML, .docx, .pdf or "
                           ".txt)."))
    jobs: list[Job] = []
    for source in files:
        base = output_base(source, output_dir)
        plan = referat_plan(output or base.with_name(f"{source.stem}-referat.docx"), params["public"],
                            params["template"], base, formats.split(",") if formats else ())
        check_plan(plan, params["overwrite"])
        if params["no_marks"]:
            jobs.append(Job(source, plan))
            continue
        found = marks_for(source, params["marks"])  # a bad marks file fails now
        jobs.append(Job(source, plan, found.marks, found.warnings))
    referats = [job.plan.referat.resolve() for job in jobs if job.plan.referat]
    if len(set(referats)) < len(referats):
        raise OutputError(_("Two recordings would write the same referat; process them separately with different "
                            "--output-dir."))
    return jobs


def _notice_first_use(model: str | None) -> None:
    from referat.asr.models import EMBEDDED_NAME, MARKER, embedded_dir

    if model in (None, "", EMBEDDED_NAME) and not (embedded_dir() / MARKER).is_file():
        click.echo(_("Preparing the embedded speech model (first use only)…"), err=True)


COMMANDS = [transcribe]
