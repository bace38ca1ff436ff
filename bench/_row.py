"""One benchmark measurement, run in a fresh process by run_bench.py.

Prints one JSON line: wall seconds (model load, decoding and writing included),
CPU seconds (user + system, of this process and all it started: steadier than
wall time on a shared machine), the peak resident memory of this process and of every process it started
(getrusage high-water marks), and where the recognised text went.

    python bench/_row.py plain FILE --text-out X.txt
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _model(threads: int):
    from faster_whisper import WhisperModel

    from referat.asr.models import resolve_asr_model

    # Same model, compute type and threads as referat, so only the decoding strategy differs.
    return WhisperModel(str(resolve_asr_model(None)), device="cpu", compute_type="int8", cpu_threads=threads)


def plain(path: Path, threads: int, beam: int) -> str:
    from faster_whisper.audio import decode_audio

    model = _model(threads)
    segments, _ = model.transcribe(decode_audio(str(path)), language="da", beam_size=beam, vad_filter=True)
    return " ".join(s.text.strip() for s in segments)


def fw_batched(path: Path, threads: int, beam: int, batch_size: int, words: bool = False) -> str:
    from faster_whisper import BatchedInferencePipeline
    from faster_whisper.audio import decode_audio

    pipe = BatchedInferencePipeline(_model(threads))
    segments, _ = pipe.transcribe(decode_audio(str(path)), language="da", beam_size=beam, batch_size=batch_size,
                                  word_timestamps=words)
    return " ".join(s.text.strip() for s in segments)


def referat_cli(args: list[str]) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "referat", *args], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"referat {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")


def referat_asr(path: Path, out: Path, speakers: bool = False) -> str:
    """`referat transcribe` (ASR only, or with its default speaker detection) when
    the command exists, else the same library calls."""
    if importlib.util.find_spec("referat.commands.transcribe") is not None:
        diarizer = [] if speakers else ["--diarizer", "none"]
        referat_cli(["transcribe", str(path), "--format", "txt,json", "--output-dir", str(out), *diarizer])
        data = json.loads((out / f"{path.stem}.json").read_text(encoding="utf-8"))
        return " ".join(s["text"].strip() for s in data["segments"])
    from referat.asr import AsrOptions, Transcriber
    from referat.audio.decode import load_audio

    transcript = Transcriber(AsrOptions()).transcribe(load_audio(path), source=str(path))
    return transcript.text


def referat_lib(path: Path, beam: int) -> str:
    """referat's Transcriber with a non-default beam (a proposal, not what the CLI does)."""
    from referat.asr import AsrOptions, Transcriber
    from referat.audio.decode import load_audio

    return Transcriber(AsrOptions(beam_size=beam)).transcribe(load_audio(path), source=str(path)).text


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["plain", "fw-batched", "fw-batched-words", "referat-asr", "referat-speakers", "referat-lib", "referat-full", "batch"])
    ap.add_argument("input", type=Path)
    ap.add_argument("--out", type=Path, help="output folder for referat commands")
    ap.add_argument("--agenda", type=Path)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--threads", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--beam", type=int, default=5)
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--text-out", type=Path)
    args = ap.parse_args()
    started = time.perf_counter()
    text = None
    if args.mode == "plain":
        text = plain(args.input, args.threads, args.beam)
    elif args.mode == "fw-batched":
        text = fw_batched(args.input, args.threads, args.beam, args.batch_size)
    elif args.mode == "fw-batched-words":
        text = fw_batched(args.input, args.threads, args.beam, args.batch_size, words=True)
    elif args.mode == "referat-asr":
        text = referat_asr(args.input, args.out)
    elif args.mode == "referat-speakers":
        text = referat_asr(args.input, args.out, speakers=True)
    elif args.mode == "referat-lib":
        text = referat_lib(args.input, args.beam)
    elif args.mode == "referat-full":
        referat_cli(["transcribe", str(args.input), "--agenda", str(args.agenda), "-o", str(args.out / f"{args.input.stem}.docx")])
    elif args.mode == "batch":
        referat_cli(["batch", str(args.input), "--output-dir", str(args.out), "--jobs", str(args.jobs), "--format", "txt,json"])
    wall = time.perf_counter() - started
    if text is not None and args.text_out:
        args.text_out.write_text(text + "\n", encoding="utf-8")
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    print(json.dumps({"wall": wall, "cpu": cpu, "peak_rss_mb": max(own.ru_maxrss, children.ru_maxrss) / 1024}))


if __name__ == "__main__":
    main()
