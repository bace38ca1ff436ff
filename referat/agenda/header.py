"""The header of a dagsorden or referat: forum, date, time, place, participants. Pure.

Headers come in four shapes (../shared/formats/README.md catalogues them):

- one sentence: "Referat til mødet i Byrådet den 27. juni 2019 kl. 18:00 i Byrådssalen";
- a title line: "REFERAT Chefforum d. 19-06-2025", "Sundhedsudvalget - Referat - 25.
  oktober 2016", "Regionsrådet 24-11-2020 13:00", "Referat fra Økonomiudvalget";
- labels with the value on the same line: "Mødedato: …", "Sted: …";
- labels on a line of their own with the value below, sometimes in capitals
  ("UDVALG" / "Udvalget for Ældre og Sundhed").

A bare date line ("Mandag den 30-04-2018 kl. 16:30") gives the date, and the
line above it the forum. Nothing here refuses a document: what cannot be read
is left out and reported in ``Header.problems`` with the line it is on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from referat import danish
from referat.agenda.lines import Line
from referat.i18n import N_
from referat.types import Participant

_KIND = r"(?P<kind>referat|dagsorden|beslutningsprotokol)"
_SENTENCE = re.compile(_KIND + r"\s+(?:til|fra|for)\s+(?:det\s+)?(?:(?:ordinære|ekstraordinære)\s+)?"
                       r"(?:mødet|møde)\s+i\s+(?P<forum>.+?)\s+(?:den|d\.)\s+(?P<rest>.+)$", re.IGNORECASE)
_TITLE = re.compile(r"^" + _KIND + r"\b\s*(?:fra\s+|for\s+|:\s*|-\s*)?(?P<rest>.*)$", re.IGNORECASE)
_DASHED = re.compile(r"^(?P<forum>.+?)\s+[-–]\s+" + _KIND + r"\s+[-–]\s+(?P<date>.+)$", re.IGNORECASE)
_FORUM_DATE = re.compile(r"^(?P<forum>[A-ZÆØÅ][^\d]*?)\s+(?P<date>\d{1,2}[-./]\d{1,2}[-./]\d{4})"
                         r"(?:\s+(?:kl\.?\s*)?(?P<time>\d{1,2}[:.]\d{2}))?$")
_LABELS = {
    "mødedato": "date", "dato": "date", "starttidspunkt": "date", "mødetidspunkt": "time", "tidspunkt": "time",
    "klokken": "time", "kl": "time", "mødested": "place", "sted": "place", "mødelokale": "room", "lokale": "room",
    "mødedeltagere": "participants", "deltagere": "participants", "medlemmer": "participants",
    "tilstede": "participants", "til stede": "participants", "afbud": "absent", "fraværende": "absent",
    "kommune": "municipality", "forum": "forum", "udvalg": "forum", "møde": "kind", "mødetid": "date",
    "sluttidspunkt": "ignore", "mødet slut kl": "ignore", "møde nr": "ignore", "side": "ignore",
}
_LABEL = re.compile(r"^(?P<label>" + "|".join(sorted(map(re.escape, _LABELS), key=len, reverse=True))
                    + r")\.?(?:\s*:\s*|\s+|$)(?P<value>.*)$", re.IGNORECASE)
_MUNICIPALITY = re.compile(r"\b([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)*) Kommune\b")
_REGION = re.compile(r"^(?:region\s+\S+.*|.+\s+kommune)$", re.IGNORECASE)
_WEEKDAY = re.compile(r"^(?:" + "|".join(danish.WEEKDAYS) + r")\b", re.IGNORECASE)
_PLACE_WORD = re.compile(r"^(?P<place>.*?\b\w*(?:lokale|salen|sal|rådhus|rådhuset|kontor|værelse)\b)\s+(?P<rest>\S.*)$",
                         re.IGNORECASE)
_PARTY = re.compile(r"^(?P<name>.+?),\s*(?P<party>[A-ZÆØÅ]{1,3})$")
# "Lise Rask: Afbud (Stedfortræder …)": a member list that says who came.
_ATTENDANCE = re.compile(r"^(?P<name>[^:]+?)\s*:\s*(?P<state>deltog|til stede|tilstede|mødt|afbud|fraværende|forfald)"
                         r"\b.*$", re.IGNORECASE)
_PRESENT = ("deltog", "til stede", "tilstede", "mødt")
_PLACE_LINE = re.compile(r"^i\s+(?P<place>[A-ZÆØÅ].{1,60})$")


# What an agenda may lack and still be used: how to add it.
MISSING = {
    "forum": N_("the agenda names no forum (the meeting body); add forum = \"Økonomiudvalget\" to [meeting]"),
    "date": N_("the agenda has no meeting date; add date = 2025-06-19 to [meeting]"),
    "place": N_("the agenda names no place; add place = \"Byrådssalen\" to [meeting]"),
}


@dataclass
class Header:
    forum: str | None = None
    date: dt.date | None = None
    start_time: dt.time | None = None
    place: str | None = None
    municipality: str | None = None
    participants: list[Participant] = field(default_factory=list)
    absent: list[Participant] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "line 3: …" for what could not be read


def parse_header(lines: Sequence[Line], all_lines: Sequence[Line] = ()) -> Header:
    head = Header()
    text = [line for line in lines if line.stripped]
    i = 0
    previous: Line | None = None
    after_kind: str | None = None  # the line after a title that only says "Referat"
    while i < len(text):
        if head.forum is None and (used := _split_sentence(head, text, i)):
            i += used
            continue
        line, value = text[i], text[i].stripped
        i += 1
        if _title_line(head, line, value, previous):
            previous = None
            kind_only = (title := _TITLE.match(value)) is not None and not title["rest"].strip()
            if kind_only and i < len(text):
                after_kind = _forum_like(text[i].stripped)
            continue
        label = _LABEL.match(value)
        if label is None:
            if head.date is None and _is_date_line(value):
                _set_date(head, value, line)
                if head.forum is None and previous is not None and not _REGION.match(previous.stripped):
                    head.forum = previous.stripped
            elif _REGION.match(value) and head.municipality is None:
                head.municipality = value
            previous = line
            continue
        previous = None
        kind = _LABELS[label["label"].casefold()]
        inline = label["value"].strip()
        below: list[str] = []
        while i < len(text) and _belongs(kind, inline, below, text[i]) and not _after_gap(line, text, i, inline,
                                                                                          below):
            below.append(text[i].stripped)
            i += 1
        _apply(head, kind, inline, below, line)
    if head.forum is None and after_kind:
        head.forum = after_kind
    if not head.municipality:
        head.municipality = _guess_municipality(all_lines or lines)
    if not head.place and head.participants:
        _place_from_participants(head)
    return head


def _split_sentence(head: Header, text: list[Line], i: int) -> int:
    """Odense's title sentence set one phrase a line ("Referat" / "til" / "mødet i" / "Byrådet" /
    "den 27. januar 2016 kl. 17:00" / "i Byrådssalen"): the number of lines it took, or 0."""
    if not _TITLE.match(text[i].stripped) or _SENTENCE.match(text[i].stripped):
        return 0
    for k in range(2, min(7, len(text) - i) + 1):
        part = text[i + k - 1].stripped
        if len(part.split()) > 8 or _LABEL.match(part):
            return 0
        joined = " ".join(line.stripped for line in text[i:i + k])
        if (match := _SENTENCE.match(joined)) and danish.parse_date(match["rest"]):
            _title_line(head, text[i], joined, None)
            if head.place is None and i + k < len(text) and (place := _PLACE_LINE.match(text[i + k].stripped)):
                head.place = place["place"].strip()
                k += 1
            return k
    return 0


def _forum_like(value: str) -> str | None:
    """A short name without digits, like "Byrådet" under a title that only says "Referat"."""
    if _LABEL.match(value) or re.search(r"\d", value) or len(value.split()) > 6 or not value[:1].isupper():
        return None
    return None if _REGION.match(value) else value


def _title_line(head: Header, line: Line, value: str, previous: Line | None) -> bool:
    """The document's own title: one sentence, a title line, or forum and date on one line."""
    if head.forum is not None:
        return False
    if match := _SENTENCE.match(value):
        head.forum = match["forum"].strip()
        rest = match["rest"]
        _set_date(head, rest, line)
        place = re.search(r"(?:\d{4}|kl\.?\s*\d{1,2}[.:]\d{2})\s+i\s+(?P<place>\S.*)$", rest)
        if place:
            head.place = place["place"].strip()
        return True
    if match := _DASHED.match(value):
        head.forum = match["forum"].strip()
        _set_date(head, match["date"], line)
        return True
    if match := _TITLE.match(value):
        rest = match["rest"].strip()
        if not rest:
            return True  # "Referat" / "DAGSORDEN" alone: the kind of document only
        if rest[:1].isdigit() and danish.parse_date(rest):
            # "Referat: 27. oktober 2025 kl. 08:00" under the forum's own line.
            _set_date(head, rest, line)
            if previous is not None and _forum_like(previous.stripped):
                head.forum = previous.stripped
            return True
        forum, date_text = _split_forum_date(rest)
        if forum and not _LABEL.match(forum):
            head.forum = forum
        if date_text:
            _set_date(head, date_text, line)
        return True
    if (match := _FORUM_DATE.match(value)) and not _LABEL.match(value) and not _is_date_line(value):
        head.forum = match["forum"].strip()
        _set_date(head, value, line)
        return True
    return False


