"""Importer: heading variants, unknown sections, encodings and bad input."""

from __future__ import annotations

import datetime as dt
import os
import re
import zipfile

import pytest

from referat.agenda.toml_format import load_agenda
from referat.agenda.importer import import_agenda, parse_agenda_text
from referat.errors import AgendaError, InputError

HEADER = "DAGSORDEN Teknik- og Miljøudvalget d. 02-09-2025\n\nMødedato: 2. september 2025 kl. 16.30\n\nMødested: Byrådssalen\n\n"

NUMBERED = HEADER + """\
1. Godkendelse af dagsorden

24/100

Indstilling

Direktøren indstiller,

1. at dagsordenen godkendes

2. at referatet godkendes

2. Vejbelysning på Stationsvej

24/2001

Sagsfremstilling

Der er tre muligheder:

1. LED-armaturer

2. Solceller

Høring

Grundejerforeningen er hørt.
"""


def test_numbered_headings_do_not_swallow_lists():
    meeting = parse_agenda_text(NUMBERED)
    assert meeting.forum == "Teknik- og Miljøudvalget"
    assert meeting.date == dt.date(2025, 9, 2)
    assert meeting.start_time == dt.time(16, 30)
    assert meeting.place == "Byrådssalen"
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", "24/100"),
        (2, "Vejbelysning på Stationsvej", "24/2001"),
    ]
    assert meeting.items[0].sections[0].text == "Direktøren indstiller,\n\n1. at dagsordenen godkendes\n\n2. at referatet godkendes"
    assert [s.name for s in meeting.items[1].sections] == ["Sagsfremstilling", "Høring"]
    assert "1. LED-armaturer" in meeting.items[1].sections[0].text


def test_numbered_headings_without_case_or_sections():
    text = HEADER + "1. Godkendelse af dagsorden\n\nDirektøren indstiller, at dagsordenen godkendes.\n\n" \
        "2. Eventuelt\n\nIntet.\n"
    meeting = parse_agenda_text(text)
    assert [(i.number, i.title) for i in meeting.items] == [(1, "Godkendelse af dagsorden"), (2, "Eventuelt")]
    assert meeting.items[1].sections[0].text == "Intet."


SAG_NR = HEADER + """\
Sag nr. 1
Godkendelse af dagsorden

Sagsnr.: 25/77

Proces

Punktet behandles først.

Indstilling

Det indstilles, at dagsordenen godkendes.

Tidsplan for anlæg

Arbejdet begynder i uge 40.

Sag nr. 2: Eventuelt

Beslutning i Teknik- og Miljøudvalget

Intet.
"""


def test_sag_nr_headings_and_unknown_sections_kept_by_name():
    meeting = parse_agenda_text(SAG_NR)
    first, second = meeting.items
    assert (first.number, first.title, first.case_number) == (1, "Godkendelse af dagsorden", "25/77")
    # "Proces" opens the item; "Tidsplan for anlæg" follows a short section with text.
    assert [s.name for s in first.sections] == ["Proces", "Indstilling", "Tidsplan for anlæg"]
    assert first.section("Tidsplan for anlæg").text == "Arbejdet begynder i uge 40."
    assert (second.number, second.title, second.case_number) == (2, "Eventuelt", None)
    assert second.decision == "Intet."
    assert [s.name for s in second.sections] == ["Beslutning i Teknik- og Miljøudvalget"]


def test_subheadings_inside_sagsfremstilling_stay_text():
    text = HEADER + "Punkt 1: Budget\n\nSagsfremstilling\n\nBaggrund\n\nTekst om baggrund.\n\nStore linjer\n\nMere tekst.\n\nØkonomi\n\nIngen.\n"
    item = parse_agenda_text(text).items[0]
    assert [s.name for s in item.sections] == ["Sagsfremstilling", "Økonomi"]
    assert item.sections[0].text == "Baggrund\n\nTekst om baggrund.\n\nStore linjer\n\nMere tekst."


def test_an_item_only_the_table_of_contents_names_is_kept_with_a_warning(tmp_path):
    text = HEADER + "Indholdsfortegnelse\n\nGodkendelse.....\t2\nNoget andet.....\t3\n\nPunkt 1: Godkendelse\n\nIndstilling\n\nOK.\n"
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    result = import_agenda(path)
    assert [(i.number, i.title) for i in result.meeting.items] == [(1, "Godkendelse"), (2, "Noget andet")]
    assert result.inferred_numbers == {2}
    assert any("'Noget andet' has no number" in w for w in result.warnings)
    assert any("its text was not found" in w for w in result.warnings)


