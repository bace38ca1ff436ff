"""Silero's speech probabilities worked out once per stretch of audio, for everyone.

Three steps ask faster-whisper's Silero VAD about the same audio: the batched
recognition pass, its recovery pass and the embedded speaker finder (each
with other thresholds, but the network's output is the same). The network is
the costly part (about 1.5 s per 10 audio minutes on two cores); the
thresholds are cheap. Inside ``shared_speech_probabilities()`` the model answers
a stretch it has seen before from memory, recognised by its bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from typing import Any

import numpy as np


class _Remembering:
    """Silero's model, answering repeated input from memory."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.seen: dict[tuple[int, bytes, int, int], np.ndarray] = {}

    def __call__(self, audio: np.ndarray, num_samples: int = 512, context_size_samples: int = 64) -> np.ndarray:
        key = (audio.size, hashlib.blake2b(np.ascontiguousarray(audio).data, digest_size=16).digest(),
               num_samples, context_size_samples)
        if key not in self.seen:
            self.seen[key] = self.model(audio, num_samples, context_size_samples)
        return self.seen[key]


@contextlib.contextmanager
def shared_speech_probabilities() -> Iterator[None]:
    """While inside, every Silero VAD call in this process shares one memory.
    The probabilities are small (one number per 32 ms): a 2-hour meeting's take
    under a megabyte."""
    from faster_whisper import vad

    original = vad.get_vad_model
    remembering = _Remembering(original())
    vad.get_vad_model = lambda: remembering  # looked up by name on every call
    try:
        yield
    finally:
        vad.get_vad_model = original
