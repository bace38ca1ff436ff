"""From a speaker-attributed transcript and an agenda to the meeting record. Pure.

1. Whisper's segments are cut where the speaker changes: the lines.
2. The talk is split by agenda item (marks, then spoken cues; ``minutes.segment``),
   and lines that run across a boundary are cut there, word by word.
3. Each item gets a draft Beslutning from its lines (``minutes.decisions``).

``redraft`` repeats step 3 after an edit, ``resplit`` steps 2 and 3 for a
corrected agenda or new marks; the secretary's own decision texts survive both.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from referat.i18n import N_, _
from referat.minutes.build import chair_label, draft_decisions
from referat.minutes.decisions import DecisionOptions
from referat.minutes.segment import split_discussion
from referat.record.model import Line, MeetingRecord, Split
from referat.record.views import utterances_by_item, utterances_of
from referat.speakers.align import speaker_lines
from referat.types import Boundary, Mark, Meeting, Segment, Transcript, Utterance, Word, continuations, join_words

NO_SPEECH = N_("No speech was found in the recording; the transcript is empty.")
NO_SPEECH_REFERAT = N_("No speech was found in the recording; the referat holds the agenda and empty drafts.")


def build_record(
    transcript: Transcript,
    meeting: Meeting,
    *,
    has_agenda: bool,
    marks: Sequence[Mark] = (),
    speaker_names: Mapping[str, str] | None = None,
    options: DecisionOptions = DecisionOptions(),
    warnings: Sequence[str] = (),
) -> MeetingRecord:
    """The record of one transcribed meeting (``transcript`` with speakers on its words)."""
    pieces = speaker_lines(transcript)
    lines = tuple(Line(i, s.start, s.end, s.speaker, s.text, s.words) for i, s in enumerate(pieces))
    record = MeetingRecord(
        source=transcript.info.source,
        duration=transcript.info.duration,
        asr=transcript.info,
        meeting=meeting,
        has_agenda=has_agenda,
        lines=lines,
        marks=tuple(marks),
        speaker_names=tuple(sorted((speaker_names or {}).items())),
        warnings=tuple(warnings) + (() if lines else (_(NO_SPEECH_REFERAT if has_agenda else NO_SPEECH),)),
    )
    return split_by_agenda(record, options) if has_agenda else record


def split_by_agenda(record: MeetingRecord, options: DecisionOptions = DecisionOptions()) -> MeetingRecord:
    """Assign every line to an agenda item by the record's marks or spoken cues, and
    draft each item's Beslutning. Corrections, speakers and the secretary's own
    decision texts are kept; the machine's earlier split is not."""
    talk = utterances_of(replace(record, lines=tuple(replace(line, item=None) for line in record.lines)))
    split = split_discussion(talk, record.meeting.items, record.marks, record.duration)
    lines = cut_at_boundaries(record.lines, split.boundaries)
    known = {item.number for item in record.meeting.items}
    kept = tuple(d for d in record.decisions if d.number in known)
    resplit = replace(record, lines=lines, split=Split(split.method, split.boundaries, split.warnings),
                      decisions=kept)
    return redraft(resplit, options=options)


def redraft(record: MeetingRecord, numbers: Iterable[int] | None = None,
            options: DecisionOptions = DecisionOptions()) -> MeetingRecord:
    """The machine's draft Beslutning again for the items ``numbers`` (default: all)."""
    drafts = draft_decisions(record.meeting, _said_under_items(record), utterances_of(record), record.marks,
                             record.names, options, numbers)
    decisions = []
    for item in record.meeting.items:
        current = record.decision(item.number)
        decisions.append(replace(current, draft=drafts[item.number]) if item.number in drafts else current)
    return replace(record, decisions=tuple(decisions))


def chair_of(record: MeetingRecord) -> str | None:
    """The speaker label the drafts take as the chair (a name given to a speaker can change it)."""
    return chair_label(record.meeting, utterances_of(record), record.names, _said_under_items(record))


def _said_under_items(record: MeetingRecord) -> dict[int, tuple[Utterance, ...]]:
    """What was said under each agenda item, without the talk assigned to none."""
    return {k: v for k, v in utterances_by_item(record).items() if k is not None}


def cut_at_boundaries(lines: Sequence[Line], boundaries: Sequence[Boundary]) -> tuple[Line, ...]:
    """Give each word to the boundary in force at its start; a line that runs
    across a boundary is cut there. Talk before the first boundary is unassigned.
    Line ids are numbered afresh in time order."""
    ordered = sorted(boundaries, key=lambda b: b.time)
    times = [b.time for b in ordered]

    def owner(t: float) -> int | None:
        index = bisect.bisect_right(times, t + 1e-6) - 1
        return ordered[index].item if index >= 0 else None

    out: list[Line] = []
    for line in lines:
        if not line.words or line.corrected is not None:
            out.append(replace(line, item=owner(line.start)))
            continue
        run: list[Word] = []
        run_owner = owner(line.words[0].start)
        for word, continues in zip(line.words, continuations(line.words), strict=True):
            here = run_owner if continues else owner(word.start)  # a word is never cut in two
            if here != run_owner and run:
                out.append(_piece(line, run, run_owner))
                run = []
            run_owner = here
            run.append(word)
        out.append(_piece(line, run, run_owner))
    return tuple(replace(line, id=i) for i, line in enumerate(out))


def _piece(line: Line, words: list[Word], item: int | None) -> Line:
    if len(words) == len(line.words):
        return replace(line, item=item)
    return replace(line, start=words[0].start, end=words[-1].end, text=join_words(words), words=tuple(words),
                   item=item)


def lines_from_segments(segments: Sequence[Segment]) -> tuple[Line, ...]:
    """Lines for transcript segments that already have one speaker each."""
    return tuple(Line(i, s.start, s.end, s.speaker, s.text, s.words) for i, s in enumerate(segments))
