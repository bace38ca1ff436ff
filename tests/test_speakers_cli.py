"""Speaker names: parsing, `referat speakers`, and names in every output format."""

from __future__ import annotations

import json

import numpy as np
import pytest
import soundfile as sf
from click.testing import CliRunner

from referat.cli import main
from referat.errors import InputError
from referat.record.serialize import transcript_to_dict
from referat.speakers.names import parse_speaker_names, speaker_summary
from referat.types import Segment, Transcript, TranscriptInfo, Word

# --- parsing --------------------------------------------------------------------


def test_parse_inline_mapping():
    assert parse_speaker_names("Taler 1=Henrik Harder, Taler 2 = Ulla Lund") == {
        "Taler 1": "Henrik Harder",
        "Taler 2": "Ulla Lund",
    }
    assert parse_speaker_names(None) == {} and parse_speaker_names("  ") == {}


def test_parse_mapping_files(tmp_path):
    text = tmp_path / "navne.txt"
    text.write_text("# mødets deltagere\nTaler 1 = Henrik Harder\n\nTaler 2=Åse Ørum  # formand\n", encoding="utf-8")
    assert parse_speaker_names(str(text)) == {"Taler 1": "Henrik Harder", "Taler 2": "Åse Ørum"}
    js = tmp_path / "navne.json"
    js.write_text(json.dumps({"Taler 1": "Henrik Harder"}), encoding="utf-8")
    assert parse_speaker_names(str(js)) == {"Taler 1": "Henrik Harder"}


@pytest.mark.parametrize(
    "value, message",
    [
        ("Taler 1", "neither a mapping"),
        ("Taler 1=,Taler 2=Bo", "is not 'label=name'"),
        ("=Bo", "is not 'label=name'"),
        ("Taler 1=A,Taler 1=B", "two names"),
    ],
)
def test_bad_mappings(value, message):
    with pytest.raises(InputError, match=message):
        parse_speaker_names(value)


def test_bad_mapping_file(tmp_path):
    bad = tmp_path / "navne.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        parse_speaker_names(str(bad))


# --- summary ------------------------------------------------------------------------


def _meeting() -> Transcript:
    def seg(start, speaker, text):
        words = tuple(Word(start + i * 0.5, start + i * 0.5 + 0.4, " " + w, speaker=speaker)
                      for i, w in enumerate(text.split()))
        return Segment(start, words[-1].end, " " + text, words, speaker)

    segments = [
        seg(0.0, "Taler 1", "Velkommen til mødet i udvalget i dag"),
        seg(5.0, "Taler 2", "Tak for det"),
        seg(7.0, "Taler 1", "Vi starter med punkt et om budgettet for skolen"),
        seg(14.0, "Taler 2", "Jeg synes forslaget er fornuftigt men dyrt"),
        seg(200.0, "Taler 1", "Så er punktet godkendt og vi går videre"),
        seg(205.0, "Taler 1", "Næste punkt handler om trafikplanen ved havnen"),
    ]
    return Transcript(TranscriptInfo(source="møde.wav", duration=210.0, language="da"), tuple(segments))


def test_speaker_summary_talk_time_and_spread_quotes():
    summaries = speaker_summary(_meeting())
    assert [s.speaker for s in summaries] == ["Taler 1", "Taler 2"]
    one, two = summaries
    assert one.utterances == 3  # segments 200 s and 205 s are consecutive Taler 1 words
    assert one.talk_time == pytest.approx(3.4 + 4.4 + 8.4, abs=0.01)
    assert [q.start for q in one.quotes] == [0.0, 7.0, 200.0]
    assert one.quotes[2].text.startswith("Så er punktet godkendt") and one.quotes[2].text.endswith("…")
    # "Tak for det" has under four words: the longer utterance is preferred
    assert [q.text for q in two.quotes] == ["Jeg synes forslaget er fornuftigt men dyrt"]


# --- the speakers command -----------------------------------------------------------


def _write_json(path, transcript):
    path.write_text(json.dumps(transcript_to_dict(transcript), ensure_ascii=False), encoding="utf-8")
    return path


def test_speakers_command_prints_summary(tmp_path):
    src = _write_json(tmp_path / "møde.json", _meeting())
    result = CliRunner().invoke(main, ["speakers", str(src), "--speaker-names", "Taler 2=Ulla Lund"])
    assert result.exit_code == 0, result.output
    assert "Taler 1: 0:16 talk time, 3 turns" in result.output
    assert "Taler 2 = Ulla Lund" in result.output
    assert "[00:03:20] Så er punktet godkendt" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["møde.json"]  # printing writes nothing


def test_rename_in_every_format_from_json_alone(tmp_path):
    src = _write_json(tmp_path / "møde.json", _meeting())
    out = tmp_path / "navngivet"
    result = CliRunner().invoke(main, ["speakers", str(src), "--speaker-names",
                                       "Taler 1=Henrik Harder,Taler 2=Ulla Lund", "--format", "all",
                                       "--output-dir", str(out)])
    assert result.exit_code == 0, result.output
    _assert_named(out / "møde", ["Henrik Harder", "Ulla Lund"])
    assert "[00:00:00] Henrik Harder: Velkommen" in (out / "møde.txt").read_text()


