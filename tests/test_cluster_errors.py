"""`referat batch --cluster` refusals that need no cluster: each is a clear error within
seconds, before any file is claimed in the manifest."""

from __future__ import annotations

import socket
import time

import numpy as np
import pytest
import soundfile
from click.testing import CliRunner

from referat.batch.manifest import MANIFEST_NAME
from referat.cli import main


@pytest.fixture
def folder(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    soundfile.write(src / "meeting.wav", np.zeros(16000, dtype=np.float32), 16000)
    return src


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens there once the socket is closed


def test_unreachable_cluster_fails_in_seconds_and_claims_nothing(folder, tmp_path):
    out = tmp_path / "out"
    started = time.monotonic()
    result = CliRunner().invoke(main, ["batch", str(folder), "--output-dir", str(out),
                                       "--cluster", f"127.0.0.1:{closed_port()}"])
    took = time.monotonic() - started
    assert result.exit_code != 0
    assert "Cannot reach the Ray cluster at 127.0.0.1:" in result.output
    assert took < 60, f"took {took:.0f} s; Ray alone waits minutes"  # a hang, not a speed target
    assert not (out / MANIFEST_NAME).exists()


@pytest.mark.parametrize("address", ["headnode", "headnode:port", ":6379"])
def test_an_address_that_is_not_host_port_is_refused(folder, tmp_path, address):
    result = CliRunner().invoke(main, ["batch", str(folder), "--output-dir", str(tmp_path / "out"),
                                       "--cluster", address])
    assert result.exit_code != 0
    assert "is not host:port" in result.output


def test_cluster_options_without_cluster_are_a_usage_error(folder, tmp_path):
    result = CliRunner().invoke(main, ["batch", str(folder), "--output-dir", str(tmp_path / "out"),
                                       "--gpus-per-job", "1"])
    assert result.exit_code == 2
    assert "need --cluster" in result.output


def test_without_ray_the_error_names_the_extra(folder, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "ray", None)  # as if the extra were not installed
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        result = CliRunner().invoke(main, ["batch", str(folder), "--output-dir", str(tmp_path / "out"),
                                           "--cluster", f"127.0.0.1:{server.getsockname()[1]}"])
    assert result.exit_code != 0
    assert "pip install 'referat[cluster]'" in result.output
