"""PDF agendas, read with PDFium (pypdfium2): the text layer in reading order.

A PDF keeps no lines or paragraphs, only positioned text. The layout is rebuilt
from the positions so that the importer sees what a text export would give:

- a line that runs into the right margin and continues at the same indentation
  on the next line was wrapped by the layout: the two are one line again;
- a gap wider than the line spacing is a blank line (a new paragraph);
- indentation becomes leading spaces (lists inside items are indented);
- every page starts with a form feed, so running headers and page numbers can
  be told from the text (``referat.agenda.lines``).

PDFium reads a 400-page agenda in about a second (pdfminer-based readers took
40 s; bench/agenda_bench.py). A PDF without a text layer (a scan) is refused
with a message saying so.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from pathlib import Path

from referat.agenda.lines import Line
from referat.agenda.source import normalise, read_bytes
from referat.errors import InputError
from referat.i18n import N_, _

_STARTS_POINT = re.compile(r"^\s*(?:\d{1,3}\s*[.)]|[•·▪\-–]\s|(?:punkt|pkt\.?|sag nr\.?)\s*\d)", re.IGNORECASE)
SCANNED = N_("{path} has no text layer: it is a scanned image. referat cannot read scans. Ask for the agenda as "
           "Word or as a PDF made from the agenda system, or run it through text recognition (OCR) first.")


@dataclass(frozen=True)
class _Run:
    """One line of text on a page, with its box (points; top grows downwards)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float


def read_pdf_lines(path: Path) -> list[Line]:
    import pypdfium2

    path = Path(path)
    data = read_bytes(path)
    if not data.startswith(b"%PDF"):
        raise InputError(_("{path} is not a PDF (it does not start like one). Check the file, or give the agenda "
                           "as .docx or .txt.").format(path=path))
    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).casefold():
            raise InputError(_("{path} is protected by a password. Save an unprotected copy and import that.").format(
                                 path=path)) from exc
        raise InputError(_("{path} is a damaged PDF ({exc}). Save it again from the agenda system, or give it as "
                           ".docx.").format(path=path, exc=exc)) from exc
    try:
        pages = [_page_lines(pdf[i]) for i in range(len(pdf))]
        width = max((pdf[i].get_width() for i in range(len(pdf))), default=0.0)
    finally:
        pdf.close()
    every = [run for page in pages for run in page]
    if not every:
        raise InputError(_(SCANNED).format(path=path))
    return _layout(pages, every, width)


def _page_lines(page: object) -> list[_Run]:
    """The page's text runs, joined into lines (a bold word is a run of its own)."""
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    height = page.get_height()  # type: ignore[attr-defined]
    runs = []
    for k in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(k)
        text = textpage.get_text_bounded(left, bottom, right, top).replace("\r", "").replace("\n", " ")
        if text.strip():
            runs.append(_Run(text, left, right, height - top, height - bottom))
    lines: list[list[_Run]] = []
    for run in sorted(runs, key=lambda r: (r.top, r.x0)):
        if lines and _same_line(lines[-1], run):
            lines[-1].append(run)
        else:
            lines.append([run])
    return [_joined(sorted(line, key=lambda r: r.x0)) for line in lines]


def _same_line(line: list[_Run], run: _Run) -> bool:
    """Runs share a line when the run's middle lies within the line's height. Fonts differ in
    ascent (a no-break space can come from another font), so tops alone do not line up."""
    middle = (run.top + run.bottom) / 2
    return min(r.top for r in line) <= middle <= max(r.bottom for r in line)


def _joined(line: list[_Run]) -> _Run:
    text = line[0].text
    for before, run in zip(line, line[1:], strict=False):
        width = (before.x1 - before.x0) / max(len(before.text), 1)
        gap = run.x0 - before.x1 > 0.25 * width
        text = text.rstrip() + " " + run.text.lstrip() if gap or text.endswith(" ") else text + run.text
    return _Run(text, line[0].x0, max(r.x1 for r in line), min(r.top for r in line), max(r.bottom for r in line))


def _layout(pages: list[list[_Run]], every: list[_Run], width: float) -> list[Line]:
    left = min(run.x0 for run in every)
    char = statistics.median((run.x1 - run.x0) / max(len(run.text.strip()), 1) for run in every)
    right = _right_margin(every, left, char, width)
    height = statistics.median(run.bottom - run.top for run in every)
    out: list[str] = []
    for n, page in enumerate(pages):
        previous: _Run | None = None
        for k, run in enumerate(page):
            text = normalise(run.text).strip()
            indent = " " * max(0, round((run.x0 - left) / char - 0.3))
            if previous is not None:
                gap = run.top - previous.bottom
                if gap <= 0.8 * height and _wrapped(previous, run, right, char):
                    out[-1] += " " + text
                    previous = run
                    continue
                if gap > 0.8 * height:
                    out.append("")
            out.append(("\f" if n and k == 0 else "") + indent + text)
            previous = run
    return [Line(i, text) for i, text in enumerate(out, start=1)]


def _right_margin(every: list[_Run], left: float, char: float, width: float) -> float:
    """Where lines end when the layout wraps them. The longest line shows it only when
    several lines reach it; a short document that never wraps has a margin as wide as
    its left one, and its longest line was not wrapped."""
    right = max(run.x1 for run in every)
    full = sum(run.x1 >= right - 4 * char for run in every)
    if full >= max(3, len(every) // 20) or width <= 0:
        return right
    return max(right, width - left)


def _wrapped(previous: _Run, run: _Run, right: float, char: float) -> bool:
    """Did the layout break ``previous`` because the next word did not fit?"""
    if run.x0 - previous.x0 > 1.5 * char:
        return False  # the next line is indented: a new list point, not a continuation
    if _STARTS_POINT.match(run.text):
        return False  # "56. Status …", "• …", "Punkt 4": a new point, however long the line before
    first_word = len(run.text.strip().split(" ", 1)[0]) * char
    if previous.x1 + char + first_word > right - char:
        return True
    # A no-break space glues words into one unit that the extracted text shows as two, so
    # the unit that did not fit can be longer than the first word: a sentence going on in
    # lower case after a long line is a wrap too.
    long = previous.x1 - previous.x0 > 0.6 * (right - previous.x0)
    return long and run.text.lstrip()[:1].islower() and not previous.text.rstrip().endswith((".", ":", ";", "!", "?"))
