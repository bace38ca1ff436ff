"""``referat demo``: the sample meeting that ships with referat, turned into a referat.

The first thing to try after an install: it needs no files of one's own and
shows the whole way from a recording and its agenda to the Word referat.
"""

from __future__ import annotations

from pathlib import Path

import click

from referat.commands.transcribe import transcribe
from referat.i18n import _
from referat.resources import sample_file


@click.command("demo", help=_("Turn the sample meeting (one minute, with its agenda) into a referat .docx.\n\n"
                         "The sample is synthetic English speech: the embedded model cannot understand "
                         "synthetic Danish. The agenda and the referat are Danish."))
@click.option("--output-dir", type=click.Path(path_type=Path), default=Path("referat-demo"), show_default=True,
              help=_("Where to write the demo referat."))
@click.option("--overwrite", is_flag=True, help=_("Replace the files of an earlier demo."))
@click.pass_context
def demo(ctx: click.Context, output_dir: Path, overwrite: bool) -> None:
    # Everything goes to output_dir: nothing is ever written beside the samples, inside the package.
    ctx.invoke(transcribe, files=(sample_file("demo-meeting.flac"),), agenda=sample_file("demo-agenda.toml"),
               language="en", output=output_dir / "demo-referat.docx", output_dir=output_dir, formats="",
               overwrite=overwrite)


COMMANDS = [demo]
