"""Every command's path from audio to files, with the script-driven stand-in models.

The real CLI runs (click's CliRunner): audio decoding, agenda, marks, the
meeting record, every writer. Only recognition and speaker detection are the
demo script's (tests/fakes.py), so each test takes milliseconds.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx_text import docx_text

from referat.cli import main
from referat.record import load_record, minutes_of

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
OLD = Path(__file__).resolve().parent / "data" / "v0.1"


def invoke(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def meeting(tmp_path) -> Path:
    """The demo meeting and its marks in a folder of their own, whose name has
    spaces and Danish letters, as a secretary's folders do."""
    folder = tmp_path / "Søren" / "Møder i byrådet 2026"
    folder.mkdir(parents=True)
    shutil.copy(SAMPLES / "demo-meeting.flac", folder / "demo-meeting.flac")
    shutil.copy(SAMPLES / "demo-meeting.marks.json", folder / "demo-meeting.marks.json")
    return folder / "demo-meeting.flac"


def test_transcribe_with_agenda_writes_the_referat_set(meeting, script_models, tmp_path):
    out = tmp_path / "out" / "referat.docx"
    result = invoke("transcribe", meeting, "--agenda", SAMPLES / "demo-agenda.toml", "-o", out,
                    "--speaker-names", "Taler 1=Anne Holm")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.parent.iterdir()) == ["referat-udskrift.docx", "referat.docx", "referat.json"]
    referat = docx_text(out)
    assert "Teknik- og Miljøudvalget godkendte indstillingen." in referat
    assert "Teknik- og Miljøudvalget tog orienteringen til efterretning." in referat
    assert "godkendte indstillingen med bemærkning om, at the harbour path gets more street lights" in referat
    assert "Anne Holm: Good morning everyone" in docx_text(out.with_name("referat-udskrift.docx"))
    assert f"referat review {out.with_suffix('.json')}" in result.output
    (transcriber,) = script_models
    assert "Teknik- og Miljøudvalget" in transcriber.vocabularies[0]  # the agenda's names correct near misses
    record = load_record(out.with_suffix(".json"))
    assert record.split.method == "marks" and record.speakers == ("Taler 1", "Taler 2", "Taler 3")


def test_transcribe_without_agenda_writes_the_transcripts(meeting, script_models):
    result = invoke("transcribe", meeting)
    assert result.exit_code == 0, result.output
    folder = meeting.parent
    for fmt in ("txt", "json", "srt", "vtt"):
        assert (folder / f"demo-meeting.{fmt}").is_file()
    data = json.loads((folder / "demo-meeting.json").read_text())
    assert data["kind"] == "transcript" and data["segments"][0]["speaker"] == "Taler 1"
    assert (folder / "demo-meeting.txt").read_text().startswith("[00:00:00] Taler 1: Good morning everyone")


def test_speakers_reads_the_referat_json_and_the_transcript_json(meeting, script_models, tmp_path):
    out = tmp_path / "referat.docx"
    assert invoke("transcribe", meeting, "--agenda", SAMPLES / "demo-agenda.toml", "-o", out).exit_code == 0
    assert invoke("transcribe", meeting).exit_code == 0
    for data in (out.with_suffix(".json"), meeting.with_suffix(".json")):
        result = invoke("speakers", data)
        assert result.exit_code == 0, result.output
        assert "Taler 1: 0:" in result.output and "Taler 3" in result.output and "Good morning" in result.output


def test_render_with_names_and_a_missing_file(meeting, script_models, tmp_path):
    out = tmp_path / "referat.docx"
    assert invoke("transcribe", meeting, "--agenda", SAMPLES / "demo-agenda.toml", "-o", out).exit_code == 0
    named = tmp_path / "referat-navne.docx"
    result = invoke("render", out.with_suffix(".json"), "--speaker-names", "Taler 2=Bo Jensen", "-o", named)
    assert result.exit_code == 0, result.output
    assert "Bo Jensen: No comments from me." in docx_text(named.with_name("referat-navne-udskrift.docx"))
    assert load_record(named.with_suffix(".json")).names == {"Taler 2": "Bo Jensen"}
    missing = invoke("render", tmp_path / "missing.json")
    assert missing.exit_code != 0 and "missing.json does not exist" in missing.output


