"""Import a published dagsorden or referat (text, Word, PDF or web page) as a Meeting.

The layouts of Danish municipalities and regions differ a lot
(../shared/formats/README.md catalogues eight); the import works the same for
all: clean the lines (page furniture, widget text), find the listing and the
bodies of the items and merge them by number (``items``), read each body
(``body``), then the header (``header``). What cannot be found is left out with
a warning that says how to add it; only a document without any recognisable
item is refused.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from referat.agenda.body import Body, case_number, is_case_line, known_heading, parse_body
from referat.agenda.header import MISSING, Header, parse_header
from referat.agenda.items import TOC, Entry, Heading, body_headings, group_states, listing, same_title
from referat.agenda.lines import Line, prepare
from referat.errors import AgendaError
from referat.i18n import N_, _
from referat.types import AgendaItem, Meeting

_FORUM_HINTS = (
    re.compile(r"^beslutning\s+(?:i|fra)\s+(?P<forum>[A-ZÆØÅ].+?)\s+(?:den|d\.)\s+\d", re.IGNORECASE),
    re.compile(r"^(?P<forum>[A-ZÆØÅ][\w\-æøåÆØÅ .]{2,80}?),\s*\d{1,2}-\d{1,2}-\d{4},\s*pkt\.\s*\d+"),
    re.compile(r"^sags?nr\.?\s*\d+\s+(?P<forum>.+?)\s+(?:åbent|lukket)\s+punkt$", re.IGNORECASE),
)
LOOKED_FOR = N_("'Punkt 1: Title', 'Pkt. 1 Title', 'Sag nr. 1', or '1. Title' on a line of its own, "
              "or a table of contents ('Indholdsfortegnelse')")


@dataclass(frozen=True)
class ImportResult:
    meeting: Meeting
    warnings: tuple[str, ...] = ()
    toc: tuple[str, ...] = field(default=())
    missing: tuple[str, ...] = ()  # "forum", "date", "place": what the document did not say
    inferred_numbers: frozenset[int] = frozenset()  # numbers the document did not print


def import_agenda(path: Path) -> ImportResult:
    """Read a .docx, .pdf, .htm(l) or text document and recover the meeting it describes."""
    from referat.agenda.reading import read_lines

    path = Path(path)
    return parse_agenda_lines(read_lines(path), str(path))


def parse_agenda_text(text: str, source: str = "agenda") -> Meeting:
    from referat.agenda.source import text_lines

    return parse_agenda_lines(text_lines(text), source).meeting


def parse_agenda_lines(raw: list[Line], source: str = "agenda") -> ImportResult:
    if not any(line.text.strip() for line in raw):
        raise AgendaError(_("{source} is empty. Give a dagsorden or referat with a header and agenda items.").format(
                              source=source))
    lines = prepare([_strip_markdown(line) for line in raw])
    listed, used = listing(lines)
    heads = body_headings(lines, listed, used)
    if not heads and not listed:
        raise AgendaError(_("{source}: found no agenda items. referat looked for {LOOKED_FOR}. Save the agenda "
                            "with its items numbered like that, or write a TOML agenda (referat agenda init).").format(
                              source=source, LOOKED_FOR=_(LOOKED_FOR)))
    _check_duplicates(heads, source)
    start = min([h.index for h in heads] + sorted(used)[:1])
    header = parse_header(_header_zone(lines, start), lines)
    warnings: list[str] = list(header.problems)
    bodies = _bodies(lines, heads, _section_level(lines))
    items, inferred, merge_warnings = _merge(listed, heads, bodies, group_states(lines))
    warnings += merge_warnings
    forum = header.forum or _infer_forum(lines, warnings)
    missing = _missing(header, forum, warnings, source)
    meeting = Meeting(forum=forum or "", date=header.date, start_time=header.start_time, place=header.place,
                      municipality=header.municipality, participants=tuple(header.participants),
                      absent=tuple(header.absent), items=tuple(items))
    return ImportResult(meeting, tuple(warnings), tuple(e.title for e in listed), missing, frozenset(inferred))


def _strip_markdown(line: Line) -> Line:
    """Accept markdown (our own output): '## Heading' and '**Label**'."""
    text, level = line.text, line.heading
    match = re.match(r"^(#{1,6})\s+(.*)$", text)
    if match:
        text, level = match[2], len(match[1]) - 1
    return Line(line.number, text.replace("**", ""), level, line.page, line.bullet)


def _check_duplicates(heads: list[Heading], source: str) -> None:
    seen: dict[int, int] = {}
    for head in heads:
        if head.number is None:
            continue
        if head.number in seen:
            raise AgendaError(_("{source}, line {line}: item number {number} is used twice (first on line "
                                "{seen}). Give each item its own number.").format(
                                  source=source, line=head.line, number=head.number, seen=seen[head.number]))
        seen[head.number] = head.line


def _header_zone(lines: list[Line], start: int) -> list[Line]:
    zone = lines[:start]
    toc = next((i for i, line in enumerate(zone) if TOC.match(line.stripped)), None)
    return zone[:toc] if toc is not None else zone


def _section_level(lines: list[Line]) -> int | None:
    """The heading level a styled document uses for known section names."""
    levels = [line.heading for line in lines if line.heading and known_heading(line.text)]
    return min(levels) if levels else None


def _bodies(lines: list[Line], heads: list[Heading], level: int | None) -> list[Body]:
    """Each heading's body; a case number on the line just above a heading is that item's."""
    above = [_case_above(lines, head, heads[n - 1] if n else None) for n, head in enumerate(heads)]
    bodies = []
    for n, head in enumerate(heads):
        end = heads[n + 1].index if n + 1 < len(heads) else len(lines)
        following = above[n + 1] if n + 1 < len(heads) else None
        if following is not None:
            end = following[0]  # the next item's case number is not this item's text
        parsed = parse_body(lines[head.index + 1 + head.skip:end], level)
        own = above[n]
        if own is not None and parsed.case_number is None:
            parsed = Body(own[1], parsed.closed, parsed.sections, parsed.decision)
        bodies.append(parsed)
    return bodies


def _case_above(lines: list[Line], head: Heading, before: Heading | None) -> tuple[int, str] | None:
    """A case number on the line just above ``head`` (SBSYS puts it there), unless it is
    the first line of the item before (where the seeds put theirs)."""
    j = head.index - 1
    while j >= 0 and not lines[j].stripped:
        j -= 1
    if j < 0 or not is_case_line(lines[j].stripped):
        return None
    if before is not None:
        first = next((k for k in range(before.index + 1 + before.skip, head.index) if lines[k].stripped), None)
        if first == j:
            return None
    found = case_number(lines[j].stripped)
    return (j, found) if found else None


def _merge(listed: list[Entry], heads: list[Heading], bodies: list[Body],
           groups: dict[int, bool]) -> tuple[list[AgendaItem], set[int], list[str]]:
    """The listing and the bodies as one list of items, in the listing's order."""
    warnings: list[str] = []
    pairs: list[tuple[Entry | None, int | None]] = []  # (entry, index into heads)
    unmatched = list(range(len(heads)))
    for named in listed:
        match = next((k for k in unmatched if named.number is not None and heads[k].number == named.number), None)
        if match is None:
            match = next((k for k in unmatched if (named.number is None or heads[k].number is None)
                          and same_title(named.title, heads[k].title)), None)
        if match is None and named.number is None and unmatched and _positional(listed, heads):
            match = unmatched[0]
        if match is not None:
            unmatched.remove(match)
        pairs.append((named, match))
    for k in unmatched:  # bodies the listing does not name: in document order among the others
        at = next((p for p, (_, h) in enumerate(pairs) if h is not None and h > k), len(pairs))
        pairs.insert(at, (None, k))
    items: list[AgendaItem] = []
    inferred: set[int] = set()
    taken = {e.number for e, _ in pairs if e is not None and e.number is not None} | {h.number for h in heads}
    for listed_as, index in pairs:
        head: Heading | None = heads[index] if index is not None else None
        body = bodies[index] if index is not None else Body(None, None, (), None)
        entry = listed_as
        shown = entry.number if entry is not None and entry.number is not None else (head.number if head else None)
        number: int
        if shown is not None:
            number = shown
        else:
            number = _next_free(items, taken)
            taken.add(number)
            inferred.add(number)
            title = entry.title if entry else ""
            warnings.append(_("item '{title}' has no number in the document; it was numbered {number} after the "
                              "item before it. Check the number in the TOML agenda.").format(
                                title=title, number=number))
        title = (entry.title if entry is not None and entry.title else None) or (head.title if head else "")
        if not title:
            title = f"Punkt {number}"
            warnings.append(_("item {number} has no title in the document (line {value}); write one in the TOML "
                              "agenda.").format(number=number, value=head.line if head else '?'))
        closed = bool((entry and entry.closed) or (head and head.closed) or body.closed
                      or (head is not None and _group_closed(groups, head.index)))
        if head is None:
            warnings.append(_("item {number} ({title}) is listed, but its text was not found in the document.").format(
                                number=number, title=title))
        items.append(AgendaItem(number, title, body.case_number, closed, body.sections, body.decision))
    return items, inferred, warnings


