"""The embedded diarizer: works offline with what the installed packages ship.

1. Speech regions from Silero VAD (bundled with faster-whisper).
2. GE2E speaker embeddings (resemblyzer's bundled ``VoiceEncoder``, CPU) over
   sliding windows inside each region.
3. Spectral clustering of the embeddings (affinity refinement as in Wang et
   al. 2018, "Speaker diarization with LSTM", which used GE2E d-vectors too),
   the speaker count from the largest eigengap within the allowed bounds, then
   clusters whose centroids are near-identical merged (one-speaker meetings).
   Short recordings (few windows) use average-linkage clustering instead,
   since eigengaps over a handful of windows are unreliable.
4. Every 0.1 s step of speech takes the speaker whose centroid the covering
   windows resemble most, so a long region is re-cut where the voice changes;
   runs shorter than a word are smoothed into their neighbours.

``find`` also returns the regions and embeddings (``Voices``), which the meeting
record keeps so that speakers can be re-clustered without the audio.
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable

import numpy as np

from referat.audio.blocks import stream_blocks
from referat.speakers.clustering import EmbeddedParams, Windows
from referat.speakers.voices import Voices, recluster
from referat.types import SAMPLE_RATE, SpeakerTurn

log = logging.getLogger(__name__)

MEL_STEP = 0.01  # resemblyzer mel frames are 10 ms apart


def speech_regions(audio: np.ndarray, params: EmbeddedParams) -> list[tuple[float, float]]:
    """Speech regions in seconds, from Silero VAD."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    options = VadOptions(
        threshold=params.vad_threshold,
        min_speech_duration_ms=int(params.min_region * 1000),
        min_silence_duration_ms=int(params.min_silence * 1000),
        speech_pad_ms=int(params.speech_pad * 1000),
    )
    regions: list[tuple[float, float]] = []
    # Block by block (cut in pauses): Silero's working arrays for a whole 2-hour
    # recording would take about 1 GB on top of the recording itself.
    for first, block in stream_blocks([audio], SAMPLE_RATE):
        found = [((first + c["start"]) / SAMPLE_RATE, (first + c["end"]) / SAMPLE_RATE)
                 for c in get_speech_timestamps(block, options, sampling_rate=SAMPLE_RATE)]
        if regions and found and found[0][0] - regions[-1][1] < params.min_silence:
            found[0] = (regions.pop()[0], found[0][1])  # one region across the cut
        regions.extend(found)
    return regions


class _Encoder:
    """resemblyzer's GE2E encoder, loaded once per diarizer."""

    def __init__(self) -> None:
        import warnings

        import torch

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # resemblyzer imports deprecated pkg_resources/scipy names
            from resemblyzer import VoiceEncoder
            from resemblyzer.audio import wav_to_mel_spectrogram
        self._torch = torch
        self._mel = wav_to_mel_spectrogram
        self.model = VoiceEncoder("cpu", verbose=False)
        self._mel(np.zeros(SAMPLE_RATE, dtype=np.float32))  # librosa imports its spectral parts (5 s) on first use

    def mel(self, audio: np.ndarray) -> np.ndarray:
        return self._mel(audio)

    def embed(self, mels: list[np.ndarray]) -> np.ndarray:
        """Embed equally long mel windows; returns (n, 256) unit vectors."""
        with self._torch.inference_mode():
            return self.model(self._torch.from_numpy(np.stack(mels))).numpy()


