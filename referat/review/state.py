"""What the review page shows, as plain JSON data made from the meeting record.

The page renders this and nothing else; every change goes back as an edit
(``referat.record.edits``), and the answer is this view again.
"""

from __future__ import annotations

from typing import Any

from referat import danish
from referat.record.journal import Journal
from referat.record.model import Line, MeetingRecord
from referat.record.views import decision_view, utterances_of
from referat.speakers.names import SpeakerSummary, summarize
from referat.types import AgendaItem


def _line(line: Line) -> dict[str, Any]:
    return {"id": line.id, "start": round(line.start, 2), "end": round(line.end, 2), "speaker": line.speaker,
            "text": line.shown, "machine": line.text if line.corrected is not None else None}


def _decision(record: MeetingRecord, number: int) -> dict[str, Any]:
    item = next(i for i in record.meeting.items if i.number == number)
    view = decision_view(record, number)
    state = record.decision(number)
    return {
        "text": item.decision or (view.text if view else ""),
        "written": bool(item.decision),  # written in the agenda already: never a draft
        "kind": view.kind if view else None,
        "edited": state.text is not None,
        "checked": state.checked,
        "evidence": [{"speaker": e.speaker, "start": round(e.start, 2), "text": e.text}
                     for e in (view.evidence if view else ())],
        # Follow-ups: the machine's (with the sentence they were heard in) until the secretary edits them.
        "followups": [{"who": f.who or "", "what": f.what, "when": f.when or "",
                       "heard": None if f.evidence is None else {"start": round(f.evidence.start, 2),
                                                                 "text": f.evidence.text}}
                      for f in (view.followups if view else ())],
        "followups_edited": state.followups is not None,
    }


def _indstilling(item: AgendaItem) -> str:
    section = item.section("Indstilling")
    return section.text if section is not None else ""


_SPEAKERS: dict[int, tuple[tuple[Line, ...], list[SpeakerSummary]]] = {}


def _summaries(record: MeetingRecord) -> list[SpeakerSummary]:
    """Talk time and quotes per speaker, worked out again only when the lines changed."""
    key = id(record.lines)
    cached = _SPEAKERS.get(key)
    if cached is None or cached[0] is not record.lines:
        _SPEAKERS.clear()
        cached = _SPEAKERS[key] = (record.lines, summarize(utterances_of(record), quotes=3))
    return cached[1]


def meeting_state(journal: Journal, audio: dict[str, Any], exports: list[str]) -> dict[str, Any]:
    """The whole page's data for the record as it stands."""
    record = journal.record
    meeting = record.meeting
    by_item: dict[int | None, list[dict[str, Any]]] = {item.number: [] for item in meeting.items}
    unassigned: list[dict[str, Any]] = []
    for line in record.lines:
        by_item.get(line.item, unassigned).append(_line(line))
    names = record.names
    speakers = [{"label": s.speaker, "name": names.get(s.speaker, ""), "seconds": round(s.talk_time),
                 "talk_time": danish.duration(s.talk_time), "turns": s.utterances,
                 "quotes": [{"start": round(q.start, 2), "text": q.text} for q in s.quotes]}
                for s in _summaries(record)]
    return {
        "revision": journal.revision,
        "can_undo": journal.can_undo,
        "can_redo": journal.can_redo,
        "meeting": {
            "forum": meeting.forum,
            "date": danish.long_date(meeting.date, meeting.start_time) if record.has_agenda else "",
            "place": meeting.place or "",
            "participants": [{"name": p.name, "role": p.role or ""} for p in meeting.participants],
            "absent": [{"name": p.name, "role": p.role or ""} for p in meeting.absent],
            "has_agenda": record.has_agenda,
        },
        "duration": round(record.duration, 2),
        "audio": audio,
        "speakers": speakers,
        "items": [
            {"number": item.number, "title": item.title, "case": item.case_number or "", "closed": item.closed,
             "indstilling": _indstilling(item), "decision": _decision(record, item.number),
             "lines": by_item[item.number]}
            for item in meeting.items
        ],
        "unassigned": unassigned,
        "exports": exports,
    }
