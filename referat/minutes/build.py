"""From a speaker-attributed discussion and an agenda to ``Minutes``. Pure.

Used by the pipeline after transcription and by ``referat render`` when the
secretary re-renders a saved meeting with fixed names, marks or agenda.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from referat.minutes.decisions import DecisionOptions, chair_name, draft_decision
from referat.minutes.segment import ItemSplit, split_discussion
from referat.types import ItemMinutes, Mark, Meeting, Minutes, Utterance

MAX_VOCABULARY = 60
CLOSED_TITLE = "Lukket"


@dataclass(frozen=True)
class MinutesResult:
    minutes: Minutes
    split: ItemSplit
    chair: str | None  # the speaker label taken as the chair
    warnings: tuple[str, ...] = ()


def empty_meeting(title: str = "Møde", date: dt.date | None = None) -> Meeting:
    """A meeting without an agenda: all talk lands in the unassigned section."""
    return Meeting(forum=title, date=date or dt.date.today())


def chair_label(meeting: Meeting, utterances: Sequence[Utterance], speaker_names: dict[str, str]) -> str | None:
    """The chair's speaker label: the one named as the chair, else whoever speaks first
    (the chair opens the meeting)."""
    chair = chair_name(meeting)
    if chair:
        for label, name in speaker_names.items():
            if name.casefold() == chair.casefold():
                return label
    return utterances[0].speaker if utterances else None


def build_minutes(
    meeting: Meeting,
    utterances: Sequence[Utterance],
    marks: Sequence[Mark] = (),
    duration: float | None = None,
    speaker_names: dict[str, str] | None = None,
    options: DecisionOptions = DecisionOptions(),
) -> MinutesResult:
    names = dict(speaker_names or {})
    split = split_discussion(utterances, meeting.items, marks, duration)
    chair = chair_label(meeting, utterances, names)
    items = []
    for item in meeting.items:
        said = split.utterances(item.number)
        draft = draft_decision(item, said, meeting, chair=chair, marks=marks, options=options)
        items.append(ItemMinutes(item, said, draft))
    minutes = Minutes(meeting, tuple(items), split.unassigned, tuple(sorted(names.items())))
    warnings = split.warnings
    if not utterances:
        warnings = ("No speech was found in the recording; the referat holds the agenda and empty drafts.",) + warnings
    return MinutesResult(minutes, split, chair, warnings)


def public_minutes(minutes: Minutes) -> Minutes:
    """What may be published: closed items keep number, title and case number only;
    their discussion, drafts and the unassigned talk (which may hold closed talk) go."""
    items = tuple(
        replace(im, item=replace(im.item, title=CLOSED_TITLE, sections=(), decision=None), utterances=(), draft=None)
        if im.item.closed else im
        for im in minutes.items
    )
    return replace(minutes, items=items, unassigned=())


def vocabulary_from_meeting(meeting: Meeting) -> tuple[str, ...]:
    """Names and terms that help recognition: forum, people, item titles and the
    capitalised terms of each Indstilling (product and place names)."""
    terms: list[str] = [meeting.forum, meeting.municipality or "", meeting.place or ""]
    terms += [p.name for p in meeting.participants + meeting.absent]
    terms += [item.title for item in meeting.items if not item.closed or item.title.casefold() != "lukket"]
    for item in meeting.items:
        section = item.section("Indstilling")
        if section:
            terms += re.findall(r"(?<![.!?]\s)(?<!^)\b[A-ZÆØÅ][\wæøåÆØÅ-]{3,}", section.text)
    seen: dict[str, None] = {}
    for term in terms:
        term = " ".join(term.split())
        if term and term.casefold() not in {t.casefold() for t in seen} and term.casefold() != "lukket":
            seen[term] = None
    return tuple(seen)[:MAX_VOCABULARY]

