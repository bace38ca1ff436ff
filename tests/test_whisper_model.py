"""The memory-bounded encoder and aligner give the numbers faster-whisper's own do."""

import numpy as np
import pytest

pytestmark = pytest.mark.slow


def test_sub_batched_encoder_and_aligner_match_the_whole_batch(embedded_model_cache, nst_dir):
    from faster_whisper import WhisperModel
    from faster_whisper.audio import pad_or_trim
    from faster_whisper.tokenizer import Tokenizer

    from referat.audio.decode import load_audio
    from referat.asr.lean_model import LeanWhisperModel

    kwargs = dict(device="cpu", compute_type="int8", cpu_threads=2, local_files_only=True)
    plain = WhisperModel(str(embedded_model_cache), **kwargs)
    lean = LeanWhisperModel(str(embedded_model_cache), **kwargs)
    assert lean.sub_batch < 5  # so a batch of 5 is really split
    clips = [load_audio(path)[:16000 * 10] for path in sorted(nst_dir.glob("*.wav"))[:4]]
    clips.append(clips[0][::-1].copy())
    features = np.stack([pad_or_trim(plain.feature_extractor(clip)[..., :-1]) for clip in clips])

    expected, got = np.asarray(plain.encode(features)), np.asarray(lean.encode(features))
    assert got.shape == expected.shape == (5, 1500, 512)
    assert np.allclose(got, expected, atol=1e-4)

    tokenizer = Tokenizer(plain.hf_tokenizer, True, task="transcribe", language="da")
    tokens = [tokenizer.encode(" Det er en prøve nummer %d af tegningen." % i) for i in range(5)]
    frames = [1000] * 5
    expected = plain.find_alignment(tokenizer, tokens, plain.encode(features), frames)
    got = lean.find_alignment(tokenizer, tokens, lean.encode(features), frames)
    assert len(got) == 5 and [len(words) for words in got] == [len(words) for words in expected]
    for mine, theirs in zip(got, expected):
        assert [w["word"] for w in mine] == [w["word"] for w in theirs]
        assert np.allclose([w["start"] for w in mine], [w["start"] for w in theirs], atol=0.021)
        assert np.allclose([w["probability"] for w in mine], [w["probability"] for w in theirs], atol=1e-3)
