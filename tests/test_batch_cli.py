"""`referat batch` end to end with the embedded model on short espeak-ng audio."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from referat.cli import main
from referat.batch.manifest import MANIFEST_NAME
from speech import espeak

ROOT = Path(__file__).resolve().parents[1]

SENTENCES = {
    "alpha": "The committee approved the budget for the new school.",
    "bravo": "The harbour plan was postponed until September.",
    "charlie": "Thank you all, the meeting is now closed.",
}


@pytest.fixture(scope="module")
def clips(tmp_path_factory, shared_data) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("clips")
    out = {name: espeak(folder / f"{name}.wav", text) for name, text in SENTENCES.items()}
    # Longer files for the interrupted run, so the kill lands while one is in progress.
    out["long1"] = espeak(folder / "long1.wav", SENTENCES["bravo"], repeat=3)
    out["long2"] = espeak(folder / "long2.wav", SENTENCES["charlie"], repeat=3)
    return out


def corrupt(path: Path) -> Path:
    path.write_bytes(os.urandom(20000))
    return path


def run_cli(args: list[str], data: Path, **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), REFERAT_DATA_DIR=str(data), COLUMNS="200")
    return subprocess.run([sys.executable, "-m", "referat", "batch", *args], env=env, capture_output=True, text=True, **kw)


def manifest_entries(out: Path) -> dict[str, dict]:
    data = json.loads((out / MANIFEST_NAME).read_text())
    return {Path(e["source"]).name: e for e in data["entries"]}


def summary_rows(stdout: str) -> dict[str, str]:
    """file name -> the rest of its summary table row."""
    rows = {}
    for line in stdout.splitlines():
        for name in ("alpha.wav", "bravo.wav", "bad.wav", "long1.wav", "long2.wav", "notes.txt"):
            if name in line:
                rows[name] = line
    return rows


@pytest.mark.slow
def test_one_corrupt_file_is_reported_the_others_finish_and_rerun_skips_them(tmp_path, clips, shared_data):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name in ("alpha", "bravo"):
        shutil.copy(clips[name], src / f"{name}.wav")
    corrupt(src / "bad.wav")
    (src / "notes.txt").write_text("agenda notes")

    first = run_cli([str(src), "--output-dir", str(out), "--language", "en", "--jobs", "2", "--format", "txt,json"], shared_data)
    assert first.returncode == 1, first.stderr
    rows = summary_rows(first.stdout)
    assert "done" in rows["alpha.wav"] and "done" in rows["bravo.wav"], first.stderr
    assert "failed" in rows["bad.wav"]
    assert "ignored" in rows["notes.txt"]
    assert "2 done" in first.stdout and "1 failed" in first.stdout
    failed_lines = [line for line in first.stderr.splitlines() if line.startswith("FAILED ")]
    assert len(failed_lines) == 1 and str(src / "bad.wav") in failed_lines[0] and "decoded" in failed_lines[0]
    assert "committee" in (out / "alpha.txt").read_text().lower()
    assert "september" in (out / "bravo.txt").read_text().lower()
    assert not (out / "bad.txt").exists() and not list(out.glob(".*.part"))
    entries = manifest_entries(out)
    assert {n: e["status"] for n, e in entries.items()} == {"alpha.wav": "done", "bravo.wav": "done", "bad.wav": "failed"}
    mtimes = {p.name: p.stat().st_mtime_ns for p in out.glob("*.txt")}

    again = run_cli([str(src), "--output-dir", str(out), "--language", "en", "--format", "txt,json"], shared_data)
    assert again.returncode == 1
    rows = summary_rows(again.stdout)
    assert "skipped" in rows["alpha.wav"] and "skipped" in rows["bravo.wav"] and "failed" in rows["bad.wav"]
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.txt")} == mtimes
    assert manifest_entries(out)["alpha.wav"]["finished"] == entries["alpha.wav"]["finished"]


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["kill", "ctrl-c"])
def test_killed_batch_resumes_without_redoing_finished_files(tmp_path, clips, shared_data, sig):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name in ("alpha", "long1", "long2"):  # processed in this (sorted) order
        shutil.copy(clips[name], src / f"{name}.wav")
    env = dict(os.environ, PYTHONPATH=str(ROOT), REFERAT_DATA_DIR=str(shared_data))
    proc = subprocess.Popen(
        [sys.executable, "-m", "referat", "batch", str(src), "--output-dir", str(out), "--language", "en"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as in a terminal
    )
    deadline = time.monotonic() + 240
    done_at_kill: dict[str, dict] = {}
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                entries = manifest_entries(out)
            except (FileNotFoundError, json.JSONDecodeError):
                entries = {}
            done_at_kill = {n: e for n, e in entries.items() if e["status"] == "done"}
            if done_at_kill:
                proc.send_signal(sig)
                break
            time.sleep(0.05)
        _, stderr = proc.communicate(timeout=120)
    finally:
        proc.kill()
        proc.wait()
    if sig == signal.SIGINT:
        assert proc.returncode == 130 and "run the same command again to continue" in " ".join(stderr.split())
    assert "alpha.wav" in done_at_kill, "the first file never finished"
    assert len(done_at_kill) < 3, "the batch finished before it could be killed; make the later files longer"
    kept = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.glob("alpha.*")}
    assert len(kept) == 5  # txt, json, srt, vtt and the kept voices of the finished file

    resumed = run_cli([str(src), "--output-dir", str(out), "--language", "en"], shared_data)
    assert resumed.returncode == 0, resumed.stderr
    rows = summary_rows(resumed.stdout)
    for name in done_at_kill:
        assert "skipped" in rows[name]
    for name in {"long1.wav", "long2.wav"} - set(done_at_kill):
        assert "done" in rows[name]
    assert {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.glob("alpha.*")} == kept
    entries = manifest_entries(out)
    assert {n: e["status"] for n, e in entries.items()} == dict.fromkeys(("alpha.wav", "long1.wav", "long2.wav"), "done")
    assert entries["alpha.wav"]["finished"] == done_at_kill["alpha.wav"]["finished"]
    assert "meeting" in (out / "long2.txt").read_text().lower()
    assert not [p.name for p in out.iterdir() if p.name.endswith(".part")]


def test_empty_folder_is_a_clear_error(tmp_path):
    (tmp_path / "in").mkdir()
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "in"), "--output-dir", str(tmp_path / "out")])
    assert result.exit_code != 0
    assert "No audio files found" in result.output


@pytest.mark.slow
def test_agenda_dir_gives_full_minutes_per_matching_recording(tmp_path, clips, shared_data):
    """The demo meeting with its agenda goes through the minutes pipeline; a file
    without an agenda gets a transcript only."""
    samples = ROOT / "samples"
    if not (samples / "demo-meeting.flac").is_file():
        pytest.skip("samples/demo-meeting.flac is missing")
    src, agendas, out = tmp_path / "in", tmp_path / "agendas", tmp_path / "out"
    src.mkdir()
    agendas.mkdir()
    shutil.copy(samples / "demo-meeting.flac", src / "demo-meeting.flac")
    shutil.copy(samples / "demo-meeting.marks.json", src / "demo-meeting.marks.json")
    shutil.copy(samples / "demo-agenda.toml", agendas / "demo-meeting.toml")
    shutil.copy(clips["alpha"], src / "alpha.wav")

    result = run_cli([str(src), "--agenda-dir", str(agendas), "--output-dir", str(out), "--language", "en"], shared_data)
    assert result.returncode == 0, result.stderr
    rows = {line.split("│")[1].strip(): [c.strip() for c in line.split("│")[2:-1]]
            for line in result.stdout.splitlines() if line.startswith("│")}
    duration, speakers, items, _, status = rows["demo-meeting.flac"]
    assert status == "done" and items == "3" and int(speakers) >= 2
    assert rows["alpha.wav"][2] == "–" and "no agenda" in rows["alpha.wav"][4]
    for name in ("demo-meeting.docx", "demo-meeting-udskrift.docx", "demo-meeting.json", "demo-meeting.txt",
                 "alpha.txt", "alpha.json"):
        assert (out / name).is_file(), name
    meeting = json.loads((out / "demo-meeting.json").read_text())
    assert meeting["kind"] == "meeting" and len(meeting["meeting"]["items"]) == 3
    assert {line["item"] for line in meeting["lines"]} >= {1, 2, 3}
    lines = (out / "demo-meeting.txt").read_text().splitlines()
    assert lines and all(re.match(r"\[\d\d:\d\d:\d\d\] Taler \d+: ", line) for line in lines)
