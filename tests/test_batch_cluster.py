"""`referat batch --cluster` on a real two-node Ray cluster, every process on 127.0.0.1
(tests/ray_loopback.py), with the embedded model on short espeak-ng audio."""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from referat.asr.options import AsrOptions
from referat.batch.cluster import ClusterOptions, job_slots, process_on_cluster
from referat.batch.manifest import MANIFEST_NAME
from referat.batch.run import BatchProgress, run_batch
from referat.batch.worker import BatchOptions
from referat.pipeline import SessionOptions

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))

from ray_loopback import Cluster, two_node_cluster  # noqa: E402
from speech import espeak  # noqa: E402

SENTENCES = {
    "alpha": "The committee approved the budget for the new school.",
    "bravo": "The harbour plan was postponed until September.",
    "charlie": "Thank you all, the meeting is now closed.",
    "delta": "The board discussed the new library in the town hall.",
}

ray = pytest.importorskip("ray", reason="needs the cluster extra (pip install -e '.[cluster]')")
pytestmark = [pytest.mark.slow, pytest.mark.cluster]


@pytest.fixture(scope="module")
def recordings(tmp_path_factory, shared_data) -> Path:
    folder = tmp_path_factory.mktemp("recordings")
    for name, text in SENTENCES.items():
        espeak(folder / f"{name}.wav", text, repeat=2)
    return folder


def node_env(shared_data: Path) -> dict[str, str]:
    """The workers' environment: the raylets pass theirs on to the actors."""
    return dict(os.environ, REFERAT_DATA_DIR=str(shared_data), COLUMNS="200")


@pytest.fixture(scope="module")
def cluster(shared_data):
    with two_node_cluster(node_env(shared_data)) as running:
        yield running


def local_batch(src: Path, out: Path, shared_data: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(node_env(shared_data), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "referat", "batch", str(src), "--output-dir", str(out),
                           "--language", "en", *args], env=env, capture_output=True, text=True, timeout=600)


def cluster_batch(cluster: Cluster, src: Path, out: Path, *args: str) -> subprocess.CompletedProcess:
    return cluster.run("referat", "batch", str(src), "--output-dir", str(out), "--language", "en",
                       "--cluster", cluster.address, *args, timeout=600)


def entries(out: Path) -> dict[str, dict]:
    data = json.loads((out / MANIFEST_NAME).read_text())
    return {Path(e["source"]).name: e for e in data["entries"]}


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith((".", "referat-batch"))}


def referat_temp_folders() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("referat-*")}


def test_cluster_batch_spreads_over_both_nodes_equals_local_and_rerun_skips(tmp_path, cluster, recordings,
                                                                            shared_data):
    local, spread = tmp_path / "local", tmp_path / "cluster"
    # Same threads per job as one cluster worker (1 CPU each): byte-identical outputs.
    same_threads = local_batch(recordings, local, shared_data, "--jobs", "2")
    assert same_threads.returncode == 0, same_threads.stderr
    temp_before = referat_temp_folders()

    first = cluster_batch(cluster, recordings, spread)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "4 done" in first.stdout
    done = entries(spread)
    assert {name: e["status"] for name, e in done.items()} == dict.fromkeys(
        [f"{n}.wav" for n in SENTENCES], "done")
    assert len({e["node"] for e in done.values()}) == 2, "both nodes should have transcribed files"
    assert outputs(spread) == outputs(local)
    assert "committee" in (spread / "alpha.txt").read_text().lower()
    # The audio reached the workers through the object store; their copies are gone.
    assert referat_temp_folders() <= temp_before
    assert not [p for p in cluster.temp_dir.rglob("*.wav")]

    mtimes = {p.name: p.stat().st_mtime_ns for p in spread.iterdir()}
    again = cluster_batch(cluster, recordings, spread)
    assert again.returncode == 0, again.stderr
    assert "4 skipped" in again.stdout and "done" not in again.stdout.split("skipped")[-1]
    assert {p.name: p.stat().st_mtime_ns for p in spread.iterdir() if p.name != MANIFEST_NAME} == {
        n: t for n, t in mtimes.items() if n != MANIFEST_NAME}


