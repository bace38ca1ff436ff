"""Does the agenda's vocabulary pay for itself? Recognition of words the agenda holds.

The input is the NST Danish speech with references (bench/make_inputs.py). The
agenda is seed 001 (its forum, nine participants, item titles and terms: the
distractors, never spoken) with the NST sentences' own rare words and names
added as a real agenda would hold them: two participants ("Per Hansen", "Dan
Mikkelsen") and two items whose titles hold the sentences' rarer words.

Each way of using the vocabulary runs in a fresh process (its peak memory is
its own) on the same loaded-once model:

- none: no vocabulary;
- prompt: every agenda term as whisper's hotwords (what referat did before);
- names: a short prompt of the participants' names only;
- correct: no prompt; the "none" transcript's near-miss words corrected after
  recognition (referat/asr/terms.py), with the precision of its corrections
  and its own time (the recognition is the very same).

Reported: WER over everything, WER on the reference words that are agenda
words ("term WER": the share of those words not recognised as written), CPU
seconds, wall seconds and peak memory.

    PYTHONPATH=$PWD .venv/bin/python bench/vocabulary.py --minutes 5

To compare the correction rules of another commit on the very same transcript:

    git show REV:referat/asr/terms.py > /tmp/terms_base.py
    PYTHONPATH=$PWD .venv/bin/python bench/vocabulary.py --minutes 5 --baseline-rules /tmp/terms_base.py
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_inputs  # noqa: E402
from run_bench import normalise, wer  # noqa: E402

SEED = HERE.parents[1] / "shared" / "seeds" / "001_bfc1ad96573bcea0.txt"
VARIANTS = ("none", "prompt", "names")  # "correct" is worked out from "none"'s own transcript


def agenda():
    from referat.agenda.importer import import_agenda
    from referat.types import AgendaItem, Participant

    meeting = import_agenda(SEED).meeting
    spoken_people = (Participant("Per Hansen"), Participant("Dan Mikkelsen"))
    spoken_items = (AgendaItem(90, "Lukning for gennemgående færdsel i krydset ved kirken"),
                    AgendaItem(91, "Ny tegning af hjørnet og køkkenet i den lille bank"))
    return replace(meeting, participants=meeting.participants + spoken_people, items=meeting.items + spoken_items)


def one_variant(variant: str, audio_path: Path, baseline_rules: Path | None = None) -> dict:
    from referat.agenda.vocabulary import vocabulary_from_meeting
    from referat.asr import AsrOptions, Transcriber
    from referat.asr.terms import correct_terms
    from referat.audio.decode import load_audio

    meeting = agenda()
    terms = vocabulary_from_meeting(meeting)
    vocabulary = {"prompt": terms, "names": tuple(p.name for p in meeting.participants)}.get(variant, ())
    transcriber = Transcriber(AsrOptions())
    audio = load_audio(audio_path)
    started, cpu = time.perf_counter(), time.process_time()
    transcript = transcriber.derive(vocabulary=vocabulary, hotwords=True, correct_terms=False).transcribe(audio)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {"variant": variant, "text": transcript.text, "wall": wall, "cpu": cpu, "peak_mb": peak,
              "terms": list(terms)}
    if variant == "none":
        started = time.perf_counter()
        corrected, corrections = correct_terms(transcript, terms)
        took = time.perf_counter() - started
        result["correct"] = {"variant": "correct", "text": corrected.text, "wall": wall + took, "cpu": cpu + took,
                             "peak_mb": peak, "took": took, "corrections": [[c.heard, c.written] for c in corrections]}
        if baseline_rules is not None:
            base_corrected, base_corrections = _rules_from(baseline_rules).correct_terms(transcript, terms)
            result["correct (baseline rules)"] = {
                "variant": "correct (baseline rules)", "text": base_corrected.text, "wall": wall, "cpu": cpu,
                "peak_mb": peak, "corrections": [[c.heard, c.written] for c in base_corrections]}
    return result


def _rules_from(path: Path):
    """The correction rules of another commit's terms.py, loaded as a module of its own."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("baseline_terms", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["baseline_terms"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def term_hits(reference: str, hypothesis: str, words: set[str]) -> tuple[int, int]:
    """(reference words that are agenda words and were recognised as written, all such words)."""
    import jiwer

    ref, hyp = normalise(reference), normalise(hypothesis)
    out = jiwer.process_words(ref, hyp)
    ref_words = ref.split()
    total = sum(w in words for w in ref_words)
    hits = sum(w in words for chunk in out.alignments[0] if chunk.type == "equal"
               for w in ref_words[chunk.ref_start_idx:chunk.ref_end_idx])
    return hits, total


