"""The header of a dagsorden or referat: title line, Mødedato, Mødested,
Mødedeltagere (roles in parentheses, names broken over lines joined), Afbud."""

from __future__ import annotations

import logging
import re
from collections import Counter

from referat import danish
from referat.agenda.source import Line
from referat.errors import AgendaError
from referat.types import Meeting, Participant

log = logging.getLogger(__name__)

_TITLE = re.compile(r"^(?P<kind>referat|dagsorden)\b\s*(?:fra\s+|for\s+|:\s*)?(?P<rest>.*)$", re.IGNORECASE)
_LABELS = {
    "mødedato": "date", "dato": "date", "mødetidspunkt": "time", "tidspunkt": "time",
    "mødested": "place", "sted": "place", "mødedeltagere": "participants", "deltagere": "participants",
    "afbud": "absent", "fraværende": "absent", "kommune": "municipality", "forum": "forum", "udvalg": "forum",
}
_LABEL = re.compile(r"^(?P<label>" + "|".join(sorted(_LABELS, key=len, reverse=True))
                    + r")(?:\s*:\s*|\s+|$)(?P<value>.*)$", re.IGNORECASE)
_MUNICIPALITY = re.compile(r"\b([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)*) Kommune\b")



def parse_header(header: list[Line], source: str, all_lines: list[Line]) -> Meeting:
    forum = date = time = place = municipality = None
    participants: list[Participant] = []
    absent: list[Participant] = []
    date_line = None
    i = 0
    while i < len(header):
        line, text = header[i], header[i].text.strip()
        i += 1
        if not text:
            continue
        title = _TITLE.match(text)
        if title and forum is None and not _LABEL.match(text):
            forum, date_text = _split_forum_date(title["rest"])
            if date_text:
                date = _need_date(date_text, source, line.number)
                date_line = line.number
            continue
        label = _LABEL.match(text)
        if not label:
            continue
        value_lines = [label["value"].strip()]
        while i < len(header) and header[i].text.strip() and not _LABEL.match(header[i].text.strip()):
            value_lines.append(header[i].text.strip())
            i += 1
        kind, value = _LABELS[label["label"].casefold()], _join_lines(value_lines)
        if kind == "date" and value:
            parsed = _need_date(value, source, line.number)
            if date is not None and parsed != date:
                log.warning("%s, line %d: Mødedato %s differs from the title date %s; using the title date",
                            source, line.number, parsed, date)
            date = date or parsed
            date_line = date_line or line.number
            time = time or danish.parse_time(value)
        elif kind == "time":
            time = danish.parse_time(value) or time
        elif kind == "place":
            place = value or None
        elif kind == "participants":
            participants += parse_participants(value)
        elif kind == "absent":
            absent += parse_participants(value)
        elif kind == "municipality":
            municipality = value or None
        elif kind == "forum" and forum is None:
            forum = value or None
    if date is None:
        raise AgendaError(f"{source}: found no meeting date. Add a first line such as "
                          "'REFERAT Chefforum d. 19-06-2025' or a line 'Mødedato 19-06-2025'.")
    if not forum:
        raise AgendaError(f"{source}, line {date_line}: found no forum (the meeting body). Add a first line such as "
                          "'REFERAT Chefforum d. 19-06-2025'.")
    municipality = municipality or _guess_municipality(all_lines)
    return Meeting(forum=forum, date=date, start_time=time, place=place, municipality=municipality,
                   participants=tuple(participants), absent=tuple(absent))


def _split_forum_date(rest: str) -> tuple[str | None, str | None]:
    match = re.match(r"^(?P<forum>.+?)\s+(?:d\.|den)\s+(?P<date>\S.*)$", rest.strip())
    if match:
        return match["forum"].strip(), match["date"].strip()
    match = re.match(r"^(?P<forum>.+?)\s+(?P<date>\d{1,2}[-./]\d{1,2}[-./]\d{4})$", rest.strip())
    if match:
        return match["forum"].strip(), match["date"]
    return (rest.strip() or None), None


def _need_date(text: str, source: str, line: int):
    date = danish.parse_date(text)
    if date is None:
        raise AgendaError(f"{source}, line {line}: '{text}' is not a date format referat knows. "
                          "Write it as 19-06-2025, 2025-06-19 or 19. juni 2025.")
    return date


def _join_lines(parts: list[str]) -> str:
    """Names broken over lines: 'Anya Krogh' + 'Manghezi' -> 'Anya Krogh Manghezi'."""
    return re.sub(r"\s+", " ", " ".join(p for p in parts if p)).strip()


def parse_participants(value: str) -> list[Participant]:
    """'Name (Role), Name, …' split on commas outside parentheses (roles hold commas)."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in value:
        depth += (ch == "(") - (ch == ")")
        if ch in ",;" and depth <= 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    people = []
    for part in (p.strip() for p in parts):
        if part:
            name, role = _split_role(part)
            people.append(Participant(name, role))
    return people


def _split_role(text: str) -> tuple[str, str | None]:
    """The role is the last balanced '(…)' group: 'A (B) C (Rolle (fung.))'."""
    if not text.endswith(")"):
        return text, None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        depth += (text[i] == ")") - (text[i] == "(")
        if depth == 0:
            name, role = text[:i].strip(), text[i + 1:-1].strip()
            return (name, role or None) if name else (text, None)
    return text, None


def _guess_municipality(lines: list[Line]) -> str | None:
    counts = Counter(m[1] for line in lines for m in _MUNICIPALITY.finditer(line.text))
    if not counts:
        return None
    name, count = counts.most_common(1)[0]
    return f"{name} Kommune" if count >= 2 else None


