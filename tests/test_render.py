"""Rendering minutes: closed items, drafts, decisions, templates."""

from __future__ import annotations

import datetime as dt
import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX

from referat.errors import OutputError, TemplateError
from referat.output.render import default_template, render, render_docx, render_html, render_markdown
from referat.types import (AgendaItem, DraftDecision, Evidence, ItemMinutes, Meeting, Minutes, Participant,
                           Section, Utterance, Word)

MEETING = Meeting(
    forum="Chefforum", date=dt.date(2025, 6, 19), start_time=dt.time(9, 0), place="Mødelokale 915",
    municipality="Albertslund Kommune",
    participants=(Participant("Henrik Harder", "Kommunaldirektør"), Participant("Marie Aasøe")),
    items=(
        AgendaItem(1, "Godkendelse af dagsorden", "00.01.00-P35-7-23", sections=(
            Section("Indstilling", "Kommunaldirektøren indstiller,\n\n1. at dagsordenen godkendes\n2. at referat godkendes"),
            Section("Beslutning", ""),
        )),
        AgendaItem(2, "Personalesag om Jens Hansen", "81.03.00-G01-2-25", closed=True, sections=(
            Section("Sagsfremstilling", "Fortrolige oplysninger om Jens Hansen."),
            Section("Beslutning", ""),
        ), decision="Hemmelig beslutning."),
        AgendaItem(3, "Budget & <planer>", "24/11351", sections=(
            Section("Indstilling", "At budgettet godkendes."),
            Section("Beslutning Chefforum den 19-06-2025", ""),
        ), decision="Chefforum godkendte budgettet."),
        AgendaItem(4, "AI og nye teknologier", "85.11.20-A26-1-24", sections=(
            Section("Sagsfremstilling", "Tekst.\n\n- punkt a\n - underpunkt"),
            Section("Bilag", "Bilag A Power Point"),
        )),
    ),
)


def _utterance(speaker, start, text):
    words = tuple(Word(start + i, start + i + 0.5, w) for i, w in enumerate(text.split()))
    return Utterance(speaker, start, start + len(words), words)


DRAFT_1 = DraftDecision("approved", "Chefforum godkendte dagsordenen.",
                        (Evidence("Taler 1", 192.0, "Så er dagsordenen godkendt."),), 0.9)
MINUTES = Minutes(
    meeting=MEETING,
    items=(
        ItemMinutes(MEETING.items[0], (_utterance("Taler 1", 190.0, "Er der bemærkninger til dagsordenen"),), DRAFT_1),
        ItemMinutes(MEETING.items[1], (_utterance("Taler 2", 300.0, "Fortroligt udsagn om Jens"),),
                    DraftDecision("noted", "Udkast til lukket punkt.")),
        ItemMinutes(MEETING.items[2], (), DraftDecision("rejected", "Chefforum afviste budgettet.")),
        ItemMinutes(MEETING.items[3], (), DraftDecision("noted", "Chefforum tog orienteringen til efterretning.")),
    ),
    unassigned=(_utterance("Taler 2", 5.0, "Godmorgen alle sammen"),),
    speaker_names=(("Taler 1", "Henrik Harder"),),
)


def test_markdown_internal_version():
    md = render_markdown(MINUTES)
    assert md.startswith("# REFERAT Chefforum d. 19-06-2025\n")
    assert "**Mødedato** Torsdag d. 19. juni 2025 kl. 09:00" in md
    assert "**Mødedeltagere** Henrik Harder (Kommunaldirektør), Marie Aasøe" in md
    assert "## Punkt 2: Personalesag om Jens Hansen" in md and "Hemmelig beslutning." in md
    # Draft decision where none is written, marked, with its evidence.
    block1 = md[md.index("## Punkt 1:"):md.index("## Punkt 2:")]
    assert "### Beslutning\n\n**[UDKAST]**" in block1 and "Chefforum godkendte dagsordenen." in block1
    assert "»Så er dagsordenen godkendt.« (Henrik Harder, 00:03:12)" in block1
    assert "- [00:03:10] Henrik Harder: Er der bemærkninger til dagsordenen" in block1
    # A written decision is never replaced by a draft.
    block3 = md[md.index("## Punkt 3:"):md.index("## Punkt 4:")]
    assert "### Beslutning Chefforum den 19-06-2025\n\nChefforum godkendte budgettet." in block3
    assert "afviste" not in md and "[UDKAST]" not in block3
    # No marker: the draft goes before Bilag.
    block4 = md[md.index("## Punkt 4:"):]
    assert block4.index("### Beslutning") < block4.index("### Bilag")
    assert "- punkt a\n - underpunkt" in block4


