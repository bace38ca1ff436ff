"""How to transcribe: one options dataclass, and the choices made from it
(device, compute type, threads, the hotwords prompt)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass

from referat.errors import InputError, ModelError
from referat.i18n import _


@dataclass(frozen=True)
class AsrOptions:
    """How to transcribe. Defaults suit Danish meetings on an ordinary laptop."""

    model: str | None = None  # None = the embedded whisper base; a name or a folder path
    language: str = "da"  # "auto" detects it from the first 30 s
    device: str = "auto"  # auto | cpu | cuda
    compute_type: str = "auto"  # auto = int8 on CPU, float16 on GPU
    beam_size: int = 2  # in the batched pass as accurate as 5 on Danish, and a third faster (bench/RESULTS.md)
    vad: bool = True
    batched: bool = True  # faster-whisper's BatchedInferencePipeline
    batch_size: int = 8
    vocabulary: tuple[str, ...] = ()  # names and terms the meeting will hear
    # Near-miss words become the vocabulary's spelling after recognition (asr/terms.py);
    # as whisper's hotwords prompt the same terms cost 20 % more time for no better WER.
    correct_terms: bool = True
    hotwords: bool = False
    cpu_threads: int = 0  # 0 = one per available core
    word_timestamps: bool = True
    max_segment_seconds: float = 12.0  # long chunks are split at sentence ends / pauses


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def check_language(language: str, supported: list[str]) -> None:
    """Refuse a language code the model does not know, naming codes that it does."""
    if language not in ("auto", "", None) and language not in supported:
        raise InputError(
            _("Unknown language {language!r} for this model; use a code such as {names}, or auto.").format(
                language=language, names=', '.join(c for c in ('da', 'en', 'sv', 'no', 'de') if c in supported))
        )


def choose_device(device: str) -> str:
    import ctranslate2

    if device not in ("auto", "cpu", "cuda"):
        raise ModelError(_("Unknown device {device!r}; use auto, cpu or cuda.").format(device=device))
    has_cuda = ctranslate2.get_cuda_device_count() > 0
    if device == "cuda" and not has_cuda:
        raise ModelError(_("No CUDA GPU is available here; use --device cpu (or auto)."))
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
            _("Compute type {compute_type!r} is not supported on {device}; use one of: auto, {supported}.").format(
                compute_type=compute_type, device=device, supported=', '.join(sorted(supported)))
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