def _split_forum_date(rest: str) -> tuple[str | None, str | None]:
    match = re.match(r"^(?P<forum>.+?)\s+(?:d\.|den)\s+(?P<date>\S.*)$", rest)
    if match:
        return match["forum"].strip(), match["date"].strip()
    match = re.match(r"^(?P<forum>.+?)\s+(?P<date>\d{1,2}[-./]\d{1,2}[-./]\d{4}.*)$", rest)
    if match:
        return match["forum"].strip(), match["date"]
    return (rest or None), None


def _is_date_line(value: str) -> bool:
    """A line that is a date (and perhaps a time), like "Tirsdag den 11. september 2012"."""
    if danish.parse_date(value) is None:
        return False
    if _WEEKDAY.match(value):
        return True
    words = set(re.findall(r"[^\W\d_]+", value.casefold())) - set(danish.MONTHS)
    return words <= {"den", "d", "kl", "klokken", "fra", "til"}


def _after_gap(label: Line, text: list[Line], i: int, inline: str, below: list[str]) -> bool:
    """A blank line ends a value written after its label and broken over lines ("… Anya
    Krogh" / "Manghezi", then a gap). A list below a label of its own runs to the next label."""
    if not inline:
        return False
    before = text[i - 1] if below else label
    return text[i].number - before.number > 1 and text[i].page == before.page


