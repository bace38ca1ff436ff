"""The batch manifest: which input files are finished, by content and settings.

A JSON file in the output folder. Each entry is keyed by the SHA-256 of the
input's bytes and remembers the settings it was made with and the outputs it
wrote. Rules that make a batch resumable and safe:

* an entry is marked ``running`` (with its planned outputs) *before* any output
  is written, and ``done`` only *after* every output is in place, so a killed
  run leaves either a finished file or one that is simply redone;
* outputs listed in the manifest belong to referat and may be replaced when
  their input is redone; anything else in the folder needs ``--overwrite``;
* the manifest itself is rewritten atomically (``referat.files``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from referat import files
from referat.errors import OutputError
from referat.i18n import _
from referat.portable import lock_exclusive

log = logging.getLogger(__name__)

MANIFEST_NAME = "referat-batch-manifest.json"
LOCK_NAME = ".referat-batch.lock"
FORMAT_KEY = "referat_batch_manifest"
FORMAT_VERSION = 1


def settings_key(settings: Mapping[str, object]) -> str:
    """A short stable fingerprint of everything that changes a file's outputs."""
    canonical = json.dumps(settings, sort_keys=True, ensure_ascii=True, default=str)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()[:16]


@dataclass(frozen=True)
class Entry:
    sha256: str
    source: str
    settings: str
    status: str = "running"  # "running" | "done" | "failed"
    outputs: tuple[str, ...] = ()  # names relative to the output folder
    duration: float = 0.0
    speakers: int | None = None
    items: int | None = None
    seconds: float = 0.0
    finished: str = ""
    error: str = ""
    node: str = ""  # the Ray node that transcribed it, for an operator's questions (--cluster)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["outputs"] = list(self.outputs)
        return data

    @classmethod
    def from_dict(cls, data: Mapping) -> Entry:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        known["outputs"] = tuple(known.get("outputs", ()))
        return cls(**known)


@dataclass
class Manifest:
    """The in-memory manifest of one output folder; ``save`` publishes it."""

    path: Path
    entries: dict[str, Entry] = field(default_factory=dict)

    def is_done(self, sha256: str, settings: str, output_dir: Path) -> Entry | None:
        """The finished entry for this content and settings, if its outputs still exist."""
        entry = self.entries.get(sha256)
        if entry is None or entry.status != "done" or entry.settings != settings:
            return None
        if not all((output_dir / name).exists() for name in entry.outputs):
            return None  # someone deleted an output: make it again
        return entry

    def owned_outputs(self) -> set[str]:
        """Every output name referat wrote (or started writing) in this folder."""
        return {name for entry in self.entries.values() for name in entry.outputs}

    def mark_running(self, entry: Entry) -> None:
        self.entries[entry.sha256] = replace(entry, status="running")
        self.save()

    def mark_done(self, entry: Entry) -> None:
        done = replace(entry, status="done", finished=_now())
        # An older entry whose outputs this one replaced (the input changed) is gone.
        mine = set(done.outputs)
        for key, other in list(self.entries.items()):
            if key != done.sha256 and mine.intersection(other.outputs):
                del self.entries[key]
        self.entries[done.sha256] = done
        self.save()

    def mark_failed(self, sha256: str, reason: str) -> None:
        """Keep the entry (its outputs, if any were written, stay ours to replace)."""
        entry = self.entries.get(sha256)
        if entry is not None and entry.status != "done":
            self.entries[sha256] = replace(entry, status="failed", error=reason, finished=_now())
            self.save()

    def save(self) -> None:
        data = {
            FORMAT_KEY: FORMAT_VERSION,
            "entries": [e.to_dict() for e in sorted(self.entries.values(), key=lambda e: e.source)],
        }
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        try:
            files.write_text(self.path, text, overwrite=True)
        except OutputError as exc:
            raise OutputError(
                _("Could not update the batch manifest {path}: {exc}. Free some disk space or choose another "
                  "--output-dir, then run the batch again; finished files are kept.").format(
                    path=self.path, exc=exc)
            ) from exc


def load_manifest(output_dir: Path) -> Manifest:
    """Read the folder's manifest; a missing one is empty, a broken one is an error."""
    path = Path(output_dir) / MANIFEST_NAME
    if not path.exists():
        return Manifest(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get(FORMAT_KEY) != FORMAT_VERSION:
            raise ValueError(f"unknown format {data.get(FORMAT_KEY)!r}")
        entries = [Entry.from_dict(e) for e in data.get("entries", [])]
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        raise OutputError(
            _("The batch manifest {path} is unreadable ({exc}). Move it away to start the batch afresh (existing "
              "outputs then need --overwrite).").format(path=path, exc=exc)
        ) from exc
    return Manifest(path, {e.sha256: e for e in entries})


@contextlib.contextmanager
def output_lock(output_dir: Path) -> Iterator[None]:
    """Only one batch at a time may write to an output folder."""
    files.ensure_private_dir(Path(output_dir))
    lock_path = Path(output_dir) / LOCK_NAME
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, files.PRIVATE_FILE_MODE)
    except OSError as exc:
        raise OutputError(_("Cannot write to {output_dir}: {strerror}. Choose another --output-dir.").format(
                              output_dir=output_dir, strerror=exc.strerror)) from exc
    try:
        try:
            lock_exclusive(fd)
        except BlockingIOError as exc:
            raise OutputError(
                _("Another referat batch is writing to {output_dir}. Wait for it to finish or choose another "
                  "--output-dir.").format(output_dir=output_dir)
            ) from exc
        yield
    finally:
        os.close(fd)  # closing releases the lock, also when the process is killed


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
