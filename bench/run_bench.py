"""referat against plain faster-whisper: one table, measured side by side in one run.

Every row runs in a fresh process on the same embedded model (whisper base,
int8, one thread per core), so the ratios compare decoding strategies only.
Wall times include model loading, decoding and writing. The CPU may be shared
with other work: absolute times then vary, the ratios from one run are what
count.

    python bench/run_bench.py --quick          # ~5-minute inputs, a first look
    python bench/run_bench.py --minutes 30     # the full table (long)
    python bench/run_bench.py --only memory --long-minutes 120
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import make_inputs  # noqa: E402

ROWS = ("plain", "fw-batched", "fw-batched-words", "referat-asr", "referat-beam", "referat-full", "batch-j1", "batch-j2", "wer", "memory")


@dataclass
class Row:
    name: str
    audio_s: float | None = None
    wall_s: float | None = None
    cpu_s: float | None = None
    peak_mb: float | None = None
    wer: float | None = None
    note: str = ""


def measure(mode: str, path: Path, *extra: str, env: dict) -> dict:
    cmd = [sys.executable, str(HERE / "_row.py"), mode, str(path), *extra]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{mode} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def duration(path: Path) -> float:
    import soundfile as sf

    if path.is_dir():
        return sum(duration(p) for p in sorted(path.glob("*.wav")))
    return sf.info(str(path)).duration


def normalise(text: str) -> str:
    text = text.lower().replace("-", " ")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def wer(reference: str, hypothesis: str) -> float:
    import jiwer

    return jiwer.wer(normalise(reference), normalise(hypothesis))


def fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def run(args) -> list[Row]:
    work = make_inputs.WORK
    paths = make_inputs.build(args.minutes, args.batch_files, args.batch_minutes, args.long_minutes,
                              wer_minutes=args.wer_minutes)
    env = dict(os.environ, PYTHONPATH=str(ROOT), REFERAT_DATA_DIR=str(work / "data"))
    # Assemble the embedded model once, outside every timing.
    subprocess.run([sys.executable, "-c", "from referat.asr.models import resolve_asr_model; resolve_asr_model(None)"],
                   env=env, check=True)
    meeting, rows, wanted = paths["meeting"], [], set(args.only or ROWS) - set(args.skip or ())
    if args.nst_meeting:  # real Danish speech only, as long as --minutes
        meeting = work / f"nst-meeting-{args.minutes:g}m.wav"
        with tempfile.TemporaryDirectory() as tmp:
            (work / f"nst-meeting-{args.minutes:g}m.txt").write_text(
                make_inputs.nst_reference_file(make_inputs.NST / "refs.tsv", meeting, args.minutes, Path(tmp)) + "\n",
                encoding="utf-8")
    minutes_audio = duration(meeting)
    have_pipeline = importlib.util.find_spec("referat.pipeline") is not None

    def timed(name: str, mode: str, path: Path, *extra: str, note: str = "") -> Row:
        print(f"… {name}", file=sys.stderr, flush=True)
        result = measure(mode, path, *extra, env=env)
        row = Row(name, duration(path), result["wall"], result["cpu"], result["peak_rss_mb"], note=note)
        rows.append(row)
        print(f"  {row.wall_s:.1f} s wall, {row.cpu_s:.1f} s CPU, peak {row.peak_mb:.0f} MB", file=sys.stderr, flush=True)
        return row

    if "plain" in wanted:
        timed("faster-whisper WhisperModel.transcribe (sequential, beam 5, VAD)", "plain", meeting)
    if "fw-batched" in wanted:
        timed("faster-whisper BatchedInferencePipeline (batch 8, beam 5)", "fw-batched", meeting)
    if "fw-batched-words" in wanted:
        timed("faster-whisper BatchedInferencePipeline (batch 8, beam 5, word timestamps)", "fw-batched-words", meeting)
    if "referat-asr" in wanted:
        timed("referat transcribe (ASR only)", "referat-asr", meeting, "--out", str(fresh(work / "out-asr")))
    if "referat-beam" in wanted and args.extra_beam:
        timed(f"referat Transcriber, beam {args.extra_beam} (not the default)", "referat-lib", meeting,
              "--beam", str(args.extra_beam))
    if "referat-full" in wanted:
        if have_pipeline and args.agenda and args.agenda.is_file():
            timed(f"referat full pipeline (ASR + diarization + minutes), agenda {args.agenda.name}", "referat-full",
                  meeting,
                  "--agenda", str(args.agenda), "--out", str(fresh(work / "out-full")))
        else:
            rows.append(Row("referat full pipeline", note="not measured: " + ("no --agenda given" if have_pipeline else "referat.pipeline not merged yet")))
    for jobs in (1, 2):
        if f"batch-j{jobs}" in wanted:
            timed(f"referat batch, {args.batch_files} files, --jobs {jobs}", "batch", paths["batch_dir"],
                  "--out", str(fresh(work / f"out-batch-j{jobs}")), "--jobs", str(jobs),
                  note="peak RSS of the largest single process" if jobs > 1 else "")
    if "wer" in wanted:
        reference = paths["nst_ref"].read_text(encoding="utf-8")
        variants = [("WER, NST Danish: sequential", "plain", ()),
                    ("WER, NST Danish: BatchedInferencePipeline with word timestamps", "fw-batched-words", ()),
                    ("WER, NST Danish: referat transcribe", "referat-asr", ("--out", str(fresh(work / "out-wer"))))]
        if "referat-beam" in wanted and args.extra_beam:
            variants.append((f"WER, NST Danish: referat Transcriber, beam {args.extra_beam}", "referat-lib",
                             ("--beam", str(args.extra_beam))))
        for name, mode, extra in variants:
            text_out = work / f"wer-{mode}{'-'.join(extra[1:]) if mode == 'referat-lib' else ''}.txt"
            row = timed(name, mode, paths["nst"], *extra, "--text-out", str(text_out))
            row.wer = wer(reference, text_out.read_text(encoding="utf-8"))
    if "memory" in wanted and "long" in paths:
        timed(f"peak memory: referat transcribe (ASR only), {args.long_minutes:g}-minute input", "referat-asr",
              paths["long"], "--out", str(fresh(work / "out-long")))
        timed(f"peak memory: referat transcribe with speakers, {args.long_minutes:g}-minute input",
              "referat-speakers", paths["long"], "--out", str(fresh(work / "out-long-speakers")))
    return rows, minutes_audio


def table(rows: list[Row]) -> str:
    base = next((r for r in rows if r.name.startswith("faster-whisper WhisperModel")), None)
    base_rtf = base.wall_s / base.audio_s if base and base.wall_s else None
    base_cpu = base.cpu_s / base.audio_s if base and base.cpu_s else None
    wer_base = next((r.wer for r in rows if r.wer is not None), None)
    lines = ["| measurement | audio | wall | RTF | × plain (wall) | CPU | × plain (CPU) | peak RSS | WER | note |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        rtf = r.wall_s / r.audio_s if r.wall_s and r.audio_s else None
        cpu_rtf = r.cpu_s / r.audio_s if r.cpu_s and r.audio_s else None
        timing = r.wer is None and not r.name.startswith("peak memory")
        ratio = f"{rtf / base_rtf:.2f}" if rtf and base_rtf and timing else ""
        cpu_ratio = f"{cpu_rtf / base_cpu:.2f}" if cpu_rtf and base_cpu and timing else ""
        werc = ""
        if r.wer is not None:
            werc = f"{r.wer:.3f}" + (f" (Δ {r.wer - wer_base:+.3f})" if wer_base is not None and r.wer != wer_base else "")
        lines.append(
            f"| {r.name} | {_mmss(r.audio_s)} | {_num(r.wall_s, ' s')} | {_num(rtf, '', 3)} | {ratio} | "
            f"{_num(r.cpu_s, ' s')} | {cpu_ratio} | {_num(r.peak_mb, ' MB', 0)} | {werc} | {r.note} |"
        )
    return "\n".join(lines)


def _mmss(seconds: float | None) -> str:
    if not seconds:
        return ""
    m, s = divmod(int(round(seconds)), 60)
    return f"{m}:{s:02d}"


def _num(value: float | None, unit: str, digits: int = 1) -> str:
    return "" if value is None else f"{value:.{digits}f}{unit}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=30.0, help="length of the synthetic meeting")
    ap.add_argument("--batch-files", type=int, default=8)
    ap.add_argument("--batch-minutes", type=float, default=2.0)
    ap.add_argument("--long-minutes", type=float, default=120.0, help="input for the peak memory row")
    ap.add_argument("--wer-minutes", type=float, default=3.0, help="NST Danish input for the WER rows")
    ap.add_argument("--extra-beam", type=int, default=5, help="also time referat's Transcriber with this beam (0: skip)")
    ap.add_argument("--agenda", type=Path, default=ROOT / "samples" / "demo-agenda.toml",
                    help="agenda for the full-pipeline row (default: the demo agenda)")
    ap.add_argument("--nst-meeting", action="store_true",
                    help="time real Danish speech (the NST utterances, --minutes long) instead of the synthetic meeting")
    ap.add_argument("--quick", action="store_true", help="5-minute meeting, 8 x 0.5-minute batch, 20-minute memory input")
    ap.add_argument("--only", nargs="*", choices=ROWS)
    ap.add_argument("--skip", nargs="*", choices=ROWS)
    ap.add_argument("--markdown", type=Path, help="also write the table here")
    args = ap.parse_args()
    if args.quick:
        args.minutes, args.batch_minutes, args.long_minutes = 5.0, 0.5, 20.0
    started = time.time()
    rows, _ = run(args)
    cpu = platform.processor() or platform.machine()
    head = (f"{time.strftime('%Y-%m-%d %H:%M')} · {len(os.sched_getaffinity(0))} cores ({cpu}) · "
            f"load average at the end {os.getloadavg()[0]:.1f} · total {time.time() - started:.0f} s")
    text = f"{head}\n\n{table(rows)}\n"
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
