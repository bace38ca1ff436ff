"""Where the agenda items are: headings, the listing of them, and the two merged. Pure.

Most layouts list the items twice: a table of contents or a list of points,
then the bodies. So the importer finds

1. candidate headings: "Punkt 3: …", "Pkt. 42", "SAG NR. 1", "117. …", "1.Title";
2. the listing: the lines after "Indholdsfortegnelse" / "PUNKTER", or a run of
   numbered lines with no text between them (bullets included);
3. the body headings: strong forms ("Punkt N", "Pkt. N", "Sag nr. N") always;
   "N. Title" only when the numbers run on and the heading is confirmed by
   what follows it (a case number, a known section, a status line) or by the
   listing. Numbered lists inside a body ("1. At Byrådet godkender …") restart
   at 1, sit under a section, or name nothing the listing names, so they never
   become items;

and merges the listing with the bodies by number (or by title where the
listing lost its numbers). Titles come from the listing when it has them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from referat.agenda.body import is_case_line, is_metadata, known_heading, status
from referat.agenda.lines import Line

_PUNKT = re.compile(r"^(?:dagsordens)?punkt\s+(\d{1,3})\b\s*[:.)\-–—]?\s*(.*)$", re.IGNORECASE)
_PKT = re.compile(r"^pkt\.?\s*(\d{1,3})\b\.?\s*[:\-–—]?\s*(.*)$", re.IGNORECASE)
_SAG = re.compile(r"^sag\s*(?:nr\.?|nummer)\s*(\d{1,3})\b\s*[:.)\-–—]?\s*(.*)$", re.IGNORECASE)
_NUMBERED = re.compile(r"^(\d{1,3})\s*(?:[.)]|\s:)\s*([^\W\d_\s].*|[«\"“'].*)$")
_CLOSED = re.compile(r"^(?:lukket\s+punkt|lukket\s+sag|lukket|fortrolig)\s*[:\-–—]\s*(?P<title>\S.*)$", re.IGNORECASE)
_BARE_CLOSED = re.compile(r"^(?:lukket(?:\s+punkt|\s+sag)?|fortroligt?(?:\s+punkt)?)\.?$", re.IGNORECASE)
TOC = re.compile(r"^(?:indholdsfortegnelse|indhold|punkter|dagsordenspunkter|oversigt over punkter)\s*:?$",
                  re.IGNORECASE)
_GROUP = re.compile(r"^(?P<kind>åbne|lukkede)\s+(?:dagsordenspunkter|punkter|sager)$|^til behandling\b.*"
                    r"(?P<closed>lukkede døre)", re.IGNORECASE)
_PAGE_SUFFIX = re.compile(r"(?:\s*\.{2,}\s*|\t+\s*|\s+)(\d{1,3})$")
_RANGE = re.compile(r"^\D*\d{1,3}\s*(?:[-–]|og|til)\s*\d")  # "punkt 1-4", "pkt. 2 og 3": a reference in running text
_NOT_ITEMS = re.compile(r"^(?:bilagsliste|bilag|underskriftsblad|underskriftsark|side)$", re.IGNORECASE)


@dataclass(frozen=True)
class Heading:
    index: int  # position in the line list
    line: int  # source line number
    number: int | None
    title: str
    strong: bool  # "Punkt N" / "Pkt. N" / "Sag nr. N": never a list inside a body
    closed: bool = False
    skip: int = 0  # body lines used up by a title on the next line


def candidate(lines: list[Line], i: int) -> Heading | None:
    """Line ``i`` as an item heading, if it has the shape of one."""
    line = lines[i]
    text = line.stripped
    for pattern, strong in ((_PUNKT, True), (_PKT, True), (_SAG, True), (_NUMBERED, False)):
        match = pattern.match(text)
        if match and strong and (not text[:1].isupper() or _RANGE.match(text)):
            return None  # a wrapped sentence going on "… punkt 1-4"; headings open with a capital
        if match:
            title, closed = closed_title(match[2].strip())
            return Heading(i, line.number, int(match[1]), title, strong, closed)
    return None


def closed_title(title: str) -> tuple[str, bool]:
    """"LUKKET PUNKT - Salg af arealer" → ("Salg af arealer", True); a bare "Lukket punkt" stays as it is."""
    if match := _CLOSED.match(title):
        return match["title"].strip(), True
    return title, bool(_BARE_CLOSED.match(title))


def _next_text(lines: list[Line], start: int, stop: int | None = None) -> int | None:
    end = len(lines) if stop is None else min(stop, len(lines))
    return next((j for j in range(start, end) if lines[j].stripped), None)


def _confirmed(lines: list[Line], head: Heading, closed_counts: bool = True) -> bool:
    """What follows a body heading: a case number, metadata, a status, a known section, the title again.
    A closed item ("6. Lukket punkt") has no body, so its heading confirms itself, except in a listing."""
    if head.closed and closed_counts:
        return True
    j = head.index + 1
    for _ in range(4):
        j = _next_text(lines, j)  # type: ignore[assignment]
        if j is None:
            return False
        text = lines[j].stripped
        if candidate(lines, j) is not None:
            return False
        if is_case_line(text) or is_metadata(text) or status(text) is not None or known_heading(text):
            return True
        if head.title and same_title(text, head.title):
            return True
        j += 1
    return False


def _words(title: str) -> list[str]:
    return re.findall(r"[0-9a-zæøåéü]+", title.casefold())


def same_title(a: str, b: str) -> bool:
    """The same item title, give or take case, punctuation and added words: a
    listing and a body can word it differently ("Låneadgang for … hospitalsbyggerier"
    against "LÅNEADGANG FOR … HOSPITALSBYGGERIER, DER KAN KLASSIFICERES …")."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    content = lambda words: [w for w in words if len(w) >= 4 and not w.isdigit()]  # noqa: E731
    shorter, longer = (wa, wb) if len(content(wa)) <= len(content(wb)) else (wb, wa)
    key = content(shorter)
    return len(key) >= 2 and sum(w in longer for w in key) >= 0.8 * len(key)


