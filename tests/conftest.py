"""Shared fixtures: sample paths, and a private data folder per test."""

from __future__ import annotations

import os
from pathlib import Path

# The suite checks English messages whatever the machine's locale; tests/test_i18n.py
# sets the Danish cases itself. Set before referat is imported: click's help texts
# are translated when the commands are defined.
os.environ["REFERAT_LANG"] = "en"

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
NST_DIR = SHARED / "data" / "nst-da"
SEEDS_DIR = SHARED / "seeds"


@pytest.fixture(autouse=True)
def user_data_dir(tmp_path, monkeypatch) -> Path:
    """Never touch the real user's data folder from a test."""
    data = tmp_path / "referat-data"
    monkeypatch.setenv("REFERAT_DATA_DIR", str(data))
    return data


@pytest.fixture
def nst_dir() -> Path:
    if not NST_DIR.is_dir():
        pytest.skip(f"real Danish speech not found at {NST_DIR}")
    return NST_DIR


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"seed minutes not found at {SEEDS_DIR}")
    return SEEDS_DIR


@pytest.fixture(scope="module")
def shared_data(tmp_path_factory) -> Path:
    """One data folder (and so one assembled model) per test module, for the CLI and any workers it starts."""
    import shutil

    if shutil.which("espeak-ng") is None or shutil.which("sox") is None:
        pytest.skip("espeak-ng and sox are needed to make test audio")
    return tmp_path_factory.mktemp("referat-data")


# --- the embedded model, shared by model-backed tests -----------------------------


@pytest.fixture(scope="session")
def embedded_model_cache(tmp_path_factory) -> Path:
    """The embedded model assembled once per test session (145 MB, a few seconds)."""
    from referat.asr.models import ensure_embedded

    return ensure_embedded(tmp_path_factory.mktemp("embedded-model"))


@pytest.fixture
def embedded_model(embedded_model_cache, user_data_dir) -> Path:
    """Pre-seed this test's data folder with the assembled model (hard links, no copy),
    so `--model` left out resolves to it exactly as in real use."""
    import os
    import shutil

    target = user_data_dir / "models" / "embedded"
    target.mkdir(parents=True)
    for path in embedded_model_cache.iterdir():
        try:
            os.link(path, target / path.name)
        except OSError:  # another file system: copy instead
            shutil.copy2(path, target / path.name)
    return target


@pytest.fixture(scope="session")
def transcriber(embedded_model_cache):
    """One loaded Transcriber (embedded model, default options) for all tests."""
    from referat.asr import AsrOptions, Transcriber

    return Transcriber(AsrOptions(model=str(embedded_model_cache)))


@pytest.fixture(scope="session")
def english_speech(tmp_path_factory) -> Path:
    """A short English sentence spoken by espeak-ng (whisper base recognises it well)."""
    import shutil
    import subprocess

    if not shutil.which("espeak-ng"):
        pytest.skip("espeak-ng is not installed (scripts/setup.sh --dev installs it)")
    path = tmp_path_factory.mktemp("speech") / "english.wav"
    subprocess.run(
        ["espeak-ng", "-v", "en", "-s", "150", "-w", str(path),
         "The council approved the new budget for the library and the school."],
        check=True,
    )
    return path


@pytest.fixture
def script_models(monkeypatch):
    """The demo script's words and speakers instead of the real models (tests/fakes.py):
    every command runs its real path, from reading the audio to writing files, in milliseconds."""
    from fakes import ScriptDiarizer, ScriptTranscriber

    from referat import pipeline

    made: list = []

    def transcriber(options):
        made.append(ScriptTranscriber(options))
        return made[-1]

    monkeypatch.setattr(pipeline, "make_transcriber", transcriber)
    monkeypatch.setattr(pipeline, "make_speaker_finder",
                        lambda options: None if options.backend == "none" else ScriptDiarizer())
    return made
