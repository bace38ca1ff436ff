"""Timings for agenda import and rendering on the two seed referater.

Run from the repository root:
    PYTHONPATH=$PWD python bench/agenda_bench.py [--soffice]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from referat.agenda.toml_format import check_toml_text, dump_agenda_toml
from referat.agenda.importer import import_agenda
from referat.output.render import render_docx, render_html, render_markdown
from referat.types import Minutes

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def timed(fn, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--soffice", action="store_true", help="also time LibreOffice PDF conversion")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for seed in sorted(SEEDS.glob("*.txt")):
            meeting = import_agenda(seed).meeting
            text = dump_agenda_toml(meeting)
            minutes = Minutes(meeting)
            out = tmp / f"{seed.stem}.docx"
            rows = {
                "import (text)": timed(lambda: import_agenda(seed), 20),
                "dump TOML": timed(lambda: dump_agenda_toml(meeting), 20),
                "load TOML": timed(lambda: check_toml_text(text), 20),
                "render md": timed(lambda: render_markdown(minutes), 20),
                "render html": timed(lambda: render_html(minutes), 20),
                "render docx": timed(lambda: render_docx(minutes, out, overwrite=True), 5),
                "import (docx)": timed(lambda: import_agenda(out), 5),
            }
            if args.soffice and shutil.which("soffice"):
                env = dict(os.environ, HOME=str(tmp))
                cmd = ["soffice", f"-env:UserInstallation={(tmp / 'lo').as_uri()}", "--headless",
                       "--convert-to", "pdf", "--outdir", str(tmp), str(out)]
                rows["soffice pdf"] = timed(lambda: subprocess.run(cmd, capture_output=True, env=env, check=True), 1)
            print(f"{seed.name}: {len(meeting.items)} items, {sum(len(s.text) for i in meeting.items for s in i.sections)} chars")
            for name, ms in rows.items():
                print(f"  {name:<14} {ms:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
