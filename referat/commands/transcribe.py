"""``referat transcribe FILE…``: recordings in, timestamped transcripts out."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from referat.speakers.align import attach_speakers
from referat.asr.transcriber import MIN_DURATION, AsrOptions, Transcriber
from referat.audio.decode import audio_duration, load_audio
from referat.commands.each import clock, each_file
from referat.speakers.diarize import BACKENDS, DiarizationOptions, diarize, make_diarizer
from referat.errors import InputError, OutputError
from referat.files import ensure_private_dir
from referat.asr.models import EMBEDDED_NAME, MARKER, embedded_dir
from referat.speakers.names import parse_speaker_names
from referat.output.transcript import WRITERS, check_outputs, parse_formats, write_outputs


def read_vocabulary(value: str | None) -> tuple[str, ...]:
    """``--vocabulary``: a file (one term per line, or comma-separated) or a comma list."""
    if not value:
        return ()
    path = Path(value).expanduser()
    if path.is_file():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"Cannot read vocabulary file {path}: {exc}. Save it as UTF-8 text.") from exc
    elif "," not in value and path.suffix.lower() in (".txt", ".csv", ".lst"):
        raise InputError(f"Vocabulary file {path} does not exist. Give a file, or words separated by commas.")
    else:
        text = value
    terms = (t.strip() for line in text.splitlines() for t in line.split(","))
    return tuple(t for t in terms if t and not t.startswith("#"))


def output_base(source: Path, output_dir: Path | None) -> Path:
    return (output_dir if output_dir is not None else source.parent) / source.stem


@contextmanager
def audio_progress(label: str) -> Iterator[Callable[[float, float], None]]:
    """A rich progress bar: audio time done / total and speed (× real time)."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[done]} / {task.fields[total_audio]}"),
        TextColumn("{task.fields[speed]}"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as bar:
        task = bar.add_task(label, total=None, done="0:00:00", total_audio="?", speed="")
        started = time.monotonic()

        def update(done: float, total: float) -> None:
            elapsed = max(time.monotonic() - started, 1e-6)
            speed = f"{done / elapsed:.1f}× real time" if done > 0 else ""
            bar.update(task, completed=done, total=total, done=clock(done),
                       total_audio=clock(total), speed=speed)

        yield update


def asr_options(model, language, device, compute_type, vocabulary) -> AsrOptions:
    return AsrOptions(model=model, language=language, device=device, compute_type=compute_type,
                      vocabulary=read_vocabulary(vocabulary))


@click.command("transcribe")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--model", default=None, metavar="NAME|PATH",
              help="Model name from `referat models`, or a CTranslate2 Whisper folder (default: embedded).")
@click.option("--language", default="da", show_default=True, help="Spoken language code, or 'auto' to detect.")
@click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default="auto", show_default=True)
@click.option("--compute-type", default="auto", show_default=True,
              help="CTranslate2 compute type; auto = int8 on CPU, float16 on GPU.")
@click.option("--vocabulary", default=None, metavar="WORDS|FILE",
              help="Names and terms to help recognition: 'Hørsholm, Rungsted' or a file, one per line.")
@click.option("--format", "formats", default="all", show_default=True,
              help=f"Output formats, comma-separated: {', '.join(WRITERS)} or all.")
@click.option("--output-dir", type=click.Path(path_type=Path), default=None,
              help="Where to write outputs (default: next to each input file).")
@click.option("--overwrite", is_flag=True, help="Replace existing output files.")
@click.option("--diarizer", type=click.Choice(BACKENDS), default="auto", show_default=True,
              help="Who spoke when: embedded (built in), pyannote (a local pipeline folder), "
                   "auto (pyannote if one is found, else embedded) or none.")
@click.option("--speakers", "num_speakers", type=int, default=None, metavar="N",
              help="Exact number of speakers, if known.")
@click.option("--min-speakers", type=int, default=None, metavar="N", help="At least this many speakers.")
@click.option("--max-speakers", type=int, default=None, metavar="N", help="At most this many speakers.")
@click.option("--diarization-model", type=click.Path(path_type=Path), default=None, metavar="PATH",
              help="A pyannote speaker-diarization pipeline folder (config.yaml and its models).")
@click.option("--speaker-names", default=None, metavar="MAP|FILE",
              help='Names for speakers: "Taler 1=Henrik Harder,Taler 2=Ulla Lund", or a file with one per line.')
@click.option("--agenda", type=click.Path(path_type=Path), default=None,
              help="The meeting's agenda (TOML, .docx or .txt): write a draft referat with a Beslutning per item.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None, metavar="REFERAT.docx",
              help="The referat to write; beside it go REFERAT-udskrift.docx and REFERAT.json.")
@click.option("--marks", type=click.Path(path_type=Path), default=None,
              help="Item marks (default: RECORDING.marks.json beside the recording, if there).")
