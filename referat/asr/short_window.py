"""Greedy decoding of one short window, for the live transcript.

faster-whisper pads every window to 30 s, so the encoder costs the same for a
2-second phrase as for 30 seconds: about 0.64 s of one core for Whisper base.
CTranslate2's encoder also takes shorter inputs; the window plus a little
silence costs 0.04-0.08 s, and the whole call drops from ~0.8 s to ~0.2 s
with the same words on the NST Danish sentences (bench/RESULTS.md). Timestamps
are meaningless on a shortened input, so none are asked for: a window is one
line. The final referat never uses this path; it decodes the recording again
with full windows.
"""

from __future__ import annotations

import logging
import zlib
from dataclasses import dataclass

import numpy as np

from referat.asr.models import resolve_asr_model
from referat.asr.options import check_language
from referat.errors import ModelError
from referat.i18n import _
from referat.types import SAMPLE_RATE

log = logging.getLogger(__name__)

TAIL_SILENCE = 2.0  # seconds of silence after the window: less made the last words ragged
MAX_SECONDS = 30.0  # the encoder's own limit
# faster-whisper's rule for "this window is not speech": both must hold.
NO_SPEECH = 0.6
LOW_LOGPROB = -1.0
# and its rule for a decoder caught in a loop ("med at være med at være …"), which is what
# Whisper says to silence when the input is short: text that gzip shrinks this much.
MAX_COMPRESSION = 2.4


@dataclass(frozen=True)
class WindowText:
    text: str
    no_speech: float
    logprob: float

    @property
    def compression(self) -> float:
        raw = self.text.encode()
        return len(raw) / len(zlib.compress(raw)) if raw else 0.0

    @property
    def is_speech(self) -> bool:
        if not self.text.strip() or self.compression > MAX_COMPRESSION:
            return False
        return not (self.no_speech > NO_SPEECH and self.logprob < LOW_LOGPROB)


class ShortWindowDecoder:
    """Loads the model once, in the thread that creates it (its worker threads inherit that thread's priority)."""

    def __init__(self, model: str | None = None, language: str = "da", cpu_threads: int = 1):
        from faster_whisper import WhisperModel
        from faster_whisper.tokenizer import Tokenizer

        path = resolve_asr_model(model)
        try:
            self.whisper = WhisperModel(str(path), device="cpu", compute_type="int8", cpu_threads=cpu_threads,
                                        local_files_only=True)
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelError(_("Could not load the model in {path} for the live transcript: {exc}").format(
                                 path=path, exc=exc)) from exc
        check_language(language, self.whisper.supported_languages)
        self.language = None if language in ("auto", "", None) else language
        self._tokenizers: dict[str, Tokenizer] = {}
        log.info("live transcript: model %s on cpu (int8, %d thread(s))", path, cpu_threads)

    def _tokenizer(self, language: str):
        from faster_whisper.tokenizer import Tokenizer

        if language not in self._tokenizers:
            self._tokenizers[language] = Tokenizer(self.whisper.hf_tokenizer, self.whisper.model.is_multilingual,
                                                   task="transcribe", language=language)
        return self._tokenizers[language]

    def decode(self, audio: np.ndarray) -> WindowText:
        """16 kHz mono float32, at most 30 s."""
        import ctranslate2

        audio = np.asarray(audio, dtype=np.float32)[: int(MAX_SECONDS * SAMPLE_RATE)]
        extractor = self.whisper.feature_extractor
        padded = np.concatenate([audio, np.zeros(int(TAIL_SILENCE * SAMPLE_RATE), dtype=np.float32)])
        features = extractor(padded, padding=0)[:, : extractor.nb_max_frames]
        encoded = self.whisper.model.encode(ctranslate2.StorageView.from_array(np.ascontiguousarray(features[None])))
        language = self.language or self.whisper.model.detect_language(encoded)[0][0][0][2:-2]
        tokenizer = self._tokenizer(language)
        seconds = len(audio) / SAMPLE_RATE
        result = self.whisper.model.generate(
            encoded, [list(tokenizer.sot_sequence) + [tokenizer.no_timestamps]], beam_size=1,
            max_length=int(24 + 12 * seconds),  # a fast speaker says ~4 tokens a second; this stops a loop
            suppress_blank=True, suppress_tokens=[-1], return_scores=True, return_no_speech_prob=True,
        )[0]
        tokens = [t for t in result.sequences_ids[0] if t < tokenizer.eot]
        return WindowText(tokenizer.decode(tokens).strip(), float(result.no_speech_prob), float(result.scores[0]))
