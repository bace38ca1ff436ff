"""English test speech from espeak-ng (Whisper base recognises it), shared by the batch tests."""

from __future__ import annotations

import subprocess
from pathlib import Path


def espeak(path: Path, text: str, repeat: int = 1) -> Path:
    """``text`` said ``repeat`` times, as 16 kHz mono with 0.3 s of silence either side."""
    raw = path.with_suffix(".raw.wav")
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(raw), " ".join([text] * repeat)], check=True)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", str(path), "pad", "0.3", "0.3"], check=True)
    raw.unlink()
    return path
