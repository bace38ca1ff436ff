"""The main job: a meeting recording (plus its agenda) in, a draft referat out.

    process(audio, agenda) → transcription → speakers → utterances
        → split by item (marks > spoken cues > unassigned) → draft Beslutning per item
    write_outputs(result, "referat.docx") → referat.docx, referat-udskrift.docx, referat.json

Stages report to one ``progress(stage, done, total)`` callback so the CLI can
show a single display for the whole run. ``rerender`` rebuilds the minutes from
the saved .json (fixed names, marks or agenda) without transcribing again.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from referat import files
from referat.asr.transcriber import AsrOptions
from referat.minutes.decisions import DecisionOptions
from referat.errors import InputError, OutputError
from referat.recording.marks import marks_path_for, read_marks_file
from referat.minutes.build import MinutesResult, build_minutes, empty_meeting, public_minutes, vocabulary_from_meeting
from referat.minutes.segment import ItemSplit
from referat.record.serialize import minutes_from_dict, minutes_to_dict
from referat.types import Mark, Meeting, Minutes, Transcript, Utterance, Word

log = logging.getLogger(__name__)

Progress = Callable[[str, float, float], None]  # (stage, done, total)
# Stage keys and the labels the CLI shows, in run order.
STAGES = {
    "audio": "Indlæser lyd",
    "asr": "Tale til tekst",
    "speakers": "Finder talere",
    "items": "Punkter og beslutninger",
    "write": "Skriver filer",
}
MEETING_FORMAT = 1
UNKNOWN_SPEAKER = "Ukendt"


@dataclass(frozen=True)
class PipelineOptions:
    """Everything one run needs besides the recording and the agenda.

    marks: a marks file; None looks for MEETING.marks.json beside the recording.
    use_marks: False ignores marks (split by spoken cues only).
    vocabulary_from_agenda: feed titles, names and terms to recognition.
    """

    asr: AsrOptions = AsrOptions()
    diarization: object | None = None  # a diarize.DiarizationOptions; None = its defaults
    decisions: DecisionOptions = DecisionOptions()
    marks: Path | None = None
    use_marks: bool = True
    speaker_names: tuple[tuple[str, str], ...] = ()
    vocabulary_from_agenda: bool = True


@dataclass(frozen=True)
class ProcessResult:
    source: Path
    transcript: Transcript  # with speakers on segments and words
    minutes: Minutes
    split: ItemSplit
    marks: tuple[Mark, ...]
    chair: str | None
    warnings: tuple[str, ...]


def _report(progress: Progress | None, stage: str, done: float, total: float) -> None:
    if progress is not None:
        progress(stage, done, total)


def load_meeting(agenda_path: Path | None, audio_path: Path) -> Meeting:
    if agenda_path is None:
        return empty_meeting(f"Møde ({Path(audio_path).stem})")
    from referat.agenda.toml_format import load_agenda

    return load_agenda(Path(agenda_path))


def load_marks(audio_path: Path, options: PipelineOptions) -> tuple[tuple[Mark, ...], tuple[str, ...]]:
    if not options.use_marks:
        return (), ()
    path = options.marks or marks_path_for(audio_path)
    if options.marks is None and not path.is_file():
        return (), ()
    result = read_marks_file(path, audio_path)
    log.info("using %d marks from %s", len(result.marks), path)
    return result.marks, result.warnings


def process(
    audio_path: Path,
    agenda_path: Path | None = None,
    options: PipelineOptions = PipelineOptions(),
    progress: Progress | None = None,
    *,
    transcriber=None,
    diarizer=None,
) -> ProcessResult:
    """Run every stage for one recording. Pass ``transcriber``/``diarizer`` to reuse
    loaded models across recordings (batch runs)."""
    from referat.asr.transcriber import Transcriber
    from referat.audio.decode import SAMPLING_RATE, load_audio
    from referat.speakers.diarize import DiarizationOptions, diarize

    audio_path = Path(audio_path)
    meeting = load_meeting(agenda_path, audio_path)
    marks, warnings = load_marks(audio_path, options)
    _report(progress, "audio", 0, 1)
    audio = load_audio(audio_path)
    duration = len(audio) / SAMPLING_RATE
    _report(progress, "audio", 1, 1)

    if transcriber is None:
        asr = options.asr
        if options.vocabulary_from_agenda:
            asr = replace(asr, vocabulary=tuple(asr.vocabulary) + vocabulary_from_meeting(meeting))
        transcriber = Transcriber(asr)
    transcript = transcriber.transcribe(audio, source=str(audio_path),
                                        progress=lambda d, t: _report(progress, "asr", d, t))

    diarization = options.diarization or DiarizationOptions()
    if diarization.participants is None and meeting.participants:
        diarization = replace(diarization, participants=len(meeting.participants))
    _report(progress, "speakers", 0, duration)
    turns = diarize(audio, diarization, progress=lambda d, t: _report(progress, "speakers", d, t),
                    diarizer=diarizer) if transcript.segments else ()
    _report(progress, "speakers", duration, duration)
    transcript, utterances = speaker_utterances(transcript, turns)

    _report(progress, "items", 0, 1)
    built = build_minutes(meeting, utterances, marks, duration, dict(options.speaker_names), options.decisions)
    _report(progress, "items", 1, 1)
    warnings = warnings + built.warnings
    for warning in warnings:
        log.warning("%s", warning)
    return ProcessResult(audio_path, transcript, built.minutes, built.split, marks, built.chair, warnings)


def speaker_utterances(transcript: Transcript, turns) -> tuple[Transcript, tuple[Utterance, ...]]:
    """Speakers onto the transcript, then utterances. Without turns (no
    diarization, or nobody found) each segment is one utterance of "Ukendt"."""
    from referat.speakers.align import attach_speakers, group_utterances

    if turns:
        transcript = attach_speakers(transcript, turns)
        return transcript, group_utterances(transcript.words)
    utterances = []
    for seg in transcript.segments:
        words = seg.words or (Word(seg.start, seg.end, seg.text),)
        utterances.append(Utterance(seg.speaker or UNKNOWN_SPEAKER, seg.start, seg.end, words))
    return transcript, tuple(utterances)


# --- outputs -------------------------------------------------------------------------


@dataclass(frozen=True)
class OutputPaths:
    referat: Path
    transcript: Path
    data: Path
    public: Path | None = None

    def all(self) -> tuple[Path, ...]:
        return tuple(p for p in (self.referat, self.transcript, self.data, self.public) if p is not None)


def output_paths(referat_path: Path, public: bool = False) -> OutputPaths:
    from referat.output.transcript_doc import transcript_path_for

    path = Path(referat_path)
    if path.suffix.lower() != ".docx":
        raise OutputError(f"{path}: the referat is a Word file; give a name ending in .docx (e.g. referat.docx).")
    return OutputPaths(path, transcript_path_for(path), path.with_suffix(".json"),
                       path.with_name(f"{path.stem}-offentlig.docx") if public else None)


def check_outputs(paths: OutputPaths, overwrite: bool) -> None:
    """Fail before any slow work if an output exists or cannot be written."""
    files.check_writable_dir(paths.referat.parent)
    for path in paths.all():
        files.check_can_create(path, overwrite)


def split_notes(split: ItemSplit, warnings: Sequence[str]) -> list[str]:
    method = {"marks": "markeringer fra optagelsen", "cues": "udtalte henvisninger (fx \"punkt 3\")",
              "none": "ingen – al tale er ikke fordelt"}[split.method]
    notes = [f"Fordelt efter: {method}."]
    notes += [f"{b.reason} → {'punkt ' + str(b.item) if b.item is not None else 'ikke fordelt'}"
              for b in split.boundaries]
    return notes + [f"Advarsel: {w}" for w in warnings]


def meeting_document(minutes: Minutes, split: ItemSplit, marks: Sequence[Mark], warnings: Sequence[str],
                     source: str, duration: float | None, transcript: Transcript | None = None) -> dict:
    info = transcript.info if transcript else None
    return {
        "referat_format": MEETING_FORMAT,
        "kind": "meeting",
        "source": source,
        "duration": duration,
        "asr": {"model": info.model, "language": info.language, "device": info.device,
                "referat_version": info.referat_version} if info else None,
        "marks": [{"time": m.time, "item": m.item, "kind": m.kind} for m in marks],
        "split": {"method": split.method, "warnings": list(warnings),
                  "boundaries": [{"time": b.time, "item": b.item, "source": b.source, "reason": b.reason}
                                 for b in split.boundaries]},
        "minutes": minutes_to_dict(minutes),
    }


def write_outputs(result, paths: OutputPaths, overwrite: bool = False, template: Path | None = None,
                  progress: Progress | None = None) -> list[Path]:
    """Write the referat, the transcript document, the .json (and the public copy).
    ``result`` is a ProcessResult or a MinutesResult from ``rerender``."""
    from referat.output.render import render_docx
    from referat.output.transcript_doc import render_transcript_docx

    check_outputs(paths, overwrite)
    minutes, split, warnings = result.minutes, result.split, result.warnings
    notes = split_notes(split, warnings)
    document = getattr(result, "document", None) or meeting_document(
        minutes, split, result.marks, warnings, str(result.source), result.transcript.info.duration, result.transcript)
    writers = [
        (paths.referat, lambda tmp: render_docx(minutes, tmp, template=template, overwrite=True)),
        (paths.transcript, lambda tmp: render_transcript_docx(minutes, tmp, notes, overwrite=True)),
        (paths.data, lambda tmp: tmp.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")),
    ]
    if paths.public is not None:
        writers.append((paths.public, lambda tmp: render_docx(public_minutes(minutes), tmp, template=template,
                                                              public=True, overwrite=True, excerpts=False)))
    # All files are rendered to temp names first and published together, so a
    # failing template leaves no partial set behind.
    with contextlib.ExitStack() as stack:
        for done, (path, write) in enumerate(writers):
            _report(progress, "write", done, len(writers))
            write(stack.enter_context(files.atomic_path(path, overwrite)))
        _report(progress, "write", len(writers), len(writers))
    return [path for path, _ in writers]


# --- re-rendering from the saved .json ------------------------------------------------


@dataclass(frozen=True)
class Rerendered:
    minutes: Minutes
    split: ItemSplit
    marks: tuple[Mark, ...]
    warnings: tuple[str, ...]
    document: dict


def read_meeting_document(path: Path) -> dict:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{path} not found. Give the .json written next to the referat.") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path} is not readable JSON ({exc}). Fix the edit, or use the file referat wrote.") from exc
    if not isinstance(data, dict) or data.get("kind") != "meeting":
        raise InputError(f"{path} is not a referat meeting file (no \"kind\": \"meeting\"). Give the .json that "
                         "'referat transcribe --agenda … -o referat.docx' wrote next to the referat.")
    if not isinstance(data.get("referat_format"), int) or data["referat_format"] > MEETING_FORMAT:
        raise InputError(f"{path} uses meeting format {data.get('referat_format')!r}; update referat.")
    return data


def rerender(json_path: Path, agenda_path: Path | None = None,
             speaker_names: dict[str, str] | None = None, options: DecisionOptions = DecisionOptions()) -> Rerendered:
    """Rebuild the minutes from the saved discussion, marks and agenda: new speaker
    names, a corrected agenda or edited marks take effect; nothing is transcribed."""
    data = read_meeting_document(json_path)
    old = minutes_from_dict(data.get("minutes"))
    try:
        marks = tuple(Mark(float(m["time"]), None if m.get("item") is None else int(m["item"]), str(m.get("kind", "item")))
                      for m in data.get("marks", ()))
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{json_path}: a mark in \"marks\" is damaged ({exc!r}); each needs time and item.") from exc
    meeting = old.meeting
    if agenda_path is not None:
        from referat.agenda.toml_format import load_agenda

        meeting = load_agenda(Path(agenda_path))
    names = dict(old.speaker_names) | dict(speaker_names or {})
    said = [u for im in old.items for u in im.utterances] + list(old.unassigned)
    utterances = tuple(sorted(said, key=lambda u: (u.start, u.end)))
    built: MinutesResult = build_minutes(meeting, utterances, marks, data.get("duration"), names, options)
    document = dict(data)
    document.update(meeting_document(built.minutes, built.split, marks, built.warnings, data.get("source", ""),
                                     data.get("duration")))
    document["asr"] = data.get("asr")
    return Rerendered(built.minutes, built.split, marks, built.warnings, document)
