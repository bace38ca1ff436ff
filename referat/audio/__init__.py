"""Audio in: any audio or video file decoded to 16 kHz mono float32, whole or
block by block, with every way a file can be unusable as a clear InputError."""

from referat.audio.blocks import split_blocks, stream_blocks
from referat.audio.decode import audio_duration, check_audio_file, container_duration, iter_audio, load_audio
from referat.types import SAMPLE_RATE

__all__ = ["SAMPLE_RATE", "audio_duration", "check_audio_file", "container_duration", "iter_audio", "load_audio",
           "split_blocks", "stream_blocks"]
