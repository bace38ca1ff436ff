"""Read an agenda document into numbered lines: plain text in any common
encoding, or a Word .docx (paragraphs and tables in document order).

Municipal files are often Windows-1252, sometimes UTF-16 from Notepad, and
sometimes a PDF or an old .doc renamed; each gets a message that says what to do.
"""

from __future__ import annotations

import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from referat.errors import AgendaError, InputError

log = logging.getLogger(__name__)

_HEADING_STYLE = re.compile(r"^(?:heading|overskrift)\s*(\d)$", re.IGNORECASE)
# "List Bullet 2", "List Number", "Liste 2" (our template): the digit is the depth.
_LIST_STYLE = re.compile(r"^list(?:e|\s+bullet|\s+number|\s+paragraph)?(?:\s+(\d))?$", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    """One line of the source; ``heading`` is a Word heading level, if styled."""

    number: int
    text: str
    heading: int | None = None


def read_bytes(path: Path) -> bytes:
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path} does not exist. Check the file name.")
    if path.is_dir():
        raise InputError(f"{path} is a folder; give an agenda file (.toml, .docx or .txt).")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror}.") from exc
    if not data.strip():
        raise AgendaError(f"{path} is empty. Give a dagsorden or referat with a header and agenda items.")
    return data


def decode_text(data: bytes, name: str = "the file") -> str:
    """Decode text bytes: BOMs, then UTF-8, then a detected legacy encoding."""
    if data.startswith(b"%PDF"):
        raise InputError(f"{name} is a PDF. Save it as .docx or extract the text (e.g. pdftotext) and import that.")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(f"{name} is an old binary Word (.doc) file. Open it in Word and save it as .docx.")
    if data.startswith(b"PK\x03\x04"):
        raise InputError(f"{name} is a zip archive, not text. If it is a Word document, give it the .docx suffix.")
    if data.startswith(b"\xef\xbb\xbf"):
        return _normalise(data[3:].decode("utf-8", errors="replace"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _normalise(data.decode("utf-16"))
    if b"\x00" in data[:8192]:
        raise InputError(f"{name} is a binary file, not text. Give a .docx, .txt or .toml agenda.")
    try:
        return _normalise(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    candidates = []
    best = from_bytes(data).best()
    if best is not None:
        candidates.append((best.encoding, str(best)))
    try:  # short Danish texts are often guessed as cp1250 (Ø -> Ř); weigh cp1252 too
        candidates.append(("cp1252", data.decode("cp1252")))
    except UnicodeDecodeError:
        pass
    if not candidates:
        raise InputError(f"{name} is not readable text (no known encoding fits). Save it as UTF-8 text or .docx.")
    encoding, text = max(candidates, key=lambda c: _western_score(c[1]))
    if best is None and _western_score(text) < 0.5:
        raise InputError(f"{name} is not readable text (no known encoding fits). Save it as UTF-8 text or .docx.")
    log.info("%s is not UTF-8; read it as %s", name, encoding)
    return _normalise(text)


_WESTERN = set("æøåÆØÅéÉèüÜöÖäÄ–—‘’“”«»½§€°´·…•")


def _western_score(text: str) -> float:
    """Share of non-ASCII characters that Danish text actually uses."""
    extra = [c for c in text if ord(c) > 127]
    return sum(c in _WESTERN for c in extra) / len(extra) if extra else 1.0


def _normalise(text: str) -> str:
    # PDF extraction and Word leave non-breaking spaces and CRs; they would
    # break exact matching of headings such as "Punkt 1:".
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")


def text_lines(text: str) -> list[Line]:
    return [Line(i, raw.rstrip()) for i, raw in enumerate(text.split("\n"), start=1)]


def read_text_lines(path: Path) -> list[Line]:
    return text_lines(decode_text(read_bytes(path), str(path)))


# --- Word ---------------------------------------------------------------------


def read_docx_lines(path: Path) -> list[Line]:
    """Paragraphs and table rows in document order, one blank line between them
    (the layout of the seed texts). Line numbers count paragraphs."""
    data = read_bytes(path)
    if not data.startswith(b"PK") or not zipfile.is_zipfile(path):
        raise InputError(f"{path} is not a Word document (.docx): it is not a zip package. "
                         "Save it from Word as .docx, or give a .txt file.")
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputError(f"{path} is not a Word document (.docx): {exc}. Save it from Word as .docx.") from exc
    lines: list[Line] = []
    numbering = _Numbering(document)
    previous_list = False
    styles: dict = {}
    for kind, block in _blocks(document):
        if kind == "p":
            text, level, is_list = _paragraph_text(block, numbering, _style(block, styles))
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
    text = _normalise(paragraph.text).rstrip()
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
