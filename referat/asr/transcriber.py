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
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

import numpy as np

from referat import __version__
from referat.asr.models import EMBEDDED_NAME, resolve_asr_model
from referat.asr.options import (
    AsrOptions,
    available_cores,
    check_language,
    choose_compute_type,
    choose_device,
    vocabulary_prompt,
)
from referat.asr.postprocess import (
    MIN_DURATION,
    check_length,
    convert,
    is_doubtful,
    is_non_speech,
    missed_speech,
    monotonic,
    shift,
    split_long,
)
from referat.asr.terms import correct_terms
from referat.audio.blocks import stream_blocks
from referat.audio.vad import shared_speech_probabilities
from referat.errors import InputError, ModelError
from referat.i18n import _
from referat.types import SAMPLE_RATE, Segment, Transcript, TranscriptInfo

log = logging.getLogger(__name__)

Progress = Callable[[float, float], None]


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
            raise ModelError(_("Could not load the model in {model_path} (damaged, or made by a newer "
                               "CTranslate2?): {reason}").format(model_path=self.model_path, reason=reason)) from exc
        self.pipeline = BatchedInferencePipeline(self.model)
        self._check_language(options.language)
        log.info("model %s on %s (%s, %d threads)", self.model_path, self.device, self.compute_type, threads)

    def _check_language(self, language: str) -> None:
        check_language(language, self.model.supported_languages)

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
            raise InputError(_("{value}: expected mono samples, got shape {shape}.").format(
                                 value=source or 'audio', shape=audio.shape))
        duration = audio.size / SAMPLE_RATE
        check_length(duration, source)
        blocks = stream_blocks([audio], SAMPLE_RATE) if self.options.batched else iter([(0, audio)])
        return self._transcribe_blocks(blocks, duration, source, progress)

    def transcribe_file(self, path: str | Path, progress: Progress | None = None) -> Transcript:
        """Decode and transcribe a file block by block, for when the samples are
        not needed afterwards: memory is that of one block, however long the file."""
        from referat.audio.decode import container_duration, iter_audio, load_audio

        if not self.options.batched:  # the sequential decoder takes the recording whole
            return self.transcribe(load_audio(path), source=str(path), progress=progress)
        blocks = stream_blocks(iter_audio(path), SAMPLE_RATE)
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
            hotwords=vocabulary_prompt(opts.vocabulary) if opts.hotwords else None,
        )
        started = time.perf_counter()
        segments: list[Segment] = []
        info = None
        samples = 0
        try:
            # Long recordings go block by block (cut in pauses) so memory does not grow with duration.
            for first, block in blocks:
                offset, samples = first / SAMPLE_RATE, first + block.size
                total = max(expected, samples / SAMPLE_RATE)
                if block.size < MIN_DURATION * SAMPLE_RATE:
                    check_length(samples / SAMPLE_RATE, source)  # a whole recording too short to hold a word
                if info is not None:
                    common["language"] = info.language  # detected once, on the first block
                with shared_speech_probabilities():
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
                        if not is_non_speech(seg):
                            found.extend(split_long(convert(seg), opts.max_segment_seconds))
                        if progress:
                            progress(min(seg.end + offset, total), total)
                    log.info("%s: first pass %.1f s", source or "audio", time.perf_counter() - started)
                    if opts.batched and opts.vad:
                        found = self._recover_missed(block, found, dict(common, language=info.language))
                segments.extend(shift(seg, offset) for seg in found)
        except ValueError as exc:  # e.g. an unknown language code
            raise InputError(_("{value}: {exc}").format(value=source or 'audio', exc=exc)) from exc
        duration = samples / SAMPLE_RATE
        log.info("%s: transcribed %.1f s of audio in %.1f s", source or "audio", duration,
                 time.perf_counter() - started)
        if progress:
            progress(duration, duration)
        if not segments:
            log.info("%s: no speech was found", source or "audio")  # the caller's record says so, once
        if info is None:  # no block at all: an empty recording
            raise InputError(_("{value} contains no audio samples; the recording is empty.").format(
                                 value=source or 'The audio'))
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
        transcript = Transcript(info=transcript_info, segments=tuple(monotonic(segments)))
        if opts.correct_terms and opts.vocabulary:
            transcript, corrections = correct_terms(transcript, opts.vocabulary)
            log.info("%s: %d word(s) spelled as the vocabulary has them: %s", source or "audio", len(corrections),
                     ", ".join(f"{c.heard}→{c.written}" for c in corrections[:20]))
        return transcript

    def _recover_missed(self, audio: np.ndarray, segments: list[Segment], common: dict) -> list[Segment]:
        """Decode again the speech the batched pass skipped.

        Without the sequential decoder's seek-and-retry, a batched chunk whose
        decoding ends early silently loses its remaining speech (a whole
        sentence, at times). Speech the VAD found but no word covers is decoded
        once more. Silero's answer is the first pass's own (audio/vad.py), and the
        stretches are set end to end into as few 30-second windows as they fill,
        as the batched pass does with speech: the encoder costs a window each.
        """
        from faster_whisper.vad import VadOptions, get_speech_timestamps

        found = get_speech_timestamps(audio, VadOptions(max_speech_duration_s=30, min_silence_duration_ms=160))
        speech = [(t["start"] / SAMPLE_RATE, t["end"] / SAMPLE_RATE) for t in found]
        covered = [(w.start, w.end) for seg in segments for w in (seg.words or (seg,))]
        clips = missed_speech(speech, covered, audio.size / SAMPLE_RATE)
        if not clips:
            return segments
        log.info("decoding %d stretch(es) of speech again (%.1f s) that the batched pass skipped",
                 len(clips), sum(e - s for s, e in clips))
        joined, windows, places = _end_to_end(audio, clips)
        raw, _ = self.pipeline.transcribe(
            joined, batch_size=self.options.batch_size, without_timestamps=False,
            clip_timestamps=windows, **dict(common, vad_filter=False),
        )
        extra = []
        for seg in raw:
            if is_doubtful(seg):
                log.debug("recovery pass: dropped %r (logprob %.2f, no-speech %.2f)",
                          seg.text, seg.avg_logprob, seg.no_speech_prob)
                continue
            extra.extend(split_long(_back_in_place(convert(seg), places), self.options.max_segment_seconds))
        return sorted(segments + extra, key=lambda seg: seg.start)


