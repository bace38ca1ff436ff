"""The Ray cluster's overhead: 8 files on a 2-node cluster on 127.0.0.1 against
``referat batch --jobs 2`` on the same machine, side by side in one run.

Both get the same CPU: two nodes of 1 CPU each (one worker each, 1 thread)
against two local worker processes of cores/2 threads. Rounds alternate the
variants so drift on a shared machine hits both alike. A third variant reads
the audio from the shared path (--shared-audio) instead of the object store.
A second table times the audio transfer alone, for a recording of --ship-mb MB.
Every run writes into a fresh folder; the outputs of all variants must be
byte-identical (checked, not assumed).

    python bench/cluster.py --rounds 2 --files 8 --minutes 2
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import soundfile as sf

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "tests")]

import make_inputs  # noqa: E402
from ray_loopback import two_node_cluster  # noqa: E402


def inputs(files: int, minutes: float) -> Path:
    folder = make_inputs.WORK / f"batch-{files}x{minutes:g}m"
    if len(list(folder.glob("*.wav"))) == files:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        danish, english = make_inputs.clips(Path(tmp))
    for i in range(files):
        audio = make_inputs.build_meeting(minutes * 60, 100 + i, danish, english)
        sf.write(folder / f"meeting-{i + 1:02d}.wav", audio, make_inputs.SR, subtype="PCM_16")
    return folder


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if not p.name.startswith((".", "referat-batch"))}


def ship(address: str, env: dict[str, str], megabytes: int) -> dict[str, float]:
    """Seconds for one recording's bytes to reach a worker on the other node: through the
    object store (put, transfer, write to the worker's temp folder) or by its path (read)."""
    script = f"""
import os, sys, tempfile, time
sys.path.insert(0, {str(ROOT / 'tests')!r}); import ray_loopback; ray_loopback.keep_loopback()
import ray
ray.init(address={address!r}, logging_level="ERROR")
path = os.path.join(tempfile.mkdtemp(), "big.wav")
with open(path, "wb") as f: f.write(os.urandom({megabytes} * 2**20))
head = ray.get_runtime_context().get_node_id()
other = [n["NodeID"] for n in ray.nodes() if n["Alive"] and n["NodeID"] != head][0]
from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy
@ray.remote(num_cpus=1, scheduling_strategy=NodeAffinitySchedulingStrategy(other, soft=False))
class Sink:
    def store(self, data):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, "a.wav"), "wb") as f: f.write(data)
        return len(data)
    def read(self, p):
        with open(p, "rb") as f: return len(f.read())
sink = Sink.remote(); ray.get(sink.read.remote(path))
t = time.perf_counter(); ray.get(sink.store.remote(ray.put(open(path, "rb").read()))); store = time.perf_counter() - t
t = time.perf_counter(); ray.get(sink.read.remote(path)); read = time.perf_counter() - t
print(store, read)
"""
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    store, read = map(float, out.stdout.split()[-2:])
    return {"object store": store, "shared path": read}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--files", type=int, default=8)
    ap.add_argument("--minutes", type=float, default=2.0, help="length of each file")
    ap.add_argument("--ship-mb", type=int, default=200, help="size of the recording for the transfer table")
    args = ap.parse_args()
    folder = inputs(args.files, args.minutes)
    work = Path(tempfile.mkdtemp(prefix="referat-bench-cluster-"))
    env = dict(os.environ, REFERAT_DATA_DIR=str(work / "data"), PYTHONPATH=str(ROOT))
    # The model is assembled once, outside the timing.
    subprocess.run([sys.executable, "-c", "from referat.asr.models import ensure_embedded; ensure_embedded()"],
                   env=env, check=True)
    times: dict[str, list[float]] = {"batch --jobs 2": [], "--cluster (object store)": [], "--cluster --shared-audio": []}
    results: dict[str, dict[str, bytes]] = {}
    with two_node_cluster(env) as cluster:
        for round_ in range(args.rounds):
            for name in times:
                out = work / f"out-{round_}-{len(results)}"
                extra = {"batch --jobs 2": ["--jobs", "2"], "--cluster (object store)": ["--cluster", cluster.address],
                         "--cluster --shared-audio": ["--cluster", cluster.address, "--shared-audio"]}[name]
                started = time.perf_counter()
                done = cluster.run("referat", "batch", str(folder), "--output-dir", str(out), *extra)
                times[name].append(time.perf_counter() - started)
                if done.returncode != 0:
                    raise SystemExit(f"{name} failed:\n{done.stdout}\n{done.stderr}")
                results[f"{name} {round_}"] = outputs(out)
                print(f"round {round_ + 1} {name}: {times[name][-1]:.1f} s", flush=True)
        shipped = ship(cluster.address, cluster.env, args.ship_mb)
    reference = next(iter(results.values()))
    identical = all(r == reference for r in results.values())
    base = statistics.median(times["batch --jobs 2"])
    audio_minutes = args.files * args.minutes
    print(f"\n{args.files} files x {args.minutes:g} min ({audio_minutes:g} min of audio), {args.rounds} rounds, "
          f"outputs byte-identical across all runs: {identical}\n")
    print("| variant | wall s per round | median s | vs --jobs 2 |")
    print("|---|---|---|---|")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"| {name} | {' / '.join(f'{v:.1f}' for v in values)} | {median:.1f} | {100 * (median / base - 1):+.1f} % |")
    print(f"\n| {args.ship_mb} MB recording to a worker on the other node | seconds |\n|---|---|")
    for name, seconds in shipped.items():
        print(f"| {name} | {seconds:.2f} |")
    if not identical:
        raise SystemExit("outputs differ between variants")


if __name__ == "__main__":
    main()
