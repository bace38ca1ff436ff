"""Speech to text with faster-whisper: VAD, word timestamps, batching, vocabulary.

The Silero VAD cuts the recording into speech chunks of at most 30 s; the
chunks are decoded in batches (faster-whisper's ``BatchedInferencePipeline``),
which on a small CPU is several times faster than the sequential decoder with
the same beam size, because the decoder works on many chunks at once and never
re-decodes a window at higher temperatures.
"""

from __future__ import annotations

import copy
import logging
import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from referat import __version__
from referat.audio.blocks import stream_blocks
from referat.errors import InputError, ModelError
from referat.asr.models import EMBEDDED_NAME, resolve_asr_model
from referat.types import Segment, Transcript, TranscriptInfo, Word

log = logging.getLogger(__name__)

SAMPLING_RATE = 16000
MIN_DURATION = 0.5  # seconds; shorter clips hold no word whisper can recognise

Progress = Callable[[float, float], None]


@dataclass(frozen=True)
class AsrOptions:
    """How to transcribe. Defaults suit Danish meetings on an ordinary laptop."""

    model: str | None = None  # None = the embedded whisper base; a name or a folder path
    language: str = "da"  # "auto" detects it from the first 30 s
    device: str = "auto"  # auto | cpu | cuda
    compute_type: str = "auto"  # auto = int8 on CPU, float16 on GPU
    beam_size: int = 5
    vad: bool = True
    batched: bool = True  # faster-whisper's BatchedInferencePipeline
    batch_size: int = 8
    vocabulary: tuple[str, ...] = ()  # names and terms, passed to whisper as hotwords
    cpu_threads: int = 0  # 0 = one per available core
    word_timestamps: bool = True
    max_segment_seconds: float = 12.0  # long chunks are split at sentence ends / pauses


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def choose_device(device: str) -> str:
    import ctranslate2

    if device not in ("auto", "cpu", "cuda"):
        raise ModelError(f"Unknown device {device!r}; use auto, cpu or cuda.")
    has_cuda = ctranslate2.get_cuda_device_count() > 0
    if device == "cuda" and not has_cuda:
        raise ModelError("No CUDA GPU is available here; use --device cpu (or auto).")
    if device == "auto":
        return "cuda" if has_cuda else "cpu"
    return device


def choose_compute_type(device: str, compute_type: str) -> str:
    import ctranslate2

    supported = ctranslate2.get_supported_compute_types(device)
    if compute_type == "auto":
        preferred = ("float16", "int8_float16", "int8") if device == "cuda" else ("int8", "int8_float32", "float32")
        return next((c for c in preferred if c in supported), "default")
    if compute_type != "default" and compute_type not in supported:
        raise ModelError(
            f"Compute type {compute_type!r} is not supported on {device}; "
            f"use one of: auto, {', '.join(sorted(supported))}."
        )
    return compute_type


def vocabulary_prompt(words: Iterable[str]) -> str | None:
    """Names and terms as one hotwords string, without duplicates."""
    seen: dict[str, None] = {}
    for word in words:
        word = " ".join(str(word).split())
        if word and word.casefold() not in {w.casefold() for w in seen}:
            seen[word] = None
    return ", ".join(seen) or None


