"""The hand-written TOML agenda: round trip, and problems named by line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from referat.agenda.toml_format import check_agenda, check_toml_text, dump_agenda_toml, load_agenda
from referat.agenda.skeleton import skeleton_toml
from referat.errors import AgendaError
from referat.types import AgendaItem, Meeting, Participant, Section

ROOT = Path(__file__).resolve().parent.parent

GOOD = """\
referat_agenda = 1

[meeting]
forum = "Chefforum"
date = 2025-06-19
start_time = "09:00"
participants = ["Henrik Harder (Kommunaldirektør)", {name = "Marie Aasøe", role = "Afdelingschef"}, "Bent"]

[[items]]
number = 1
title = "Godkendelse"

[[items.sections]]
name = "Indstilling"
text = \"\"\"
1. at dagsordenen godkendes
2. at referatet godkendes\"\"\"

[[items.sections]]
name = "Beslutning"
text = ""

[[items]]
number = 2
title = "Eventuelt"
decision = "Intet."
"""


def test_good_agenda_loads():
    result = check_toml_text(GOOD)
    assert result.problems == ()
    meeting = result.meeting
    assert meeting.date == dt.date(2025, 6, 19) and meeting.start_time == dt.time(9, 0)
    assert meeting.participants == (Participant("Henrik Harder", "Kommunaldirektør"),
                                    Participant("Marie Aasøe", "Afdelingschef"), Participant("Bent"))
    first, second = meeting.items
    assert first.sections == (Section("Indstilling", "1. at dagsordenen godkendes\n2. at referatet godkendes"),
                              Section("Beslutning", ""))
    assert first.decision is None
    assert second.decision == "Intet." and second.sections == ()


def test_dump_load_round_trip_keeps_everything(tmp_path):
    meeting = Meeting(
        forum="Byrådet", date=dt.date(2024, 2, 29), start_time=dt.time(17, 0), place='Sal "A" \\ B',
        municipality="Lyngby-Taarbæk Kommune",
        participants=(Participant("Anne (Annie) Berg", "Borgmester (fung.)"), Participant("Ole")),
        absent=(Participant("Kim", "Rådmand, by og miljø"),),
        items=(AgendaItem(1, 'Titel med "citat"', "24/1", False, (
            Section("Sagsfremstilling", '  - indrykket\n"""tre citationstegn"""\n\nslut\\n'),
            Section("Beslutning Byrådet den 29-02-2024", ""),
            Section("Bilag", "Bilag 1")), "Godkendt."),
            AgendaItem(2, "Lukket", "24/2", True)),
    )
    path = tmp_path / "a.toml"
    path.write_text(dump_agenda_toml(meeting), encoding="utf-8")
    assert load_agenda(path) == meeting


def test_example_and_skeleton_are_valid(tmp_path):
    example = load_agenda(ROOT / "samples" / "agenda-example.toml")
    assert example.forum == "Chefforum" and len(example.items) == 5
    assert example.items[3].closed and example.items[2].decision == "Chefforum godkendte indstillingen."
    assert [s.name for s in example.items[2].sections] == ["Indstilling", "Sagsfremstilling", "Tidsplan",
                                                           "Beslutning", "Bilag"]
    result = check_toml_text(skeleton_toml("agenda.toml", dt.date(2025, 1, 2)))
    assert result.problems == () and result.meeting.date == dt.date(2025, 1, 2)


def _problems(text):
    return [str(p) for p in check_toml_text(text).problems]


def test_duplicate_item_numbers_name_the_line():
    text = GOOD.replace('number = 2', 'number = 1')
    assert _problems(text) == ["line 24: duplicate item number 1 (first on line 10)"]


def test_missing_title_names_the_line():
    assert _problems(GOOD.replace('title = "Eventuelt"', 'title = "  "')) == ["line 25: item 2 has no title"]
    assert _problems(GOOD.replace('title = "Eventuelt"\n', '')) == ["line 23: item 2 has no title"]


@pytest.mark.parametrize("value", ['"next tuesday"', '"31-02-2025"', '20250619'])
def test_bad_date_names_the_line(value):
    problems = _problems(GOOD.replace("date = 2025-06-19", f"date = {value}"))
    assert len(problems) == 1 and problems[0].startswith("line 5: unknown date format")


def test_other_problems():
    assert _problems(GOOD.replace('start_time = "09:00"', 'start_time = "ni"')) == \
        ["line 6: unknown time format 'ni'; write start_time = \"09:00\""]
    assert _problems(GOOD.replace("title = \"Godkendelse\"", "titel = \"Godkendelse\""))[0].startswith(
        "line 11: unknown key 'titel' in item 1")
    no_items = GOOD[: GOOD.index("[[items]]")]
    assert _problems(no_items) == ["the agenda has no items; add at least one [[items]] table with number and title"]
    syntax = _problems(GOOD.replace('forum = "Chefforum"', 'forum = "Chefforum'))
    assert len(syntax) == 1 and syntax[0].startswith("line 4: not valid TOML")
    twice = GOOD.replace('"Beslutning"\ntext = ""', '"Beslutning"\ntext = "Godkendt."').replace('title = "Godkendelse"',
                                                                  'title = "Godkendelse"\ndecision = "Også."')
    assert "the decision is given twice" in _problems(twice)[0]
    odd = 'items = [1]\n[meeting]\nforum = "F"\ndate = 2025-01-01\n'
    assert _problems(odd) == ["line 1: item 1 must be an [[items]] table, not 1"]
    odd = GOOD.replace('decision = "Intet."', 'sections = ["Intet"]')
    assert _problems(odd) == ['line 23: each section needs name = "…" and text = "…"']


def test_load_raises_with_line_and_advice(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(GOOD.replace('number = 2', 'number = 1'), encoding="utf-8")
    with pytest.raises(AgendaError, match=r"line 24: duplicate item number 1.*referat agenda check"):
        load_agenda(path)
    path.write_bytes(b"")
    with pytest.raises(AgendaError, match="is empty"):
        load_agenda(path)


def test_cp1252_toml_is_read(tmp_path):
    path = tmp_path / "cp.toml"
    path.write_bytes(GOOD.replace("Eventuelt", "Økonomi og årsregnskab").encode("cp1252"))
    assert load_agenda(path).items[1].title == "Økonomi og årsregnskab"


def test_check_on_text_document(seeds_dir):
    result = check_agenda(seeds_dir / "000_21a8f7bef98305b8.txt")
    assert result.problems == () and len(result.meeting.items) == 7
