"""End to end: recording + agenda → referat, transcript document and .json.

The demo meeting (samples/, three items, three voices, item marks) goes through
the real CLI; bad inputs go through ``Session.process`` on a short clip the
test makes itself. The embedded model runs, so these are slow.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from docx_text import docx_text

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def seeded_data_dir(root: Path, model: Path) -> Path:
    """A data folder holding the assembled embedded model (hard links, no copy)."""
    target = root / "models" / "embedded"
    target.mkdir(parents=True)
    for path in model.iterdir():
        os.link(path, target / path.name)
    return root


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory, embedded_model_cache):
    base = tmp_path_factory.mktemp("demo")
    data = seeded_data_dir(base / "data", embedded_model_cache)
    out = base / "out" / "referat.docx"
    env = dict(os.environ, PYTHONPATH=str(ROOT), REFERAT_DATA_DIR=str(data))
    proc = subprocess.run(
        [sys.executable, "-m", "referat", "transcribe", str(SAMPLES / "demo-meeting.flac"),
         "--agenda", str(SAMPLES / "demo-agenda.toml"), "--language", "en", "-o", str(out),
         "--format", "txt", "--output-dir", str(base / "txt")],
        env=env, capture_output=True, text=True, timeout=1200,
    )
    return proc, out


def sections_by_heading(text: str) -> dict[str, str]:
    parts = re.split(r"^(Punkt \d+: .*)$", text, flags=re.M)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def test_demo_meeting_becomes_a_referat_with_three_items(demo_run):
    proc, out = demo_run
    assert proc.returncode == 0, proc.stderr
    referat = docx_text(out)
    headings = ["Punkt 1: Godkendelse af dagsorden", "Punkt 2: Orientering om budget 2027",
                "Punkt 3: Plan for nye cykelstier"]
    body = referat[referat.index("Punkt 3\t") :]  # after the table of contents
    positions = [body.index(h) for h in headings]
    assert positions == sorted(positions)
    items = sections_by_heading(body)
    for heading, case in zip(headings, ["00.01.00-P35-1-26", "00.30.00-S00-2-26", "05.01.00-P20-3-26"]):
        section = items[heading]
        assert case in section
        decision = section[section.index("Beslutning") :]
        assert "[UDKAST]" in decision and "Teknik- og Miljøudvalget" in decision
    assert "Teknik- og Miljøudvalget godkendte indstillingen." in items[headings[0]]
    assert "Teknik- og Miljøudvalget tog orienteringen til efterretning." in items[headings[1]]
    assert "Teknik- og Miljøudvalget godkendte indstillingen med bemærkning om, at " in items[headings[2]]


def test_demo_transcript_document_holds_each_items_utterances(demo_run):
    proc, out = demo_run
    assert proc.returncode == 0, proc.stderr
    transcript = sections_by_heading(docx_text(out.with_name("referat-udskrift.docx")))
    words = {1: "agenda", 2: "budget", 3: "bicycle"}
    for (heading, text), number in zip(transcript.items(), (1, 2, 3)):
        assert heading.startswith(f"Punkt {number}:")
        lines = [line for line in text.splitlines() if re.match(r"^\[\d\d:\d\d:\d\d\] Taler \d+: ", line)]
        assert len(lines) >= 3, text
        assert words[number] in text.lower()
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["split"]["method"] == "marks"
    speakers = {line["speaker"] for line in data["lines"] if line["item"] is not None}
    assert len(speakers) == 3  # the three voices of the recording
    kinds = [decision["draft"]["kind"] for decision in data["decisions"]]
    assert kinds == ["approved", "noted", "approved_with_remark"]
    assert all(decision["draft"]["evidence"] for decision in data["decisions"])
    # --format given explicitly: the plain transcript too, speaker-attributed.
    txt = (out.parent.parent / "txt" / "demo-meeting.txt").read_text(encoding="utf-8")
    assert re.search(r"^\[00:00:\d\d\] Taler 1: ", txt, flags=re.M)


def test_demo_rerender_with_speaker_names(demo_run, tmp_path):
    proc, out = demo_run
    assert proc.returncode == 0, proc.stderr
    from click.testing import CliRunner

    from referat.cli import main

    again = tmp_path / "v2.docx"
    result = CliRunner().invoke(main, ["render", str(out.with_suffix(".json")), "--speaker-names",
                                       "Taler 1=Anne Holm", "-o", str(again)])
    assert result.exit_code == 0, result.output
    assert "Anne Holm: " in docx_text(again.with_name("v2-udskrift.docx"))
    # The original set is kept; rendering onto it needs --overwrite.
    result = CliRunner().invoke(main, ["render", str(out.with_suffix(".json"))])
    assert result.exit_code != 0 and "--overwrite" in result.output


# --- bad inputs on a short clip ------------------------------------------------------

CLIP_TEXT = ("Item one is closed. The staff case is settled. We move on to item two, the budget. "
             "The budget is on track. We take note of the budget.")
AGENDA = """referat_agenda = 1
[meeting]
forum = "Økonomiudvalget"
date = 2026-03-12
participants = ["Anne Holm (Formand)"]
{items}
"""
CLOSED_FIRST = """[[items]]
number = 1
title = "Personalesag"
case_number = "26/0001"
closed = true
[[items]]
number = 2
title = "Budget 2027"
case_number = "26/0002"
[[items.sections]]
name = "Indstilling"
text = "at orienteringen tages til efterretning"
"""
NEVER_MENTIONED = """[[items]]
number = 5
title = "Vejvedligeholdelse"
[[items]]
number = 6
title = "Affaldsordning"
"""


@pytest.fixture(scope="module")
def clip(tmp_path_factory) -> Path:
    if not shutil.which("espeak-ng"):
        pytest.skip("espeak-ng is not installed (scripts/setup.sh --dev installs it)")
    path = tmp_path_factory.mktemp("clip") / "clip.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(path), CLIP_TEXT], check=True)
    return path


@pytest.fixture(scope="module")
def english_transcriber(embedded_model_cache):
    from referat.asr import AsrOptions, Transcriber

    return Transcriber(AsrOptions(model=str(embedded_model_cache), language="en"))


class Result:
    """What a test looks at: the record, and its minutes."""

    def __init__(self, record):
        from referat.record import minutes_of

        self.record = record
        self.minutes = minutes_of(record)
        self.split = record.split
        self.warnings = record.all_warnings


def run(clip_path, tmp_path, transcriber, items, marks=None):
    from referat.agenda import load_agenda
    from referat.pipeline import Session, SessionOptions
    from referat.recording.marks import marks_for
    from referat.speakers.diarize import DiarizationOptions

    agenda = tmp_path / "agenda.toml"
    agenda.write_text(AGENDA.format(items=items), encoding="utf-8")
    marks_path = None
    if marks is not None:
        marks_path = tmp_path / "clip.marks.json"
        marks_path.write_text(json.dumps({"referat_marks": 1, "recording": "clip.wav", "marks": marks}))
    found = marks_for(clip_path, marks_path)
    session = Session(SessionOptions(speakers=DiarizationOptions(backend="none")), transcriber=transcriber)
    return Result(session.process(clip_path, load_agenda(agenda), found.marks, warnings=found.warnings))


def test_closed_item_first_is_kept_out_of_the_public_version(clip, tmp_path, english_transcriber):
    from referat.output.plan import referat_plan, write_plan

    result = run(clip, tmp_path, english_transcriber, CLOSED_FIRST)
    assert result.split.method == "cues"
    closed, budget = result.minutes.items
    assert "staff" in " ".join(u.text for u in closed.utterances).lower()
    assert "on track" in " ".join(u.text for u in budget.utterances).lower()
    assert budget.draft.kind == "noted"
    paths = referat_plan(tmp_path / "out" / "referat.docx", public=True)
    write_plan(result.record, paths)
    assert "staff" in docx_text(paths.transcript_doc).lower()
    public = docx_text(paths.public)
    assert "staff" not in public.lower() and "Punkt 1: Lukket" in public and "26/0001" in public


def test_marks_past_the_end_and_for_unknown_items_warn_and_lose_nothing(clip, tmp_path, english_transcriber):
    duration = sf.info(str(clip)).duration
    marks = [{"time": 0, "item": 1}, {"time": duration / 2, "item": 7}, {"time": 500, "item": 2}]
    result = run(clip, tmp_path, english_transcriber, CLOSED_FIRST, marks)
    assert any("item 7" in w for w in result.warnings)
    assert any("after the end" in w for w in result.warnings)
    assert result.minutes.items[0].utterances and result.minutes.unassigned
    assert not result.minutes.items[1].utterances
    words = sum(len(u.words) for im in result.minutes.items for u in im.utterances)
    words += sum(len(u.words) for u in result.minutes.unassigned)
    assert words == sum(len(line.words) for line in result.record.lines)


def test_items_never_mentioned_leave_everything_unassigned(clip, tmp_path, english_transcriber):
    result = run(clip, tmp_path, english_transcriber, NEVER_MENTIONED)
    assert result.split.method == "none"
    assert "on track" in " ".join(u.text for u in result.minutes.unassigned).lower()
    assert [im.draft.kind for im in result.minutes.items] == ["not_discussed", "not_discussed"]
    assert any("Ikke fordelt på punkter" in w for w in result.warnings)


def test_item_discussed_twice_by_marks(clip, tmp_path, english_transcriber):
    duration = sf.info(str(clip)).duration
    marks = [{"time": 0, "item": 2}, {"time": duration / 3, "item": 1}, {"time": 2 * duration / 3, "item": 2}]
    result = run(clip, tmp_path, english_transcriber, CLOSED_FIRST, marks)
    starts = [u.start for u in result.minutes.items[1].utterances]
    assert min(starts) < duration / 3 and max(starts) >= 2 * duration / 3
    assert result.minutes.items[0].utterances


def test_recording_without_speech(tmp_path, english_transcriber):
    silence = tmp_path / "stille.wav"
    sf.write(silence, np.zeros(16000 * 3, dtype="float32"), 16000)
    result = run(silence, tmp_path, english_transcriber, CLOSED_FIRST)
    assert result.minutes.unassigned == ()
    assert [im.draft.kind for im in result.minutes.items] == ["not_discussed", "not_discussed"]
    assert any("No speech" in w for w in result.warnings)