class Transcriber:
    """Loads the model once; ``transcribe`` may be called for many recordings."""

    def __init__(self, options: AsrOptions = AsrOptions()):
        from faster_whisper import BatchedInferencePipeline

        from referat.asr.lean_model import LeanWhisperModel

        self.options = options
        self.model_path: Path = resolve_asr_model(options.model)
        self.model_name = options.model or EMBEDDED_NAME
        self.device = choose_device(options.device)
        self.compute_type = choose_compute_type(self.device, options.compute_type)
        threads = options.cpu_threads or available_cores()
        try:
            self.model = LeanWhisperModel(
                str(self.model_path),
                device=self.device,
                compute_type=self.compute_type,
                cpu_threads=threads,
                local_files_only=True,
            )
        except (RuntimeError, ValueError, OSError) as exc:
            reason = " ".join(str(exc).split())
            raise ModelError(f"Could not load the model in {self.model_path} (damaged, or made by a newer "
                             f"CTranslate2?): {reason}") from exc
        self.pipeline = BatchedInferencePipeline(self.model)
        self._check_language(options.language)
        log.info("model %s on %s (%s, %d threads)", self.model_path, self.device, self.compute_type, threads)

    def _check_language(self, language: str) -> None:
        supported = self.model.supported_languages
        if language not in ("auto", "", None) and language not in supported:
            raise InputError(
                f"Unknown language {language!r} for this model; use a code such as "
                f"{', '.join(c for c in ('da', 'en', 'sv', 'no', 'de') if c in supported)}, or auto."
            )

    def derive(self, **changes) -> Transcriber:
        """A Transcriber with other decoding options (language, vocabulary, beam…)
        that shares this one's loaded model when model, device and compute type agree."""
        options = replace(self.options, **changes)
        loading = ("model", "device", "compute_type", "cpu_threads")
        if any(getattr(options, k) != getattr(self.options, k) for k in loading):
            return Transcriber(options)
        twin = copy.copy(self)
        twin.options = options
        twin._check_language(options.language)
        return twin

    def transcribe(self, audio: np.ndarray, source: str = "", progress: Progress | None = None) -> Transcript:
        """Transcribe 16 kHz mono float32 samples; ``progress(done_s, total_s)`` as it goes."""
        audio = np.asarray(audio, dtype=np.float32)
        if audio.ndim != 1:
            raise InputError(f"{source or 'audio'}: expected mono samples, got shape {audio.shape}.")
        duration = audio.size / SAMPLING_RATE
        _check_length(duration, source)
        blocks = stream_blocks([audio], SAMPLING_RATE) if self.options.batched else iter([(0, audio)])
        return self._transcribe_blocks(blocks, duration, source, progress)

    def transcribe_file(self, path: str | Path, progress: Progress | None = None) -> Transcript:
        """Decode and transcribe a file block by block, for when the samples are
        not needed afterwards: memory is that of one block, however long the file."""
        from referat.audio.decode import container_duration, iter_audio, load_audio

        if not self.options.batched:  # the sequential decoder takes the recording whole
            return self.transcribe(load_audio(path), source=str(path), progress=progress)
        blocks = stream_blocks(iter_audio(path), SAMPLING_RATE)
        return self._transcribe_blocks(blocks, container_duration(path) or 0.0, str(path), progress)

    def _transcribe_blocks(self, blocks: Iterable[tuple[int, np.ndarray]], expected: float, source: str,
                           progress: Progress | None) -> Transcript:
        opts = self.options
        if progress:
            progress(0.0, expected)
        language = None if opts.language in ("auto", "", None) else opts.language
        common = dict(
            language=language,
            beam_size=opts.beam_size,
            word_timestamps=opts.word_timestamps,
            vad_filter=opts.vad,
            hotwords=vocabulary_prompt(opts.vocabulary),
        )
        started = time.perf_counter()
        segments: list[Segment] = []
        info = None
        samples = 0
        try:
            # Long recordings go block by block (cut in pauses) so memory does not grow with duration.
            for first, block in blocks:
                offset, samples = first / SAMPLING_RATE, first + block.size
                total = max(expected, samples / SAMPLING_RATE)
                if block.size < MIN_DURATION * SAMPLING_RATE:
                    _check_length(samples / SAMPLING_RATE, source)  # a whole recording too short to hold a word
                if info is not None:
                    common["language"] = info.language  # detected once, on the first block
                if opts.batched:
                    # With timestamp tokens the decoder keeps going to the end of a chunk;
                    # without them it often stops early and drops the last words.
                    raw, block_info = self.pipeline.transcribe(
                        block, batch_size=opts.batch_size, without_timestamps=False, **common
                    )
                else:
                    raw, block_info = self.model.transcribe(block, **common)
                info = info or block_info
                found: list[Segment] = []
                for seg in raw:
                    if not _is_non_speech(seg):
                        found.extend(_split_long(_convert(seg), opts.max_segment_seconds))
                    if progress:
                        progress(min(seg.end + offset, total), total)
                log.info("%s: first pass %.1f s", source or "audio", time.perf_counter() - started)
                if opts.batched and opts.vad:
                    found = self._recover_missed(block, found, dict(common, language=info.language))
                segments.extend(_shift(seg, offset) for seg in found)
        except ValueError as exc:  # e.g. an unknown language code
            raise InputError(f"{source or 'audio'}: {exc}") from exc
        duration = samples / SAMPLING_RATE
        log.info("%s: transcribed %.1f s of audio in %.1f s", source or "audio", duration,
                 time.perf_counter() - started)
        if progress:
            progress(duration, duration)
        if not segments:
            log.warning("%s: no speech was found; the transcript is empty.", source or "audio")
        transcript_info = TranscriptInfo(
            source=source,
            duration=duration,
            language=info.language,
            language_probability=float(info.language_probability),
            model=self.model_name,
            referat_version=__version__,
            device=self.device,
            compute_type=self.compute_type,
        )
        return Transcript(info=transcript_info, segments=tuple(_monotonic(segments)))

    def _recover_missed(self, audio: np.ndarray, segments: list[Segment], common: dict) -> list[Segment]:
        """Decode again the speech the batched pass skipped.

        Without the sequential decoder's seek-and-retry, a batched chunk whose
        decoding ends early silently loses its remaining speech (a whole
        sentence, at times). Speech the VAD found but no word covers is decoded
        once more, each stretch on its own.
        """
        from faster_whisper.vad import VadOptions, get_speech_timestamps

        speech = [
            (t["start"] / SAMPLING_RATE, t["end"] / SAMPLING_RATE)
            for t in get_speech_timestamps(audio, VadOptions(max_speech_duration_s=30, min_silence_duration_ms=160))
        ]
        covered = [(w.start, w.end) for seg in segments for w in (seg.words or (seg,))]
        clips = missed_speech(speech, covered, audio.size / SAMPLING_RATE)
        if not clips:
            return segments
        log.info("decoding %d stretch(es) of speech again (%.1f s) that the batched pass skipped",
                 len(clips), sum(e - s for s, e in clips))
        raw, _ = self.pipeline.transcribe(
            audio, batch_size=self.options.batch_size, without_timestamps=False,
            clip_timestamps=[{"start": s, "end": e} for s, e in clips], **common,
        )
        extra = []
        for seg in raw:
            # Stricter than the first pass: a stretch skipped once may be noise
            # that Whisper would turn into an invented sentence.
            if _is_non_speech(seg) or seg.avg_logprob < -1.0 or seg.no_speech_prob > 0.6:
                log.debug("recovery pass: dropped %r (logprob %.2f, no-speech %.2f)",
                          seg.text, seg.avg_logprob, seg.no_speech_prob)
                continue
            extra.extend(_split_long(_convert(seg), self.options.max_segment_seconds))
        return sorted(segments + extra, key=lambda seg: seg.start)


