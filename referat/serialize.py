"""JSON round trips for the shared dataclasses.

Every document carries a ``"referat_format"`` version so a later referat can
read (or refuse with a clear message) what an earlier one wrote.
"""

from __future__ import annotations

from typing import Any

from referat.errors import InputError
from referat.types import Segment, Transcript, TranscriptInfo, Word

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


def transcript_to_dict(transcript: Transcript) -> dict[str, Any]:
    info = transcript.info
    return {
        "referat_format": TRANSCRIPT_FORMAT,
        "kind": "transcript",
        "info": {
            "source": info.source,
            "duration": _r(info.duration),
            "language": info.language,
            "language_probability": round(float(info.language_probability), 4),
            "model": info.model,
            "referat_version": info.referat_version,
            "device": info.device,
            "compute_type": info.compute_type,
        },
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
        raise InputError("This JSON is not a referat transcript (no \"referat_format\" key).")
    version = data["referat_format"]
    if not isinstance(version, int) or version > TRANSCRIPT_FORMAT:
        raise InputError(
            f"This transcript uses referat format {version!r}; this referat reads up to "
            f"{TRANSCRIPT_FORMAT}. Update referat."
        )
    try:
        raw = data["info"]
        info = TranscriptInfo(
            source=str(raw.get("source", "")),
            duration=float(raw.get("duration", 0.0)),
            language=str(raw.get("language", "")),
            language_probability=float(raw.get("language_probability", 1.0)),
            model=str(raw.get("model", "")),
            referat_version=str(raw.get("referat_version", "")),
            device=str(raw.get("device", "")),
            compute_type=str(raw.get("compute_type", "")),
        )
        segments = tuple(segment_from_dict(s) for s in data.get("segments", ()))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"The transcript JSON is damaged ({exc!r}); write it again with referat.") from exc
    return Transcript(info=info, segments=segments)
