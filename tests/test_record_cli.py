"""`referat record`, `devices` and `recover` end to end, in subprocesses.

A real PortAudio stream comes from ALSA's file plugin (a test-local .asoundrc,
HOME pointed at tmp_path): it plays a known raw file into the capture device.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from click.testing import CliRunner

from referat.cli import main
from referat.recording.wavfile import find_interrupted

ROOT = Path(__file__).resolve().parents[1]


def _env(home: Path | None = None) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if home is not None:
        env["HOME"] = str(home)
    return env


def _referat(*args, home=None, **kw):
    return subprocess.run([sys.executable, "-m", "referat", *map(str, args)], env=_env(home),
                          capture_output=True, text=True, timeout=120, **kw)


@pytest.fixture
def known_audio(tmp_path):
    rng = np.random.default_rng(7)
    data = rng.integers(-15000, 15000, size=16000 * 8, dtype=np.int16)
    wav = tmp_path / "known.wav"
    sf.write(wav, data, 16000, subtype="PCM_16")
    return wav, data


@pytest.fixture
def alsa_home(tmp_path, known_audio):
    """A HOME whose .asoundrc turns a raw file into the default capture device."""
    _, data = known_audio
    raw = tmp_path / "input.raw"
    data.astype("<i2").tofile(raw)
    home = tmp_path / "home"
    home.mkdir()
    (home / ".asoundrc").write_text(
        'pcm.!default { type plug slave.pcm "filein" }\n'
        f'pcm.filein {{ type file slave.pcm "null" file "/dev/null" infile "{raw}" format "raw" }}\n'
    )
    return home


def _the_wav(folder: Path) -> Path:
    wavs = sorted(folder.glob("*.wav"))
    assert len(wavs) == 1, wavs
    return wavs[0]


def test_devices_lists_the_alsa_capture_device(alsa_home):
    done = _referat("devices", home=alsa_home)
    assert done.returncode == 0, done.stderr
    assert "filein" in done.stdout and "channels" in done.stdout


def test_record_from_a_real_portaudio_stream_is_sample_exact(tmp_path, alsa_home, known_audio):
    _, data = known_audio
    out = tmp_path / "out"
    done = _referat("record", "--device", "filein", "--duration", 3, "--no-process", "--no-live",
                    "--output-dir", out, home=alsa_home)
    assert done.returncode == 0, done.stderr
    wav = _the_wav(out)
    back, rate = sf.read(wav, dtype="int16")
    assert rate == 16000 and np.array_equal(back, data[: 3 * 16000])
    assert oct(wav.stat().st_mode & 0o777) == "0o600"
    assert "Saved" in done.stdout and "referat transcribe" in done.stdout


def test_no_input_device_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr("referat.recording.capture.list_input_devices", lambda: [])
    for args in (["devices"], ["record", "--output-dir", str(tmp_path / "o"), "--no-live"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1
        assert "No audio input device found" in result.output
    assert not list((tmp_path / "o").glob("*.wav"))


def test_no_input_device_through_real_portaudio(tmp_path):
    home = tmp_path / "empty-home"  # no .asoundrc: on a machine without a sound card, no capture device
    home.mkdir()
    done = _referat("devices", home=home)
    if done.returncode == 0:
        pytest.skip("this machine has a real input device")
    assert "No audio input device found" in done.stderr
    done = _referat("record", "--no-live", "--output-dir", tmp_path / "o", home=home)
    assert done.returncode == 1 and "No audio input device found" in done.stderr
    assert not list((tmp_path / "o").glob("*.wav"))


def test_unknown_device_name_or_number(alsa_home, tmp_path):
    for spec in ("nosuchmic", "99"):
        done = _referat("record", "--device", spec, "--no-live", "--output-dir", tmp_path / "o", home=alsa_home)
        assert done.returncode == 1 and "referat devices" in done.stderr
    assert not list((tmp_path / "o").glob("*.wav"))


def test_bad_agenda_refuses_before_recording(tmp_path, known_audio):
    wav, _ = known_audio
    bad = tmp_path / "dagsorden.toml"
    bad.write_text('forum = "Udvalg\n[[items]\n')
    out = tmp_path / "o"
    result = CliRunner().invoke(main, ["record", "--agenda", str(bad), "--simulate", str(wav),
                                       "--output-dir", str(out), "--no-live", "--no-process"])
    assert result.exit_code == 1
    assert "dagsorden.toml" in result.output
    assert not out.exists() or not list(out.iterdir())


def test_unwritable_output_folder(tmp_path, known_audio):
    wav, _ = known_audio
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(main, ["record", "--simulate", str(wav), "--output-dir", str(blocker / "o"),
                                       "--no-live", "--no-process"])
    assert result.exit_code == 1 and "Cannot create folder" in result.output


def _wait_for_audio(folder: Path, seconds: float, proc, timeout=30.0) -> Path:
    t = time.monotonic()
    while time.monotonic() - t < timeout:
        wavs = list(folder.glob("*.wav"))
        if wavs and wavs[0].stat().st_size >= 44 + seconds * 32000:
            return wavs[0]
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    raise AssertionError("recording did not grow")


def _start(out, wav, *extra):
    return subprocess.Popen([sys.executable, "-m", "referat", "record", "--simulate", str(wav), "--no-live",
                             "--no-process", "--output-dir", str(out), *extra],
                            env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("target", ["folder", "file"])
def test_sigkill_then_recover_keeps_everything_flushed(tmp_path, known_audio, target):
    wav, data = known_audio
    out = tmp_path / "out"
    proc = _start(out, wav)
    path = _wait_for_audio(out, 2.5, proc)
    on_disk = (path.stat().st_size - 44) // 2  # at least this much was written before the kill
    proc.kill()
    proc.wait()
    assert find_interrupted(out) == [path]
    done = _referat("recover", out if target == "folder" else path)
    assert done.returncode == 0 and f"Recovered {path}" in done.stdout
    back, rate = sf.read(path, dtype="int16")
    assert rate == 16000 and len(back) >= on_disk
    assert np.array_equal(back, data[: len(back)])
    assert find_interrupted(out) == []


def test_next_start_recovers_automatically(tmp_path, known_audio):
    wav, data = known_audio
    out = tmp_path / "out"
    proc = _start(out, wav)
    path = _wait_for_audio(out, 1.0, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = _referat("record", "--simulate", wav, "--duration", 0.5, "--no-live", "--no-process", "--output-dir", out)
    assert done.returncode == 0, done.stderr
    assert f"Recovered an interrupted recording: {path}" in done.stdout
    back, _ = sf.read(path, dtype="int16")
    assert np.array_equal(back, data[: len(back)]) and len(back) >= 16000
    assert len(list(out.glob("*.wav"))) == 2  # the new recording did not replace the old


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signals_stop_cleanly_and_finalise(tmp_path, known_audio, sig):
    wav, data = known_audio
    out = tmp_path / "out"
    proc = _start(out, wav)
    path = _wait_for_audio(out, 1.5, proc)
    proc.send_signal(sig)
    stdout, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 0, stderr
    assert "Saved" in stdout
    assert find_interrupted(out) == []
    back, _ = sf.read(path, dtype="int16")
    assert len(back) >= 1.5 * 16000 and np.array_equal(back, data[: len(back)])


@pytest.mark.slow
def test_at_stop_the_recording_is_transcribed(tmp_path, nst_dir):
    out = tmp_path / "out"
    done = _referat("record", "--simulate", nst_dir / "u0042009.wav", "--no-live", "--output-dir", out)
    assert done.returncode == 0, done.stderr
    wav = _the_wav(out)
    text = wav.with_suffix(".txt").read_text(encoding="utf-8").lower()
    assert "kaffe" in text
    assert "Making the referat draft" in done.stdout


@pytest.mark.parametrize("with_agenda", [True, False])
def test_processing_passes_agenda_and_marks_to_transcribe(tmp_path, monkeypatch, with_agenda):
    from rich.console import Console

    from referat.commands import record as rec_cmd
    from referat.errors import ReferatError

    wav = tmp_path / "m.wav"
    (tmp_path / "m.marks.json").write_text("{}")
    calls = []
    monkeypatch.setattr(rec_cmd.subprocess, "run", lambda args: calls.append(args) or subprocess.CompletedProcess(args, 0))
    console = Console(record=True, width=200)
    rec_cmd.process_recording(wav, tmp_path / "a.toml" if with_agenda else None, None, "da", console)
    args = calls[0][3:]
    assert args[:2] == ["transcribe", str(wav)]
    if with_agenda:
        assert args[args.index("--agenda") + 1] == str(tmp_path / "a.toml")
        assert args[args.index("-o") + 1] == str(tmp_path / "m.docx")
        assert args[args.index("--marks") + 1] == str(tmp_path / "m.marks.json")
    else:
        assert "--agenda" not in args and args[args.index("--output-dir") + 1] == str(tmp_path)
    monkeypatch.setattr(rec_cmd.subprocess, "run", lambda args: subprocess.CompletedProcess(args, 1))
    with pytest.raises(ReferatError, match="recording is safe"):
        rec_cmd.process_recording(wav, None, None, "da", console)


DEVICE_VANISHES = """
import sys, time
from pathlib import Path
from referat.recording.capture import DeviceSource, resolve_device
from referat.recording.recorder import Recorder, RecordOptions
src = DeviceSource(resolve_device("filein"))
rec = Recorder(src, RecordOptions(output_dir=Path(sys.argv[1])))
rec.start()
time.sleep(0.05)  # this ALSA device is not paced: keep the file small
src._stream.abort()  # PortAudio ends the stream under us, as when a USB device is pulled
rec.wait(10)
result = rec.finish()
print(result.reason, "|", result.error, "|", result.seconds > 0)
"""


def test_real_portaudio_stream_ending_unexpectedly_stops_the_recording(tmp_path, alsa_home):
    done = subprocess.run([sys.executable, "-c", DEVICE_VANISHES, str(tmp_path / "o")], env=_env(alsa_home),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    reason, error, has_audio = done.stdout.strip().split(" | ")
    assert reason == "device lost" and "stopped delivering audio" in error and has_audio == "True"
    wav = _the_wav(tmp_path / "o")
    assert not find_interrupted(tmp_path / "o") and sf.info(wav).frames > 0
