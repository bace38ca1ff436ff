"""The capture pipeline with file-backed and faulty sources (faster than real time)."""

import errno
import os
import subprocess
import threading
import time

import numpy as np
import pytest
import soundfile as sf

from referat.recording.capture import FileSource
from referat.errors import DeviceError, OutputError
from referat.recording.live import LiveOptions, LiveTranscriber
from referat.recording.marks import read_marks_file
from referat.recording.recorder import Recorder, RecordOptions
from referat.recording.wavfile import RecordingFile
from referat.types import AgendaItem


@pytest.fixture
def known_wav(tmp_path):
    rng = np.random.default_rng(1)
    data = rng.integers(-12000, 12000, size=16000 * 6, dtype=np.int16)
    path = tmp_path / "in.wav"
    sf.write(path, data, 16000, subtype="PCM_16")
    return path, data


def _record(source, out, **kw):
    rec = Recorder(source, RecordOptions(output_dir=out, **kw.pop("opts", {})), **kw)
    rec.start()
    rec.wait(timeout=30)
    return rec, rec.finish()


def test_file_source_is_recorded_sample_exact(tmp_path, known_wav):
    path, data = known_wav
    rec, result = _record(FileSource(path, realtime=False), tmp_path / "out")
    assert result.reason == "input ended" and result.error is None
    back, rate = sf.read(result.path, dtype="int16")
    assert rate == 16000 and np.array_equal(back, data)
    assert result.seconds == pytest.approx(6.0)
    assert oct(result.path.stat().st_mode & 0o777) == "0o600"


def test_duration_stops_at_exactly_that_much_audio(tmp_path, known_wav):
    path, data = known_wav
    _, result = _record(FileSource(path, realtime=False), tmp_path, opts={"duration": 2.5})
    assert result.reason == "duration"
    back, _ = sf.read(result.path, dtype="int16")
    assert np.array_equal(back, data[:40000])


class StallingSource(FileSource):
    """Delivers some audio, then goes silent: a device pulled out mid-recording."""

    def __init__(self, path, blocks, error=None):
        super().__init__(path, realtime=False)
        self.blocks, self.error = blocks, error

    def start(self, on_block, on_error, on_end):
        def run():
            for i in range(self.blocks):
                on_block(self.samples[i * self.block : (i + 1) * self.block].copy())
            if self.error:
                on_error(self.error)

        threading.Thread(target=run, daemon=True).start()


@pytest.mark.parametrize("error", [None, "the input device 'USB mic' stopped delivering audio (unplugged?)"])
def test_device_disappearing_stops_cleanly_and_keeps_audio(tmp_path, known_wav, error):
    path, data = known_wav
    src = StallingSource(path, blocks=15, error=error)
    _, result = _record(src, tmp_path, opts={"device_timeout": 0.5})
    assert result.reason == "device lost"
    assert "Recording stopped" in result.error and ("unplugged" in result.error)
    back, _ = sf.read(result.path, dtype="int16")
    assert np.array_equal(back, data[: 15 * src.block])


class FullDisk(RecordingFile):
    budget = 16000 * 2 * 2  # bytes the "disk" takes before ENOSPC

    def append(self, pcm):
        if (self.frames * 2 + len(pcm)) > self.budget:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        super().append(pcm)


def test_disk_full_injected(tmp_path, known_wav, monkeypatch):
    path, data = known_wav
    monkeypatch.setattr("referat.recording.recorder.RecordingFile", FullDisk)
    _, result = _record(FileSource(path, realtime=False), tmp_path)
    assert result.reason == "disk full"
    assert "disk is full" in result.error and str(result.path) in result.error
    back, _ = sf.read(result.path, dtype="int16")
    assert len(back) == 32000 and np.array_equal(back, data[:32000])


def test_disk_full_on_a_real_small_filesystem(tmp_path, known_wav):
    path, data = known_wav
    mnt = tmp_path / "small"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)], capture_output=True).returncode:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        _, result = _record(FileSource(path, realtime=False), mnt, opts={"min_free_hours": 4.0})
        rec_path = result.path
        assert result.reason == "disk full" and "disk is full" in result.error
        back, _ = sf.read(rec_path, dtype="int16")
        assert 0 < len(back) < len(data) and np.array_equal(back, data[: len(back)])
    finally:
        subprocess.run(["umount", str(mnt)], check=True)


def test_low_disk_space_warns_at_start(tmp_path, known_wav, monkeypatch):
    path, _ = known_wav
    monkeypatch.setattr("referat.recording.recorder.hours_of_space", lambda folder, bps: 1.5)
    rec, _ = _record(FileSource(path, realtime=False), tmp_path)
    assert any("90 minutes" in w for w in rec.warnings)


