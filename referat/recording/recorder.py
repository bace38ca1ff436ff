"""Crash-safe recording: a source, a writer thread, item marks, a live view.

The source (PortAudio callback) only puts blocks on an unbounded queue; the
writer thread appends them to a ``RecordingFile`` and fsyncs about once a
second, feeds the level meter and the live transcript. Nothing the rest of the
program does (screen, transcription) can make the callback wait.
"""

from __future__ import annotations

import logging
import queue
import shutil
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from referat.danish import duration
from referat.errors import DeviceError, OutputError, ReferatError
from referat.files import check_writable_dir
from referat.i18n import _
from referat.recording.capture import Source
from referat.recording.live import LiveLine, LiveTranscriber
from referat.recording.marks import MarksWriter, marks_path_for
from referat.recording.wavfile import RecordingFile, new_recording_path
from referat.types import AgendaItem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecordOptions:
    output_dir: Path
    duration: float | None = None  # seconds of audio to record; None = until stopped
    sync_interval: float = 1.0  # fsync this often: a crash loses at most about this much
    device_timeout: float = 3.0  # no audio for this long means the device is gone
    silence_seconds: float = 20.0  # warn after this long without signal
    silence_level: float = 0.001  # RMS below this (-60 dBFS) counts as no signal
    clip_level: int = 32000  # a sample this loud (of 32767) counts as clipping
    min_free_hours: float = 4.0  # warn when the disk holds less than this
    prefix: str = "referat"


@dataclass(frozen=True)
class RecordingResult:
    path: Path
    marks_path: Path
    seconds: float
    reason: str  # "stopped", "duration", "input ended", "device lost", "disk full"
    overflows: int = 0
    error: str | None = None
    live_skipped: float = 0.0


def hours_of_space(folder: Path, bytes_per_second: float) -> float:
    return shutil.disk_usage(folder).free / bytes_per_second / 3600.0


