#!/usr/bin/env python3
"""Make the demo meeting in samples/ with espeak-ng and sox.

    python samples/make_samples.py [--out DIR]

Writes demo-meeting.flac (16 kHz mono, about 1.5 minutes, three speakers),
demo-meeting.marks.json (item and decision marks, as `referat record` writes
them) and demo-meeting.script.json (who said what when: the ground truth).
The agenda, demo-agenda.toml, is written by hand.

The meeting is spoken in English on purpose: espeak-ng's Danish voice is not
intelligible to the embedded whisper base model, its English is. The agenda and
the drafted referat stay Danish. Three different espeak base voices plus sox
pitch shifts keep the speakers apart for the speaker encoder.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import soundfile as sf

RATE = 16000
GAP = 0.7  # seconds of silence between turns
LEAD_IN = 0.5

# name: (espeak voice, espeak pitch, words per minute, sox pitch shift in cents)
VOICES = {
    "chair": ("en-us", 30, 140, -250),
    "finance": ("en-gb+f3", 75, 155, 350),
    "planner": ("en-gb-scotland", 40, 130, -700),
}

# (item the line opens or None, mark a decision?, speaker, text)
SCRIPT = (
    (1, False, "chair", "Good morning everyone, and welcome. Item one is the approval of the agenda. "
                        "Are there any comments?"),
    (None, False, "finance", "No comments from me. The agenda looks fine."),
    (None, True, "chair", "Then the agenda is approved."),
    (2, False, "chair", "We move on to item two, the budget for next year."),
    (None, False, "finance", "The budget is on track. We expect a small surplus of two million kroner. "
                             "Spending on the schools is a little higher than planned."),
    (None, False, "planner", "That is good news for the schools."),
    (None, True, "chair", "Then we take note of the budget update."),
    (3, False, "chair", "Item three is the plan for new bicycle paths."),
    (None, False, "planner", "We propose four new bicycle paths near the schools. The first path can open "
                             "in the spring."),
    (None, False, "finance", "I support the plan, but the path by the harbour needs more street lights."),
    (None, True, "chair", "The committee approved the plan with the remark that the harbour path gets "
                          "more street lights."),
    (None, False, "chair", "Thank you all. The meeting is closed."),
)


def speak(text: str, voice: str, workdir: Path, index: int) -> np.ndarray:
    name, pitch, wpm, shift = VOICES[voice]
    raw = workdir / f"{index:02d}-raw.wav"
    out = workdir / f"{index:02d}.wav"
    subprocess.run(["espeak-ng", "-v", name, "-p", str(pitch), "-s", str(wpm), "-w", str(raw), text], check=True)
    effects = ["pitch", str(shift)] if shift else []
    subprocess.run(["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(out), *effects, "rate", str(RATE)],
                   check=True)
    audio, rate = sf.read(out, dtype="float32")
    assert rate == RATE
    return audio


def build(out_dir: Path) -> None:
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not installed; run scripts/setup.sh --dev")
    out_dir.mkdir(parents=True, exist_ok=True)
    pieces = [np.zeros(int(LEAD_IN * RATE), dtype="float32")]
    t = LEAD_IN
    marks, lines = [], []
    current_item = None
    with tempfile.TemporaryDirectory() as tmp:
        for index, (opens, decision, voice, text) in enumerate(SCRIPT):
            audio = speak(text, voice, Path(tmp), index)
            if opens is not None:
                current_item = opens
                # Pressed in the pause before the chair opens the item (the first at the start).
                at = 0.0 if not marks else t - GAP / 2
                marks.append({"time": round(at, 3), "item": opens, "kind": "item"})
            duration = len(audio) / RATE
            lines.append({"speaker": voice, "start": round(t, 3), "end": round(t + duration, 3),
                          "item": current_item, "text": text})
            if decision:
                marks.append({"time": round(t + duration, 3), "item": current_item, "kind": "decision"})
            pieces += [audio, np.zeros(int(GAP * RATE), dtype="float32")]
            t += duration + GAP
    audio = np.concatenate(pieces)
    peak = float(np.max(np.abs(audio))) or 1.0
    sf.write(out_dir / "demo-meeting.flac", audio * (0.9 / peak), RATE, format="FLAC", subtype="PCM_16")
    recording = "demo-meeting.flac"
    (out_dir / "demo-meeting.marks.json").write_text(
        json.dumps({"referat_marks": 1, "recording": recording, "marks": marks}, indent=1) + "\n", encoding="utf-8")
    (out_dir / "demo-meeting.script.json").write_text(
        json.dumps({"recording": recording, "duration": round(len(audio) / RATE, 3), "voices": VOICES,
                    "lines": lines}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out_dir / recording} ({len(audio) / RATE:.1f} s), its marks and script")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    build(parser.parse_args().out)


if __name__ == "__main__":
    main()