def _check_length(seconds: float, source: str) -> None:
    if seconds < MIN_DURATION:
        raise InputError(
            f"{source or 'The audio'} is only {seconds:.2f} s long; referat needs at least "
            f"{MIN_DURATION} s of speech. Check that the right file was given."
        )


def missed_speech(speech: list[tuple[float, float]], covered: list[tuple[float, float]], duration: float,
                  min_gap: float = 1.0, margin: float = 0.3) -> list[tuple[float, float]]:
    """Stretches of ``speech`` of at least ``min_gap`` s that no ``covered`` span touches.

    Pure and exact: spans are widened by ``margin`` (alignment is approximate),
    returned clips are padded by 0.2 s, merged when they nearly touch, and at most 30 s.
    """
    spans = sorted((s - margin, e + margin) for s, e in covered)
    gaps: list[tuple[float, float]] = []
    i = 0
    for start, end in sorted(speech):
        cursor = start
        while i < len(spans) and spans[i][1] <= cursor:
            i += 1
        j = i
        while j < len(spans) and spans[j][0] < end:
            if spans[j][0] - cursor >= min_gap:
                gaps.append((cursor, spans[j][0]))
            cursor = max(cursor, spans[j][1])
            j += 1
        if end - cursor >= min_gap:
            gaps.append((cursor, end))
    clips: list[tuple[float, float]] = []
    for start, end in gaps:
        start, end = max(0.0, start - 0.2), min(duration, end + 0.2)
        if clips and start - clips[-1][1] < 0.3 and end - clips[-1][0] <= 30.0:
            clips[-1] = (clips[-1][0], end)
            continue
        while end - start > 30.0:
            clips.append((start, start + 30.0))
            start += 30.0
        clips.append((start, end))
    return clips


def _is_non_speech(seg) -> bool:
    # Same rule the sequential decoder applies; the batched one does not.
    return (seg.no_speech_prob > 0.6 and seg.avg_logprob < -1.0) or not seg.text.strip()


def _shift(seg: Segment, offset: float) -> Segment:
    """A block's segment in recording time."""
    if not offset:
        return seg
    words = tuple(replace(w, start=w.start + offset, end=w.end + offset) for w in seg.words)
    return replace(seg, start=seg.start + offset, end=seg.end + offset, words=words)


def _convert(seg) -> Segment:
    words = tuple(
        Word(start=float(w.start), end=float(w.end), text=w.word.strip(), probability=float(w.probability))
        for w in (seg.words or ())
        if w.word.strip()
    )
    return Segment(start=float(seg.start), end=float(seg.end), text=seg.text.strip(), words=words)


_SENTENCE_END = re.compile(r"[.!?…]$")


def _split_long(segment: Segment, max_seconds: float) -> list[Segment]:
    """Split a long chunk into subtitle-sized segments at sentence ends or pauses."""
    words = segment.words
    if not words or segment.end - segment.start <= max_seconds:
        return [segment]
    pieces: list[list[Word]] = [[]]
    for i, word in enumerate(words):
        current = pieces[-1]
        current.append(word)
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None:
            break
        length = word.end - current[0].start
        pause = nxt.start - word.end
        if (_SENTENCE_END.search(word.text) and length > 1.5) or pause > 1.0 or length >= max_seconds:
            pieces.append([])
    return [
        Segment(start=p[0].start, end=p[-1].end, text=" ".join(w.text for w in p), words=tuple(p))
        for p in pieces
        if p
    ]


def _monotonic(segments: list[Segment]) -> list[Segment]:
    """Guarantee non-decreasing times: word alignment can overlap by a few ms."""
    out: list[Segment] = []
    last = 0.0
    for seg in segments:
        words = []
        for w in seg.words:
            start = max(w.start, last)
            end = max(w.end, start)
            words.append(Word(start, end, w.text, w.probability, w.speaker))
            last = start
        start = max(seg.start, out[-1].start if out else 0.0)
        if words:
            start = min(start, words[0].start)
            start = max(start, out[-1].start if out else 0.0)
        end = max(seg.end, start, words[-1].end if words else start)
        out.append(Segment(start, end, seg.text, tuple(words), seg.speaker))
    return out