def test_batch_with_an_agenda_dir_and_a_rerun(meeting, script_models, tmp_path):
    agendas = tmp_path / "agendas"
    agendas.mkdir()
    shutil.copy(SAMPLES / "demo-agenda.toml", agendas / "demo-meeting.toml")
    out = tmp_path / "out"
    first = invoke("batch", meeting.parent, "--agenda-dir", agendas, "--output-dir", out)
    assert first.exit_code == 0, first.output
    assert {"demo-meeting.docx", "demo-meeting-udskrift.docx", "demo-meeting.json", "demo-meeting.txt"} <= {
        p.name for p in out.iterdir()}
    assert f"referat review {out / 'demo-meeting.json'}" in first.output
    again = invoke("batch", meeting.parent, "--agenda-dir", agendas, "--output-dir", out)
    assert again.exit_code == 0 and "1 skipped" in again.output


def test_files_written_by_version_0_1_still_work(tmp_path, script_models):
    """The meeting .json and the transcript .json of referat 0.1.0 (tests/data/v0.1) are migrated."""
    referat = load_record(OLD / "demo-referat.json")
    assert referat.has_agenda and [d.draft.kind for d in referat.decisions] == [
        "approved", "noted", "approved_with_remark"]
    assert [item.number for item in referat.meeting.items] == [1, 2, 3]
    said = minutes_of(referat)
    assert all(im.utterances for im in said.items) and referat.split.method == "marks"
    transcript = load_record(OLD / "demo-meeting.transcript.json")
    assert not transcript.has_agenda and transcript.names == {"Taler 1": "Anne Holm"}
    assert transcript.speakers[0] == "Taler 1"  # the names written into the segments are labels again
    for old in ("demo-referat.json", "demo-meeting.transcript.json"):
        shutil.copy(OLD / old, tmp_path / old)
        assert invoke("speakers", tmp_path / old).exit_code == 0
    again = tmp_path / "again.docx"
    result = invoke("render", tmp_path / "demo-referat.json", "-o", again)
    assert result.exit_code == 0, result.output
    assert "Punkt 3: Plan for nye cykelstier" in docx_text(again)
    needs_agenda = invoke("render", tmp_path / "demo-meeting.transcript.json", "-o", tmp_path / "t.docx")
    assert needs_agenda.exit_code != 0 and "--agenda" in needs_agenda.output
    with_agenda = invoke("render", tmp_path / "demo-meeting.transcript.json", "--agenda",
                         SAMPLES / "demo-agenda.toml", "-o", tmp_path / "t.docx")
    assert with_agenda.exit_code == 0, with_agenda.output


def test_an_installation_without_its_template_fails_before_any_audio_is_read(meeting, script_models, monkeypatch,
                                                                             tmp_path):
    """A broken install (the wheel once shipped no templates) costs a second, not a transcription."""
    from referat.errors import ReferatError
    from referat.output import render

    def missing(name):
        raise ReferatError(f"This referat installation lacks its own file {name} (referat.templates); "
                           "reinstall referat.")

    monkeypatch.setattr(render, "template_file", missing)
    result = invoke("transcribe", meeting, "--agenda", SAMPLES / "demo-agenda.toml", "-o", tmp_path / "r.docx")
    assert result.exit_code == 1
    assert "lacks its own file referat.docx" in result.output and "reinstall referat" in result.output
    assert script_models == []  # no model was made, no audio decoded
    assert not (tmp_path / "r.docx").exists()
    agendas = tmp_path / "agendas"
    agendas.mkdir()
    shutil.copy(SAMPLES / "demo-agenda.toml", agendas / "demo-meeting.toml")
    batch = invoke("batch", meeting.parent, "--agenda-dir", agendas, "--output-dir", tmp_path / "batch")
    assert batch.exit_code == 1 and "reinstall referat" in batch.output and script_models == []


def test_demo_writes_the_sample_meetings_referat_into_its_folder_only(script_models, tmp_path):
    shipped = sorted(p.name for p in SAMPLES.iterdir())
    result = invoke("demo", "--output-dir", tmp_path / "demo")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "demo").iterdir()) == [
        "demo-referat-udskrift.docx", "demo-referat.docx", "demo-referat.json"]  # the script models keep no voices
    assert "Punkt 1" in docx_text(tmp_path / "demo" / "demo-referat.docx")
    assert sorted(p.name for p in SAMPLES.iterdir()) == shipped  # nothing beside the samples
    again = invoke("demo", "--output-dir", tmp_path / "demo")
    assert again.exit_code == 1 and "--overwrite" in again.output
