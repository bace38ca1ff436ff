"""Writers and JSON round trip on hand-built transcripts (no model)."""

import json
import os
import stat

import pytest

from referat.errors import InputError, OutputError
from referat.record.serialize import transcript_from_dict, transcript_to_dict
from referat.types import Segment, Transcript, TranscriptInfo, Word
from referat.output.transcript import WRITERS, parse_formats, render_srt, render_txt, render_vtt, write_outputs

INFO = TranscriptInfo(source="møde.wav", duration=200.0, language="da", model="embedded",
                      referat_version="0.1.0", device="cpu", compute_type="int8")


def words(start, text, speaker=None):
    out, t = [], start
    for w in text.split():
        out.append(Word(t, t + 0.4, w, 0.9, speaker))
        t += 0.5
    return tuple(out)


PLAIN = Transcript(INFO, (
    Segment(1.0, 3.0, "Velkommen til mødet.", words(1.0, "Velkommen til mødet.")),
    Segment(192.5, 195.0, "Punkt 3 <godkendt> & vedtaget.", words(192.5, "Punkt 3 <godkendt> & vedtaget.")),
))
SPEAKERS = Transcript(INFO, (
    Segment(1.0, 3.0, "Velkommen til mødet.", words(1.0, "Velkommen til mødet.", "Taler 1"), "Taler 1"),
    Segment(192.0, 195.0, "Tak for det.", words(192.0, "Tak for det.", "Taler 2"), "Taler 2"),
))
NAMES = {"Taler 1": "Henrik Harder"}


def test_txt_plain_and_with_speakers():
    assert render_txt(PLAIN) == "[00:00:01] Velkommen til mødet.\n[00:03:12] Punkt 3 <godkendt> & vedtaget.\n"
    assert render_txt(SPEAKERS, NAMES).splitlines() == [
        "[00:00:01] Henrik Harder: Velkommen til mødet.",
        "[00:03:12] Taler 2: Tak for det.",
    ]


def test_srt_and_vtt_timestamps_and_voices():
    srt = render_srt(SPEAKERS, NAMES)
    assert srt.startswith("1\n00:00:01,000 --> 00:00:03,000\nHenrik Harder: Velkommen til mødet.\n")
    assert "2\n00:03:12,000 --> 00:03:15,000\nTaler 2: Tak for det.\n" in srt
    vtt = render_vtt(SPEAKERS, NAMES)
    assert vtt.startswith("WEBVTT\n")
    assert "00:00:01.000 --> 00:00:03.000\n<v Henrik Harder>Velkommen til mødet.</v>" in vtt
    # Markup characters in speech must not become tags.
    assert "&lt;godkendt&gt; &amp; vedtaget." in render_vtt(PLAIN)


def test_json_round_trip_keeps_everything():
    data = transcript_to_dict(SPEAKERS)
    assert data["referat_format"] == 1
    back = transcript_from_dict(json.loads(json.dumps(data)))
    assert back == SPEAKERS
    rendered = json.loads(WRITERS["json"].render(SPEAKERS, NAMES))
    assert rendered["segments"][0]["speaker"] == "Henrik Harder"
    assert rendered["segments"][0]["words"][0]["speaker"] == "Henrik Harder"
    assert rendered["info"]["model"] == "embedded"


def test_json_from_elsewhere_is_refused():
    with pytest.raises(InputError, match="referat_format"):
        transcript_from_dict({"segments": []})
    with pytest.raises(InputError, match="Update referat"):
        transcript_from_dict({"referat_format": 99})


def test_each_writer_writes_a_file(tmp_path):
    for name, writer in WRITERS.items():
        path = writer(SPEAKERS, tmp_path / f"m.{name}", speaker_names=NAMES)
        assert path.read_text(encoding="utf-8") == writer.render(SPEAKERS, NAMES)
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        with pytest.raises(OutputError):
            writer(SPEAKERS, path)


def test_parse_formats():
    assert parse_formats("all") == ("txt", "json", "srt", "vtt")
    assert parse_formats("srt, TXT,srt") == ("srt", "txt")
    with pytest.raises(OutputError, match="Unknown format 'docx'"):
        parse_formats("txt,docx")


def test_write_outputs_all_formats_private(tmp_path):
    written = write_outputs(PLAIN, tmp_path / "møde 1", ["all"])
    assert sorted(p.name for p in written) == ["møde 1.json", "møde 1.srt", "møde 1.txt", "møde 1.vtt"]
    for path in written:
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_existing_output_is_never_overwritten(tmp_path):
    (tmp_path / "m.srt").write_text("mine")
    with pytest.raises(OutputError, match="--overwrite"):
        write_outputs(PLAIN, tmp_path / "m", ["txt", "srt"])
    # Nothing was written: not even the txt that did not exist.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.srt"]
    write_outputs(PLAIN, tmp_path / "m", ["txt", "srt"], overwrite=True)
    assert (tmp_path / "m.srt").read_text().startswith("1\n")


def test_unwritable_output_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError):
        write_outputs(PLAIN, blocker / "out" / "m", ["txt"])
    assert blocker.read_text() == "x"
