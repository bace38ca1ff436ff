"""Decode any audio or video file to 16 kHz mono float32 samples.

Decoding goes through faster-whisper's PyAV wrapper, which bundles FFmpeg, so
wav, flac, mp3, m4a, ogg and video files work without system codecs. Every
way a file can be unusable becomes an ``InputError`` that says what to do.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from referat.errors import InputError
from referat.i18n import _
from referat.types import SAMPLE_RATE

log = logging.getLogger(__name__)




def check_audio_file(path: Path) -> None:
    if not path.exists():
        raise InputError(_("{path}: no such file. Check the path and the file name.").format(path=path))
    if path.is_dir():
        raise InputError(_("{path} is a folder, not an audio file. Give the recording files themselves.").format(
                             path=path))
    if not path.is_file():
        raise InputError(_("{path} is not a regular file.").format(path=path))
    try:
        size = path.stat().st_size
        with open(path, "rb"):
            pass
    except OSError as exc:
        raise InputError(_("Cannot read {path}: {strerror}.").format(path=path, strerror=exc.strerror)) from exc
    if size == 0:
        raise InputError(_("{path} is empty (0 bytes); the recording holds no audio.").format(path=path))
    _check_wav_length(path, size)


def _check_wav_length(path: Path, size: int) -> None:
    """A WAV whose header promises more data than the file holds was cut off.

    PyAV silently decodes the part that is there; we say so instead, because
    a transcript of half a meeting that looks complete is worse than an error.
    """
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return
    pos = 12
    while pos + 8 <= len(head):
        chunk_id, chunk_size = head[pos : pos + 4], struct.unpack("<I", head[pos + 4 : pos + 8])[0]
        if chunk_id == b"data":
            # 0 and 0xFFFFFFFF mean "length unknown" (streaming writers): accept.
            if chunk_size not in (0, 0xFFFFFFFF) and pos + 8 + chunk_size > size:
                have = size - pos - 8
                raise InputError(
                    _("{path} is truncated: its header promises {chunk_size} bytes of audio but only {have} are "
                      "there. If it is a recording that was cut short, repair it with `sox --ignore-length "
                      "'{path}' fixed.wav` and transcribe fixed.wav.").format(
                        path=path, chunk_size=chunk_size, have=max(have, 0))
                )
            return
        pos += 8 + chunk_size + (chunk_size & 1)


def _looks_like_text(path: Path) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the 4 KiB boundary is still text.
        return exc.start >= len(head) - 3
    return True


def load_audio(path: str | Path, sampling_rate: int = SAMPLE_RATE) -> np.ndarray:
    """Decode ``path`` to mono float32 at ``sampling_rate``; raise InputError if unusable."""
    path = Path(path)
    check_audio_file(path)
    with _decoding_errors(path):
        audio = _decode(path, sampling_rate)
    if audio.size == 0:
        raise InputError(_("{path} contains no audio samples; the recording is empty.").format(path=path))
    log.debug("decoded %s: %.2f s", path, audio.size / sampling_rate)
    return audio


def iter_audio(path: str | Path, sampling_rate: int = SAMPLE_RATE, piece_seconds: float = 30.0) -> Iterator[np.ndarray]:
    """The recording as float32 pieces of about ``piece_seconds``, decoded as they are asked for.

    Memory stays that of one piece however long the file; errors are those of
    ``load_audio``, raised when the bad part is reached.
    """
    path = Path(path)
    check_audio_file(path)
    wanted = max(1, int(piece_seconds * sampling_rate))
    pieces: list[np.ndarray] = []
    held = total = 0

    def as_float() -> np.ndarray:  # int16 frames to samples in [-1, 1), as _decode scales them
        return np.concatenate(pieces).astype(np.float32) * (1.0 / 32768.0)

    with _decoding_errors(path), _open_audio(path, sampling_rate) as (frames, _seconds):
        for frame in frames:
            pieces.append(frame)
            held += frame.size
            total += frame.size
            if held >= wanted:
                yield as_float()
                pieces, held = [], 0
    if held:
        yield as_float()
    if total == 0:
        raise InputError(_("{path} contains no audio samples; the recording is empty.").format(path=path))


@contextmanager
def _decoding_errors(path: Path) -> Iterator[None]:
    """Every way PyAV can fail on a file, as an InputError that says what to do."""
    import av  # PyAV, installed with faster-whisper; imported late to keep the CLI start fast

    try:
        yield
    except av.error.FFmpegError as exc:
        if _looks_like_text(path):
            raise InputError(
                _("{path} is a text file, not audio (despite its name). Give the recording itself.").format(
                    path=path)
            ) from exc
        raise InputError(
            _("{path} could not be decoded as audio or video (corrupt or unsupported file: {value}). Check that "
              "the file plays in a media player.").format(
                path=path, value=getattr(exc, 'strerror', None) or exc)
        ) from exc
    except (OSError, ValueError, IndexError) as exc:
        # PyAV raises IndexError when a container has no audio stream (e.g. a silent video).
        raise InputError(_("{path} has no readable audio stream ({exc}).").format(path=path, exc=exc)) from exc


@contextmanager
def _open_audio(path: Path, sampling_rate: int) -> Iterator[tuple[Iterator[np.ndarray], float | None]]:
    """The container's first audio stream as resampled mono int16 frames, and its length if known."""
    import av

    resampler = av.audio.resampler.AudioResampler(format="s16", layout="mono", rate=sampling_rate)
    with av.open(str(path), mode="r", metadata_errors="ignore") as container:
        stream = container.streams.audio[0]  # IndexError: no audio stream

        def frames() -> Iterator[np.ndarray]:
            decoded = container.decode(stream)
            while True:
                try:
                    frame = next(decoded)
                except StopIteration:
                    break
                except av.error.InvalidDataError:
                    continue  # one damaged frame: skip it, as faster-whisper does
                for out in resampler.resample(frame):
                    yield out.to_ndarray().reshape(-1)
            for out in resampler.resample(None):  # flush
                yield out.to_ndarray().reshape(-1)

        yield frames(), _stream_seconds(container, stream)