def test_unassigned_talk_is_a_marked_draft_in_the_internal_version_only(tmp_path):
    md = render_markdown(MINUTES)
    tail = md[md.index("## Øvrig drøftelse (maskinudskrift)"):]
    assert tail.startswith("## Øvrig drøftelse (maskinudskrift)\n\n**[UDKAST]**")
    assert "- [00:00:05] Taler 2: Godmorgen alle sammen" in tail
    assert "Godmorgen" not in render_markdown(MINUTES, public=True)
    assert "Godmorgen" not in render_markdown(MINUTES, excerpts=False)
    html = render_html(MINUTES)
    assert "<h2>Øvrig drøftelse (maskinudskrift)</h2>" in html and "Godmorgen alle sammen" in html
    document = docx.Document(str(render_docx(MINUTES, tmp_path / "u.docx")))
    last = document.paragraphs[-1]
    assert last.text == "[00:00:05] Taler 2: Godmorgen alle sammen"
    assert all(r.font.highlight_color == WD_COLOR_INDEX.YELLOW for r in last.runs)


def test_markdown_public_version_hides_closed_items():
    md = render_markdown(MINUTES, public=True)
    assert "## Punkt 2: Lukket\n\n81.03.00-G01-2-25\n" in md
    assert "- Punkt 2: Lukket" in md
    for secret in ("Jens", "Personalesag", "Hemmelig", "Fortrolig", "Udkast til lukket"):
        assert secret not in md
    assert "## Punkt 3: Budget & <planer>" in md


@pytest.mark.parametrize("style,heading", [
    ("auto", "### Beslutning Chefforum den 19-06-2025"),
    ("forum", "### Beslutning Chefforum den 19-06-2025"),
    ("plain", "### Beslutning\n\nChefforum godkendte budgettet."),
])
def test_decision_heading_styles(style, heading):
    md = render_markdown(MINUTES, decision_heading=style)
    assert heading in md
    block1 = md[md.index("## Punkt 1:"):md.index("## Punkt 2:")]
    expected = "### Beslutning Chefforum den 19-06-2025" if style == "forum" else "### Beslutning\n"
    assert expected in block1


def test_agenda_only_renders_without_drafts():
    md = render_markdown(Minutes(MEETING))
    assert "[UDKAST]" not in md
    assert "### Beslutning\n" in md  # the marker keeps the heading in place for the secretary


def test_html_escapes_and_marks_drafts():
    html = render_html(MINUTES)
    assert "<h2>Punkt 3: Budget &amp; &lt;planer&gt;</h2>" in html
    assert '<mark class="udkast">[UDKAST]</mark>' in html
    assert '<p class="list">1. at dagsordenen godkendes</p>' in html
    public = render_html(MINUTES, public=True)
    assert "Jens" not in public and "<h2>Punkt 2: Lukket</h2>" in public


def _styled(document, style):
    return [p.text for p in document.paragraphs if p.style.name == style]


def test_docx_structure_and_draft_highlight(tmp_path):
    out = render_docx(MINUTES, tmp_path / "referat.docx")
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    document = docx.Document(str(out))
    assert _styled(document, "Title") == ["REFERAT Chefforum d. 19-06-2025"]
    assert _styled(document, "Heading 1") == [
        "Indholdsfortegnelse", "Punkt 1: Godkendelse af dagsorden", "Punkt 2: Personalesag om Jens Hansen",
        "Punkt 3: Budget & <planer>", "Punkt 4: AI og nye teknologier", "Øvrig drøftelse (maskinudskrift)"]
    assert _styled(document, "Heading 2") == [
        "Indstilling", "Beslutning", "Drøftelse (maskinudskrift)", "Sagsfremstilling", "Beslutning",
        "Drøftelse (maskinudskrift)", "Indstilling", "Beslutning Chefforum den 19-06-2025",
        "Sagsfremstilling", "Beslutning", "Bilag"]
    assert _styled(document, "Liste") == ["1. at dagsordenen godkendes", "2. at referat godkendes", "- punkt a"]
    assert _styled(document, "Liste 2") == ["- underpunkt"]
    texts = [p.text for p in document.paragraphs]
    assert "Mødedato\tTorsdag d. 19. juni 2025 kl. 09:00" in texts
    drafts = [p for p in document.paragraphs if "Chefforum godkendte dagsordenen." in p.text]
    assert len(drafts) == 1 and all(r.font.highlight_color == WD_COLOR_INDEX.YELLOW for r in drafts[0].runs)
    label = next(p for p in document.paragraphs if p.text.startswith("[UDKAST]"))
    assert label.runs[0].font.highlight_color == WD_COLOR_INDEX.YELLOW and label.runs[0].bold
    written = next(p for p in document.paragraphs if p.text == "Chefforum godkendte budgettet.")
    assert all(r.font.highlight_color is None for r in written.runs)
    assert "afviste" not in "\n".join(texts)


