"""Decode any audio or video file to 16 kHz mono float32 samples.

Decoding goes through faster-whisper's PyAV wrapper, which bundles FFmpeg, so
wav, flac, mp3, m4a, ogg and video files work without system codecs. Every
way a file can be unusable becomes an ``InputError`` that says what to do.
"""

from __future__ import annotations

import logging
import struct
from pathlib import Path

import numpy as np

from referat.errors import InputError

log = logging.getLogger(__name__)

SAMPLING_RATE = 16000


def check_audio_file(path: Path) -> None:
    if not path.exists():
        raise InputError(f"{path}: no such file. Check the path and the file name.")
    if path.is_dir():
        raise InputError(f"{path} is a folder, not an audio file. Give the recording files themselves.")
    if not path.is_file():
        raise InputError(f"{path} is not a regular file.")
    try:
        size = path.stat().st_size
        with open(path, "rb"):
            pass
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror}.") from exc
    if size == 0:
        raise InputError(f"{path} is empty (0 bytes); the recording holds no audio.")
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
                    f"{path} is truncated: its header promises {chunk_size} bytes of audio but only "
                    f"{max(have, 0)} are there. If it is a recording that was cut short, repair it with "
                    f"`sox --ignore-length '{path}' fixed.wav` and transcribe fixed.wav."
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


def load_audio(path: str | Path, sampling_rate: int = SAMPLING_RATE) -> np.ndarray:
    """Decode ``path`` to mono float32 at ``sampling_rate``; raise InputError if unusable."""
    import av  # PyAV, installed with faster-whisper; imported late to keep the CLI start fast

    path = Path(path)
    check_audio_file(path)
    try:
        audio = _decode(path, sampling_rate)
    except av.error.FFmpegError as exc:
        if _looks_like_text(path):
            raise InputError(
                f"{path} is a text file, not audio (despite its name). Give the recording itself."
            ) from exc
        raise InputError(
            f"{path} could not be decoded as audio or video (corrupt or unsupported file: "
            f"{getattr(exc, 'strerror', None) or exc}). Check that the file plays in a media player."
        ) from exc
    except (OSError, ValueError, IndexError) as exc:
        # PyAV raises IndexError when a container has no audio stream (e.g. a silent video).
        raise InputError(f"{path} has no readable audio stream ({exc}).") from exc
    audio = np.ascontiguousarray(audio, dtype=np.float32)
    if audio.size == 0:
        raise InputError(f"{path} contains no audio samples; the recording is empty.")
    log.debug("decoded %s: %.2f s", path, audio.size / sampling_rate)
    return audio


def _decode(path: Path, sampling_rate: int, initial_seconds: float | None = None) -> np.ndarray:
    """PyAV decoding to mono float32, written straight into one array.

    faster-whisper's ``decode_audio`` keeps the whole recording as int16 bytes and
    then makes two float32 copies (1.1 GB at its peak for 2 hours). Here the
    result array is sized from the container's duration (grown if that was
    short) and filled frame by frame, so the peak is the float32 result itself.
    """
    import av

    resampler = av.audio.resampler.AudioResampler(format="s16", layout="mono", rate=sampling_rate)
    with av.open(str(path), mode="r", metadata_errors="ignore") as container:
        stream = container.streams.audio[0]  # IndexError: no audio stream
        if initial_seconds is not None:
            estimate = initial_seconds
        elif stream.duration is not None and stream.time_base is not None:
            estimate = float(stream.duration * stream.time_base)
        elif container.duration is not None:
            estimate = container.duration / av.time_base
        else:
            estimate = 600.0
        audio = np.empty(int(estimate * sampling_rate) + sampling_rate, dtype=np.float32)
        filled = 0

        def put(outs) -> None:
            nonlocal filled
            for out in outs:
                block = out.to_ndarray().reshape(-1)
                if filled + block.size > audio.size:
                    audio.resize(max(filled + block.size, int(audio.size * 1.5)), refcheck=False)
                audio[filled : filled + block.size] = block
                filled += block.size

        frames = container.decode(stream)
        while True:
            try:
                frame = next(frames)
            except StopIteration:
                break
            except av.error.InvalidDataError:
                continue  # one damaged frame: skip it, as faster-whisper does
            put(resampler.resample(frame))
        put(resampler.resample(None))  # flush
    audio.resize(filled, refcheck=False)
    audio *= 1.0 / 32768.0
    return audio


def audio_duration(path: str | Path) -> float:
    """Length in seconds, from the container when it knows, else by decoding."""
    import av

    path = Path(path)
    check_audio_file(path)
    try:
        with av.open(str(path), mode="r", metadata_errors="ignore") as container:
            streams = container.streams.audio
            if not streams:
                raise InputError(f"{path} has no audio stream.")
            stream = streams[0]
            if stream.duration is not None and stream.time_base is not None:
                return float(stream.duration * stream.time_base)
            if container.duration is not None:
                return container.duration / av.time_base
    except av.error.FFmpegError:
        pass  # load_audio gives the precise message
    return load_audio(path).size / SAMPLING_RATE
