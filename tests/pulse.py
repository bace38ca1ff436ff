"""A real, real-time capture device for tests: PulseAudio with a null sink.

ALSA's file plugin (../shared/alsa) delivers a file as fast as it is read, so a
recording that runs until someone presses q fills hours of audio in seconds.
PulseAudio paces its streams by the clock: audio played into the null sink
``room`` (``paplay --device=room``) comes out of ``room.monitor`` in real time,
and ALSA's pulse plugin makes that monitor PortAudio's default input device.
The daemon runs with the test's own HOME and runtime folder, and stops after.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

SINK = "room"


def available() -> bool:
    return all(shutil.which(tool) for tool in ("pulseaudio", "paplay", "pactl"))


class Room:
    def __init__(self, home: Path):
        self.home = home
        self.run = home / "run"
        self.run.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(self.run)}
        (home / ".asoundrc").write_text(f'pcm.!default {{ type pulse device "{SINK}.monitor" }}\n'
                                        "ctl.!default { type pulse }\n")
        self.daemon = subprocess.Popen(
            ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disable-shm=yes",
             "-L", f"module-null-sink sink_name={SINK} rate=16000 channels=1", "-L", "module-native-protocol-unix"],
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if subprocess.run(["pactl", "info"], env=self.env, capture_output=True).returncode == 0:
                return
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("pulseaudio did not start")

    def play(self, audio: Path) -> subprocess.Popen:
        """Play ``audio`` into the room, in real time, in the background."""
        return subprocess.Popen(["paplay", f"--device={SINK}", str(audio)], env=self.env)

    def stop(self) -> None:
        self.daemon.terminate()
        try:
            self.daemon.wait(10)
        except subprocess.TimeoutExpired:
            self.daemon.kill()
