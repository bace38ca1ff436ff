"""Edits of the meeting record, as pure functions (the review page's edits, without a browser)."""

from __future__ import annotations

import json

import pytest
from fakes import demo_record

from referat.output.plan import referat_plan, write_plan
from referat.record import load_record, minutes_of, record_json
from referat.record.edits import (
    EditError,
    apply,
    check_decision,
    correct_text,
    edit_decision,
    item_starts_here,
    merge_speakers,
    move_lines,
    reassign_line,
    rename_speaker,
    touched,
)
from referat.record.journal import StaleEdit, journal_path, open_journal
from referat.record.store import load_machine_record


@pytest.fixture
def record():
    return demo_record()


def items_of(record):
    return {line.id: line.item for line in record.lines}


def test_rename_is_seen_everywhere_and_the_label_stays(record):
    renamed = rename_speaker(record, "Taler 1", "Anne Holm")
    minutes = minutes_of(renamed)
    assert renamed.names == {"Taler 1": "Anne Holm"}
    assert all(line.speaker in ("Taler 1", "Taler 2", "Taler 3") for line in renamed.lines)
    assert dict(minutes.speaker_names)["Taler 1"] == "Anne Holm"
    assert rename_speaker(renamed, "Taler 1", "").names == {}
    with pytest.raises(EditError, match="no speaker 'Taler 9'"):
        rename_speaker(record, "Taler 9", "X")


def test_merge_and_reassign(record):
    merged = merge_speakers(record, "Taler 3", "Taler 2")
    assert merged.speakers == ("Taler 1", "Taler 2")
    line = record.lines[1]
    moved = reassign_line(record, line.id, "Taler 3")
    assert moved.line(line.id).speaker == "Taler 3" and record.line(line.id).speaker == "Taler 2"


def test_a_correction_keeps_the_machines_text_and_redrafts_the_item(record):
    last = [line for line in record.lines if line.item == 3][-2]  # "The committee approved the plan …"
    corrected = correct_text(record, last.id, "The committee rejected the plan.")
    assert corrected.line(last.id).text == last.text and corrected.line(last.id).shown.endswith("rejected the plan.")
    assert record.decision(3).draft.kind == "approved_with_remark"
    assert corrected.decision(3).draft.kind == "rejected"
    assert correct_text(corrected, last.id, last.text).line(last.id).corrected is None


def test_item_starts_here_moves_the_boundary_both_ways(record):
    item2 = [line.id for line in record.lines if line.item == 2]
    item1 = [line.id for line in record.lines if line.item == 1]
    earlier = item_starts_here(record, item1[-1], 2)  # the last line of item 1 now opens item 2
    assert items_of(earlier)[item1[-1]] == 2 and all(items_of(earlier)[i] == 2 for i in item2)
    later = item_starts_here(record, item2[1], 2)  # item 2 starts one line later
    assert items_of(later)[item2[0]] == 1 and items_of(later)[item2[1]] == 2
    assert len(minutes_of(later).items[1].utterances) < len(minutes_of(record).items[1].utterances)


def test_move_lines_to_an_item_and_to_none(record):
    first = record.lines[0].id
    out = move_lines(record, [first], None)
    assert minutes_of(out).unassigned[0].start == record.lines[0].start
    with pytest.raises(EditError, match="no item 9"):
        move_lines(record, [first], 9)


def test_decision_text_wins_and_checking_drops_the_draft_mark(record, tmp_path):
    own = edit_decision(record, 2, "Udvalget tog orienteringen til efterretning med tak.")
    assert own.decision(2).draft == record.decision(2).draft  # the machine's draft is kept beside
    checked = check_decision(own, 2)
    plan = referat_plan(tmp_path / "r.docx")
    write_plan(checked, plan)
    from docx_text import docx_text

    text = docx_text(plan.referat)
    part = text[text.index("Punkt 2: Orientering"):text.index("Punkt 3: Plan")]
    decision = part.split("Beslutning", 1)[1].split("Drøftelse (maskinudskrift)")[0]
    assert "med tak." in decision and "[UDKAST]" not in decision
    assert "[UDKAST]" in text[text.index("Punkt 3: Plan"):].split("Drøftelse")[0]  # unchecked: still a draft
    assert edit_decision(own, 2, " ").decision(2).text is None


def test_edits_as_data_and_what_they_touch(record):
    after = apply(record, {"op": "correct_text", "line": 0, "text": "Goddag."})
    assert touched(record, after) == {"line:0"}
    assert touched(after, apply(after, {"op": "rename_speaker", "label": "Taler 2", "name": "Bo"})) == {"name:Taler 2"}
    with pytest.raises(EditError):
        apply(record, {"op": "correct_text", "line": "x", "text": "?"})
    with pytest.raises(EditError, match="Unknown edit"):
        apply(record, {"op": "format_disk"})


def saved_record(tmp_path, record):
    path = tmp_path / "møde.json"
    path.write_text(record_json(record), encoding="utf-8")
    return path


def test_the_edit_log_keeps_the_first_version_and_undoes_fifty_steps_after_a_reload(tmp_path, record):
    path = saved_record(tmp_path, record)
    before = path.read_bytes()
    journal = open_journal(path, load_machine_record(path))
    for n in range(60):
        journal.edit({"op": "rename_speaker", "label": "Taler 1", "name": f"Navn {n}"})
    assert path.read_bytes() == before  # the machine's record is never rewritten
    assert load_record(path).names == {"Taler 1": "Navn 59"}
    again = open_journal(path, load_machine_record(path))  # a reload
    for _ in range(55):
        again.undo()
    assert again.record.names == {"Taler 1": "Navn 4"}
    again.redo()
    assert again.record.names == {"Taler 1": "Navn 5"}
    assert json.loads(journal_path(path).read_text())["cursor"] == 6
    assert oct(journal_path(path).stat().st_mode & 0o777) == "0o600"


def test_a_stale_edit_is_taken_unless_it_touches_what_changed(tmp_path, record):
    path = saved_record(tmp_path, record)
    journal = open_journal(path, load_machine_record(path))
    seen = journal.revision
    journal.edit({"op": "edit_decision", "item": 1, "text": "Godkendt."}, seen)  # tab A
    journal.edit({"op": "correct_text", "line": 0, "text": "Godmorgen."}, seen)  # tab B, other thing: kept
    assert journal.record.decision(1).text == "Godkendt." and journal.record.line(0).corrected == "Godmorgen."
    with pytest.raises(StaleEdit):
        journal.edit({"op": "edit_decision", "item": 1, "text": "Udsat."}, seen)  # tab B, same thing: refused
    assert journal.record.decision(1).text == "Godkendt."
    with pytest.raises(StaleEdit):
        journal.undo(seen)


def test_a_log_for_another_version_is_set_aside_not_applied(tmp_path, record):
    path = saved_record(tmp_path, record)
    journal = open_journal(path, load_machine_record(path))
    journal.edit({"op": "rename_speaker", "label": "Taler 1", "name": "Anne"})
    path.write_text(record_json(rename_speaker(record, "Taler 2", "Bo")), encoding="utf-8")  # record replaced
    assert load_record(path).names == {"Taler 2": "Bo"}
    assert path.with_name("møde.edits.old.json").is_file()
