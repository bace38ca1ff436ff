#!/usr/bin/env bash
# Installs what referat needs on a Debian/Ubuntu machine, idempotently:
# system packages (apt) and a Python virtual environment in .venv.
#
#   scripts/setup.sh         what running referat needs
#   scripts/setup.sh --dev   plus what the tests and benchmarks need
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

DEV=0
[ "${1:-}" = "--dev" ] && DEV=1

# libportaudio2: microphone capture; libsndfile1: FLAC/WAV writing.
APT_PACKAGES=(libportaudio2 libsndfile1)
# Tests make their own speech (espeak-ng, sox), drive the live screen (tmux)
# and check that Word output converts to PDF (LibreOffice).
[ "$DEV" = 1 ] && APT_PACKAGES+=(espeak-ng sox libsox-fmt-all tmux libreoffice-writer-nogui)

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
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv

# Reinstall only when the project's requirements change.
stamp=".venv/.installed-$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -c1-16)-dev$DEV"
if [ ! -f "$stamp" ]; then
    echo "referat setup: installing Python packages into .venv (first run takes a few minutes)"
    .venv/bin/python -m pip install -q --upgrade pip 2>/dev/null || true
    # A CPU build of torch is enough for the embedded speaker encoder; where this
    # machine has that file on disk pip takes it instead of a multi-GB CUDA build.
    .venv/bin/python -m pip install -q "${REFERAT_TORCH:-torch==2.13.0}" 2>&1 | grep -v "^WARNING: Location" || true
    extras=""
    [ "$DEV" = 1 ] && extras="[dev]"
    .venv/bin/python -m pip install -q -e ".$extras" 2>&1 | grep -v "^WARNING: Location" || true
    # resemblyzer lists the ancient 'typing' backport, which breaks Python 3.11.
    .venv/bin/python -m pip uninstall -q -y typing >/dev/null 2>&1 || true
    .venv/bin/python -c "import referat.cli, faster_whisper, resemblyzer" 2>/dev/null \
        || { echo "referat setup: the Python install failed; see the messages above." >&2; exit 1; }
    rm -f .venv/.installed-*
    touch "$stamp"
fi
