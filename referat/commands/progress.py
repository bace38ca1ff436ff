"""The one progress display every command uses (rich, on stderr).

A run shows one bar per stage of a recording (audio, recognition, speakers,
items, writing), with audio time done and the speed in real time for the slow
stages; a batch adds an overall bar with an ETA and shows the stages of the
files being worked on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from referat.danish import duration
from referat.i18n import _
from referat.pipeline import STAGES

StageCallback = Callable[[str, float, float], None]
TIMED = ("asr", "speakers")  # stages measured in audio seconds


def console() -> Console:
    return Console(stderr=True)


def make_bars(out: Console, transient: bool = False, eta: bool = False) -> Progress:
    columns = [TextColumn("{task.description:<30}"), BarColumn(bar_width=24), TextColumn("{task.fields[detail]}"),
               TimeElapsedColumn()]
    if eta:
        columns += [TextColumn("ETA"), TimeRemainingColumn()]
    return Progress(*columns, console=out, transient=transient)


class StageBars:
    """One bar per stage of one recording, inside a shared rich ``Progress``."""

    def __init__(self, bars: Progress, prefix: str = "", transient: bool = False):
        self.bars = bars
        self.prefix = prefix
        self.transient = transient  # remove the bars when the recording is done (batch)
        self.tasks: dict[str, TaskID] = {}
        self.started: dict[str, float] = {}

    def __call__(self, stage: str, done: float, total: float) -> None:
        if stage not in self.tasks:
            label = f"{self.prefix}{_(STAGES.get(stage, stage))}"
            self.tasks[stage] = self.bars.add_task(label, total=None, detail="")
            self.started[stage] = time.monotonic()
        detail = ""
        if stage in TIMED and total:
            elapsed = max(time.monotonic() - self.started[stage], 1e-6)
            speed = _("  {speed:.1f}× real time").format(speed=done / elapsed) if done > 0 and elapsed > 1 else ""
            detail = f"{duration(done)} / {duration(total)}{speed}"
        self.bars.update(self.tasks[stage], completed=done, total=total or 1, detail=detail)

    def close(self) -> None:
        if self.transient:
            for task in self.tasks.values():
                self.bars.remove_task(task)
        self.tasks.clear()


@contextmanager
def recording_progress(label: str) -> Iterator[StageCallback]:
    """The display for one recording: a title line, then a bar per stage."""
    out = console()
    out.print(f"[bold]{label}[/bold]")
    with make_bars(out) as bars:
        yield StageBars(bars, "  ")
