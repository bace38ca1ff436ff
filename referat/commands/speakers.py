"""``referat speakers FILE.json``: who is who, and re-rendering with real names.

Works from the transcript JSON alone: no audio, no model, no re-transcription.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from referat.errors import InputError, OutputError
from referat.record.serialize import transcript_from_dict
from referat.speakers.names import check_names_apply, parse_speaker_names, speaker_summary, speakers_in
from referat.types import Transcript
from referat.output.transcript import WRITERS, check_outputs, clock, parse_formats, write_outputs


def load_transcript_json(path: Path) -> Transcript:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path} does not exist or is not a file. Give the .json written by `referat transcribe`.")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path} is not a referat JSON transcript ({exc.__class__.__name__}). "
                         "Give the .json written by `referat transcribe`.") from exc
    return transcript_from_dict(data)


def _minutes(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


@click.command("speakers")
@click.argument("transcript", type=click.Path(path_type=Path))
@click.option("--speaker-names", default=None, metavar="MAP|FILE",
              help='Names for speakers: "Taler 1=Henrik Harder,Taler 2=Ulla Lund", or a file with one per line.')
@click.option("--format", "formats", default=None,
              help=f"Also write the transcript with the names, in these formats: {', '.join(WRITERS)} or all.")
@click.option("--output-dir", type=click.Path(path_type=Path), default=None,
              help="Where to write re-rendered files (default: next to the JSON).")
@click.option("--overwrite", is_flag=True, help="Replace existing output files.")
@click.option("--quotes", default=3, show_default=True, type=click.IntRange(0, 20), help="Quotes per speaker.")
def speakers(transcript, speaker_names, formats, output_dir, overwrite, quotes):
    """Show each speaker's talk time and a few quotes, to tell who is who.

    With --speaker-names and --format, write the transcript again with names
    (from the JSON alone; nothing is transcribed again).
    """
    data = load_transcript_json(transcript)
    names = parse_speaker_names(speaker_names)
    labels = speakers_in(data)
    check_names_apply(names, labels, str(transcript))
    fmts = parse_formats(formats) if formats else ()
    base = (output_dir if output_dir is not None else transcript.parent) / transcript.stem
    if fmts:
        targets = check_outputs(base, fmts, overwrite)
        if any(p.resolve() == Path(transcript).resolve() for p in targets.values()):
            raise OutputError(f"Writing json here would replace the input {transcript}. "
                              "Choose another --output-dir for the named transcript.")

    if not labels:
        click.echo(f"{transcript}: no speakers (transcribed without --diarizer, or no speech).")
    for summary in speaker_summary(data, quotes=quotes):
        name = names.get(summary.speaker)
        title = f"{summary.speaker} = {name}" if name else summary.speaker
        click.echo(f"{title}: {_minutes(summary.talk_time)} talk time, {summary.utterances} turns, {summary.words} words")
        for quote in summary.quotes:
            click.echo(f"  [{clock(quote.start)}] {quote.text}")
    if fmts:
        for path in write_outputs(data, base, fmts, overwrite, speaker_names=names):
            click.echo(str(path))


COMMANDS = [speakers]
