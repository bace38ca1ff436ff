"""Cut a long recording into blocks at its quietest moments.

Recognition works block by block so that its working memory (speech chunks,
log-mel features) stays the same for a 3-hour meeting as for a 15-minute one.
Cuts fall in the quietest half second near each block boundary, so no word is
split; everything else is left to the voice activity detector inside a block.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np

BLOCK_SECONDS = 900.0
SEARCH_SECONDS = 30.0  # look this far either side of the nominal boundary
_FRAME_SECONDS = 0.1
_QUIET_FRAMES = 5  # the cut sits in the middle of the quietest 0.5 s


def split_blocks(audio: np.ndarray, sampling_rate: int = 16000, block_seconds: float | None = None,
                 search_seconds: float = SEARCH_SECONDS) -> list[tuple[int, int]]:
    """(start, end) sample indices covering ``audio`` exactly, in order.

    Audio up to 1.5 blocks long is one block; otherwise blocks are about
    ``block_seconds`` long and the last one is between 0.5 and 1.5 blocks.
    """
    return [(offset, offset + block.size)
            for offset, block in stream_blocks([audio], sampling_rate, block_seconds, search_seconds)]


def stream_blocks(pieces: Iterable[np.ndarray], sampling_rate: int = 16000, block_seconds: float | None = None,
                  search_seconds: float = SEARCH_SECONDS) -> Iterator[tuple[int, np.ndarray]]:
    """(first sample, samples) of each block of a recording that arrives in pieces.

    The cuts are those ``split_blocks`` makes on the whole recording, but only
    about 1.5 blocks are held at a time, so a file can be decoded as it is
    transcribed. A single piece is cut into views, never copied.
    """
    block = int((block_seconds or BLOCK_SECONDS) * sampling_rate)
    search = min(int(search_seconds * sampling_rate), block // 4)
    pending: list[np.ndarray] = []
    size = offset = 0
    for piece in pieces:
        pending.append(piece)
        size += piece.size
        while size > 1.5 * block:
            buffer = pending[0] if len(pending) == 1 else np.concatenate(pending)
            lo, hi = max(1, block - search), min(size - 1, block + search)
            cut = lo + quietest(buffer[lo:hi], sampling_rate)
            yield offset, buffer[:cut]
            pending, size, offset = [buffer[cut:]], size - cut, offset + cut
    if size:
        yield offset, pending[0] if len(pending) == 1 else np.concatenate(pending)


def quietest(audio: np.ndarray, sampling_rate: int = 16000) -> int:
    """Index of the middle of the quietest half second in ``audio``."""
    frame = max(1, int(_FRAME_SECONDS * sampling_rate))
    count = audio.size // frame
    if count < 1:
        return audio.size // 2
    energy = np.square(audio[: count * frame].reshape(count, frame), dtype=np.float64).mean(axis=1)
    width = min(_QUIET_FRAMES, count)
    smooth = np.convolve(energy, np.ones(width) / width, mode="valid")
    best = int(np.argmin(smooth))
    return best * frame + (width * frame) // 2
