"""The pyannote backend: folder checks everywhere; real loading where pyannote is installed.

The loading tests build a tiny pipeline themselves (randomly initialised
segmentation and embedding models, a random PLDA, and a config.yaml shaped like
the published community-1 pipeline), so the real ``Pipeline.from_pretrained``
path runs offline. Run them in an environment with the extra:
``pip install -e '.[dev,pyannote]' && python -m pytest -m pyannote``.
"""

from __future__ import annotations

import numpy as np
import pytest

from referat.speakers.diarize import DiarizationOptions, diarize, make_diarizer
from referat.speakers.pyannote import PyannoteDiarizer, check_pipeline_dir, find_pipeline_dir, pyannote_available
from referat.errors import ModelError
from pyannote_tiny import CONFIG, build_tiny_pipeline



# --- folder checks (no pyannote needed) -------------------------------------------


def test_missing_folder_is_named(tmp_path):
    with pytest.raises(ModelError, match="does not exist") as err:
        find_pipeline_dir(tmp_path / "nowhere")
    assert str(tmp_path / "nowhere") in str(err.value)


def test_file_instead_of_folder(tmp_path):
    f = tmp_path / "model.bin"
    f.write_bytes(b"x")
    with pytest.raises(ModelError, match="not a folder"):
        check_pipeline_dir(f)


def test_folder_without_config_is_not_a_pipeline(tmp_path):
    (tmp_path / "random.txt").write_text("hello")
    with pytest.raises(ModelError, match="not a pyannote pipeline") as err:
        check_pipeline_dir(tmp_path)
    assert str(tmp_path) in str(err.value)


def test_config_without_pipeline_name(tmp_path):
    (tmp_path / "config.yaml").write_text("model: whisper\n")
    with pytest.raises(ModelError, match="no pipeline name"):
        check_pipeline_dir(tmp_path)
    (tmp_path / "config.yaml").write_text("pipeline: [unclosed\n")
    with pytest.raises(ModelError, match="not valid YAML"):
        check_pipeline_dir(tmp_path)


def test_missing_model_files_name_the_subfolder(tmp_path):
    (tmp_path / "config.yaml").write_text(CONFIG)
    (tmp_path / "segmentation").mkdir()
    (tmp_path / "segmentation" / "pytorch_model.bin").write_bytes(b"x")
    with pytest.raises(ModelError, match="incomplete") as err:
        check_pipeline_dir(tmp_path)
    assert str(tmp_path / "embedding") in str(err.value)


def _only_models_dir(monkeypatch, folder):
    import referat.speakers.pyannote as backend

    monkeypatch.setattr(backend, "_candidate_dirs", lambda: [folder])


def test_absent_from_models_folder(tmp_path, monkeypatch):
    _only_models_dir(monkeypatch, tmp_path / "models")
    with pytest.raises(ModelError, match="No pyannote diarization pipeline") as err:
        find_pipeline_dir(None)
    assert str(tmp_path / "models") in str(err.value)


def test_found_in_models_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("REFERAT_MODELS", str(tmp_path / "models"))  # the real models_dirs() path
    folder = tmp_path / "models" / "speaker-diarization"
    _fake_complete_folder(folder)
    (tmp_path / "models" / "whisper-small").mkdir()
    (tmp_path / "models" / "whisper-small" / "config.yaml").write_text("model: whisper\n")
    assert find_pipeline_dir(None) == folder


def _fake_complete_folder(folder):
    for sub, files in (("segmentation", ["pytorch_model.bin"]), ("embedding", ["pytorch_model.bin"]),
                       ("plda", ["xvec_transform.npz", "plda.npz"])):
        (folder / sub).mkdir(parents=True)
        for f in files:
            (folder / sub / f).write_bytes(b"x")
    (folder / "config.yaml").write_text(CONFIG)


def test_auto_falls_back_to_embedded_without_a_pipeline(tmp_path, monkeypatch):
    _only_models_dir(monkeypatch, tmp_path / "models")
    assert make_diarizer(DiarizationOptions(backend="auto")).name == "embedded"


def test_explicit_pyannote_with_broken_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match=str(tmp_path)):
        diarize(np.zeros(16000, dtype=np.float32), DiarizationOptions(backend="pyannote", model=tmp_path))


@pytest.mark.skipif(pyannote_available(), reason="checks the message shown when pyannote.audio is missing")
def test_pyannote_not_installed_message(tmp_path):
    folder = tmp_path / "pipe"
    _fake_complete_folder(folder)
    with pytest.raises(ModelError, match=r"referat\[pyannote\]"):
        PyannoteDiarizer(folder).load()


# --- the real loading path (needs pyannote.audio) ------------------------------------

needs_pyannote = pytest.mark.skipif(not pyannote_available(), reason="pyannote.audio is not installed (extra: referat[pyannote])")


@pytest.fixture(scope="module")
def tiny_pipeline(tmp_path_factory):
    if not pyannote_available():
        pytest.skip("pyannote.audio is not installed (extra: referat[pyannote])")
    return build_tiny_pipeline(tmp_path_factory.mktemp("pyannote") / "tiny-pipeline")


@pytest.mark.pyannote
@needs_pyannote
def test_tiny_pipeline_loads_and_runs_offline(tiny_pipeline, monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    diarizer = make_diarizer(DiarizationOptions(backend="pyannote", model=tiny_pipeline))
    assert diarizer.name == "pyannote"
    pipeline = diarizer.load()
    assert type(pipeline).__name__ == "SpeakerDiarization"
    import os

    assert os.environ["HF_HUB_OFFLINE"] == "1" and os.environ["PYANNOTE_METRICS_ENABLED"] == "0"
    audio = np.random.default_rng(1).normal(0, 0.1, 16000 * 8).astype(np.float32)
    turns = diarize(audio, DiarizationOptions(backend="pyannote", model=tiny_pipeline, max_speakers=3), diarizer=diarizer)
    # Random weights find arbitrary speakers; what matters is well-formed output.
    assert all(t.end > t.start and t.speaker.startswith("Taler ") for t in turns)
    assert [t.start for t in turns] == sorted(t.start for t in turns)


@pytest.mark.pyannote
@needs_pyannote
def test_auto_picks_pyannote_when_a_pipeline_is_in_the_models_folder(tiny_pipeline, tmp_path, monkeypatch):
    import shutil

    shutil.copytree(tiny_pipeline, tmp_path / "models" / "diarization")
    monkeypatch.setenv("REFERAT_MODELS", str(tmp_path / "models"))
    assert make_diarizer(DiarizationOptions(backend="auto")).name == "pyannote"


@pytest.mark.pyannote
@needs_pyannote
def test_corrupt_model_file_is_a_clear_error(tiny_pipeline, tmp_path):
    import shutil

    broken = tmp_path / "broken"
    shutil.copytree(tiny_pipeline, broken)
    (broken / "segmentation" / "pytorch_model.bin").write_bytes(b"not a checkpoint")
    with pytest.raises(ModelError, match=str(broken)):
        PyannoteDiarizer(broken).load()
