"""Live transcript benchmark: a meeting-like file played at real time.

Plays real Danish speech (../shared/data/nst-da, looped with pauses) through a
real-time-paced file source into the recorder with the live transcript on,
then reports the transcript's lag behind speech (median, p95), what was
skipped, whether every sample reached the file, and CPU use.

    PYTHONPATH=$PWD .venv/bin/python bench/live.py --minutes 10 --loops previous,referat --load both

runs each loop on a quiet machine and on a busy one (``--load``: another
process keeps one core at 100 %, as Teams or Word do on a meeting laptop),
one after another in one session, and prints a table of them side by side.
"previous" is the loop before the short-window decoder: faster-whisper's own
sequential decoder with 30-s windows, on every core, at normal priority.

Lag of a line = recording position when it appeared - end of the speech it
holds. Not a test: numbers depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import psutil
import soundfile as sf

ROOT = Path(__file__).resolve().parents[1]
NST = ROOT.parent / "shared" / "data" / "nst-da"


def make_meeting(minutes: float, path: Path, seed: int = 0) -> np.ndarray:
    """Utterances in random order with 0.4-3 s pauses, like a meeting's turns."""
    from referat.audio.decode import load_audio

    rng = np.random.default_rng(seed)
    clips = [load_audio(p) for p in sorted(NST.glob("*.wav"))]
    parts, total = [], 0
    want = int(minutes * 60 * 16000)
    while total < want:
        clip = clips[rng.integers(len(clips))]
        gap = np.zeros(int(rng.uniform(0.4, 3.0) * 16000), dtype=np.float32)
        parts += [clip, gap]
        total += len(clip) + len(gap)
    audio = np.concatenate(parts)[:want]
    pcm = np.round(audio * 32767 * 0.8).astype(np.int16)
    sf.write(path, pcm, 16000, subtype="PCM_16")
    return pcm


BUSY_LOOP = "while True: pass"


def previous_loop(model: str | None):
    """The loop as it was: faster-whisper's decoder on 30-s windows, every core, normal priority."""
    from referat.asr import AsrOptions, Transcriber
    from referat.recording.live import LiveOptions

    transcriber = Transcriber(AsrOptions(model=model, language="da", beam_size=1, vad=True, batched=False,
                                         word_timestamps=False, cpu_threads=0))

    def transcribe(audio: np.ndarray) -> list[tuple[float, float, str]]:
        return [(s.start, s.end, s.text) for s in transcriber.transcribe(audio, source="live").segments]

    transcribe(np.zeros(16000, dtype=np.float32))  # load and warm up before the clock starts
    return transcribe, LiveOptions(max_backlog=25.0, nice=0)


def run_once(loop: str, busy: bool, wav: Path, pcm: np.ndarray, model: str | None, out: Path) -> dict:
    from referat.recording.capture import FileSource
    from referat.recording.live import LiveOptions, LiveTranscriber, asr_transcribe_fn
    from referat.recording.recorder import Recorder, RecordOptions

    hog = subprocess.Popen([sys.executable, "-c", BUSY_LOOP]) if busy else None
    try:
        if loop == "previous":
            transcribe, options = previous_loop(model)
        else:
            transcribe, options = asr_transcribe_fn(model, "da"), LiveOptions(warm_up=True)
        live = LiveTranscriber(transcribe, 16000, options)
        live.start()
        live.ready.wait()  # the model is loaded before the clock starts, as at a real meeting's start
        rec = Recorder(FileSource(wav, realtime=True), RecordOptions(output_dir=out), live=live)
        proc = psutil.Process()
        samples: list[float] = []
        stop = threading.Event()

        def sample_cpu():  # whole-machine load too: other work on the box skews the numbers
            while not stop.wait(5):
                samples.append(psutil.cpu_percent(interval=None))

        psutil.cpu_percent(interval=None)
        cpu0, t0 = proc.cpu_times(), time.monotonic()
        threading.Thread(target=sample_cpu, daemon=True).start()
        rec.start()
        while not rec.wait(30):
            print(f"{loop}{' busy' if busy else ''} {rec.position / 60:5.1f} min  lines={live.emitted}  "
                  f"skipped={live.skipped_seconds:.0f}s", file=sys.stderr)
        result = rec.finish()
        stop.set()
        wall = time.monotonic() - t0
        cpu1 = proc.cpu_times()
    finally:
        if hog is not None:
            hog.kill()
            hog.wait()
    used = (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system)
    back, _ = sf.read(result.path, dtype="int16")
    lags = sorted(line.lag for line in live.lines if not line.notice)
    p95 = lags[min(len(lags) - 1, int(round(0.95 * (len(lags) - 1))))] if lags else float("nan")
    return {
        "loop": loop,
        "machine": "busy (one core at 100 %)" if busy else "quiet",
        "audio_minutes": round(len(pcm) / 16000 / 60, 2),
        "wall_seconds": round(wall, 1),
        "lines": len(lags),
        "windows_transcribed": live.windows,
        "lag_median_s": round(statistics.median(lags), 2) if lags else None,
        "lag_p95_s": round(p95, 2),
        "lag_max_s": round(lags[-1], 2) if lags else None,
        "live_skipped_s": round(live.skipped_seconds, 1),
        "seconds_per_call_median": round(statistics.median(live.call_seconds), 2) if live.call_seconds else None,
        "samples_recorded": int(len(back)),
        "samples_played": int(len(pcm)),
        "dropped_samples": int(len(pcm) - len(back)),
        "recording_identical": bool(len(back) == len(pcm) and np.array_equal(back, pcm)),
        "overflows": result.overflows,
        # The whole process: the live worker and its model threads, plus capture and the writer.
        "process_cpu_percent_of_one_core": round(100 * used / wall, 1),
        "machine_cpu_percent_mean": round(statistics.mean(samples), 1) if samples else None,
        "load_average_1m_at_end": round(os.getloadavg()[0], 2),
    }


def table(rows: list[dict]) -> str:
    out = ["| loop | machine | lag median | lag p95 | lag max | skipped | calls (median s) | dropped samples "
           "| recording identical | process CPU (% of one core) | machine busy |",
           "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        out.append(f"| {r['loop']} | {r['machine']} | {r['lag_median_s']} s | {r['lag_p95_s']} s | {r['lag_max_s']} s "
                   f"| {r['live_skipped_s']} s | {r['windows_transcribed']} ({r['seconds_per_call_median']} s) "
                   f"| {r['dropped_samples']} | {'yes' if r['recording_identical'] else 'NO'} "
                   f"| {r['process_cpu_percent_of_one_core']} | {r['machine_cpu_percent_mean']} % |")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--loops", default="previous,referat", help="comma-separated: previous, referat")
    ap.add_argument("--load", choices=("none", "busy", "both"), default="none",
                    help="busy: another process keeps one core at 100 %% during the run; both: quiet, then busy")
    ap.add_argument("--model", default=None)
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="referat-bench-live-"))
    pcm = make_meeting(args.minutes, work / "meeting.wav")
    loads = {"none": [False], "busy": [True], "both": [False, True]}[args.load]
    rows = []
    for busy in loads:
        for loop in args.loops.split(","):
            rows.append(run_once(loop, busy, work / "meeting.wav", pcm, args.model, work / f"out-{loop}-{busy}"))
            print(json.dumps(rows[-1], indent=1), flush=True)
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
