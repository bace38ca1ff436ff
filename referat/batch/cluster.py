"""Running a batch's jobs on a Ray cluster: ``referat batch --cluster ADDRESS`` (docs/cluster.md).

The driver (this process) does everything a local batch does: it plans, reads
agendas and marks, writes every output and the manifest. The cluster only turns
audio into meeting records. Each worker is an actor that reserves
``--cpus-per-job``/``--gpus-per-job``, loads its models once and takes one file
at a time. The audio travels through Ray's object store, or by its path with
``--shared-audio`` when every node sees the driver's files at the same paths.

Faults: a worker lost mid-file (its process or its whole node) costs only that
attempt; the file goes to another worker, at most ``MAX_ATTEMPTS`` times. Only
the driver records results, once per file, so nothing is recorded twice. A
cluster that cannot be reached, or has no room for one job, is an error within
seconds, before any file is claimed.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import socket
import tempfile
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from referat import __version__, files
from referat.batch.worker import (
    BatchOptions,
    FileJob,
    FileOutcome,
    JobInputs,
    Worker,
    guarded,
    pin_threads,
    read_job_inputs,
    with_threads,
    write_outputs,
)
from referat.errors import ClusterError, InputError
from referat.i18n import _
from referat.record.model import MeetingRecord

if TYPE_CHECKING:
    from referat.batch.run import FileResult, Ledger

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3  # a file whose worker died this many times is reported as failed
START_TIMEOUT = 120.0  # seconds a batch waits for its first worker (model load included)
POLL = 0.25  # seconds between looks at the stop flag


@dataclass(frozen=True)
class ClusterOptions:
    address: str  # "host:port" of the head node's GCS, or "auto"
    cpus_per_job: float = 1.0
    gpus_per_job: float = 0.0
    shared_audio: bool = False  # workers read job.path themselves
    connect_timeout: float = 5.0


# --- connecting ------------------------------------------------------------------------


def connect(cluster: ClusterOptions) -> Any:
    """Join the cluster as a driver and check it can run a job; returns the ``ray`` module."""
    address = bootstrap_address(cluster.address)
    probe(address, cluster.connect_timeout)
    ray = import_ray()
    ray.init(address=address, namespace="referat", logging_level=logging.WARNING, log_to_driver=False)
    try:
        check_room(ray.cluster_resources(), cluster, address)
    except BaseException:
        ray.shutdown()
        raise
    return ray


def bootstrap_address(address: str) -> str:
    """``host:port`` as given, or for ``auto`` the cluster ``ray start`` began on this machine."""
    if address != "auto":
        host, _colon, port = address.rpartition(":")
        if not host or not port.isdigit():
            raise InputError(_("--cluster {address!r} is not host:port (the head node's address, port 6379 by "
                               "default) or auto.").format(address=address))
        return address
    import_ray()
    from ray._private.services import canonicalize_bootstrap_address

    try:
        found = canonicalize_bootstrap_address("auto")
    except ConnectionError:
        found = None
    if not found:
        raise ClusterError(_("--cluster auto found no Ray cluster on this machine. Start one with `ray start "
                             "--head` (docs/cluster.md), or give the head node's host:port."))
    return str(found)


def import_ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise ClusterError(_("--cluster needs Ray, which is not installed. Install the cluster extra (pip "
                             "install 'referat[cluster]') on this machine and on every node.")) from exc
    return ray


def probe(address: str, timeout: float) -> None:
    """Ray itself waits minutes for an absent head; a plain TCP connect answers in seconds."""
    host, _colon, port = address.rpartition(":")
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=timeout):
            pass
    except OSError as exc:
        raise ClusterError(_("Cannot reach the Ray cluster at {address} ({value}). Check that its head node runs "
                             "(`ray status` there) and that this machine may reach it.").format(
                               address=address, value=exc.strerror or exc)) from exc


def check_room(resources: dict[str, float], cluster: ClusterOptions, address: str) -> int:
    """How many jobs the cluster can run at once; an error if not even one."""
    slots = job_slots(resources, cluster)
    if slots < 1:
        raise ClusterError(
            _("The Ray cluster at {address} has no room for a job: it offers {cpus:g} CPUs and {gpus:g} GPUs, and "
              "each job asks for {cpus_per_job:g} CPUs and {gpus_per_job:g} GPUs. Add worker nodes or lower "
              "--cpus-per-job/--gpus-per-job.").format(
                address=address, cpus=resources.get('CPU', 0), gpus=resources.get('GPU', 0),
                cpus_per_job=cluster.cpus_per_job, gpus_per_job=cluster.gpus_per_job))
    return slots


def job_slots(resources: dict[str, float], cluster: ClusterOptions) -> int:
    fits = []
    for name, each in (("CPU", cluster.cpus_per_job), ("GPU", cluster.gpus_per_job)):
        if each > 0:
            fits.append(int(resources.get(name, 0.0) // each))
    return min(fits) if fits else 0


# --- the worker actor ----------------------------------------------------------------


@dataclass(frozen=True)
class WorkerInfo:
    version: str
    node: str  # Ray's node id
    host: str
    pid: int


class ClusterWorker:
    """One job slot: a ``Worker`` (models loaded once) on some node. Made a Ray actor
    with ``ray.remote`` at run time, so importing this module never needs Ray."""

    def __init__(self, options: BatchOptions):
        pin_threads(options.session.asr.cpu_threads)
        self.worker = Worker(options)

    def info(self) -> WorkerInfo:
        import ray

        return WorkerInfo(__version__, ray.get_runtime_context().get_node_id(), socket.gethostname(), os.getpid())

    def transcribe(self, job: FileJob, inputs: JobInputs, audio: bytes | None) -> tuple[FileOutcome,
                                                                                       MeetingRecord | None]:
        """The file's record, or why it failed; ``audio`` None reads ``job.path`` (--shared-audio)."""
        records: list[MeetingRecord] = []

        def work() -> FileOutcome:
            records.append(self._transcribe(job, inputs, audio))
            return FileOutcome(ok=True)

        outcome = guarded(work)
        return outcome, (records[0] if records else None)

    def _transcribe(self, job: FileJob, inputs: JobInputs, audio: bytes | None) -> MeetingRecord:
        if audio is None:
            if not job.path.is_file():
                raise InputError(_("This worker ({host}) cannot see {path}. Leave out --shared-audio, or "
                                   "mount the recordings at the same path on every node.").format(
                                     host=socket.gethostname(), path=job.path))
            return self.worker.transcribe(job, inputs)
        # The only copy on the worker's disk: owner-only, in a folder removed when the file is done.
        with tempfile.TemporaryDirectory(prefix="referat-") as folder:
            copy = Path(folder) / job.path.name
            files.write_bytes(copy, audio)
            return self.worker.transcribe(job, inputs, source=copy)