def test_toc_lines_with_punkt_and_page_numbers_are_not_items():
    text = HEADER + "Indholdsfortegnelse\n\nPunkt 1: Godkendelse.....\t2\nPunkt 2: Eventuelt\t3\n\n" \
        "Punkt 1: Godkendelse\n\nIndstilling\n\nOK.\n\nPunkt 2: Eventuelt\n"
    meeting = parse_agenda_text(text)
    assert [(i.number, i.title) for i in meeting.items] == [(1, "Godkendelse"), (2, "Eventuelt")]


def test_cp1252_seed_reads_like_utf8(tmp_path, seeds_dir):
    seed = seeds_dir / "001_bfc1ad96573bcea0.txt"
    text = seed.read_text(encoding="utf-8")
    cp = tmp_path / "cp1252.txt"
    cp.write_bytes(text.encode("cp1252", errors="replace"))
    with pytest.raises(UnicodeDecodeError):
        cp.read_bytes().decode("utf-8")
    meeting = import_agenda(cp).meeting
    assert meeting.participants[9 - 1].name == "Tanja Thor Møller"
    assert meeting.participants[9 - 1].role == "Afdelingschef Ældre, Sundhed & Social"
    assert meeting.items[2].title == "Orientering om opsamling på Økonomirapport pr. 30. april"
    assert [s.name for s in meeting.items[1].sections][4] == "Økonomi"


