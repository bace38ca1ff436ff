"""Edits of a meeting record: pure functions from one record to the next.

The review page offers them; ``referat render`` and ``referat speakers`` use the
same ones. None of them loses the machine's first version: a correction is
stored beside the machine's text, a moved line keeps its words, and the
machine's draft Beslutning stays beside the secretary's own text. Every edit
that changes which lines an item holds, or what they say, drafts that item's
Beslutning again (the secretary's own text, if any, stays).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from referat.errors import InputError
from referat.i18n import _
from referat.minutes.decisions import DecisionOptions
from referat.record.build import chair_of, redraft, split_by_agenda
from referat.record.model import Line, MeetingRecord
from referat.speakers.align import keep_turn_labels
from referat.types import FollowUp, Meeting, SpeakerTurn, Word, join_words


class EditError(InputError):
    """An edit that does not fit the record (an unknown line, item or speaker)."""


def set_names(record: MeetingRecord, names: Mapping[str, str]) -> MeetingRecord:
    """Give speakers names (label -> name), added to those already given; an empty
    name takes a name away. The drafts follow (the chair is found by name)."""
    merged = dict(record.speaker_names) | {label: name.strip() for label, name in names.items()}
    renamed = replace(record, speaker_names=tuple(sorted((k, v) for k, v in merged.items() if v)))
    if not renamed.has_agenda or chair_of(renamed) == chair_of(record):
        return renamed  # the drafts depend on names only through who chairs
    return redraft(renamed)


def set_agenda(record: MeetingRecord, meeting: Meeting, options: DecisionOptions = DecisionOptions()) -> MeetingRecord:
    """Split the talk again by a corrected (or first) agenda, and draft again."""
    return split_by_agenda(replace(record, meeting=meeting, has_agenda=True), options)


def rename_speaker(record: MeetingRecord, label: str, name: str) -> MeetingRecord:
    """``label`` is called ``name`` everywhere (an empty name: the label again)."""
    _known_speaker(record, label)
    return set_names(record, {label: name})


def merge_speakers(record: MeetingRecord, source: str, target: str) -> MeetingRecord:
    """Every line of ``source`` becomes ``target``'s: the diarizer split one voice in two."""
    _known_speaker(record, source)
    _known_speaker(record, target)
    if source == target:
        return record
    lines = tuple(replace(line, speaker=target) if line.speaker == source else line for line in record.lines)
    names = tuple((label, name) for label, name in record.speaker_names if label != source)
    return _redrafted(replace(record, lines=lines, speaker_names=names), None)


def set_speakers(record: MeetingRecord, turns: Sequence[SpeakerTurn]) -> MeetingRecord:
    """The speakers found again (``referat speakers --speakers N``): every word takes the
    turn it falls in, and a line is cut where its words change speaker. A corrected line
    stays whole, with the speaker of most of its time. Items, names and the secretary's
    own texts stay; the drafts are made again. Lines are numbered afresh."""
    lines: list[Line] = []
    for line in record.lines:
        if line.corrected is not None or not line.words:
            speaker = keep_turn_labels([Word(line.start, line.end, line.shown)], turns)[0].speaker
            words = tuple(replace(w, speaker=speaker) for w in line.words)
            lines.append(replace(line, speaker=speaker, words=words))
            continue
        run: list[Word] = []
        for word in keep_turn_labels(line.words, turns):
            if run and word.speaker != run[-1].speaker:
                lines.append(_part(line, run))
                run = []
            run.append(word)
        lines.append(_part(line, run))
    numbered = tuple(replace(line, id=i) for i, line in enumerate(lines))
    return _redrafted(replace(record, lines=numbered), None)


def _part(line: Line, words: list[Word]) -> Line:
    if len(words) == len(line.words):
        return replace(line, speaker=words[0].speaker, words=tuple(words))
    return replace(line, start=words[0].start, end=words[-1].end, speaker=words[0].speaker, text=join_words(words),
                   words=tuple(words))


def reassign_line(record: MeetingRecord, line_id: int, speaker: str) -> MeetingRecord:
    """One line to another speaker (``speaker`` may be a new label, e.g. "Taler 4")."""
    line = _line(record, line_id)
    if not speaker.strip():
        raise EditError(_("Give the speaker's label, e.g. 'Taler 2'."))
    return _redrafted(_with_lines(record, {line_id: replace(line, speaker=speaker.strip())}), {line.item})


