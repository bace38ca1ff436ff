"""Diarization: options, the pure smoothing step, and the embedded backend on real speech."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from referat.speakers.diarize import DiarizationOptions, SpeakerCountError, diarize
from referat.speakers.clustering import merge_close, smooth
from referat.speakers.embedded import EmbeddedDiarizer
from referat.errors import ReferatError

SR = 16000
NST_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "nst-da"


# --- options ------------------------------------------------------------------


@pytest.mark.parametrize("field", ["speakers", "min_speakers", "max_speakers"])
def test_zero_speakers_is_a_clear_error(field):
    with pytest.raises(SpeakerCountError, match="at least 1"):
        DiarizationOptions(**{field: 0})


def test_min_above_max_and_unknown_backend_are_errors():
    with pytest.raises(SpeakerCountError, match="larger than"):
        DiarizationOptions(min_speakers=4, max_speakers=2)
    with pytest.raises(ReferatError, match="Unknown diarizer"):
        DiarizationOptions(backend="magic")


def test_bounds():
    assert DiarizationOptions(speakers=3).bounds() == (3, 3)
    assert DiarizationOptions(min_speakers=2, max_speakers=4).bounds() == (2, 4)
    # The agenda's participants: two voices at least, and room for officials presenting items.
    assert DiarizationOptions(participants=5).bounds() == (2, 7)
    assert DiarizationOptions(participants=5, max_speakers=7).bounds() == (2, 7)
    assert DiarizationOptions(participants=5, max_speakers=1).bounds() == (1, 1)
    assert DiarizationOptions(participants=1).bounds() == (1, 3)
    assert DiarizationOptions(min_speakers=3, participants=2).bounds() == (3, 4)
    assert DiarizationOptions().bounds()[0] == 1


def test_none_backend_gives_no_turns():
    assert diarize(np.ones(SR, dtype=np.float32), DiarizationOptions(backend="none")) == ()


# --- pure helpers ------------------------------------------------------------------


def test_smooth_folds_short_flickers_into_the_longer_neighbour():
    labels = np.array([0] * 10 + [1] * 2 + [0] * 8 + [1] * 12 + [2] + [1] * 3)
    out = smooth(labels, 5)
    assert list(out) == [0] * 20 + [1] * 16
    assert list(smooth(np.array([1, 1]), 5)) == [1, 1]  # one run: nothing to fold


def test_merge_close_joins_near_identical_centroids_only():
    a = np.array([1.0, 0.0, 0.0])
    b = np.array([0.99, 0.14, 0.0])
    b /= np.linalg.norm(b)
    c = np.array([0.0, 0.0, 1.0])
    mapping = merge_close(np.stack([a, b, c]), np.array([10, 10, 10]), 1, 0.86)
    assert mapping[0] == mapping[1] != mapping[2]
    # min_k keeps the count from dropping below the lower bound
    assert len(set(merge_close(np.stack([a, b, c]), np.array([5, 5, 5]), 3, 0.86))) == 3


# --- embedded backend on real speech ---------------------------------------------------


def _load(path):
    y, sr = sf.read(path, dtype="float32", always_2d=True)
    assert sr == SR
    return y.mean(axis=1)


@pytest.fixture(scope="module")
def embedded():
    return EmbeddedDiarizer()


@pytest.fixture(scope="module")
def aba(nst_dir_module):
    """NST speaker A, then B, then A, with 0.3 s pauses; returns audio and true change times."""
    a1 = _load(nst_dir_module / "u0042010.wav")
    b = _load(nst_dir_module / "u0013002.wav")
    a2 = _load(nst_dir_module / "u0042012.wav")
    pause = np.zeros(int(0.3 * SR), dtype=np.float32)
    pieces = [a1, pause, b, pause, a2]
    audio = np.concatenate(pieces)
    edges = np.cumsum([len(p) for p in pieces]) / SR
    # A change lies somewhere in the pause plus the files' own leading/trailing silence;
    # take the true change as the midpoint between the speech of both sides.
    changes = [_midpoint(a1, b, edges[0]), _midpoint(b, a2, edges[2])]
    return audio, changes


def _midpoint(before, after, start_of_pause):
    def speech_span(y):
        loud = np.flatnonzero(np.abs(y) > 0.05 * np.abs(y).max())
        return loud[0] / SR, loud[-1] / SR

    end_before = start_of_pause - len(before) / SR + speech_span(before)[1]
    start_after = start_of_pause + 0.3 + speech_span(after)[0]
    return (end_before + start_after) / 2, end_before, start_after


@pytest.fixture(scope="module")
def nst_dir_module():
    if not NST_DIR.is_dir():
        pytest.skip(f"real Danish speech not found at {NST_DIR}")
    return NST_DIR


@pytest.mark.slow
def test_real_two_speakers_a_b_a(aba, embedded):
    audio, changes = aba
    turns = diarize(audio, DiarizationOptions(backend="embedded"), diarizer=embedded)
    assert {t.speaker for t in turns} == {"Taler 1", "Taler 2"}
    order = [t.speaker for t in turns]
    collapsed = [s for i, s in enumerate(order) if i == 0 or s != order[i - 1]]
    assert collapsed == ["Taler 1", "Taler 2", "Taler 1"]
    found = [t.start for i, t in enumerate(turns) if i and t.speaker != turns[i - 1].speaker]
    for got, (mid, end_before, start_after) in zip(found, changes):
        # within 0.5 s of the true change (anywhere in the silent gap counts as exact)
        assert end_before - 0.5 <= got <= start_after + 0.5, (got, end_before, start_after)
    starts = [t.start for t in turns]
    assert starts == sorted(starts) and all(t.end > t.start for t in turns)


@pytest.mark.slow
def test_one_speaker_only(nst_dir_module, embedded):
    audio = np.concatenate([_load(nst_dir_module / f"u00420{n}.wav") for n in ("08", "09")])
    turns = diarize(audio, DiarizationOptions(backend="embedded"), diarizer=embedded)
    assert turns and {t.speaker for t in turns} == {"Taler 1"}


@pytest.mark.slow
def test_more_speakers_requested_than_present_does_not_crash(aba, embedded):
    audio, _ = aba
    turns = diarize(audio, DiarizationOptions(backend="embedded", speakers=6), diarizer=embedded)
    labels = {t.speaker for t in turns}
    assert 2 <= len(labels) <= 6
    assert all(label.startswith("Taler ") for label in labels)


@pytest.mark.slow
def test_very_short_speech_and_long_silence(nst_dir_module, embedded):
    clip = _load(nst_dir_module / "u0013002.wav")
    loud = np.flatnonzero(np.abs(clip) > 0.05 * np.abs(clip).max())
    short = clip[loud[0] : loud[0] + int(1.5 * SR)]  # 1.5 s of speech
    silence = np.zeros(20 * SR, dtype=np.float32)
    turns = diarize(np.concatenate([silence, short, silence]), DiarizationOptions(backend="embedded"), diarizer=embedded)
    assert len({t.speaker for t in turns}) == 1
    assert all(19 <= t.start and t.end <= 22 for t in turns)


def test_silence_and_empty_audio_give_no_turns(embedded):
    assert diarize(np.zeros(3 * SR, dtype=np.float32), DiarizationOptions(backend="embedded"), diarizer=embedded) == ()
    assert diarize(np.zeros(0, dtype=np.float32), DiarizationOptions(backend="embedded"), diarizer=embedded) == ()


def test_speech_is_found_block_by_block_as_in_the_whole_recording(nst_dir_module, monkeypatch):
    from referat.audio import blocks as audio_blocks
    from referat.speakers.clustering import EmbeddedParams
    from referat.speakers.embedded import speech_regions

    clips = [_load(path) for path in sorted(nst_dir_module.glob("*.wav"))]
    pause = np.zeros(int(1.5 * SR), dtype=np.float32)
    audio = np.concatenate([part for clip in clips * 3 for part in (clip, pause)])
    params = EmbeddedParams()
    whole = speech_regions(audio, params)
    monkeypatch.setattr(audio_blocks, "BLOCK_SECONDS", audio.size / SR / 4)
    assert len(audio_blocks.split_blocks(audio, SR)) == 4
    blocked = speech_regions(audio, params)
    assert len(whole) >= len(clips) * 3

    def mask(regions):
        covered = np.zeros(int(audio.size / SR * 100) + 1, dtype=bool)  # 10 ms steps
        for start, end in regions:
            covered[int(start * 100):int(end * 100)] = True
        return covered

    # Silero starts each block without context, so a region may end up split or
    # joined differently; the speech found differs in under 1 % of the recording (0.6 s here).
    assert np.sum(mask(whole) != mask(blocked)) / 100 < 0.01 * audio.size / SR
    assert all(any(s2 < e1 and s1 < e2 for s2, e2 in blocked) for s1, e1 in whole)
