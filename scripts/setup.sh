#!/usr/bin/env bash
# Installs what referat needs on a Debian/Ubuntu machine, idempotently:
# system packages (apt) and a Python virtual environment in .venv.
#
#   scripts/setup.sh              what running referat needs (.venv)
#   scripts/setup.sh --dev        plus what the tests and benchmarks need (.venv),
#                                 the Ray cluster extra included
#   scripts/setup.sh --pyannote   a second environment, .venv-pyannote, with the
#                                 optional pyannote.audio backend and the test tools
#                                 (pyannote needs torch 2.9.1 with a matching
#                                 torchaudio: a CUDA build of several GB)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

MODE=${1:-}
DEV=0
VENV=.venv
EXTRAS=""
TORCH=${REFERAT_TORCH:-torch==2.13.0}
case "$MODE" in
    "") ;;
    --dev) DEV=1; EXTRAS="[dev,cluster]" ;;
    --pyannote) DEV=1; VENV=.venv-pyannote; EXTRAS="[dev,pyannote]"; TORCH="torch==2.9.1" ;;
    *) echo "usage: scripts/setup.sh [--dev|--pyannote]" >&2; exit 2 ;;
esac

# libportaudio2: microphone capture; libsndfile1: FLAC/WAV writing.
APT_PACKAGES=(libportaudio2 libsndfile1)
# Tests make their own speech (espeak-ng, sox), drive the live screen (tmux),
# check that Word output converts to PDF (LibreOffice), prove under strace
# that no process opens a network connection, drive the review page in
# Debian's Chromium (never a downloaded browser), and record from a real,
# real-time capture device (PulseAudio's null sink, through ALSA's pulse plugin), and
# check the Danish catalogue with GNU gettext's msgfmt --check.
[ "$DEV" = 1 ] && APT_PACKAGES+=(espeak-ng sox libsox-fmt-all tmux libreoffice-writer-nogui strace gettext
                                 chromium chromium-driver pulseaudio pulseaudio-utils libasound2-plugins)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "referat setup: installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"

# Reinstall only when the project's requirements change.
stamp="$VENV/.installed-$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -c1-16)$MODE"
if [ ! -f "$stamp" ]; then
    echo "referat setup: installing Python packages into $VENV (first run takes a few minutes)"
    "$VENV/bin/python" -m pip install -q --upgrade pip 2>/dev/null || true
    # A CPU build of torch is enough for the embedded speaker encoder; where this
    # machine has that file on disk pip takes it instead of a multi-GB CUDA build.
    "$VENV/bin/python" -m pip install -q "$TORCH" 2>&1 | grep -v "^WARNING: Location" || true
    "$VENV/bin/python" -m pip install -q -e ".$EXTRAS" 2>&1 | grep -v "^WARNING: Location" || true
    # resemblyzer lists the ancient 'typing' backport, which breaks Python 3.11.
    "$VENV/bin/python" -m pip uninstall -q -y typing >/dev/null 2>&1 || true
    check="import referat.cli, faster_whisper, resemblyzer"
    [ "$MODE" = --pyannote ] && check="$check, pyannote.audio"
    PYANNOTE_METRICS_ENABLED=0 "$VENV/bin/python" -c "$check" >/dev/null 2>&1 \
        || { echo "referat setup: the Python install into $VENV failed; see the messages above." >&2; exit 1; }
    rm -f "$VENV"/.installed-*
    touch "$stamp"
fi
