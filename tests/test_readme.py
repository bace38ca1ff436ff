"""Every command of the README's "What a secretary does" block, literally, on the sample meeting.

The commands are read from README.md and run as written, one after another in
one folder, as a secretary would: a dagsorden.docx (the demo agenda as Word)
and møde.wav (the demo meeting) are there to begin with. `referat record`
records from a real capture device in real time (tests/pulse.py) while the
demo meeting plays, and is driven by its keys in a real terminal (tmux);
`referat review` is opened by the browser that $BROWSER names (here a script
that notes the address) and stopped with Ctrl-C, as a person would.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import pulse
from docx_text import docx_text

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not pulse.available() or shutil.which("tmux") is None,
                       reason="pulseaudio and tmux are needed (scripts/setup.sh --dev installs them)"),
]


def readme_commands() -> list[list[str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## What a secretary does", 1)[1].split("\n\n", 2)[1]
    commands = []
    for line in block.splitlines():
        words = shlex.split(line.strip(), comments=True)
        if words:
            assert words[0] == "referat", line
            commands.append(words)
    return commands


def test_the_readme_block_is_what_this_test_runs():
    assert [c[1] for c in readme_commands()] == ["agenda", "record", "transcribe", "review", "speakers", "render"]


@pytest.fixture
def folder(tmp_path, embedded_model_cache):
    work = tmp_path / "møder"
    work.mkdir()
    data = tmp_path / "data" / "models" / "embedded"
    data.mkdir(parents=True)
    for path in embedded_model_cache.iterdir():
        os.link(path, data / path.name)
    subprocess.run([sys.executable, "-m", "referat", "agenda", "render", str(SAMPLES / "demo-agenda.toml"),
                    "-o", str(work / "dagsorden.docx")], check=True, env=env_for(tmp_path), capture_output=True)
    subprocess.run(["sox", str(SAMPLES / "demo-meeting.flac"), str(work / "møde.wav")], check=True)
    return work


def env_for(tmp_path: Path) -> dict[str, str]:
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" >> {tmp_path / "opened.txt"}\n')
    browser.chmod(0o755)
    return {**os.environ, "PYTHONPATH": str(ROOT), "REFERAT_DATA_DIR": str(tmp_path / "data"),
            "BROWSER": str(browser), "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}


def run(words: list[str], cwd: Path, env: dict, timeout: float = 600) -> subprocess.CompletedProcess:
    done = subprocess.run(words, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{shlex.join(words)} failed:\n{done.stdout}\n{done.stderr}"
    return done


def record_in_a_terminal(words: list[str], cwd: Path, env: dict, tmp_path: Path) -> None:
    """`referat record …` in tmux, recording the demo meeting as it plays in the room."""
    room = pulse.Room(tmp_path / "pulse-home")
    env = {**env, "HOME": room.env["HOME"], "XDG_RUNTIME_DIR": room.env["XDG_RUNTIME_DIR"]}
    socket = str(tmp_path / "tmux.sock")
    tmux = ["tmux", "-S", socket]
    script = tmp_path / "record.sh"
    script.write_text(f"cd {shlex.quote(str(cwd))}\n" + "".join(f"export {k}={shlex.quote(v)}\n" for k, v in env.items()
                      if k in ("PYTHONPATH", "REFERAT_DATA_DIR", "HOME", "XDG_RUNTIME_DIR", "PATH"))
                      + shlex.join(words) + f"; echo $? > {tmp_path / 'record.rc'}\n")
    player = None
    try:
        subprocess.run([*tmux, "new-session", "-d", "-s", "rec", "-x", "160", "-y", "40", f"sh {script}"], check=True)
        screen = lambda: subprocess.run([*tmux, "capture-pane", "-p", "-t", "rec"], capture_output=True,  # noqa: E731
                                        text=True).stdout
        deadline = time.monotonic() + 60
        while "REC" not in screen():
            assert time.monotonic() < deadline, screen()
            time.sleep(0.2)
        player = room.play(SAMPLES / "demo-meeting.flac")
        subprocess.run([*tmux, "send-keys", "-t", "rec", "n"], check=True)  # item 1 starts
        time.sleep(14)
        subprocess.run([*tmux, "send-keys", "-t", "rec", "b"], check=True)  # the agenda is approved
        time.sleep(2)
        subprocess.run([*tmux, "send-keys", "-t", "rec", "n"], check=True)  # item 2
        time.sleep(6)
        subprocess.run([*tmux, "send-keys", "-t", "rec", "q"], check=True)
        time.sleep(0.5)
        subprocess.run([*tmux, "send-keys", "-t", "rec", "y"], check=True)
        deadline = time.monotonic() + 300
        while not (tmp_path / "record.rc").exists():
            assert time.monotonic() < deadline, screen()
            time.sleep(0.5)
        assert (tmp_path / "record.rc").read_text().strip() == "0", screen()
    finally:
        if player is not None:
            player.kill()
        subprocess.run([*tmux, "kill-server"], capture_output=True)
        room.stop()


def review_until_ctrl_c(words: list[str], cwd: Path, env: dict, tmp_path: Path) -> None:
    proc = subprocess.Popen(words, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = proc.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/\?token=[\w-]+", url), url
        with urllib.request.urlopen(url, timeout=10) as page:
            assert page.status == 200 and "Review the referat" in page.read().decode()
        deadline = time.monotonic() + 10
        while not (tmp_path / "opened.txt").exists():
            assert time.monotonic() < deadline, "the browser was not asked to open the page"
            time.sleep(0.1)
        assert (tmp_path / "opened.txt").read_text().strip() == url
        proc.send_signal(signal.SIGINT)
        assert proc.wait(15) == 0, proc.stderr.read()
    finally:
        proc.kill()


def test_every_command_of_the_readme_block_works_as_written(folder, tmp_path):
    env = env_for(tmp_path)
    for words in readme_commands():
        if words[1] == "record":
            record_in_a_terminal(words, folder, env, tmp_path)
        elif words[1] == "review":
            review_until_ctrl_c(words, folder, env, tmp_path)
        else:
            run(words, folder, env)
    names = {p.name for p in folder.iterdir()}
    assert {"dagsorden.toml", "referat.docx", "referat-udskrift.docx", "referat.json", "referat-navne.docx"} <= names
    recorded = sorted(p for p in folder.glob("referat-*.wav"))
    assert len(recorded) == 1 and recorded[0].with_suffix(".docx").is_file()  # the draft made at stop
    assert recorded[0].with_name(recorded[0].stem + ".marks.json").is_file()
    referat = docx_text(folder / "referat.docx")
    assert "Punkt 3: Plan for nye cykelstier" in referat and "[UDKAST]" in referat
    assert "Henrik Harder" in docx_text(folder / "referat-navne-udskrift.docx")
