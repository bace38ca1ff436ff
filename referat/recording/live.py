"""Live transcript: a background worker transcribing the newest audio.

The writer thread ``feed``s every captured block; feeding only appends to a
bounded buffer, so capture is never slowed. The worker cuts the buffer at
pauses (a simple energy VAD: short windows end where the speaker breathes),
skips windows without speech, and transcribes the rest with a short-input
greedy decoder (asr/short_window.py) on one core, at a lower priority than
capture. If it falls more than ``max_backlog`` seconds behind, it drops the
oldest audio, jumps to the newest and says so ("springer 12 s over"). The full
recording is transcribed properly after the meeting; this is only for the
screen.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from referat.i18n import N_, _
from referat.portable import lower_thread_priority

log = logging.getLogger(__name__)

ASR_RATE = 16000
LAST_PIECE_SECONDS = 120.0  # the longest one live window can take to decode on a slow machine
WORKER_NAME = "live-transcript"
MIN_WINDOW = 0.5  # seconds; the transcriber refuses shorter audio
SKIP_NOTICE = N_("[the live transcript is behind: skipping {s:.0f} s]")
# Returns (start, end, text) with times relative to the given 16 kHz float32 audio.
TranscribeFn = Callable[[np.ndarray], Sequence[tuple[float, float, str]]]


@dataclass(frozen=True)
class LiveOptions:
    min_window: float = 1.0  # never transcribe less audio than this
    max_window: float = 5.0  # cut here even without a pause
    # When behind, take up to this much per call (the cost per call is nearly fixed). Longer windows
    # catch up in fewer calls but show their first words late: 20 s gave p95 lag 12 s, 8 s gave 3.7 s.
    catchup_window: float = 8.0
    pause: float = 0.25  # this much quiet ends a phrase
    # More untranscribed audio than this: skip ahead. A call takes ~0.2 s, so only a machine
    # busy for many seconds gets here; showing 12 s old text is already of little use.
    max_backlog: float = 12.0
    speech_level: float = 0.004  # RMS below this is never speech (about -48 dBFS)
    min_speech: float = 0.2  # a window needs this much loud audio to be transcribed
    keep_lines: int = 200
    frame: float = 0.03
    nice: int = 10  # the worker's priority below capture's (Linux; 0 = unchanged)
    warm_up: bool = False  # load the model on start, before any audio arrives


@dataclass(frozen=True)
class LiveLine:
    start: float  # seconds from the recording start
    end: float
    text: str
    shown_at: float  # recording position when the line appeared
    notice: bool = False  # a message about the live transcript itself

    @property
    def lag(self) -> float:
        return self.shown_at - self.end


def frame_rms(audio: np.ndarray, frame: int) -> np.ndarray:
    n = len(audio) // frame
    if n == 0:
        return np.zeros(0, dtype=np.float32)
    frames = audio[: n * frame].reshape(n, frame)
    return np.sqrt(np.mean(frames * frames, axis=1))


def find_cut(rms: np.ndarray, threshold: float, min_frames: int, max_frames: int, pause_frames: int) -> int | None:
    """Frame index to cut at: the end of the last pause, or ``max_frames``; None = wait for more."""
    quiet = rms < threshold
    upto = min(len(rms), max_frames)
    run = 0
    best = None
    for i in range(upto):
        run = run + 1 if quiet[i] else 0
        if run >= pause_frames and i + 1 >= min_frames:
            best = i + 1 - run // 2  # the middle of the pause keeps word edges intact
    if best is not None:
        return best
    if len(rms) >= max_frames:
        # No pause: cut at the quietest frame of the last second before the limit.
        lo = max(min_frames, max_frames - max(1, max_frames // 5))
        return lo + int(np.argmin(rms[lo:max_frames])) if max_frames > lo else max_frames
    return None


class LiveTranscriber:
    def __init__(self, transcribe: TranscribeFn, rate: int, options: LiveOptions = LiveOptions()):
        self.transcribe = transcribe
        self.rate = rate
        self.options = options
        self.lines: deque[LiveLine] = deque(maxlen=options.keep_lines)
        self.skipped_seconds = 0.0
        self.windows = 0  # windows transcribed
        self.call_seconds: deque[float] = deque(maxlen=1000)  # wall time per transcribe call
        self.emitted = 0  # lines emitted in total (``lines`` keeps only the last ones)
        self.failed: str | None = None
        self._cond = threading.Condition()
        self._pending: list[np.ndarray] = []
        self._pending_frames = 0
        self._pending_start = 0  # recording frame index of the first pending sample
        self._fed = 0  # frames fed in total
        self._floor = 0.0  # running noise floor estimate
        self._stop = False
        self._drain = False
        self._thread: threading.Thread | None = None
        self.ready = threading.Event()  # set once the worker can transcribe
        self.skipped_at: float | None = None  # recording position of the last skip
        self.on_line: Callable[[LiveLine], None] | None = None

    # -- called from the writer thread: cheap, never blocks for long -------

    def feed(self, block: np.ndarray) -> None:
        mono = block.astype(np.float32).reshape(len(block), -1).mean(axis=1) / 32768.0
        with self._cond:
            self._pending.append(mono)
            self._pending_frames += len(mono)
            self._fed += len(mono)
            limit = int(self.options.max_backlog * self.rate)
            if self._pending_frames > limit:
                self._skip_to_newest()
            self._cond.notify()

    def position(self) -> float:
        return self._fed / self.rate

    def _skip_to_newest(self) -> None:
        keep = int(self.options.max_window * self.rate)
        audio = np.concatenate(self._pending)
        dropped = len(audio) - keep
        self._pending = [audio[dropped:]]
        self._pending_frames = keep
        self._pending_start += dropped
        self.skipped_seconds += dropped / self.rate
        self.skipped_at = self.position()
        self._emit(LiveLine(
            self._pending_start / self.rate, self._pending_start / self.rate,
            _(SKIP_NOTICE).format(s=dropped / self.rate), self.position(), notice=True,
        ))

    def _emit(self, line: LiveLine) -> None:
        self.lines.append(line)
        self.emitted += 1
        if self.on_line is not None:
            self.on_line(line)

    # -- worker -------------------------------------------------------------

    def start(self) -> None:
        """Start the worker (again a no-op); ``ready`` is set when it can transcribe."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name=WORKER_NAME, daemon=True)
        self._thread.start()

    def stop(self, drain: bool = False, timeout: float = 30.0) -> None:
        """Stop the worker; ``drain`` transcribes what is still pending first."""
        with self._cond:
            self._stop = True
            self._drain = drain
            self._cond.notify()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                # Inside a model call, which cannot be interrupted: leaving now would tear the
                # model down under it and abort the process ("terminate called …").
                log.info("the live transcript is finishing its last piece")
                self._thread.join(LAST_PIECE_SECONDS)

    def _next_window(self) -> tuple[np.ndarray, int, float] | None:
        """Wait for a window to transcribe; returns (audio, start frame, threshold)."""
        opts = self.options
        f = int(opts.frame * self.rate)
        with self._cond:
            while True:
                if self._stop and not (self._drain and self._pending_frames >= f):
                    return None
                if self._pending_frames >= opts.min_window * self.rate or (self._stop and self._drain):
                    audio = np.concatenate(self._pending) if len(self._pending) > 1 else self._pending[0]
                    self._pending = [audio]
                    rms = frame_rms(audio, f)
                    threshold = self._threshold()
                    # Whisper pads every call to 30 s, so when behind, fewer longer calls catch up.
                    longest = max(opts.max_window, min(len(audio) / self.rate, opts.catchup_window))
                    cut = find_cut(rms, threshold, int(opts.min_window / opts.frame),
                                   int(longest / opts.frame), max(1, int(opts.pause / opts.frame)))
                    if cut is None and self._stop:
                        cut = len(rms)  # draining: the rest, whatever its length
                    if cut:
                        n = cut * f
                        start = self._pending_start
                        window, rest = audio[:n], audio[n:]
                        self._pending = [rest] if len(rest) else []
                        self._pending_frames = len(rest)
                        self._pending_start += n
                        self._learn_floor(rms[:cut])
                        return window, start, threshold
                self._cond.wait(timeout=0.5)

    def _threshold(self) -> float:
        return max(self.options.speech_level, 3.0 * self._floor)

    def _learn_floor(self, rms: np.ndarray) -> None:
        """Track the room's noise: follow quiet windows down at once, rise only slowly."""
        if len(rms):
            low = float(np.percentile(rms, 10))
            self._floor = min(low, max(self._floor, self.options.speech_level / 3) * 1.05)

    def _run(self) -> None:
        opts = self.options
        f = int(opts.frame * self.rate)
        # Before the model loads: its threads are made by this one and inherit the lower priority.
        lower_thread_priority(opts.nice)
        if opts.warm_up and self._call(np.zeros(ASR_RATE, dtype=np.float32), 0) is None:
            return
        self.ready.set()
        while True:
            got = self._next_window()
            if got is None:
                return
            window, start, threshold = got
            loud_frames = np.flatnonzero(frame_rms(window, f) >= threshold)
            if len(loud_frames) * opts.frame < opts.min_speech or len(window) < MIN_WINDOW * self.rate:
                continue  # silence (or a scrap): nothing to say, save the CPU
            began = time.monotonic()
            pieces = self._call(_to_asr_rate(window, self.rate), start)
            if pieces is None:
                return
            self.windows += 1
            self.call_seconds.append(time.monotonic() - began)
            t0 = start / self.rate
            # A line's speech ends at the window's last loud frame, not at the quiet cut after it.
            speech_end = (int(loud_frames[-1]) + 1) * f / self.rate if len(loud_frames) else len(window) / self.rate
            for s, e, text in pieces:
                if text.strip():
                    self._emit(LiveLine(t0 + s, t0 + min(e, speech_end), text.strip(), self.position()))

    def _call(self, audio: np.ndarray, start: int) -> Sequence[tuple[float, float, str]] | None:
        """The transcriber's answer, or None when it failed (said on screen; the worker stops)."""
        try:
            return self.transcribe(audio)
        except Exception as exc:  # the live view must never take the recording down
            log.exception("live transcription failed")
            self.failed = str(exc)
            notice = _("[live transcript stopped: {reason}]").format(reason=exc)
            self._emit(LiveLine(start / self.rate, start / self.rate, notice, self.position(), notice=True))
            self.ready.set()  # nobody waits for a worker that has given up
            return None


def _to_asr_rate(audio: np.ndarray, rate: int) -> np.ndarray:
    if rate == ASR_RATE:
        return audio.astype(np.float32, copy=False)
    from math import gcd

    from scipy.signal import resample_poly

    g = gcd(rate, ASR_RATE)
    return resample_poly(audio, ASR_RATE // g, rate // g).astype(np.float32)


def asr_transcribe_fn(model: str | None = None, language: str = "da", cpu_threads: int = 1) -> TranscribeFn:
    """The real transcriber, loaded on its first call (in the worker, at the worker's priority).

    One thread: two made a call only 8 % faster on two cores, and with the other core busy
    (Teams, Word…) the second thread waits for it and the call takes several times longer."""
    decoder = None

    def transcribe(audio: np.ndarray) -> list[tuple[float, float, str]]:
        nonlocal decoder
        if decoder is None:
            from referat.asr.short_window import ShortWindowDecoder

            decoder = ShortWindowDecoder(model, language, cpu_threads=cpu_threads)
        said = decoder.decode(audio)
        return [(0.0, len(audio) / ASR_RATE, said.text)] if said.is_speech else []

    return transcribe