def correct_text(record: MeetingRecord, line_id: int, text: str) -> MeetingRecord:
    """The secretary's wording of a line; the machine's stays in ``Line.text``.
    Giving the machine's text again removes the correction."""
    line = _line(record, line_id)
    text = " ".join(text.split())
    corrected = None if text == line.text else text
    return _redrafted(_with_lines(record, {line_id: replace(line, corrected=corrected)}), {line.item})


def move_lines(record: MeetingRecord, line_ids: Iterable[int], item: int | None) -> MeetingRecord:
    """Lines into item ``item``, or (None) into the section of talk under no item."""
    _known_item(record, item)
    moved = {i: replace(_line(record, i), item=item) for i in line_ids}
    if not moved:
        return record
    touched = {record.line(i).item for i in moved} | {item}
    return _redrafted(_with_lines(record, moved), touched)


def item_starts_here(record: MeetingRecord, line_id: int, item: int) -> MeetingRecord:
    """"Punkt N starts here": the boundary of item ``item`` moves to this line.

    If the line belongs to another item, it and the lines after it up to the
    next item's start become ``item``'s (the boundary moves earlier). If it
    already belongs to ``item``, the lines of ``item`` before it go back to
    what came before (the boundary moves later).
    """
    _known_item(record, item)
    lines = record.lines
    at = next((i for i, line in enumerate(lines) if line.id == line_id), None)
    if at is None:
        raise EditError(_("There is no line {line_id} in this meeting; reload the page.").format(
                            line_id=line_id))
    old = lines[at].item
    if old != item:
        end = at
        while end < len(lines) and lines[end].item == old:
            end += 1
        return move_lines(record, [line.id for line in lines[at:end]], item)
    start = at
    while start > 0 and lines[start - 1].item == item:
        start -= 1
    before = lines[start - 1].item if start > 0 else None
    return move_lines(record, [line.id for line in lines[start:at]], before)


def edit_decision(record: MeetingRecord, number: int, text: str | None) -> MeetingRecord:
    """The secretary's Beslutning for item ``number``; None or blank goes back to the draft."""
    _known_item(record, number)
    wording = text.strip() if text and text.strip() else None
    return _with_decision(record, number, text=wording)


def edit_followups(record: MeetingRecord, number: int, followups: Sequence[FollowUp] | None) -> MeetingRecord:
    """The secretary's list of follow-ups for item ``number`` (None: the machine's again).
    Rows without a task are dropped."""
    _known_item(record, number)
    kept = None if followups is None else tuple(f for f in followups if f.what.strip())
    return _with_decision(record, number, followups=kept)


def check_decision(record: MeetingRecord, number: int, checked: bool = True) -> MeetingRecord:
    """A person checked the Beslutning: it is printed without the [UDKAST] mark."""
    _known_item(record, number)
    return _with_decision(record, number, checked=checked)


# --- helpers ------------------------------------------------------------------------


def _line(record: MeetingRecord, line_id: int) -> Line:
    try:
        return record.line(line_id)
    except KeyError:
        raise EditError(_("There is no line {line_id} in this meeting; reload the page.").format(
                            line_id=line_id)) from None


def _known_item(record: MeetingRecord, item: int | None) -> None:
    if item is not None and item not in {i.number for i in record.meeting.items}:
        raise EditError(_("The agenda has no item {item}.").format(item=item))


def _known_speaker(record: MeetingRecord, label: str) -> None:
    if label not in record.speakers:
        raise EditError(_("There is no speaker {label!r} in this meeting (its speakers: {speakers}).").format(
                            label=label, speakers=', '.join(record.speakers)))


def _with_lines(record: MeetingRecord, changed: Mapping[int, Line]) -> MeetingRecord:
    return replace(record, lines=tuple(changed.get(line.id, line) for line in record.lines))


def _with_decision(record: MeetingRecord, number: int, **changes: object) -> MeetingRecord:
    current = record.decision(number)
    updated = replace(current, **changes)  # type: ignore[arg-type]
    others = tuple(d for d in record.decisions if d.number != number)
    order = {item.number: i for i, item in enumerate(record.meeting.items)}
    return replace(record, decisions=tuple(sorted((*others, updated), key=lambda d: order.get(d.number, 0))))


def _redrafted(record: MeetingRecord, items: set[int | None] | None) -> MeetingRecord:
    """Draft again the items whose lines changed (None: all)."""
    if not record.has_agenda:
        return record
    if items is None:
        return redraft(record)
    return redraft(record, [i for i in items if i is not None])


# --- edits as data: what the review page sends and the edit log keeps -----------------

