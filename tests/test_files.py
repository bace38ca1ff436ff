import os
import stat

import pytest

from referat.errors import OutputError
from referat.files import write_text, write_with


def test_written_file_is_owner_only(tmp_path):
    path = write_text(tmp_path / "a.txt", "hej")
    assert path.read_text() == "hej"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_never_overwrites_without_permission(tmp_path):
    path = write_text(tmp_path / "a.txt", "first")
    with pytest.raises(OutputError, match="--overwrite"):
        write_text(path, "second")
    assert path.read_text() == "first"
    write_text(path, "second", overwrite=True)
    assert path.read_text() == "second"


def test_failed_writer_leaves_nothing(tmp_path):
    def broken(tmp):
        tmp.write_text("half")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_with(tmp_path / "out.docx", broken)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_is_a_clear_error(tmp_path):
    # Tests run as root in CI, where permission bits do not stop writes; a
    # "folder" that is really a file fails for every user.
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    with pytest.raises(OutputError, match="Cannot"):
        write_text(not_a_folder / "sub" / "a.txt", "x")