@dataclass(frozen=True)
class Entry:
    """An item as the listing names it."""

    number: int | None
    title: str
    closed: bool
    line: int


def listing(lines: list[Line]) -> tuple[list[Entry], set[int]]:
    """The items the document lists before (or beside) their bodies, and the
    positions of those listing lines."""
    entries: list[Entry] = []
    used: set[int] = set()
    toc = next((i for i, line in enumerate(lines) if TOC.match(line.stripped)), None)
    if toc is not None:
        found, positions = _toc_entries(lines, toc + 1)
        entries, used = found, positions
    # Runs of numbered lines with nothing between them, before the first body (after it
    # such runs are lists inside the bodies), and bulleted "Pkt. N" lines anywhere.
    first_body = next((i for i in range(len(lines)) if i not in used and (h := candidate(lines, i)) is not None
                       and ((h.strong and not _PAGE_SUFFIX.search(lines[i].stripped)) or _confirmed(lines, h))),
                      len(lines))
    i = 0
    while i < len(lines):
        run = _list_run(lines, i, used)
        if (len(run) >= 2 and run[0] < first_body) or (run and lines[run[0]].bullet):
            for j in run:
                head = candidate(lines, j)
                assert head is not None
                entries.append(Entry(head.number, _no_page(head.title), head.closed, lines[j].number))
                used.add(j)
            i = run[-1] + 1
        else:
            i += 1
    entries.sort(key=lambda e: e.line)
    return entries, used


def _list_run(lines: list[Line], start: int, used: set[int]) -> list[int]:
    if start in used or candidate(lines, start) is None:
        return []
    if lines[start].bullet:
        return [start] if candidate(lines, start) else []
    run = [start]
    j = start
    while True:
        nxt = _next_text(lines, j + 1)
        if nxt is None or nxt in used:
            break
        head, previous = candidate(lines, nxt), candidate(lines, run[-1])
        far = nxt - j > 3 and lines[nxt].page == lines[j].page  # a page break leaves blanks where furniture was
        if head is None or previous is None or head.number != (previous.number or 0) + 1 or far:
            break
        run.append(nxt)
        j = nxt
    # A heading followed at once by its body is not a list, whatever comes next.
    if len(run) >= 2 and _confirmed(lines, candidate(lines, run[0])):  # type: ignore[arg-type]
        return []
    return run


