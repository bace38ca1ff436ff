"""The meeting record as JSON, and the migrations from older files.

One writer (``record_to_dict``, schema 2) and one reader (``record_from_dict``)
that checks the kind and accepts what earlier versions wrote:

- ``{"kind": "meeting", "schema_version": 2}``: this format;
- ``{"kind": "meeting", "referat_format": 1}``: the referat .json of version 0.1
  (``transcribe --agenda … -o``), whose utterances become lines;
- ``{"kind": "transcript", "referat_format": 1}``: the plain transcript .json
  (``transcribe`` without an agenda), read as a record without an agenda.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from referat.errors import InputError
from referat.i18n import _
from referat.minutes.build import empty_meeting
from referat.record.model import SCHEMA_VERSION, ItemDecision, Line, MeetingRecord, Split
from referat.record.serialize import (
    draft_from_dict,
    draft_to_dict,
    followup_from_dict,
    followup_to_dict,
    info_from_dict,
    info_to_dict,
    meeting_from_dict,
    meeting_to_dict,
    minutes_from_dict,
    transcript_from_dict,
)
from referat.speakers.align import rename_speakers, speaker_lines
from referat.types import Boundary, Mark, TranscriptInfo, Utterance, Word

KIND = "meeting"


def _r(value: float) -> float:
    return round(float(value), 3)


# --- writing -----------------------------------------------------------------------


def record_to_dict(record: MeetingRecord) -> dict[str, Any]:
    return {
        "kind": KIND,
        "schema_version": SCHEMA_VERSION,
        "source": record.source,
        "duration": _r(record.duration),
        "asr": info_to_dict(record.asr),
        "has_agenda": record.has_agenda,
        "meeting": meeting_to_dict(record.meeting),
        "speaker_names": dict(record.speaker_names),
        "marks": [{"time": _r(m.time), "item": m.item, "kind": m.kind} for m in record.marks],
        "split": {"method": record.split.method,
                  "boundaries": [{"time": _r(b.time), "item": b.item, "source": b.source, "reason": b.reason}
                                 for b in record.split.boundaries],
                  "warnings": list(record.split.warnings)},
        "warnings": list(record.warnings),
        "decisions": [_decision_to_dict(d) for d in record.decisions],
        "lines": [line_to_dict(line) for line in record.lines],
    }


def line_to_dict(line: Line) -> dict[str, Any]:
    # Words as [start, end, text, probability]: a 3-hour meeting has some 30,000 of them.
    return {"id": line.id, "start": _r(line.start), "end": _r(line.end), "speaker": line.speaker,
            "item": line.item, "text": line.text, "corrected": line.corrected,
            "words": [[_r(w.start), _r(w.end), w.text, round(float(w.probability), 3)] for w in line.words]}


# --- reading -----------------------------------------------------------------------


def record_from_dict(data: object, name: str = "the file") -> MeetingRecord:
    """The record in ``data``, whatever referat version wrote it; InputError otherwise."""
    if not isinstance(data, dict) or data.get("kind") not in (KIND, "transcript"):
        raise InputError(_("{name} is not a referat meeting record or transcript (no \"kind\": \"meeting\"). Give "
                           "the .json that 'referat transcribe', 'record' or 'batch' wrote.").format(
                             name=name))
    version = data.get("schema_version", data.get("referat_format"))
    if not isinstance(version, int) or version < 1:
        raise InputError(_("{name} has no valid schema_version; it was not written by referat.").format(
                             name=name))
    if version > SCHEMA_VERSION:
        raise InputError(_("{name} was written by a newer referat (schema {version}; this one reads up to "
                           "{SCHEMA_VERSION}). Update referat to open it.").format(
                             name=name, version=version, SCHEMA_VERSION=SCHEMA_VERSION))
    try:
        if data["kind"] == "transcript":
            return _from_transcript(data)
        if "schema_version" not in data:
            return _from_meeting_v1(data)
        return _from_v2(data)
    except InputError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise InputError(_("{name} is damaged ({exc!r}). Undo the hand edit, or write it again with referat.").format(
                             name=name, exc=exc)) from exc


def _from_v2(data: dict[str, Any]) -> MeetingRecord:
    return MeetingRecord(
        source=str(data.get("source", "")),
        duration=float(data.get("duration") or 0.0),
        asr=info_from_dict(data.get("asr") or {}),
        meeting=meeting_from_dict(data["meeting"]),
        has_agenda=bool(data.get("has_agenda", True)),
        lines=tuple(_line(raw) for raw in data.get("lines", ())),
        marks=_marks(data.get("marks", ())),
        split=_split(data.get("split") or {}),
        decisions=tuple(_decision_from_dict(d) for d in data.get("decisions", ())),
        speaker_names=_names(data.get("speaker_names") or {}),
        warnings=tuple(str(w) for w in data.get("warnings", ())),
    )


def _line(raw: dict[str, Any]) -> Line:
    words = tuple(Word(float(s), float(e), str(t), float(p)) for s, e, t, p in raw.get("words", ()))
    item = raw.get("item")
    corrected = raw.get("corrected")
    return Line(int(raw["id"]), float(raw["start"]), float(raw["end"]), raw.get("speaker"), str(raw["text"]),
                words, None if item is None else int(item), None if corrected is None else str(corrected))


def _marks(raw: Any) -> tuple[Mark, ...]:
    try:
        return tuple(Mark(float(m["time"]), None if m.get("item") is None else int(m["item"]),
                          str(m.get("kind", "item"))) for m in raw)
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(_("a mark in \"marks\" is damaged ({exc!r}); each needs a time and an item.").format(
                             exc=exc)) from exc


def _split(raw: dict[str, Any]) -> Split:
    return Split(str(raw.get("method", "none")),
                 tuple(Boundary(float(b["time"]), None if b.get("item") is None else int(b["item"]),
                                str(b.get("source", "")), str(b.get("reason", ""))) for b in raw.get("boundaries", ())),
                 tuple(str(w) for w in raw.get("warnings", ())))


def _names(raw: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((str(k), str(v)) for k, v in raw.items()))


def _from_meeting_v1(data: dict[str, Any]) -> MeetingRecord:
    """Version 0.1's referat .json: its minutes hold the utterances per item."""
    minutes = minutes_from_dict(data.get("minutes") or {})
    said: list[tuple[int | None, Utterance]] = [(im.item.number, u) for im in minutes.items for u in im.utterances]
    said += [(None, u) for u in minutes.unassigned]
    said.sort(key=lambda pair: (pair[1].start, pair[1].end))
    lines = tuple(Line(i, u.start, u.end, u.speaker, u.text, tuple(w for w in u.words), item)
                  for i, (item, u) in enumerate(said))
    asr = data.get("asr") or {}
    duration = float(data.get("duration") or 0.0)
    info = TranscriptInfo(source=str(data.get("source", "")), duration=duration, language=str(asr.get("language", "")),
                          model=str(asr.get("model", "")), referat_version=str(asr.get("referat_version", "")),
                          device=str(asr.get("device", "")))
    split = data.get("split") or {}
    return MeetingRecord(
        source=info.source, duration=duration, asr=info, meeting=minutes.meeting, has_agenda=True, lines=lines,
        marks=_marks(data.get("marks", ())), split=_split(split),
        decisions=tuple(ItemDecision(im.item.number, im.draft) for im in minutes.items),
        speaker_names=minutes.speaker_names,
    )


