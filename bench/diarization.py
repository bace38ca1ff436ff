"""Diarization benchmark: real conversation, real speakers and synthetic meetings.

Not a test. Reports the diarization error rate (DER, pyannote.metrics, overlap
skipped) with a 0.25 s collar and without, the speaker count found and the
wall-clock time per audio minute, for:

- ``phone``: a real two-person telephone conversation with a published
  reference (the sample pyannote.audio ships; found in .venv-pyannote), without
  and with the count (``phone+k``);
- ``real1``/``real2``: the NST Danish speakers (../shared/data/nst-da/), A alone
  and A+B alternating, each recording used once per meeting (``+k``: with the count);
- ``solo1``, ``synth2``–``synth5``, ``mixed4``: distinct espeak-ng voices (and
  the NST pair), with pauses of 0.2–3 s and quick exchanges;
- ``long``: ``--long-minutes`` of six voices (speakers found), and the time to
  find them again from the kept voices (``referat speakers --speakers N``).

``--code PATH`` runs another checkout's referat (e.g. a git worktree of an
older commit) on the very same meetings, for a side-by-side baseline.

    PYTHONPATH=$PWD .venv/bin/python bench/diarization.py [--backend embedded]
        [--seeds 3] [--diarization-model PATH] [--only synth4] [--long-minutes 120] [--code PATH]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf
from scipy.signal import resample_poly

ROOT = Path(__file__).resolve().parents[1]
NST = ROOT.parent / "shared" / "data" / "nst-da"
SR = 16000

# Voices the GE2E encoder tells apart (pairwise cosine 0.5–0.76 on one sentence;
# variants of one base voice such as en+m1/en+m3 score 0.94 and are avoided;
# en+whisper was dropped: Silero VAD misses much of whispered speech; en+f3 shifted
# up with sox was dropped: 0.80 to en+f3 -p 80, as close as one real speaker's two
# recordings, and the embedded backend merged the pair in 4 of 15 meetings).
VOICES: dict[str, tuple[list[str], list[str]]] = {
    "m1": (["-v", "en+m1"], []),
    "f3-high": (["-v", "en+f3", "-p", "80"], []),
    "fr-f2": (["-v", "fr+f2", "-p", "60"], []),  # a French voice reading English
    "m1-low": (["-v", "en+m1"], ["pitch", "-400"]),
    "klatt-low": (["-v", "en+klatt", "-p", "20"], []),
    "m7-sox-high": (["-v", "en+m7"], ["pitch", "500"]),
}
NST_A = ["u0042008", "u0042009", "u0042010", "u0042012"]
NST_B = ["u0013002"]

LONG = [
    "The committee discussed the budget for the new school and decided to postpone the matter.",
    "We think the proposal is reasonable, but maintenance costs must be described in more detail.",
    "I would like to ask the administration how many children are on the waiting list this year.",
    "The traffic plan for the harbour area was approved with the changes proposed by the council.",
    "According to the report, the energy consumption of the town hall has fallen by twelve percent.",
    "Before we vote, I want to remind everyone that the deadline for comments is the first of June.",
    "Our group supports the recommendation, provided that the local residents are heard first.",
    "The new cycle path will connect the station with the sports centre and the library.",
]
SHORT = ["Yes.", "I agree.", "No, not at all.", "Thank you.", "Good point.", "Exactly, thanks.", "Can you repeat that?"]
PAUSES = [0.2, 0.3, 0.5, 0.8, 1.2, 3.0]


@dataclass(frozen=True)
class Meeting:
    name: str
    audio: np.ndarray
    truth: list[tuple[float, float, str]]
    speakers: int
    real: bool


def _trim(y: np.ndarray) -> np.ndarray:
    # Ground truth must start and end where the voice does, not at file padding.
    loud = np.flatnonzero(np.abs(y) > 0.02 * np.abs(y).max())
    return y[loud[0] : loud[-1] + 1] if len(loud) else y


def _load(path: Path) -> np.ndarray:
    y, sr = sf.read(path, dtype="float32", always_2d=True)
    y = y.mean(axis=1)
    if sr != SR:
        g = np.gcd(sr, SR)
        y = resample_poly(y, SR // g, sr // g).astype(np.float32)
    return y


class Clips:
    def __init__(self, cache: Path) -> None:
        self.cache = cache
        self.memo: dict[tuple[str, str], np.ndarray] = {}

    def espeak(self, voice: str, text: str) -> np.ndarray:
        key = (voice, text)
        if key not in self.memo:
            args, effects = VOICES[voice]
            raw = self.cache / f"{abs(hash(key))}.wav"
            subprocess.run(["espeak-ng", *args, "-w", str(raw), text], check=True)
            if effects:
                shifted = raw.with_suffix(".fx.wav")
                subprocess.run(["sox", str(raw), str(shifted), *effects], check=True)
                raw = shifted
            y = _trim(_load(raw))
            self.memo[key] = 0.5 * y / np.abs(y).max()
        return self.memo[key]

    def nst(self, utt: str) -> np.ndarray:
        key = ("nst", utt)
        if key not in self.memo:
            y = _trim(_load(NST / f"{utt}.wav"))
            self.memo[key] = 0.5 * y / np.abs(y).max()
        return self.memo[key]


def build(name: str, voices: list[str], turns: int, seed: int, clips: Clips, real: bool = False) -> Meeting:
    rng = random.Random(seed)
    pieces: list[np.ndarray] = []
    truth: list[tuple[float, float, str]] = []
    t, prev = 0.5, None
    pieces.append(np.zeros(int(0.5 * SR), dtype=np.float32))
    # Each real recording is used once per meeting: the same audio repeated makes its
    # windows cluster by content, which no real meeting does. A real voice whose
    # recordings are used up speaks no more.
    unused = {"nst-A": rng.sample(NST_A, len(NST_A)), "nst-B": list(NST_B)}
    order = list(voices) + [rng.choice(voices) for _ in range(turns - len(voices))]
    for i, voice in enumerate(order):
        left = [v for v in voices if not v.startswith("nst-") or unused[v]]
        if voice not in left or (voice == prev and len(left) > 1):  # a new turn means a new speaker
            choices = [v for v in left if v != prev] or left
            if not choices:
                break
            voice = rng.choice(choices)
        if voice.startswith("nst-"):
            clip = clips.nst(unused[voice].pop())
        else:
            text = rng.choice(SHORT) if rng.random() < 0.3 else rng.choice(LONG)
            clip = clips.espeak(voice, text)
        pieces.append(clip)
        truth.append((t, t + len(clip) / SR, voice))
        t += len(clip) / SR
        pause = rng.choice(PAUSES)
        pieces.append(np.zeros(int(pause * SR), dtype=np.float32))
        t += int(pause * SR) / SR
        prev = voice
    audio = np.concatenate(pieces)
    audio += np.random.default_rng(seed).normal(0, 0.002, len(audio)).astype(np.float32)  # room noise
    return Meeting(name, audio, truth, len(set(v for *_, v in truth)), real)


def phone_conversation() -> Meeting | None:
    """pyannote.audio's sample: two women on the telephone, 30 s, reference segmentation."""
    found = sorted(ROOT.glob(".venv-pyannote/lib/python*/site-packages/pyannote/audio/sample/sample.wav"))
    if not found:
        return None
    audio = _load(found[0])
    truth = []
    for row in found[0].with_suffix(".rttm").read_text().splitlines():
        fields = row.split()
        truth.append((float(fields[3]), float(fields[3]) + float(fields[4]), fields[7]))
    return Meeting("phone", audio, truth, 2, True)


