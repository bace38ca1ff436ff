"""Stand-ins for the speech and speaker models, driven by the demo meeting's script.

``samples/demo-meeting.script.json`` says who said what when in
``samples/demo-meeting.flac``. ``ScriptTranscriber`` returns those words (with
Whisper's spacing, spread over each line's time) and ``ScriptDiarizer`` those
speakers, so every CLI path from audio to referat runs in milliseconds. What
only the real models can show stays in the model-backed tests.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from referat.asr import AsrOptions
from referat.types import Segment, SpeakerTurn, Transcript, TranscriptInfo, Word

SCRIPT = Path(__file__).resolve().parents[1] / "samples" / "demo-meeting.script.json"


def script_lines() -> list[dict]:
    return json.loads(SCRIPT.read_text(encoding="utf-8"))["lines"]


def script_segments() -> tuple[Segment, ...]:
    segments = []
    for line in script_lines():
        tokens = line["text"].split()
        step = (line["end"] - line["start"]) / len(tokens)
        words = tuple(Word(line["start"] + i * step, line["start"] + (i + 1) * step - 0.02, " " + token, 0.9)
                      for i, token in enumerate(tokens))
        segments.append(Segment(line["start"], line["end"], line["text"], words))
    return tuple(segments)


class ScriptTranscriber:
    """Looks like ``referat.asr.Transcriber``; remembers the vocabularies it was asked for."""

    def __init__(self, options: AsrOptions = AsrOptions()):
        self.options = options
        self.calls: list[str] = []
        self.vocabularies: list[tuple[str, ...]] = []

    def derive(self, **changes) -> ScriptTranscriber:
        twin = ScriptTranscriber(replace(self.options, **changes))
        twin.calls, twin.vocabularies = self.calls, self.vocabularies
        return twin

    def _transcript(self, source: str, duration: float, progress) -> Transcript:
        self.calls.append(source)
        self.vocabularies.append(tuple(self.options.vocabulary))
        segments = tuple(s for s in script_segments() if s.end <= duration + 0.5)
        if progress:
            progress(duration, duration)
        return Transcript(TranscriptInfo(source, duration, "en", 1.0, "script"), segments)

    def transcribe(self, audio, source: str = "", progress=None) -> Transcript:
        return self._transcript(source, len(audio) / 16000, progress)

    def transcribe_file(self, path, progress=None) -> Transcript:
        from referat.audio.decode import audio_duration

        return self._transcript(str(path), audio_duration(path), progress)


class ScriptDiarizer:
    """Looks like a diarizer backend: the script's speakers, by line."""

    name = "script"

    def __call__(self, audio, min_speakers=1, max_speakers=10, progress=None) -> list[SpeakerTurn]:
        duration = len(audio) / 16000
        return [SpeakerTurn(line["start"], line["end"], line["speaker"]) for line in script_lines()
                if line["end"] <= duration + 0.5]


def demo_record(marks: bool = True):
    """The demo meeting's record as the pipeline builds it from the script (no audio read)."""
    from referat.agenda import load_agenda
    from referat.record import build_record
    from referat.recording.marks import read_marks_file
    from referat.speakers.align import label_words

    samples = SCRIPT.parent
    transcript = Transcript(TranscriptInfo(str(samples / "demo-meeting.flac"), 63.246, "en"), script_segments())
    turns = [SpeakerTurn(line["start"], line["end"], line["speaker"]) for line in script_lines()]
    found = read_marks_file(samples / "demo-meeting.marks.json").marks if marks else ()
    return build_record(label_words(transcript, turns), load_agenda(samples / "demo-agenda.toml"),
                        has_agenda=True, marks=found)


def demo_voices(seed: int = 0):
    """Voices for the demo meeting as the embedded diarizer keeps them: 1.5 s windows every
    0.5 s over each scripted line, each the line's speaker's own direction plus noise."""
    import numpy as np

    from referat.speakers.clustering import Windows
    from referat.speakers.voices import Voices

    rng = np.random.default_rng(seed)
    lines = script_lines()
    speakers = sorted({line["speaker"] for line in lines})
    prototypes = {s: v / np.linalg.norm(v) for s, v in zip(speakers, rng.normal(size=(len(speakers), 256)),
                                                          strict=True)}
    starts, ends, region, vectors = [], [], [], []
    for r, line in enumerate(lines):
        t = line["start"]
        while t < line["end"]:
            starts.append(t)
            ends.append(min(t + 1.5, line["end"]))
            region.append(r)
            vector = prototypes[line["speaker"]] + rng.normal(scale=0.04, size=256)
            vectors.append(vector / np.linalg.norm(vector))
            t += 0.5
    regions = np.array([[line["start"], line["end"]] for line in lines])
    return Voices(regions, Windows(np.array(starts), np.array(ends), np.array(region), np.array(vectors)))
