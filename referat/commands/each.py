"""What the per-recording commands share: a clock, and going on past a failed file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import click

from referat.errors import ReferatError

T = TypeVar("T")


def clock(seconds: float | None) -> str:
    """H:MM:SS, or M:SS under an hour."""
    seconds = int(round(seconds or 0))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def each_file(items: Sequence[T], work: Callable[[T], None], noun: str = "files") -> None:
    """Run ``work`` on every item. A failing item is reported and the others go
    on; afterwards the run fails if any did. A single item's error is raised as it is."""
    failed = 0
    for item in items:
        try:
            work(item)
        except ReferatError as exc:
            if len(items) == 1:
                raise
            failed += 1
            click.echo(f"Error: {exc}", err=True)
    if failed:
        raise ReferatError(f"{failed} of {len(items)} {noun} failed; see the messages above.")
