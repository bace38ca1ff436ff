"""The item-marks sidecar written while recording (read by the pipeline).

``MEETING.marks.json`` next to the recording::

    {"referat_marks": 1, "recording": "referat-2026-11-21_190500.wav",
     "marks": [{"time": 12.34, "item": 3, "kind": "item"}, ...]}

``time`` is seconds from the recording start, ``item`` the agenda item number.
The whole file is rewritten atomically and fsynced on every mark, so it is
always valid JSON and a crash loses no mark that was shown on screen.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

from referat.errors import InputError
from referat.files import write_text
from referat.types import Mark

FORMAT_VERSION = 1
KINDS = ("item", "decision")


def marks_to_dict(recording_name: str, marks: tuple[Mark, ...] | list[Mark]) -> dict:
    return {
        "referat_marks": FORMAT_VERSION,
        "recording": recording_name,
        "marks": [{"time": round(m.time, 3), "item": m.item, "kind": m.kind} for m in marks],
    }


def read_marks(path: Path) -> tuple[Mark, ...]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"Marks file {path} not found.") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"Marks file {path} is not valid JSON: {exc}.") from exc
    if not isinstance(data, dict) or data.get("referat_marks") != FORMAT_VERSION:
        raise InputError(f"{path} is not a referat marks file (version {FORMAT_VERSION}).")
    marks = []
    for raw in data.get("marks", []):
        try:
            kind = str(raw.get("kind", "item"))
            item = raw.get("item")
            marks.append(Mark(time=float(raw["time"]), item=None if item is None else int(item), kind=kind))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InputError(f"{path}: bad mark {raw!r}.") from exc
    return tuple(marks)


class MarksWriter:
    """Collects marks for one recording and persists each one at once."""

    def __init__(self, path: Path, recording_name: str):
        self.path = Path(path)
        self.recording_name = recording_name
        self._marks: list[Mark] = []
        self._lock = threading.Lock()
        self._save(overwrite=False)  # claim the name now: fails if it exists

    @property
    def marks(self) -> tuple[Mark, ...]:
        with self._lock:
            return tuple(self._marks)

    def add(self, time: float, item: int | None, kind: str = "item") -> Mark:
        if kind not in KINDS:
            raise ValueError(f"unknown mark kind {kind!r}")
        mark = Mark(time=max(0.0, float(time)), item=item, kind=kind)
        with self._lock:
            self._marks.append(mark)
            self._save(overwrite=True)
        return mark

    def _save(self, overwrite: bool) -> None:
        text = json.dumps(marks_to_dict(self.recording_name, self._marks), ensure_ascii=False, indent=1)
        write_text(self.path, text + "\n", overwrite=overwrite)