def _assert_named(base, names):
    for fmt in ("txt", "srt", "vtt", "json"):
        text = base.with_name(base.name + "." + fmt).read_text(encoding="utf-8")
        if fmt == "json":  # the mapping itself is kept for audit; nothing else may say "Taler"
            data = json.loads(text)
            assert set(data.pop("speaker_names").values()) == set(names)
            text = json.dumps(data, ensure_ascii=False)
        assert "Taler" not in text, (fmt, text[:300])
        for name in names:
            assert name in text, (fmt, name)
    vtt = base.with_name(base.name + ".vtt").read_text(encoding="utf-8")
    assert all(f"<v {n}>" in vtt for n in names)
    srt = base.with_name(base.name + ".srt").read_text(encoding="utf-8")
    assert all(f"{n}: " in srt for n in names)
    data = json.loads(base.with_name(base.name + ".json").read_text(encoding="utf-8"))
    assert {s["speaker"] for s in data["segments"]} == set(names)
    assert {w["speaker"] for s in data["segments"] for w in s["words"]} == set(names)


def test_speakers_command_refusals(tmp_path):
    src = _write_json(tmp_path / "møde.json", _meeting())
    runner = CliRunner()
    typo = runner.invoke(main, ["speakers", str(src), "--speaker-names", "Taler 3=Bo"])
    assert typo.exit_code != 0 and "'Taler 3' not found" in typo.output and "Taler 1, Taler 2" in typo.output
    clobber = runner.invoke(main, ["speakers", str(src), "--format", "json", "--overwrite"])
    assert clobber.exit_code != 0 and "replace the input" in clobber.output
    (tmp_path / "møde.txt").write_text("mine")
    exists = runner.invoke(main, ["speakers", str(src), "--format", "txt"])
    assert exists.exit_code != 0 and "already exists" in exists.output
    assert (tmp_path / "møde.txt").read_text() == "mine"
    missing = runner.invoke(main, ["speakers", str(tmp_path / "nej.json")])
    assert missing.exit_code != 0 and "does not exist" in missing.output
    (tmp_path / "tekst.json").write_text("hej")
    garbage = runner.invoke(main, ["speakers", str(tmp_path / "tekst.json")])
    assert garbage.exit_code != 0 and "not readable JSON" in garbage.output


def test_transcribe_rejects_zero_speakers_before_any_work(tmp_path):
    wav = tmp_path / "a.wav"
    sf.write(wav, np.zeros(16000 * 3, dtype=np.float32), 16000)
    result = CliRunner().invoke(main, ["transcribe", str(wav), "--speakers", "0"])
    assert result.exit_code != 0 and "--speakers must be at least 1" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.wav"]


def test_transcribe_broken_pyannote_folder_fails_before_the_model(tmp_path, monkeypatch):
    from referat import pipeline

    monkeypatch.setattr(pipeline, "make_transcriber", None)  # would raise if reached
    wav = tmp_path / "a.wav"
    sf.write(wav, np.zeros(16000 * 3, dtype=np.float32), 16000)
    (tmp_path / "pipe").mkdir()
    result = CliRunner().invoke(main, ["transcribe", str(wav), "--diarizer", "pyannote",
                                       "--diarization-model", str(tmp_path / "pipe")])
    assert result.exit_code != 0 and str(tmp_path / "pipe") in result.output
    assert "not a pyannote pipeline" in result.output


# --- end to end: real speech, real model --------------------------------------------


@pytest.mark.slow
def test_transcribe_two_real_speakers_with_names(tmp_path, nst_dir, embedded_model):
    def load(name):
        y, _ = sf.read(nst_dir / name, dtype="float32", always_2d=True)
        return y.mean(axis=1)

    pause = np.zeros(int(0.3 * 16000), dtype=np.float32)
    audio = np.concatenate([load("u0042010.wav"), pause, load("u0013002.wav"), pause, load("u0042012.wav")])
    wav = tmp_path / "møde.wav"
    sf.write(wav, audio, 16000)
    result = CliRunner().invoke(main, ["transcribe", str(wav), "--output-dir", str(tmp_path / "out"),
                                       "--speaker-names", "Taler 1=Anna Holm,Taler 2=Bo Berg"])
    assert result.exit_code == 0, result.output
    _assert_named(tmp_path / "out" / "møde", ["Anna Holm", "Bo Berg"])
    txt = (tmp_path / "out" / "møde.txt").read_text()
    speakers = [line.split("] ", 1)[1].split(":")[0] for line in txt.splitlines()]
    assert speakers == ["Anna Holm", "Bo Berg", "Anna Holm"], txt
    assert "tegning" in txt.splitlines()[0].lower() and "krydset" in txt.splitlines()[2].lower()
