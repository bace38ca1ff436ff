import shutil
import subprocess

import numpy as np
import pytest

from referat.audio.blocks import quietest, split_blocks, stream_blocks

SR = 16000


def test_short_audio_is_one_block():
    audio = np.ones(SR * 60, dtype=np.float32)
    assert split_blocks(audio, SR, block_seconds=50) == [(0, audio.size)]


def test_blocks_cover_everything_in_order_and_cut_in_silences():
    rng = np.random.default_rng(0)
    audio = rng.normal(0, 0.3, SR * 100).astype(np.float32)
    silences = [(19.0, 19.6), (41.0, 41.8), (58.5, 59.2), (81.0, 81.6)]
    for start, end in silences:
        audio[int(start * SR):int(end * SR)] = 0.0
    blocks = split_blocks(audio, SR, block_seconds=20, search_seconds=3)
    assert blocks[0][0] == 0 and blocks[-1][1] == audio.size
    assert all(a[1] == b[0] for a, b in zip(blocks, blocks[1:]))
    cuts = [end / SR for _, end in blocks[:-1]]
    assert len(cuts) == 4
    for cut, (start, end) in zip(cuts, silences):
        assert start <= cut <= end, (cut, start, end)
    last = (blocks[-1][1] - blocks[-1][0]) / SR
    assert 10 <= last <= 30


@pytest.mark.parametrize("piece_seconds", [0.7, 5.0, 30.0, 200.0])
def test_streamed_blocks_are_cut_where_the_whole_recording_is(piece_seconds):
    rng = np.random.default_rng(1)
    audio = (rng.normal(0, 0.3, SR * 130) * np.repeat(rng.uniform(0, 1, 1300), SR // 10)).astype(np.float32)
    step = int(piece_seconds * SR)
    pieces = (audio[i:i + step].copy() for i in range(0, audio.size, step))
    streamed = list(stream_blocks(pieces, SR, block_seconds=20, search_seconds=3))
    whole = split_blocks(audio, SR, block_seconds=20, search_seconds=3)
    assert len(whole) >= 5
    assert [(offset, offset + block.size) for offset, block in streamed] == whole
    for offset, block in streamed:
        assert np.array_equal(block, audio[offset:offset + block.size])


def test_one_piece_is_cut_into_views_without_copies():
    audio = np.random.default_rng(2).normal(0, 0.1, SR * 100).astype(np.float32)
    blocks = list(stream_blocks([audio], SR, block_seconds=20))
    assert len(blocks) == 5 and all(np.shares_memory(block, audio) for _, block in blocks)
    assert list(stream_blocks([], SR)) == []


def test_quietest_finds_the_pause():
    audio = np.full(SR * 4, 0.5, dtype=np.float32)
    audio[int(2.5 * SR):int(3.1 * SR)] = 0.0
    assert 2.5 * SR <= quietest(audio, SR) <= 3.1 * SR


@pytest.mark.slow
def test_long_audio_is_transcribed_block_by_block_in_recording_time(tmp_path, monkeypatch):
    if shutil.which("espeak-ng") is None or shutil.which("sox") is None:
        pytest.skip("espeak-ng and sox are needed to make test audio")
    from referat.audio import blocks as audio_blocks
    from referat.asr import AsrOptions, Transcriber
    from referat.audio.decode import load_audio

    sentences = ["The committee approved the budget for the new school.",
                 "The harbour plan was postponed until September.",
                 "Thank you all, the meeting is closed now."]
    parts = []
    for i, text in enumerate(sentences * 2):
        wav = tmp_path / f"s{i}.wav"
        subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(wav), text], check=True)
        parts.append(str(wav))
    whole = tmp_path / "whole.wav"
    subprocess.run(["sox", *parts, "-r", "16000", "-c", "1", str(whole), "pad", "0", "1"], check=True)
    audio = load_audio(whole)
    duration = audio.size / SR
    monkeypatch.setattr(audio_blocks, "BLOCK_SECONDS", duration / 3)
    assert len(audio_blocks.split_blocks(audio, SR)) == 3

    transcript = Transcriber(AsrOptions(language="en")).transcribe(audio, source="blocks")
    words = transcript.words
    text = transcript.text.lower()
    assert text.count("committee") == 2 and text.count("september") == 2
    starts = [w.start for w in words]
    assert starts == sorted(starts)
    assert words[-1].end > duration * 0.8  # the last block's words are placed at the end, not at 0

    # Decoded from the file as it goes: the same blocks, so the same transcript.
    streamed = Transcriber(AsrOptions(language="en")).transcribe_file(whole)
    assert streamed.text == transcript.text
    assert streamed.info.duration == pytest.approx(duration)


def test_decoding_into_one_array_matches_faster_whisper_also_when_it_must_grow(tmp_path):
    from faster_whisper.audio import decode_audio

    from referat.audio.decode import _decode

    if shutil.which("sox") is None:
        pytest.skip("sox is needed to make test audio")
    wav = tmp_path / "tone.wav"
    subprocess.run(["sox", "-n", "-r", "44100", "-c", "2", str(wav), "synth", "3.3", "sine", "440", "sine", "660"], check=True)
    expected = decode_audio(str(wav))
    for initial in (None, 0.2, 0.0):  # from the header, and far too small at first
        got = _decode(wav, 16000, initial_seconds=initial)
        assert got.dtype == np.float32 and got.shape == expected.shape
        assert np.array_equal(got, expected)
