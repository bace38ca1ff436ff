"""The `referat` command: a thin click group.

Commands live in ``referat/commands/``; each parses options, shows progress and
calls library code. Library code raises ``ReferatError``; only here does it
become a clean one-line message and a non-zero exit code.
"""

from __future__ import annotations

import logging

import click

from referat import __version__
from referat.errors import ReferatError
from referat.i18n import _


class ReferatGroup(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ReferatError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=ReferatGroup, context_settings={"help_option_names": ["-h", "--help"]},
            help=_("Local, offline meeting minutes (referater) for Danish municipalities.\n\n"
                   "Nothing leaves this machine: models run locally and no network is used."))
@click.version_option(__version__, prog_name="referat")
@click.option("-v", "--verbose", count=True, help=_("More log output (-vv for debug)."))
def main(verbose: int) -> None:
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    # What a secretary sees by default: the warning and error lines, in the user's language.
    logging.addLevelName(logging.WARNING, _("WARNING"))
    logging.addLevelName(logging.ERROR, _("ERROR"))


def _register() -> None:
    # One module per command keeps each small; add new commands here.
    from referat.commands import agenda, batch, demo, models, record, render, review, speakers, transcribe

    modules = (transcribe, review, batch, models, agenda, speakers, render, record, demo)
    for module in modules:
        for command in module.COMMANDS:
            main.add_command(command)


_register()