def test_unwritable_output_folder_fails_before_recording(tmp_path, known_wav):
    path, _ = known_wav
    blocker = tmp_path / "file"
    blocker.write_text("x")
    rec = Recorder(FileSource(path, realtime=False), RecordOptions(output_dir=blocker / "out"))
    with pytest.raises(OutputError, match="Cannot create folder"):
        rec.start()


def test_marks_follow_the_agenda_and_use_recording_time(tmp_path, known_wav):
    path, _ = known_wav
    items = tuple(AgendaItem(n, f"Punkt {n}") for n in (1, 2, 5))
    rec = Recorder(FileSource(path, realtime=True), RecordOptions(output_dir=tmp_path), items=items)
    rec.start()
    assert rec.previous_item() is None  # nothing before the first item
    rec.next_item()
    rec.wait(0.5)
    rec.next_item()
    rec.mark_decision()
    rec.set_item(5)
    with pytest.raises(ValueError, match="no item 4"):
        rec.set_item(4)
    rec.next_item()  # stays at the last item: no duplicate mark
    rec.previous_item()
    result = rec.finish()
    marks = read_marks_file(result.marks_path).marks
    assert [(m.item, m.kind) for m in marks] == [(1, "item"), (2, "item"), (2, "decision"), (5, "item"), (2, "item")]
    times = [m.time for m in marks]
    assert times == sorted(times) and 0.2 < times[1] < 2.0 and times[-1] <= result.seconds


def test_pause_leaves_audio_out_of_the_file(tmp_path, known_wav):
    path, data = known_wav
    src = FileSource(path, realtime=True)
    rec = Recorder(src, RecordOptions(output_dir=tmp_path))
    rec.start()
    rec.wait(1.0)
    rec.toggle_pause()
    rec.wait(1.0)
    rec.toggle_pause()
    rec.wait(10)
    result = rec.finish()
    back, _ = sf.read(result.path, dtype="int16")
    assert 3.5 < len(back) / 16000 < 5.5
    # What was kept is the input with one gap cut out.
    head = np.flatnonzero(back[: len(data)] != data[: len(back)])
    cut = head[0]
    assert 0.5 * 16000 < cut < 1.8 * 16000
    tail = back[cut:]
    assert np.array_equal(tail, data[len(data) - len(tail):])


def test_live_transcript_is_fed_without_slowing_capture(tmp_path, known_wav):
    path, data = known_wav
    calls = []

    def slow_fake(audio):
        calls.append(len(audio))
        threading.Event().wait(0.3)
        return [(0.0, len(audio) / 16000, "hej")]

    live = LiveTranscriber(slow_fake, 16000, LiveOptions(speech_level=0.0001, max_window=1.0, max_backlog=2.0))
    _, result = _record(FileSource(path, realtime=False), tmp_path, live=live)
    back, _ = sf.read(result.path, dtype="int16")
    assert np.array_equal(back, data)  # every sample on disk although the worker lagged
    assert result.live_skipped > 0
    assert any(line.notice and "skipping" in line.text for line in live.lines)


class BrokenDevice(FileSource):
    def start(self, on_block, on_error, on_end):
        raise DeviceError("Could not open input device 'x': busy.")


def test_device_that_cannot_open_leaves_no_files(tmp_path, known_wav):
    path, _ = known_wav
    rec = Recorder(BrokenDevice(path), RecordOptions(output_dir=tmp_path / "o"),
                   live=LiveTranscriber(lambda a: [], 16000))
    with pytest.raises(DeviceError, match="busy"):
        rec.start()
    assert list((tmp_path / "o").iterdir()) == []


def test_audio_is_fsynced_about_every_second(tmp_path, known_wav, monkeypatch):
    path, _ = known_wav
    synced = []
    real_fsync = os.fsync

    def spy(fd):
        synced.append(time.monotonic())
        real_fsync(fd)

    rec = Recorder(FileSource(path, realtime=True), RecordOptions(output_dir=tmp_path))
    rec.start()
    monkeypatch.setattr("referat.recording.wavfile.os.fsync", spy)
    worst = 0.0
    while not rec.wait(0.05):
        worst = max(worst, (rec.file.frames - rec.file.synced_frames) / 16000)
    rec.finish()
    gaps = np.diff(synced)
    assert len(synced) >= 4 and gaps.max() < 1.5
    assert worst < 1.5  # never more than about a second of audio waiting for fsync
