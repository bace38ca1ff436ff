#!/usr/bin/env bash
# Sets up everything the tests need (scripts/setup.sh --dev), then runs them.
# Extra arguments go to pytest, e.g. scripts/test.sh -k agenda
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
scripts/setup.sh --dev
exec .venv/bin/python -m pytest "$@"
