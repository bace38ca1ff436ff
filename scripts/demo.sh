#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh), then turns the sample meeting into a
# draft referat. Each run writes into a fresh folder, so nothing is overwritten:
#
#   out/demo-YYYYmmdd-HHMMSS/demo-referat.docx           the referat (draft Beslutning per item)
#   out/demo-YYYYmmdd-HHMMSS/demo-referat-udskrift.docx  each item's discussion, by speaker and time
#   out/demo-YYYYmmdd-HHMMSS/demo-referat.json           everything needed for `referat render`
#
# The sample meeting is synthetic speech (espeak-ng) in English, because the
# embedded model cannot understand espeak's Danish voice; hence --language en.
# The agenda and the referat are Danish. See docs/minutes.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
scripts/setup.sh
OUT="out/demo-$(date +%Y%m%d-%H%M%S)"
.venv/bin/referat transcribe samples/demo-meeting.flac \
    --agenda samples/demo-agenda.toml \
    --language en \
    -o "$OUT/demo-referat.docx"
echo
echo "Done. Open $OUT/demo-referat.docx (and demo-referat-udskrift.docx beside it)."
