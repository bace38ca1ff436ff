"""Offline means offline, proven under strace, not with Python socket mocks.

Native code (ONNX Runtime's telemetry, for one) opens sockets that no Python
monkeypatch can see. Each test runs the real CLI in a subprocess under
``strace -f -e trace=connect`` with a fresh HOME and none of the opt-out
variables in its environment, so referat must set them itself. It then asserts
that no process of the run called ``connect()`` on an internet socket (DNS
lookups included: they are UDP connects to port 53), and that HOME holds no new
file outside referat's own data folder.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from referat.privacy import OPT_OUTS

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
DATA_FOLDER = Path(".local/share/referat")  # referat's data folder inside HOME (platformdirs on Linux)
INET = re.compile(r"connect\(\d+, \{sa_family=AF_INET6?\b")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed (scripts/setup.sh --dev)"),
]


class TracedHome:
    """A temporary HOME with the embedded model already in its data folder."""

    def __init__(self, root: Path, model: Path):
        self.home = root / "home"
        target = self.home / DATA_FOLDER / "models" / "embedded"
        target.mkdir(parents=True)
        for path in model.iterdir():
            os.link(path, target / path.name)
        self.work = root / "work"
        self.work.mkdir()

    def files(self) -> set[Path]:
        return {p.relative_to(self.home) for p in self.home.rglob("*") if p.is_file()}

    def run(self, *args: object, python: str = sys.executable, timeout: float = 600) -> subprocess.CompletedProcess:
        """``python -m referat ARGS`` under strace; fails the test on any inet connect or stray HOME file."""
        env = {k: v for k, v in os.environ.items()
               if k not in OPT_OUTS and not k.startswith(("XDG_", "REFERAT_"))}
        env.update(HOME=str(self.home), PYTHONPATH=str(ROOT), COLUMNS="200")
        before = self.files()
        trace = self.work / f"strace-{len(list(self.work.glob('strace-*')))}.txt"
        done = subprocess.run(
            ["strace", "-f", "-qq", "-e", "trace=connect", "-o", str(trace), python, "-m", "referat",
             *map(str, args)],
            env=env, cwd=self.work, capture_output=True, text=True, timeout=timeout,
        )
        assert done.returncode == 0, f"referat {args} failed:\n{done.stdout}\n{done.stderr}"
        inet = [line for line in trace.read_text().splitlines() if INET.search(line)]
        assert inet == [], f"referat {args[0]} opened internet sockets:\n" + "\n".join(inet[:10])
        stray = sorted(str(p) for p in self.files() - before if not p.is_relative_to(DATA_FOLDER))
        assert stray == [], f"referat {args[0]} left files in HOME outside {DATA_FOLDER}: {stray}"
        return done


@pytest.fixture(scope="module")
def traced(tmp_path_factory, embedded_model_cache) -> TracedHome:
    return TracedHome(tmp_path_factory.mktemp("offline"), embedded_model_cache)


@pytest.fixture(scope="module")
def referat_json(traced) -> Path:
    out = traced.work / "demo" / "referat.docx"
    traced.run("transcribe", SAMPLES / "demo-meeting.flac", "--agenda", SAMPLES / "demo-agenda.toml",
               "--language", "en", "--diarizer", "embedded", "-o", out)
    assert out.is_file()
    return out.with_suffix(".json")


def test_transcribe_with_agenda_and_speakers(referat_json):
    assert referat_json.is_file() and referat_json.with_name("referat-udskrift.docx").is_file()


def test_render(traced, referat_json):
    out = traced.work / "again" / "referat.docx"
    traced.run("render", referat_json, "-o", out, "--speaker-names", "Taler 1=Anne Holm")
    assert out.is_file()


def test_agenda_import(traced, seeds_dir):
    source = traced.work / "dagsorden.txt"
    shutil.copy(next(seeds_dir.glob("001_*.txt")), source)
    traced.run("agenda", "import", source)
    assert source.with_suffix(".toml").is_file()


def test_batch_of_two_files_in_two_worker_processes(traced, nst_dir):
    folder = traced.work / "batch-in"
    folder.mkdir()
    for name in ("u0042008.wav", "u0042009.wav"):
        shutil.copy(nst_dir / name, folder / name)
    out = traced.work / "batch-out"
    traced.run("batch", folder, "--output-dir", out, "--jobs", "2")
    assert sorted(p.name for p in out.glob("*.txt")) == ["u0042008.txt", "u0042009.txt"]


def test_record_with_live_transcript_through_a_real_capture_device(traced, nst_dir):
    """PortAudio through ALSA's file plugin (../shared/alsa), then the referat run at stop."""
    speech, rate = sf.read(nst_dir / "u0042009.wav", dtype="int16")
    assert rate == 16000
    raw = traced.work / "input.raw"
    np.asarray(speech, dtype="<i2").tofile(raw)
    asoundrc = traced.home / ".asoundrc"
    asoundrc.write_text('pcm.!default { type plug slave.pcm "filein" }\n'
                        f'pcm.filein {{ type file slave.pcm "null" file "/dev/null" infile "{raw}" format "raw" }}\n')
    out = traced.work / "recorded"
    done = traced.run("record", "--device", "filein", "--duration", 4, "--output-dir", out,
                      "--agenda", SAMPLES / "demo-agenda.toml")
    assert "Saved" in done.stdout
    assert len(list(out.glob("*.wav"))) == 1 and len(list(out.glob("*.docx"))) == 2
    # ALSA's file plugin delivers as fast as it reads, so the recording above ends before the
    # live model has loaded. Real-time playback of real speech makes the live transcript work.
    long = traced.work / "speech.wav"
    sf.write(long, np.concatenate([speech, speech]), rate, subtype="PCM_16")
    done = traced.run("-v", "record", "--simulate", long, "--duration", 9, "--no-process",
                      "--output-dir", traced.work / "live")
    assert "on cpu" in done.stdout, "the live transcript never loaded its model"


@pytest.mark.pyannote
def test_pyannote_backend(traced, tmp_path):
    """In .venv-pyannote: pyannote.audio, lightning and huggingface_hub load and run a pipeline."""
    pytest.importorskip("pyannote.audio")
    from pyannote_tiny import build_tiny_pipeline

    pipeline = build_tiny_pipeline(tmp_path / "tiny-pipeline")
    out = traced.work / "pyannote"
    traced.run("transcribe", SAMPLES / "demo-meeting.flac", "--language", "en", "--diarizer", "pyannote",
               "--diarization-model", pipeline, "--output-dir", out)
    assert (out / "demo-meeting.txt").is_file()
