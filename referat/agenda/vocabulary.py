"""What an agenda can tell the speech recogniser: the names and terms it will hear. Pure."""

from __future__ import annotations

import re

from referat.types import Meeting

MAX_VOCABULARY = 60


def vocabulary_from_meeting(meeting: Meeting) -> tuple[str, ...]:
    """Names and terms that help recognition: forum, people, item titles and the
    capitalised terms of each Indstilling (product and place names)."""
    terms: list[str] = [meeting.forum, meeting.municipality or "", meeting.place or ""]
    terms += [p.name for p in meeting.participants + meeting.absent]
    terms += [item.title for item in meeting.items if not item.closed or item.title.casefold() != "lukket"]
    for item in meeting.items:
        section = item.section("Indstilling")
        if section:
            terms += re.findall(r"(?<![.!?]\s)(?<!^)\b[A-ZÆØÅ][\wæøåÆØÅ-]{3,}", section.text)
    seen: dict[str, None] = {}
    for term in terms:
        term = " ".join(term.split())
        if term and term.casefold() not in {t.casefold() for t in seen} and term.casefold() != "lukket":
            seen[term] = None
    return tuple(seen)[:MAX_VOCABULARY]

