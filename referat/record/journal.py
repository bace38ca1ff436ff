"""The edit log beside a meeting record: ``MEETING.edits.json``.

The record the machine wrote (``MEETING.json``) is never rewritten by a
review: every edit is appended to this small log, which is replaced
atomically (temp file + rename, owner-only) after each one. The record as
the secretary sees it is the machine's record with the log's edits applied
(``edited_record``); ``referat render`` and ``referat speakers`` read it so.

The log keeps every edit with what it touched, a cursor (edits after it are
undone, and can be redone) and a revision that grows with every change, so a
page that saw an older revision is recognised. The log names the record it
belongs to by the SHA-256 of its bytes; a log that does not match its record
is moved aside, never applied to the wrong meeting and never deleted.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from referat import files
from referat.errors import InputError
from referat.i18n import _
from referat.record.edits import apply, touched
from referat.record.model import MeetingRecord

log = logging.getLogger(__name__)

FORMAT = 1


def journal_path(record_path: Path) -> Path:
    """``møde.json`` → ``møde.edits.json``."""
    return record_path.with_name(record_path.stem + ".edits.json")


@dataclass(frozen=True)
class Entry:
    op: dict[str, Any]
    touched: frozenset[str]


@dataclass
class Journal:
    """The edits of one record, in memory, and every state they lead to."""

    path: Path
    base_sha256: str
    base: MeetingRecord
    entries: list[Entry] = field(default_factory=list)
    cursor: int = 0  # entries[:cursor] are in force
    revision: int = 0
    states: list[MeetingRecord] = field(default_factory=list)  # states[k]: after the first k entries
    # What each change since the journal was opened touched (None: an undo or redo), so
    # an edit from a page that saw an older revision can be checked for conflicts.
    opened_at: int = 0
    steps: list[frozenset[str] | None] = field(default_factory=list)

    @property
    def record(self) -> MeetingRecord:
        return self.states[self.cursor]

    @property
    def can_undo(self) -> bool:
        return self.cursor > 0

    @property
    def can_redo(self) -> bool:
        return self.cursor < len(self.entries)

    def edit(self, op: Mapping[str, Any], seen_revision: int | None = None) -> MeetingRecord:
        """Apply and save one edit. An edit made on an older revision is taken only
        if no change since then touched the same lines, names or decisions."""
        current = self.record
        after = apply(current, op)
        mine = touched(current, after)
        if seen_revision is not None and seen_revision != self.revision:
            since = self._touched_since(seen_revision)
            if since is None or since & mine:
                raise StaleEdit(_("Someone changed this part of the meeting in another window. The page shows "
                                  "the latest version now; make the change again if it is still needed."))
        del self.entries[self.cursor:]
        del self.states[self.cursor + 1:]
        self.entries.append(Entry(dict(op), mine))
        self.states.append(after)
        self.cursor += 1
        self._saved(mine)
        return after

    def undo(self, seen_revision: int | None = None) -> MeetingRecord:
        self._require_latest(seen_revision)
        if self.can_undo:
            self.cursor -= 1
            self._saved(None)
        return self.record

    def redo(self, seen_revision: int | None = None) -> MeetingRecord:
        self._require_latest(seen_revision)
        if self.can_redo:
            self.cursor += 1
            self._saved(None)
        return self.record

    def _require_latest(self, seen_revision: int | None) -> None:
        if seen_revision is not None and seen_revision != self.revision:
            raise StaleEdit(_("The meeting was changed in another window; the page shows the latest version now."))

    def _touched_since(self, revision: int) -> frozenset[str] | None:
        """What the changes after ``revision`` touched; None when that cannot be told
        (an undo or redo since, or a revision from before this journal was opened)."""
        if not self.opened_at <= revision <= self.revision:
            return None
        steps = self.steps[revision - self.opened_at:]
        if any(step is None for step in steps):
            return None
        return frozenset().union(*(step for step in steps if step is not None))

    def _saved(self, step: frozenset[str] | None) -> None:
        self.steps.append(step)
        self.revision += 1
        data = {"referat_edits": FORMAT, "base_sha256": self.base_sha256, "revision": self.revision,
                "cursor": self.cursor,
                "edits": [dict(e.op, touched=sorted(e.touched)) for e in self.entries]}
        files.write_text(self.path, json.dumps(data, ensure_ascii=False) + "\n", overwrite=True)


class StaleEdit(InputError):
    """An edit or undo from a page that did not see the latest changes."""


def open_journal(record_path: Path, base: MeetingRecord) -> Journal:
    """The journal of ``record_path`` (empty if it has none), with its edits replayed."""
    record_path = Path(record_path)
    sha = files.sha256_file(record_path)
    path = journal_path(record_path)
    journal = Journal(path, sha, base, states=[base])
    if not path.exists():
        return journal
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("referat_edits") != FORMAT:
            raise ValueError(f"unknown format {data.get('referat_edits')!r}")
        if data.get("base_sha256") != sha:
            _set_aside(path, _("it belongs to another version of the meeting record"))
            return journal
        state = base
        for raw in data.get("edits", []):
            op = {k: v for k, v in raw.items() if k != "touched"}
            after = apply(state, op)
            journal.entries.append(Entry(op, frozenset(raw.get("touched", ()))))
            journal.states.append(after)
            state = after
        journal.cursor = max(0, min(int(data.get("cursor", len(journal.entries))), len(journal.entries)))
        journal.revision = journal.opened_at = int(data.get("revision", 0))
    except (OSError, UnicodeDecodeError, ValueError, TypeError, AttributeError, InputError) as exc:
        raise InputError(_("The edits in {path} cannot be read ({exc}). Move the file away to start from the "
                           "machine's version; your edits are in it.").format(path=path, exc=exc)) from exc
    return journal


def _set_aside(path: Path, why: str) -> None:
    aside = path.with_name(path.stem + ".old" + path.suffix)
    n = 2
    while aside.exists():
        aside = path.with_name(f"{path.stem}.old{n}{path.suffix}")
        n += 1
    path.rename(aside)
    log.warning(_("%s was moved to %s: %s"), path, aside, why)


def edited_record(record_path: Path, base: MeetingRecord) -> MeetingRecord:
    """The record as the review left it (the machine's when there are no edits)."""
    if not journal_path(Path(record_path)).exists():
        return base
    return open_journal(record_path, base).record
