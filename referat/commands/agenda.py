"""`referat agenda …`: write a skeleton, import a document, check, render."""

from __future__ import annotations

from pathlib import Path

import click

from referat import files
from referat.agenda.header import MISSING
from referat.agenda.importer import import_agenda
from referat.agenda.skeleton import skeleton_toml, summarize
from referat.agenda.toml_format import check_agenda, dump_agenda_toml, load_agenda
from referat.errors import AgendaError
from referat.i18n import _, ngettext
from referat.output.context import DECISION_STYLES
from referat.output.render import minutes_from_meeting, render

_PATH = click.Path(path_type=Path, dir_okay=False)


@click.group("agenda", help=_("Agendas (dagsordener): write, import, check and render them."))
def agenda() -> None:
    pass


@agenda.command("init", help=_("Write a commented TOML agenda skeleton to PATH (default agenda.toml)."))
@click.argument("path", type=_PATH, default="agenda.toml")
@click.option("--overwrite", is_flag=True, help=_("Replace PATH if it exists."))
def init(path: Path, overwrite: bool) -> None:
    files.write_text(path, skeleton_toml(path.name), overwrite=overwrite)
    click.echo(_("Wrote {path}. Fill it in, then run: referat agenda check {path}").format(path=path))


@agenda.command("import",
               help=_("Import a dagsorden or referat (.docx, .pdf, .html or text) as a TOML agenda."))
@click.argument("file", type=_PATH)
@click.option("-o", "--output", type=_PATH, help=_("The TOML agenda to write (default: FILE with .toml, beside "
                                                   "it)."))
@click.option("--overwrite", is_flag=True, help=_("Replace the output if it exists."))
def import_(file: Path, output: Path | None, overwrite: bool) -> None:
    if file.suffix.lower() == ".toml":
        raise AgendaError(_("{file} is already a TOML agenda; use 'referat agenda check {file}'.").format(
                              file=file))
    output = output or file.with_suffix(".toml")
    files.check_can_create(output, overwrite)
    result = import_agenda(file)
    files.write_text(output, dump_agenda_toml(result.meeting), overwrite=overwrite)
    click.echo(summarize(result.meeting))
    for warning in result.warnings:
        click.echo(_("warning: {warning}").format(warning=warning), err=True)
    click.echo(_("Wrote {output}").format(output=output))


@agenda.command("check", help=_("Validate an agenda (.toml, .docx, .pdf, .html or text) and print a summary."))
@click.argument("file", type=_PATH)
def check(file: Path) -> None:
    result = check_agenda(file)
    said = [_(MISSING[name]) for name in result.missing]
    for warning in result.warnings:
        if not any(text in warning for text in said):
            click.echo(_("warning: {warning}").format(warning=warning), err=True)
    if result.problems:
        for problem in result.problems:
            click.echo(f"{file}: {problem}", err=True)
        count = len(result.problems)
        raise click.ClickException(ngettext("{file} has {count} problem (listed above).",
                                            "{file} has {count} problems (listed above).", count).format(
                                       file=file, count=count))
    assert result.meeting is not None  # no problems: the meeting was built
    click.echo(summarize(result.meeting))
    if said:
        where = ("" if file.suffix.lower() == ".toml"
                 else _(" (in the TOML that 'referat agenda import {file}' writes)").format(file=file))
        click.echo(_("Missing from the header{where}:").format(where=where))
        for text in said:
            click.echo(f"  - {text}")
        click.echo(ngettext("OK, with {count} header value missing", "OK, with {count} header values missing",
                            len(said)).format(count=len(said)))
    else:
        click.echo(_("OK"))


@agenda.command("render", help=_("Render an agenda as a referat document, to check it and its template."))
@click.argument("agenda_file", type=_PATH)
@click.option("-o", "--output", type=_PATH, required=True, help=_("Output file: .docx, .md or .html."))
@click.option("--public", is_flag=True, help=_("Public version: closed items show only 'Lukket' and the case "
                                               "number."))
@click.option("--template", type=_PATH, help=_("Your own template (.docx for Word, Jinja text for .md/.html)."))
@click.option("--decision-heading", type=click.Choice(DECISION_STYLES), default="auto", show_default=True,
              help=_("'forum' writes 'Beslutning <forum> den <dd-mm-yyyy>'; 'plain' writes 'Beslutning'."))
@click.option("--overwrite", is_flag=True, help=_("Replace the output if it exists."))
def render_cmd(agenda_file: Path, output: Path, public: bool, template: Path | None,
               decision_heading: str, overwrite: bool) -> None:
    meeting = load_agenda(agenda_file)
    render(minutes_from_meeting(meeting), output, template=template, public=public,
           overwrite=overwrite, decision_heading=decision_heading)
    click.echo(_("Wrote {output}").format(output=output))


COMMANDS = [agenda]