def test_short_cp1252_and_utf16_files(tmp_path):
    text = "REFERAT Økonomiudvalget d. 01-10-2025\n\nMødested: Rådhuset, lokale 2\n\nPunkt 1: Årsregnskab for Ærø-færgen\n\n25/1\n\nBeslutning\n\nGodkendt – med bemærkninger.\n"
    for encoding in ("cp1252", "utf-16", "utf-8-sig"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        meeting = load_agenda(path)
        assert meeting.forum == "Økonomiudvalget", encoding
        assert meeting.items[0].title == "Årsregnskab for Ærø-færgen", encoding
        assert meeting.items[0].decision == "Godkendt – med bemærkninger.", encoding


# --- bad input -----------------------------------------------------------------


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


@pytest.mark.parametrize("data", [b"", b"  \n\n \t\n"])
def test_empty_file(tmp_path, data):
    with pytest.raises(AgendaError, match="is empty"):
        import_agenda(_write(tmp_path, "empty.txt", data))


def test_binary_file(tmp_path):
    data = bytes(range(256)) * 8 + os.urandom(1024)
    with pytest.raises(InputError, match="binary file"):
        import_agenda(_write(tmp_path, "noise.txt", data))
    # Binary without NUL bytes: no encoding makes sense of it.
    noise = bytes(b if b else 1 for b in os.urandom(4096)) + bytes(range(0x80, 0xA0)) * 4
    with pytest.raises(InputError, match="not readable text"):
        import_agenda(_write(tmp_path, "noise2.txt", noise))


def test_a_pdf_named_txt_and_a_broken_pdf(tmp_path):
    with pytest.raises(InputError, match="is a PDF but is named like a text file"):
        import_agenda(_write(tmp_path, "referat.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))
    with pytest.raises(InputError, match="damaged PDF"):
        import_agenda(_write(tmp_path, "referat.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))
    with pytest.raises(InputError, match="not a PDF"):
        import_agenda(_write(tmp_path, "word.pdf", b"PK\x03\x04 not a pdf"))


def test_agenda_without_items(tmp_path):
    path = _write(tmp_path, "a.txt", HEADER + "Velkommen til mødet.\n\nDer er ingen punkter.\n")
    with pytest.raises(AgendaError, match="no agenda items.*Punkt 1: Title"):
        import_agenda(path)


def test_item_without_title_names_the_line(tmp_path):
    text = HEADER + "Punkt 1: Godkendelse\n\n24/1\n\nPunkt 2:\n\n24/2\n\nIndstilling\n\nTekst.\n"
    result = import_agenda(_write(tmp_path, "a.txt", text))
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items] == [
        (1, "Godkendelse", "24/1"), (2, "Punkt 2", "24/2")]
    assert any("item 2 has no title in the document (line 11)" in w for w in result.warnings)


def test_duplicate_item_numbers_name_the_lines(tmp_path):
    text = HEADER + "Punkt 1: Godkendelse\n\nPunkt 1: Igen\n"
    with pytest.raises(AgendaError, match=r"line 9: item number 1 is used twice \(first on line 7\)"):
        import_agenda(_write(tmp_path, "a.txt", text))


@pytest.mark.parametrize("header,line", [
    ("REFERAT Chefforum d. 45-19-2025\n\n", 1),
    ("REFERAT Chefforum\n\nMødedato: i morgen eftermiddag\n\n", 3),
])
def test_unknown_date_format_names_the_line(tmp_path, header, line):
    result = import_agenda(_write(tmp_path, "a.txt", header + "Punkt 1: Godkendelse\n"))
    assert result.meeting.date is None and result.meeting.forum == "Chefforum"
    assert any(re.search(rf"line {line}: '.*' is not a date format referat knows", w) for w in result.warnings)
    assert "date" in result.missing


def test_missing_forum_date_and_place_are_warnings_that_say_how_to_add_them(tmp_path):
    result = import_agenda(_write(tmp_path, "a.txt", "Punkt 1: Godkendelse\n\nPunkt 2: Eventuelt\n"))
    assert [i.title for i in result.meeting.items] == ["Godkendelse", "Eventuelt"]
    assert result.missing == ("forum", "date", "place")
    assert any("add date = 2025-06-19" in w for w in result.warnings)
    assert any('add forum = "' in w for w in result.warnings)


def test_docx_that_is_not_word(tmp_path):
    with pytest.raises(InputError, match="not a Word document"):
        import_agenda(_write(tmp_path, "fake.docx", "REFERAT Chefforum d. 19-06-2025\n"))
    archive = tmp_path / "zip.docx"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("hello.txt", "not word")
    with pytest.raises(InputError, match="not a Word document"):
        import_agenda(archive)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        import_agenda(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        import_agenda(tmp_path)


def test_word_document_with_styles_tables_and_list_numbering(tmp_path):
    """A .docx as a secretary writes it: header in a table, heading styles,
    Word's automatic list numbers (not in the text), an unknown section."""
    import docx

    document = docx.Document()
    document.add_paragraph("Dagsorden for Økonomiudvalget", style="Title")
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [("Mødedato", "Onsdag d. 3. september 2025 kl. 16:00"),
                                                ("Mødested", "Byrådssalen"),
                                                ("Deltagere", "Anna Berg (formand), Bo Ek")]):
        row.cells[0].text, row.cells[1].text = label, value
    for text, style in [("1. Godkendelse af dagsorden", "Heading 1"), ("25/100", None),
                        ("Indstilling", "Heading 2"), ("Direktionen indstiller,", None),
                        ("at dagsordenen godkendes", "List Number"), ("at referatet godkendes", "List Number"),
                        ("Proces", "Heading 2"), ("Behandles først.", None),
                        ("2. Vejbelysning", "Heading 1"), ("Sagsfremstilling", "Heading 2"),
                        ("Delmål", "Heading 3"), ("Tekst.", None), ("punkt a", "List Bullet"),
                        ("punkt b", "List Bullet 2"), ("Beslutning", "Heading 2"), ("Godkendt.", None)]:
        document.add_paragraph(text, style=style)
    path = tmp_path / "dagsorden.docx"
    document.save(str(path))
    meeting = import_agenda(path).meeting
    assert (meeting.forum, meeting.date, meeting.start_time, meeting.place) == \
        ("Økonomiudvalget", dt.date(2025, 9, 3), dt.time(16, 0), "Byrådssalen")
    assert [(p.name, p.role) for p in meeting.participants] == [("Anna Berg", "formand"), ("Bo Ek", None)]
    first, second = meeting.items
    assert (first.number, first.title, first.case_number) == (1, "Godkendelse af dagsorden", "25/100")
    assert [(s.name, s.text) for s in first.sections] == [
        ("Indstilling", "Direktionen indstiller,\n\n1. at dagsordenen godkendes\n2. at referatet godkendes"),
        ("Proces", "Behandles først.")]
    assert [s.name for s in second.sections] == ["Sagsfremstilling", "Beslutning"]
    assert second.sections[0].text == "Delmål\n\nTekst.\n\n- punkt a\n - punkt b"  # Heading 3 is a sub-heading
    assert second.decision == "Godkendt."