def test_docx_public_version(tmp_path):
    document = docx.Document(str(render_docx(MINUTES, tmp_path / "public.docx", public=True)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Punkt 2: Lukket" in _styled(document, "Heading 1")
    assert "81.03.00-G01-2-25" in _styled(document, "Sagsnummer")
    assert "Jens" not in text and "Hemmelig" not in text


def test_never_overwrites_and_suffix_decides_format(tmp_path):
    out = tmp_path / "referat.md"
    out.write_text("keep me")
    with pytest.raises(OutputError, match="already exists"):
        render(MINUTES, out)
    assert out.read_text() == "keep me"
    render(MINUTES, out, overwrite=True)
    assert out.read_text().startswith("# REFERAT")
    with pytest.raises(OutputError, match="output format"):
        render(MINUTES, tmp_path / "referat.pdf")


# --- templates ---------------------------------------------------------------------


def _docx_template(path, *paragraphs):
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


@pytest.mark.parametrize("paragraphs,field", [
    (["{{ title }}", "Ingen punkter her"], "'items'"),
    (["{{ title }}", "{%p for item in items %}", "{{ item.heading }}", "{%p endfor %}"], "'item.sections'"),
    (["{{ title }}", "{%p for item in items %}", "Punkt {{ item.number }}",
      "{%p for s in item.sections %}", "{{ s.heading }}", "{%p endfor %}", "{%p endfor %}"], "'item.title'"),
    (["Referat", "{%p for item in items %}", "{{ item.heading }}{{ item.sections }}", "{%p endfor %}"], "'title'"),
])
def test_docx_template_missing_required_field(tmp_path, paragraphs, field):
    template = _docx_template(tmp_path / "kommune.docx", *paragraphs)
    out = tmp_path / "out.docx"
    with pytest.raises(TemplateError, match=f"missing the required field {field}"):
        render_docx(MINUTES, out, template=template)
    assert not out.exists() and not list(tmp_path.glob(".out.docx*"))


def test_docx_template_unknown_field_and_bad_files(tmp_path):
    source = docx.Document(str(default_template("docx")))
    source.paragraphs[0].insert_paragraph_before("{{ letterhead }}")
    source.save(str(tmp_path / "typo.docx"))
    with pytest.raises(TemplateError, match="does not provide.*letterhead"):
        render_docx(MINUTES, tmp_path / "a.docx", template=tmp_path / "typo.docx")
    (tmp_path / "fake.docx").write_text("not a zip")
    with pytest.raises(TemplateError, match="not a Word document"):
        render_docx(MINUTES, tmp_path / "b.docx", template=tmp_path / "fake.docx")
    with pytest.raises(TemplateError, match="does not exist"):
        render_docx(MINUTES, tmp_path / "c.docx", template=tmp_path / "missing.docx")


def test_text_template_errors(tmp_path):
    missing = tmp_path / "mini.md.j2"
    missing.write_text("# {{ title }}\n{% for item in items %}## {{ item.number }}\n{% endfor %}\n")
    with pytest.raises(TemplateError, match="missing the required field 'item.title'"):
        render_markdown(MINUTES, template=missing)
    broken = tmp_path / "broken.md.j2"
    broken.write_text("# {{ title }}\n{% for item in items %}\n")
    with pytest.raises(TemplateError, match="syntax error on line 2"):
        render_markdown(MINUTES, template=broken)


def test_municipality_template_with_letterhead(tmp_path):
    document = docx.Document(str(default_template("docx")))
    document.paragraphs[0].insert_paragraph_before("Albertslund Kommune · Sekretariatet")
    document.save(str(tmp_path / "albertslund.docx"))
    out = render_docx(MINUTES, tmp_path / "out.docx", template=tmp_path / "albertslund.docx")
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert texts[0] == "Albertslund Kommune · Sekretariatet"
    assert texts[1] == "REFERAT Chefforum d. 19-06-2025"


def test_committed_template_is_what_the_script_builds(tmp_path):
    """templates/referat.docx must stay in step with templates/make_template.py."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_template", default_template("docx").parent / "make_template.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = docx.Document(str(module.build(tmp_path / "built.docx")))
    committed = docx.Document(str(default_template("docx")))
    assert [(p.style.name, p.text) for p in built.paragraphs] == [(p.style.name, p.text) for p in committed.paragraphs]


def test_control_characters_do_not_break_word(tmp_path):
    item = AgendaItem(1, "Titel\x0bmed lodret tab", "24/1", sections=(Section("Sagsfremstilling", "A\x00B\x1fC"),))
    out = render_docx(Minutes(Meeting("Forum", dt.date(2025, 1, 2), items=(item,))), tmp_path / "c.docx")
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "Punkt 1: Titelmed lodret tab" in texts and "ABC" in texts


def test_items_without_minutes_still_appear_in_agenda_order():
    partial = Minutes(MEETING, items=(MINUTES.items[3], MINUTES.items[0]))
    md = render_markdown(partial)
    headings = [line for line in md.split("\n") if line.startswith("## Punkt")]
    assert headings == ["## Punkt 1: Godkendelse af dagsorden", "## Punkt 2: Personalesag om Jens Hansen",
                        "## Punkt 3: Budget & <planer>", "## Punkt 4: AI og nye teknologier"]
    assert "Chefforum godkendte dagsordenen." in md  # item 1's draft is kept
