"""Silero runs once per stretch of audio while its answers are shared (referat/audio/vad.py)."""

from __future__ import annotations

import numpy as np
from faster_whisper import vad

from referat.audio.vad import shared_speech_probabilities


def test_the_network_runs_once_for_the_same_audio_whatever_the_thresholds(monkeypatch):
    real = vad.get_vad_model()
    calls = []

    def counting(audio, *args):
        calls.append(audio.size)
        return real(audio, *args)

    monkeypatch.setattr(vad, "get_vad_model", lambda: counting)
    rng = np.random.default_rng(3)
    audio = (0.1 * rng.standard_normal(16000 * 20)).astype(np.float32)
    other = audio[: 16000 * 10].copy()
    with shared_speech_probabilities():
        first = vad.get_speech_timestamps(audio, vad.VadOptions(threshold=0.5))
        again = vad.get_speech_timestamps(audio.copy(), vad.VadOptions(threshold=0.5))  # equal bytes, other array
        vad.get_speech_timestamps(audio, vad.VadOptions(threshold=0.3, min_silence_duration_ms=160))
        vad.get_speech_timestamps(other, vad.VadOptions())
    assert len(calls) == 2  # the 20 s once, the other 10 s once
    assert first == again
    assert vad.get_vad_model() is counting  # put back as it was
    vad.get_speech_timestamps(audio, vad.VadOptions())
    assert len(calls) == 3  # outside, nothing is remembered
