"""Decoding and the bad inputs it must refuse clearly (no model needed)."""

import shutil
import subprocess

import numpy as np
import pytest

from referat.audio.decode import audio_duration, iter_audio, load_audio
from referat.errors import InputError

needs_sox = pytest.mark.skipif(shutil.which("sox") is None, reason="sox not installed")


def sox(*args):
    subprocess.run(["sox", *map(str, args)], check=True, capture_output=True)


@pytest.fixture
def tone(tmp_path):
    path = tmp_path / "tone.wav"
    sox("-n", "-r", 16000, "-c", 1, "-b", 16, path, "synth", 2.0, "sine", 440)
    return path


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_audio(tmp_path / "nope.wav")


def test_directory(tmp_path):
    with pytest.raises(InputError, match="is a folder"):
        load_audio(tmp_path)


def test_zero_length(tmp_path):
    path = tmp_path / "empty.wav"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        load_audio(path)


def test_text_renamed_wav(tmp_path):
    path = tmp_path / "notes.wav"
    path.write_text("Dagsorden for mødet: punkt 1, punkt 2 – æøå\n" * 20, encoding="utf-8")
    with pytest.raises(InputError, match="text file"):
        load_audio(path)


def test_random_bytes(tmp_path):
    path = tmp_path / "broken.mp3"
    path.write_bytes(np.random.default_rng(1).integers(0, 256, 8000, dtype=np.uint8).tobytes())
    with pytest.raises(InputError, match="could not be decoded"):
        load_audio(path)


@needs_sox
def test_truncated_wav_is_refused_with_a_repair_hint(tone, tmp_path):
    data = tone.read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="truncated.*sox --ignore-length"):
        load_audio(cut)
    header_only = tmp_path / "header.wav"
    header_only.write_bytes(data[:30])
    with pytest.raises(InputError):
        load_audio(header_only)


@needs_sox
def test_decodes_to_16k_mono_float32(tone):
    audio = load_audio(tone)
    assert audio.dtype == np.float32 and audio.ndim == 1
    assert abs(audio.size - 32000) <= 160
    assert 0.3 < float(np.abs(audio).max()) <= 1.0
    assert audio_duration(tone) == pytest.approx(2.0, abs=0.01)


@needs_sox
@pytest.mark.parametrize("rate,channels", [(8000, 2), (48000, 1), (44100, 2)])
def test_other_rates_and_channels_are_resampled(tmp_path, rate, channels):
    path = tmp_path / f"tone-{rate}-{channels}.flac"
    sox("-n", "-r", rate, "-c", channels, path, "synth", 1.5, "sine", 300)
    audio = load_audio(path)
    assert abs(audio.size - 24000) <= 200
    # A 300 Hz tone stays a 300 Hz tone after resampling and down-mixing.
    spectrum = np.abs(np.fft.rfft(audio))
    assert np.argmax(spectrum) * 16000 / audio.size == pytest.approx(300, abs=5)


@needs_sox
def test_name_with_spaces_and_danish_letters(tone, tmp_path):
    path = tmp_path / "Møde i Økonomiudvalget å.wav"
    shutil.copy(tone, path)
    assert load_audio(path).size == load_audio(tone).size


@needs_sox
@pytest.mark.parametrize("ext", ["mp3", "ogg", "flac"])
def test_compressed_formats(tone, tmp_path, ext):
    path = tmp_path / f"tone.{ext}"
    sox(tone, path)
    audio = load_audio(path)
    assert abs(audio.size - 32000) < 1600  # codecs pad a little
    assert audio_duration(path) == pytest.approx(2.0, abs=0.1)


def _write_m4a_with_video(path, seconds=1.0):
    """A tiny MP4 movie (AAC sound + a black picture), written with PyAV."""
    import av

    with av.open(str(path), "w") as container:
        audio_stream = container.add_stream("aac", rate=44100)
        video_stream = container.add_stream("mpeg4", rate=10)
        video_stream.width, video_stream.height, video_stream.pix_fmt = 64, 48, "yuv420p"
        t = np.arange(int(44100 * seconds)) / 44100
        samples = (0.5 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
        for start in range(0, samples.size, 1024):
            frame = av.AudioFrame.from_ndarray(samples[None, start : start + 1024], format="fltp", layout="mono")
            frame.sample_rate = 44100
            for packet in audio_stream.encode(frame):
                container.mux(packet)
        for i in range(int(10 * seconds)):
            picture = av.VideoFrame.from_ndarray(np.zeros((48, 64, 3), dtype=np.uint8), format="rgb24")
            for packet in video_stream.encode(picture):
                container.mux(packet)
        for stream in (audio_stream, video_stream):
            for packet in stream.encode(None):
                container.mux(packet)


def test_video_file(tmp_path):
    path = tmp_path / "møde video.mp4"
    _write_m4a_with_video(path)
    audio = load_audio(path)
    assert abs(audio.size - 16000) < 1600
    spectrum = np.abs(np.fft.rfft(audio))
    assert np.argmax(spectrum) * 16000 / audio.size == pytest.approx(440, abs=5)


@needs_sox
@pytest.mark.parametrize("ext", ["wav", "flac", "mp3"])
def test_decoding_piece_by_piece_gives_the_same_samples(tmp_path, ext):
    path = tmp_path / f"long.{ext}"
    sox("-n", "-r", 44100, "-c", 2, path, "synth", 7.3, "sine", 300, "sine", 500)
    pieces = list(iter_audio(path, piece_seconds=2.0))
    assert len(pieces) == 4 and all(p.dtype == np.float32 for p in pieces)
    assert np.array_equal(np.concatenate(pieces), load_audio(path))


@pytest.mark.parametrize("content, message", [
    ("Dagsorden for mødet: punkt 1, punkt 2\n" * 20, "text file"),
    (np.random.default_rng(1).integers(0, 256, 8000, dtype=np.uint8).tobytes(), "could not be decoded"),
])
def test_decoding_piece_by_piece_refuses_bad_files_alike(tmp_path, content, message):
    path = tmp_path / "bad.wav"
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    with pytest.raises(InputError, match=message):
        list(iter_audio(path))