def test_cluster_without_room_for_one_job_is_a_clear_error(tmp_path, cluster, recordings):
    result = cluster_batch(cluster, recordings, tmp_path / "out", "--cpus-per-job", "4")
    assert result.returncode != 0
    assert "no room for a job" in result.stderr and "--cpus-per-job" in result.stderr
    assert not (tmp_path / "out" / MANIFEST_NAME).exists() or all(
        e["status"] != "running" for e in entries(tmp_path / "out").values())


def test_shared_audio_reads_the_same_paths_and_gives_the_same_outputs(tmp_path, cluster, recordings, shared_data):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("alpha", "bravo"):
        shutil.copy(recordings / f"{name}.wav", src / f"{name}.wav")
    by_store = cluster_batch(cluster, src, tmp_path / "store")
    by_path = cluster_batch(cluster, src, tmp_path / "path", "--shared-audio")
    assert by_store.returncode == 0 and by_path.returncode == 0, by_path.stderr
    assert outputs(tmp_path / "path") == outputs(tmp_path / "store")


class KillWorkerNodeOnFirstFile(BatchProgress):
    def __init__(self, cluster: Cluster):
        self.cluster = cluster
        self.finished: list[str] = []
        self.killed_with_left: int | None = None

    def file_finished(self, job, result) -> None:
        self.finished.append(job.path.name)
        if self.killed_with_left is None:
            self.cluster.kill_worker_node()
            self.killed_with_left = 5 - len(self.finished)


def test_losing_a_node_mid_run_finishes_every_file_exactly_once(tmp_path, shared_data, recordings, monkeypatch,
                                                                 caplog):
    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(recordings, src)
    (src / "echo.wav").write_bytes(os.urandom(20000))  # one bad file never stops the others
    monkeypatch.setattr("ray._private.services.resolve_ip_for_localhost", lambda host: host)
    options = BatchOptions(output_dir=out, session=SessionOptions(asr=AsrOptions(language="en")))
    with two_node_cluster(node_env(shared_data)) as running:
        progress = KillWorkerNodeOnFirstFile(running)
        executor = functools.partial(process_on_cluster, cluster=ClusterOptions(running.address))
        report = run_batch([src], options, progress, stop=threading.Event(), executor=executor)

    assert progress.killed_with_left and progress.killed_with_left >= 2, "the kill came too late to matter"
    assert any("lost the cluster worker" in r.getMessage() for r in caplog.records)
    assert sorted(progress.finished) == sorted(f"{n}.wav" for n in [*SENTENCES, "echo"])  # each exactly once
    statuses = {r.path.name: r.status for r in report.results}
    assert statuses == {**dict.fromkeys((f"{n}.wav" for n in SENTENCES), "done"), "echo.wav": "failed"}
    manifest = entries(out)
    assert {n: e["status"] for n, e in manifest.items()} == statuses
    for name, word in (("alpha", "committee"), ("bravo", "september"), ("charlie", "meeting"), ("delta", "library")):
        assert word in (out / f"{name}.txt").read_text().lower(), name
    assert not [p.name for p in out.iterdir() if p.name.endswith(".part")]


def test_job_slots_count_whole_jobs_of_every_resource_asked_for():
    assert job_slots({"CPU": 8.0}, ClusterOptions("h:1", cpus_per_job=3)) == 2
    assert job_slots({"CPU": 8.0, "GPU": 2.0}, ClusterOptions("h:1", cpus_per_job=1, gpus_per_job=1)) == 2
    assert job_slots({"CPU": 8.0}, ClusterOptions("h:1", gpus_per_job=1)) == 0
    assert job_slots({}, ClusterOptions("h:1")) == 0
