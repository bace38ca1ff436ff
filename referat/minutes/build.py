"""From a speaker-attributed discussion and an agenda to ``Minutes``. Pure.

Used by the pipeline after transcription and by ``referat render`` when the
secretary re-renders a saved meeting with fixed names, marks or agenda.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from referat.minutes.decisions import DecisionOptions, chair_name, draft_decision
from referat.minutes.segment import ItemSplit, split_discussion
from referat.minutes.sentences import is_pleasantry
from referat.types import DraftDecision, ItemMinutes, Mark, Meeting, Minutes, Utterance

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


def chair_label(meeting: Meeting, utterances: Sequence[Utterance], speaker_names: dict[str, str],
                said: Mapping[int, Sequence[Utterance]] | None = None) -> str | None:
    """The chair's speaker label: the one named as the chair; else whoever closes the
    most items (the chair ends each with the decision: "Så er det godkendt"); else
    whoever speaks first (the chair opens the meeting)."""
    chair = chair_name(meeting)
    if chair:
        for label, name in speaker_names.items():
            if name.casefold() == chair.casefold():
                return label
    # (a member's "Tak." after the decision closes nothing)
    closings = Counter(next((u.speaker for u in reversed(talk) if not is_pleasantry(u.text)), talk[-1].speaker)
                       for talk in (said or {}).values() if talk)
    if closings:
        ranked = closings.most_common()
        tied = {label for label, count in ranked if count == ranked[0][1]}
        if len(tied) == 1:
            return ranked[0][0]
        return next((u.speaker for u in utterances if u.speaker in tied), ranked[0][0])
    return utterances[0].speaker if utterances else None


def draft_decisions(
    meeting: Meeting,
    said: Mapping[int, Sequence[Utterance]],
    everyone: Sequence[Utterance],
    marks: Sequence[Mark] = (),
    speaker_names: Mapping[str, str] | None = None,
    options: DecisionOptions = DecisionOptions(),
    numbers: Iterable[int] | None = None,
) -> dict[int, DraftDecision]:
    """A draft Beslutning for every agenda item (or the items ``numbers``) from what
    was said under it. ``everyone`` is the whole meeting's talk, in order (it tells
    who the chair is)."""
    chair = chair_label(meeting, everyone, dict(speaker_names or {}), said)
    wanted = None if numbers is None else set(numbers)
    return {item.number: draft_decision(item, said.get(item.number, ()), meeting, chair=chair, marks=marks,
                                        options=options, names=speaker_names)
            for item in meeting.items if wanted is None or item.number in wanted}


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
    said = {item.number: split.utterances(item.number) for item in meeting.items}
    drafts = draft_decisions(meeting, said, utterances, marks, names, options)
    items = tuple(ItemMinutes(item, said[item.number], drafts[item.number]) for item in meeting.items)
    minutes = Minutes(meeting, items, split.unassigned, tuple(sorted(names.items())))
    chair = chair_label(meeting, utterances, names, said)
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
