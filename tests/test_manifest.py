import hashlib
import json
import multiprocessing

import pytest

from referat.errors import OutputError
from referat.batch.manifest import MANIFEST_NAME, Entry, load_manifest, output_lock, settings_key
from referat.files import sha256_file


def test_sha256_file_streams_in_chunks_and_matches_hashlib(tmp_path):
    data = bytes(range(256)) * 5000
    path = tmp_path / "a.bin"
    path.write_bytes(data)
    assert sha256_file(path, chunk_size=4096) == hashlib.sha256(data).hexdigest()


def test_settings_key_ignores_order_but_not_values():
    assert settings_key({"a": 1, "b": [1, 2]}) == settings_key({"b": [1, 2], "a": 1})
    assert settings_key({"a": 1}) != settings_key({"a": 2})


def test_missing_manifest_is_empty(tmp_path):
    assert load_manifest(tmp_path).entries == {}


def test_done_round_trip_is_private_and_needs_outputs(tmp_path):
    manifest = load_manifest(tmp_path)
    manifest.mark_running(Entry("h1", "/in/a.wav", "s1", outputs=("a.txt",)))
    assert load_manifest(tmp_path).entries["h1"].status == "running"
    assert manifest.is_done("h1", "s1", tmp_path) is None
    (tmp_path / "a.txt").write_text("x")
    manifest.mark_done(Entry("h1", "/in/a.wav", "s1", outputs=("a.txt",), duration=3.0, speakers=2))
    again = load_manifest(tmp_path)
    entry = again.is_done("h1", "s1", tmp_path)
    assert entry is not None and entry.speakers == 2 and entry.finished
    assert again.is_done("h1", "other-settings", tmp_path) is None
    assert (tmp_path / MANIFEST_NAME).stat().st_mode & 0o777 == 0o600
    (tmp_path / "a.txt").unlink()
    assert again.is_done("h1", "s1", tmp_path) is None  # a deleted output is made again


def test_changed_input_supersedes_the_entry_whose_outputs_it_replaces(tmp_path):
    manifest = load_manifest(tmp_path)
    manifest.mark_done(Entry("old", "/in/a.wav", "s", outputs=("a.txt", "a.json")))
    manifest.mark_done(Entry("other", "/in/b.wav", "s", outputs=("b.txt",)))
    manifest.mark_done(Entry("new", "/in/a.wav", "s", outputs=("a.txt", "a.json")))
    assert set(load_manifest(tmp_path).entries) == {"new", "other"}


def test_failed_entry_keeps_its_outputs_owned(tmp_path):
    manifest = load_manifest(tmp_path)
    manifest.mark_running(Entry("h", "/in/a.wav", "s", outputs=("a.txt",)))
    manifest.mark_failed("h", "disk full")
    entry = load_manifest(tmp_path).entries["h"]
    assert entry.status == "failed" and entry.error == "disk full"
    assert "a.txt" in load_manifest(tmp_path).owned_outputs()


def test_broken_manifest_is_a_clear_error(tmp_path):
    (tmp_path / MANIFEST_NAME).write_text("{not json")
    with pytest.raises(OutputError, match="unreadable.*Move it away"):
        load_manifest(tmp_path)
    (tmp_path / MANIFEST_NAME).write_text(json.dumps({"referat_batch_manifest": 99}))
    with pytest.raises(OutputError, match="unknown format"):
        load_manifest(tmp_path)


def _hold_lock(path, ready, release):
    with output_lock(path):
        ready.set()
        release.wait(10)


def test_second_batch_on_the_same_folder_is_refused(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(tmp_path, ready, release))
    holder.start()
    try:
        assert ready.wait(20)
        with pytest.raises(OutputError, match="Another referat batch"):
            with output_lock(tmp_path):
                pass
    finally:
        release.set()
        holder.join(10)
    with output_lock(tmp_path):  # free again once the other run ends
        pass
