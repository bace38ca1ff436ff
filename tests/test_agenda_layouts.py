"""Layouts the format catalogue describes but does not excerpt (../shared/formats/README.md,
"Also seen, not excerpted"), as short documents written here in those shapes, plus web
pages, scans, and what `referat agenda check` says about a partial import."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from office import convert, have_libreoffice
from referat.agenda import import_agenda
from referat.cli import main
from referat.errors import InputError

KINDS = ["txt", "docx", "pdf"]
ODENSE = """Referat
til
mødet i
Byrådet
den 27. januar 2016 kl. 17:00
i Byrådssalen

A. Sager til afgørelse i byrådet

1. Godkendelse af dagsorden

Åbent - 00.01.00-G01-93-16

Indstilling

Borgmesteren indstiller, at dagsordenen godkendes.

2. Salg af grund ved havnen

Lukket - 82.02.00-G10-5-15

D. Orientering

3. Meddelelser

Åbent - 00.01.00-G01-94-16

Beslutning

Taget til efterretning.
"""

RINGKOBING = """Økonomiudvalget
Referat: 27. oktober 2025 kl. 08:00
Sted: Rådhuset, mødelokale 1

1 : Godkendelse af dagsorden
Sagsnr:
Beslutning
Godkendt.

2 : Budgetopfølgning
Sagsnr:
Beslutning
Taget til efterretning.
"""

MIDDELFART = """Møde: Teknik- og Miljøudvalget
Mødetid: 15. marts 2017 kl. 16:00
Mødested: Byrådssalen
Tilstede: Anne Hansen (A), Bo Madsen (V)
Fraværende: Carl Berg (O)

ÅBNE SAGER

1. Vejplan 2017
Sagsnr.: 2017-004392

Præsentation:
Forvaltningen præsenterer vejplanen.

Forvaltningen foreslår:
At planen godkendes.
"""

EGEBJERG = """DAGSORDEN
Forretningsudvalget
Tirsdag den 4. juni 2024 kl. 14.00
Sted: Regionsgården
Medlemmer:
Lars Gaardhøj: Deltog
Lise Rask: Afbud (Stedfortræder Bent Larsen)
Ole Søbæk: Deltog

101. Godkendelse af dagsorden
Sagsnr. 24/1000
Beslutning
Godkendt.

102. Lukket sag: Personalesag
103. FORTROLIG - Ejendomskøb
104. Lukket punkt.

Til behandling - for lukkede døre

105. Erstatningssag
Sagsnr. 24/1005
"""

HORSENS = """Referat
Byrådet
Dato: 24. september 2025
Lokale: Byrådssalen
Tidspunkt: 18:00 - 20:30

301. Godkendelse af dagsorden
Beslutning
Godkendt.
Til toppen

