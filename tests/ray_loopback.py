"""A real Ray cluster of two nodes on 127.0.0.1, for the ``--cluster`` tests.

Ray 2.60 rewrites a loopback ``--node-ip-address`` (and a ``127.0.0.1:PORT``
address given to ``ray.init``) into the machine's outward address
(``ray._private.services.resolve_ip_for_localhost``), so its servers would bind
to and talk over the LAN address. Tests must keep every byte on 127.0.0.1, so
every Ray process the tests start runs through this file, which switches that
rewrite off first:

    python tests/ray_loopback.py ray start --head --node-ip-address 127.0.0.1 ...
    python tests/ray_loopback.py referat batch DIR --cluster 127.0.0.1:PORT

(the processes the raylets spawn get ``--node-ip-address=127.0.0.1`` from them).
In-process drivers call ``keep_loopback()``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]


def keep_loopback() -> None:
    import ray._private.services as services

    services.resolve_ip_for_localhost = lambda host: host


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    address: str
    temp_dir: Path
    env: dict[str, str]
    worker_raylet: int  # pid of the second node's raylet

    def run(self, *args: str, **kw) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, str(HERE), *args], env=self.env, capture_output=True, text=True, **kw)

    def kill_worker_node(self) -> None:
        os.kill(self.worker_raylet, signal.SIGKILL)


def _raylets(temp_dir: Path) -> set[int]:

    return {p.pid for p in _processes(temp_dir) if p.name() == "raylet"}


def _processes(temp_dir: Path) -> list:
    """Every process of this cluster: those naming its temp folder, and their descendants."""
    import psutil

    found = {}
    for proc in psutil.process_iter(["cmdline"]):
        with contextlib.suppress(psutil.Error):
            if any(str(temp_dir) in part for part in proc.info["cmdline"] or ()):
                found[proc.pid] = proc
                for child in proc.children(recursive=True):
                    found[child.pid] = child
    return list(found.values())


@contextlib.contextmanager
def two_node_cluster(env: dict[str, str], cpus_per_node: int = 1) -> Iterator[Cluster]:
    """A head and a worker node, each with ``cpus_per_node`` CPUs, on 127.0.0.1."""
    import psutil

    # A short path: Ray's Unix sockets live under it (a socket path has at most 107 bytes).
    temp_dir = Path(tempfile.mkdtemp(prefix="rt", dir="/tmp"))
    port = free_port()
    env = {**env, "RAY_USAGE_STATS_ENABLED": "0", "PYTHONPATH": os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])}
    common = ["--node-ip-address", "127.0.0.1", "--num-cpus", str(cpus_per_node), "--num-gpus", "0",
              "--object-store-memory", str(200 * 2**20), "--disable-usage-stats"]
    try:
        for args in (["--head", "--port", str(port), "--include-dashboard", "false", "--temp-dir", str(temp_dir)],
                     ["--address", f"127.0.0.1:{port}"]):
            before = _raylets(temp_dir)
            started = subprocess.run([sys.executable, str(HERE), "ray", "start", *args, *common], env=env,
                                     capture_output=True, text=True, timeout=120)
            if started.returncode != 0:
                raise RuntimeError(f"ray start failed:\n{started.stdout}\n{started.stderr}")
        worker_raylet = (_raylets(temp_dir) - before).pop()
        _wait_for_nodes(env, f"127.0.0.1:{port}", 2)
        yield Cluster(f"127.0.0.1:{port}", temp_dir, env, worker_raylet)
    finally:
        for proc in _processes(temp_dir):
            with contextlib.suppress(psutil.Error):
                proc.kill()
        psutil.wait_procs(_processes(temp_dir), timeout=10)
        shutil.rmtree(temp_dir, ignore_errors=True)


def _wait_for_nodes(env: dict[str, str], address: str, count: int) -> None:
    script = (f"import sys, ray; sys.path.insert(0, {str(HERE.parent)!r}); import ray_loopback; "
              "ray_loopback.keep_loopback(); "
              f"ray.init(address={address!r}, logging_level='ERROR'); "
              "print(sum(n['Alive'] for n in ray.nodes()))")
    deadline = time.monotonic() + 60
    while True:
        out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
        if out.stdout.strip() == str(count):
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"the cluster never had {count} nodes: {out.stdout} {out.stderr}")
        time.sleep(1)


def main(argv: list[str]) -> int:
    keep_loopback()
    tool, args = argv[0], argv[1:]
    sys.argv = [tool, *args]
    if tool == "ray":
        from ray.scripts.scripts import main as ray_main

        return int(ray_main() or 0)
    from referat.cli import main as referat_main

    return int(referat_main(args, prog_name="referat") or 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
