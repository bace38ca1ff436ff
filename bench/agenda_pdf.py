"""Import time for a byråd-sized agenda PDF (issue: agenda import; target under 10 s).

The PDF is made here, as the issue says: a catalogue agenda's text repeated
(item numbers shifted so that each copy adds new items, as a long agenda with
its bilag does) until LibreOffice sets it on ``--pages`` pages or more. The
row reports referat's whole import (reading the text layer, rebuilding the
layout, finding items, header and sections) and, side by side, the text
extraction alone of pypdf and pdfplumber (pdfminer) where installed: the
baseline readers the issue names.

Run from the repository root (needs LibreOffice):
    PYTHONPATH=$PWD .venv/bin/python bench/agenda_pdf.py --pages 300
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from referat.agenda import import_agenda
from referat.agenda.importer import parse_agenda_text

FORMATS = Path(__file__).resolve().parents[2] / "shared" / "formats"


def repeated(text: str, copies: int) -> tuple[str, int]:
    """The header once, then the items ``copies`` times with their numbers shifted; and the
    number of items that makes. Only item headings are renumbered, not lists in the bodies."""
    items = parse_agenda_text(text).items
    first = min(text.find(f"{item.number}. {item.title}") for item in items)
    header, body = text[:first], text[first:]
    count = max(i.number for i in items) - min(i.number for i in items) + 1
    parts = [header]
    for k in range(copies):
        copy = body
        for item in items:
            copy = re.sub(rf"^{item.number}\. (?={re.escape(item.title)})", f"{item.number + k * count}. ", copy,
                          flags=re.MULTILINE)
        parts.append(copy)
    return "\n".join(parts), copies * len(items)


def make_pdf(source: Path, pages: int, folder: Path) -> tuple[Path, int, int]:
    text = source.read_text(encoding="utf-8")
    copies = 8
    while True:
        txt = folder / "byraad.txt"
        long, items = repeated(text, copies)
        txt.write_text(long, encoding="utf-8")
        subprocess.run(["libreoffice", "--headless", "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", "pdf",
                        "--outdir", str(folder), str(txt)], check=True, capture_output=True, timeout=600,
                       env={"HOME": str(folder), "PATH": "/usr/bin:/bin"})
        pdf = folder / "byraad.pdf"
        got = page_count(pdf)
        if got >= pages:
            return pdf, got, items
        copies = int(copies * pages / got) + 1


def page_count(pdf: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def best_of(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def baselines(pdf: Path) -> dict[str, object]:
    readers: dict[str, object] = {}
    try:
        import pypdf

        readers["pypdf extract_text (text only)"] = lambda: [p.extract_text() for p in pypdf.PdfReader(pdf).pages]
    except ImportError:
        pass
    try:
        import pdfplumber

        def plumber() -> None:
            with pdfplumber.open(pdf) as document:
                [p.extract_text() for p in document.pages]

        readers["pdfplumber extract_text (text only)"] = plumber
    except ImportError:
        pass
    return readers


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--source", type=Path, default=FORMATS / "mariagerfjord-2019-06-27.txt")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pdf, pages, items = make_pdf(args.source, args.pages, Path(tmp))
        result = import_agenda(pdf)
        print(f"{pdf.name}: {pages} pages, {pdf.stat().st_size / 1e6:.1f} MB, {len(result.meeting.items)} items "
              f"found of {items} written, forum {result.meeting.forum!r}, {len(result.warnings)} warnings")
        if len(result.meeting.items) != items:
            print("the import lost or invented items: the timing below is not of a correct import")
        best, median = best_of(lambda: import_agenda(pdf), args.repeat)
        print(f"| referat import_agenda (whole import) | {best:.2f} s | {median:.2f} s |")
        for name, fn in baselines(pdf).items():
            b_best, b_median = best_of(fn, 1)
            print(f"| {name} | {b_best:.2f} s | {b_median:.2f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
