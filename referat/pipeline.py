"""One orchestrator for every command: a ``Session`` loads the models once and
turns recordings into meeting records.

    Session(options).process(recording, meeting, marks)
        audio ─> asr ─> Transcript ─┐
              └─> speakers ─> turns ┴─> words with speakers
                                          └─> record (lines, split by item, draft Beslutning per item)

``transcribe`` (with or without an agenda), ``record``'s post-processing (it
runs ``transcribe``), the batch workers and the cluster actors all call
``process``; what is written from the record is ``referat.output.plan``'s job.
Stages report to one ``progress(stage, done, total)`` callback, so the CLI can
show one display for the whole run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from referat.agenda.vocabulary import vocabulary_from_meeting
from referat.asr import AsrOptions, Transcriber
from referat.audio.vad import shared_speech_probabilities
from referat.i18n import N_
from referat.minutes.build import empty_meeting
from referat.minutes.decisions import DecisionOptions
from referat.record.build import build_record
from referat.record.model import MeetingRecord
from referat.speakers.align import label_words
from referat.speakers.diarize import DiarizationOptions, Diarizer, diarize_with_voices, make_diarizer, with_agenda
from referat.types import SAMPLE_RATE, Mark, Meeting

log = logging.getLogger(__name__)

Progress = Callable[[str, float, float], None]  # (stage, done, total)
# Stage keys and the labels the CLI shows, in run order.
STAGES = {
    "audio": N_("Reading audio"),
    "asr": N_("Speech to text"),
    "speakers": N_("Finding speakers"),
    "items": N_("Items and decisions"),
    "write": N_("Writing files"),
}


@dataclass(frozen=True)
class SessionOptions:
    """Everything that shapes how a recording becomes a record.

    vocabulary_from_agenda: give the agenda's names and terms to recognition.
    """

    asr: AsrOptions = AsrOptions()
    speakers: DiarizationOptions = field(default_factory=DiarizationOptions)
    decisions: DecisionOptions = DecisionOptions()
    vocabulary_from_agenda: bool = True


def _report(progress: Progress | None, stage: str, done: float, total: float) -> None:
    if progress is not None:
        progress(stage, done, total)


def placeholder_meeting(recording: Path) -> Meeting:
    """The meeting of a recording without an agenda: all talk is unassigned."""
    return empty_meeting(f"Møde ({Path(recording).stem})")


class Session:
    """Loads the speech and speaker models once, for any number of recordings.

    ``transcriber`` and ``diarizer`` may be given ready-made (tests pass fakes;
    batch workers keep theirs); otherwise they are made on first use. With
    ``options.speakers.backend == "none"`` there is no diarizer.
    """

    def __init__(self, options: SessionOptions = SessionOptions(), *, transcriber: Transcriber | None = None,
                 diarizer: Diarizer | None = None) -> None:
        self.options = options
        self._transcriber = transcriber
        self._diarizer = diarizer
        self._diarizer_made = diarizer is not None

    @property
    def transcriber(self) -> Transcriber:
        if self._transcriber is None:
            self._transcriber = make_transcriber(self.options.asr)
        return self._transcriber

    @property
    def diarizer(self) -> Diarizer | None:
        if not self._diarizer_made:
            self._diarizer = make_speaker_finder(self.options.speakers)
            self._diarizer_made = True
        return self._diarizer

    def prepare(self) -> None:
        """Load (and so check) the models now, before any recording is read."""
        self.diarizer  # noqa: B018 - a pyannote folder is checked here, before the slow model load
        self.transcriber  # noqa: B018

    def transcriber_for(self, meeting: Meeting | None) -> Transcriber:
        """The loaded model, with the agenda's names and terms as vocabulary (shared, not reloaded)."""
        if meeting is None or not self.options.vocabulary_from_agenda:
            return self.transcriber
        extra = vocabulary_from_meeting(meeting)
        if not extra:
            return self.transcriber
        return self.transcriber.derive(vocabulary=tuple(self.options.asr.vocabulary) + extra)

    def process(
        self,
        recording: Path,
        meeting: Meeting | None = None,
        marks: Sequence[Mark] = (),
        speaker_names: Mapping[str, str] | None = None,
        warnings: Sequence[str] = (),
        progress: Progress | None = None,
    ) -> MeetingRecord:
        """The meeting record of one recording. Without ``meeting`` (no agenda) the
        record holds the transcript with speakers and no items."""
        from referat.audio.decode import load_audio

        recording = Path(recording)
        transcriber = self.transcriber_for(meeting)
        diarizer = self.diarizer

        def asr_progress(done: float, total: float) -> None:
            _report(progress, "asr", done, total)

        voices = None
        if diarizer is None:
            # Nothing else needs the samples: decode as we go, block by block.
            transcript = transcriber.transcribe_file(recording, progress=asr_progress)
        else:
            load_in_background = getattr(diarizer, "load_in_background", None)
            if load_in_background is not None:
                load_in_background()  # torch and the encoder load while recognition runs
            _report(progress, "audio", 0, 1)
            audio = load_audio(recording)
            _report(progress, "audio", 1, 1)
            with shared_speech_probabilities():  # Silero runs once for recognition and speakers
                transcript = transcriber.transcribe(audio, source=str(recording), progress=asr_progress)
                duration = len(audio) / SAMPLE_RATE
                _report(progress, "speakers", 0, duration)
                turns, voices = diarize_with_voices(
                    audio, self._speaker_options(meeting), diarizer=diarizer,
                    progress=lambda d, t: _report(progress, "speakers", d, t)) if transcript.segments else ((), None)
            del audio
            _report(progress, "speakers", duration, duration)
            transcript = label_words(transcript, turns)
        _report(progress, "items", 0, 1)
        record = build_record(transcript, meeting or placeholder_meeting(recording), has_agenda=meeting is not None,
                              marks=marks, speaker_names=speaker_names, options=self.options.decisions,
                              warnings=warnings)
        _report(progress, "items", 1, 1)
        return replace(record, voices=voices)

    def _speaker_options(self, meeting: Meeting | None) -> DiarizationOptions:
        return with_agenda(self.options.speakers, meeting)


# Factories, so tests can replace the real models with fakes in one place.
def make_transcriber(options: AsrOptions) -> Transcriber:
    return Transcriber(options)


def make_speaker_finder(options: DiarizationOptions) -> Diarizer | None:
    return make_diarizer(options)
