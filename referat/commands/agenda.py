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
from referat.output.context import DECISION_STYLES
from referat.output.render import minutes_from_meeting, render

_PATH = click.Path(path_type=Path, dir_okay=False)


@click.group("agenda")
def agenda() -> None:
    """Agendas (dagsordener): write, import, check and render them."""


@agenda.command("init")
@click.argument("path", type=_PATH, default="agenda.toml")
@click.option("--overwrite", is_flag=True, help="Replace PATH if it exists.")
def init(path: Path, overwrite: bool) -> None:
    """Write a commented TOML agenda skeleton to PATH (default agenda.toml)."""
    files.write_text(path, skeleton_toml(path.name), overwrite=overwrite)
    click.echo(f"Wrote {path}. Fill it in, then run: referat agenda check {path}")


@agenda.command("import")
@click.argument("file", type=_PATH)
@click.option("-o", "--output", type=_PATH, help="The TOML agenda to write (default: FILE with .toml, beside it).")
@click.option("--overwrite", is_flag=True, help="Replace the output if it exists.")
def import_(file: Path, output: Path | None, overwrite: bool) -> None:
    """Import a dagsorden or referat (.docx, .pdf, .html or text) as a TOML agenda."""
    if file.suffix.lower() == ".toml":
        raise AgendaError(f"{file} is already a TOML agenda; use 'referat agenda check {file}'.")
    output = output or file.with_suffix(".toml")
    files.check_can_create(output, overwrite)
    result = import_agenda(file)
    files.write_text(output, dump_agenda_toml(result.meeting), overwrite=overwrite)
    click.echo(summarize(result.meeting))
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"Wrote {output}")


@agenda.command("check")
@click.argument("file", type=_PATH)
def check(file: Path) -> None:
    """Validate an agenda (.toml, .docx, .pdf, .html or text) and print a summary."""
    result = check_agenda(file)
    said = [MISSING[name] for name in result.missing]
    for warning in result.warnings:
        if not any(text in warning for text in said):
            click.echo(f"warning: {warning}", err=True)
    if result.problems:
        for problem in result.problems:
            click.echo(f"{file}: {problem}", err=True)
        count = len(result.problems)
        raise click.ClickException(f"{file} has {count} problem{'s' if count > 1 else ''} (listed above).")
    assert result.meeting is not None  # no problems: the meeting was built
    click.echo(summarize(result.meeting))
    if said:
        where = "" if file.suffix.lower() == ".toml" else f" (in the TOML that 'referat agenda import {file}' writes)"
        click.echo(f"Missing from the header{where}:")
        for text in said:
            click.echo(f"  - {text}")
        click.echo(f"OK, with {len(said)} header value{'s' if len(said) > 1 else ''} missing")
    else:
        click.echo("OK")


@agenda.command("render")
@click.argument("agenda_file", type=_PATH)
@click.option("-o", "--output", type=_PATH, required=True, help="Output file: .docx, .md or .html.")
@click.option("--public", is_flag=True, help="Public version: closed items show only 'Lukket' and the case number.")
@click.option("--template", type=_PATH, help="Your own template (.docx for Word, Jinja text for .md/.html).")
@click.option("--decision-heading", type=click.Choice(DECISION_STYLES), default="auto", show_default=True,
              help="'forum' writes 'Beslutning <forum> den <dd-mm-yyyy>'; 'plain' writes 'Beslutning'.")
@click.option("--overwrite", is_flag=True, help="Replace the output if it exists.")
def render_cmd(agenda_file: Path, output: Path, public: bool, template: Path | None,
               decision_heading: str, overwrite: bool) -> None:
    """Render an agenda as a referat document, to check it and its template."""
    meeting = load_agenda(agenda_file)
    render(minutes_from_meeting(meeting), output, template=template, public=public,
           overwrite=overwrite, decision_heading=decision_heading)
    click.echo(f"Wrote {output}")


COMMANDS = [agenda]