@click.option("--no-marks", is_flag=True, help="Ignore item marks; split the discussion by spoken cues only.")
@click.option("--public", is_flag=True, help="Also write a public referat (…-offentlig.docx) without closed items.")
@click.option("--template", type=click.Path(path_type=Path), default=None, help="Your own Word template.")
@click.pass_context
def transcribe(ctx, files, model, language, device, compute_type, vocabulary, formats, output_dir, overwrite,
               diarizer, num_speakers, min_speakers, max_speakers, diarization_model, speaker_names,
               agenda, output, marks, no_marks, public, template):
    """Transcribe recordings (wav, flac, mp3, m4a, ogg, video…) to txt, json, srt and vtt.

    With --agenda (or -o), write a draft referat instead: the discussion split by
    agenda item, a draft Beslutning per item, and a transcript document.

    Runs entirely on this machine: nothing is uploaded or downloaded.
    """
    fmts = parse_formats(formats)
    options = asr_options(model, language, device, compute_type, vocabulary)
    speaker_options = DiarizationOptions(backend=diarizer, speakers=num_speakers, min_speakers=min_speakers,
                                         max_speakers=max_speakers, model=diarization_model,
                                         device="cpu" if device == "auto" else device)
    names = parse_speaker_names(speaker_names)
    # Check every input and output before the (slow) model load, so mistakes show at once.
    for source in files:
        # Opening the container makes missing, empty, text, corrupt and too short files fail here.
        seconds = audio_duration(source)
        if seconds < MIN_DURATION:
            raise InputError(f"{source} is only {seconds:.2f} s long; referat needs at least "
                             f"{MIN_DURATION} s of speech. Check that the right file was given.")
    if agenda is not None or output is not None:
        from click.core import ParameterSource

        explicit_formats = ctx.get_parameter_source("formats") is not ParameterSource.DEFAULT
        _minutes(files, agenda, output, output_dir, options, speaker_options, names, marks, no_marks,
                 public, template, overwrite, fmts if explicit_formats else ())
        return
    if output_dir is not None:
        ensure_private_dir(output_dir)
    plans: list[tuple[Path, Path]] = []
    for source in files:
        base = output_base(source, output_dir)
        clash = next((other for other, b in plans if b.resolve() == base.resolve()), None)
        if clash is not None:
            raise OutputError(f"{clash} and {source} would both be written to {base}.*; "
                              "transcribe them separately with different --output-dir.")
        check_outputs(base, fmts, overwrite)
        plans.append((source, base))

    speaker_finder = make_diarizer(speaker_options)  # checks a pyannote folder before the slow model load
    if options.model in (None, "", EMBEDDED_NAME) and not (embedded_dir() / MARKER).is_file():
        click.echo("Preparing the embedded speech model (first use only)…", err=True)
    transcriber = Transcriber(options)

    def one(plan: tuple[Path, Path]) -> None:
        source, base = plan
        # Without diarization nothing else needs the samples: decode as we go, block by block.
        audio = load_audio(source) if speaker_finder is not None else None
        with audio_progress(source.name) as progress:
            transcript = (transcriber.transcribe_file(source, progress=progress) if audio is None
                          else transcriber.transcribe(audio, source=str(source), progress=progress))
        if audio is not None:
            with audio_progress(f"{source.name}: speakers") as progress:
                turns = diarize(audio, speaker_options, progress=progress, diarizer=speaker_finder)
            transcript = attach_speakers(transcript, turns)
        for path in write_outputs(transcript, base, fmts, overwrite, speaker_names=names):
            click.echo(str(path))

    each_file(plans, one)


def _minutes(files, agenda, output, output_dir, options, speaker_options, names, marks, no_marks,
             public, template, overwrite, fmts):
    from referat.commands.minutes_run import plan_minutes, run_minutes
    from referat.pipeline import PipelineOptions

    if output is not None and len(files) > 1:
        raise InputError("-o names one referat, but several recordings were given. Give one recording, or "
                         "leave out -o to write RECORDING-referat.docx for each.")
    if agenda is None:
        raise InputError("A referat needs the meeting's agenda: add --agenda AGENDA (TOML, .docx or .txt).")
    pipeline_options = PipelineOptions(
        asr=options,
        diarization=speaker_options,
        marks=marks,
        use_marks=not no_marks,
        speaker_names=tuple(names.items()),
    )
    jobs = [
        plan_minutes(source, output or output_base(source, output_dir).with_name(f"{source.stem}-referat.docx"),
                     public, overwrite, output_base(source, output_dir), fmts)
        for source in files
    ]
    referats = [job.paths.referat.resolve() for job in jobs]
    if len(set(referats)) < len(referats):
        raise OutputError("Two recordings would write the same referat; process them separately with different "
                          "--output-dir.")
    run_minutes(jobs, agenda, pipeline_options, template, overwrite)


COMMANDS = [transcribe]
