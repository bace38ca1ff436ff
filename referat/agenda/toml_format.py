"""Agenda files: the hand-writable TOML format, validation with line numbers,
and ``load_agenda`` for any agenda file (.toml, .docx, .pdf, .html or text).

The format is documented in docs/agenda.md with a full example in
samples/agenda-example.toml.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import tomli_w

from referat import danish
from referat.agenda.header import MISSING, parse_participants
from referat.agenda.importer import import_agenda, parse_agenda_text  # noqa: F401 (re-export)
from referat.agenda.sections import split_decision, with_decision_text
from referat.agenda.source import decode_text, read_bytes
from referat.errors import AgendaError
from referat.i18n import _
from referat.types import AgendaItem, Meeting, Participant, Section

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
_MEETING_KEYS = {"forum", "date", "start_time", "place", "municipality", "participants", "absent"}
_ITEM_KEYS = {"number", "title", "case_number", "closed", "sections", "decision"}


@dataclass(frozen=True)
class Problem:
    line: int | None
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass(frozen=True)
class CheckResult:
    meeting: Meeting | None
    problems: tuple[Problem, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def missing(self) -> tuple[str, ...]:
        """The header values the agenda lacks ("forum", "date", "place"), with ``MISSING`` saying how to add them."""
        if self.meeting is None:
            return ()
        values = {"forum": self.meeting.forum, "date": self.meeting.date, "place": self.meeting.place}
        return tuple(name for name, value in values.items() if not value)


def load_agenda(path: Path) -> Meeting:
    """Read an agenda: TOML as written by hand or by import, or a .docx/.pdf/.html/.txt
    dagsorden or referat imported on the fly."""
    path = Path(path)
    if path.suffix.lower() != ".toml":
        return import_agenda(path).meeting
    result = check_toml_text(_read_toml_text(path), str(path))
    if result.problems:
        shown = "; ".join(str(p) for p in result.problems[:5])
        more = f" (and {len(result.problems) - 5} more)" if len(result.problems) > 5 else ""
        raise AgendaError(_("{path}: {shown}{more}. Run 'referat agenda check {path}' for all problems.").format(
                              path=path, shown=shown, more=more))
    assert result.meeting is not None  # no problems: the meeting was built
    return result.meeting


def check_agenda(path: Path) -> CheckResult:
    """Validate any agenda file; problems carry the line they were found on."""
    path = Path(path)
    if path.suffix.lower() == ".toml":
        return check_toml_text(_read_toml_text(path), str(path))
    result = import_agenda(path)  # import problems raise AgendaError naming the line
    return CheckResult(result.meeting, (), result.warnings)


def _read_toml_text(path: Path) -> str:
    return decode_text(read_bytes(path), str(path))


# --- reading and validating TOML -------------------------------------------------


def check_toml_text(text: str, source: str = "agenda") -> CheckResult:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return CheckResult(None, (Problem(_toml_error_line(exc), _("not valid TOML: {exc}").format(exc=exc)),))
    lines = _LineFinder(text)
    problems: list[Problem] = []
    version = data.get("referat_agenda", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        problems.append(Problem(lines.key(0, len(text), "referat_agenda"),
                                _("referat_agenda = {version!r} is not a format this version reads "
                                  "({FORMAT_VERSION})").format(version=version, FORMAT_VERSION=FORMAT_VERSION)))
    for key in set(data) - {"referat_agenda", "meeting", "items"}:
        problems.append(Problem(lines.key(0, len(text), key), _("unknown top-level key '{key}'").format(key=key)))
    meeting_data = data.get("meeting")
    if not isinstance(meeting_data, dict):
        problems.append(Problem(None, _("the [meeting] table is missing (forum, date, place, participants)")))
        meeting_data = {}
    warnings: list[str] = []
    meeting_fields = _check_meeting(meeting_data, lines, problems, warnings)
    items = _check_items(data.get("items"), lines, problems)
    if problems:
        return CheckResult(None, tuple(problems), tuple(warnings))
    meeting = Meeting(**meeting_fields, items=tuple(items))
    return CheckResult(meeting, (), tuple(warnings))


def _toml_error_line(exc: Exception) -> int | None:
    match = re.search(r"line (\d+)", str(exc))
    return int(match[1]) if match else None


class _LineFinder:
    """Map keys back to line numbers; tomllib does not keep positions."""

    def __init__(self, text: str):
        self.lines = text.split("\n")
        self.item_starts = [i for i, line in enumerate(self.lines) if re.match(r"^\s*\[\[\s*items\s*\]\]", line)]
        meeting = [i for i, line in enumerate(self.lines) if re.match(r"^\s*\[\s*meeting\s*\]", line)]
        self.meeting_start = meeting[0] if meeting else 0

    def item_range(self, index: int) -> tuple[int, int]:
        if index >= len(self.item_starts):
            return 0, len(self.lines)
        start = self.item_starts[index]
        end = self.item_starts[index + 1] if index + 1 < len(self.item_starts) else len(self.lines)
        return start, end

    def key(self, start: int, end: int, key: str) -> int | None:
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for i in range(start, min(end, len(self.lines))):
            if pattern.match(self.lines[i]):
                return i + 1
        return start + 1 if start < len(self.lines) and self.lines else None

    def meeting_key(self, key: str) -> int | None:
        end = self.item_starts[0] if self.item_starts else len(self.lines)
        return self.key(self.meeting_start, end, key)


def _check_meeting(data: dict, lines: _LineFinder, problems: list[Problem], warnings: list[str]) -> dict:
    for key in set(data) - _MEETING_KEYS:
        problems.append(Problem(lines.meeting_key(key), _("unknown key '{key}' in [meeting] (known: {known})").format(
                                                            key=key, known=', '.join(sorted(_MEETING_KEYS)))))
    forum = data.get("forum")
    if forum is not None and not isinstance(forum, str):
        problems.append(Problem(lines.meeting_key("forum"), _("forum must be text, e.g. forum = \"Chefforum\"")))
    elif not forum or not forum.strip():
        warnings.append(_(MISSING["forum"]))
    date = _to_date(data.get("date"))
    if date is None and data.get("date") is not None:
        problems.append(Problem(lines.meeting_key("date"),
                                _("unknown date format {date!r}; write date = 2025-06-19").format(
                                    date=str(data.get('date')))))
    elif date is None:
        warnings.append(_(MISSING["date"]))
    if not _opt_str(data.get("place")):
        warnings.append(_(MISSING["place"]))
    start_time = data.get("start_time")
    if start_time is not None:
        start_time = start_time if isinstance(start_time, dt.time) else danish.parse_time(str(start_time))
        if start_time is None:
            problems.append(Problem(lines.meeting_key("start_time"),
                                    _("unknown time format {time!r}; write start_time = \"09:00\"").format(
                                        time=data.get('start_time'))))
    fields: dict[str, object] = {"forum": forum.strip() if isinstance(forum, str) else "", "date": date,
                                 "start_time": start_time,
              "place": _opt_str(data.get("place")), "municipality": _opt_str(data.get("municipality"))}
    for key in ("participants", "absent"):
        fields[key] = tuple(_people(data.get(key, []), key, lines, problems))
    return fields


def _to_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return danish.parse_date(value)
    return None


def _opt_str(value) -> str | None:
    return str(value).strip() or None if value is not None else None


def _people(value, key: str, lines: _LineFinder, problems: list[Problem]) -> list[Participant]:
    if not isinstance(value, list):
        problems.append(Problem(lines.meeting_key(key), _("{key} must be a list of names").format(key=key)))
        return []
    people = []
    for entry in value:
        if isinstance(entry, str) and entry.strip():
            people += parse_participants(entry)
        elif isinstance(entry, dict) and isinstance(entry.get("name"), str):
            people.append(Participant(entry["name"].strip(), _opt_str(entry.get("role"))))
        else:
            message = _("{key}: {entry!r} is not a name or {{name, role}}").format(key=key, entry=entry)
            problems.append(Problem(lines.meeting_key(key), message))
    return people


def _check_items(value, lines: _LineFinder, problems: list[Problem]) -> list[AgendaItem]:
    if not isinstance(value, list) or not value:
        problems.append(Problem(None, _("the agenda has no items; add at least one [[items]] table with number "
                                        "and title")))
        return []
    items: list[AgendaItem] = []
    seen: dict[int, int | None] = {}
    for index, data in enumerate(value):
        start, end = lines.item_range(index)
        if not isinstance(data, dict):
            problems.append(Problem(start + 1, _("item {number} must be an [[items]] table, not {data!r}").format(
                                                   number=index + 1, data=data)))
            continue
        line_of = lambda key, s=start, e=end: lines.key(s, e, key)  # noqa: E731
        for key in set(data) - _ITEM_KEYS:
            problems.append(Problem(line_of(key), _("unknown key '{key}' in item {number} (known: {known})").format(
                                                      key=key, number=index + 1, known=', '.join(sorted(_ITEM_KEYS)))))
        number = data.get("number")
        if not isinstance(number, int) or isinstance(number, bool) or number < 1:
            message = _("item {position} needs a whole number >= 1, e.g. number = 1").format(position=index + 1)
            problems.append(Problem(line_of("number"), message))
            number = None
        elif number in seen:
            problems.append(Problem(line_of("number"),
                                    _("duplicate item number {number} (first on line {seen})").format(
                                        number=number, seen=seen[number])))
        else:
            seen[number] = line_of("number")
        title = data.get("title")
        if not isinstance(title, str) or not title.strip():
            problems.append(Problem(line_of("title") if "title" in data else start + 1,
                                    _("item {number} has no title").format(number=number or index + 1)))
        sections = _sections(data.get("sections", []), start, end, lines, problems)
        sections, section_decision = split_decision(sections)
        decision = data.get("decision")
        if decision is not None and section_decision:
            problems.append(Problem(line_of("decision"), _("item {number}: the decision is given twice (decision "
                                                           "= … and a Beslutning section); keep one").format(
                                                             number=number)))
        if number is not None and isinstance(title, str):
            items.append(AgendaItem(number=number, title=title.strip(), case_number=_opt_str(data.get("case_number")),
                                    closed=bool(data.get("closed", False)), sections=sections,
                                    decision=(_opt_str(decision) if decision else None) or section_decision))
    return items


def _sections(value, start: int, end: int, lines: _LineFinder, problems: list[Problem]) -> tuple[Section, ...]:
    if not isinstance(value, list):
        problems.append(Problem(lines.key(start, end, "sections"), _("sections must be [[items.sections]] tables")))
        return ()
    out = []
    for section in value:
        name, text = (section.get("name"), section.get("text", "")) if isinstance(section, dict) else (None, None)
        if not isinstance(name, str) or not isinstance(text, str):
            problems.append(Problem(lines.key(start, end, "name"), _("each section needs name = \"…\" and text = "
                                                                     "\"…\"")))
            continue
        out.append(Section(name.strip(), text.strip("\n")))
    return tuple(out)


# --- writing TOML ------------------------------------------------------------------


def dump_agenda_toml(meeting: Meeting) -> str:
    """The meeting as a hand-editable TOML agenda (sections in document order)."""
    out = ["# referat agenda (see docs/agenda.md). Edit freely; check with: referat agenda check FILE",
           f"referat_agenda = {FORMAT_VERSION}", "", "[meeting]"]
    out.append(_kv("forum", meeting.forum))
    if meeting.municipality:
        out.append(_kv("municipality", meeting.municipality))
    if meeting.date is not None:
        out.append(_kv("date", meeting.date))
    if meeting.start_time:
        out.append(_kv("start_time", meeting.start_time.strftime("%H:%M")))
    if meeting.place:
        out.append(_kv("place", meeting.place))
    for key in ("participants", "absent"):
        people = getattr(meeting, key)
        if people or key == "participants":
            out.append(_kv(key, [_person(p) for p in people]))
    for item in meeting.items:
        out += ["", "[[items]]", _kv("number", item.number), _kv("title", item.title)]
        if item.case_number:
            out.append(_kv("case_number", item.case_number))
        out.append(_kv("closed", item.closed))
        for section in with_decision_text(item):
            out += ["", "[[items.sections]]", _kv("name", section.name), _kv("text", section.text)]
    return "\n".join(out) + "\n"


def _person(p: Participant) -> str | dict:
    if "(" in p.name or ")" in p.name:  # "Name (Role)" would be ambiguous
        return {"name": p.name, "role": p.role} if p.role else {"name": p.name}
    return f"{p.name} ({p.role})" if p.role else p.name


def _kv(key: str, value) -> str:
    return tomli_w.dumps({key: value}, multiline_strings=True).rstrip("\n")