class Recorder:
    def __init__(self, source: Source, options: RecordOptions, items: tuple[AgendaItem, ...] = (),
                 live: LiveTranscriber | None = None):
        self.source = source
        self.options = options
        self.items = tuple(items)
        self.live = live
        self.item: int | None = None  # current agenda item number
        self.paused = False
        self.warnings: list[str] = []
        self.error: ReferatError | None = None
        self.reason = "stopped"
        self.level_db = -120.0
        self.last_clip: float | None = None  # recording position of the last clipped sample
        self._last_sound = 0.0
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._stop = threading.Event()
        self._writer: threading.Thread | None = None
        self._last_block = time.monotonic()
        self.file: RecordingFile | None = None
        self.marks: MarksWriter | None = None

    # -- lifecycle ----------------------------------------------------------

    def start(self) -> Path:
        out = Path(self.options.output_dir)
        check_writable_dir(out)
        path = new_recording_path(out, prefix=self.options.prefix)
        self.file = RecordingFile(path, self.source.rate, self.source.channels)
        try:
            self.marks = MarksWriter(marks_path_for(path), path.name)
        except BaseException:
            self.file.close()
            path.unlink()  # still empty: nothing recorded yet
            raise
        self._check_space()
        self._writer = threading.Thread(target=self._write_loop, name="recording-writer", daemon=True)
        self._last_block = time.monotonic()
        self._writer.start()
        if self.live is not None:
            self.live.start()
        try:
            self.source.start(self._queue.put, self._on_error, self._on_end)
        except BaseException:
            self._stop.set()
            self._writer.join()
            if self.live is not None:
                self.live.stop()
            self.file.close()
            if self.file.frames == 0:  # nothing recorded: leave no empty files behind
                path.unlink(missing_ok=True)
                self.marks.path.unlink(missing_ok=True)
            raise
        log.info("recording to %s from %s at %d Hz", path, self.source.name, self.source.rate)
        return path

    def request_stop(self, reason: str = "stopped") -> None:
        if not self._stop.is_set():
            self.reason = reason
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._stop.wait(timeout)

    def finish(self) -> RecordingResult:
        """Stop the source, write what is queued, finalise the file. Always call this."""
        self.request_stop(self.reason)
        self.source.stop()
        if self._writer is not None:
            self._writer.join()
        assert self.file is not None and self.marks is not None
        close_error = None
        try:
            self.file.close()
        except OutputError as exc:
            close_error = str(exc)
        if self.live is not None:
            self.live.stop(drain=False, timeout=10)
        return RecordingResult(
            path=self.file.path, marks_path=self.marks.path, seconds=self.file.seconds, reason=self.reason,
            overflows=self.source.overflows, error=str(self.error) if self.error else close_error,
            live_skipped=self.live.skipped_seconds if self.live else 0.0,
        )

    # -- source callbacks (other threads) -------------------------------------

    # Both go through the queue so that every block delivered before them is written first.
    def _on_error(self, message: str) -> None:
        self._queue.put(_SourceEvent(message))

    def _on_end(self) -> None:
        self._queue.put(_SourceEvent(None))

    def _fail(self, error: ReferatError, reason: str) -> None:
        if self.error is None:
            self.error = error
            log.error("%s", error)
        self.request_stop(reason)

    # -- writer thread ------------------------------------------------------

    def _write_loop(self) -> None:
        opts = self.options
        assert self.file is not None
        last_sync = time.monotonic()
        last_space_check = last_sync
        limit = int(opts.duration * self.file.rate) if opts.duration else None
        while True:
            try:
                block = self._queue.get(timeout=0.2)
            except queue.Empty:
                block = None
            now = time.monotonic()
            if block is None:
                if self._stop.is_set():
                    break
                if now - self._last_block > opts.device_timeout and self.error is None:
                    self._fail(DeviceError(
                        _("Recording stopped: no audio from {name!r} for {device_timeout:.0f} s (unplugged or "
                          "switched off?).").format(
                              name=self.source.name, device_timeout=opts.device_timeout)), "device lost")
                continue
            self._last_block = now
            if isinstance(block, _SourceEvent):
                if block.error is None:
                    self.request_stop("input ended")
                else:
                    self._fail(DeviceError(_("Recording stopped: {error}.").format(error=block.error)), "device lost")
                continue
            if self.error is not None:
                continue  # after a failure only drain the queue
            if limit is not None:
                block = block[: max(0, limit - self.file.frames)]
            self._measure(block)
            if not self.paused and len(block):
                try:
                    self.file.append(block.tobytes())
                except OSError as exc:
                    self._disk_failed(exc)
                    continue
                if self.live is not None:
                    self.live.feed(block)
            if limit is not None and self.file.frames >= limit:
                self.request_stop("duration")
            if now - last_sync >= opts.sync_interval or self._stop.is_set():
                try:
                    self.file.sync()
                except OSError as exc:
                    self._disk_failed(exc)
                last_sync = now
            if now - last_space_check >= 60:
                last_space_check = now
                self._check_space()
        if self.error is None:
            try:
                self.file.sync()
            except OSError as exc:
                self._disk_failed(exc)

    def _disk_failed(self, exc: OSError) -> None:
        assert self.file is not None
        what = _("The disk is full") if exc.errno == 28 else _("Writing failed ({reason})").format(reason=exc.strerror)
        self._fail(OutputError(
            _("{what}: recording stopped. The first {duration} are saved in {path}. Free some space or record to "
              "another --output-dir.").format(
                what=what, duration=duration(self.file.seconds, hours=True), path=self.file.path)),
                "disk full" if exc.errno == 28 else "write error")

    def _measure(self, block: np.ndarray) -> None:
        if not len(block):
            return
        samples = block.astype(np.float32)
        peak = float(np.max(np.abs(samples)))
        rms = float(np.sqrt(np.mean(samples * samples))) / 32768.0
        self.level_db = 20 * np.log10(max(rms, 1e-6))
        pos = self.position
        if peak >= self.options.clip_level:
            self.last_clip = pos
        if rms >= self.options.silence_level:
            self._last_sound = pos

    def _check_space(self) -> None:
        assert self.file is not None
        bps = self.file.rate * self.file.channels * 2
        try:
            hours = hours_of_space(self.file.path.parent, bps)
        except OSError:
            return
        if hours < self.options.min_free_hours:
            msg = _("Only space for about {minutes:.0f} minutes of recording in {folder}. "
                    "Free some disk space or use another --output-dir.").format(
                        minutes=hours * 60, folder=self.file.path.parent)
            if msg not in self.warnings:
                self.warnings.append(msg)
                log.warning("%s", msg)

    # -- state for the screen ---------------------------------------------------

    @property
    def position(self) -> float:
        """Seconds of audio on disk: the clock marks use."""
        return self.file.seconds if self.file else 0.0

    @property
    def silent_for(self) -> float:
        return self.position - self._last_sound

    @property
    def clipping(self) -> bool:
        return self.last_clip is not None and self.position - self.last_clip < 2.0

    def live_lines(self, n: int) -> list[LiveLine]:
        return list(self.live.lines)[-n:] if self.live else []

    # -- marks (called from the UI thread) ---------------------------------------

    @property
    def item_numbers(self) -> list[int]:
        return [i.number for i in self.items]

    def item_title(self, number: int | None) -> str:
        for item in self.items:
            if item.number == number:
                return item.title
        return ""

    def next_item(self) -> int | None:
        nums = self.item_numbers
        if not nums:
            return self.set_item((self.item or 0) + 1)
        if self.item not in nums:
            return self.set_item(nums[0])
        return self.set_item(nums[min(nums.index(self.item) + 1, len(nums) - 1)])

    def previous_item(self) -> int | None:
        nums = self.item_numbers
        if self.item is None:
            return None
        if not nums:
            return self.set_item(max(1, self.item - 1))
        return self.set_item(nums[max(nums.index(self.item) - 1, 0)])

    def set_item(self, number: int) -> int | None:
        if self.items and number not in self.item_numbers:
            raise ValueError(_("the agenda has no item {number}").format(number=number))
        if number == self.item:
            return self.item
        self.item = number
        assert self.marks is not None
        self.marks.add(self.position, number, "item")
        return number

    def mark_decision(self) -> None:
        assert self.marks is not None
        self.marks.add(self.position, self.item, "decision")

    def toggle_pause(self) -> bool:
        self.paused = not self.paused
        return self.paused


@dataclass(frozen=True)
class _SourceEvent:
    error: str | None  # None: the source ran out