def _int(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise EditError(_("{what} must be a whole number, not {value!r}.").format(what=what, value=value))
    return value


def _item_or_none(value: object) -> int | None:
    return None if value is None else _int(value, "item")


def _turns(value: object) -> list[SpeakerTurn]:
    """[[start, end, "Taler 1"], …] as stored in the edit log."""
    if not isinstance(value, list):
        raise EditError(_("turns must be a list of [start, end, speaker]."))
    turns = []
    for turn in value:
        if not (isinstance(turn, list) and len(turn) == 3 and all(isinstance(t, int | float) for t in turn[:2])
                and isinstance(turn[2], str)):
            raise EditError(_("A turn must be [start, end, speaker], not {turn!r}.").format(turn=turn))
        turns.append(SpeakerTurn(float(turn[0]), float(turn[1]), turn[2]))
    return turns


def _followups(value: object) -> list[FollowUp]:
    """[{"who": …, "what": …, "when": …}, …] as the review page sends them."""
    if not isinstance(value, list):
        raise EditError(_("followups must be a list of {who, what, when}."))
    rows = []
    for row in value:
        if not isinstance(row, dict) or not isinstance(row.get("what", ""), str):
            raise EditError(_("A follow-up must be {{who, what, when}}, not {row!r}.").format(row=row))
        who, when = row.get("who"), row.get("when")
        rows.append(FollowUp(str(who).strip() or None if who else None, str(row.get("what", "")).strip(),
                             str(when).strip() or None if when else None))
    return rows


def turns_op(turns: Sequence[SpeakerTurn]) -> dict[str, object]:
    """The edit-log entry of ``set_speakers``."""
    return {"op": "set_speakers", "turns": [[round(t.start, 2), round(t.end, 2), t.speaker] for t in turns]}


def _text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise EditError(_("{what} must be text, not {value!r}.").format(what=what, value=value))
    return value


def apply(record: MeetingRecord, op: Mapping[str, object]) -> MeetingRecord:
    """One edit given as data, e.g. ``{"op": "rename_speaker", "label": "Taler 1", "name": "Anne Holm"}``."""
    kind = op.get("op")
    if kind == "rename_speaker":
        return rename_speaker(record, _text(op.get("label"), "label"), _text(op.get("name"), "name"))
    if kind == "merge_speakers":
        return merge_speakers(record, _text(op.get("source"), "source"), _text(op.get("target"), "target"))
    if kind == "reassign_line":
        return reassign_line(record, _int(op.get("line"), "line"), _text(op.get("speaker"), "speaker"))
    if kind == "correct_text":
        return correct_text(record, _int(op.get("line"), "line"), _text(op.get("text"), "text"))
    if kind == "move_lines":
        ids = op.get("lines")
        if not isinstance(ids, list):
            raise EditError(_("lines must be a list of line numbers."))
        return move_lines(record, [_int(i, "line") for i in ids], _item_or_none(op.get("item")))
    if kind == "item_starts_here":
        return item_starts_here(record, _int(op.get("line"), "line"), _int(op.get("item"), "item"))
    if kind == "edit_decision":
        text = op.get("text")
        return edit_decision(record, _int(op.get("item"), "item"), None if text is None else _text(text, "text"))
    if kind == "check_decision":
        return check_decision(record, _int(op.get("item"), "item"), bool(op.get("checked", True)))
    if kind == "set_speakers":
        return set_speakers(record, _turns(op.get("turns")))
    if kind == "edit_followups":
        rows = op.get("followups")
        return edit_followups(record, _int(op.get("item"), "item"), None if rows is None else _followups(rows))
    raise EditError(_("Unknown edit {kind!r}.").format(kind=kind))


def touched(before: MeetingRecord, after: MeetingRecord) -> frozenset[str]:
    """What an edit changed that a person chose: lines, speaker names, decisions
    (the machine's redrafts do not count). Two edits made from the same
    version of a meeting conflict only if these overlap."""
    if len(before.lines) != len(after.lines):  # lines cut anew (speakers found again): every line
        changed = {f"line:{line.id}" for line in (*before.lines, *after.lines)}
    else:
        changed = {f"line:{a.id}" for a, b in zip(before.lines, after.lines, strict=True) if a != b}
    names_before, names_after = before.names, after.names
    changed |= {f"name:{label}" for label in set(names_before) | set(names_after)
                if names_before.get(label) != names_after.get(label)}
    for item in after.meeting.items:
        a, b = before.decision(item.number), after.decision(item.number)
        if (a.text, a.checked) != (b.text, b.checked):
            changed.add(f"decision:{item.number}")
        if a.followups != b.followups:
            changed.add(f"followups:{item.number}")
    return frozenset(changed)
