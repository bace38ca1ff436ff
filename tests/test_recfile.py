import os
import stat

import numpy as np
import pytest
import soundfile as sf

from referat.errors import InputError, OutputError
from referat.recording.wavfile import (
    RecordingFile, find_interrupted, is_interrupted, new_recording_path, read_header, recover_folder,
)


def _pcm(n, seed=0):
    return np.random.default_rng(seed).integers(-20000, 20000, size=n, dtype=np.int16)


def test_finished_recording_is_a_normal_private_wav(tmp_path):
    path = new_recording_path(tmp_path)
    rec = RecordingFile(path, 16000, 1)
    data = _pcm(16000 * 2)
    rec.append(data[:10000].tobytes())
    rec.sync()
    rec.append(data[10000:].tobytes())
    rec.close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    back, rate = sf.read(path, dtype="int16")
    assert rate == 16000 and np.array_equal(back, data)
    assert not is_interrupted(path)


def test_names_carry_date_and_never_collide(tmp_path):
    import datetime as dt

    now = dt.datetime(2026, 11, 21, 19, 5, 7)
    first = new_recording_path(tmp_path, now)
    assert first.name == "referat-2026-11-21_190507.wav"
    RecordingFile(first, 16000, 1).close()
    second = new_recording_path(tmp_path, now)
    assert second.name == "referat-2026-11-21_190507-2.wav"
    with pytest.raises(OutputError, match="never overwrites"):
        RecordingFile(first, 16000, 1)


def test_interrupted_file_is_recovered_to_what_was_written(tmp_path):
    path = tmp_path / "cut.wav"
    rec = RecordingFile(path, 16000, 1)
    data = _pcm(12345)
    rec.append(data.tobytes())
    rec.sync()
    # Simulate a crash: the process never closes the file, and a torn half-frame lands.
    with open(path, "ab") as fh:
        fh.write(b"\x01")
    os.close(rec._fd)  # the kernel would do this on kill -9 (and drop the lock)
    assert is_interrupted(path)
    assert find_interrupted(tmp_path) == [path]
    done = recover_folder(tmp_path)
    assert [(p, round(s, 4)) for p, s in done] == [(path, round(12345 / 16000, 4))]
    back, _ = sf.read(path, dtype="int16")
    assert np.array_equal(back, data)
    assert find_interrupted(tmp_path) == []


def test_recording_in_progress_is_left_alone(tmp_path):
    rec = RecordingFile(tmp_path / "live.wav", 16000, 1)
    rec.append(_pcm(100).tobytes())
    assert recover_folder(tmp_path) == []
    assert is_interrupted(rec.path)
    rec.close()


def test_recover_rejects_non_folder_and_foreign_wav(tmp_path):
    with pytest.raises(InputError, match="not a folder"):
        recover_folder(tmp_path / "nope")
    other = tmp_path / "other.wav"
    sf.write(other, np.zeros(100, dtype=np.float32), 16000, subtype="FLOAT")
    with pytest.raises(InputError):
        read_header(other)
    assert recover_folder(tmp_path) == []


def test_unwritable_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="Cannot"):
        RecordingFile(blocker / "sub" / "a.wav", 16000, 1)
