"""Round trip on both real seed referater:
import -> TOML -> load -> render markdown -> skeleton equals the seed's."""

from __future__ import annotations

import re

import pytest
from seed_skeletons import SEEDS

from referat.agenda.toml_format import dump_agenda_toml, load_agenda
from referat.agenda.importer import import_agenda
from referat.output.render import render_markdown
from referat.types import Minutes

_LIST_LINE = re.compile(r"^\s*(?:\d{1,3}[.)]|\(\d\)|[a-z][.)]|-)\s")


def md_skeleton(md: str) -> dict:
    """Read the skeleton back from rendered markdown (independent of the importer)."""
    lines = md.split("\n")
    header = {
        "title": re.search(r"^# (.*)$", md, re.M)[1],
        "meeting_date": re.search(r"^\*\*Mødedato\*\* (.*)$", md, re.M)[1],
        "place": re.search(r"^\*\*Mødested\*\* (.*)$", md, re.M)[1],
        "participants": re.search(r"^\*\*Mødedeltagere\*\* (.*)$", md, re.M)[1],
    }
    items = []
    for i, line in enumerate(lines):
        match = re.match(r"^## Punkt (\d+): (.*)$", line)
        if match:
            case = next(x for x in lines[i + 1:] if x.strip())
            items.append([int(match[1]), match[2], case, []])
        elif line.startswith("### ") and items:
            items[-1][3].append(line[4:])
    return {"header": header, "items": items}


def seed_list_lines(text: str) -> list[str]:
    body = text[text.index("\nPunkt 1:"):]
    return [line.rstrip() for line in body.split("\n") if _LIST_LINE.match(line)]


@pytest.fixture(scope="module", params=SEEDS, ids=lambda s: s["file"][:3])
def round_trip(request, tmp_path_factory):
    from conftest import SEEDS_DIR

    seed = request.param
    path = SEEDS_DIR / seed["file"]
    if not path.is_file():
        pytest.skip(f"seed {path} not found")
    imported = import_agenda(path)
    toml_path = tmp_path_factory.mktemp("agenda") / "agenda.toml"
    toml_path.write_text(dump_agenda_toml(imported.meeting), encoding="utf-8")
    loaded = load_agenda(toml_path)
    md = render_markdown(Minutes(loaded))
    return seed, path.read_text(encoding="utf-8"), imported, loaded, md


def test_import_recovers_header(round_trip):
    seed, _, imported, loaded, _ = round_trip
    meeting = imported.meeting
    assert meeting.forum == seed["forum"]
    assert meeting.date.strftime("%d-%m-%Y") == seed["date"]
    assert meeting.place == seed["place"]
    assert meeting.municipality == seed["municipality"]
    assert [(p.name, p.role) for p in meeting.participants] == seed["participants"]
    assert imported.warnings == ()  # the table of contents agrees with the items
    assert loaded == meeting  # TOML keeps everything


def test_import_recovers_items(round_trip):
    seed, _, imported, _, _ = round_trip
    items = imported.meeting.items
    assert len(items) == len(seed["items"]) == 7
    for item, (number, title, case, closed, _) in zip(items, seed["items"]):
        assert (item.number, item.title, item.case_number, item.closed) == (number, title, case, closed)


def test_rendered_skeleton_equals_seed(round_trip):
    seed, _, _, _, md = round_trip
    skeleton = md_skeleton(md)
    header = skeleton["header"]
    assert header["title"] == seed["title"]
    assert header["meeting_date"] == seed["meeting_date"]
    assert header["place"] == seed["place"]
    expected_people = ", ".join(f"{n} ({r})" if r else n for n, r in seed["participants"])
    assert header["participants"] == expected_people
    assert len(skeleton["items"]) == len(seed["items"])
    for got, (number, title, case, _, sections) in zip(skeleton["items"], seed["items"]):
        assert got[0] == number
        assert got[1] == title, f"item {number}"
        assert got[2] == case, f"item {number}"
        assert got[3] == sections, f"item {number}"


def test_rendered_header_matches_seed_text(round_trip):
    _, text, _, _, md = round_trip
    seed_date = re.search(r"^Mødedato (.*)$", text, re.M)[1]
    assert f"**Mødedato** {seed_date}" in md
    assert re.search(r"^REFERAT .*$", text, re.M)[0] == re.search(r"^# (.*)$", md, re.M)[1]


def test_numbered_lists_intact(round_trip):
    _, text, _, loaded, md = round_trip
    expected = seed_list_lines(text)
    assert len(expected) > 10
    rendered_body = md[md.index("\n## Punkt 1:"):]
    assert [line.rstrip() for line in rendered_body.split("\n") if _LIST_LINE.match(line)] == expected
    all_text = "\n".join(s.text for item in loaded.items for s in item.sections)
    all_text += "\n" + "\n".join(item.decision or "" for item in loaded.items)
    for line in expected:
        assert line in all_text


def test_decisions_recovered(round_trip):
    seed, text, imported, _, _ = round_trip
    for item, expected in zip(imported.meeting.items, seed["items"]):
        has_decision_section = any(name.startswith("Beslutning") for name in expected[4])
        assert bool(item.decision) == has_decision_section, f"item {item.number}"
        if item.decision:
            assert item.decision.split("\n")[0] in text
    first = imported.meeting.items[0 if seed["forum"] == "Chefforum" else 2]
    assert first.decision.startswith(("Chefforum godkendte dagsorden", "Direktionen godkendte sagens"))


def test_section_text_exact(round_trip):
    """Spot check: section text is the seed's text, line for line."""
    seed, text, imported, _, _ = round_trip
    for item in imported.meeting.items:
        for section in item.sections:
            if section.text:
                assert section.text in text, (item.number, section.name)
