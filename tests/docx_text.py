"""Read back the text of a .docx (paragraphs and table cells, in order)."""

from __future__ import annotations

from pathlib import Path


def docx_text(path: Path) -> str:
    from docx import Document

    doc = Document(str(path))
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            lines += [cell.text for cell in row.cells]
    return "\n".join(lines)
