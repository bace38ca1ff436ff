"""The meeting record on disk: read any version referat wrote, write the current one."""

from __future__ import annotations

import json
from pathlib import Path

from referat.errors import InputError
from referat.i18n import N_, _
from referat.record.journal import edited_record
from referat.record.json_format import record_from_dict, record_to_dict
from referat.record.model import MeetingRecord

HINT = N_("Give the .json that 'referat transcribe', 'referat record' or 'referat batch' wrote.")


def read_json(path: Path) -> object:
    """The parsed JSON of ``path``, or an InputError that says what is wrong with the file."""
    path = Path(path)
    if not path.exists():
        raise InputError(_("{path} does not exist. {HINT}").format(path=path, HINT=_(HINT)))
    if not path.is_file():
        raise InputError(_("{path} is not a file. {HINT}").format(path=path, HINT=_(HINT)))
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(_("Cannot read {path}: {value}.").format(path=path, value=exc.strerror or exc)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(_("{path} is not readable JSON ({exc}). Undo the hand edit, or use the file referat "
                           "wrote.").format(path=path, exc=exc)) from exc


def load_machine_record(path: Path) -> MeetingRecord:
    """The meeting record in ``path`` as the machine wrote it (a referat .json of
    any version, or a transcript .json)."""
    return record_from_dict(read_json(path), str(path))


def load_record(path: Path) -> MeetingRecord:
    """The meeting record in ``path`` with the review's edits (``MEETING.edits.json``) applied."""
    return edited_record(Path(path), load_machine_record(path))


def record_json(record: MeetingRecord) -> str:
    return json.dumps(record_to_dict(record), ensure_ascii=False, indent=1) + "\n"
