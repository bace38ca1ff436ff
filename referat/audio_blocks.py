"""Cut a long recording into blocks at its quietest moments.

Recognition works block by block so that its working memory (speech chunks,
log-mel features) stays the same for a 3-hour meeting as for a 15-minute one.
Cuts fall in the quietest half second near each block boundary, so no word is
split; everything else is left to the voice activity detector inside a block.
"""

from __future__ import annotations

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
    n = int(audio.size)
    block = int((block_seconds or BLOCK_SECONDS) * sampling_rate)
    search = min(int(search_seconds * sampling_rate), block // 4)
    bounds: list[tuple[int, int]] = []
    start = 0
    while n - start > 1.5 * block:
        target = start + block
        lo, hi = max(start + 1, target - search), min(n - 1, target + search)
        cut = lo + quietest(audio[lo:hi], sampling_rate)
        bounds.append((start, cut))
        start = cut
    bounds.append((start, n))
    return bounds


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