def embed_windows(
    audio: np.ndarray,
    regions: list[tuple[float, float]],
    encoder: _Encoder,
    params: EmbeddedParams,
    progress: Callable[[float, float], None] | None = None,
) -> Windows:
    """Sliding-window embeddings over every speech region.

    A region shorter than a window gets one embedding of the whole region.
    """
    win = int(round(params.window / MEL_STEP))
    hop = int(round(params.hop / MEL_STEP))
    total = len(audio) / SAMPLE_RATE  # progress in audio seconds, as the ASR bar shows
    starts: list[float] = []
    ends: list[float] = []
    owner: list[int] = []
    vectors: dict[int, np.ndarray] = {}
    pending: list[np.ndarray] = []  # full-length windows, embedded a batch at a time
    pending_index: list[int] = []

    def embed_pending(done_until: float) -> None:
        for i, vec in zip(pending_index, encoder.embed(pending), strict=True):
            vectors[i] = vec
        pending.clear()
        pending_index.clear()
        if progress is not None:
            progress(done_until, total)

    for r, (s, e) in enumerate(regions):
        clip = audio[int(s * SAMPLE_RATE) : int(e * SAMPLE_RATE)]
        mel = encoder.mel(_normalize(clip))
        n = len(mel)
        if n == 0:
            continue
        if n < win:  # a region shorter than a window: embedded whole, alone
            vectors[len(starts)] = encoder.embed([mel])[0]
            starts.append(s)
            ends.append(e)
            owner.append(r)
            continue
        offsets = list(range(0, n - win + 1, hop))
        if offsets[-1] != n - win:  # always cover the region's end
            offsets.append(n - win)
        for o in offsets:
            pending_index.append(len(starts))
            pending.append(mel[o : o + win])
            starts.append(s + o * MEL_STEP)
            ends.append(min(e, s + (o + win) * MEL_STEP))
            owner.append(r)
            if len(pending) >= params.batch_size:
                embed_pending(s + o * MEL_STEP)
    if pending:
        embed_pending(total)
    elif progress is not None:
        progress(total, total)
    embeddings = np.stack([vectors[i] for i in range(len(starts))]) if starts else np.zeros((0, 256), np.float32)
    return Windows(np.array(starts), np.array(ends), np.array(owner, dtype=int), embeddings)


def _normalize(clip: np.ndarray) -> np.ndarray:
    # GE2E expects speech around -30 dBFS (resemblyzer's preprocess_wav, without its trimming).
    rms = float(np.sqrt(np.mean(clip.astype(np.float64) ** 2))) if len(clip) else 0.0
    if rms < 1e-6:
        return clip.astype(np.float32)
    return (clip * (10 ** (-30 / 20) / rms)).astype(np.float32)


class EmbeddedDiarizer:
    """Silero VAD + GE2E + spectral clustering; CPU only, no extra downloads."""

    name = "embedded"

    def __init__(self, params: EmbeddedParams | None = None) -> None:
        self.params = params or EmbeddedParams()
        self._encoder: _Encoder | None = None
        self._loading: concurrent.futures.Future[_Encoder] | None = None

    def load_in_background(self) -> None:
        """Start importing torch and loading the encoder (several seconds) in a
        thread, so that it happens while recognition runs, not after it."""
        if self._encoder is None and self._loading is None:
            pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="referat-speaker-encoder")
            self._loading = pool.submit(_Encoder)
            pool.shutdown(wait=False)

    def _loaded_encoder(self) -> _Encoder:
        if self._encoder is None:
            self._encoder = self._loading.result() if self._loading is not None else _Encoder()
            self._loading = None
        return self._encoder

    def __call__(
        self,
        audio: np.ndarray,
        min_speakers: int = 1,
        max_speakers: int = 8,
        progress: Callable[[float, float], None] | None = None,
    ) -> list[SpeakerTurn]:
        return self.find(audio, min_speakers, max_speakers, progress)[0]

    def find(
        self,
        audio: np.ndarray,
        min_speakers: int = 1,
        max_speakers: int = 8,
        progress: Callable[[float, float], None] | None = None,
    ) -> tuple[list[SpeakerTurn], Voices | None]:
        """The turns, and the voices they were found from (None without speech)."""
        params = self.params
        regions = speech_regions(audio, params)
        if not regions:
            return [], None
        windows = embed_windows(audio, regions, self._loaded_encoder(), params, progress)
        voices = Voices(np.asarray(regions, dtype=np.float64).reshape(-1, 2), windows)
        turns = recluster(voices, min_speakers, max_speakers, params)
        log.info("embedded diarizer: %d speech regions, %d windows, %d speakers", len(regions), len(windows.starts),
                 len({t.speaker for t in turns}))
        return turns, voices
