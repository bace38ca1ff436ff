"""The live screen's content and key handling, without a terminal."""

import numpy as np
import pytest
import soundfile as sf
from rich.console import Console

from referat.recording.capture import FileSource
from referat.recording.live import LiveLine, LiveTranscriber
from referat.recording.marks import read_marks_file
from referat.recording.recorder import Recorder, RecordOptions
from referat.recording.screen import Screen
from referat.types import AgendaItem


def _text(screen: Screen) -> str:
    console = Console(width=120, record=True, force_terminal=False)
    console.print(screen.render())
    return console.export_text()


@pytest.fixture
def recorder(tmp_path):
    wav = tmp_path / "in.wav"
    t = np.arange(16000 * 3) / 16000
    sf.write(wav, (np.sin(2 * np.pi * 300 * t) * 32767).astype(np.int16), 16000, subtype="PCM_16")  # full scale
    live = LiveTranscriber(lambda a: [], 16000)
    items = (AgendaItem(1, "Godkendelse af dagsorden"), AgendaItem(12, "Budget 2027"))
    rec = Recorder(FileSource(wav, realtime=False), RecordOptions(output_dir=tmp_path / "o"), items=items, live=live)
    rec.start()
    rec.wait(10)
    yield rec
    rec.finish()


def test_screen_shows_state_level_clipping_item_and_live_lines(recorder):
    recorder.live.lines.append(LiveLine(1.0, 2.5, "Vi går videre til punkt et", 3.0))
    screen = Screen(recorder)
    text = _text(screen)
    assert "● REC  0:00:03" in text
    assert "CLIPPING" in text and "dBFS" in text
    assert "(before the first item)" in text
    assert "[0:00:01] Vi går videre til punkt et" in text
    screen.handle("n")
    assert "Item: 1. Godkendelse af dagsorden" in _text(screen)


def test_silence_warning_after_twenty_seconds(recorder):
    recorder._last_sound = recorder.position - 21
    assert "no signal for 21 s — is the microphone muted?" in _text(Screen(recorder))
    recorder._last_sound = recorder.position
    assert "no signal" not in _text(Screen(recorder))


def test_keys_digits_pause_and_quit_confirmation(recorder, monkeypatch):
    screen = Screen(recorder)
    screen.handle("1")
    screen.handle("2")
    assert "Go to item: 12_" in _text(screen)
    screen.handle("\r")
    assert recorder.item == 12
    screen.handle("7")
    monkeypatch.setattr("referat.recording.screen.DIGIT_TIMEOUT", 0.0)
    screen.tick()
    assert recorder.item == 12 and "no item 7" in _text(screen)
    screen.handle("left")
    assert recorder.item == 1
    screen.handle(" ")
    assert recorder.paused and "PAUSED" in _text(screen)
    screen.handle(" ")
    assert not recorder.paused
    recorder._stop.clear()  # the file source has ended; pretend it is still running
    screen.handle("q")
    screen.handle("n")  # not a yes
    assert not recorder.stopped and recorder.item == 1
    screen.handle("q")
    screen.handle("y")
    assert recorder.stopped
    kinds = [(m.item, m.kind) for m in read_marks_file(recorder.marks.path).marks]
    assert kinds == [(12, "item"), (1, "item")]


def test_key_parsing_handles_arrows_and_several_keys_at_once():
    from referat.portable import parse_keys

    assert parse_keys("n\x1b[Cb\x1b[D12q") == ["n", "right", "b", "left", "1", "2", "q"]
    assert parse_keys("\x1b[A") == []  # up arrow: ignored


def test_marks_and_overflows_are_shown(recorder):
    screen = Screen(recorder)
    screen.handle("n")
    screen.handle("b")
    text = _text(screen)
    assert "Marks: 2 (last: decision at 0:00:03)" in text
    recorder.source.overflows = 3
    assert "3 input overflows" in _text(screen)
    assert recorder.finish().overflows == 3


def test_the_screen_says_when_the_live_transcript_skips_ahead(recorder):
    live = recorder.live
    assert "skips ahead" not in _text(Screen(recorder))
    live.skipped_seconds, live.skipped_at = 20.0, recorder.position
    assert "the live transcript cannot keep up and skips ahead (20 s in all); the recording is whole" in _text(Screen(recorder))
    live.skipped_at = recorder.position - 31  # half a minute later it has caught up
    assert "skips ahead" not in _text(Screen(recorder))


def test_the_screen_speaks_danish_by_locale(recorder, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "da")  # as LANG=da_DK.UTF-8 or REFERAT_LANG=da would
    recorder._last_sound = recorder.position - 21
    screen = Screen(recorder)
    text = _text(screen)
    assert "n/→ næste punkt  p/← forrige  tal: gå til punkt  b: beslutning  mellemrum: pause  q: stop" in text
    assert "● OPTAGER  0:00:03" in text and "(før første punkt)" in text and "OVERSTYRING" in text
    assert "intet signal i 21 s — er mikrofonen slået fra?" in text
    screen.handle("q")
    assert "Stop optagelsen? j = ja, enhver anden tast = nej" in _text(screen)