def _from_transcript(data: dict[str, Any]) -> MeetingRecord:
    """A plain transcript .json: its segments become lines; there is no agenda."""
    transcript = transcript_from_dict(data)
    names = data.get("speaker_names") or {}
    if names:  # segments were written with the names in place of the labels: undo that
        labels = {name: label for label, name in names.items()}
        transcript = rename_speakers(transcript, labels)
    lines = tuple(Line(i, s.start, s.end, s.speaker, s.text, s.words)
                  for i, s in enumerate(speaker_lines(transcript)))
    source = transcript.info.source
    meeting = empty_meeting(f"Møde ({Path(source).stem})" if source else "Møde")
    return MeetingRecord(source=source, duration=transcript.info.duration, asr=transcript.info, meeting=meeting,
                         has_agenda=False, lines=lines, speaker_names=_names(names))


def _decision_to_dict(decision: ItemDecision) -> dict[str, Any]:
    draft = draft_to_dict(decision.draft) if decision.draft else None
    data: dict[str, Any] = {"number": decision.number, "draft": draft, "text": decision.text,
                            "checked": decision.checked}
    if decision.followups is not None:
        data["followups"] = [followup_to_dict(f) for f in decision.followups]
    return data


def _decision_from_dict(data: dict[str, Any]) -> ItemDecision:
    followups = data.get("followups")
    return ItemDecision(int(data["number"]), draft_from_dict(data["draft"]) if data.get("draft") else None,
                        data.get("text"), bool(data.get("checked", False)),
                        None if followups is None else tuple(followup_from_dict(f) for f in followups))
