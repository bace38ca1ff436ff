"""``referat review MEETING.json``: the local review page for hearing, checking and correcting the draft."""

from __future__ import annotations

from pathlib import Path

import click

from referat.commands.options import template_option
from referat.i18n import _


@click.command("review", help=_("Open a local page to hear, check and correct the draft referat.\n\n"
                         "MEETING.json is the .json that transcribe -o, record or batch wrote. The page runs "
                         "on this computer only (127.0.0.1) and needs the secret address printed below. Every "
                         "correction is saved at once beside the record (MEETING.edits.json); the machine's "
                         "first version is kept. Stop with Ctrl-C."))
@click.argument("meeting_json", metavar="MEETING.json", type=click.Path(path_type=Path))
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=_("a free port"),
              help=_("The port on 127.0.0.1 to serve the page on."))
@click.option("--no-browser", is_flag=True, help=_("Do not open the page in the default browser."))
@template_option
def review(meeting_json: Path, port: int, no_browser: bool, template: Path | None) -> None:
    from referat.output.render import check_docx_template
    from referat.review.server import serve
    from referat.review.session import ReviewSession

    session = ReviewSession.open(meeting_json, template)
    if template is not None:
        check_docx_template(template)
    if session.audio_problem:
        click.echo(_("Note: {audio_problem}").format(audio_problem=session.audio_problem), err=True)
    try:
        serve(session, port, announce=click.echo, open_browser=not no_browser)
    except KeyboardInterrupt:
        pass


COMMANDS = [review]
