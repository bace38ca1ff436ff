"""The voices beside a meeting record: ``MEETING.voices.npz``.

Speech regions and one 256-number GE2E embedding per 1.5 s window, as float16:
about 3.7 MB an hour of speech. Written with the record, in the same
all-or-none set and owner-only like every output; replaced when the record is,
removed when a run writes the record without them. The file names the
recording and its length, so voices are never applied to another meeting's
record.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np

from referat.errors import InputError
from referat.i18n import N_, _
from referat.record.edits import turns_op
from referat.record.model import MeetingRecord
from referat.speakers.clustering import Windows
from referat.speakers.diarize import DiarizationOptions, with_agenda
from referat.speakers.voices import Voices, keep_labels, recluster

FORMAT = 1
NOT_KEPT = N_("{path} has no voices kept beside it ({voices} is missing): it was made by the pyannote diarizer, "
            "with --diarizer none, by an older referat, or the voice data was deleted. Transcribe the recording "
            "again with --speakers N to choose the number of speakers.")


def voices_path(record_path: Path) -> Path:
    """``møde.json`` → ``møde.voices.npz``."""
    return Path(record_path).with_suffix(".voices.npz")


def voices_bytes(record: MeetingRecord) -> bytes:
    """The npz file of ``record.voices`` (which must be there)."""
    voices = record.voices
    assert voices is not None
    windows = voices.windows
    buffer = io.BytesIO()
    np.savez_compressed(
        buffer, format=np.int32(FORMAT), source=np.str_(record.source), duration=np.float64(record.duration),
        regions=voices.regions.astype(np.float64), starts=windows.starts.astype(np.float64),
        ends=windows.ends.astype(np.float64), region=windows.region.astype(np.int32),
        embeddings=windows.embeddings.astype(np.float16))
    return buffer.getvalue()


def load_voices(record_path: Path, record: MeetingRecord) -> Voices:
    """The voices kept beside ``record_path``, checked to belong to ``record``."""
    path = voices_path(record_path)
    if not path.is_file():
        raise InputError(_(NOT_KEPT).format(path=record_path, voices=path.name))
    try:
        with np.load(path, allow_pickle=False) as data:
            if int(data["format"]) != FORMAT:
                raise InputError(_("{path} is voice data of a newer referat (format {data}); update referat.").format(
                                     path=path, data=int(data['format'])))
            source, duration = str(data["source"]), float(data["duration"])
            regions = data["regions"].reshape(-1, 2)
            windows = Windows(data["starts"], data["ends"], data["region"],
                              _unit(data["embeddings"].astype(np.float32)))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputError(_("{path} is damaged ({exc}). Delete it; transcribe again with --speakers N to choose "
                           "the number of speakers.").format(path=path, exc=exc)) from exc
    if source != record.source or abs(duration - record.duration) > 0.05:
        raise InputError(_("{path} holds the voices of another recording ({source}, not {source2}). Delete it, "
                           "or put back the voices of this meeting.").format(
                             path=path, source=source, source2=record.source))
    if len({len(windows.starts), len(windows.ends), len(windows.region), len(windows.embeddings)}) != 1:
        raise InputError(_("{path} is damaged (its arrays differ in length). Delete it.").format(path=path))
    return Voices(regions, windows)


def speakers_again(record_path: Path, record: MeetingRecord, options: DiarizationOptions) -> dict[str, object]:
    """The edit that finds ``record``'s speakers again from its kept voices, for the count
    ``options`` ask (bounded by the agenda's participants as a run is). Voices that survive
    keep their labels, and so their names. About a second for a 2-hour meeting."""
    voices = load_voices(record_path, record)
    low, high = with_agenda(options, record.meeting if record.has_agenda else None).bounds()
    turns = recluster(voices, low, high)
    spoken = [(line.start, line.end, line.speaker) for line in record.lines if line.speaker is not None]
    return turns_op(keep_labels(turns, spoken))


def with_kept_voices(record_path: Path, record: MeetingRecord) -> MeetingRecord:
    """``record`` with the voices beside ``record_path``, if there are any that fit it, so a
    record written again (``referat render``) keeps them."""
    from dataclasses import replace

    try:
        return replace(record, voices=load_voices(record_path, record))
    except InputError:
        return record


def _unit(vectors: np.ndarray) -> np.ndarray:
    # float16 storage shifts lengths by ~1e-3; the clustering expects unit vectors.
    unit: np.ndarray = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    return unit
