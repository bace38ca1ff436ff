"""CLI mistakes in the minutes run fail at once, before any model is loaded."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from referat.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
RECORDING = str(SAMPLES / "demo-meeting.flac")
AGENDA = str(SAMPLES / "demo-agenda.toml")


@pytest.fixture(autouse=True)
def no_model(monkeypatch):
    """Any attempt to load a model fails the test: these errors must come first."""
    import referat.asr.transcriber

    def refuse(*args, **kwargs):
        raise AssertionError("a model was loaded")

    monkeypatch.setattr(referat.asr.transcriber.Transcriber, "__init__", refuse)


def invoke(*args):
    return CliRunner().invoke(main, list(args))


def test_output_without_agenda(tmp_path):
    result = invoke("transcribe", RECORDING, "-o", str(tmp_path / "r.docx"))
    assert result.exit_code != 0 and "--agenda" in result.output


def test_output_must_be_a_docx(tmp_path):
    result = invoke("transcribe", RECORDING, "--agenda", AGENDA, "-o", str(tmp_path / "r.pdf"))
    assert result.exit_code != 0 and ".docx" in result.output


def test_existing_output_is_not_replaced(tmp_path):
    (tmp_path / "r-udskrift.docx").write_text("mine")
    result = invoke("transcribe", RECORDING, "--agenda", AGENDA, "-o", str(tmp_path / "r.docx"))
    assert result.exit_code != 0 and "already exists" in result.output and "--overwrite" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r-udskrift.docx"]


def test_missing_agenda(tmp_path):
    result = invoke("transcribe", RECORDING, "--agenda", str(tmp_path / "none.toml"), "-o", str(tmp_path / "r.docx"))
    assert result.exit_code != 0 and "none.toml" in result.output
    assert not (tmp_path / "r.docx").exists()


def test_broken_marks_file(tmp_path):
    marks = tmp_path / "m.marks.json"
    marks.write_text("{oops")
    result = invoke("transcribe", RECORDING, "--agenda", AGENDA, "--marks", str(marks), "-o", str(tmp_path / "r.docx"))
    assert result.exit_code != 0 and "not valid JSON" in result.output


def test_one_output_for_several_recordings(tmp_path):
    result = invoke("transcribe", RECORDING, RECORDING, "--agenda", AGENDA, "-o", str(tmp_path / "r.docx"))
    assert result.exit_code != 0 and "several recordings" in result.output


def test_bad_speaker_names(tmp_path):
    result = invoke("transcribe", RECORDING, "--agenda", AGENDA, "--speaker-names", "Taler 1 Anne",
                    "-o", str(tmp_path / "r.docx"))
    assert result.exit_code != 0 and "speaker" in result.output.lower()


def test_render_refuses_to_replace_its_own_json(tmp_path):
    from danish_meetings import CHEFFORUM, record_of, utt

    from referat.record import record_json

    data = tmp_path / "m.json"
    data.write_text(record_json(record_of(CHEFFORUM, (utt("Taler 1", 0.0, "Punkt 1. Godkendt."),))))
    result = invoke("render", str(data), "-o", str(tmp_path / "m.docx"))
    assert result.exit_code != 0 and "--overwrite" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.json"]


def test_render_of_a_missing_file_says_it_does_not_exist(tmp_path):
    result = invoke("render", str(tmp_path / "missing.json"))
    assert result.exit_code != 0 and "does not exist" in result.output and "replace" not in result.output
