"""Build templates/referat.docx, the default Word template (docxtpl + Jinja tags).

Run from the repository root:  python templates/make_template.py
The result is committed so a municipality can open it in Word, add its
letterhead and styles, and pass it with --template. Tags used (all optional
except those marked required in docs/agenda.md): see that file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent / "referat.docx"


def _styles(doc) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    case = doc.styles.add_style("Sagsnummer", WD_STYLE_TYPE.PARAGRAPH)
    case.base_style = normal
    case.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    for name, indent in (("Liste", 0.6), ("Liste 2", 1.2)):
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.paragraph_format.left_indent = Cm(indent + 0.6)
        style.paragraph_format.first_line_indent = Cm(-0.6)
        style.paragraph_format.space_after = Pt(2)
    draft = doc.styles.add_style("Udkast", WD_STYLE_TYPE.PARAGRAPH)
    draft.base_style = normal
    draft.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _tag(doc, tag: str) -> None:
    doc.add_paragraph(tag)  # docxtpl removes {%p … %} paragraphs when rendering


def _label(doc, label: str, value: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(4))
    p.add_run(label).bold = True
    p.add_run("\t" + value)


def _draft(doc, text: str, bold_label: bool = False, italic: bool = False) -> None:
    p = doc.add_paragraph(style="Udkast")
    if bold_label:
        run = p.add_run("{{ draft_label }} ")
        run.bold = True
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    run = p.add_run(text)
    run.italic = italic
    run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def build(path: Path = OUT) -> Path:
    doc = Document()
    _styles(doc)
    doc.core_properties.title = "{{ title }}"
    doc.core_properties.author = "referat"
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "{{ title }} · {{ version_label }}"

    doc.add_paragraph("{{ title }}", style="Title")
    _label(doc, "Mødedato", "{{ meeting_date }}")
    _tag(doc, "{%p if place %}")
    _label(doc, "Mødested", "{{ place }}")
    _tag(doc, "{%p endif %}")
    _label(doc, "Mødedeltagere", "{{ participants }}")
    _tag(doc, "{%p if absent %}")
    _label(doc, "Afbud", "{{ absent }}")
    _tag(doc, "{%p endif %}")
    doc.add_paragraph().add_run("{{ version_label }}").italic = True

    doc.add_paragraph("Indholdsfortegnelse", style="Heading 1")
    _tag(doc, "{%p for entry in toc %}")
    p = doc.add_paragraph("Punkt {{ entry.number }}\t{{ entry.title }}")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2))
    _tag(doc, "{%p endfor %}")

    _tag(doc, "{%p for item in items %}")
    doc.add_paragraph("{{ item.heading }}", style="Heading 1")
    _tag(doc, "{%p if item.case_number %}")
    doc.add_paragraph("{{ item.case_number }}", style="Sagsnummer")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if item.note %}")
    doc.add_paragraph().add_run("{{ item.note }}").italic = True
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p for s in item.sections %}")
    _tag(doc, "{%p if s.heading %}")
    doc.add_paragraph("{{ s.heading }}", style="Heading 2")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if s.draft %}")
    _draft(doc, "{{ draft_note }}", bold_label=True, italic=True)
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p for para in s.paragraphs %}")
    _tag(doc, "{%p if s.draft %}")
    _draft(doc, "{{ para.text }}")
    _tag(doc, '{%p elif para.kind == "list" %}')
    doc.add_paragraph("{{ para.text }}", style="Liste")
    _tag(doc, '{%p elif para.kind == "list2" %}')
    doc.add_paragraph("{{ para.text }}", style="Liste 2")
    _tag(doc, "{%p else %}")
    doc.add_paragraph("{{ para.text }}")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p for ev in s.evidence %}")
    _draft(doc, "»{{ ev.text }}« ({{ ev.speaker }}, {{ ev.time }})", italic=True)
    _tag(doc, "{%p endfor %}")
    # Follow-ups right under the Beslutning: who does what, by when.
    _tag(doc, "{%p if s.is_decision and item.followups %}")
    doc.add_paragraph("{{ followups_heading }}", style="Heading 3")
    _tag(doc, "{%p if item.followups_draft %}")
    _draft(doc, "{{ draft_note }}", bold_label=True, italic=True)
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p for f in item.followups %}")
    _tag(doc, "{%p if f.draft %}")
    _draft(doc, "– {{ f.line }}")
    _tag(doc, "{%p else %}")
    doc.add_paragraph("– {{ f.line }}", style="Liste")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p if item.excerpts %}")
    doc.add_paragraph("{{ excerpts_heading }}", style="Heading 2")
    _draft(doc, "{{ draft_note }}", bold_label=True, italic=True)
    _tag(doc, "{%p for ex in item.excerpts %}")
    _draft(doc, "[{{ ex.time }}] {{ ex.speaker }}: {{ ex.text }}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endfor %}")
    # All follow-ups in one table at the end.
    _tag(doc, "{%p if followups %}")
    doc.add_paragraph("{{ followups_heading }}", style="Heading 1")
    _tag(doc, "{%p if followups_draft %}")
    _draft(doc, "{{ draft_note }}", bold_label=True, italic=True)
    _tag(doc, "{%p endif %}")
    table = doc.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Hvem", "Hvad", "Hvornår", "Punkt"), strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    table.rows[1].cells[0].text = "{%tr for f in followups %}"
    for cell, text in zip(table.rows[2].cells, ("{{ f.who }}", "{{ f.what }}", "{{ f.when }}", "{{ f.item }}"),
                          strict=True):
        cell.text = text
    table.rows[3].cells[0].text = "{%tr endfor %}"
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if unassigned %}")
    doc.add_paragraph("{{ unassigned_heading }}", style="Heading 1")
    _draft(doc, "{{ draft_note }}", bold_label=True, italic=True)
    _tag(doc, "{%p for ex in unassigned %}")
    _draft(doc, "[{{ ex.time }}] {{ ex.speaker }}: {{ ex.text }}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")
    doc.save(str(path))
    return path


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