def _belongs(kind: str, inline: str, below: list[str], line: Line) -> bool:
    """Does ``line`` belong to the value of the label above it?"""
    value = line.stripped
    if _TITLE.match(value):
        return False
    label = _LABEL.match(value)
    if kind in ("participants", "absent"):
        # One name a line, or names broken over lines, until the next label.
        return label is None and not (inline and line.bullet)
    if inline or below:
        return False
    # A label on a line of its own: the next line is its value, even "Mødelokale 5",
    # unless it is a label itself ("Deltagere: …", or a label alone).
    return label is None or not (":" in value[: label.end("label") + 2] or not label["value"].strip())


def _set_date(head: Header, text: str, line: Line) -> None:
    date = danish.parse_date(text)
    if date is None:
        head.problems.append(f"line {line.number}: '{text.strip()}' is not a date format referat knows; write it "
                             "as 19-06-2025, 2025-06-19 or 19. juni 2025")
        return
    if head.date is None:
        head.date = date
    if head.start_time is None:
        head.start_time = danish.parse_time(text)


def _apply(head: Header, kind: str, inline: str, below: list[str], line: Line) -> None:
    value = " ".join([inline, *below]).strip() if kind not in ("participants", "absent") else ""
    if kind == "date" and (inline or below):
        _set_date(head, inline or below[0], line)
    elif kind == "time" and value:
        head.start_time = danish.parse_time(value) or head.start_time
    elif kind == "place" and value:
        head.place = value
    elif kind == "room" and value:
        room = f"{line.stripped.split(':')[0].strip()}: {value}" if ":" in line.stripped else value
        head.place = f"{head.place}, {room}" if head.place else value
    elif kind in ("participants", "absent"):
        came, away = _attendance(below) if not inline else ([], [])
        head.participants.extend(came)
        head.absent.extend(away)
        people = _people(inline, [entry for entry in below if not _ATTENDANCE.match(entry)])
        (head.participants if kind == "participants" else head.absent).extend(people)
    elif kind == "municipality" and value:
        head.municipality = value
    elif kind == "forum" and value and head.forum is None:
        head.forum = value
    elif kind == "kind" and value and head.forum is None and not _TITLE.match(value):
        head.forum = value  # "Møde: Teknik- og Miljøudvalget"


def _attendance(below: list[str]) -> tuple[list[Participant], list[Participant]]:
    """Members one a line with what they did: "Name: Deltog", "Name: Afbud (…)"."""
    came: list[Participant] = []
    away: list[Participant] = []
    for entry in below:
        if match := _ATTENDANCE.match(entry):
            name, role = _split_role(match["name"].strip())
            (came if match["state"].casefold() in _PRESENT else away).append(Participant(name, role))
    return came, away


def _people(inline: str, below: list[str]) -> list[Participant]:
    """Names with roles: "A (Rolle), B" on the label's line (broken over lines), or one a line below it."""
    if inline:
        return parse_participants(_join_lines([inline, *below]))
    people: list[Participant] = []
    for entry in below:
        party = _PARTY.match(entry)
        if party:
            people.append(Participant(party["name"].strip(), party["party"]))
        elif entry.casefold() not in ("ingen", "-"):
            people += parse_participants(entry)
    return people


def _place_from_participants(head: Header) -> None:
    """A two-column header table read row by row can put the place in front of the first name."""
    first = head.participants[0]
    match = _PLACE_WORD.match(first.name)
    if match and match["rest"][:1].isupper():
        head.place = match["place"].strip()
        head.participants[0] = Participant(match["rest"].strip(), first.role)


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
        if part and part.casefold() != "ingen":
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


def _guess_municipality(lines: Sequence[Line]) -> str | None:
    counts = Counter(m[1] for line in lines for m in _MUNICIPALITY.finditer(line.text))
    if not counts:
        return None
    name, count = counts.most_common(1)[0]
    return f"{name} Kommune" if count >= 2 else None
