"""Crash-safe WAV recording files and their recovery.

The recording is one 16-bit PCM WAV written in place: the header is written
first with "unknown length" sizes, samples are appended with plain ``write``
calls and fsynced about once a second, and the real sizes go into the header
when the recording ends. If the process dies (``kill -9``, power cut) the file
keeps everything up to the last fsync and only its header is wrong;
``recover_folder`` repairs the header, so the file plays normally.

While recording, the process holds an exclusive ``flock`` on the file, so a
recovery never touches a recording that is still running.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import struct
from dataclasses import dataclass
from pathlib import Path

from referat.errors import InputError, OutputError
from referat.files import PRIVATE_FILE_MODE, _fsync_dir, check_writable_dir
from referat.i18n import _
from referat.portable import lock_exclusive, make_private
from referat.recording.marks import marks_path_for

log = logging.getLogger(__name__)

HEADER_BYTES = 44
UNKNOWN_SIZE = 0xFFFFFFFF  # what an unfinished recording's header says
SAMPLE_BYTES = 2  # 16-bit PCM


def wav_header(rate: int, channels: int, data_bytes: int | None) -> bytes:
    """A canonical 44-byte PCM WAV header; ``None`` means "still recording"."""
    block_align = channels * SAMPLE_BYTES
    if data_bytes is None:
        riff_size = data_size = UNKNOWN_SIZE
    else:
        data_size = data_bytes
        riff_size = min(UNKNOWN_SIZE - 1, 36 + data_bytes)
    return (
        b"RIFF" + struct.pack("<I", riff_size) + b"WAVE"
        + b"fmt " + struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * block_align, block_align, 16)
        + b"data" + struct.pack("<I", data_size)
    )


@dataclass(frozen=True)
class WavFormat:
    rate: int
    channels: int
    data_size: int  # as the header says (UNKNOWN_SIZE while recording)


def read_header(path: Path) -> WavFormat:
    with open(path, "rb") as fh:
        head = fh.read(HEADER_BYTES)
    if len(head) < HEADER_BYTES or head[:4] != b"RIFF" or head[8:16] != b"WAVEfmt " or head[36:40] != b"data":
        raise InputError(_("{path} is not a referat recording (unexpected WAV header).").format(path=path))
    _size, _form, channels, rate, _bytes_per_s, _align, bits = struct.unpack("<IHHIIHH", head[16:36])
    if bits != 16 or channels < 1 or rate < 1:
        raise InputError(_("{path} is not a 16-bit PCM referat recording.").format(path=path))
    return WavFormat(rate=rate, channels=channels, data_size=struct.unpack("<I", head[40:44])[0])


def new_recording_path(folder: Path, now: dt.datetime | None = None, prefix: str = "referat") -> Path:
    """``referat-2026-11-21_1905.wav``; a suffix keeps existing files untouched."""
    now = now or dt.datetime.now()
    stem = f"{prefix}-{now:%Y-%m-%d_%H%M%S}"
    path = folder / f"{stem}.wav"
    n = 2
    while path.exists() or marks_path_for(path).exists():
        path = folder / f"{stem}-{n}.wav"
        n += 1
    return path


class RecordingFile:
    """Append-only WAV: ``append`` raw little-endian int16 bytes, ``sync`` often."""

    def __init__(self, path: Path, rate: int, channels: int):
        self.path = Path(path)
        self.rate = rate
        self.channels = channels
        self.frames = 0  # frames written
        self.synced_frames = 0  # frames known to be on disk
        check_writable_dir(self.path.parent)
        try:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        except FileExistsError as exc:
            raise OutputError(_("{path} already exists; referat never overwrites a recording.").format(
                                  path=self.path)) from exc
        except OSError as exc:
            raise OutputError(_("Cannot create {path}: {strerror}. Choose another --output-dir.").format(
                                  path=self.path, strerror=exc.strerror)) from exc
        try:
            make_private(self._fd, PRIVATE_FILE_MODE)  # umask-proof
            lock_exclusive(self._fd)
            self._write_all(wav_header(rate, channels, None))
            os.fsync(self._fd)
            _fsync_dir(self.path.parent)
        except OSError as exc:
            os.close(self._fd)
            with contextlib.suppress(OSError):
                self.path.unlink()
            raise OutputError(_("Cannot write {path}: {strerror}.").format(
                                  path=self.path, strerror=exc.strerror)) from exc
        self._closed = False

    def _write_all(self, data: bytes | memoryview) -> None:
        view = memoryview(data)
        while view:
            n = os.write(self._fd, view)
            view = view[n:]

    def append(self, pcm: bytes | memoryview) -> None:
        """Write raw samples; raises ``OSError`` (e.g. ENOSPC) untouched."""
        frame_bytes = self.channels * SAMPLE_BYTES
        try:
            self._write_all(pcm)
        except OSError:
            # A partial write may have landed; count only whole frames.
            self.frames = (os.fstat(self._fd).st_size - HEADER_BYTES) // frame_bytes
            raise
        self.frames += len(pcm) // frame_bytes

    def sync(self) -> None:
        os.fsync(self._fd)
        self.synced_frames = self.frames

    @property
    def seconds(self) -> float:
        return self.frames / self.rate

    def close(self) -> Path:
        """Write the final header and release the file; safe to call twice."""
        if self._closed:
            return self.path
        self._closed = True
        try:
            data_bytes = self.frames * self.channels * SAMPLE_BYTES
            os.ftruncate(self._fd, HEADER_BYTES + data_bytes)  # drop a torn last frame
            os.pwrite(self._fd, wav_header(self.rate, self.channels, data_bytes), 0)
            os.fsync(self._fd)
        except OSError as exc:
            log.error(_("could not finish %s: %s"), self.path, exc)
            raise OutputError(
                _("Could not finish {path}: {strerror}. Run `referat recover {parent}`.").format(
                    path=self.path, strerror=exc.strerror, parent=self.path.parent)
            ) from exc
        finally:
            os.close(self._fd)  # also drops the flock
        return self.path


def is_interrupted(path: Path) -> bool:
    try:
        return read_header(path).data_size == UNKNOWN_SIZE
    except (InputError, OSError):
        return False


def _in_use(path: Path) -> bool:
    fd = os.open(path, os.O_RDONLY)
    try:
        lock_exclusive(fd)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing releases our probe lock
    return False


def recover_file(path: Path) -> float:
    """Repair an interrupted recording's header in place; return its seconds."""
    fmt = read_header(path)
    if _in_use(path):
        raise OutputError(_("{path} is still being recorded by another referat process.").format(path=path))
    frame_bytes = fmt.channels * SAMPLE_BYTES
    size = path.stat().st_size
    data_bytes = max(0, (size - HEADER_BYTES) // frame_bytes * frame_bytes)
    try:
        fd = os.open(path, os.O_WRONLY)
        try:
            os.ftruncate(fd, HEADER_BYTES + data_bytes)
            os.pwrite(fd, wav_header(fmt.rate, fmt.channels, data_bytes), 0)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise OutputError(_("Could not repair {path}: {strerror}.").format(path=path, strerror=exc.strerror)) from exc
    seconds = data_bytes / frame_bytes / fmt.rate
    log.info("recovered %s (%.1f s)", path, seconds)
    return seconds


def find_interrupted(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.wav") if p.is_file() and is_interrupted(p))


def recover_folder(folder: Path) -> list[tuple[Path, float]]:
    """Repair every interrupted recording in ``folder`` not still in use."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(_("{folder} is not a folder. Give the folder that holds the recordings.").format(
                             folder=folder))
    done = []
    for path in find_interrupted(folder):
        if _in_use(path):
            log.info("skipping %s: still recording", path)
            continue
        done.append((path, recover_file(path)))
    return done
