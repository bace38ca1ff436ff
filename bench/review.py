#!/usr/bin/env python3
"""The review page on a 3-hour meeting: load to interactive, edit round trip, bytes saved.

    PYTHONPATH=$PWD python bench/review.py [--hours 3] [--edits 40]

The meeting is made from real transcripts: referat transcribes the NST Danish
speech (../shared/data/nst-da) with seed 001's published agenda, and its lines
are repeated, shifted in time, until the meeting is ``--hours`` long (about
10,000 words an hour) with the lines spread over the agenda's items. Its
recording is the NST speech repeated as long (a 16 kHz WAV, served with Range
requests). Then ``referat review`` runs as a real process and Debian's
Chromium loads the page headless:

- load: from navigation start to ``domInteractive``, and to the page's own
  ``referat-ready`` mark (data fetched and every line drawn), median of 5 loads;
- seek: setting the player 2.5 hours in, until ``seeked``;
- edit round trip: POST /api/edit from Python until the new page data is back,
  median and 95th percentile over ``--edits`` edits of three kinds;
- saving: bytes written per edit (the edit log) against the record's size, and
  whether the record file was touched.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import replace
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
WORK = ROOT / "bench" / "_work" / "review"
NST = ROOT.parent / "shared" / "data" / "nst-da"
SEED = next((ROOT.parent / "shared" / "seeds").glob("001_*.txt"))


def real_record() -> Path:
    """A referat of the real NST speech with seed 001 as agenda (made once)."""
    out = WORK / "nst" / "referat.docx"
    if out.with_suffix(".json").is_file():
        return out.with_suffix(".json")
    out.parent.mkdir(parents=True, exist_ok=True)
    speech = np.concatenate([sf.read(p, dtype="float32")[0] for p in sorted(NST.glob("*.wav"))])
    sf.write(out.parent / "nst.wav", speech, 16000, subtype="PCM_16")
    subprocess.run([sys.executable, "-m", "referat", "transcribe", str(out.parent / "nst.wav"), "--agenda", str(SEED),
                    "-o", str(out)], check=True, cwd=ROOT)
    return out.with_suffix(".json")


def long_meeting(hours: float) -> tuple[Path, int, int]:
    """The real record's lines repeated to ``hours``; returns (path, lines, words)."""
    from referat.record.store import load_machine_record as load
    from referat.record import record_json

    source = load(real_record())
    span = max(line.end for line in source.lines) + 2.0
    copies = int(hours * 3600 // span)
    numbers = [item.number for item in source.meeting.items]
    lines = []
    for k in range(copies):
        item = numbers[k * len(numbers) // copies]
        for line in source.lines:
            shift = k * span
            words = tuple(replace(w, start=w.start + shift, end=w.end + shift) for w in line.words)
            lines.append(replace(line, id=len(lines), start=line.start + shift, end=line.end + shift, words=words,
                                 item=item))
    duration = copies * span
    folder = WORK / f"{hours:g}h"
    folder.mkdir(parents=True, exist_ok=True)
    audio = folder / "meeting.wav"
    if not audio.is_file():
        speech = sf.read(WORK / "nst" / "nst.wav", dtype="int16", always_2d=True)[0][:, 0]
        block = np.concatenate([speech, np.zeros(int(span * 16000) - len(speech), dtype=np.int16)])
        with sf.SoundFile(audio, "w", 16000, 1, "PCM_16") as fh:
            for _ in range(copies):
                fh.write(block)
    record = replace(source, lines=tuple(lines), duration=duration, source=str(audio))
    path = folder / "meeting.json"
    path.write_text(record_json(record), encoding="utf-8")
    path.with_name("meeting.edits.json").unlink(missing_ok=True)
    return path, len(lines), sum(len(line.words) for line in lines)


def post(origin: str, token: str, body: dict) -> tuple[float, dict]:
    request = urllib.request.Request(origin + "/api/edit", data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "X-Referat-Token": token})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:
        data = json.loads(response.read())
    return time.perf_counter() - started, data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hours", type=float, default=3.0)
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--loads", type=int, default=5)
    args = parser.parse_args()
    from browser import Review, chromium, open_page

    path, n_lines, n_words = long_meeting(args.hours)
    size = path.stat().st_size
    print(f"meeting: {args.hours:g} h, {n_lines} lines, {n_words} words, record {size / 1e6:.1f} MB")
    server = Review(path)
    driver = chromium()
    try:
        interactive, ready = [], []
        for _ in range(args.loads):
            open_page(driver, server.url)
            timing = driver.execute_script(
                "const n = performance.getEntriesByType('navigation')[0];"
                "return [n.domInteractive, performance.getEntriesByName('referat-ready')[0].startTime]")
            interactive.append(timing[0] / 1000)
            ready.append(timing[1] / 1000)
        driver.set_script_timeout(30)
        seek = driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            const a = document.getElementById('player');
            const go = () => { const t0 = performance.now();
              a.addEventListener('seeked', () => done((performance.now() - t0) / 1000), {once: true});
              a.currentTime = 9000; };
            if (a.readyState >= 1) go(); else a.addEventListener('loadedmetadata', go, {once: true});
        """)
        token = server.url.split("token=")[1]
        state = json.loads(urllib.request.urlopen(urllib.request.Request(
            server.origin + "/api/state", headers={"X-Referat-Token": token})).read())
        mtime = path.stat().st_mtime_ns
        times, log_sizes = [], []
        journal = path.with_name("meeting.edits.json")
        for n in range(args.edits):
            kind = n % 3
            if kind == 0:
                op = {"op": "rename_speaker", "label": state["speakers"][0]["label"], "name": f"Navn {n}"}
            elif kind == 1:
                op = {"op": "correct_text", "line": (n * 97) % n_lines, "text": f"Rettet linje {n}."}
            else:
                op = {"op": "edit_decision", "item": state["items"][n % len(state["items"])]["number"],
                      "text": f"Beslutning {n}."}
            seconds, state = post(server.origin, token, {"revision": state["revision"], "op": op})
            times.append(seconds)
            log_sizes.append(journal.stat().st_size)
        times.sort()
        report = {
            "hours": args.hours, "lines": n_lines, "words": n_words, "record_mb": round(size / 1e6, 2),
            "dom_interactive_s": round(statistics.median(interactive), 3),
            "ready_s": round(statistics.median(ready), 3), "ready_max_s": round(max(ready), 3),
            "seek_2h30_s": round(seek, 3) if seek is not None else None,
            "edit_median_ms": round(1000 * statistics.median(times), 1),
            "edit_p95_ms": round(1000 * times[int(0.95 * (len(times) - 1))], 1),
            "log_bytes_after_edits": log_sizes[-1], "log_bytes_per_edit": round(log_sizes[-1] / len(log_sizes)),
            "record_rewritten": path.stat().st_mtime_ns != mtime,
        }
        print(json.dumps(report, indent=1))
    finally:
        driver.quit()
        server.stop()
    shutil.rmtree(WORK / f"{args.hours:g}h" / "__pycache__", ignore_errors=True)


if __name__ == "__main__":
    main()
