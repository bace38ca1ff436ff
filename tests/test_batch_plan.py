"""Batch orchestration with a stand-in worker: fast, no model."""

import errno
import json
import os
from pathlib import Path

import pytest

from referat import files
from referat.batch import local as local_mod
from referat.batch import run as batch_mod
from referat.batch.run import collect_inputs, run_batch
from referat.batch.worker import BatchOptions, FileOutcome, planned_outputs
from referat.errors import InputError, OutputError
from referat.batch.manifest import MANIFEST_NAME, load_manifest


class FakeWorker:
    """Writes one .txt per file with the input's bytes; 'bad' in the name fails."""

    calls: list = []

    def __init__(self, options):
        self.options = options

    def process(self, job, progress=None):
        """Writes every planned output, each holding the input's bytes."""
        FakeWorker.calls.append(job.path.name)
        if "bad" in job.path.name:
            return FileOutcome(ok=False, error="cannot decode")
        names = planned_outputs(job, self.options)
        for name in names:
            files.write_bytes(self.options.output_dir / name, job.path.read_bytes(), overwrite=job.overwrite)
        return FileOutcome(ok=True, outputs=names, duration=1.0, seconds=0.1)


@pytest.fixture
def fake(monkeypatch):
    FakeWorker.calls = []
    monkeypatch.setattr(local_mod, "Worker", FakeWorker)
    return FakeWorker


def options(out, **kw):
    return BatchOptions(output_dir=out, formats=("txt",), **kw)


def make(folder, name, data):
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    return folder / name


def test_empty_folder_is_a_clear_error(tmp_path):
    (tmp_path / "in").mkdir()
    with pytest.raises(InputError, match="No audio files found"):
        collect_inputs([tmp_path / "in"])


def test_missing_input_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        collect_inputs([tmp_path / "nope"])


def test_mixed_folder_skips_non_audio_with_a_note(tmp_path):
    make(tmp_path / "in", "a.wav", b"1")
    make(tmp_path / "in", "notes.txt", b"x")
    make(tmp_path / "in", ".hidden.wav", b"x")
    inputs, notes = collect_inputs([tmp_path / "in"])
    assert [p.name for p in inputs] == ["a.wav"]
    assert [(n.path.name, n.status, n.reason) for n in notes] == [("notes.txt", "ignored", "not an audio file")]


def test_failure_does_not_stop_others_and_rerun_skips_done(tmp_path, fake):
    src, out = tmp_path / "in", tmp_path / "out"
    make(src, "a.wav", b"aaa")
    make(src, "bad.wav", b"zzz")
    make(src, "c.wav", b"ccc")
    report = run_batch([src], options(out))
    assert [(r.path.name, r.status) for r in report.results] == [("a.wav", "done"), ("bad.wav", "failed"), ("c.wav", "done")]
    assert report.failed[0].reason == "cannot decode"
    assert (out / "a.txt").read_bytes() == b"aaa"
    assert fake.calls == ["a.wav", "bad.wav", "c.wav"]

    fake.calls = []
    report = run_batch([src], options(out))
    assert fake.calls == ["bad.wav"]  # only the failed one is tried again
    assert [r.status for r in report.results] == ["skipped", "failed", "skipped"]


def test_duplicates_are_processed_once(tmp_path, fake):
    src = tmp_path / "in"
    make(src, "a.wav", b"same")
    make(src, "b.wav", b"same")
    report = run_batch([src], options(tmp_path / "out"))
    assert fake.calls == ["a.wav"]
    assert report.results[1].status == "duplicate" and "a.wav" in report.results[1].reason


def test_changed_file_is_redone_and_replaces_its_own_outputs(tmp_path, fake):
    src, out = tmp_path / "in", tmp_path / "out"
    make(src, "a.wav", b"v1")
    run_batch([src], options(out))
    make(src, "a.wav", b"v2")
    report = run_batch([src], options(out))
    assert report.results[0].status == "done"
    assert (out / "a.txt").read_bytes() == b"v2"
    assert len(load_manifest(out).entries) == 1  # the old version's entry is gone


def test_changed_settings_redo_the_file(tmp_path, fake):
    src, out = tmp_path / "in", tmp_path / "out"
    make(src, "a.wav", b"v1")
    run_batch([src], options(out))
    fake.calls = []
    run_batch([src], BatchOptions(output_dir=out, formats=("txt", "json")))
    assert fake.calls == ["a.wav"]


def test_foreign_existing_output_needs_overwrite(tmp_path, fake):
    src, out = tmp_path / "in", tmp_path / "out"
    make(src, "a.wav", b"new")
    out.mkdir()
    (out / "a.txt").write_text("someone else's")
    report = run_batch([src], options(out))
    assert report.results[0].status == "failed" and "--overwrite" in report.results[0].reason
    assert (out / "a.txt").read_text() == "someone else's"
    assert fake.calls == []
    report = run_batch([src], options(out, overwrite=True))
    assert report.results[0].status == "done" and (out / "a.txt").read_bytes() == b"new"


def test_same_stem_from_two_folders_is_refused_not_overwritten(tmp_path, fake):
    a = make(tmp_path / "x", "m.wav", b"1")
    b = make(tmp_path / "y", "m.mp3", b"2")
    report = run_batch([a, b], options(tmp_path / "out"))
    assert [r.status for r in report.results] == ["done", "failed"]
    assert "same names" in report.results[1].reason


