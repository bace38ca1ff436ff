"""Lines of an agenda document, and the clean-up every layout needs first. Pure.

Readers (text, Word, PDF, HTML) give numbered lines; a form feed (``\\f``)
marks a page break where the source has one. Before the items are looked for:

- page furniture goes: "Side 3", "Side 3 af 12", a page number alone at the
  top or bottom of a page, and running headers (a line that opens several pages);
- web-page widget text goes ("fold dette punkt ind", "Luk alle punkter",
  "Tilbage", "Sbsys dagsorden preview");
- list bullets are taken off the front of lines, and remembered.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Line:
    """One line of the source; ``heading`` is a Word heading level, if styled."""

    number: int
    text: str
    heading: int | None = None
    page: int = 0
    bullet: bool = False  # the line began with a list bullet ("•", "-")

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip())

    @property
    def stripped(self) -> str:
        return self.text.strip()


_PAGE_NUMBER = re.compile(r"^(?:side\s+\d+(?:\s*(?:af|/)\s*\d+)?|\d{1,3}|-\s*\d{1,3}\s*-)$", re.IGNORECASE)
_PAGE_OF = re.compile(r"^(\d{1,3})\s*/\s*(\d{1,3})$")
_SIDE = re.compile(r"^side\s+\d+(?:\s*(?:af|/)\s*\d+)?$", re.IGNORECASE)
_WIDGET_LINES = {"luk alle punkter", "luk alle punkter referat", "åbn alle punkter", "tilbage", "til toppen",
                 "sbsys dagsorden preview", "udskriv", "print", "vis alle", "skjul alle"}
_WIDGET_PREFIX = re.compile(r"^(?:fold dette punkt (?:ind|ud)|fold ud|fold ind)\s+", re.IGNORECASE)
_BULLET = re.compile(r"^(\s*)(?:[•·▪‣◦●]|\u2022)\s*")


def paginate(lines: list[Line]) -> list[Line]:
    """Number the pages at each form feed, and take the form feeds out."""
    out: list[Line] = []
    page = 0
    for line in lines:
        if "\f" in line.text:
            parts = line.text.split("\f")
            for k, part in enumerate(parts):
                if k:
                    page += 1
                if part.strip() or (k == len(parts) - 1 and not out):
                    out.append(replace(line, text=part.rstrip(), page=page))
            continue
        out.append(replace(line, page=page))
    return out


def remove_furniture(lines: list[Line]) -> list[Line]:
    """Page numbers, "Side N" and running headers are not the document's text."""
    pages: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if line.stripped:
            pages.setdefault(line.page, []).append(i)
    drop: set[int] = {i for i, line in enumerate(lines) if _SIDE.match(line.stripped)}
    of: dict[str, list[int]] = {}  # "3/12" footers by their page count
    for indexes in pages.values():
        for edge in (indexes[:2], indexes[-2:]):
            for i in edge:
                if slash := _PAGE_OF.match(lines[i].stripped):
                    of.setdefault(slash[2], []).append(i)
                elif _PAGE_NUMBER.match(lines[i].stripped):
                    drop.add(i)
    # "24/585" is a case number as often as a page: it is a page footer when pages repeat its form.
    drop.update(i for found in of.values() if len(found) >= 2 for i in found)
    if len(pages) > 2:
        # A running header opens most pages with the same words (a date, the forum).
        tops: Counter[str] = Counter()
        for indexes in pages.values():
            kept = [i for i in indexes if i not in drop][:3]
            tops.update({lines[i].stripped.casefold() for i in kept if _may_run(lines[i])})
        running = {text for text, count in tops.items() if count >= max(2, (len(pages) - 1) // 2)}
        for indexes in list(pages.values())[1:]:  # the first page has the document's own title
            kept = [i for i in indexes if i not in drop][:3]
            drop.update(i for i in kept if lines[i].stripped.casefold() in running and _may_run(lines[i]))
    return [line for i, line in enumerate(lines) if i not in drop]


def _may_run(line: Line) -> bool:
    """Labels (Sagsnr.: …) and item headings are never running headers, however often they repeat."""
    text = line.stripped
    return ":" not in text and not re.match(r"^(?:punkt|pkt\.?|sag\s+nr\.?|\d{1,3}\s*[.:)])", text, re.IGNORECASE)


def tidy(lines: list[Line]) -> list[Line]:
    """Widget text out, bullets off (remembered on the line), no trailing space."""
    out: list[Line] = []
    for line in lines:
        text = line.text.replace("\u00a0", " ").replace("\u200b", "").rstrip()
        if text.strip().casefold() in _WIDGET_LINES:
            continue
        bullet = _BULLET.match(text)
        if bullet:
            text = bullet[1] + text[bullet.end():]
        indent = text[: len(text) - len(text.lstrip())]
        text = indent + _WIDGET_PREFIX.sub("", text.lstrip())
        out.append(replace(line, text=text, bullet=bool(bullet)))
    return out


def prepare(lines: list[Line]) -> list[Line]:
    return tidy(remove_furniture(paginate(lines)))
