"""The companion transcript document (``…-udskrift.docx``): each agenda item's
speaker-attributed, timestamped discussion, the unassigned talk, and how the
split was made, so the secretary can check the referat against what was said.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from referat import danish, files
from referat.minutes.build import CLOSED_TITLE
from referat.minutes.segment import UNASSIGNED_LABEL
from referat.record.model import MeetingRecord
from referat.types import Minutes, Utterance

DRAFT_NOTE = "[UDKAST] Maskinudskrift – genkendt automatisk; kontrollér før brug."
NO_TALK = "(Ingen drøftelse fundet i optagelsen.)"
CLOSED_NOTE = "Lukket punkt – drøftelsen indgår ikke i den offentlige udgave."


def transcript_path_for(referat_path: Path) -> Path:
    """``referat.docx`` → ``referat-udskrift.docx``."""
    referat_path = Path(referat_path)
    return referat_path.with_name(f"{referat_path.stem}-udskrift.docx")


def split_notes(record: MeetingRecord) -> list[str]:
    """How the discussion was split, and the warnings: the last section of the document."""
    method = {"marks": "markeringer fra optagelsen", "cues": "udtalte henvisninger (fx \"punkt 3\")",
              "none": "ingen – al tale er ikke fordelt"}.get(record.split.method, record.split.method)
    notes = [f"Fordelt efter: {method}."]
    notes += [f"{b.reason} → {'punkt ' + str(b.item) if b.item is not None else 'ikke fordelt'}"
              for b in record.split.boundaries]
    return notes + [f"Advarsel: {w}" for w in record.all_warnings]


def utterance_line(utterance: Utterance, names: dict[str, str]) -> str:
    return f"[{danish.clock(utterance.start)}] {names.get(utterance.speaker, utterance.speaker)}: {utterance.text}"


def render_transcript_docx(
    minutes: Minutes,
    path: Path,
    notes: Sequence[str] = (),
    public: bool = False,
    overwrite: bool = False,
) -> Path:
    """Write the transcript document; ``public`` leaves out closed items' and unassigned talk."""
    from docx import Document

    path = Path(path)
    files.check_can_create(path, overwrite)
    meeting = minutes.meeting
    names = dict(minutes.speaker_names)
    doc = Document()
    doc.add_heading(f"UDSKRIFT {meeting.forum} d. {danish.short_date(meeting.date)}", level=0)
    doc.add_paragraph(DRAFT_NOTE)
    if public:
        doc.add_paragraph("Offentlig udgave")
    for im in minutes.items:
        item = im.item
        hidden = public and item.closed
        doc.add_heading(f"Punkt {item.number}: {CLOSED_TITLE if hidden else item.title}", level=1)
        if item.case_number:
            doc.add_paragraph(item.case_number)
        if hidden:
            continue
        if item.closed:
            doc.add_paragraph(CLOSED_NOTE)
        for utterance in im.utterances:
            doc.add_paragraph(utterance_line(utterance, names))
        if not im.utterances:
            doc.add_paragraph(NO_TALK)
    if minutes.unassigned and not public:
        doc.add_heading(UNASSIGNED_LABEL, level=1)
        doc.add_paragraph("Tale, som hverken en markering eller en udtalt henvisning placerede under et punkt.")
        for utterance in minutes.unassigned:
            doc.add_paragraph(utterance_line(utterance, names))
    if notes and not public:
        doc.add_heading("Sådan blev drøftelsen fordelt", level=1)
        for note in notes:
            doc.add_paragraph(note, style="List Bullet")
    return files.write_with(path, lambda tmp: doc.save(str(tmp)), overwrite=overwrite)
