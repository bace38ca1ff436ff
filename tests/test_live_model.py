"""The live worker with the real embedded model on real Danish speech."""

import jiwer
import numpy as np
import pytest

from referat.audio.decode import load_audio
from referat.recording.live import LiveOptions, LiveTranscriber, asr_transcribe_fn


@pytest.mark.slow
def test_live_transcript_of_real_danish_speech(nst_dir):
    refs = dict(line.split("\t", 1) for line in (nst_dir / "refs.tsv").read_text().splitlines() if "\t" in line)
    ids = ["u0042009", "u0042012"]
    pause = np.zeros(16000, dtype=np.float32)
    audio = np.concatenate([np.concatenate([load_audio(nst_dir / f"{i}.wav"), pause]) for i in ids])
    live = LiveTranscriber(asr_transcribe_fn(cpu_threads=2), 16000, LiveOptions(max_backlog=120))
    pcm = (audio * 32767).astype(np.int16)
    for pos in range(0, len(pcm), 1600):
        live.feed(pcm[pos : pos + 1600, None])
    live.start()
    live.stop(drain=True, timeout=300)
    assert live.failed is None
    lines = [line for line in live.lines if not line.notice]
    assert lines and all(a.start <= b.start for a, b in zip(lines, lines[1:]))
    assert lines[-1].end <= len(audio) / 16000 + 0.1
    hyp = " ".join(line.text for line in lines).lower()
    ref = " ".join(refs[i] for i in ids)
    norm = jiwer.Compose([jiwer.RemovePunctuation(), jiwer.ToLowerCase(), jiwer.RemoveMultipleSpaces(), jiwer.Strip()])
    wer = jiwer.wer(norm(ref), norm(hyp))
    # Greedy whisper base on short windows is rough (full-quality runs after the meeting).
    assert wer < 0.75 and "tak for kaffe" in hyp, (wer, hyp)
