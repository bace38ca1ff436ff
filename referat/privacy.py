"""Opt-outs for the telemetry of the native libraries referat loads.

Python-level socket blocking cannot see native code: ONNX Runtime (Silero VAD,
inside faster-whisper) looks up ``mobile.events.data.microsoft.com`` from C++
and keeps a device id under ``~/.cache/Microsoft`` unless
``ORT_DISABLE_TELEMETRY=1`` is set before it initialises. So the switches are
set when the ``referat`` package is imported, before any of those libraries,
in every referat process: the CLI, spawned batch workers, the live
transcriber's thread, cluster actors and the review server. Child processes
inherit them through the environment. They are forced, not defaulted: an
inherited ``=0`` must not switch telemetry back on. ``tests/test_offline.py``
proves the result under ``strace -f -e trace=connect``.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

# variable -> value, and whose telemetry or network access it switches off
OPT_OUTS: dict[str, str] = {
    "ORT_DISABLE_TELEMETRY": "1",  # ONNX Runtime >= 1.29 (Silero VAD)
    "HF_HUB_OFFLINE": "1",  # huggingface_hub (pyannote, faster-whisper): never reach the hub
    "HF_HUB_DISABLE_TELEMETRY": "1",  # huggingface_hub usage reports
    "PYANNOTE_METRICS_ENABLED": "0",  # pyannote.audio usage telemetry
    "RAY_USAGE_STATS_ENABLED": "0",  # Ray usage statistics (the cluster extra)
    "DO_NOT_TRACK": "1",  # the shared convention several other libraries honour
}


def apply(environ: MutableMapping[str, str] = os.environ) -> None:
    """Set every opt-out in ``environ`` (by default this process's environment)."""
    environ.update(OPT_OUTS)
