"""`referat devices`, `referat record` and `referat recover`."""

from __future__ import annotations

import contextlib
import logging
import signal
import subprocess
import sys
from pathlib import Path

import click
from rich.console import Console

from referat import danish
from referat.commands.options import LANGUAGE, MODEL
from referat.errors import ReferatError
from referat.i18n import _

log = logging.getLogger(__name__)


@click.command(help=_("List the audio input devices (microphones) referat can record from."))
def devices() -> None:
    from referat.recording.capture import NO_DEVICE, list_input_devices

    found = list_input_devices()
    if not found:
        raise ReferatError(_(NO_DEVICE))
    click.echo(f"{'#':>3}  {_('name'):<40} {_('channels'):>8}  {_('default rate'):>12}")
    for d in found:
        star = "*" if d.is_default else " "
        click.echo(f"{d.index:>3}{star} {d.name:<40} {d.channels:>8}  {d.default_rate:>9.0f} Hz")
    click.echo(_("* = the default input. Choose one with `referat record --device NUMBER` (or part of its name)."))


@click.command(help=_("Repair recordings in FOLDER (or one FILE) cut off by a crash, kill or power cut."))
@click.argument("folder", metavar="FOLDER|FILE", type=click.Path(path_type=Path))
def recover(folder: Path) -> None:
    from referat.recording.wavfile import is_interrupted, recover_file, recover_folder

    if folder.is_file():
        done = [(folder, recover_file(folder))] if is_interrupted(folder) else []
    else:
        done = recover_folder(folder)
    if not done:
        click.echo(_("No interrupted recordings in {folder}.").format(folder=folder))
    for path, seconds in done:
        click.echo(_("Recovered {path} ({duration}).").format(path=path, duration=danish.duration(seconds)))


@click.command(help=_("Record a meeting safely, with agenda item marks and a live transcript.\n\n"
                         "Keys: n/→ next item, p/← previous, digits jump to an item, b marks a decision, space "
                         "pauses, q stops (after confirmation). Ctrl-C or SIGTERM also stop cleanly. Audio is "
                         "on disk within about a second; after a crash run `referat recover FOLDER` (also done "
                         "automatically at the next start)."))
@click.option("--agenda", type=click.Path(path_type=Path), help=_("The meeting's agenda (TOML, .docx, .pdf or "
                                                                  ".txt)."))
@click.option("--device", help=_("Input device number or (part of its) name; see `referat devices`."))
@click.option("--output-dir", type=click.Path(path_type=Path), default=Path("."), show_default=True,
              help=_("Folder for the recording, its marks and the referat."))
@click.option("--duration", type=click.FloatRange(min=0.1), help=_("Stop after this many seconds of audio."))
@click.option("--no-process", is_flag=True, help=_("Only record; run `referat transcribe` later."))
@click.option("--no-live", is_flag=True, help=_("No live transcript (saves CPU on slow machines)."))
@MODEL
@LANGUAGE
@click.option("--simulate", type=click.Path(path_type=Path, exists=True, dir_okay=False), hidden=True,
              help=_("Play an audio file in real time instead of a microphone (demos, tests)."))
def record(agenda, device, output_dir, duration, no_process, no_live, model, language, simulate) -> None:
    from referat.agenda.toml_format import load_agenda
    from referat.files import check_writable_dir
    from referat.recording.capture import DeviceSource, FileSource, resolve_device
    from referat.recording.live import LiveOptions, LiveTranscriber, asr_transcribe_fn
    from referat.recording.recorder import Recorder, RecordOptions
    from referat.recording.screen import run_screen
    from referat.recording.wavfile import recover_folder

    console = Console(highlight=False, soft_wrap=True)
    # Everything that can be refused is refused before a single sample is recorded.
    meeting = load_agenda(agenda) if agenda else None
    if meeting is not None and not no_process:
        from referat.output.render import check_docx_template

        check_docx_template(None)  # the referat written at stop needs it: a broken install fails now
    check_writable_dir(output_dir)
    for path, seconds in recover_folder(output_dir):
        console.print(_("Recovered an interrupted recording: {path} ({duration}).").format(
                          path=path, duration=danish.duration(seconds)))
    source = FileSource(simulate, realtime=True) if simulate else DeviceSource(resolve_device(device))
    live = None
    if not no_live:
        live = LiveTranscriber(asr_transcribe_fn(model, language), source.rate, LiveOptions(warm_up=True))
    rec = Recorder(source, RecordOptions(output_dir=output_dir, duration=duration),
                   items=meeting.items if meeting else (), live=live)
    path = rec.start()
    console.print(_("Recording to {path} from {name} ({rate} Hz).").format(
                      path=path, name=source.name, rate=source.rate))
    previous = {sig: signal.signal(sig, lambda *_: rec.request_stop("stopped"))
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        with _log_to(console):
            run_screen(rec, console)
    finally:
        result = rec.finish()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    marks = rec.marks.marks if rec.marks else ()
    console.print(_("Saved {path} ({duration}, {count} marks in {name}).").format(
                      path=result.path, duration=danish.duration(result.seconds), count=len(marks),
                      name=result.marks_path.name))
    if result.overflows:
        console.print(_("[yellow]{overflows} input overflows: some audio may be missing.[/yellow]").format(
                          overflows=result.overflows))
    if result.live_skipped:
        console.print(_("The live transcript skipped {live_skipped:.0f} s to keep up (the referat will not).").format(
                          live_skipped=result.live_skipped))
    if result.error:
        raise ReferatError(result.error)
    if no_process:
        later = f"referat transcribe {result.path}" + (
            f" --agenda {agenda} -o {result.path.with_suffix('.docx')}" if agenda else "")
        console.print(_("To make the referat later: {command}").format(command=later))
        return
    process_recording(result.path, agenda, model, language, console)


def process_recording(path: Path, agenda: Path | None, model: str | None, language: str, console: Console) -> None:
    """Make the referat draft of the finished recording, as `referat transcribe` would.

    A separate process: the live model's memory is gone, and a failure there can
    never harm the recording.
    """
    from referat.recording.marks import marks_path_for

    args = ["transcribe", str(path), "--language", language]
    if model:
        args += ["--model", model]
    if agenda:
        args += ["--agenda", str(agenda), "-o", str(path.with_suffix(".docx"))]
        if marks_path_for(path).exists():
            args += ["--marks", str(marks_path_for(path))]
    else:
        args += ["--output-dir", str(path.parent)]
    console.print(_("Making the referat draft: {command}").format(command="referat " + " ".join(args)))
    done = subprocess.run([sys.executable, "-m", "referat", *args])
    if done.returncode:
        raise ReferatError(_("Processing failed; the recording is safe in {path}. Retry with: referat {args}").format(
                               path=path, args=' '.join(args)))


@contextlib.contextmanager
def _log_to(console: Console):
    """Log lines go through rich while the screen runs, so they do not tear it."""
    from rich.logging import RichHandler

    root = logging.getLogger()
    saved = root.handlers[:]
    handler = RichHandler(console=console, show_time=False, show_path=False)
    handler.setLevel(min((h.level for h in saved), default=logging.WARNING))
    root.handlers = [handler]
    try:
        yield
    finally:
        root.handlers = saved


COMMANDS = [devices, record, recover]