def test_interrupted_file_is_redone_and_stale_temp_files_removed(tmp_path, fake):
    src, out = tmp_path / "in", tmp_path / "out"
    make(src, "a.wav", b"aaa")
    make(src, "b.wav", b"bbb")
    run_batch([make(src, "a.wav", b"aaa")], options(out))
    # Simulate a run killed while writing b: running entry, half output, temp file.
    manifest = load_manifest(out)
    from referat.batch.manifest import Entry

    settings = batch_mod._settings(options(out), batch_mod.plan([src / "b.wav"], options(out), manifest)[0][0])
    manifest.mark_running(Entry(batch_mod.sha256_file(src / "b.wav"), str(src / "b.wav"), settings, outputs=("b.txt",)))
    (out / "b.txt").write_text("half")
    (out / ".b.txt.abc123.part").write_text("half")
    fake.calls = []
    report = run_batch([src], options(out))
    assert fake.calls == ["b.wav"]
    assert [r.status for r in report.results] == ["skipped", "done"]
    assert (out / "b.txt").read_bytes() == b"bbb"
    assert not list(out.glob("*.part")) and not list(out.glob(".*.part"))


def test_full_disk_reports_the_file_and_keeps_going(tmp_path, fake, monkeypatch):
    src, out = tmp_path / "in", tmp_path / "out"
    make(src, "a.wav", b"aaa")
    make(src, "b.wav", b"bbb")
    real_fsync = files._fsync_file

    def full_for_a(path):
        if ".a.txt." in path.name:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(path)

    monkeypatch.setattr(files, "_fsync_file", full_for_a)

    class Reporting(FakeWorker):
        def process(self, job, progress=None):
            try:
                return super().process(job, progress)
            except OutputError as exc:
                return FileOutcome(ok=False, error=str(exc))

    monkeypatch.setattr(local_mod, "Worker", Reporting)
    report = run_batch([src], options(out))
    assert [r.status for r in report.results] == ["failed", "done"]
    assert "No space left on device" in report.results[0].reason
    assert not (out / "a.txt").exists() and not list(out.glob(".*.part"))


def test_manifest_that_cannot_be_written_stops_with_a_clear_message(tmp_path, fake, monkeypatch):
    src, out = tmp_path / "in", tmp_path / "out"
    make(src, "a.wav", b"aaa")
    real = files.write_text

    def no_space(path, text, overwrite=False):
        if path.name == MANIFEST_NAME:
            raise OutputError(f"Could not write {path}: No space left on device. Nothing was written.")
        return real(path, text, overwrite)

    monkeypatch.setattr(files, "write_text", no_space)
    with pytest.raises(OutputError, match="batch manifest.*Free some disk space"):
        run_batch([src], options(out))
    assert fake.calls == []  # nothing is processed that could not be recorded


def test_manifest_lists_done_files_with_settings(tmp_path, fake):
    src, out = tmp_path / "in", tmp_path / "out"
    make(src, "a.wav", b"aaa")
    run_batch([src], options(out))
    data = json.loads((out / MANIFEST_NAME).read_text())
    (entry,) = data["entries"]
    assert entry["status"] == "done" and entry["outputs"] == ["a.txt"] and len(entry["sha256"]) == 64


def test_marks_sidecars_are_skipped_silently(tmp_path):
    make(tmp_path / "in", "m.wav", b"1")
    make(tmp_path / "in", "m.marks.json", b"{}")
    inputs, notes = collect_inputs([tmp_path / "in"])
    assert [p.name for p in inputs] == ["m.wav"] and notes == []


def test_agenda_is_matched_by_stem_and_a_changed_agenda_redoes_the_file(tmp_path, fake, monkeypatch):
    src, agendas, out = tmp_path / "in", tmp_path / "agendas", tmp_path / "out"
    make(src, "m1.wav", b"1")
    make(src, "m2.wav", b"2")
    make(agendas, "m1.toml", b"forum = 'A'")
    make(agendas, "m1.txt", b"ignored: the TOML wins")
    opts = options(out, agenda_dir=agendas)
    report = run_batch([src], opts)
    assert report.results[0].reason == "" and "no agenda" in report.results[1].reason
    assert batch_mod.find_agenda(src / "m1.wav", agendas) == agendas / "m1.toml"
    fake.calls = []
    run_batch([src], opts)
    assert fake.calls == []
    make(agendas, "m1.toml", b"forum = 'B'")
    run_batch([src], opts)
    assert fake.calls == ["m1.wav"]


def test_jobs_split_the_cores_between_worker_processes(monkeypatch):
    from referat.batch.worker import threads_per_job, with_threads

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3})
    assert [threads_per_job(n) for n in (1, 2, 3, 4, 8)] == [4, 2, 1, 1, 1]
    opts = with_threads(BatchOptions(output_dir=Path("out")), threads_per_job(2))
    assert opts.session.asr.cpu_threads == 2
    # Threads are a speed setting: they do not make finished files look changed.
    assert opts.settings() == BatchOptions(output_dir=Path("out")).settings()
