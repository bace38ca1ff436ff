"""The live recording screen (rich) and its keys.

Works in a plain terminal: rich ``Live`` redraws a few lines in place, keys are
read from the terminal (referat/portable.py). Without a terminal (a pipe, a service) it
prints plain status lines instead and stops on ``--duration`` or a signal.
"""

from __future__ import annotations

import time

from rich.console import Console, Group
from rich.live import Live
from rich.text import Text

from referat.danish import duration
from referat.i18n import N_, _
from referat.portable import terminal_keys
from referat.recording.recorder import Recorder

HELP = N_("n/→ next item  p/← previous  digits: go to item  b: decision  space: pause  q: stop")
SILENCE_WARNING = N_("no signal for {s:.0f} s — is the microphone muted?")
LIVE_BEHIND_WARNING = N_("the live transcript cannot keep up and skips ahead ({s:.0f} s in all); "
                         "the recording is whole")
LIVE_BEHIND_SHOWN = 30.0  # seconds the warning stays after the last skip
DIGIT_TIMEOUT = 1.2  # seconds after the last digit before a typed item number counts


class Screen:
    """Turns recorder state into a renderable; keeps the UI's own little state."""

    def __init__(self, recorder: Recorder, live_lines: int = 6):
        self.rec = recorder
        self.live_lines = live_lines
        self.confirming = False
        self.digits = ""
        self.digits_at = 0.0
        self.message = ""

    def handle(self, key: str) -> None:
        rec = self.rec
        if self.confirming:
            self.confirming = False
            if key in ("y", "Y", "j", "J"):
                rec.request_stop("stopped")
            else:
                self.message = _("Recording continues.")
            return
        if key.isdigit():
            self.digits += key
            self.digits_at = time.monotonic()
            return
        if key in ("\r", "\n") and self.digits:
            self.commit_digits()
            return
        if key in ("n", "right"):
            rec.next_item()
        elif key in ("p", "left"):
            rec.previous_item()
        elif key == "b":
            rec.mark_decision()
            self.message = _("Decision marked at {time}.").format(time=duration(rec.position, hours=True))
        elif key == " ":
            self.message = _("Paused: nothing is recorded.") if rec.toggle_pause() else _("Recording again.")
        elif key in ("q", "Q"):
            self.confirming = True

    def tick(self) -> None:
        if self.digits and time.monotonic() - self.digits_at > DIGIT_TIMEOUT:
            self.commit_digits()

    def commit_digits(self) -> None:
        number, self.digits = int(self.digits), ""
        try:
            self.rec.set_item(number)
        except ValueError as exc:
            self.message = _("Not moved: {reason}.").format(reason=exc)

    def render(self) -> Group:
        rec = self.rec
        parts: list = []
        state = Text(_("❚❚ PAUSED  "), style="bold yellow") if rec.paused else Text(_("● REC  "), style="bold red")
        state.append(duration(rec.position, hours=True), style="bold")
        if rec.file is not None:
            state.append(f"   {rec.file.path.name}", style="dim")
        parts.append(state)
        parts.append(level_meter(rec.level_db, rec.clipping))
        item = rec.item
        title = rec.item_title(item)
        where = f"{item}. {title}".rstrip(". ") if item is not None else _("(before the first item)")
        parts.append(Text.assemble((_("Item: "), "bold"), where))
        marks = rec.marks.marks if rec.marks is not None else ()
        if marks:
            last = marks[-1]
            what = _("decision") if last.kind == "decision" else _("item {number}").format(number=last.item)
            parts.append(Text(_("Marks: {count} (last: {what} at {time})").format(
                count=len(marks), what=what, time=duration(last.time, hours=True)), style="dim"))
        if self.digits:
            parts.append(Text(_("Go to item: {digits}").format(digits=self.digits) + "_", style="cyan"))
        for warning in self.warnings():
            parts.append(Text("⚠ " + warning, style="bold yellow"))
        lines = rec.live_lines(self.live_lines)
        if rec.live is not None:
            parts.append(Text(_("Live transcript (rough):"), style="bold"))
            if not lines:
                parts.append(Text("  …", style="dim"))
            for line in lines:
                parts.append(Text(f"  [{duration(line.start, hours=True)}] {line.text}",
                                  style="dim italic" if line.notice else ""))
        if self.confirming:
            parts.append(Text(_("Stop the recording? y = yes, any other key = no"), style="bold reverse"))
        elif self.message:
            parts.append(Text(self.message, style="green"))
        parts.append(Text(_(HELP), style="dim"))
        return Group(*parts)

    def silent(self) -> bool:
        rec = self.rec
        return not rec.paused and rec.silent_for >= rec.options.silence_seconds

    def warnings(self, steady: bool = False) -> list[str]:
        """What to warn of now; ``steady`` gives the silence warning one fixed text (for printing it once)."""
        rec = self.rec
        out = list(rec.warnings)
        if self.silent():
            out.append(silence_warning(rec.options.silence_seconds if steady else rec.silent_for))
        live = rec.live
        if live is not None and live.skipped_at is not None and rec.position - live.skipped_at < LIVE_BEHIND_SHOWN:
            out.append(_(LIVE_BEHIND_WARNING).format(s=live.skipped_seconds))
        overflows = rec.source.overflows
        if overflows:
            out.append(_("{count} input overflows: the computer is too busy; some audio may be missing").format(
                count=overflows))
        return out


def silence_warning(seconds: float) -> str:
    return _(SILENCE_WARNING).format(s=seconds)


def level_meter(db: float, clipping: bool, width: int = 30) -> Text:
    filled = int(round(max(0.0, min(1.0, (db + 60) / 60)) * width))
    bar = Text(_("Level: "))
    bar.append("█" * filled, style="red" if clipping else "green")
    bar.append("─" * (width - filled), style="dim")
    bar.append(f" {db:5.0f} dBFS")
    if clipping:
        bar.append(_("  CLIPPING — move the microphone away or lower the gain"), style="bold red")
    return bar


def run_screen(rec: Recorder, console: Console) -> None:
    """Until the recorder stops: a live screen with keys, or plain status lines."""
    screen = Screen(rec)
    with terminal_keys() as keys:
        if keys is None or not console.is_terminal:
            _run_plain(rec, screen, console)
            return
        with Live(screen.render(), console=console, refresh_per_second=4, transient=False) as live:
            while not rec.stopped:
                for key in keys.read(0.1):
                    screen.handle(key)
                screen.tick()
                live.update(screen.render())
            live.update(screen.render())


def _run_plain(rec: Recorder, screen: Screen, console: Console, every: float = 10.0) -> None:
    shown: set[str] = set()
    printed = 0  # live lines printed so far
    next_status = time.monotonic() + every
    while not rec.wait(0.25):
        for warning in screen.warnings(steady=True):
            if warning not in shown:
                shown.add(warning)
                console.print(_("WARNING: {warning}").format(warning=warning), highlight=False)
        if not screen.silent():  # warn again after the next silent stretch
            shown.discard(silence_warning(rec.options.silence_seconds))
        if rec.live is not None:
            new = rec.live.emitted - printed
            for line in list(rec.live.lines)[-new:] if new > 0 else []:
                console.print(f"[{duration(line.start, hours=True)}] {line.text}", markup=False, highlight=False)
            printed = rec.live.emitted
        if time.monotonic() >= next_status:
            next_status += every
            console.print(_("recording {duration}  level {level_db:.0f} dBFS").format(
                              duration=duration(rec.position, hours=True), level_db=rec.level_db),
                          highlight=False)
