"""The marks sidecar reader: tolerant of bad marks, strict about what is not a marks file."""

from __future__ import annotations

import json

import pytest

from referat.errors import InputError
from referat.recording.marks import marks_path_for, read_marks_file
from referat.types import Mark


def write(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_reads_marks_sorted_and_finds_the_sidecar(tmp_path):
    recording = tmp_path / "møde.wav"
    assert marks_path_for(recording) == tmp_path / "møde.marks.json"
    path = write(marks_path_for(recording), {"referat_marks": 1, "recording": "møde.wav", "marks": [
        {"time": 80.1, "item": 3, "kind": "decision"}, {"time": 12.34, "item": 3, "kind": "item"},
        {"time": 90, "item": None}]})
    result = read_marks_file(path, recording)
    assert result.marks == (Mark(12.34, 3, "item"), Mark(80.1, 3, "decision"), Mark(90.0, None, "item"))
    assert result.warnings == ()
    assert result.recording == "møde.wav"


def test_bad_marks_are_skipped_with_a_warning(tmp_path):
    path = write(tmp_path / "m.marks.json", {"referat_marks": 1, "recording": "other.wav", "marks": [
        {"time": "soon", "item": 1}, {"time": 5, "item": 2, "kind": "coffee"}, {"time": 7, "item": "3"},
        {"time": 9, "item": 1.5}, 17]})
    result = read_marks_file(path, tmp_path / "m.wav")
    assert result.marks == (Mark(7.0, 3, "item"),)
    assert len(result.warnings) == 5
    assert "written for 'other.wav'" in result.warnings[0]
    assert any("unknown kind 'coffee'" in w for w in result.warnings)


@pytest.mark.parametrize("content, message", [
    ("{not json", "not valid JSON"),
    ('{"marks": []}', "not a referat marks file"),
    ('{"referat_marks": 7, "marks": []}', "format 7"),
    ('{"referat_marks": 1, "marks": {"time": 1}}', "must be a list"),
])
def test_files_that_are_not_marks_files_are_clear_errors(tmp_path, content, message):
    path = tmp_path / "x.marks.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_marks_file(path)


def test_missing_marks_file(tmp_path):
    with pytest.raises(InputError, match="not found"):
        read_marks_file(tmp_path / "none.marks.json")
