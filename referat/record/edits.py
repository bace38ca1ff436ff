"""Edits of a meeting record: pure functions from one record to the next.

The review page offers them; ``referat render`` and ``referat speakers`` use the
same ones. None of them loses the machine's first version: a correction is
stored beside the machine's text, a moved line keeps its words, and the
machine's draft Beslutning stays beside the secretary's own text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from referat.minutes.decisions import DecisionOptions
from referat.record.build import redraft, split_by_agenda
from referat.record.model import MeetingRecord
from referat.types import Meeting


def set_names(record: MeetingRecord, names: Mapping[str, str]) -> MeetingRecord:
    """Give speakers names (label -> name), added to those already given; the
    drafts follow (the chair is found by name)."""
    merged = dict(record.speaker_names) | {label: name.strip() for label, name in names.items()}
    renamed = replace(record, speaker_names=tuple(sorted((k, v) for k, v in merged.items() if v)))
    return redraft(renamed) if renamed.has_agenda else renamed


def set_agenda(record: MeetingRecord, meeting: Meeting, options: DecisionOptions = DecisionOptions()) -> MeetingRecord:
    """Split the talk again by a corrected (or first) agenda, and draft again."""
    return split_by_agenda(replace(record, meeting=meeting, has_agenda=True), options)
