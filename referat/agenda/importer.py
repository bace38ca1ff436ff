"""Import an existing dagsorden or referat (plain text or .docx) as a Meeting.

The layout is the one Danish municipalities publish (see ../shared/seeds):
a header (``REFERAT <forum> d. <dd-mm-yyyy>``, Mødedato, Mødested,
Mødedeltagere), a table of contents (only used as a cross-check), then items
headed ``Punkt N: <title>`` (or ``Sag nr. N``, or ``N. Title``), the case number
on its own line, and named sections.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from referat.agenda.header import parse_header
from referat.agenda.sections import FREE_TEXT, KNOWN, PREAMBLE, is_decision_heading, split_decision
from referat.agenda.source import Line, read_docx_lines, read_text_lines, text_lines
from referat.errors import AgendaError
from referat.types import AgendaItem, Meeting, Section

log = logging.getLogger(__name__)

_PUNKT = re.compile(r"^(?:punkt|pkt\.)\s*(\d{1,3})\s*(?:[:.)\-–—]\s*(.*))?$", re.IGNORECASE)
_SAG = re.compile(r"^sag\s*(?:nr\.?|nummer)\s*(\d{1,3})\s*(?:[:.)\-–—]\s*(.*)|\s+(\S.*))?$", re.IGNORECASE)
_NUMBERED = re.compile(r"^(\d{1,3})\.\s+(\S.*)$")
_CASE = re.compile(
    r"^(?:(?:sagsnr|sags nr|sag nr|j\.?\s*nr)\.?\s*:?\s*)?"
    r"(?P<case>\d{2}/\d{1,7}|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d{1,5}-\d{2}|\d{2}\.\d{2}\.\d{2}(?:-[\w]+)+)$",
    re.IGNORECASE,
)
_TOC_PAGE = re.compile(r"(?:\.{3,}|\t)\s*\d+\s*$")  # "Title.....\t3": a contents line, not a heading
_TOC = re.compile(r"^(indholdsfortegnelse|indhold)\s*:?$", re.IGNORECASE)
_TOC_ENTRY = re.compile(r"^(?:[-*]\s+)?(?:punkt\s+\d+\s*[:\-–]?\s+|\d+\.\s+)?(?P<title>.*?)"
                        r"(?:(?:\s*\.{2,}\s*|\t+\s*|\s{2,})(?P<page>\d+))?$", re.IGNORECASE)


@dataclass(frozen=True)
class ImportResult:
    meeting: Meeting
    warnings: tuple[str, ...] = ()
    toc: tuple[str, ...] = field(default=())


@dataclass
class _Head:
    index: int  # position in the line list
    line: int  # source line number
    number: int
    title: str
    skip: int = 0  # body lines consumed by a title on the next line


def import_agenda(path: Path) -> ImportResult:
    """Read a .docx or text document and recover the meeting it describes."""
    path = Path(path)
    lines = read_docx_lines(path) if path.suffix.lower() == ".docx" else read_text_lines(path)
    return parse_agenda_lines(lines, source=str(path))


def parse_agenda_text(text: str, source: str = "agenda") -> Meeting:
    return parse_agenda_lines(text_lines(text), source).meeting


def parse_agenda_lines(lines: list[Line], source: str = "agenda") -> ImportResult:
    if not any(line.text.strip() for line in lines):
        raise AgendaError(f"{source} is empty. Give a dagsorden or referat with a header and agenda items.")
    lines = [_strip_markdown(line) for line in lines]
    heads = _item_heads(lines)
    if not heads:
        raise AgendaError(f"{source}: found no agenda items. Items must start with a heading such as "
                          "'Punkt 1: Title', 'Sag nr. 1' or '1. Title' on a line of its own.")
    first = heads[0].index
    toc_at = next((i for i in range(first) if _TOC.match(lines[i].text.strip())), None)
    header = lines[: toc_at if toc_at is not None else first]
    toc = _toc_titles(lines[toc_at + 1: first]) if toc_at is not None else []
    section_level = _section_level(lines)
    items = []
    for n, head in enumerate(heads):
        end = heads[n + 1].index if n + 1 < len(heads) else len(lines)
        items.append(_parse_item(head, lines[head.index + 1 + head.skip: end], section_level))
    _check_items(heads, source)
    meeting = parse_header(header, source, lines)
    meeting = Meeting(**{**meeting.__dict__, "items": tuple(items)})
    warnings = _cross_check(toc, items)  # the caller shows them
    return ImportResult(meeting, tuple(warnings), tuple(toc))


def _strip_markdown(line: Line) -> Line:
    """Accept markdown (our own output): '## Heading' and '**Label**'."""
    text, level = line.text, line.heading
    match = re.match(r"^(#{1,6})\s+(.*)$", text)
    if match:
        text, level = match[2], len(match[1]) - 1
    if "**" in text:
        text = text.replace("**", "")
    return Line(line.number, text, level)


# --- item headings ----------------------------------------------------------


def _item_heads(lines: list[Line]) -> list[_Head]:
    found = _styled_heads(lines, _PUNKT) or _styled_heads(lines, _SAG)
    return found or _numbered_heads(lines) or _numbered_heads(lines, relaxed=True)


def _standalone_before(lines: list[Line], i: int) -> bool:
    return i == 0 or not lines[i - 1].text.strip() or lines[i].heading is not None


def _styled_heads(lines: list[Line], pattern: re.Pattern) -> list[_Head]:
    heads = []
    for i, line in enumerate(lines):
        match = pattern.match(line.text.strip())
        if not match or not _standalone_before(lines, i) or line.text[:1].isspace() or _TOC_PAGE.search(line.text):
            continue
        title = next((g for g in match.groups()[1:] if g), "").strip()
        head = _Head(i, line.number, int(match[1]), title)
        if not title:  # "Sag nr. 3" with the title on the next line
            j = _next_text(lines, i + 1)
            if j is not None and not _CASE.match(lines[j].text.strip()) and not _known_heading(lines[j].text):
                head.title, head.skip = lines[j].text.strip(), j - i
        heads.append(head)
    return heads


def _numbered_heads(lines: list[Line], relaxed: bool = False) -> list[_Head]:
    """'N. Title' is also how lists are written, so demand more: a line of its
    own, numbers in sequence, and a case number or a section heading next.
    Only if that finds nothing (relaxed): any such line, counting from 1."""
    heads: list[_Head] = []
    for i, line in enumerate(lines):
        match = _NUMBERED.match(line.text)
        if not match or not _standalone_before(lines, i) or _TOC_PAGE.search(line.text):
            continue
        number = int(match[1])
        if (heads and number != heads[-1].number + 1) or (relaxed and not heads and number != 1):
            continue
        j = _next_text(lines, i + 1)
        following = lines[j].text.strip() if j is not None else ""
        if j == i + 1 and lines[i].heading is None:
            continue  # the next line follows without a gap: a list, not a heading
        if relaxed or _CASE.match(following) or _known_heading(following) or lines[i].heading is not None:
            heads.append(_Head(i, line.number, number, match[2].strip()))
    return heads


def _next_text(lines: list[Line], start: int) -> int | None:
    return next((j for j in range(start, len(lines)) if lines[j].text.strip()), None)


def _known_heading(text: str) -> bool:
    name = text.strip().rstrip(":").strip()
    return name.casefold() in KNOWN or is_decision_heading(name)


def _check_items(heads: list[_Head], source: str) -> None:
    seen: dict[int, int] = {}
    for head in heads:
        if head.number in seen:
            raise AgendaError(f"{source}, line {head.line}: item number {head.number} is used twice "
                              f"(first on line {seen[head.number]}). Give each item its own number.")
        seen[head.number] = head.line
        if not head.title:
            raise AgendaError(f"{source}, line {head.line}: item {head.number} has no title. "
                              f"Write it after the number, e.g. 'Punkt {head.number}: Godkendelse af dagsorden'.")


# --- items -------------------------------------------------------------------


def _section_level(lines: list[Line]) -> int | None:
    """The heading level a styled document uses for known section names."""
    levels = [line.heading for line in lines if line.heading and _known_heading(line.text)]
    return min(levels) if levels else None


def _parse_item(head: _Head, body: list[Line], section_level: int | None) -> AgendaItem:
    i = _next_text(body, 0)
    case_number = None
    if i is not None and (match := _CASE.match(body[i].text.strip())):
        case_number = match["case"]
        body = body[i + 1:]
    sections: list[tuple[str, list[str]]] = []
    used: set[str] = set()
    for k, line in enumerate(body):
        name = _section_name(body, k, sections, used, section_level)
        if name is not None:
            sections.append((name, []))
            used.add(name.casefold())
        elif line.text.strip() or sections:
            if not sections:
                sections.append(("", []))  # text before any heading
            sections[-1][1].append(line.text)
    built = tuple(Section(name, _tidy(text)) for name, text in sections)
    built, decision = split_decision(built)
    title = head.title
    return AgendaItem(number=head.number, title=title, case_number=case_number,
                      closed=title.casefold().startswith("lukket"), sections=built, decision=decision)


def _section_name(body: list[Line], k: int, sections, used: set[str], level: int | None) -> str | None:
    line = body[k]
    raw = line.text
    name = raw.strip().rstrip(":").strip()
    if not name or raw[:1].isspace():
        return None
    current = sections[-1][0].casefold() if sections else None
    current_has_text = bool(sections) and any(t.strip() for t in sections[-1][1])
    if is_decision_heading(name):
        return name
    key = name.casefold()
    if key in KNOWN:
        if key in used or (key in PREAMBLE and "sagsfremstilling" in used):
            return None  # a sub-heading inside the case text
        return name
    if level is not None and line.heading is not None:
        return name if line.heading <= level else None
    # An unknown section: a short title-like line standing alone, at the start
    # of the item or after a short section that already has text.
    if not _looks_like_heading(body, k):
        return None
    if current is None or (current not in FREE_TEXT and current in KNOWN and current_has_text):
        return name
    if current is not None and is_decision_heading(current) and current_has_text:
        return name
    return None


def _looks_like_heading(body: list[Line], k: int) -> bool:
    text = body[k].text.strip()
    words = text.split()
    if not 1 <= len(words) <= 6 or not text[0].isupper() or any(c.isdigit() for c in text):
        return False
    if text[-1] in ".,;:!?)" or text.startswith(("-", "*", "•", "(")):
        return False
    blank_before = k == 0 or not body[k - 1].text.strip()
    blank_after = k + 1 >= len(body) or not body[k + 1].text.strip()
    following = _next_text(body, k + 1)
    # A heading has text of its own after it, not straight another heading.
    return blank_before and blank_after and following is not None and not _known_heading(body[following].text)


def _tidy(lines: list[str]) -> str:
    """Trim blank lines at the ends and collapse runs of blank lines."""
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in lines))
    return text.strip("\n")


# --- table of contents ------------------------------------------------------------


def _toc_titles(lines: list[Line]) -> list[str]:
    titles = []
    for line in lines:
        text = line.text.strip()
        if text and (match := _TOC_ENTRY.match(text)) and match["title"].strip():
            titles.append(match["title"].strip().rstrip("."))
    return titles


def _cross_check(toc: list[str], items: list[AgendaItem]) -> list[str]:
    if not toc:
        return []
    warnings = []
    if len(toc) != len(items):
        warnings.append(f"the table of contents lists {len(toc)} items but the document has {len(items)}")
    for entry, item in zip(toc, items, strict=False):  # a shorter or longer contents is warned about above
        if entry.casefold() != item.title.casefold():
            warnings.append(f"item {item.number}: title '{item.title}' differs from the table of contents ('{entry}')")
    return warnings
