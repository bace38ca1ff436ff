"""Speaker names: parse a mapping, summarise who said what.

A mapping turns diarizer labels into people: ``"Taler 1=Henrik Harder,Taler 2=Ulla Lund"``
or a file with one ``Taler 1 = Henrik Harder`` per line (``#`` starts a comment),
or a JSON object. ``speaker_summary`` gives, per speaker, talk time and a few
short quotes with timestamps, so a secretary can tell who is who.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from referat.errors import InputError
from referat.i18n import _
from referat.speakers.align import group_utterances
from referat.types import UNKNOWN_SPEAKER, Transcript, Utterance, Word


def parse_speaker_names(value: str | None) -> dict[str, str]:
    """``--speaker-names``: "Taler 1=Name,…", or a file (lines ``label = name``, or JSON)."""
    if not value or not value.strip():
        return {}
    path = Path(value).expanduser()
    if "=" not in value or path.is_file():
        if not path.is_file():
            raise InputError(
                _("--speaker-names: {value!r} is neither a mapping like \"Taler 1=Henrik Harder\" nor an existing "
                  "file.").format(value=value)
            )
        return _read_mapping_file(path)
    return _parse_pairs(value.split(","), "--speaker-names")


def _read_mapping_file(path: Path) -> dict[str, str]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(_("Cannot read speaker names file {path}: {exc}. Save it as UTF-8 text.").format(
                             path=path, exc=exc)) from exc
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(_("Speaker names file {path} is not valid JSON: {msg} (line {lineno}).").format(
                                 path=path, msg=exc.msg, lineno=exc.lineno)) from exc
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
            raise InputError(_("Speaker names file {path}: every label and name must be text.").format(
                                 path=path))
        return _parse_pairs([f"{k}={v}" for k, v in data.items()], str(path))
    lines = [line.split("#", 1)[0] for line in text.splitlines()]
    return _parse_pairs(lines, str(path))


def _parse_pairs(items: Sequence[str], where: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for item in items:
        if not item.strip():
            continue
        label, sep, name = item.partition("=")
        label, name = label.strip(), name.strip()
        if not sep or not label or not name:
            raise InputError(_("{where}: {entry!r} is not 'label=name' (e.g. \"Taler 1=Henrik Harder\").").format(
                                 where=where, entry=item.strip()))
        if label in names and names[label] != name:
            raise InputError(_("{where}: {label!r} is given two names ({names!r} and {name!r}).").format(
                                 where=where, label=label, names=names[label], name=name))
        names[label] = name
    return names


def check_names_apply(names: dict[str, str], labels: Sequence[str], source: str) -> None:
    """Refuse a mapping whose labels match no speaker in the transcript (a typo, usually)."""
    unknown = [label for label in names if label not in labels]
    if unknown:
        known = ", ".join(labels) or "none"
        raise InputError(
            _("--speaker-names: {names} not found in {source} (its speakers: {known}).").format(
                names=', '.join(repr(u) for u in unknown), source=source, known=known)
        )


@dataclass(frozen=True)
class Quote:
    start: float
    text: str


@dataclass(frozen=True)
class SpeakerSummary:
    speaker: str
    talk_time: float  # seconds of speech (sum of utterance lengths)
    utterances: int
    words: int
    quotes: tuple[Quote, ...]


def speakers_in(transcript: Transcript) -> list[str]:
    """Speaker labels in order of first appearance."""
    seen: dict[str, None] = {}
    for seg in sorted(transcript.segments, key=lambda s: s.start):
        for label in (seg.speaker, *(w.speaker for w in seg.words)):
            if label:
                seen.setdefault(label, None)
    return list(seen)


def speaker_summary(transcript: Transcript, quotes: int = 3, max_words: int = 12) -> list[SpeakerSummary]:
    """Per speaker of a transcript: talk time, counts, and a few quotes (see ``summarize``)."""
    return summarize(_utterances(transcript), quotes, max_words)


def summarize(utterances: Sequence[Utterance], quotes: int = 3, max_words: int = 12,
              max_gap: float = 2.0) -> list[SpeakerSummary]:
    """Per speaker, in order of first appearance: talk time, counts, and up to
    ``quotes`` quotes spread over the meeting. A pause of more than ``max_gap``
    seconds inside an utterance is not talk time. Quotes prefer utterances of at
    least four words and are cut to ``max_words``. Unattributed talk is left out.
    """
    utterances = [piece for u in utterances if u.speaker != UNKNOWN_SPEAKER for piece in _split_at_pauses(u, max_gap)]
    out = []
    for label in dict.fromkeys(u.speaker for u in utterances):
        mine = [u for u in utterances if u.speaker == label]
        out.append(
            SpeakerSummary(
                speaker=label,
                talk_time=sum(u.end - u.start for u in mine),
                utterances=len(mine),
                words=sum(max(len(u.words), 1 if u.text else 0) for u in mine),
                quotes=tuple(_quote(u, max_words) for u in _pick_spread(mine, quotes)),
            )
        )
    return out


def _split_at_pauses(utterance: Utterance, max_gap: float) -> list[Utterance]:
    pieces: list[list[Word]] = [[]]
    for word in utterance.words:
        if pieces[-1] and word.start - pieces[-1][-1].end > max_gap:
            pieces.append([])
        pieces[-1].append(word)
    if len(pieces) == 1:
        return [utterance]
    return [Utterance(utterance.speaker, p[0].start, max(w.end for w in p), tuple(p)) for p in pieces if p]


def _utterances(transcript: Transcript) -> tuple[Utterance, ...]:
    if transcript.words:
        return group_utterances(transcript.words)
    # Segments without word timestamps: one utterance per segment.
    return tuple(
        Utterance(s.speaker, s.start, s.end, (Word(s.start, s.end, s.text, speaker=s.speaker),))
        for s in transcript.segments
        if s.speaker
    )


def _pick_spread(utterances: list[Utterance], n: int) -> list[Utterance]:
    long = [u for u in utterances if len(u.words) >= 4] or [u for u in utterances if u.words]
    if len(long) <= n:
        return long
    # Early, middle and late quotes help more than three in a row.
    return [long[round(i * (len(long) - 1) / max(n - 1, 1))] for i in range(n)]


def _quote(utterance: Utterance, max_words: int) -> Quote:
    words = utterance.text.split()
    text = " ".join(words[:max_words]) + (" …" if len(words) > max_words else "")
    return Quote(utterance.start, text)
