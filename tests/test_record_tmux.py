"""Drive `referat record` in a real terminal (tmux): keys, marks file, screen text."""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

ROOT = Path(__file__).resolve().parents[1]

AGENDA = """\
[meeting]
forum = "Økonomiudvalget"
date = 2026-11-21

[[items]]
number = 1
title = "Godkendelse af dagsorden"

[[items]]
number = 2
title = "Budget 2027"

[[items]]
number = 3
title = "Eventuelt"
"""


class Tmux:
    def __init__(self, tmp_path: Path):
        self.socket = str(tmp_path / "tmux.sock")

    def __call__(self, *args) -> str:
        return subprocess.run(["tmux", "-S", self.socket, *args], capture_output=True, text=True, check=True).stdout

    def screen(self) -> str:
        return self("capture-pane", "-p", "-t", "rec")

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        t = time.monotonic()
        while time.monotonic() - t < timeout:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared on screen:\n{self.screen()}")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_keys_make_marks_and_show_on_screen(tmp_path):
    rng = np.random.default_rng(3)
    audio = tmp_path / "meeting.wav"
    sf.write(audio, (rng.standard_normal(16000 * 120) * 3000).astype(np.int16), 16000, subtype="PCM_16")
    agenda = tmp_path / "dagsorden.toml"
    agenda.write_text(AGENDA, encoding="utf-8")
    out = tmp_path / "out"
    cmd = (f"cd {ROOT} && PYTHONPATH={ROOT} {sys.executable} -m referat record --simulate {audio} "
           f"--agenda {agenda} --no-live --no-process --output-dir {out}; echo EXIT=$?; sleep 600")
    tmux = Tmux(tmp_path)
    tmux("new-session", "-d", "-s", "rec", "-x", "120", "-y", "40", "env", f"TERM=xterm-256color", "bash", "-c", cmd)
    try:
        tmux.wait_for("● REC")
        tmux.wait_for("(before the first item)")
        tmux("send-keys", "-t", "rec", "n")
        tmux.wait_for("Item: 1. Godkendelse af dagsorden")
        time.sleep(1.0)
        tmux("send-keys", "-t", "rec", "b")
        tmux.wait_for("Decision marked")
        tmux("send-keys", "-t", "rec", "Right")
        tmux.wait_for("Item: 2. Budget 2027")
        tmux("send-keys", "-t", "rec", "3")
        tmux.wait_for("Item: 3. Eventuelt")
        tmux("send-keys", "-t", "rec", "q")
        tmux.wait_for("Stop the recording? y = yes")
        tmux("send-keys", "-t", "rec", "x")  # anything but y: keep recording
        tmux.wait_for("Recording continues")
        tmux("send-keys", "-t", "rec", "q")
        tmux.wait_for("Stop the recording? y = yes")
        tmux("send-keys", "-t", "rec", "y")
        screen = tmux.wait_for("EXIT=", timeout=30)
    finally:
        subprocess.run(["tmux", "-S", tmux.socket, "kill-server"], capture_output=True)
    assert "EXIT=0" in screen and "Saved" in screen
    marks_file = next(out.glob("*.marks.json"))
    data = json.loads(marks_file.read_text())
    assert data["recording"] == next(out.glob("*.wav")).name
    assert [(m["item"], m["kind"]) for m in data["marks"]] == [(1, "item"), (1, "decision"), (2, "item"), (3, "item")]
    times = [m["time"] for m in data["marks"]]
    assert times == sorted(times) and times[1] - times[0] >= 0.5
    assert oct(os.stat(marks_file).st_mode & 0o777) == "0o600"
