"""Saved web pages (.htm/.html) of agenda systems: the text, one block element a line.

Scripts, styles and navigation are left out; block elements (paragraphs,
headings, list items, table rows) end lines; a list item starts with a bullet,
as the text copy of the page would show it.
"""

from __future__ import annotations

from html.parser import HTMLParser

from referat.agenda.lines import Line

_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section",
           "article", "header", "footer", "dt", "dd", "title"}
_HIDDEN = {"script", "style", "noscript", "template", "nav", "head"}
_HEADINGS = {"h1": 0, "h2": 1, "h3": 2, "h4": 3}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, int | None]] = [("", None)]
        self.hidden = 0
        self.level: int | None = None

    def _end_line(self) -> None:
        if self.lines[-1][0].strip():
            self.lines.append(("", None))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self._end_line()
            if tag in _HEADINGS:
                self.level = _HEADINGS[tag]
            if tag == "li":
                self.lines[-1] = ("• ", None)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self._end_line()
            self.level = None

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        text, level = self.lines[-1]
        words = " ".join(data.split())
        joined = f"{text} {words}" if text and not text.endswith(" ") else text + words
        self.lines[-1] = (joined, level if level is not None else self.level)


def html_lines(html: str) -> list[Line]:
    parser = _Text()
    parser.feed(html)
    parser.close()
    out: list[Line] = []
    for text, level in parser.lines:
        if text.strip():
            out.append(Line(len(out) + 1, text.strip(), level))
            out.append(Line(len(out) + 1, ""))
    return out
