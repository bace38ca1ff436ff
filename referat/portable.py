"""The few things Windows and Unix do differently, behind one small interface each:
an exclusive lock on an open file, owner-only permissions on one, and single
keys from the terminal. Everything else in referat is plain ``os``/``pathlib``.

The Windows branches cannot run here; tests/test_portable.py runs them with
``msvcrt`` faked, and docs/install.md says what is verified and what is not.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Protocol

WINDOWS = sys.platform == "win32"


def _msvcrt() -> ModuleType:
    import msvcrt  # only on Windows; tests put a fake in sys.modules

    return msvcrt


def lock_exclusive(fd: int) -> None:
    """Lock an open file for this process without waiting; ``BlockingIOError``
    if another process holds it. Closing the file releases the lock."""
    if WINDOWS:
        msvcrt = _msvcrt()
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # the first byte stands for the whole file
        except OSError as exc:
            raise BlockingIOError(*exc.args) from exc
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def make_private(fd: int, mode: int) -> None:
    """Owner-only permissions on an open file, whatever the umask. On Windows a
    file in the user's own folders is already the user's (NTFS ACLs); only the
    read-only bit exists there, so nothing is done."""
    if WINDOWS:
        return
    os.fchmod(fd, mode)


class Keys(Protocol):
    def read(self, timeout: float) -> list[str]:
        """Keys typed since the last call (waits up to ``timeout`` for the first)."""
        ...


def parse_keys(data: str) -> list[str]:
    """Terminal input as keys; the arrow keys' escape sequences as "left"/"right"."""
    keys = []
    i = 0
    while i < len(data):
        if data.startswith("\x1b[", i) and i + 2 < len(data):
            keys.append({"C": "right", "D": "left"}.get(data[i + 2], ""))
            i += 3
        else:
            keys.append(data[i])
            i += 1
    return [k for k in keys if k]


class UnixKeys:
    """A terminal in cbreak mode, read with select."""

    def __init__(self, fd: int):
        self.fd = fd

    def read(self, timeout: float) -> list[str]:
        import select

        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return []
        return parse_keys(os.read(self.fd, 64).decode("utf-8", "replace"))


class WindowsKeys:
    """The Windows console, read with msvcrt (no cbreak mode needed: getwch does not echo)."""

    POLL = 0.02
    ARROWS = {"M": "right", "K": "left"}  # after the "\xe0" or "\x00" prefix

    def __init__(self, clock=None, sleep=None) -> None:
        import time

        self._msvcrt = _msvcrt()
        self._clock = clock or time.monotonic
        self._sleep = sleep or time.sleep

    def read(self, timeout: float) -> list[str]:
        deadline = self._clock() + timeout
        while not self._msvcrt.kbhit():
            if self._clock() >= deadline:
                return []
            self._sleep(self.POLL)
        keys = []
        while self._msvcrt.kbhit():
            key = self._msvcrt.getwch()
            if key in ("\xe0", "\x00"):
                keys.append(self.ARROWS.get(self._msvcrt.getwch(), ""))
            else:
                keys.append(key)
        return [k for k in keys if k]


@contextlib.contextmanager
def terminal_keys() -> Iterator[Keys | None]:
    """Single keys from the terminal while inside; None without one (a pipe, a service)."""
    if not sys.stdin.isatty():
        yield None
        return
    if WINDOWS:
        yield WindowsKeys()
        return
    import termios
    import tty

    fd = sys.stdin.fileno()
    saved = termios.tcgetattr(fd)
    try:
        tty.setcbreak(fd)
        yield UnixKeys(fd)
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)


def lower_thread_priority(nice: int) -> None:
    """Make the calling thread (and threads it starts later) yield the CPU to the others.

    Only Linux has per-thread niceness; elsewhere PRIO_PROCESS with a thread id
    would name some process, so nothing is done there."""
    if nice <= 0 or sys.platform != "linux":
        return
    import threading

    tid = threading.get_native_id()
    with contextlib.suppress(OSError):  # a container may forbid it; the live view then runs at normal priority
        os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + nice)
