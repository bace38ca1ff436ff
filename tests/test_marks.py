import json
import os
import stat

import pytest

from referat.errors import InputError, OutputError
from referat.recording.marks import MarksWriter, read_marks_file
from referat.types import Mark


def test_each_mark_is_on_disk_at_once_in_the_shared_format(tmp_path):
    path = tmp_path / "m.marks.json"
    writer = MarksWriter(path, "m.wav")
    assert json.loads(path.read_text()) == {"referat_marks": 1, "recording": "m.wav", "marks": []}
    writer.add(12.3456, 3)
    assert json.loads(path.read_text())["marks"] == [{"time": 12.346, "item": 3, "kind": "item"}]
    writer.add(80.1, 3, "decision")
    assert read_marks_file(path).marks == (Mark(12.346, 3, "item"), Mark(80.1, 3, "decision"))
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_existing_marks_file_is_not_overwritten(tmp_path):
    path = tmp_path / "m.marks.json"
    path.write_text("keep")
    with pytest.raises(OutputError):
        MarksWriter(path, "m.wav")
    assert path.read_text() == "keep"


def test_bad_marks_files(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(InputError, match="not valid JSON"):
        read_marks_file(bad)
    bad.write_text('{"marks": []}')
    with pytest.raises(InputError, match="not a referat marks"):
        read_marks_file(bad)
    with pytest.raises(ValueError):
        MarksWriter(tmp_path / "x.json", "x.wav").add(1.0, 1, "lunch")
