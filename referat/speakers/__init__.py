"""Who spoke when: diarizers behind one interface (embedded, pyannote), the
alignment of words to speakers, and speaker names."""

from referat.speakers.diarize import BACKENDS, DiarizationOptions, Diarizer, diarize, make_diarizer

__all__ = ["BACKENDS", "DiarizationOptions", "Diarizer", "diarize", "make_diarizer"]
