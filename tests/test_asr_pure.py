"""Pure helpers of the ASR stage (no model)."""

import pytest

from referat.asr.options import choose_compute_type, vocabulary_prompt
from referat.asr.postprocess import missed_speech
from referat.asr.postprocess import monotonic as _monotonic
from referat.asr.postprocess import split_long as _split_long
from referat.errors import ModelError
from referat.types import Segment, Word


def test_missed_speech_finds_uncovered_stretches():
    speech = [(0.0, 10.0), (12.0, 20.0)]
    covered = [(0.5, 1.0), (1.1, 2.0), (6.0, 7.0)]
    clips = missed_speech(speech, covered, duration=25.0)
    assert clips == [pytest.approx((2.1, 5.9)), pytest.approx((7.1, 10.2)), pytest.approx((11.8, 20.2))]
    assert missed_speech([(0.0, 5.0)], [(0.0, 5.0)], 25.0) == []
    # Short gaps between words are normal speech, not a skip.
    assert missed_speech([(0.0, 5.0)], [(0.0, 2.0), (2.9, 5.0)], 25.0) == []


def test_missed_speech_clips_are_at_most_30_seconds():
    clips = missed_speech([(0.0, 70.0)], [], duration=80.0)
    assert clips == [(0.0, 30.0), (30.0, 60.0), pytest.approx((60.0, 70.2))]


def test_vocabulary_prompt_deduplicates():
    assert vocabulary_prompt(["Hørsholm", " hørsholm ", "lokalplan  142", ""]) == "Hørsholm, lokalplan 142"
    assert vocabulary_prompt([]) is None


def test_compute_type_choice_on_cpu():
    assert choose_compute_type("cpu", "auto") == "int8"
    assert choose_compute_type("cpu", "float32") == "float32"
    with pytest.raises(ModelError, match="not supported on cpu"):
        choose_compute_type("cpu", "float16")


def _words(start, texts, step=0.5):
    return tuple(Word(start + i * step, start + i * step + 0.4, t) for i, t in enumerate(texts))


def test_long_segments_split_at_sentence_ends_and_pauses():
    words = _words(0.0, ["Punkt", "et.", "Godkendt", "uden", "bemærkninger."] * 6)
    long = Segment(0.0, words[-1].end, " ".join(w.text for w in words), words)
    pieces = _split_long(long, max_seconds=12.0)
    assert len(pieces) > 1
    assert all(p.end - p.start <= 12.0 for p in pieces)
    assert tuple(w for p in pieces for w in p.words) == words  # nothing lost or reordered


def test_times_never_decrease():
    a = Segment(0.0, 5.0, "a b", (Word(0.0, 1.0, "a"), Word(4.0, 5.0, "b")))
    b = Segment(4.9, 6.0, "c", (Word(3.95, 6.0, "c"),))  # alignment overlap
    out = _monotonic([a, b])
    starts = [w.start for s in out for w in s.words]
    assert starts == sorted(starts)
    assert [s.start for s in out] == sorted(s.start for s in out)
    assert all(w.end >= w.start for s in out for w in s.words)
