"""Benchmark: the whole minutes run on the demo meeting, stage by stage.

Not a test. Runs ``pipeline.process`` on samples/demo-meeting.flac with its
agenda and marks (as scripts/demo.sh does), prints the wall time of each stage
and its real-time factor (stage time / audio time; lower is faster), then the
split and the drafted decisions against the script's ground truth.

    PYTHONPATH=$PWD .venv/bin/python bench/minutes.py [--recording FILE --agenda FILE] [--language en]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from referat.asr.transcriber import AsrOptions  # noqa: E402
from referat.pipeline import STAGES, PipelineOptions, process  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recording", type=Path, default=ROOT / "samples" / "demo-meeting.flac")
    parser.add_argument("--agenda", type=Path, default=ROOT / "samples" / "demo-agenda.toml")
    parser.add_argument("--language", default="en")
    args = parser.parse_args()

    first_seen: dict[str, float] = {}
    last_seen: dict[str, float] = {}

    def progress(stage: str, done: float, total: float) -> None:
        now = time.perf_counter()
        first_seen.setdefault(stage, now)
        last_seen[stage] = now

    started = time.perf_counter()
    result = process(args.recording, args.agenda, PipelineOptions(asr=AsrOptions(language=args.language)), progress)
    total = time.perf_counter() - started
    duration = result.transcript.info.duration
    print(f"{args.recording.name}: {duration:.1f} s of audio, {total:.1f} s in all (RTF {total / duration:.2f}, "
          "model loading included)")
    previous = started
    for stage in STAGES:
        if stage in last_seen:
            spent = last_seen[stage] - previous
            print(f"  {STAGES[stage]:<26} {spent:6.1f} s  RTF {spent / duration:.2f}")
            previous = last_seen[stage]
    print(f"split by {result.split.method}; speakers: {sorted({u.speaker for im in result.minutes.items for u in im.utterances})}")
    script = args.recording.with_name(args.recording.stem + ".script.json")
    truth = json.loads(script.read_text(encoding="utf-8")) if script.is_file() else None
    for im in result.minutes.items:
        expected = ""
        if truth:
            lines = [line for line in truth["lines"] if line["item"] == im.item.number]
            expected = f" (script: {len(lines)} lines)"
        print(f"  punkt {im.item.number}: {len(im.utterances)} utterances{expected}; "
              f"{im.draft.kind} ({im.draft.confidence}): {im.draft.text}")


if __name__ == "__main__":
    main()
