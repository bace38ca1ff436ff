"""``referat render MEETING.json``: the referat again from the meeting record, without transcribing."""

from __future__ import annotations

from pathlib import Path

import click

from referat.commands.each import print_warnings
from referat.commands.options import overwrite_option, public_option, speaker_names_option, template_option
from referat.errors import InputError
from referat.i18n import _
from referat.output.plan import check_plan, referat_plan, write_plan
from referat.record.edits import set_agenda, set_names
from referat.record.store import load_record
from referat.record.voices_file import with_kept_voices
from referat.speakers.names import parse_speaker_names


@click.command("render", help=_("Render a referat again from its .json, without transcribing.\n\n"
                         "Use it after fixing speaker names, the agenda or the item marks, or after correcting "
                         "the draft in `referat review`."))
@click.argument("meeting_json", type=click.Path(path_type=Path))
@speaker_names_option
@click.option("--agenda", type=click.Path(path_type=Path), default=None,
              help=_("A corrected agenda (TOML, .docx, .pdf or .txt); the discussion is split again by it."))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None, metavar="REFERAT.docx",
              help=_("The referat .docx to write (default: next to MEETING.json, same name)."))
@public_option
@template_option
@overwrite_option
def render_command(meeting_json: Path, speaker_names: str | None, agenda: Path | None, output: Path | None,
                   public: bool, template: Path | None, overwrite: bool) -> None:
    from referat.agenda import load_agenda

    record = with_kept_voices(meeting_json, load_record(meeting_json))
    names = parse_speaker_names(speaker_names)
    meeting = load_agenda(agenda) if agenda is not None else None
    plan = referat_plan(output or meeting_json.with_suffix(".docx"), public, template)
    if plan.record is not None and plan.record.resolve() == meeting_json.resolve() and not overwrite:
        raise InputError(_("Rendering next to {meeting_json} would replace it; choose another name with -o "
                           "NAME.docx, or add --overwrite.").format(meeting_json=meeting_json))
    check_plan(plan, overwrite)
    if meeting is not None:
        record = set_agenda(record, meeting)
    if not record.has_agenda:
        raise InputError(_("{meeting_json} is a transcript without an agenda; add --agenda AGENDA to make a "
                           "referat of it.").format(meeting_json=meeting_json))
    if names:
        record = set_names(record, names)
    for path in write_plan(record, plan, overwrite):
        click.echo(str(path))
    print_warnings(record.all_warnings)


COMMANDS = [render_command]
