"""`referat transcribe` end to end, its bad inputs, and that it stays offline."""

import json
import shutil
import socket
import subprocess

import numpy as np
import pytest
from click.testing import CliRunner

from referat.cli import main


def run(*args):
    return CliRunner().invoke(main, ["transcribe", *map(str, args)])


def files_in(folder):
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# --- fails before the model is loaded: fast ---------------------------------------


def test_missing_file(tmp_path):
    result = run(tmp_path / "nope.wav", "--output-dir", tmp_path / "out")
    assert result.exit_code != 0
    assert "no such file" in result.output
    assert files_in(tmp_path / "out") == []


def test_directory(tmp_path):
    (tmp_path / "folder").mkdir()
    result = run(tmp_path / "folder")
    assert result.exit_code != 0 and "is a folder" in result.output


@pytest.mark.parametrize("name,content,message", [
    ("notes.wav", "Referat af mødet\n".encode() * 50, "text file"),
    ("zero.wav", b"", "empty"),
    ("random.m4a", bytes(range(256)) * 40, "could not be decoded"),
])
def test_bad_files(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    result = run(path)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    assert files_in(tmp_path) == [name]  # no partial outputs


def test_truncated_wav(tmp_path, nst_dir):
    data = (nst_dir / "u0042010.wav").read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(data[: len(data) // 3])
    result = run(cut)
    assert result.exit_code != 0 and "truncated" in result.output
    assert files_in(tmp_path) == ["cut.wav"]


def test_unwritable_output_folder(tmp_path, nst_dir):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")  # we run as root: a folder under a file is unwritable for anyone
    result = run(nst_dir / "u0042010.wav", "--output-dir", blocker / "out")
    assert result.exit_code != 0 and "Cannot create folder" in result.output


def test_existing_output_not_overwritten(tmp_path, nst_dir):
    (tmp_path / "u0042010.txt").write_text("mine")
    result = run(nst_dir / "u0042010.wav", "--output-dir", tmp_path)
    assert result.exit_code != 0 and "--overwrite" in result.output
    assert files_in(tmp_path) == ["u0042010.txt"]
    assert (tmp_path / "u0042010.txt").read_text() == "mine"


def test_two_inputs_with_the_same_output_name(tmp_path, nst_dir):
    import shutil as sh

    sh.copy(nst_dir / "u0042010.wav", tmp_path / "møde.wav")
    sh.copy(nst_dir / "u0042010.wav", tmp_path / "møde.flac")  # same stem: outputs would collide
    result = run(tmp_path / "møde.wav", tmp_path / "møde.flac")
    assert result.exit_code != 0 and "would both be written" in result.output
    assert files_in(tmp_path) == ["møde.flac", "møde.wav"]


def test_unknown_format(tmp_path, nst_dir):
    result = run(nst_dir / "u0042010.wav", "--format", "docx", "--output-dir", tmp_path)
    assert result.exit_code != 0 and "Unknown format" in result.output


# --- with the model -------------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch):
    """Record and refuse every attempt to open a network connection."""
    attempts = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append((name, args))
            raise OSError(f"network blocked in test: {name}")
        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


@pytest.mark.slow
def test_transcribe_danish_all_formats_offline(tmp_path, nst_dir, embedded_model, no_network, monkeypatch):
    # Even a configured hub endpoint must not be contacted.
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    result = run(nst_dir / "u0042010.wav", "--output-dir", tmp_path / "out", "--vocabulary", "tegning, skolen")
    assert result.exit_code == 0, result.output
    assert no_network == []
    # Beside the record: the voices the diarizer heard, to find the speakers again later.
    assert files_in(tmp_path / "out") == [f"u0042010.{ext}" for ext in ("json", "srt", "txt", "voices.npz", "vtt")]
    data = json.loads((tmp_path / "out" / "u0042010.json").read_text())
    assert data["info"]["language"] == "da" and data["info"]["model"] == "embedded"
    assert data["segments"] and data["segments"][0]["words"]
    assert "tegning" in (tmp_path / "out" / "u0042010.txt").read_text().lower()
    assert (tmp_path / "out" / "u0042010.vtt").read_text().startswith("WEBVTT")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("sox") is None, reason="sox not installed")
def test_rates_channels_and_danish_file_names(tmp_path, english_speech, embedded_model):
    narrow = tmp_path / "telefon 8k stereo.wav"
    wide = tmp_path / "Møde i Ærø Å 48k.flac"
    subprocess.run(["sox", english_speech, "-r", "8000", "-c", "2", narrow], check=True)
    subprocess.run(["sox", english_speech, "-r", "48000", wide], check=True)
    result = run(narrow, wide, "--language", "en", "--format", "txt")
    assert result.exit_code == 0, result.output
    for path in (narrow, wide):
        text = path.with_suffix(".txt").read_text().lower()
        assert "budget" in text and "library" in text, text


def test_too_short_audio_fails_before_loading_the_model(tmp_path, monkeypatch):
    import soundfile

    from referat import pipeline

    monkeypatch.setattr(pipeline, "make_transcriber", None)  # would raise if reached
    (tmp_path / "in").mkdir()
    short = tmp_path / "in" / "kort.wav"
    soundfile.write(short, np.zeros(3200, dtype=np.float32), 16000)
    result = run(short)
    assert result.exit_code != 0 and "only 0.20 s long" in result.output
    assert files_in(tmp_path / "in") == ["kort.wav"]


@pytest.mark.slow
def test_silence_writes_empty_transcript_with_warning(tmp_path, embedded_model):
    import soundfile

    folder = tmp_path / "in"
    folder.mkdir()
    silence = folder / "stille.wav"
    soundfile.write(silence, np.zeros(60 * 16000, dtype=np.float32), 16000)
    result = run(silence, "--format", "txt,json")
    assert result.exit_code == 0, result.output
    assert result.output.count("No speech was found") == 1
    assert (folder / "stille.txt").read_text() == ""
    assert json.loads((folder / "stille.json").read_text())["segments"] == []
    assert files_in(folder) == ["stille.json", "stille.txt", "stille.wav"]


def test_vocabulary_from_words_or_file(tmp_path):
    from referat.commands.options import read_vocabulary
    from referat.errors import InputError

    assert read_vocabulary("Hørsholm, Teknik/Miljø ,lokalplan 142") == ("Hørsholm", "Teknik/Miljø", "lokalplan 142")
    path = tmp_path / "ord.txt"
    path.write_text("# navne\nHenrik Harder\nRungsted Havn, Kokkedal\n", encoding="utf-8")
    assert read_vocabulary(str(path)) == ("Henrik Harder", "Rungsted Havn", "Kokkedal")
    with pytest.raises(InputError, match="does not exist"):
        read_vocabulary(str(tmp_path / "missing.txt"))
