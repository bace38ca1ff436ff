"""What finding the speakers costs next to recognition, and the peak memory, in the real pipeline.

One long synthetic meeting (bench/make_inputs.py: NST Danish speech with its
variants and a tenth of English espeak voices) goes through
``pipeline.Session.process`` with the default options, exactly as
``referat transcribe`` runs it, in a fresh process. The stage times come from
the pipeline's own progress reports: "asr" from its first report to its last,
"speakers" likewise (after recognition; loading torch and the speaker encoder
happens in the background during recognition and counts where it lands).
Peak memory is the process's high-water mark (getrusage).

    PYTHONPATH=$PWD .venv/bin/python bench/speakers_cost.py --minutes 120
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import soundfile as sf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_inputs  # noqa: E402


def child(path: Path) -> dict:
    from referat.pipeline import Session, SessionOptions

    stamps: dict[str, list[float]] = {}

    def progress(stage: str, done: float, total: float) -> None:
        now = time.perf_counter()
        stamps.setdefault(stage, [now, now])[1] = now

    started = time.perf_counter()
    record = Session(SessionOptions()).process(path, progress=progress)
    wall = time.perf_counter() - started
    spans = {stage: end - start for stage, (start, end) in stamps.items()}
    return {"wall": wall, "asr": spans.get("asr", 0.0), "speakers": spans.get("speakers", 0.0),
            "audio": spans.get("audio", 0.0), "speakers_found": len(record.speakers),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=60.0)
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    make_inputs.WORK.mkdir(parents=True, exist_ok=True)
    path = make_inputs.WORK / f"speakers-cost-{args.minutes:g}m.flac"
    if not path.is_file():
        with tempfile.TemporaryDirectory() as tmp:
            danish, english = make_inputs.clips(Path(tmp))
        sf.write(path, make_inputs.build_meeting(args.minutes * 60, 2, danish, english), make_inputs.SR, format="FLAC")
    proc = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True, check=True)
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"{time.strftime('%Y-%m-%d %H:%M')} · {args.minutes:g}-minute meeting · {r['speakers_found']} speakers found\n")
    print("| stage | seconds | share of recognition |")
    print("|---|---:|---:|")
    print(f"| decoding the file | {r['audio']:.1f} | |")
    print(f"| recognition (asr) | {r['asr']:.1f} | 100 % |")
    print(f"| finding the speakers | {r['speakers']:.1f} | {100 * r['speakers'] / r['asr']:.1f} % |")
    print(f"| whole run (models loaded, items, record) | {r['wall']:.1f} | |")
    print(f"\npeak memory: {r['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
