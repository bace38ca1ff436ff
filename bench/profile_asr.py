"""Where referat's ASR time goes: Transcriber variants timed in one process.

Same model, same audio; each variant runs --repeat times, interleaved, and the
minimum is reported (the CPU may be shared). Not a test.

    python bench/profile_asr.py bench/_work/meeting-5m.wav --seconds 120
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from referat.asr import AsrOptions, Transcriber  # noqa: E402
from referat.audio.decode import load_audio  # noqa: E402
from referat.asr.lean_model import LeanWhisperModel  # noqa: E402

VARIANTS = {
    "referat default": {},
    "no word timestamps": {"word_timestamps": False},
    "beam 2": {"beam_size": 2},
    "beam 1": {"beam_size": 1},
    "batch 16": {"batch_size": 16},
    "batch 4": {"batch_size": 4},
    "1 thread": {"cpu_threads": 1},
    # Not an AsrOptions field: how many chunks the encoder and aligner see at once
    # on a CPU (LeanWhisperModel.sub_batch); 8 = the whole batch, as faster-whisper does.
    "encoder whole batch": {"sub_batch": 8},
    "encoder 1 chunk": {"sub_batch": 1},
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("audio", type=Path)
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--variants", nargs="*", default=list(VARIANTS))
    args = ap.parse_args()
    audio = load_audio(args.audio)[: int(args.seconds * 16000)]
    base = Transcriber(AsrOptions())
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for name in args.variants:
            changes = dict(VARIANTS[name])
            sub_batch = changes.pop("sub_batch", LeanWhisperModel.sub_batch)
            t = base.derive(**changes)  # shares the loaded model unless threads change
            t.model.sub_batch = sub_batch
            started = time.perf_counter()
            t.transcribe(audio, source=name)
            t.model.sub_batch = LeanWhisperModel.sub_batch
            best[name] = min(best.get(name, 1e9), time.perf_counter() - started)
            print(f"{name:24s} {best[name]:7.1f} s", flush=True)
    print()
    for name, seconds in best.items():
        print(f"{name:24s} {seconds:7.1f} s  RTF {seconds / args.seconds:.3f}")


if __name__ == "__main__":
    main()
