"""What the per-recording commands share: going on past a failed file, warnings, the next step."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import click

from referat.errors import ReferatError
from referat.i18n import _
from referat.output.plan import OutputPlan

T = TypeVar("T")


def each_file(items: Sequence[T], work: Callable[[T], None], recordings: bool = False) -> None:
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
            click.echo(_("Error: {exc}").format(exc=exc), err=True)
    if failed:
        # Only runs of two or more get here: a single item's error was raised as it is.
        if recordings:
            raise ReferatError(_("{failed} of {count} recordings failed; see the messages above.").format(
                failed=failed, count=len(items)))
        raise ReferatError(_("{failed} of {count} files failed; see the messages above.").format(
            failed=failed, count=len(items)))


def print_warnings(warnings: Sequence[str]) -> None:
    """Each warning once, after the progress display (library code does not log them)."""
    for warning in warnings:
        click.echo(_("Warning: {warning}").format(warning=warning), err=True)


def review_hint(plan: OutputPlan) -> None:
    """The next step after a referat or transcript is written."""
    record = plan.record or next((path for fmt, path in plan.transcripts if fmt == "json"), None)
    if record is not None:
        click.echo(_("Check and correct it: referat review {record}").format(record=record), err=True)
