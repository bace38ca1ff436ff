"""Word documents (.docx): paragraphs and tables in document order, with Word's
heading levels, its automatic list numbers written out, and page breaks kept."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from referat.agenda.lines import Line
from referat.agenda.source import normalise, read_bytes
from referat.errors import InputError
from referat.i18n import _

_HEADING_STYLE = re.compile(r"^(?:heading|overskrift)\s*(\d)$", re.IGNORECASE)
# "List Bullet 2", "List Number", "Liste 2" (our template): the digit is the depth.
_LIST_STYLE = re.compile(r"^list(?:e|\s+bullet|\s+number|\s+paragraph)?(?:\s+(\d))?$", re.IGNORECASE)
_PAGE_BREAK = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}br"
_TYPE = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}type"

def read_docx_lines(path: Path) -> list[Line]:
    """Paragraphs and table rows in document order, one blank line between them
    (the layout of the seed texts). Line numbers count paragraphs."""
    data = read_bytes(path)
    if not data.startswith(b"PK") or not zipfile.is_zipfile(path):
        raise InputError(_("{path} is not a Word document (.docx): it is not a zip package. Save it from Word as "
                           ".docx, or give a .txt file.").format(path=path))
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputError(_("{path} is not a Word document (.docx): {exc}. Save it from Word as .docx.").format(
                             path=path, exc=exc)) from exc
    lines: list[Line] = []
    numbering = _Numbering(document)
    previous_list = False
    styles: dict = {}
    for kind, block in _blocks(document):
        if kind == "p":
            text, level, is_list = _paragraph_text(block, numbering, _style(block, styles))
            if _page_break(block):
                lines.append(Line(len(lines) + 1, "\f"))  # the readers' page mark
            if text.strip():
                if is_list and previous_list and lines and not lines[-1].text:
                    lines.pop()  # list items follow each other without a gap
                lines.append(Line(len(lines) + 1, text, level))
                lines.append(Line(len(lines) + 1, ""))
                previous_list = is_list
        else:  # a table: one line per row, cells joined by a space
            for row in block.rows:
                cells = []
                for cell in row.cells:
                    value = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
                    if value and value not in cells:  # merged cells repeat
                        cells.append(value)
                if cells:
                    lines.append(Line(len(lines) + 1, " ".join(cells)))
                    lines.append(Line(len(lines) + 1, ""))
            previous_list = False
    return lines


def _page_break(paragraph: Any) -> bool:
    """A hard page break in (or before) the paragraph: where a PDF would start a new page."""
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.pageBreakBefore is not None:
        return True
    return any(br.get(_TYPE) == "page" for br in paragraph._p.iter(_PAGE_BREAK))


def _blocks(document):
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield "p", Paragraph(child, document)
        elif tag == "tbl":
            yield "t", Table(child, document)


def _style(paragraph, cache: dict):
    """python-docx looks styles up linearly on every access; cache by style id."""
    ppr = paragraph._p.pPr
    style_id = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else None
    if style_id not in cache:
        cache[style_id] = paragraph.style
    return cache[style_id]


def _paragraph_text(paragraph, numbering: _Numbering, style_obj) -> tuple[str, int | None, bool]:
    """The text (with rebuilt list markers), its heading level, and whether it is a list item."""
    text = normalise(paragraph.text).rstrip()
    style = (style_obj.name if style_obj is not None else "") or ""
    level = None
    match = _HEADING_STYLE.match(style)
    if match:
        level = int(match[1])
    elif style in ("Title", "Titel"):
        level = 0
    list_style = _LIST_STYLE.match(style)
    indent = " " * (int(list_style[1] or 1) - 1) if list_style else ""
    prefix = numbering.prefix(paragraph, style_obj)
    if prefix and text.strip():
        return (indent if not prefix.startswith(" ") else "") + prefix + text.lstrip(), level, True
    if list_style:
        return indent + text.lstrip(), level, True
    return text, level, False


class _Numbering:
    """Word's automatic list numbers are not in the text; rebuild "1. " and "- "."""

    def __init__(self, document):
        self._formats: dict[tuple[str, int], str] = {}
        self._counters: dict[tuple[str, int], int] = {}
        try:
            part = document.part.numbering_part
        except (KeyError, NotImplementedError):
            return
        root = part.element
        ns = root.nsmap.get("w")
        q = lambda tag: f"{{{ns}}}{tag}"  # noqa: E731
        abstract = {}
        for node in root.findall(q("abstractNum")):
            levels = {}
            for lvl in node.findall(q("lvl")):
                fmt = lvl.find(q("numFmt"))
                levels[int(lvl.get(q("ilvl")))] = fmt.get(q("val")) if fmt is not None else "decimal"
            abstract[node.get(q("abstractNumId"))] = levels
        for num in root.findall(q("num")):
            ref = num.find(q("abstractNumId"))
            if ref is not None:
                for ilvl, fmt in abstract.get(ref.get(q("val")), {}).items():
                    self._formats[(num.get(q("numId")), ilvl)] = fmt

    def prefix(self, paragraph, style) -> str:
        num_pr = _num_pr(paragraph, style)
        if num_pr is None:
            return ""
        num_id = str(num_pr.numId.val)
        if num_id == "0":  # numbering switched off for this paragraph
            return ""
        ilvl = int(num_pr.ilvl.val) if num_pr.ilvl is not None else 0
        fmt = self._formats.get((num_id, ilvl), "bullet")
        indent = " " * ilvl
        if fmt in ("bullet", "none"):
            return indent + "- "
        key = (num_id, ilvl)
        self._counters[key] = self._counters.get(key, 0) + 1
        for (other_id, other_level) in list(self._counters):  # deeper levels restart
            if other_id == num_id and other_level > ilvl:
                del self._counters[(other_id, other_level)]
        return f"{indent}{self._counters[key]}. "


def _num_pr(paragraph, style):
    """The paragraph's list numbering, directly or from its style ("List Number")."""
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None and ppr.numPr.numId is not None:
        return ppr.numPr
    while style is not None:
        spr = style.element.pPr
        if spr is not None and spr.numPr is not None and spr.numPr.numId is not None:
            return spr.numPr
        style = style.base_style
    return None