# --- the driver's loop -----------------------------------------------------------------


@dataclass
class Attempt:
    job: FileJob
    actor: Any
    audio: Any  # the object-store reference, held until the attempt ends


def process_on_cluster(jobs: list[FileJob], options: BatchOptions, ledger: Ledger, stop: threading.Event,
                       cluster: ClusterOptions) -> list[FileResult]:
    ray = connect(cluster)
    try:
        return Dispatcher(ray, jobs, options, ledger, stop, cluster).run()
    finally:
        ray.shutdown()


class Dispatcher:
    """Hands files to idle workers, collects records, writes outputs; see the module docstring."""

    def __init__(self, ray: Any, jobs: list[FileJob], options: BatchOptions, ledger: Ledger,
                 stop: threading.Event, cluster: ClusterOptions):
        self.ray, self.options, self.ledger, self.stop, self.cluster = ray, options, ledger, stop, cluster
        self.queue = collections.deque(jobs)
        self.attempts: collections.Counter[str] = collections.Counter()
        self.results: list[FileResult] = []
        threads = max(1, int(cluster.cpus_per_job))
        self.actor_class = ray.remote(ClusterWorker).options(
            num_cpus=cluster.cpus_per_job, num_gpus=cluster.gpus_per_job, max_restarts=0, max_task_retries=0)
        self.worker_options = with_threads(options, threads)
        self.starting: dict[Any, Any] = {}  # info() reference -> actor not yet known to be up
        self.idle: list[Any] = []
        self.running: dict[Any, Attempt] = {}
        self.nodes: dict[Any, WorkerInfo] = {}
        self.claimed: set[str] = set()
        self.waiting_since = time.monotonic()
        slots = job_slots(ray.cluster_resources(), cluster)
        for _slot in range(max(1, min(slots, len(jobs)))):
            self._start_actor()

    def run(self) -> list[FileResult]:
        try:
            while self.queue or self.running:
                if self.stop.is_set():
                    raise KeyboardInterrupt  # the running files stay "running" and are redone next time
                self._hand_out()
                self._check_workers_left()
                waiting = [*self.running, *self.starting]
                done, _ = self.ray.wait(waiting, num_returns=1, timeout=POLL) if waiting else ([], [])
                for ref in done:
                    if ref in self.starting:
                        self._started(ref)
                    else:
                        self._finished(ref)
        finally:
            for actor in [*self.idle, *self.starting.values(), *(a.actor for a in self.running.values())]:
                with contextlib.suppress(Exception):
                    self.ray.kill(actor)
        return self.results

    def _start_actor(self) -> None:
        actor = self.actor_class.remote(self.worker_options)
        self.starting[actor.info.remote()] = actor

    def _started(self, ref: Any) -> None:
        actor = self.starting.pop(ref)
        try:
            info: WorkerInfo = self.ray.get(ref)
        except Exception as exc:  # its node went away before it was up
            log.warning(_("a cluster worker failed to start: %s"), exc)
            return
        if info.version != __version__:
            self.ray.kill(actor)
            raise ClusterError(_("Node {host} runs referat {version}, this machine {__version__}. Install the "
                                 "same version on every node.").format(
                                   host=info.host, version=info.version, __version__=__version__))
        log.info("cluster worker up on %s (node %s, pid %d)", info.host, info.node[:8], info.pid)
        self.nodes[actor] = info
        self.idle.append(actor)

    def _hand_out(self) -> None:
        while self.idle and self.queue:
            job = self.queue.popleft()
            prepared = self._prepare(job)
            if isinstance(prepared, FileOutcome):  # its agenda or audio could not be read here
                self._record(job, prepared)
                continue
            inputs, audio = prepared
            actor = self.idle.pop()
            ref = actor.transcribe.remote(job, inputs, audio)
            self.running[ref] = Attempt(job, actor, audio)
            self.attempts[job.sha256] += 1

    def _prepare(self, job: FileJob) -> tuple[JobInputs, Any] | FileOutcome:
        if job.sha256 not in self.claimed:
            self.ledger.claim(job)
            self.ledger.progress.file_started(job)
            self.claimed.add(job.sha256)
        prepared: list[tuple[JobInputs, Any]] = []

        def read() -> FileOutcome:
            inputs = read_job_inputs(job)
            audio = None if self.cluster.shared_audio else self.ray.put(read_audio(job.path))
            prepared.append((inputs, audio))
            return FileOutcome(ok=True)

        outcome = guarded(read)
        return prepared[0] if prepared else outcome

    def _finished(self, ref: Any) -> None:
        attempt = self.running.pop(ref)
        job = attempt.job
        try:
            outcome, record = self.ray.get(ref)
        except self.ray.exceptions.RayActorError as exc:  # the worker's process or node is gone
            self._lost(attempt, exc)
            return
        except self.ray.exceptions.RayError as exc:  # the record could not come back (a bug)
            log.debug("collecting %s failed: %r", job.path, exc)
            error = _("The cluster failed to return it ({error}).").format(error=exc)
            outcome, record = FileOutcome(ok=False, error=error), None
        info = self.nodes.get(attempt.actor)
        self.idle.append(attempt.actor)
        if outcome.ok and record is not None:
            remote_seconds = outcome.seconds
            written = guarded(lambda: write_outputs(record, job, self.options))
            outcome = replace(written, seconds=remote_seconds + written.seconds)
        self._record(job, replace(outcome, node=info.node if info else ""))

    def _lost(self, attempt: Attempt, exc: Exception) -> None:
        job, info = attempt.job, self.nodes.pop(attempt.actor, None)
        where = f"{info.host} ({info.node[:8]})" if info else "?"
        log.warning(_("lost the cluster worker on %s while it processed %s: %s"), where, job.path.name, exc)
        with contextlib.suppress(Exception):  # unreachable is not always dead: make sure it stops
            self.ray.kill(attempt.actor)
        if self.attempts[job.sha256] < MAX_ATTEMPTS:
            self.queue.appendleft(job)
        else:
            error = _("Its cluster worker was lost {count} times (node failures, or the file needs more memory than "
                      "a worker has). Check the cluster, then run again.").format(count=MAX_ATTEMPTS)
            self._record(job, FileOutcome(ok=False, error=error))
        self._start_actor()  # a replacement, wherever the cluster has room for it now

    def _check_workers_left(self) -> None:
        if self.idle or self.running or not self.queue:
            self.waiting_since = time.monotonic()
            return
        if time.monotonic() - self.waiting_since > START_TIMEOUT:
            raise ClusterError(_("No cluster worker could start within {START_TIMEOUT:.0f} s: the cluster has no "
                                 "free room for a job. Finished files are kept; run again when it has.").format(
                                   START_TIMEOUT=START_TIMEOUT))

    def _record(self, job: FileJob, outcome: FileOutcome) -> None:
        self.results.append(self.ledger.finish(job, outcome))


def read_audio(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(_("Cannot read {path} ({value}).").format(path=path, value=exc.strerror or exc)) from exc
