"""Benchmark: plain faster-whisper (sequential, beam 5, VAD) against referat's Transcriber.

Not a test. Builds a few minutes of real Danish speech from the NST utterances
in ../shared/data/nst-da (with pauses between them, as in a meeting), runs both
on the same audio and the same model folder, and prints real-time factors
(processing time / audio time; lower is faster), their ratio, and the word
error rate of each against refs.tsv.

    PYTHONPATH=$PWD .venv/bin/python bench/asr.py [--minutes 3] [--model NAME|PATH]

Timings on a shared or busy machine are noisy; the ratio from one run, with
both decoders measured back to back, is what to compare.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from referat.asr.options import available_cores
from referat.asr import AsrOptions, Transcriber  # noqa: E402
from referat.audio.decode import load_audio  # noqa: E402
from referat.asr.models import resolve_asr_model  # noqa: E402

NST = ROOT.parent / "shared" / "data" / "nst-da"
SR = 16000


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def build_audio(minutes: float, seed: int = 0) -> tuple[np.ndarray, str]:
    """Utterances with 0.5–4 s pauses, cycled until ``minutes`` long; and the reference."""
    refs = dict(line.rstrip("\n").split("\t", 1) for line in (NST / "refs.tsv").read_text().splitlines() if line)
    clips = {key: load_audio(NST / f"{key}.wav") for key in sorted(refs)}
    rng = np.random.default_rng(seed)
    pieces, words = [], []
    total = 0
    while total < minutes * 60 * SR:
        for key, clip in clips.items():
            pause = np.zeros(int(rng.uniform(0.5, 4.0) * SR), dtype=np.float32)
            pieces += [clip, pause]
            words.append(refs[key])
            total += clip.size + pause.size
    return np.concatenate(pieces), normalise(" ".join(words))


def wer(ref: str, hyp: str) -> float:
    import jiwer

    return jiwer.wer(ref, normalise(hyp))


def run_plain(model_dir: Path, audio: np.ndarray, **model_kwargs) -> tuple[float, float, float, str]:
    from faster_whisper import WhisperModel

    t0 = time.perf_counter()
    # Without model_kwargs: faster-whisper's defaults (device auto, compute "default", 4 threads).
    model = WhisperModel(str(model_dir), **model_kwargs)
    loaded, cpu = time.perf_counter(), time.process_time()
    segments, _ = model.transcribe(audio, language="da", beam_size=5, vad_filter=True)
    text = " ".join(s.text for s in segments)
    return loaded - t0, time.perf_counter() - loaded, time.process_time() - cpu, text


def run_referat(options: AsrOptions, audio: np.ndarray) -> tuple[float, float, float, str]:
    t0 = time.perf_counter()
    transcriber = Transcriber(options)
    loaded, cpu = time.perf_counter(), time.process_time()
    transcript = transcriber.transcribe(audio, source="bench")
    return loaded - t0, time.perf_counter() - loaded, time.process_time() - cpu, transcript.text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=3.0)
    parser.add_argument("--model", default=None, help="model name or folder (default: embedded)")
    parser.add_argument("--batch-size", type=int, default=AsrOptions.batch_size)
    parser.add_argument("--int8-sequential", action="store_true",
                        help="also time the sequential decoder with referat's compute type and threads, "
                             "to separate the gain of batching from that of int8")
    parser.add_argument("-v", "--verbose", action="store_true", help="show referat's timing log")
    args = parser.parse_args()
    if args.verbose:
        logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
        logging.getLogger("referat").setLevel(logging.DEBUG)

    model_dir = resolve_asr_model(args.model)
    audio, reference = build_audio(args.minutes)
    seconds = audio.size / SR
    print(f"audio: {seconds:.1f} s of NST Danish speech with pauses; model: {model_dir}")
    print(f"cores available: {available_cores()}; load average: {os.getloadavg()[0]:.2f}")

    options = AsrOptions(model=args.model, batch_size=args.batch_size)
    rows = []
    load, took, cpu, text = run_plain(model_dir, audio)
    rows.append(("faster-whisper sequential (beam 5, VAD, defaults)", load, took, cpu, wer(reference, text)))
    if args.int8_sequential:
        load, took, cpu, text = run_plain(model_dir, audio, compute_type="int8", cpu_threads=available_cores())
        rows.append((f"faster-whisper sequential, int8, {available_cores()} threads", load, took, cpu,
                     wer(reference, text)))
    load, took, cpu, text = run_referat(options, audio)
    rows.append((f"referat Transcriber (batched x{options.batch_size}, beam 5, VAD, words)", load, took, cpu,
                 wer(reference, text)))

    print(f"\n{'decoder':62} {'load s':>7} {'wall s':>8} {'RTF':>7} {'CPU s':>7} {'WER':>6}")
    for name, load, took, cpu, error in rows:
        print(f"{name:62} {load:7.1f} {took:8.1f} {took / seconds:7.3f} {cpu:7.1f} {error:6.3f}")
    ratio = rows[-1][2] / rows[0][2]
    cpu_ratio = rows[-1][3] / rows[0][3]
    print(f"\nratio referat / plain, wall time: {ratio:.2f}, CPU time: {cpu_ratio:.2f}"
          "  (target <= 1.0; issue 7: <= 0.4)")
    print(f"WER difference referat - plain: {rows[-1][4] - rows[0][4]:+.3f}  (issue 7: within 0.02)")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
