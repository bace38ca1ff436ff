"""The voices of one meeting: what the embedded diarizer heard, kept to re-cluster later. Pure.

A run keeps its speech regions and one GE2E embedding per 1.5 s window
(``MEETING.voices.npz`` beside the meeting record, owner-only). From them the
speakers can be found again for another count in about a second, without the
audio and without transcribing again (``referat speakers MEETING.json
--speakers N``, or the review page).

This is voice data: an embedding describes a person's voice. It is kept only
beside the record it belongs to and goes when the record does
(``docs/speakers.md``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from referat.speakers.align import speaker_label
from referat.speakers.clustering import EmbeddedParams, Windows, cluster_windows, turns_from_scores
from referat.types import SpeakerTurn


@dataclass(frozen=True, eq=False)
class Voices:
    regions: np.ndarray  # (r, 2) speech regions, seconds
    windows: Windows

    @property
    def speech(self) -> float:
        return float(np.sum(self.regions[:, 1] - self.regions[:, 0])) if len(self.regions) else 0.0


def recluster(voices: Voices, min_speakers: int, max_speakers: int,
              params: EmbeddedParams | None = None) -> list[SpeakerTurn]:
    """Speaker turns for the kept windows, with ``min_speakers``..``max_speakers`` speakers
    (labels "S0", "S1", …: ``keep_labels`` gives them the record's own)."""
    params = params or EmbeddedParams()
    if not len(voices.windows.starts):
        return []
    regions = [(float(s), float(e)) for s, e in voices.regions]
    centroids = cluster_windows(voices.windows, min_speakers, max_speakers, params, voices.speech)
    return turns_from_scores(regions, voices.windows, centroids, params)


def keep_labels(turns: Sequence[SpeakerTurn], spoken: Sequence[tuple[float, float, str]]) -> list[SpeakerTurn]:
    """Give the new speakers the labels of the old ones they overlap most, one to one, so a
    voice that survives the re-clustering keeps its "Taler N" and the name given to it.
    ``spoken`` is (start, end, label) of the record's lines. New voices get labels after
    the highest old one."""
    from scipy.optimize import linear_sum_assignment

    new = sorted({t.speaker for t in turns})
    old = sorted({label for _, _, label in spoken})
    overlap = np.zeros((len(new), len(old)))
    row, column = {label: i for i, label in enumerate(new)}, {label: i for i, label in enumerate(old)}
    ours, theirs = sorted(turns, key=lambda t: t.start), sorted(spoken)
    i = j = 0
    while i < len(ours) and j < len(theirs):  # both run in time order without overlapping themselves
        turn, (start, end, label) = ours[i], theirs[j]
        shared = min(turn.end, end) - max(turn.start, start)
        if shared > 0:
            overlap[row[turn.speaker], column[label]] += shared
        if turn.end < end:
            i += 1
        else:
            j += 1
    mapping: dict[str, str] = {}
    if new and old:
        for n, o in zip(*linear_sum_assignment(-overlap), strict=True):
            if overlap[n, o] > 0:
                mapping[new[n]] = old[o]
    taken = {_number(label) for label in old}
    following = max(taken, default=0)
    for label in sorted(new, key=lambda s: min(t.start for t in turns if t.speaker == s)):
        if label not in mapping:
            following += 1
            mapping[label] = speaker_label(following - 1)
    return [SpeakerTurn(t.start, t.end, mapping[t.speaker]) for t in turns]


def _number(label: str) -> int:
    """3 for "Taler 3"; 0 for a label that is not numbered."""
    tail = label.rsplit(" ", 1)[-1]
    return int(tail) if tail.isdigit() else 0
