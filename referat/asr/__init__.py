"""Speech to text: the faster-whisper wrapper, its options, and pure post-processing.

``Transcriber`` loads a model once and transcribes samples or a file block by
block; ``AsrOptions`` holds every choice; ``models`` finds the embedded model
and the models folders.
"""

from referat.asr.options import AsrOptions
from referat.asr.postprocess import MIN_DURATION
from referat.asr.transcriber import Transcriber

__all__ = ["MIN_DURATION", "AsrOptions", "Transcriber"]