_GAP = 0.3  # seconds of silence between stretches set end to end
_WINDOW = 30.0  # seconds of stretches one recovery window holds


def _end_to_end(audio: np.ndarray, clips: list[tuple[float, float]]
                ) -> tuple[np.ndarray, list[dict[str, float]], list[tuple[float, float, float]]]:
    """The clips one after another with short silences, the windows of at most 30 s that
    hold them, and (start in the joined audio, end there, start in the recording) of each."""
    pieces: list[np.ndarray] = []
    places: list[tuple[float, float, float]] = []
    windows: list[dict[str, float]] = []
    at = 0.0
    silence = np.zeros(int(_GAP * SAMPLE_RATE), dtype=np.float32)
    for start, end in clips:
        clip = audio[int(start * SAMPLE_RATE): int(end * SAMPLE_RATE)]
        length = clip.size / SAMPLE_RATE
        if not windows or at + length - windows[-1]["start"] > _WINDOW:
            windows.append({"start": at, "end": at + length})
        else:
            windows[-1]["end"] = at + length
        places.append((at, at + length, start))
        pieces += [clip, silence]
        at += length + _GAP
    return np.concatenate(pieces), windows, places


def _back_in_place(segment: Segment, places: list[tuple[float, float, float]]) -> Segment:
    """A segment of the joined audio in recording time, word by word."""
    def place(t: float) -> float:
        here = next((p for p in places if t < p[1] + _GAP / 2), places[-1])
        return here[2] + min(max(t - here[0], 0.0), here[1] - here[0])

    words = tuple(replace(w, start=place(w.start), end=max(place(w.start), place(w.end))) for w in segment.words)
    start = words[0].start if words else place(segment.start)
    end = max(w.end for w in words) if words else place(segment.end)
    return replace(segment, start=start, end=end, words=words)
