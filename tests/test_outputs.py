"""The referat output set and rendering again from the meeting record, without any model."""

from __future__ import annotations

import json
import stat

import pytest
from danish_meetings import CHEFFORUM, DIREKTIONEN, record_of, utt
from docx_text import docx_text

from referat.agenda import load_agenda
from referat.errors import OutputError, ReferatError
from referat.output.plan import referat_plan, write_plan
from referat.record import load_record, minutes_of
from referat.record.edits import set_agenda, set_names
from referat.types import Mark

DISCUSSION = (
    utt("Taler 1", 0.0, "Godmorgen."),
    utt("Taler 1", 2.0, "Punkt 1 er lukket. Personalesagen er afklaret."),
    utt("Taler 2", 8.0, "Den fortrolige sag lukkes."),
    utt("Taler 1", 12.0, "Vi går videre til punkt 2, lederudviklingsaktiviteterne."),
    utt("Taler 3", 17.0, "Velkomstpakken er klar."),
    utt("Taler 1", 20.0, "Så er indstillingen godkendt med bemærkning om, at alle får en mentor."),
    utt("Taler 1", 27.0, "Punkt 3, kunstig intelligens."),
    utt("Taler 2", 31.0, "Vi godkender ikke indstillingen i dag."),
)


def result_for(meeting, discussion=DISCUSSION, marks=()):
    return record_of(meeting, discussion, marks)


def test_output_set_holds_items_drafts_and_the_discussion(tmp_path):
    paths = referat_plan(tmp_path / "referat.docx", public=True)
    written = write_plan(result_for(DIREKTIONEN), paths)
    assert sorted(p.name for p in written) == [
        "referat-offentlig.docx", "referat-udskrift.docx", "referat.docx", "referat.json"]
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    referat = docx_text(paths.referat)
    assert referat.index("Punkt 2: Lederudviklingsaktiviteter") < referat.index("Punkt 3: Afprøvning")
    assert "24/11351" in referat and "24/1873" in referat
    assert "Direktionen godkendte indstillingen med bemærkning om, at alle får en mentor." in referat
    assert "Direktionen godkendte ikke indstillingen." in referat
    assert "[UDKAST]" in referat
    transcript = docx_text(paths.transcript_doc)
    assert "[00:00:17] Taler 3: Velkomstpakken er klar." in transcript
    assert "Ikke fordelt på punkter" in transcript and "Godmorgen." in transcript
    assert "item 2 named" in transcript  # how the split was made
    public = docx_text(paths.public)
    assert "fortrolige" not in public and "Personalesagen" not in public and "Punkt 1: Lukket" in public
    data = json.loads(paths.record.read_text(encoding="utf-8"))
    assert data["kind"] == "meeting" and data["split"]["method"] == "cues" and data["schema_version"] == 2


def test_existing_outputs_are_kept_and_nothing_is_half_written(tmp_path):
    paths = referat_plan(tmp_path / "referat.docx")
    paths.transcript_doc.write_text("mine")
    with pytest.raises(OutputError, match="already exists"):
        write_plan(result_for(CHEFFORUM), paths)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["referat-udskrift.docx"]
    assert paths.transcript_doc.read_text() == "mine"


def test_a_broken_template_leaves_no_partial_set(tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_text("not a word file")
    out = tmp_path / "out"
    with pytest.raises(ReferatError):
        write_plan(result_for(CHEFFORUM), referat_plan(out / "referat.docx", template=bad))
    assert not out.exists() or list(out.iterdir()) == []


def test_output_must_be_docx(tmp_path):
    with pytest.raises(OutputError, match=".docx"):
        referat_plan(tmp_path / "referat.pdf")


def test_rerender_with_speaker_names_and_a_corrected_agenda(tmp_path):
    first = referat_plan(tmp_path / "a.docx")
    write_plan(result_for(DIREKTIONEN), first)
    again = set_names(load_record(first.record), {"Taler 3": "Charlotte Markussen"})
    second = referat_plan(tmp_path / "b.docx")
    write_plan(again, second)
    assert "Charlotte Markussen: Velkomstpakken er klar." in docx_text(second.transcript_doc)
    assert docx_text(second.referat).count("Punkt ") == docx_text(first.referat).count("Punkt ")

    agenda = tmp_path / "ny.toml"
    agenda.write_text('referat_agenda = 1\n[meeting]\nforum = "Direktionen"\ndate = 2024-08-13\n'
                      'participants = ["Lars Holte"]\n[[items]]\nnumber = 2\ntitle = "Lederudvikling"\n'
                      'case_number = "24/11351"\n', encoding="utf-8")
    fixed = minutes_of(set_agenda(load_record(first.record), load_agenda(agenda)))
    assert [im.item.number for im in fixed.items] == [2]
    # Talk from the dropped items is not lost: it moves to the unassigned section.
    said = [u.text for im in fixed.items for u in im.utterances] + [u.text for u in fixed.unassigned]
    assert "Den fortrolige sag lukkes." in said and "Velkomstpakken er klar." in said


def test_rerender_uses_edited_marks(tmp_path):
    paths = referat_plan(tmp_path / "a.docx")
    write_plan(result_for(CHEFFORUM), paths)
    data = json.loads(paths.record.read_text(encoding="utf-8"))
    data["marks"] = [{"time": 0.0, "item": 4, "kind": "item"}]
    paths.record.write_text(json.dumps(data), encoding="utf-8")
    record = load_record(paths.record)
    again = set_agenda(record, record.meeting)
    assert again.split.method == "marks"
    said = minutes_of(again).items[3].utterances
    assert " ".join(u.text for u in said) == " ".join(u.text for u in DISCUSSION)


def test_reading_rejects_other_json_and_says_what_is_wrong(tmp_path):
    other = tmp_path / "x.json"
    other.write_text('{"some": "thing"}')
    with pytest.raises(ReferatError, match="not a referat meeting record"):
        load_record(other)
    newer = tmp_path / "newer.json"
    newer.write_text('{"kind": "meeting", "schema_version": 99}')
    with pytest.raises(ReferatError, match="newer referat"):
        load_record(newer)
    with pytest.raises(ReferatError, match="does not exist"):
        load_record(tmp_path / "none.json")


def test_minutes_round_trip_through_json():
    from referat.record.serialize import minutes_from_dict, minutes_to_dict

    minutes = minutes_of(result_for(DIREKTIONEN, marks=(Mark(0.0, 2),)))
    data = minutes_to_dict(minutes)
    back = minutes_from_dict(json.loads(json.dumps(data)))
    assert minutes_to_dict(back) == data  # times are stored to the millisecond
    assert back.meeting == minutes.meeting
    assert [im.draft for im in back.items] == [im.draft for im in minutes.items]
    assert [u.text for im in back.items for u in im.utterances] == [
        u.text for im in minutes.items for u in im.utterances]


def test_a_written_beslutning_is_printed_as_written(tmp_path):
    from dataclasses import replace

    written = "Direktionen godkendte sagens indstillinger med præcisering til indstilling 1."
    items = (DIREKTIONEN.items[0], replace(DIREKTIONEN.items[1], decision=written), DIREKTIONEN.items[2])
    result = result_for(replace(DIREKTIONEN, items=items))
    assert minutes_of(result).items[1].draft.kind == "existing"
    paths = referat_plan(tmp_path / "referat.docx")
    write_plan(result, paths)
    text = docx_text(paths.referat)
    section = text[text.index("Punkt 2: Lederudviklingsaktiviteter"):text.index("Punkt 3: Afprøvning")]
    assert written in section
    assert "godkendte indstillingen med bemærkning om" not in section  # the draft did not replace it