def _positional(listed: list[Entry], heads: list[Heading]) -> bool:
    """A table of contents without numbers, as long as the bodies: pair them in order."""
    return all(e.number is None for e in listed) and len(listed) == len(heads)


def _next_free(items: list[AgendaItem], taken: set[int | None]) -> int:
    number = (items[-1].number if items else 0) + 1
    while number in taken:
        number += 1
    return number


def _group_closed(groups: dict[int, bool], index: int) -> bool:
    before = [i for i in groups if i < index]
    return groups[max(before)] if before else False


def _infer_forum(lines: list[Line], warnings: list[str]) -> str | None:
    """The forum from the document's decision headings or status lines, when its header names none."""
    found: Counter[str] = Counter()
    for line in lines:
        for pattern in _FORUM_HINTS:
            if match := pattern.match(line.stripped):
                found[match["forum"].strip()] += 1
    if not found:
        return None
    forum = found.most_common(1)[0][0]
    warnings.append(_("the header names no forum; '{forum}' was taken from "
                      "the items' decision lines. Check it.").format(
                        forum=forum))
    return forum


def _missing(header: Header, forum: str | None, warnings: list[str], source: str) -> tuple[str, ...]:
    missing = tuple(name for name, value in (("forum", forum), ("date", header.date), ("place", header.place))
                    if not value)
    warnings.extend(_("{source}: {missing} (in the TOML agenda this import writes)").format(
        source=source, missing=_(MISSING[name])) for name in missing)
    return missing