def _toc_entries(lines: list[Line], start: int) -> tuple[list[Entry], set[int]]:
    """Entries after "Indholdsfortegnelse": until the first body, a repeated number or a strong heading."""
    entries: list[Entry] = []
    used: set[int] = set()
    seen: set[int] = set()
    for i in range(start, len(lines)):
        text = lines[i].stripped
        if not text or text.casefold() == "side":
            continue
        head = candidate(lines, i)
        if head is not None:
            if head.number in seen or _confirmed(lines, head, closed_counts=False):
                break  # the bodies begin
            seen.add(head.number or 0)
            entries.append(Entry(head.number, _no_page(head.title), head.closed, lines[i].number))
        elif is_case_line(text) or known_heading(text) or is_metadata(text) or _GROUP.match(text):
            break
        elif _NOT_ITEMS.match(_no_page(text).rstrip(".")):
            pass
        else:
            title, closed = closed_title(_no_page(text))
            entries.append(Entry(None, title, closed, lines[i].number))
        used.add(i)
    return entries, used


def _no_page(title: str) -> str:
    """A table of contents' page number and dot leaders off a title."""
    return _PAGE_SUFFIX.sub("", title).rstrip(". ").strip() if _PAGE_SUFFIX.search(title) else title.strip()


def body_headings(lines: list[Line], listed: list[Entry], skip: set[int]) -> list[Heading]:
    """The headings that open item bodies, in order."""
    numbers = {e.number for e in listed if e.number is not None}
    candidates = [h for i in range(len(lines)) if i not in skip and (h := candidate(lines, i)) is not None]
    if any(h.strong for h in candidates):
        # A document that heads its items "Punkt N" / "Pkt. N" / "Sag nr. N" does so for all of
        # them; its "N. …" lines are lists inside the bodies.
        candidates = [h for h in candidates if h.strong]
    weak = [h for h in candidates if not h.strong]
    base = min((lines[h.index].indent for h in weak), default=0)
    heads: list[Heading] = []
    for head in candidates:
        line = lines[head.index]
        last = heads[-1].number if heads and heads[-1].number is not None else None
        if not head.strong:
            if line.indent > base or not head.title[:1].isupper():
                continue  # an indented or lower-case "1. at …": a list inside a body
            if last is not None and head.number is not None and head.number <= last:
                continue  # numbering restarts: a list inside a body
            named = any(e.number == head.number and same_title(e.title, head.title) for e in listed) or \
                any(e.number is None and same_title(e.title, head.title) for e in listed)
            if listed and not named and (numbers or not _confirmed(lines, head)):
                continue  # the listing names no such item
            if not listed and not _confirmed(lines, head) and not (last is None or head.number == last + 1):
                continue
        heads.append(_with_title_below(lines, head))
    return heads


def _with_title_below(lines: list[Line], head: Heading) -> Heading:
    """"Pkt. 42" or "SAG NR. 1" with the title on the next line; the title said twice."""
    j = _next_text(lines, head.index + 1)
    if j is None:
        return head
    below = lines[j].stripped
    if not head.title and candidate(lines, j) is None and not is_case_line(below) and not known_heading(below):
        title, closed = closed_title(below)
        return replace(head, title=title, closed=head.closed or closed, skip=j - head.index)
    if head.title and _words(below) == _words(head.title):
        return replace(head, skip=j - head.index)  # Holbæk repeats the title under the heading
    return head


def group_states(lines: list[Line]) -> dict[int, bool]:
    """Line index → closed, from group headings ("Åbne dagsordenspunkter", "Lukkede punkter")."""
    states = {}
    for i, line in enumerate(lines):
        match = _GROUP.match(line.stripped)
        if match:
            states[i] = bool(match["closed"]) or (match["kind"] or "").casefold() == "lukkede"
    return states
