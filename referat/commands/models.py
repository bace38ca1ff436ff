"""``referat models``: which speech models are available, and how to add one."""

from __future__ import annotations

import click

from referat.asr.models import ADD_MODEL_HELP, list_models, models_dirs
from referat.i18n import _


def _size(n: int) -> str:
    return f"{n / 1e6:.0f} MB" if n < 1e9 else f"{n / 1e9:.1f} GB"


@click.command("models", help=_("List speech models (name, size, languages, location) and how to add one."))
def models() -> None:
    for info in list_models():
        state = "" if info.ready else (_(" (assembled on first use)") if info.source == "embedded" else _(" (BROKEN)"))
        click.echo(f"{info.name:28} {_size(info.size_bytes):>8}  {info.languages:24} {info.path}{state}")
    click.echo(_("\nModels folders searched for --model NAME:"))
    for folder in models_dirs():
        click.echo(f"  {folder}{'' if folder.is_dir() else _('  (does not exist)')}")
    click.echo("\n" + _(ADD_MODEL_HELP))


COMMANDS = [models]
