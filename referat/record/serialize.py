"""JSON round trips for the shared dataclasses.

Every document carries a ``"referat_format"`` version so a later referat can
read (or refuse with a clear message) what an earlier one wrote.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from referat.errors import InputError
from referat.i18n import _
from referat.types import (
    AgendaItem,
    DraftDecision,
    Evidence,
    FollowUp,
    ItemMinutes,
    Meeting,
    Minutes,
    Participant,
    Section,
    Segment,
    Transcript,
    TranscriptInfo,
    Utterance,
    Word,
)

TRANSCRIPT_FORMAT = 1


def _r(value: float) -> float:
    return round(float(value), 3)


def word_to_dict(word: Word) -> dict[str, Any]:
    data: dict[str, Any] = {"start": _r(word.start), "end": _r(word.end), "text": word.text,
                            "probability": round(float(word.probability), 4)}
    if word.speaker is not None:
        data["speaker"] = word.speaker
    return data


def segment_to_dict(segment: Segment) -> dict[str, Any]:
    data: dict[str, Any] = {"start": _r(segment.start), "end": _r(segment.end), "text": segment.text}
    if segment.speaker is not None:
        data["speaker"] = segment.speaker
    data["words"] = [word_to_dict(w) for w in segment.words]
    return data


def info_to_dict(info: TranscriptInfo) -> dict[str, Any]:
    return {
        "source": info.source,
        "duration": _r(info.duration),
        "language": info.language,
        "language_probability": round(float(info.language_probability), 4),
        "model": info.model,
        "referat_version": info.referat_version,
        "device": info.device,
        "compute_type": info.compute_type,
    }


def info_from_dict(raw: dict[str, Any]) -> TranscriptInfo:
    return TranscriptInfo(
        source=str(raw.get("source", "")),
        duration=float(raw.get("duration") or 0.0),
        language=str(raw.get("language", "")),
        language_probability=float(raw.get("language_probability", 1.0)),
        model=str(raw.get("model", "")),
        referat_version=str(raw.get("referat_version", "")),
        device=str(raw.get("device", "")),
        compute_type=str(raw.get("compute_type", "")),
    )


def transcript_to_dict(transcript: Transcript) -> dict[str, Any]:
    return {
        "referat_format": TRANSCRIPT_FORMAT,
        "kind": "transcript",
        "info": info_to_dict(transcript.info),
        "text": transcript.text,
        "segments": [segment_to_dict(s) for s in transcript.segments],
    }


def word_from_dict(data: dict[str, Any]) -> Word:
    return Word(
        start=float(data["start"]),
        end=float(data["end"]),
        text=str(data["text"]),
        probability=float(data.get("probability", 1.0)),
        speaker=data.get("speaker"),
    )


def segment_from_dict(data: dict[str, Any]) -> Segment:
    return Segment(
        start=float(data["start"]),
        end=float(data["end"]),
        text=str(data["text"]),
        words=tuple(word_from_dict(w) for w in data.get("words", ())),
        speaker=data.get("speaker"),
    )


def transcript_from_dict(data: dict[str, Any]) -> Transcript:
    if not isinstance(data, dict) or "referat_format" not in data:
        raise InputError(_("This JSON is not a referat transcript (no \"referat_format\" key)."))
    version = data["referat_format"]
    if not isinstance(version, int) or version > TRANSCRIPT_FORMAT:
        raise InputError(
            _("This transcript uses referat format {version!r}; this referat reads up to {TRANSCRIPT_FORMAT}. "
              "Update referat.").format(version=version, TRANSCRIPT_FORMAT=TRANSCRIPT_FORMAT)
        )
    try:
        info = info_from_dict(data["info"])
        segments = tuple(segment_from_dict(s) for s in data.get("segments", ()))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(_("The transcript JSON is damaged ({exc!r}); write it again with referat.").format(
                             exc=exc)) from exc
    return Transcript(info=info, segments=segments)


# --- minutes ---------------------------------------------------------------------

MINUTES_FORMAT = 1


def _time(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def meeting_to_dict(meeting: Meeting) -> dict[str, Any]:
    return {
        "forum": meeting.forum,
        "date": meeting.date.isoformat() if meeting.date else None,
        "start_time": _time(meeting.start_time),
        "place": meeting.place,
        "municipality": meeting.municipality,
        "participants": [{"name": p.name, "role": p.role} for p in meeting.participants],
        "absent": [{"name": p.name, "role": p.role} for p in meeting.absent],
        "items": [
            {"number": i.number, "title": i.title, "case_number": i.case_number, "closed": i.closed,
             "sections": [{"name": s.name, "text": s.text} for s in i.sections], "decision": i.decision}
            for i in meeting.items
        ],
    }


def meeting_from_dict(data: dict[str, Any]) -> Meeting:
    def people(key: str) -> tuple[Participant, ...]:
        return tuple(Participant(p["name"], p.get("role")) for p in data.get(key, ()))

    start = data.get("start_time")
    return Meeting(
        forum=str(data["forum"]),
        date=dt.date.fromisoformat(data["date"]) if data.get("date") else None,
        start_time=dt.time.fromisoformat(start) if start else None,
        place=data.get("place"),
        municipality=data.get("municipality"),
        participants=people("participants"),
        absent=people("absent"),
        items=tuple(
            AgendaItem(
                number=int(i["number"]), title=str(i["title"]), case_number=i.get("case_number"),
                closed=bool(i.get("closed", False)),
                sections=tuple(Section(str(s["name"]), str(s.get("text", ""))) for s in i.get("sections", ())),
                decision=i.get("decision"),
            )
            for i in data.get("items", ())
        ),
    )


def utterance_to_dict(utterance: Utterance) -> dict[str, Any]:
    return {"speaker": utterance.speaker, "start": _r(utterance.start), "end": _r(utterance.end),
            "text": utterance.text, "words": [word_to_dict(w) for w in utterance.words]}


def utterance_from_dict(data: dict[str, Any]) -> Utterance:
    return Utterance(str(data["speaker"]), float(data["start"]), float(data["end"]),
                     tuple(word_from_dict(w) for w in data.get("words", ())))


def _evidence_to_dict(e: Evidence) -> dict[str, Any]:
    return {"speaker": e.speaker, "start": _r(e.start), "text": e.text}


def _evidence_from_dict(e: dict[str, Any]) -> Evidence:
    return Evidence(str(e["speaker"]), float(e["start"]), str(e["text"]))


def followup_to_dict(followup: FollowUp) -> dict[str, Any]:
    data: dict[str, Any] = {"who": followup.who, "what": followup.what, "when": followup.when}
    if followup.evidence is not None:
        data["evidence"] = _evidence_to_dict(followup.evidence)
    return data


def followup_from_dict(data: dict[str, Any]) -> FollowUp:
    evidence = data.get("evidence")
    who, when = data.get("who"), data.get("when")
    return FollowUp(str(who) if who else None, str(data["what"]), str(when) if when else None,
                    _evidence_from_dict(evidence) if evidence else None)


def draft_to_dict(draft: DraftDecision) -> dict[str, Any]:
    return {"kind": draft.kind, "text": draft.text, "confidence": draft.confidence,
            "evidence": [_evidence_to_dict(e) for e in draft.evidence],
            "followups": [followup_to_dict(f) for f in draft.followups]}


def draft_from_dict(data: dict[str, Any]) -> DraftDecision:
    return DraftDecision(str(data["kind"]), str(data["text"]),
                         tuple(_evidence_from_dict(e) for e in data.get("evidence", ())),
                         float(data.get("confidence", 0.0)),
                         tuple(followup_from_dict(f) for f in data.get("followups", ())))


def minutes_to_dict(minutes: Minutes) -> dict[str, Any]:
    """Everything needed to render the minutes again, without the recording."""
    return {
        "referat_format": MINUTES_FORMAT,
        "kind": "minutes",
        "meeting": meeting_to_dict(minutes.meeting),
        "speaker_names": dict(minutes.speaker_names),
        "items": [
            {"number": im.item.number, "title": im.item.title,
             "draft": draft_to_dict(im.draft) if im.draft else None,
             "utterances": [utterance_to_dict(u) for u in im.utterances]}
            for im in minutes.items
        ],
        "unassigned": [utterance_to_dict(u) for u in minutes.unassigned],
    }


def minutes_from_dict(data: dict[str, Any]) -> Minutes:
    if not isinstance(data, dict) or data.get("kind") != "minutes" or "referat_format" not in data:
        raise InputError(_("This JSON holds no referat minutes (no \"kind\": \"minutes\"). Give the .json that "
                           "'referat transcribe --agenda … -o …' wrote."))
    version = data["referat_format"]
    if not isinstance(version, int) or version > MINUTES_FORMAT:
        raise InputError(_("These minutes use referat format {version!r}; this referat reads up to "
                           "{MINUTES_FORMAT}. Update referat.").format(
                             version=version, MINUTES_FORMAT=MINUTES_FORMAT))
    try:
        meeting = meeting_from_dict(data["meeting"])
        by_number = {item.number: item for item in meeting.items}
        items = tuple(
            ItemMinutes(by_number[int(i["number"])],
                        tuple(utterance_from_dict(u) for u in i.get("utterances", ())),
                        draft_from_dict(i["draft"]) if i.get("draft") else None)
            for i in data.get("items", ())
        )
        unassigned = tuple(utterance_from_dict(u) for u in data.get("unassigned", ()))
        names = tuple(sorted((str(k), str(v)) for k, v in dict(data.get("speaker_names", {})).items()))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(_("The minutes JSON is damaged ({exc!r}); fix the "
                           "edit or write it again with referat.").format(
                             exc=exc)) from exc
    return Minutes(meeting, items, unassigned, names)
