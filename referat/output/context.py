"""Turn a ``Minutes`` value into the plain dict every template renders.

One context serves the Word, markdown and HTML templates, so a municipality's
own template can use the same fields (listed in docs/agenda.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from referat import danish
from referat.agenda.sections import decision_heading, decision_index, is_decision_heading
from referat.minutes.build import CLOSED_TITLE
from referat.types import ItemMinutes, Meeting, Minutes, Participant

DRAFT_LABEL = "[UDKAST]"
DRAFT_NOTE = "Maskinforslag – kontrollér og ret teksten før referatet godkendes."
EXCERPTS_HEADING = "Drøftelse (maskinudskrift)"
UNASSIGNED_HEADING = "Øvrig drøftelse (maskinudskrift)"
FOLLOWUPS_HEADING = "Opfølgning"
CLOSED_NOTE = "Lukket punkt – indgår ikke i den offentlige udgave."
DECISION_STYLES = ("auto", "plain", "forum")

_LIST = re.compile(r"^\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|[a-zæøå][.)]|[-–•*·])\s")


@dataclass(frozen=True)
class RenderOptions:
    """How to render minutes.

    public: closed items show only "Punkt N: Lukket" and the case number.
    decision_heading: "auto" keeps the heading the agenda uses, "plain" writes
        "Beslutning", "forum" writes "Beslutning <forum> den <dd-mm-yyyy>".
    excerpts: include transcript excerpts (marked as drafts) under each item.
    """

    public: bool = False
    decision_heading: str = "auto"
    excerpts: bool = True


def build_context(minutes: Minutes, options: RenderOptions = RenderOptions()) -> dict:
    if options.decision_heading not in DECISION_STYLES:
        raise ValueError(f"decision_heading must be one of {DECISION_STYLES}")
    meeting = minutes.meeting
    names = dict(minutes.speaker_names)
    items = [_item(im, meeting, names, options) for im in _all_items(minutes)]
    # Every item's follow-ups in one table at the end: hvem / hvad / hvornår / punkt.
    table = [dict(f, item=i["number"], item_title=i["title"]) for i in items for f in i["followups"]]
    kind = "REFERAT"
    context = {
        "kind": kind,
        "title": f"{kind} {meeting.forum} d. {danish.short_date(meeting.date)}",
        "forum": meeting.forum,
        "municipality": meeting.municipality or "",
        "date": danish.short_date(meeting.date),
        "meeting_date": danish.long_date(meeting.date, meeting.start_time),
        "start_time": meeting.start_time.strftime("%H:%M") if meeting.start_time else "",
        "place": meeting.place or "",
        "participants": _people(meeting.participants),
        "participant_list": [_person(p) for p in meeting.participants],
        "absent": _people(meeting.absent),
        "public": options.public,
        "version_label": "Offentlig udgave" if options.public else "Intern udgave",
        "draft_label": DRAFT_LABEL,
        "draft_note": DRAFT_NOTE,
        "excerpts_heading": EXCERPTS_HEADING,
        "toc": [{"number": i["number"], "title": i["title"], "heading": i["heading"]} for i in items],
        "items": items,
        # Talk outside any item; left out of the public version (it may touch closed items).
        "unassigned": [] if options.public or not options.excerpts else _excerpts(minutes.unassigned, names),
        "unassigned_heading": UNASSIGNED_HEADING,
        "followups_heading": FOLLOWUPS_HEADING,
        "followups": table,
        "followups_draft": any(f["draft"] for f in table),
    }
    context["has_drafts"] = bool(context["unassigned"]) or any(i["has_draft"] for i in items)
    return _clean(context)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(value):
    """Drop control characters (Word's \v, stray NULs) from every output format."""
    if isinstance(value, str):
        return _CONTROL.sub("", value)
    if isinstance(value, dict):
        return {key: _clean(v) for key, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _all_items(minutes: Minutes) -> list[ItemMinutes]:
    """Every agenda item in agenda order, with its minutes where there are some
    (an item nobody spoke to must still appear in the referat)."""
    by_number = {im.item.number: im for im in minutes.items}
    out = [by_number.pop(item.number, ItemMinutes(item)) for item in minutes.meeting.items]
    return out + [im for im in minutes.items if im.item.number in by_number]


def _people(people: tuple[Participant, ...]) -> str:
    return ", ".join(_person(p)["text"] for p in people)


def _person(p: Participant) -> dict:
    return {"name": p.name, "role": p.role or "", "text": f"{p.name} ({p.role})" if p.role else p.name}


def paragraphs(text: str) -> list[dict]:
    """Lines of a section as paragraphs; list lines keep their own numbers."""
    out = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        kind = "text"
        if _LIST.match(line):
            kind = "list2" if line[:1].isspace() else "list"
        out.append({"text": line.strip(), "kind": kind, "raw": line.rstrip()})
    return out


def _item(im: ItemMinutes, meeting: Meeting, names: dict, options: RenderOptions) -> dict:
    item = im.item
    hidden = item.closed and options.public
    title = CLOSED_TITLE if hidden else item.title
    base = {
        "number": item.number,
        "title": title,
        "heading": f"Punkt {item.number}: {title}",
        "case_number": item.case_number or "",
        "closed": item.closed,
        "hidden": hidden,
        "note": (CLOSED_NOTE if item.closed and not hidden and not item.title.casefold().startswith("lukket") else ""),
        "sections": [],
        "excerpts": [],
        "followups": [],
        "followups_draft": False,
        "has_draft": False,
    }
    if hidden:
        return base
    sections = [_section(s.name, s.text) for s in item.sections]
    decision = _decision(im, meeting, options, names)
    at = decision_index(item)
    if at is not None:
        sections[at] = decision or _section(_decision_name(item.sections[at].name, meeting, options), "")
    elif decision:
        bilag = next((i for i, s in enumerate(item.sections) if s.name.casefold() == "bilag"), len(sections))
        sections.insert(bilag, decision)
    base["sections"] = sections
    if options.excerpts:
        base["excerpts"] = _excerpts(im.utterances, names)
    followups = _followups(im, names)
    base["followups"] = followups
    base["followups_draft"] = any(f["draft"] for f in followups)
    base["has_draft"] = bool(base["excerpts"]) or any(s["draft"] for s in sections) or base["followups_draft"]
    return base


def _followups(im: ItemMinutes, names: dict) -> list[dict]:
    """The item's follow-ups. The machine's carry the sentence they were heard in and are
    drafts until the item is checked; rows the secretary wrote carry none and are not."""
    if im.draft is None:
        return []
    rows = []
    for f in im.draft.followups:
        who = names.get(f.who, f.who) if f.who else ""
        line = (f"{who}: {f.what}" if who else f.what) + (f" ({f.when})" if f.when else "")
        rows.append({"who": who, "what": f.what, "when": f.when or "", "line": line,
                     "draft": f.evidence is not None and not im.checked,
                     "evidence": None if f.evidence is None else {
                         "speaker": names.get(f.evidence.speaker, f.evidence.speaker),
                         "time": danish.clock(f.evidence.start), "text": f.evidence.text}})
    return rows


def _excerpts(utterances, names: dict) -> list[dict]:
    return [{"time": danish.clock(u.start), "speaker": names.get(u.speaker, u.speaker), "text": u.text}
            for u in utterances if u.text]


def _section(name: str, text: str) -> dict:
    return {"heading": name, "text": text, "paragraphs": paragraphs(text), "draft": False,
            "is_decision": False, "evidence": []}


def _decision_name(marker: str | None, meeting: Meeting, options: RenderOptions) -> str:
    if options.decision_heading == "forum":
        return decision_heading(meeting.forum, danish.short_date(meeting.date))
    if options.decision_heading == "auto" and marker and is_decision_heading(marker):
        return marker
    return "Beslutning"


def _decision(im: ItemMinutes, meeting: Meeting, options: RenderOptions, names: dict) -> dict | None:
    """The written Beslutning wins; a draft fills in only where none is written."""
    at = decision_index(im.item)
    marker = im.item.sections[at].name if at is not None else None
    name = _decision_name(marker, meeting, options)
    if im.item.decision:
        section = _section(name, im.item.decision)
    elif im.draft is not None and im.draft.text.strip():
        section = _section(name, im.draft.text)
        if not im.checked:  # checked by a person: the Beslutning as it will be published
            section["draft"] = True
            section["evidence"] = [{"speaker": names.get(e.speaker, e.speaker), "time": danish.clock(e.start),
                                    "text": e.text} for e in im.draft.evidence]
    else:
        return None
    section["is_decision"] = True
    return section
