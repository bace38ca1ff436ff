"""The live transcript worker with fake transcribers (the real model: test_live_model.py)."""

import os
import sys
import threading
import time

import numpy as np
import pytest

from referat.recording.live import LiveOptions, LiveTranscriber, find_cut, frame_rms

RATE = 16000


def _tone(seconds, amp=0.2, freq=220):
    t = np.arange(int(seconds * RATE)) / RATE
    return (amp * np.sin(2 * np.pi * freq * t) * 32767).astype(np.int16)


def _silence(seconds):
    return np.zeros(int(seconds * RATE), dtype=np.int16)


def _feed(live, audio, block=1600):
    for i in range(0, len(audio), block):
        live.feed(audio[i : i + block, None])


def test_find_cut_prefers_the_last_pause_then_the_limit():
    rms = np.array([1.0] * 40 + [0.0] * 10 + [1.0] * 30)
    assert find_cut(rms, 0.5, 30, 200, 8) == 45  # in the middle of the pause
    assert find_cut(rms[:40], 0.5, 30, 200, 8) is None  # still talking, below the limit
    loud = np.ones(100)
    loud[90] = 0.1
    assert find_cut(loud, 0.5, 30, 95, 8) == 90  # forced: the quietest frame near the limit


@pytest.mark.parametrize("feed_first", [True, False])
def test_windows_end_in_pauses_and_silence_costs_nothing(feed_first):
    def fake(audio):
        return [(0.0, len(audio) / RATE, "speech")]

    live = LiveTranscriber(fake, RATE, LiveOptions(min_window=1.0, max_window=5.0, catchup_window=5.0,
                                                    max_backlog=60))
    tones = [(0.0, 1.5), (2.1, 4.1), (12.1, 13.3)]
    audio = np.concatenate([_tone(1.5), _silence(0.6), _tone(2.0), _silence(8.0), _tone(1.2), _silence(1.0)])
    if feed_first:  # a worker far behind sees everything at once
        _feed(live, audio)
        live.start()
    else:
        live.start()
        _feed(live, audio)
    live.stop(drain=True)
    windows = [(line.start, line.end) for line in live.lines]
    assert windows and not any(line.notice for line in live.lines)
    for a, b in tones:  # every phrase lies whole inside one window
        assert any(s - 0.01 <= a and b <= e + 0.01 for s, e in windows), (a, b, windows)
    for s, e in windows:  # cuts fall in pauses, never inside a phrase
        for edge in (s, e):
            assert not any(a + 0.05 < edge < b - 0.05 for a, b in tones), (edge, windows)
    assert sum(e - s for s, e in windows) < len(audio) / RATE - 4.0  # most of the silence was skipped


def test_when_behind_it_catches_up_with_longer_windows_cut_at_pauses():
    calls = []
    live = LiveTranscriber(lambda a: calls.append(len(a) / RATE) or [], RATE,
                           LiveOptions(max_window=5.0, catchup_window=20.0, max_backlog=60))
    phrase = np.concatenate([_tone(2.0), _silence(0.5)])
    _feed(live, np.tile(phrase, 10))  # 25 s waiting before the worker starts
    live.start()
    live.stop(drain=True)
    assert len(calls) == 2 and 17.0 <= calls[0] <= 20.0  # one long call, not five short ones
    assert abs(calls[0] % 2.5 - 2.25) < 0.1  # ... that ends inside a pause


def test_a_slow_transcriber_makes_it_skip_ahead_and_say_so():
    gate = threading.Event()

    def stuck(audio):
        gate.wait(5)
        return [(0.0, 1.0, "late")]

    live = LiveTranscriber(stuck, RATE, LiveOptions(max_backlog=4.0, max_window=2.0, catchup_window=3.0))
    live.start()
    t = time.monotonic()
    _feed(live, _tone(20))
    feeding = time.monotonic() - t
    gate.set()
    live.stop(drain=True)
    assert feeding < 1.0  # feeding never waited for the worker
    notices = [line for line in live.lines if line.notice]
    assert notices and "skipping" in notices[0].text
    assert live.skipped_seconds >= 10
    assert any(line.text == "late" for line in live.lines)


def test_a_failing_transcriber_only_stops_the_live_view():
    def broken(audio):
        raise RuntimeError("model exploded")

    live = LiveTranscriber(broken, RATE)
    live.start()
    _feed(live, _tone(3))
    live.stop(drain=True)
    assert live.failed == "model exploded"
    assert "live transcript stopped" in live.lines[-1].text
    _feed(live, _tone(1))  # feeding a dead worker is harmless


def test_lag_is_measured_on_the_recording_clock():
    live = LiveTranscriber(lambda a: [(0.0, len(a) / RATE, "x")], RATE, LiveOptions(min_window=0.5))
    live.start()
    _feed(live, np.concatenate([_tone(1.0), _silence(0.5)]))
    live.stop(drain=True)
    line = live.lines[0]
    assert 0 <= line.lag <= 1.5
    assert frame_rms(np.ones(10, dtype=np.float32), 4).shape == (2,)


def test_other_rates_are_resampled_for_the_model():
    got = []
    live = LiveTranscriber(lambda a: got.append(len(a)) or [], 48000)
    live.start()
    t = np.arange(48000 * 2) / 48000
    live.feed((0.3 * np.sin(2 * np.pi * 200 * t) * 32767).astype(np.int16)[:, None])
    live.stop(drain=True)
    assert sum(got) == pytest.approx(2 * RATE, abs=RATE * 0.05)


def test_a_line_ends_where_its_speech_ends_not_at_the_quiet_cut_after_it():
    live = LiveTranscriber(lambda a: [(0.0, len(a) / RATE, "x")], RATE, LiveOptions(min_window=0.5, max_window=5.0))
    _feed(live, np.concatenate([_tone(1.2), _silence(2.0)]))
    live.start()
    live.stop(drain=True)
    line = live.lines[0]
    assert line.end == pytest.approx(1.2, abs=0.05)  # not 3.2: the silence after it is not speech


def test_warm_up_loads_the_model_before_any_audio_and_start_is_idempotent():
    calls = []
    live = LiveTranscriber(lambda a: calls.append(len(a)) or [], RATE, LiveOptions(warm_up=True))
    live.start()
    assert live.ready.wait(10)
    live.start()  # the recorder starts it again: still one worker
    live.stop()
    assert calls == [RATE] and live.windows == 0 and not live.lines


def test_a_failing_warm_up_stops_the_live_view_without_anyone_waiting_forever():
    def broken(audio):
        raise RuntimeError("no model")

    live = LiveTranscriber(broken, RATE, LiveOptions(warm_up=True))
    live.start()
    assert live.ready.wait(10)
    live.stop()
    assert live.failed == "no model" and "live transcript stopped" in live.lines[-1].text


@pytest.mark.skipif(not hasattr(os, "getpriority") or sys.platform != "linux", reason="per-thread niceness is Linux's")
def test_the_worker_runs_below_the_capture_threads_priority():
    seen = []
    live = LiveTranscriber(lambda a: seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id())) or [],
                           RATE, LiveOptions(nice=5, warm_up=True))
    mine = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    live.start()
    assert live.ready.wait(10)
    live.stop()
    assert seen and seen[0] >= min(mine + 5, 19)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == mine  # the caller keeps its own
