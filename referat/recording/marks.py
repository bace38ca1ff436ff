"""The item-marks sidecar: written while recording, read by the pipeline.

``MEETING.marks.json`` next to ``MEETING.wav`` (format in docs/minutes.md)::

    {"referat_marks": 1, "recording": "MEETING.wav",
     "marks": [{"time": 12.34, "item": 3, "kind": "item"},
               {"time": 80.1, "item": 3, "kind": "decision"}]}

``time`` is seconds from the recording start, ``item`` the agenda item number.
The writer rewrites the whole file atomically and fsyncs it on every mark, so it
is always valid JSON and a crash loses no mark that was shown on screen. The
reader is tolerant on purpose: a mark that cannot be used is reported as a
warning and skipped, never a reason to lose the transcription. Whether marks fit
the agenda and the recording's length is checked by ``segment.split_by_marks``.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path

from referat.errors import InputError
from referat.files import write_text
from referat.i18n import _
from referat.types import Mark

FORMAT_VERSION = 1
KINDS = ("item", "decision")


def marks_to_dict(recording_name: str, marks: tuple[Mark, ...] | list[Mark]) -> dict:
    return {
        "referat_marks": FORMAT_VERSION,
        "recording": recording_name,
        "marks": [{"time": round(m.time, 3), "item": m.item, "kind": m.kind} for m in marks],
    }


@dataclass(frozen=True)
class MarksFile:
    path: Path
    recording: str | None
    marks: tuple[Mark, ...]
    warnings: tuple[str, ...] = ()


def marks_path_for(recording: Path) -> Path:
    """``møde.wav`` → ``møde.marks.json`` in the same folder."""
    recording = Path(recording)
    return recording.with_name(recording.stem + ".marks.json")


def marks_for(recording: Path, path: Path | None = None) -> MarksFile:
    """The marks of ``recording``: from ``path`` if given (which must then exist),
    else from ``RECORDING.marks.json`` beside it when there is one."""
    if path is None:
        beside = marks_path_for(recording)
        if not beside.is_file():
            return MarksFile(beside, None, ())
        path = beside
    return read_marks_file(path, recording)


def read_marks_file(path: Path, recording: Path | None = None) -> MarksFile:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(_("Marks file {path} not found. Check the path, or leave out --marks.").format(
                             path=path)) from exc
    except IsADirectoryError as exc:
        raise InputError(_("{path} is a folder, not a marks file.").format(path=path)) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(_("Marks file {path} is not valid JSON ({exc}). Fix it or move it away; the recording "
                           "can be processed without it.").format(path=path, exc=exc)) from exc
    if not isinstance(data, dict) or "referat_marks" not in data:
        raise InputError(_("{path} is not a referat marks file (no "
                           "\"referat_marks\" key). See docs/minutes.md.").format(
                             path=path))
    if data["referat_marks"] != FORMAT_VERSION:
        raise InputError(_("{path} is marks format {data!r}; this version reads format {FORMAT_VERSION}. Update "
                           "referat.").format(
                             path=path, data=data['referat_marks'], FORMAT_VERSION=FORMAT_VERSION))
    warnings: list[str] = []
    named = data.get("recording")
    if recording is not None and isinstance(named, str) and named and named != Path(recording).name:
        warnings.append(_("{name} was written for '{named}', not '{name2}'; its marks are used anyway. Check "
                          "they belong to this recording.").format(
                            name=path.name, named=named, name2=Path(recording).name))
    raw_marks = data.get("marks", [])
    if not isinstance(raw_marks, list):
        raise InputError(_("{path}: \"marks\" must be a list of {{time, item, kind}} objects.").format(
                             path=path))
    marks = []
    for index, raw in enumerate(raw_marks, start=1):
        mark, problem = _mark(raw)
        if mark is None:
            warnings.append(_("{name}: mark {index} ({mark}) {problem}; skipped.").format(
                                name=path.name, index=index, mark=json.dumps(raw, ensure_ascii=False),
                                problem=problem))
        else:
            marks.append(mark)
    return MarksFile(path, named if isinstance(named, str) else None,
                     tuple(sorted(marks, key=lambda m: m.time)), tuple(warnings))


def _mark(raw) -> tuple[Mark | None, str | None]:
    if not isinstance(raw, dict):
        return None, _("is not an object")
    time = raw.get("time")
    if isinstance(time, bool) or not isinstance(time, int | float):
        return None, _("has no time in seconds")
    kind = raw.get("kind", "item")
    if kind not in KINDS:
        return None, _("has unknown kind {kind!r} (known: {known})").format(kind=kind, known=", ".join(KINDS))
    item = raw.get("item")
    if item is not None and (isinstance(item, bool) or not isinstance(item, int)):
        if isinstance(item, str) and item.strip().isdigit():
            item = int(item)
        else:
            return None, _("has an item that is not a whole number")
    return Mark(float(time), item, kind), None


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
