"""Build benchmark inputs into bench/_work/ (git-ignored): a synthetic meeting.

The meeting alternates real Danish read speech (the NST utterances in
../shared/data/nst-da/, each used as recorded and with sox tempo/pitch variants
so the same sentence never repeats identically) with a minority (10 % by
default) of the project's own English espeak-ng voices, separated by pauses of
0.3-1.5 s. The English share is kept small on purpose: decoded with
language="da" it sends the sequential decoder into temperature fallbacks, which
would flatter the batched decoders. Everything is seeded, so a
given --minutes always gives the same file.

    python bench/make_inputs.py --minutes 30
"""

from __future__ import annotations

import argparse
import random
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / "_work"
NST = ROOT.parent / "shared" / "data" / "nst-da"
SR = 16000

# Sentences in the style of the seed minutes, read by espeak-ng (English: whisper base
# recognises it; espeak's Danish it does not).
SENTENCES = (
    "Item three is the budget follow up for the second quarter of this year.",
    "The committee approved the proposal with a remark about the school buses.",
    "We move on to the next item, the local plan for the harbour area.",
    "The administration recommends that the report is noted.",
    "I would like to ask how many children are on the waiting list right now.",
    "The decision is postponed until the meeting in September.",
    "Thank you, then we agree that the case is sent on to the city council.",
    "Can we get the figures for the elderly care centres before the next meeting?",
    "The plan was approved, but the chair asked for a new traffic count.",
    "There are no comments, so the item is approved as recommended.",
)
VOICES = (("en-us", 40, 165), ("en-gb", 75, 150), ("en-us+f3", 60, 170))  # voice, pitch, speed
VARIANTS = (None, ("tempo", "0.92"), ("pitch", "-250"), ("tempo", "1.08"), ("pitch", "200"))


def _read(path: Path) -> np.ndarray:
    data, sr = sf.read(path, dtype="float32", always_2d=True)
    mono = data.mean(axis=1)
    if sr != SR:
        raise SystemExit(f"{path}: expected {SR} Hz, got {sr}")
    return mono


def _sox(src: Path, dst: Path, *effect: str) -> None:
    subprocess.run(["sox", str(src), "-r", str(SR), "-c", "1", "-b", "16", str(dst), *effect], check=True)


def clips(tmp: Path) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """(Danish clips, English clips) as 16 kHz mono float32."""
    danish = []
    for wav in sorted(NST.glob("u*.wav")):
        for i, variant in enumerate(VARIANTS):
            out = tmp / f"{wav.stem}-{i}.wav"
            _sox(wav, out, *(variant or ()))
            danish.append(_read(out))
    english = []
    for i, text in enumerate(SENTENCES):
        voice, pitch, speed = VOICES[i % len(VOICES)]
        raw, out = tmp / f"en{i}-raw.wav", tmp / f"en{i}.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-p", str(pitch), "-s", str(speed), "-w", str(raw), text], check=True)
        _sox(raw, out)
        english.append(_read(out))
    return danish, english


def build_meeting(seconds: float, seed: int, danish, english, english_share: float = 0.1) -> np.ndarray:
    rng = random.Random(seed)
    parts: list[np.ndarray] = []
    total = 0
    while total < seconds * SR:
        clip = rng.choice(english) if rng.random() < english_share else rng.choice(danish)
        pause = np.zeros(int(rng.uniform(0.3, 1.5) * SR), dtype=np.float32)
        parts += [clip, pause]
        total += clip.size + pause.size
    return np.concatenate(parts)[: int(seconds * SR)]


def nst_reference_file(refs_path: Path, out: Path, minutes: float, tmp: Path) -> str:
    """Only the NST utterances with a known reference (and their sox variants), in a
    seeded random order with pauses; returns the reference text of the whole file."""
    refs = dict(line.split("\t", 1) for line in refs_path.read_text(encoding="utf-8").splitlines() if "\t" in line)
    rng = random.Random(7)
    variants = []
    for uid in sorted(refs):
        for i, variant in enumerate(VARIANTS):
            wav = tmp / f"ref-{uid}-{i}.wav"
            _sox(NST / f"{uid}.wav", wav, *(variant or ()))
            variants.append((_read(wav), refs[uid].strip()))
    parts, words, total = [], [], 0
    while total < minutes * 60 * SR:
        clip, text = rng.choice(variants)
        pause = np.zeros(int(rng.uniform(0.4, 1.5) * SR), dtype=np.float32)
        parts += [clip, pause]
        words.append(text)
        total += clip.size + pause.size
    sf.write(out, np.concatenate(parts), SR, subtype="PCM_16")
    return " ".join(words)


def build(minutes: float, batch_files: int, batch_minutes: float, long_minutes: float, english_share: float = 0.1,
          wer_minutes: float = 3.0) -> dict:
    """Write every input; returns their paths by role."""
    WORK.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        danish, english = clips(Path(tmp))
        ref = nst_reference_file(NST / "refs.tsv", WORK / "nst-refs.wav", wer_minutes, Path(tmp))
    meeting = WORK / f"meeting-{minutes:g}m.wav"
    sf.write(meeting, build_meeting(minutes * 60, 1, danish, english, english_share), SR, subtype="PCM_16")
    batch_dir = WORK / f"batch-{batch_files}x{batch_minutes:g}m"
    batch_dir.mkdir(exist_ok=True)
    for i in range(batch_files):
        path = batch_dir / f"meeting-{i + 1:02d}.wav"
        sf.write(path, build_meeting(batch_minutes * 60, 100 + i, danish, english, english_share), SR, subtype="PCM_16")
    if long_minutes:
        long = WORK / f"long-{long_minutes:g}m.flac"
        sf.write(long, build_meeting(long_minutes * 60, 2, danish, english, english_share), SR, format="FLAC")
    (WORK / "nst-refs.txt").write_text(ref + "\n", encoding="utf-8")
    paths = {"meeting": meeting, "batch_dir": batch_dir, "nst": WORK / "nst-refs.wav", "nst_ref": WORK / "nst-refs.txt"}
    if long_minutes:
        paths["long"] = long
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=30.0, help="length of the meeting")
    ap.add_argument("--batch-files", type=int, default=8, help="files for the referat batch runs")
    ap.add_argument("--batch-minutes", type=float, default=2.0, help="length of each batch file")
    ap.add_argument("--english-share", type=float, default=0.1,
                    help="share of English espeak clips (decoded as Danish they make the sequential decoder fall back)")
    ap.add_argument("--wer-minutes", type=float, default=3.0, help="length of the NST word-error-rate input")
    ap.add_argument("--long-minutes", type=float, default=120.0, help="length of the memory test input (0: skip)")
    args = ap.parse_args()
    paths = build(args.minutes, args.batch_files, args.batch_minutes, args.long_minutes, args.english_share, args.wer_minutes)
    for name, path in paths.items():
        print(f"{name}: {path}")


if __name__ == "__main__":
    main()
