#!/usr/bin/env bash
# The wheel works on its own: build it, install it into a new virtual
# environment that is not editable and cannot see this checkout, and turn the
# sample meeting into a referat .docx with `referat demo` from there.
# scripts/test.sh runs this; it needs .venv (scripts/setup.sh --dev).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/referat-wheel.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "referat wheel check: building the wheel"
# setuptools' deprecation notices go to a log, shown only if the build fails.
.venv/bin/python -m pip wheel -q --no-deps --no-build-isolation -w "$WORK/dist" . > "$WORK/build.log" 2>&1 \
    || { cat "$WORK/build.log" >&2; exit 1; }
WHEEL=$(ls "$WORK"/dist/referat-*.whl)
PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
"$PYTHON" -m venv "$WORK/venv"
echo "referat wheel check: installing $(basename "$WHEEL") into a fresh venv"
# The CPU build of torch, as scripts/setup.sh takes it; the rest as any user gets it.
"$WORK/venv/bin/python" -m pip install -q "${REFERAT_TORCH:-torch==2.13.0}" "$WHEEL" 2>&1 \
    | grep -v "^WARNING: Location" || true

# The base install stays free of the optional extras (Ray comes with [cluster] only).
if "$WORK/venv/bin/python" -c "import importlib.util as u, sys; sys.exit(0 if u.find_spec('ray') else 1)"; then
    echo "referat wheel check: the base install pulled in Ray; it belongs to the [cluster] extra" >&2
    exit 1
fi

cd "$WORK"  # away from the checkout: nothing may be found there
export REFERAT_DATA_DIR="$WORK/data" REFERAT_CONFIG="$WORK/config.toml" PYANNOTE_METRICS_ENABLED=0 HF_HUB_OFFLINE=1
installed=$("$WORK/venv/bin/python" -c "import referat, pathlib; print(pathlib.Path(referat.__file__).parent)")
case "$installed" in
    "$WORK"/venv/*) ;;
    *) echo "referat wheel check: referat was imported from $installed, not from the wheel" >&2; exit 1 ;;
esac
before=$(find "$installed" -type f ! -name "*.pyc" | sort)
"$WORK/venv/bin/referat" demo --output-dir "$WORK/out"
after=$(find "$installed" -type f ! -name "*.pyc" | sort)
if [ "$before" != "$after" ]; then  # root ignores permissions, so compare instead of making it read-only
    echo "referat wheel check: the demo wrote into the installed package:" >&2
    diff <(echo "$before") <(echo "$after") >&2 || true
    exit 1
fi
# The Danish catalogue ships in the wheel: the installed referat speaks Danish by locale.
help=$(LANG=da_DK.UTF-8 "$WORK/venv/bin/referat" --help)
case "$help" in
    *"Vis denne hjælp"*) ;;
    *) echo "referat wheel check: the installed referat does not speak Danish (catalogue missing?)" >&2; exit 1 ;;
esac
"$WORK/venv/bin/python" - "$WORK/out/demo-referat.docx" <<'PY'
import sys

import docx

text = "\n".join(p.text for p in docx.Document(sys.argv[1]).paragraphs)
for wanted in ("Punkt 1", "Beslutning"):
    if wanted not in text:
        sys.exit(f"referat wheel check: the demo referat lacks {wanted!r}")
print(f"referat wheel check: {sys.argv[1]} written from the installed wheel ({len(text)} characters)")
PY