def meetings(seeds: int, clips: Clips) -> list[Meeting]:
    out = []
    espeak = list(VOICES)
    for seed in range(seeds):
        rng = random.Random(100 + seed)
        out.append(build("solo1", rng.sample(espeak, 1), 6, seed, clips))
        for n in (2, 3, 4, 5):
            out.append(build(f"synth{n}", rng.sample(espeak, n), 8 * n, seed, clips))
        out.append(build("mixed4", rng.sample(espeak, 2) + ["nst-A", "nst-B"], 16, seed, clips))
        out.append(build("real1", ["nst-A"], 4, seed, clips, real=True))
        out.append(build("real2", ["nst-A", "nst-B"], 5, seed, clips, real=True))
    return out


def der(meeting: Meeting, turns, collar: float) -> tuple[float, float]:
    """(DER, speaker-confusion share) over the whole meeting."""
    from pyannote.core import Annotation, Segment, Timeline
    from pyannote.metrics.diarization import DiarizationErrorRate

    ref, hyp = Annotation(), Annotation()
    for s, e, spk in meeting.truth:
        ref[Segment(s, e)] = spk
    for t in turns:
        hyp[Segment(t.start, t.end)] = t.speaker
    uem = Timeline([Segment(0, len(meeting.audio) / SR)])
    parts = DiarizationErrorRate(collar=collar, skip_overlap=True)(ref, hyp, uem=uem, detailed=True)
    return parts["diarization error rate"], parts["confusion"] / max(parts["total"], 1e-9)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backend", default="embedded", choices=["embedded", "pyannote"])
    ap.add_argument("--diarization-model", type=Path)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--only", help="only meetings whose name starts with this")
    ap.add_argument("--long-minutes", type=float, default=0, help="also a meeting this long, of six voices")
    ap.add_argument("--code", type=Path, default=ROOT, help="the referat checkout to run (default: this one)")
    args = ap.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    from referat.speakers.diarize import DiarizationOptions, diarize, make_diarizer

    options = DiarizationOptions(backend=args.backend, model=args.diarization_model)
    if args.backend == "pyannote":
        try:
            diarizer = make_diarizer(options)
        except Exception as exc:  # no pipeline folder on this machine: say so, and stop
            print(f"pyannote backend skipped: {exc}")
            return
    else:
        diarizer = make_diarizer(options)
    print(f"referat from {args.code.resolve()}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        clips = Clips(Path(tmp))
        warm = clips.espeak("m1", SHORT[0])  # load the models outside the timings
        diarize(np.concatenate([warm] * 3), options, diarizer=diarizer)
        todo = [m for m in [phone_conversation()] if m is not None] + meetings(args.seeds, clips)
        if args.long_minutes:
            turns = int(args.long_minutes * 60 / 4.2)  # a turn and its pause take about 4.2 s
            todo.append(build("long", list(VOICES)[:4] + ["nst-A", "nst-B"], turns, 7, clips))
        for m in todo:
            if args.only and not m.name.startswith(args.only):
                continue
            hints = [None, m.speakers] if m.real else [None]
            for hint in hints:
                run = DiarizationOptions(backend=args.backend, model=args.diarization_model, speakers=hint)
                start = time.perf_counter()
                turns = diarize(m.audio, run, diarizer=diarizer)
                wall = time.perf_counter() - start
                minutes = len(m.audio) / SR / 60
                found = len({t.speaker for t in turns})
                (d0, conf), (d25, _) = der(m, turns, 0.0), der(m, turns, 0.25)
                name = m.name + ("+k" if hint else "")
                rows.append((name, m.real, d0, d25, m.speakers, found, wall / minutes, conf))
                print(f"{name:8s} {minutes * 60:5.0f}s  DER {d0:6.1%} (confusion {conf:5.1%})  DER@0.25 {d25:6.1%}  "
                      f"speakers {m.speakers}->{found}  time {wall / minutes:5.1f} s/min", flush=True)
            if m.name == "long" and hasattr(diarizer, "find"):
                recount(diarizer, m.audio)

    print(f"\nbackend {args.backend}: mean over {args.seeds} seed(s); time = wall-clock seconds per audio minute")
    print("| meetings | DER | confusion | DER@0.25 | count exact | count ±1 | time s/min |")
    print("|---|---|---|---|---|---|---|")
    for name in dict.fromkeys(r[0] for r in rows):
        sel = [r for r in rows if r[0] == name]
        exact = sum(r[4] == r[5] for r in sel)
        near = sum(abs(r[4] - r[5]) <= 1 for r in sel)
        label = name + (" (real)" if sel[0][1] else "")
        print(f"| {label} | {np.mean([r[2] for r in sel]):.1%} | {np.mean([r[7] for r in sel]):.1%} | "
              f"{np.mean([r[3] for r in sel]):.1%} | {exact}/{len(sel)} | {near}/{len(sel)} | "
              f"{np.mean([r[6] for r in sel]):.1f} |")


def recount(diarizer, audio: np.ndarray) -> None:
    """Re-clustering from the kept voices, as `referat speakers --speakers N` does it."""
    from referat.speakers.voices import recluster

    _, voices = diarizer.find(audio, 1, 10)
    for low, high in ((1, 10), (3, 3), (8, 8)):
        start = time.perf_counter()
        turns = recluster(voices, low, high)
        wall = time.perf_counter() - start
        print(f"re-cluster {len(voices.windows.starts)} windows for {low}..{high} speakers: "
              f"{len({t.speaker for t in turns})} found in {wall:.2f} s", flush=True)


if __name__ == "__main__":
    main()
