"""Section names of Danish municipal agenda items, and where the Beslutning goes.

An item's ``sections`` keep the document order. The Beslutning is special: its
text lives in ``AgendaItem.decision`` (so a draft never replaces it), and an
empty section named like a decision heading ("Beslutning", "Beslutning
Direktionen den 13-08-2024") marks its place among the other sections.
"""

from __future__ import annotations

import re

from referat.types import AgendaItem, Section

# The sections the seeds and common municipal templates use, in their usual order.
KNOWN_SECTIONS = (
    "Baggrund",
    "Resumé",
    "Resume",
    "Sagsfremstilling",
    "Supplerende sagsfremstilling",
    "Sagens tidligere behandling",
    "Indstilling",
    "Kommunens vision og politikker",
    "Økonomi",
    "Bevillingsmæssige konsekvenser",
    "Lovgrundlag",
    "Retsgrundlag",
    "Høring",
    "Tidsplan",
    "Kommunikation",
    "Borgerperspektiv",
    "Beslutning",
    "Bilag",
    # Seen in other publishing systems (../shared/formats): SBSYS, eDoc and others.
    "Forventet sagsgang",
    "Anledning",
    "Beslutningskompetence",
    "Sagsgang og sagstype",
    "Sagsgang",
    "Beskrivelse af sagen",
    "Sagsbeskrivelse",
    "Indledning",
    "Konklusion",
    "Referat",
    "Vurdering",
    "Præsentation",
    "Forvaltningen foreslår",
)
KNOWN = {name.casefold(): name for name in KNOWN_SECTIONS}
# Long free-text sections: short standalone lines inside them are sub-headings.
FREE_TEXT = {"sagsfremstilling", "supplerende sagsfremstilling", "baggrund", "bilag"}
# Sections that open an item; after Sagsfremstilling these words are sub-headings.
PREAMBLE = {"baggrund", "resumé", "resume", "indstilling"}

_DECISION = re.compile(
    r"^beslutning(?:"
    r"\s+(?:i\s+|fra\s+)?\S.{0,80}?\s+(?:den|d\.)(?:\s+\d{1,2}[-./]\d{1,2}[-./]\d{4})?"  # … den 13-08-2024
    r"|\s+(?:i|fra)\s+[A-ZÆØÅ][\w\-æøåÆØÅ]*(?:\s+[\w\-æøåÆØÅ]+){0,4}"  # Beslutning i Byrådet
    r")?:?$",
    re.IGNORECASE,
)
# "Kultur- og Idrætsudvalget, 03-04-2019, pkt. 44": a forum's decision under its own name.
_FORUM_DECISION = re.compile(r"^[A-ZÆØÅ][\w\-æøåÆØÅ .]{1,80},\s*(?P<date>\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\.\s*"
                             r"[a-zæøå]+\s+\d{4}),\s*pkt\.\s*\d+:?$")


def is_decision_heading(name: str) -> bool:
    """A Beslutning heading ("Beslutning", "Beslutning i Byrådet den 13-08-2024",
    "Økonomiudvalget, 19. juni 2019, pkt. 146:"). The decision of an item is its
    last such heading: earlier ones quote the committees it passed through."""
    name = name.strip()
    return bool(_DECISION.match(name) or _FORUM_DECISION.match(name))


def decision_heading(forum: str, date_text: str) -> str:
    """Seed 000 style: "Beslutning Direktionen den 13-08-2024"."""
    return f"Beslutning {forum} den {date_text}"


def _last_decision(sections: tuple[Section, ...]) -> int | None:
    return next((i for i in range(len(sections) - 1, -1, -1) if is_decision_heading(sections[i].name)), None)


def split_decision(sections: tuple[Section, ...]) -> tuple[tuple[Section, ...], str | None]:
    """Move the item's Beslutning (its last decision heading) out, leaving an empty marker."""
    at = _last_decision(sections)
    if at is None:
        return sections, None
    decision = sections[at].text.strip() or None
    return sections[:at] + (Section(sections[at].name, ""),) + sections[at + 1:], decision


def decision_index(item: AgendaItem) -> int | None:
    """Index of the Beslutning marker among the item's sections, if any."""
    return _last_decision(item.sections)


def with_decision_text(item: AgendaItem) -> tuple[Section, ...]:
    """The sections as written in a document: the decision text in its place.

    Without a marker, a written decision goes before Bilag (or last)."""
    index = decision_index(item)
    sections = list(item.sections)
    if index is not None:
        sections[index] = Section(sections[index].name, item.decision or "")
    elif item.decision:
        at = next((i for i, s in enumerate(sections) if s.name.casefold() == "bilag"), len(sections))
        sections.insert(at, Section("Beslutning", item.decision))
    return tuple(sections)
