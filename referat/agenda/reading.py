"""Any agenda document as lines: the reader follows the file's suffix."""

from __future__ import annotations

from pathlib import Path

from referat.agenda.docx_reader import read_docx_lines
from referat.agenda.html_reader import html_lines
from referat.agenda.lines import Line
from referat.agenda.pdf_reader import read_pdf_lines
from referat.agenda.source import decode_text, read_bytes, read_text_lines


def read_lines(path: Path) -> list[Line]:
    """The document's lines, read by its kind (the suffix says which)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".docx":
        return read_docx_lines(path)
    if suffix == ".pdf":
        return read_pdf_lines(path)
    if suffix in (".htm", ".html"):
        return html_lines(decode_text(read_bytes(path), str(path)))
    return read_text_lines(path)
