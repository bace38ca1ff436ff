"""The live transcript's decoder: short input against faster-whisper's 30-s padded windows.

Both decode each NST Danish sentence (../shared/data/nst-da) greedily on one
core, as one live window; the table gives WER against the references and the
seconds per call. The final referat never uses either.

    PYTHONPATH=$PWD .venv/bin/python bench/live_decoder.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NST = ROOT.parent / "shared" / "data" / "nst-da"
ROUNDS = 3


def main() -> int:
    import jiwer
    import numpy as np

    from referat.asr import AsrOptions, Transcriber
    from referat.asr.short_window import ShortWindowDecoder
    from referat.audio.decode import load_audio

    refs = dict(line.split("\t", 1) for line in (NST / "refs.tsv").read_text().splitlines() if "\t" in line)
    clips = {u: load_audio(NST / f"{u}.wav") for u in refs}
    padded = Transcriber(AsrOptions(language="da", beam_size=1, vad=True, batched=False, word_timestamps=False,
                                    cpu_threads=1))
    short = ShortWindowDecoder(None, "da", cpu_threads=1)
    decoders = {
        "30-s padded (faster-whisper sequential)": lambda a: " ".join(s.text for s in padded.transcribe(a).segments),
        "short input (asr/short_window.py)": lambda a: short.decode(a).text,
    }
    norm = jiwer.Compose([jiwer.RemovePunctuation(), jiwer.ToLowerCase(), jiwer.RemoveMultipleSpaces(), jiwer.Strip()])
    print("| decoder | WER | seconds per call (median) | seconds per call (max) |")
    print("|---|---|---|---|")
    for name, decode in decoders.items():
        decode(np.zeros(16000, dtype=np.float32))  # warm up
        hyps, times = {}, []
        for _ in range(ROUNDS):
            for u, audio in clips.items():
                t0 = time.perf_counter()
                hyps[u] = decode(audio)
                times.append(time.perf_counter() - t0)
        wer = jiwer.wer([norm(refs[u]) for u in clips], [norm(hyps[u]) for u in clips])
        print(f"| {name} | {wer:.3f} | {statistics.median(times):.2f} | {max(times):.2f} |")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
