"""The embedded model on real Danish speech and on English espeak-ng speech."""

import re

import numpy as np
import pytest

from referat.audio.decode import load_audio
from referat.errors import InputError

pytestmark = pytest.mark.slow


def normalise(text):
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def test_danish_word_error_rate(transcriber, nst_dir):
    jiwer = pytest.importorskip("jiwer")
    refs = dict(line.split("\t", 1) for line in (nst_dir / "refs.tsv").read_text().splitlines() if line)
    hyps, truths = [], []
    for key, ref in sorted(refs.items()):
        transcript = transcriber.transcribe(load_audio(nst_dir / f"{key}.wav"), source=key)
        assert transcript.info.language == "da"
        hyps.append(normalise(transcript.text))
        truths.append(normalise(ref))
        # Invariants: times never decrease, words lie inside the audio.
        starts = [w.start for w in transcript.words]
        assert starts == sorted(starts)
        assert all(0 <= w.start <= w.end <= transcript.info.duration + 0.05 for w in transcript.words)
    error = jiwer.wer(truths, hyps)
    assert error <= 0.45, f"WER {error:.3f}: {hyps}"


def test_english_espeak_words_and_progress(transcriber, english_speech):
    english = transcriber.derive(language="en")
    assert english.model is transcriber.model  # no second model load
    audio = load_audio(english_speech)
    calls = []
    transcript = english.transcribe(audio, source="english.wav", progress=lambda d, t: calls.append((d, t)))
    words = set(normalise(transcript.text).split())
    assert {"council", "approved", "budget", "library", "school"} <= words, transcript.text
    assert transcript.segments and transcript.words
    assert transcript.words[0].start < 1.0
    total = audio.size / 16000
    assert calls[0] == (0.0, total) and calls[-1] == (total, total)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_auto_language_detects_danish(transcriber, nst_dir):
    auto = transcriber.derive(language="auto")
    transcript = auto.transcribe(load_audio(nst_dir / "u0042010.wav"))
    assert transcript.info.language in ("da", "no", "sv")  # base confuses Nordic languages at times
    assert "tegning" in normalise(transcript.text)


def test_silence_gives_empty_transcript(transcriber):
    silence = np.zeros(60 * 16000, dtype=np.float32)
    transcript = transcriber.transcribe(silence, source="stille.wav")
    assert transcript.segments == ()
    assert transcript.info.duration == 60.0


def test_unknown_language_is_refused(transcriber):
    with pytest.raises(InputError, match="Unknown language 'dk'.*da"):
        transcriber.derive(language="dk")


def test_too_short_audio_is_refused(transcriber):
    with pytest.raises(InputError, match="only 0.20 s long"):
        transcriber.transcribe(np.zeros(3200, dtype=np.float32), source="kort.wav")
