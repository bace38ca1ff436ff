"""Live transcript benchmark: a meeting-like file played at real time.

Plays real Danish speech (../shared/data/nst-da, looped with pauses) through a
real-time-paced file source into the recorder with the live transcript on,
then reports the transcript's lag behind speech (median, p95), what was
skipped, whether every sample reached the file, and CPU use.

    PYTHONPATH=$PWD .venv/bin/python bench/live.py --minutes 10

Lag of a line = recording position when it appeared - end of the speech it
holds. Not a test: numbers depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--threads", type=int, default=0, help="ASR threads for the live worker (0 = all cores)")
    ap.add_argument("--max-window", type=float, default=5.0)
    ap.add_argument("--model", default=None)
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()

    from referat.recording.capture import FileSource
    from referat.recording.live import LiveOptions, LiveTranscriber, asr_transcribe_fn
    from referat.recording.recorder import Recorder, RecordOptions

    work = Path(tempfile.mkdtemp(prefix="referat-bench-live-"))
    pcm = make_meeting(args.minutes, work / "meeting.wav")
    transcribe = asr_transcribe_fn(args.model, "da", cpu_threads=args.threads)
    transcribe(np.zeros(16000, dtype=np.float32))  # load and warm up before the clock starts
    live = LiveTranscriber(transcribe, 16000, LiveOptions(max_window=args.max_window))
    source = FileSource(work / "meeting.wav", realtime=True)
    rec = Recorder(source, RecordOptions(output_dir=work / "out"), live=live)

    proc = psutil.Process()
    samples = []
    stop = threading.Event()

    def sample_cpu():  # whole-machine load too: other work on the box skews the numbers
        while not stop.wait(5):
            samples.append(psutil.cpu_percent(interval=None))

    psutil.cpu_percent(interval=None)
    cpu0, t0 = proc.cpu_times(), time.monotonic()
    threading.Thread(target=sample_cpu, daemon=True).start()
    rec.start()
    while not rec.wait(30):
        print(f"{rec.position / 60:5.1f} min  lines={live.emitted}  skipped={live.skipped_seconds:.0f}s", file=sys.stderr)
    result = rec.finish()
    stop.set()
    wall = time.monotonic() - t0
    cpu1 = proc.cpu_times()
    used = (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system)

    back, _ = sf.read(result.path, dtype="int16")
    lags = sorted(line.lag for line in live.lines if not line.notice)
    p95 = lags[min(len(lags) - 1, int(round(0.95 * (len(lags) - 1))))] if lags else float("nan")
    report = {
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
        "process_cpu_percent_of_one_core": round(100 * used / wall, 1),
        "machine_cpu_percent_mean": round(statistics.mean(samples), 1) if samples else None,
        "cores": os.cpu_count(),
        "load_average_1m_at_end": round(os.getloadavg()[0], 2),
        "threads": args.threads or "all",
        "max_window_s": args.max_window,
    }
    text = json.dumps(report, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
