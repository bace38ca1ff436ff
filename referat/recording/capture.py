"""Audio sources for recording: a PortAudio input device, or a file.

A source calls ``on_block(int16 array of shape (frames, channels))`` from its
own thread (the PortAudio callback thread for a device) and must never block:
the recorder's writer thread does the slow work. ``on_error(message)`` reports
a source that died; ``on_end()`` a source that ran out (files only).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from referat.errors import DeviceError, InputError
from referat.i18n import N_, _

log = logging.getLogger(__name__)

PREFERRED_RATE = 16000  # what the ASR wants; avoids resampling when the device can do it
BLOCK_SECONDS = 0.1

BlockFn = Callable[[np.ndarray], None]
ErrorFn = Callable[[str], None]
EndFn = Callable[[], None]


class Source(Protocol):
    name: str
    rate: int
    channels: int
    overflows: int

    def start(self, on_block: BlockFn, on_error: ErrorFn, on_end: EndFn) -> None: ...

    def stop(self) -> None: ...


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    channels: int
    default_rate: float
    is_default: bool = False


def _sounddevice():
    try:
        import sounddevice
    except OSError as exc:  # the PortAudio shared library is missing
        raise DeviceError(
            _("The PortAudio library is missing, so no microphone can be used. Install it (Debian/Ubuntu: apt "
              "install libportaudio2) and try again.")
        ) from exc
    return sounddevice


def list_input_devices() -> list[InputDevice]:
    sd = _sounddevice()
    try:
        devices = sd.query_devices()
        default_in = sd.default.device[0]
    except sd.PortAudioError as exc:
        raise DeviceError(_("Could not list audio devices: {exc}.").format(exc=exc)) from exc
    return [
        InputDevice(i, d["name"], int(d["max_input_channels"]), float(d["default_samplerate"]), i == default_in)
        for i, d in enumerate(devices)
        if d["max_input_channels"] > 0
    ]


NO_DEVICE = N_(
    "No audio input device found. Connect a microphone (or enable it in the system "
    "sound settings), check it with `referat devices`, and try again."
)


def resolve_device(spec: str | int | None) -> InputDevice:
    """Pick an input device by index, by (part of its) name, or the default."""
    devices = list_input_devices()
    if not devices:
        raise DeviceError(_(NO_DEVICE))
    if spec is None or spec == "":
        chosen = next((d for d in devices if d.is_default), devices[0])
        return chosen
    text = str(spec).strip()
    if text.lstrip("-").isdigit():
        index = int(text)
        for d in devices:
            if d.index == index:
                return d
        raise DeviceError(_("There is no input device number {index}. See `referat devices` for the list.").format(
                              index=index))
    exact = [d for d in devices if d.name.casefold() == text.casefold()]
    matches = exact or [d for d in devices if text.casefold() in d.name.casefold()]
    if not matches:
        raise DeviceError(_("No input device matches {text!r}. See `referat devices` for the list.").format(
                              text=text))
    if len(matches) > 1:
        names = ", ".join(f"{d.index}: {d.name}" for d in matches)
        raise DeviceError(_("{text!r} matches several input devices ({names}); give the number instead.").format(
                              text=text, names=names))
    return matches[0]


class DeviceSource:
    """A PortAudio input stream; the callback only copies and hands over."""

    def __init__(self, device: InputDevice, channels: int = 1, rate: int | None = None):
        self.device = device
        self.name = device.name
        self.channels = max(1, min(channels, device.channels))
        self.rate = rate or self._pick_rate()
        self.overflows = 0
        self._stream: Any = None  # a sounddevice.InputStream while recording
        self._stopping = False

    def _pick_rate(self) -> int:
        sd = _sounddevice()
        for rate in (PREFERRED_RATE, int(self.device.default_rate)):
            try:
                sd.check_input_settings(device=self.device.index, channels=self.channels, dtype="int16",
                                        samplerate=rate)
                return rate
            except Exception:  # PortAudioError or ValueError: try the next rate
                continue
        raise DeviceError(_("Input device {name!r} accepts neither {PREFERRED_RATE} Hz nor its default rate.").format(
                              name=self.name, PREFERRED_RATE=PREFERRED_RATE))

    def start(self, on_block: BlockFn, on_error: ErrorFn, on_end: EndFn) -> None:
        sd = _sounddevice()

        def callback(indata, frames, time_info, status):
            if status.input_overflow:
                self.overflows += 1
            on_block(indata.copy())

        def finished():
            if not self._stopping:
                on_error(_("the input device {name!r} stopped delivering audio (unplugged?)").format(name=self.name))

        try:
            self._stream = sd.InputStream(
                device=self.device.index, channels=self.channels, samplerate=self.rate, dtype="int16",
                blocksize=int(self.rate * BLOCK_SECONDS), callback=callback, finished_callback=finished,
            )
            self._stream.start()
        except Exception as exc:  # PortAudioError, ValueError
            raise DeviceError(_("Could not open input device {name!r}: {exc}. Check `referat devices`.").format(
                                  name=self.name, exc=exc)) from exc

    def stop(self) -> None:
        self._stopping = True
        if self._stream is not None:
            try:
                self._stream.stop()
                self._stream.close()
            except Exception as exc:  # a vanished device may fail to close
                log.warning(_("closing the input stream failed: %s"), exc)
            self._stream = None


def read_pcm16(path: Path) -> tuple[np.ndarray, int]:
    """Read an audio file as int16 mono at its own rate (a source for tests, demos and benchmarks)."""
    import soundfile as sf

    try:
        data, rate = sf.read(str(path), dtype="int16", always_2d=True)
    except Exception as exc:  # soundfile raises several types for bad files
        raise InputError(_("Cannot read audio file {path}: {exc}").format(path=path, exc=exc)) from exc
    if data.shape[1] > 1:
        data = data.mean(axis=1, dtype=np.float32).round().astype(np.int16)[:, None]
    return data, int(rate)


class FileSource:
    """Plays a file into the recorder, paced like a microphone or as fast as possible."""

    def __init__(self, path: Path, realtime: bool = True, block_seconds: float = BLOCK_SECONDS):
        self.path = Path(path)
        self.name = f"file:{self.path.name}"
        self.samples, self.rate = read_pcm16(self.path)
        self.channels = 1
        self.overflows = 0
        self.realtime = realtime
        self.block = max(1, int(self.rate * block_seconds))
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, on_block: BlockFn, on_error: ErrorFn, on_end: EndFn) -> None:
        def run():
            t0 = time.monotonic()
            for i, pos in enumerate(range(0, len(self.samples), self.block)):
                if self._stop.is_set():
                    return
                if self.realtime:
                    delay = t0 + (i + 1) * self.block / self.rate - time.monotonic()
                    if delay > 0 and self._stop.wait(delay):
                        return
                on_block(self.samples[pos : pos + self.block].copy())
            on_end()

        self._thread = threading.Thread(target=run, name="file-source", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