302. Lokalplan 142 for Stationsbyen
Indstilling
Forvaltningen indstiller, at:
1. lokalplanen vedtages
2. kommuneplantillægget vedtages
Beslutning
Vedtaget.
Til toppen
"""

LAYOUTS = {"odense": ODENSE, "ringkobing": RINGKOBING, "middelfart": MIDDELFART, "egebjerg": EGEBJERG,
           "horsens": HORSENS}


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    """Each layout as text, and as Word and PDF made from it by LibreOffice."""
    folder = tmp_path_factory.mktemp("layouts")
    sources = []
    for name, text in LAYOUTS.items():
        sources.append(folder / f"{name}.txt")
        sources[-1].write_text(text, encoding="utf-8")
    if have_libreoffice():
        for kind in ("docx", "pdf"):
            convert(sources, kind, folder)

    def meeting(name, kind):
        path = folder / f"{name}.{kind}"
        if not path.exists():
            pytest.skip("LibreOffice is not installed (scripts/setup.sh --dev installs it)")
        return import_agenda(path).meeting
    return meeting


def items(meeting):
    return [(i.number, i.title, i.case_number, i.closed) for i in meeting.items]


@pytest.mark.parametrize("kind", KINDS)
def test_header_split_over_lines_and_groups_with_status_case_lines(documents, kind):
    """Odense style: "Referat / til / mødet i …", A.–D. groups, "Åbent - <KLE>" lines."""
    meeting = documents("odense", kind)
    assert (meeting.forum, meeting.date, meeting.start_time, meeting.place) == (
        "Byrådet", dt.date(2016, 1, 27), dt.time(17, 0), "Byrådssalen")
    assert items(meeting) == [(1, "Godkendelse af dagsorden", "00.01.00-G01-93-16", False),
                              (2, "Salg af grund ved havnen", "82.02.00-G10-5-15", True),
                              (3, "Meddelelser", "00.01.00-G01-94-16", False)]


@pytest.mark.parametrize("kind", KINDS)
def test_date_title_colon_numbers_and_empty_case_labels(documents, kind):
    """Ringkøbing-Skjern style: "Referat: 27. oktober 2025 kl. 08:00", "1 : Title", empty "Sagsnr:"."""
    meeting = documents("ringkobing", kind)
    assert (meeting.forum, meeting.date, meeting.start_time) == ("Økonomiudvalget", dt.date(2025, 10, 27),
                                                                 dt.time(8, 0))
    assert meeting.place == "Rådhuset, mødelokale 1"
    assert items(meeting) == [(1, "Godkendelse af dagsorden", None, False), (2, "Budgetopfølgning", None, False)]
    assert meeting.items[1].decision == "Taget til efterretning."


@pytest.mark.parametrize("kind", KINDS)
def test_meeting_blocks_open_group_and_colon_headings(documents, kind):
    """Middelfart style: Møde/Mødetid/Tilstede/Fraværende, "ÅBNE SAGER", "Sagsnr.: 2017-004392"."""
    meeting = documents("middelfart", kind)
    assert (meeting.forum, meeting.date, meeting.place) == ("Teknik- og Miljøudvalget", dt.date(2017, 3, 15),
                                                           "Byrådssalen")
    assert [(p.name, p.role) for p in meeting.participants] == [("Anne Hansen", "A"), ("Bo Madsen", "V")]
    assert [(p.name, p.role) for p in meeting.absent] == [("Carl Berg", "O")]
    assert items(meeting) == [(1, "Vejplan 2017", "2017-004392", False)]
    assert [s.name for s in meeting.items[0].sections] == ["Præsentation", "Forvaltningen foreslår"]


@pytest.mark.parametrize("kind", KINDS)
def test_closed_group_closed_prefixes_and_members_with_attendance(documents, kind):
    """Egebjerg and Region Hovedstaden styles: closed groups and prefixes, "Name: Deltog"."""
    meeting = documents("egebjerg", kind)
    assert meeting.forum == "Forretningsudvalget" and meeting.date == dt.date(2024, 6, 4)
    assert [p.name for p in meeting.participants] == ["Lars Gaardhøj", "Ole Søbæk"]
    assert [p.name for p in meeting.absent] == ["Lise Rask"]
    assert items(meeting) == [(101, "Godkendelse af dagsorden", "24/1000", False),
                              (102, "Personalesag", None, True), (103, "Ejendomskøb", None, True),
                              (104, "Lukket punkt.", None, True), (105, "Erstatningssag", "24/1005", True)]


@pytest.mark.parametrize("kind", KINDS)
def test_dato_lokale_tidspunkt_header(documents, kind):
    """Horsens/Køge style, and the two municipalities the issue names: Dato:/Lokale:/Tidspunkt:."""
    meeting = documents("horsens", kind)
    assert (meeting.forum, meeting.date, meeting.start_time, meeting.place) == (
        "Byrådet", dt.date(2025, 9, 24), dt.time(18, 0), "Byrådssalen")
    assert items(meeting) == [(301, "Godkendelse af dagsorden", None, False),
                              (302, "Lokalplan 142 for Stationsbyen", None, False)]
    assert "2. kommuneplantillægget vedtages" in meeting.items[1].section("Indstilling").text


def test_a_saved_web_page(tmp_path):
    page = tmp_path / "dagsorden.html"
    page.write_text("""<html><head><title>Referat</title><style>p{}</style><script>var x=1;</script></head>
<body><nav>Forside · Politik</nav><h1>Referat fra Kultur- og Fritidsudvalget</h1>
<p>Mødedato: 3. april 2024 kl. 17:00</p><p>Mødested: Kulturhuset</p>
<h2>1. Godkendelse af dagsorden</h2><p>Sagsnr. 24/77</p><h3>Beslutning</h3><p>Godkendt.</p>
<h2>2. Tilskud til foreninger</h2><h3>Indstilling</h3><ul><li>at puljen fordeles</li></ul></body></html>
""", encoding="utf-8")
    meeting = import_agenda(page).meeting
    assert (meeting.forum, meeting.place) == ("Kultur- og Fritidsudvalget", "Kulturhuset")
    assert items(meeting) == [(1, "Godkendelse af dagsorden", "24/77", False),
                              (2, "Tilskud til foreninger", None, False)]


def test_a_scanned_pdf_is_refused_with_a_message_saying_so(tmp_path):
    pdfium = pytest.importorskip("pypdfium2")
    scan = tmp_path / "scannet.pdf"
    document = pdfium.PdfDocument.new()
    document.new_page(595, 842)
    document.save(str(scan))
    with pytest.raises(InputError, match="no text layer: it is a scanned image"):
        import_agenda(scan)


def test_agenda_check_lists_what_is_missing(tmp_path):
    partial = tmp_path / "uden-hoved.txt"
    partial.write_text("1. Godkendelse af dagsorden\n\nSagsnr. 25/1\n\n2. Eventuelt\n\nSagsnr. 25/2\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["agenda", "check", str(partial)])
    assert result.exit_code == 0, result.output
    assert "no forum" in result.output and "no meeting date" in result.output and "no place" in result.output
    assert "Punkt 2: Eventuelt" in result.output
    nothing = tmp_path / "ingenting.txt"
    nothing.write_text("Hej med dig.\n\nDette er ikke en dagsorden.\n", encoding="utf-8")
    refused = CliRunner().invoke(main, ["agenda", "check", str(nothing)])
    assert refused.exit_code != 0 and "referat looked for 'Punkt 1: Title'" in refused.output
