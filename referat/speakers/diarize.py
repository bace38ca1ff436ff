"""Who spoke when: one interface, several backends.

``diarize(audio, options)`` returns speaker turns labelled "Taler 1", "Taler 2"…
in order of first appearance. Backends:

- ``embedded`` (default): Silero VAD + resemblyzer GE2E + spectral clustering,
  shipped with the installed packages (see ``diarize_embedded``).
- ``pyannote``: a pyannote.audio pipeline from a local folder (the optional
  ``referat[pyannote]`` extra; see ``diarize_pyannote``).
- ``auto``: pyannote when a pipeline folder is given or found in the models
  folder and pyannote.audio is installed; otherwise embedded.
- ``none``: no diarization (no turns).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

import numpy as np

from referat.errors import ReferatError
from referat.i18n import _
from referat.speakers.align import relabel_turns
from referat.speakers.voices import Voices
from referat.types import Meeting, SpeakerTurn

log = logging.getLogger(__name__)

BACKENDS = ("auto", "embedded", "pyannote", "none")
DEFAULT_MAX_SPEAKERS = 10
STAFF = 2  # speakers an agenda's participant list may leave out: officials presenting items

Progress = Callable[[float, float], None]


class SpeakerCountError(ReferatError):
    """Speaker-count options that cannot be satisfied."""


@dataclass(frozen=True)
class DiarizationOptions:
    """How to find speakers.

    ``speakers`` fixes the count; otherwise it is estimated between
    ``min_speakers`` and ``max_speakers``. ``participants`` (the agenda's, less its
    absentees) bounds the estimate too: at least two voices when two or more take
    part, and at most the participants and ``STAFF`` more (the administration's
    people who present items are rarely listed). ``model`` is a pyannote pipeline
    folder.
    """

    backend: str = "auto"
    speakers: int | None = None
    min_speakers: int | None = None
    max_speakers: int | None = None
    participants: int | None = None
    model: Path | None = None
    device: str = "cpu"

    def __post_init__(self) -> None:
        if self.backend not in BACKENDS:
            raise ReferatError(_("Unknown diarizer {backend!r}. Choose one of: {BACKENDS}.").format(
                                   backend=self.backend, BACKENDS=', '.join(BACKENDS)))
        for name in ("speakers", "min_speakers", "max_speakers"):
            value = getattr(self, name)
            if value is not None and value < 1:
                flag = "--" + name.replace("_", "-")
                raise SpeakerCountError(
                    _("{flag} must be at least 1 (got {value}). Leave it out to estimate the number of speakers, "
                      "or use --diarizer none to skip speaker detection.").format(flag=flag, value=value)
                )
        if self.min_speakers and self.max_speakers and self.min_speakers > self.max_speakers:
            raise SpeakerCountError(
                _("--min-speakers ({min_speakers}) is larger than --max-speakers ({max_speakers}).").format(
                    min_speakers=self.min_speakers, max_speakers=self.max_speakers)
            )

    def bounds(self) -> tuple[int, int]:
        """(min, max) number of speakers to look for."""
        if self.speakers is not None:
            return self.speakers, self.speakers
        # An explicit --max-speakers beats the agenda; an explicit minimum beats both.
        high = self.max_speakers or (self.participants + STAFF if self.participants else DEFAULT_MAX_SPEAKERS)
        meeting = 2 if self.participants and self.participants >= 2 and high >= 2 else 1
        low = self.min_speakers or meeting
        return low, max(low, high)


def with_agenda(options: DiarizationOptions, meeting: Meeting | None) -> DiarizationOptions:
    """The agenda's participants who came bound the speaker estimate, unless told otherwise."""
    if meeting is None or not meeting.participants or options.participants is not None:
        return options
    away = {p.name.casefold() for p in meeting.absent}
    present = [p for p in meeting.participants if p.name.casefold() not in away]
    return replace(options, participants=len(present)) if present else options


class Diarizer(Protocol):
    """A backend: audio (16 kHz mono float32) to turns with backend labels."""

    name: str

    def __call__(
        self, audio: np.ndarray, min_speakers: int, max_speakers: int, progress: Progress | None = None
    ) -> list[SpeakerTurn]: ...


def make_diarizer(options: DiarizationOptions) -> Diarizer | None:
    """The backend ``options`` asks for (None for ``none``); loads models lazily."""
    backend = options.backend
    if backend == "none":
        return None
    if backend == "auto":
        backend = "pyannote" if _pyannote_usable(options) else "embedded"
        log.info("diarizer auto: using %s", backend)
    if backend == "pyannote":
        from referat.speakers.pyannote import PyannoteDiarizer, find_pipeline_dir

        return PyannoteDiarizer(find_pipeline_dir(options.model), device=options.device)
    from referat.speakers.embedded import EmbeddedDiarizer

    return EmbeddedDiarizer()


def _pyannote_usable(options: DiarizationOptions) -> bool:
    from referat.speakers.pyannote import find_pipeline_dir, pyannote_available

    if not pyannote_available():
        if options.model is not None:
            log.warning(_("pyannote.audio is not installed; using the embedded diarizer instead of %s"), options.model)
        return False
    try:
        find_pipeline_dir(options.model)
    except ReferatError:
        if options.model is not None:
            raise
        return False
    return True


def diarize(
    audio: np.ndarray,
    options: DiarizationOptions | None = None,
    progress: Progress | None = None,
    diarizer: Diarizer | None = None,
) -> tuple[SpeakerTurn, ...]:
    """Speaker turns for ``audio``, labelled "Taler N" by first appearance.

    Pass ``diarizer`` to reuse a loaded backend across files. Silence or no
    speech gives an empty tuple.
    """
    return diarize_with_voices(audio, options, progress, diarizer)[0]


def diarize_with_voices(
    audio: np.ndarray,
    options: DiarizationOptions | None = None,
    progress: Progress | None = None,
    diarizer: Diarizer | None = None,
) -> tuple[tuple[SpeakerTurn, ...], Voices | None]:
    """``diarize``, and the voices the turns were found from where the backend keeps
    them (the embedded one does; pyannote does not)."""
    options = options or DiarizationOptions()
    if diarizer is None:
        diarizer = make_diarizer(options)
    if diarizer is None or len(audio) == 0:
        return (), None
    low, high = options.bounds()
    samples = np.asarray(audio, dtype=np.float32)
    find = getattr(diarizer, "find", None)
    if find is not None:
        found, voices = find(samples, low, high, progress)
    else:
        found, voices = diarizer(samples, low, high, progress), None
    turns = [t for t in found if t.end > t.start]
    count = len({t.speaker for t in turns})
    if options.speakers and turns and count < options.speakers:
        log.warning(_("asked for %d speakers but only %d could be told apart"), options.speakers, count)
    return relabel_turns(turns), voices
