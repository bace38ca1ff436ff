"""``referat speakers MEETING.json``: who is who, and the transcript again with real names.

Works from the meeting record (or transcript) alone: no audio, no model, no
re-transcription.
"""

from __future__ import annotations

from pathlib import Path

import click

from referat.danish import clock, duration
from referat.errors import OutputError
from referat.i18n import _
from referat.output.plan import check_plan, transcript_plan, write_plan
from referat.output.transcript import WRITERS
from referat.record.edits import set_names
from referat.record.journal import open_journal
from referat.record.store import load_machine_record, load_record
from referat.record.views import utterances_of
from referat.record.voices_file import speakers_again, voices_path
from referat.speakers.diarize import DiarizationOptions
from referat.speakers.names import check_names_apply, parse_speaker_names, summarize


@click.command("speakers", help=_("Show each speaker's talk time and a few quotes, to tell who is who.\n\n"
                         "MEETING.json is the .json that transcribe, record or batch wrote (the referat's or "
                         "the transcript's). With --speakers N the voices are sorted into N speakers again; "
                         "the change goes into the record's edit log (undo it on the review page). With "
                         "--speaker-names and --format, write the transcript again with names; nothing is "
                         "transcribed again."))
@click.argument("meeting_json", metavar="MEETING.json", type=click.Path(path_type=Path))
@click.option("--speaker-names", default=None, metavar="MAP|FILE",
              help=_("Names for speakers: \"Taler 1=Henrik Harder,Taler 2=Ulla Lund\", or a file with one per line."))
@click.option("--format", "formats", default=None,
              help=_("Also write the transcript with the names, in these formats: {WRITERS} or all.").format(
                       WRITERS=', '.join(WRITERS)))
@click.option("--output-dir", type=click.Path(path_type=Path), default=None,
              help=_("Where to write re-rendered files (default: next to the JSON)."))
@click.option("--overwrite", is_flag=True, help=_("Replace existing output files."))
@click.option("--quotes", default=3, show_default=True, type=click.IntRange(0, 20), help=_("Quotes per speaker."))
@click.option("--speakers", "count", type=click.IntRange(1, 30), default=None, metavar="N",
              help=_("Find the speakers again as exactly N voices, from the voices kept beside the record "
                     "(seconds; no audio, no transcription). Names of voices that stay are kept."))
@click.option("--min-speakers", type=click.IntRange(1, 30), default=None, metavar="N",
              help=_("Find the speakers again with at least N voices."))
@click.option("--max-speakers", type=click.IntRange(1, 30), default=None, metavar="N",
              help=_("Find the speakers again with at most N voices."))
@click.option("--forget-voices", is_flag=True,
              help=_("Delete the voice data kept beside the record (MEETING.voices.npz); speakers stay as they "
                     "are."))
def speakers(meeting_json: Path, speaker_names: str | None, formats: str | None, output_dir: Path | None,
             overwrite: bool, quotes: int, count: int | None, min_speakers: int | None,
             max_speakers: int | None, forget_voices: bool) -> None:
    if count is not None or min_speakers is not None or max_speakers is not None:
        options = DiarizationOptions(backend="embedded", speakers=count, min_speakers=min_speakers,
                                     max_speakers=max_speakers)
        journal = open_journal(meeting_json, load_machine_record(meeting_json))
        journal.edit(speakers_again(meeting_json, journal.record, options))
        click.echo(_("{meeting_json}: speakers found again ({count}); the change is in {name} (undo it in "
                     "referat review).").format(
                       meeting_json=meeting_json, count=len(journal.record.speakers), name=journal.path.name))
    if forget_voices:
        kept = voices_path(meeting_json)
        kept.unlink(missing_ok=True)
        click.echo(_("Deleted {kept}: the speakers can no longer be found again without transcribing.").format(
                       kept=kept))
    record = load_record(meeting_json)
    names = parse_speaker_names(speaker_names)
    check_names_apply(names, record.speakers, str(meeting_json))
    record = set_names(record, names)
    plan = None
    if formats:
        base = (output_dir if output_dir is not None else meeting_json.parent) / meeting_json.stem
        plan = transcript_plan(base, formats.split(","), keep_voices=False)
        if any(p.resolve() == meeting_json.resolve() for p in plan.paths()):
            raise OutputError(_("Writing json here would replace the input {meeting_json}. Choose another "
                                "--output-dir for the named transcript.").format(meeting_json=meeting_json))
        check_plan(plan, overwrite)

    if not record.speakers:
        click.echo(_("{meeting_json}: no speakers (transcribed with --diarizer none, or no speech).").format(
                       meeting_json=meeting_json))
    given = record.names
    for summary in summarize(utterances_of(record), quotes=quotes):
        name = given.get(summary.speaker)
        title = f"{summary.speaker} = {name}" if name else summary.speaker
        click.echo(_("{title}: {duration} talk time, {utterances} turns, {words} words").format(
                       title=title, duration=duration(summary.talk_time), utterances=summary.utterances,
                       words=summary.words))
        for quote in summary.quotes:
            click.echo(f"  [{clock(quote.start)}] {quote.text}")
    if plan is not None:
        for path in write_plan(record, plan, overwrite):
            click.echo(str(path))


COMMANDS = [speakers]
