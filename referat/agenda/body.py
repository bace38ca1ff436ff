"""The body of one agenda item: its case number, closed flag and named sections. Pure.

A case number stands on the line above the heading (SBSYS, Region
Syddanmark), on its own line below it (the seeds), labelled ("Sagsnummer:",
"Sagsnr.", "Sagsid.:") or in a status line ("Sagsnr. 299835 Kultur- og
Idrætsudvalget Åbent punkt"). Sections keep the names the document gives them;
short title-like lines standing alone open sections the importer does not know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from referat.agenda.lines import Line
from referat.agenda.sections import FREE_TEXT, KNOWN, PREAMBLE, is_decision_heading, split_decision
from referat.types import Section

_CASE_VALUE = (r"(?P<case>\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d{1,5}-\d{2}|\d{2}\.\d{2}\.\d{2}(?:-[\wÆØÅæøå]+)+"
               r"|\d{2}/\d{1,7}|\d{4}-\d{3,7})")
CASE_LINE = re.compile(r"^(?:(?:åbent|åben|lukket)\s*[-–:]\s*)?"  # "Lukket - 82.02.00-G10-5-15"
                       r"(?:(?:sagsnr|sags nr|sag nr|sagsnummer|sagsid|journalnr|j\.?\s*nr)\.?\s*:?\s*)?"
                       + _CASE_VALUE + r"$", re.IGNORECASE)
_LABELLED_CASE = re.compile(r"^(?:sagsnr|sags nr|sagsnummer|sagsid|journalnr|j\.?\s*nr)\.?\s*:?\s*"
                            r"(?P<case>\S+)?(?P<rest>.*)$", re.IGNORECASE)
_STATUS = re.compile(r"\b(?P<state>åben|åbent|åbne|lukket|lukkede)\s+(?:sag|punkt)\s*$", re.IGNORECASE)
_STATUS_FIRST = re.compile(r"^(?P<state>åben|åbent|lukket)\s*[-–:]\s*\S", re.IGNORECASE)  # "Lukket - 82.02.00-G10-5-15"
_METADATA = re.compile(r"^(?:dok\.?\s*nr|dokumentnr|initialer|sagsbehandler|forfatter)\.?\s*:", re.IGNORECASE)


def case_number(text: str) -> str | None:
    """The case number a line gives, if it is a case line ("Sagsnr. 16/34038", "00.22.00-P35-3-18")."""
    text = text.strip()
    if match := CASE_LINE.match(text):
        return match["case"]
    match = _LABELLED_CASE.match(text)
    if match and match["case"] and re.fullmatch(r"[\d][\d./\-A-ZÆØÅa-zæøå]*\d", match["case"]):
        return match["case"]
    return None


def is_case_line(text: str) -> bool:
    return case_number(text) is not None or bool(_LABELLED_CASE.match(text.strip()) and ":" in text)


def status(text: str) -> Literal["open", "closed"] | None:
    """"Åben sag" / "Lukket punkt" on a line of its own or at the end of a status line, or
    "Lukket - <case number>"."""
    match = _STATUS.search(text.strip()) or (_STATUS_FIRST.match(text.strip()) if CASE_LINE.match(text.strip())
                                             else None)
    if match is None or len(text.split()) > 12:
        return None
    return "closed" if match["state"].casefold().startswith("luk") else "open"


def is_metadata(text: str) -> bool:
    return bool(_METADATA.match(text.strip()))


def known_heading(text: str) -> bool:
    name = text.strip().rstrip(":").strip()
    return name.casefold() in KNOWN or is_decision_heading(name)


@dataclass(frozen=True)
class Body:
    case_number: str | None
    closed: bool | None  # None: the body does not say
    sections: tuple[Section, ...]
    decision: str | None


def parse_body(lines: list[Line], section_level: int | None) -> Body:
    """Case number, status and sections of the lines after an item heading."""
    case = None
    closed: bool | None = None
    content: list[Line] = []
    for k, line in enumerate(lines):
        text = line.stripped
        if case is None and k < 12 and (found := case_number(text)):
            case = found
            if (state := status(text)) is not None:
                closed = state == "closed"
            continue
        if _LABELLED_CASE.match(text) and not content and k < 12:
            continue  # "Sagsnr:" whose value the document lost
        if is_metadata(text) and not content:
            continue
        if (state := status(text)) is not None and len(text.split()) <= 3:
            closed = state == "closed" if closed is None else closed
            continue
        content.append(line)
    sections = _sections(content, section_level)
    built, decision = split_decision(sections)
    return Body(case, closed, built, decision)


def _sections(body: list[Line], section_level: int | None) -> tuple[Section, ...]:
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
    return tuple(Section(name, _tidy(text)) for name, text in sections)


def _section_name(body: list[Line], k: int, sections: list[tuple[str, list[str]]], used: set[str],
                  level: int | None) -> str | None:
    line = body[k]
    name = line.stripped.rstrip(":").strip()
    if not name or (line.indent and not _is_heading_shape(line)):
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
    if is_decision_heading(current) and current_has_text:
        return name
    return None


def _is_heading_shape(line: Line) -> bool:
    """Some layouts indent everything (a web page's margin): a known name still heads a section."""
    return line.stripped.rstrip(":").casefold() in KNOWN or is_decision_heading(line.stripped)


def _looks_like_heading(body: list[Line], k: int) -> bool:
    text = body[k].text.strip()
    words = text.split()
    if not 1 <= len(words) <= 6 or not text[0].isupper() or any(c.isdigit() for c in text):
        return False
    if text[-1] in ".,;:!?)" or text.startswith(("-", "*", "•", "(")):
        return False
    blank_before = k == 0 or not body[k - 1].text.strip()
    blank_after = k + 1 >= len(body) or not body[k + 1].text.strip()
    following = next((j for j in range(k + 1, len(body)) if body[j].text.strip()), None)
    # A heading has text of its own after it, not straight another heading.
    return blank_before and blank_after and following is not None and not known_heading(body[following].text)


def _tidy(lines: list[str]) -> str:
    """Trim blank lines at the ends and collapse runs of blank lines."""
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in lines))
    return text.strip("\n")
