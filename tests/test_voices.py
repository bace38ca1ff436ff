"""Speakers found again from the voices a run kept: the file beside the record, the
re-clustering, the edit it makes, `referat speakers --speakers N` and the review page."""

from __future__ import annotations

import json
import os
import stat
import time
from dataclasses import replace

import numpy as np
import pytest
from click.testing import CliRunner
from fakes import demo_record, demo_voices

from referat.cli import main
from referat.output.plan import referat_plan, write_plan
from referat.record.edits import apply, set_speakers, touched, turns_op
from referat.record.journal import open_journal
from referat.record.store import load_machine_record, load_record
from referat.record.voices_file import load_voices, speakers_again, voices_path
from referat.speakers.diarize import DiarizationOptions
from referat.speakers.voices import keep_labels, recluster
from referat.types import SpeakerTurn


@pytest.fixture
def written(tmp_path):
    """The demo meeting's referat set with its voices, as `referat transcribe -o` writes it."""
    record = replace(demo_record(), voices=demo_voices())
    plan = referat_plan(tmp_path / "møde.docx")
    write_plan(record, plan)
    return tmp_path / "møde.json"


def spans(record):
    return [(line.start, line.end, line.speaker) for line in record.lines]


def test_the_voices_are_written_beside_the_record_owner_only_and_read_back(written):
    path = voices_path(written)
    assert path.name == "møde.voices.npz" and stat.S_IMODE(os.stat(path).st_mode) == 0o600
    voices = load_voices(written, load_machine_record(written))
    kept = demo_voices()
    assert np.allclose(voices.windows.starts, kept.windows.starts)
    assert np.allclose(voices.windows.embeddings, kept.windows.embeddings, atol=2e-3)  # float16 on disk
    assert path.stat().st_size < 200_000


def test_the_count_found_again_and_the_labels_kept(written):
    record = load_machine_record(written)
    voices = load_voices(written, record)
    turns = keep_labels(recluster(voices, 1, 10), spans(record))
    assert sorted({t.speaker for t in turns}) == sorted(record.speakers) == ["Taler 1", "Taler 2", "Taler 3"]
    again = set_speakers(record, turns)
    assert [(line.speaker, line.text) for line in again.lines] == [(line.speaker, line.text) for line in record.lines]
    two = keep_labels(recluster(voices, 2, 2), spans(record))
    assert len({t.speaker for t in two}) == 2 and {t.speaker for t in two} <= set(record.speakers)


def test_new_voices_get_labels_after_the_highest_one():
    old = [(0.0, 5.0, "Taler 1"), (5.0, 10.0, "Taler 2")]
    new = [SpeakerTurn(0, 5, "S1"), SpeakerTurn(5, 8, "S0"), SpeakerTurn(8, 10, "S2")]
    assert [t.speaker for t in keep_labels(new, old)] == ["Taler 1", "Taler 2", "Taler 3"]


def test_set_speakers_cuts_lines_keeps_corrections_items_and_names():
    record = demo_record()
    first = record.lines[0]
    record = apply(record, {"op": "rename_speaker", "label": "Taler 1", "name": "Anne Holm"})
    record = apply(record, {"op": "correct_text", "line": record.lines[1].id, "text": "Rettet tekst."})
    middle = (first.words[2].start + first.words[3].end) / 2
    turns = [SpeakerTurn(first.start, middle, "Taler 1"), SpeakerTurn(middle, first.end, "Taler 2"),
             *[SpeakerTurn(line.start, line.end, line.speaker or "Taler 1") for line in record.lines[1:]]]
    again = apply(record, turns_op(turns))
    assert [line.speaker for line in again.lines[:2]] == ["Taler 1", "Taler 2"]  # the first line cut in two
    assert f"{again.lines[0].text} {again.lines[1].text}" == first.text
    assert [line.id for line in again.lines] == list(range(len(again.lines)))
    assert again.lines[2].corrected == "Rettet tekst." and again.lines[2].speaker == record.lines[1].speaker
    assert [line.item for line in again.lines[2:]] == [line.item for line in record.lines[1:]]
    assert again.names == {"Taler 1": "Anne Holm"}
    assert len(touched(record, again)) >= len(record.lines)


def test_referat_speakers_finds_them_again_as_an_edit_that_can_be_undone(written):
    runner = CliRunner()
    journal = open_journal(written, load_machine_record(written))
    journal.edit({"op": "rename_speaker", "label": "Taler 2", "name": "Bo Ek"})
    started = time.perf_counter()
    result = runner.invoke(main, ["speakers", str(written), "--speakers", "2", "--quotes", "0"])
    assert result.exit_code == 0, result.output
    assert time.perf_counter() - started < 30  # generous: the bench measures the real time
    assert "speakers found again (2)" in result.output
    record = load_record(written)
    assert len(record.speakers) == 2
    if "Taler 2" in record.speakers:
        assert record.names["Taler 2"] == "Bo Ek"  # a voice that stays keeps its name
    log = json.loads(written.with_name("møde.edits.json").read_text(encoding="utf-8"))
    assert log["edits"][-1]["op"] == "set_speakers"
    journal = open_journal(written, load_machine_record(written))
    journal.undo()
    assert len(journal.record.speakers) == 3


def test_without_kept_voices_the_command_says_why_and_what_to_do(written):
    voices_path(written).unlink()
    result = CliRunner().invoke(main, ["speakers", str(written), "--speakers", "2"])
    assert result.exit_code != 0 and "no voices kept beside it" in result.output
    assert "--speakers N" in result.output


def test_voices_of_another_recording_or_a_damaged_file_are_refused(written):
    record = load_machine_record(written)
    with pytest.raises(Exception, match="voices of another recording"):
        load_voices(written, replace(record, source="andet-møde.wav"))
    voices_path(written).write_bytes(b"not a zip file")
    with pytest.raises(Exception, match="is damaged"):
        speakers_again(written, record, DiarizationOptions(speakers=2))


def test_forget_voices_deletes_the_voice_data(written):
    result = CliRunner().invoke(main, ["speakers", str(written), "--forget-voices", "--quotes", "0"])
    assert result.exit_code == 0, result.output
    assert not voices_path(written).exists() and written.exists()


def test_a_record_written_again_without_voices_removes_the_old_ones(written):
    record = load_machine_record(written)  # read back: no voices on it
    write_plan(record, referat_plan(written.with_suffix(".docx")), overwrite=True)
    assert not voices_path(written).exists()


def test_the_review_page_finds_the_speakers_again(written):
    from starlette.testclient import TestClient

    from referat.review.app import create_app
    from referat.review.session import ReviewSession

    client = TestClient(create_app(ReviewSession.open(written), "t0ken", 8766), base_url="http://127.0.0.1:8766")
    state = client.get("/api/state", headers={"X-Referat-Token": "t0ken"}).json()
    assert state["voices_kept"] and len(state["speakers"]) == 3
    after = client.post("/api/speakers", json={"revision": state["revision"], "count": 2},
                        headers={"X-Referat-Token": "t0ken"})
    assert after.status_code == 200, after.text
    assert len(after.json()["speakers"]) == 2 and after.json()["can_undo"]
    bad = client.post("/api/speakers", json={"revision": after.json()["revision"], "count": 0},
                      headers={"X-Referat-Token": "t0ken"})
    assert bad.status_code == 400
