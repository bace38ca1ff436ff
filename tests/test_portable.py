"""The Windows and Unix branches of referat/portable.py; the Windows one with msvcrt faked."""

from __future__ import annotations

import os
import sys
import types

import pytest

from referat import portable


class FakeMsvcrt(types.ModuleType):
    LK_NBLCK = 2

    def __init__(self, typed: str = "", locked: bool = False):
        super().__init__("msvcrt")
        self.typed = list(typed)
        self.locked = locked
        self.calls: list[tuple] = []

    def locking(self, fd, mode, nbytes):
        self.calls.append((fd, mode, nbytes))
        if self.locked:
            raise PermissionError(13, "Permission denied")

    def kbhit(self):
        return bool(self.typed)

    def getwch(self):
        return self.typed.pop(0)


@pytest.fixture
def windows(monkeypatch):
    def install(fake: FakeMsvcrt) -> FakeMsvcrt:
        monkeypatch.setattr(portable, "WINDOWS", True)
        monkeypatch.setitem(sys.modules, "msvcrt", fake)
        return fake
    return install


def test_windows_lock_uses_msvcrt_and_a_held_lock_reads_as_blocking(windows, tmp_path):
    fake = windows(FakeMsvcrt())
    fd = os.open(tmp_path / "x", os.O_RDWR | os.O_CREAT)
    try:
        portable.lock_exclusive(fd)
        assert fake.calls == [(fd, FakeMsvcrt.LK_NBLCK, 1)]
        fake.locked = True
        with pytest.raises(BlockingIOError):
            portable.lock_exclusive(fd)
    finally:
        os.close(fd)


def test_unix_lock_is_exclusive_between_open_files(tmp_path):
    path = tmp_path / "x"
    first = os.open(path, os.O_RDWR | os.O_CREAT)
    second = os.open(path, os.O_RDWR)
    try:
        portable.lock_exclusive(first)
        with pytest.raises(BlockingIOError):
            portable.lock_exclusive(second)
    finally:
        os.close(first)
        os.close(second)


def test_private_mode_on_unix_and_nothing_to_do_on_windows(windows, tmp_path):
    path = tmp_path / "x"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        portable.make_private(fd, 0o600)
        assert path.stat().st_mode & 0o777 == 0o600
        os.chmod(path, 0o644)
        windows(FakeMsvcrt())
        portable.make_private(fd, 0o600)  # os.fchmod does not exist on Windows before 3.13
        assert path.stat().st_mode & 0o777 == 0o644
    finally:
        os.close(fd)


def test_windows_keys_include_the_arrows_and_time_out_when_none_is_typed(windows):
    windows(FakeMsvcrt("n\xe0M\x00Kq"))
    now = [0.0]
    keys = portable.WindowsKeys(clock=lambda: now[0], sleep=lambda s: now.__setitem__(0, now[0] + s))
    assert keys.read(1.0) == ["n", "right", "left", "q"]
    assert keys.read(0.5) == [] and now[0] >= 0.5


def test_unix_keys_read_a_terminals_bytes(tmp_path):
    read, write = os.pipe()
    try:
        os.write(write, b"b\x1b[C1")
        assert portable.UnixKeys(read).read(1.0) == ["b", "right", "1"]
        assert portable.UnixKeys(read).read(0.01) == []
    finally:
        os.close(read)
        os.close(write)


def test_no_terminal_no_keys(monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    with portable.terminal_keys() as keys:
        assert keys is None
