"""Running a batch's jobs on this machine: in this process, or in ``--jobs N``
worker processes each with its own model and cores/N threads (docs/batch.md).

A stop request (Ctrl-C) is honoured at safe points only: between files and in
every progress report of the running file, here; in the pool, at each turn of
the driver's loop, which then ends the workers. Worker processes ignore SIGINT
themselves, so a Ctrl-C in the terminal never marks a file as failed.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue as queue_mod
import signal
import threading
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from multiprocessing.managers import SyncManager
from typing import TYPE_CHECKING, Any

from referat.batch.worker import BatchOptions, FileJob, FileOutcome, Worker, pin_threads, threads_per_job, with_threads
from referat.i18n import _

if TYPE_CHECKING:
    from referat.batch.run import FileResult, Ledger


def process_locally(jobs: list[FileJob], options: BatchOptions, ledger: Ledger,
                    stop: threading.Event) -> list[FileResult]:
    if options.jobs <= 1 or len(jobs) == 1:
        return _in_this_process(jobs, options, ledger, stop)
    return _in_worker_processes(jobs, options, ledger, stop)


def _checkpoint(stop: threading.Event) -> None:
    if stop.is_set():
        raise KeyboardInterrupt


def _in_this_process(jobs: list[FileJob], options: BatchOptions, ledger: Ledger,
                     stop: threading.Event) -> list[FileResult]:
    worker = Worker(options)
    results = []
    for job in jobs:
        _checkpoint(stop)
        ledger.claim(job)
        ledger.progress.file_started(job)

        def report(stage: str, done: float, total: float, job: FileJob = job) -> None:
            _checkpoint(stop)
            ledger.progress.file_progress(job, stage, done, total)

        results.append(ledger.finish(job, worker.process(job, report)))
    return results


# --- worker processes ---------------------------------------------------------------

_WORKER: Worker | None = None
_EVENTS: Any = None  # a manager queue of (sha256, stage, done, total)


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the driver decides when to stop


def _init_worker(options: BatchOptions, events: Any) -> None:
    global _WORKER, _EVENTS
    _ignore_sigint()
    pin_threads(options.session.asr.cpu_threads)
    _WORKER, _EVENTS = Worker(options), events


def _work(job: FileJob) -> FileOutcome:
    assert _WORKER is not None
    _EVENTS.put((job.sha256, "started", 0.0, 0.0))
    return _WORKER.process(job, lambda stage, done, total: _EVENTS.put((job.sha256, stage, done, total)))


def _in_worker_processes(jobs: list[FileJob], options: BatchOptions, ledger: Ledger,
                         stop: threading.Event) -> list[FileResult]:
    n = min(options.jobs, len(jobs))
    worker_options = with_threads(options, threads_per_job(n))
    ctx = multiprocessing.get_context("spawn")  # fork would copy torch/ctranslate2 thread state
    manager = SyncManager(ctx=ctx)
    manager.start(_ignore_sigint)
    try:
        events = manager.Queue()  # progress from the workers
        with openmp_threads_of_children(worker_options.session.asr.cpu_threads):
            return _run_pool(jobs, n, ctx, worker_options, events, ledger, stop)
    finally:
        manager.shutdown()


@contextlib.contextmanager
def openmp_threads_of_children(threads: int) -> Iterator[None]:
    """OMP_NUM_THREADS for the worker processes spawned meanwhile. Their native libraries
    read it as they load, which is before any initializer runs; Ray sets it the same way
    for a cluster worker, so both write the same bytes."""
    previous = os.environ.get("OMP_NUM_THREADS")
    os.environ["OMP_NUM_THREADS"] = str(threads)
    try:
        yield
    finally:
        if previous is None:
            del os.environ["OMP_NUM_THREADS"]
        else:
            os.environ["OMP_NUM_THREADS"] = previous


def _run_pool(jobs: list[FileJob], n: int, ctx: Any, worker_options: BatchOptions, events: Any, ledger: Ledger,
              stop: threading.Event) -> list[FileResult]:
    by_hash = {job.sha256: job for job in jobs}
    results: list[FileResult] = []
    pool = ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=_init_worker,
                               initargs=(worker_options, events))
    try:
        pending: dict[Future[FileOutcome], FileJob] = {}
        for job in jobs:
            ledger.claim(job)
            pending[pool.submit(_work, job)] = job
        while pending:
            _checkpoint(stop)
            done, _running = wait(pending, timeout=0.25, return_when=FIRST_COMPLETED)
            _drain(events, by_hash, ledger)
            for future in done:
                job = pending.pop(future)
                try:
                    outcome = future.result()
                except Exception as exc:  # the worker process died (killed, out of memory)
                    outcome = FileOutcome(ok=False, error=_("The worker process failed ({kind}: {error}).").format(
                        kind=type(exc).__name__, error=exc))
                results.append(ledger.finish(job, outcome))
    except BaseException:
        # Interrupted: the files in progress stay "running" in the manifest and are redone next time.
        for process in list(getattr(pool, "_processes", {}).values()):  # no public API ends a busy worker
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return results


def _drain(events: Any, by_hash: dict[str, FileJob], ledger: Ledger) -> None:
    while True:
        try:
            sha, stage, done, total = events.get_nowait()
        except queue_mod.Empty:
            return
        job = by_hash[sha]
        if stage == "started":
            ledger.progress.file_started(job)
        else:
            ledger.progress.file_progress(job, stage, done, total)