def _stream_seconds(container, stream) -> float | None:
    import av

    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / av.time_base
    return None


def _decode(path: Path, sampling_rate: int, initial_seconds: float | None = None) -> np.ndarray:
    """PyAV decoding to mono float32, written straight into one array.

    faster-whisper's ``decode_audio`` keeps the whole recording as int16 bytes and
    then makes two float32 copies (1.1 GB at its peak for 2 hours). Here the
    result array is sized from the container's duration (grown if that was
    short) and filled frame by frame, so the peak is the float32 result itself.
    """
    with _open_audio(path, sampling_rate) as (frames, seconds):
        estimate = initial_seconds if initial_seconds is not None else seconds or 600.0
        audio = np.empty(int(estimate * sampling_rate) + sampling_rate, dtype=np.float32)
        filled = 0
        for frame in frames:
            if filled + frame.size > audio.size:
                audio.resize(max(filled + frame.size, int(audio.size * 1.5)), refcheck=False)
            audio[filled : filled + frame.size] = frame
            filled += frame.size
    audio.resize(filled, refcheck=False)
    audio *= 1.0 / 32768.0
    return audio


def container_duration(path: str | Path) -> float | None:
    """Length in seconds as the container states it; None when it does not say."""
    import av

    path = Path(path)
    check_audio_file(path)
    try:
        with _open_audio(path, SAMPLE_RATE) as (_stream, seconds):
            return seconds
    except (av.error.FFmpegError, IndexError):
        return None  # load_audio gives the precise message


def audio_duration(path: str | Path) -> float:
    """Length in seconds, from the container when it knows, else by decoding."""
    seconds = container_duration(path)
    return seconds if seconds is not None else load_audio(path).size / SAMPLE_RATE