def correction_precision(reference: str, before: str, after: str, corrections: list) -> tuple[int, int]:
    """(corrections that made a reference word right, corrections): per agenda word,
    the hits gained against the number of corrections towards it."""
    right = 0
    for word in {normalise(w) for _, w in corrections}:
        made = sum(normalise(w) == word for _, w in corrections)
        gained = term_hits(reference, after, {word})[0] - term_hits(reference, before, {word})[0]
        right += max(0, min(made, gained))
    return right, len(corrections)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=5.0, help="length of the NST input")
    ap.add_argument("--variant", choices=VARIANTS, help=argparse.SUPPRESS)  # one measurement, in a child process
    ap.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--baseline-rules", type=Path,
                    help="a terms.py of another commit: its corrections of the same transcript, side by side")
    args = ap.parse_args()
    if args.variant:
        print(json.dumps(one_variant(args.variant, args.input, args.baseline_rules), ensure_ascii=False))
        return
    make_inputs.WORK.mkdir(parents=True, exist_ok=True)
    audio = make_inputs.WORK / f"nst-vocabulary-{args.minutes:g}m.wav"
    with tempfile.TemporaryDirectory() as tmp:
        reference = make_inputs.nst_reference_file(make_inputs.NST / "refs.tsv", audio, args.minutes, Path(tmp))
    results = {}
    for variant in VARIANTS:
        print(f"… {variant}", file=sys.stderr, flush=True)
        extra = ["--baseline-rules", str(args.baseline_rules)] if args.baseline_rules else []
        proc = subprocess.run([sys.executable, __file__, "--variant", variant, "--input", str(audio), *extra],
                              capture_output=True, text=True, check=True)
        results[variant] = json.loads(proc.stdout.strip().splitlines()[-1])
    results["correct"] = results["none"].pop("correct")
    if "correct (baseline rules)" in results["none"]:
        results["correct (baseline rules)"] = results["none"].pop("correct (baseline rules)")
    terms = results["none"]["terms"]
    # Function words (i, og, den) are in titles too; the words a vocabulary is for are longer.
    words = {w for t in terms for w in normalise(t).split() if len(w) >= 4 or t.startswith(("Per ", "Dan "))}
    words &= set(normalise(reference).split())
    print(f"{time.strftime('%Y-%m-%d %H:%M')} · NST input {args.minutes:g} min · {len(terms)} agenda terms · "
          f"spoken agenda words: {', '.join(sorted(words))}\n")
    print("| vocabulary | WER | term WER | CPU | × none | wall | peak memory | corrections right |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    base = results["none"]
    for variant, r in results.items():
        hits, total = term_hits(reference, r["text"], words)
        precision = ""
        if variant.startswith("correct"):
            right, made = correction_precision(reference, base["text"], r["text"], r["corrections"])
            precision = f"{right}/{made}"
        print(f"| {variant} | {wer(reference, r['text']):.3f} | {1 - hits / total:.3f} ({total - hits}/{total}) | "
              f"{r['cpu']:.1f} s | {r['cpu'] / base['cpu']:.2f} | {r['wall']:.1f} s | {r['peak_mb']:.0f} MB | "
              f"{precision} |")
    for variant in ("correct", "correct (baseline rules)"):
        if variant in results:
            print(f"\n{variant}: corrections:",
                  ", ".join(f"{a}→{b}" for a, b in results[variant]["corrections"]) or "none")
    print(f"correcting took {results['correct']['took'] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
