"""Agenda import on real published layouts: the catalogue in ../shared/formats.

Every catalogue file is imported as its text, and as .docx and .pdf made from
that text by LibreOffice here, in the test. Each must give its
``.expected.json`` values: forum, date, start time, place, participants, and
every item's number, title, case number and closed flag. A number the excerpt
does not show (``null``) must come back marked as inferred.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from office import convert, have_libreoffice
from referat.agenda import import_agenda

FORMATS = Path(__file__).resolve().parents[2] / "shared" / "formats"
NAMES = sorted(p.name.removesuffix(".expected.json") for p in FORMATS.glob("*.expected.json"))

pytestmark = pytest.mark.skipif(not NAMES, reason=f"the format catalogue is not at {FORMATS}")


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("formats")
    sources = []
    for name in NAMES:
        shutil.copy(FORMATS / f"{name}.txt", folder / f"{name}.txt")
        sources.append(folder / f"{name}.txt")
    if have_libreoffice():
        for kind in ("docx", "pdf"):
            convert(sources, kind, folder)
    return {p.name: p for p in folder.iterdir()}


def printed(participant) -> str:
    return f"{participant.name} ({participant.role})" if participant.role else participant.name


def as_printed(expected: str) -> str:
    """The catalogue prints parties as "Name, A" or "Name (A)": one form to compare."""
    name, comma, party = expected.rpartition(", ")
    return f"{name} ({party})" if comma and len(party) <= 3 and party.isupper() else expected


@pytest.mark.parametrize("kind", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("name", NAMES)
def test_catalogue_layout(documents, name, kind):
    if f"{name}.{kind}" not in documents:
        pytest.skip("LibreOffice is not installed (scripts/setup.sh --dev installs it)")
    expected = json.loads((FORMATS / f"{name}.expected.json").read_text(encoding="utf-8"))
    result = import_agenda(documents[f"{name}.{kind}"])
    meeting = result.meeting
    assert meeting.forum == expected["forum"]
    assert (meeting.date.isoformat() if meeting.date else None) == expected["date"]
    assert (meeting.start_time.strftime("%H:%M") if meeting.start_time else None) == expected["start_time"]
    assert meeting.place == expected["place"]
    assert [printed(p) for p in meeting.participants] == [as_printed(p) for p in expected["participants"]]
    items = [[None if i.number in result.inferred_numbers else i.number, i.title, i.case_number, i.closed]
             for i in meeting.items]
    assert items == expected["items"]


def sections(result, number):
    item = next(i for i in result.meeting.items if i.number == number)
    return item, [s.name for s in item.sections]


def test_sections_keep_their_own_names_and_the_last_decision_is_this_meetings(documents):
    mariager = import_agenda(documents["mariagerfjord-2019-06-27.txt"])
    item, names = sections(mariager, 118)
    assert names[:3] == ["Forventet sagsgang", "Anledning", "Indstilling"]
    # The Økonomiudvalget decision it passed through stays a section; this meeting's is the Beslutning.
    assert "Økonomiudvalget, 19. juni 2019, pkt. 146" in names and item.decision.startswith("Godkendt.")
    roskilde = import_agenda(documents["roskilde-2019-04-03.txt"])
    item, names = sections(roskilde, 44)
    assert names[:4] == ["Resume", "Indstilling", "Beslutningskompetence", "Sagsfremstilling"]
    assert item.decision == "Drøfte […]"
    holbaek = import_agenda(documents["holbaek-2020-06-04.txt"])
    item, names = sections(holbaek, 49)
    assert names[0] == "Sagsgang og sagstype" and item.decision == "Godkendt"
    assert any("listed, but its text was not found" in w for w in holbaek.warnings)  # the excerpt stops at 51


def test_lists_inside_bodies_never_become_items(documents):
    nordjylland = import_agenda(documents["region-nordjylland-2020-11-24.txt"])
    assert [i.number for i in nordjylland.meeting.items] == list(range(1, 19))
    first = nordjylland.meeting.items[0]
    assert "1. Afbud. Der var afbud fra Thomas Hav." in first.sections[0].text
    gribskov = import_agenda(documents["gribskov-2018-04-30.txt"])
    assert [i.number for i in gribskov.meeting.items] == [4, 5, 6, 7]
