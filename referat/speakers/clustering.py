"""Clustering of speaker embeddings into speakers, and speakers into turns. Pure numpy.

Spectral clustering with affinity refinement (Wang et al. 2018, "Speaker
diarization with LSTM", which used GE2E d-vectors too), the count from the
largest eigengap within the allowed bounds, near-identical clusters merged;
average linkage for short recordings. Then every 0.1 s step of speech takes the
speaker whose centroid the covering windows resemble most, and runs shorter
than a word are smoothed into their neighbours.

A recording with ``meeting_speech`` seconds of speech or more is a meeting, and
a meeting has two voices at least. The embeddings cannot tell one person
recorded at different moments from two similar voices on one telephone line: on
real speech, the best split of one speaker's utterances and the split of a real
two-person conversation are equally clear (bench/diarization.py). So the
estimate does not get to fold a meeting into one speaker; ``--speakers 1`` (or
re-clustering a record in seconds, ``referat speakers --speakers 1``) does.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np

from referat.types import SpeakerTurn

log = logging.getLogger(__name__)

STEP = 0.1  # resolution of the speaker decision, seconds


@dataclass(frozen=True)
class EmbeddedParams:
    """Tuning of the embedded backend (defaults measured with bench/diarization.py)."""

    window: float = 1.5  # seconds of audio per embedding (GE2E was trained on 1.6 s)
    hop: float = 0.5  # seconds between windows: resolution vs. CPU time
    vad_threshold: float = 0.5
    min_silence: float = 0.3  # a pause this long splits speech regions
    speech_pad: float = 0.1
    min_region: float = 0.25  # shorter speech is ignored (clicks, breaths)
    min_turn: float = 0.5  # a speaker run shorter than this is a flicker, not a turn
    meeting_speech: float = 20.0  # seconds of speech from which a recording holds two voices at least
    prune_keep: float = 0.2  # affinity refinement: fraction of each row kept
    merge_similarity: float = 0.86  # centroids closer than this are one speaker
    min_cluster: int = 3  # a "speaker" with fewer windows joins the nearest one
    few_units: int = 40  # below this many windows eigengaps are unreliable: use linkage
    link_similarity: float = 0.65  # average-linkage stop for short recordings
    max_units: int = 1500  # cap on clustered embeddings (memory is units squared)
    batch_size: int = 128


@dataclass(frozen=True)
class Windows:
    starts: np.ndarray  # seconds
    ends: np.ndarray
    region: np.ndarray  # index of the speech region each window belongs to
    embeddings: np.ndarray  # (n, d), unit length


def _count_bounds(n: int, min_k: int, max_k: int) -> tuple[int, int]:
    """Speaker-count bounds that ``n`` segments can satisfy (1 <= min_k <= max_k <= n)."""
    max_k = max(1, min(max_k, n))
    return max(1, min(min_k, max_k)), max_k


def spectral_labels(embeddings: np.ndarray, min_k: int, max_k: int, params: EmbeddedParams) -> np.ndarray:
    """Cluster unit vectors; the count is the largest eigengap in [min_k, max_k]."""
    n = len(embeddings)
    min_k, max_k = _count_bounds(n, min_k, max_k)
    if max_k == 1:
        return np.zeros(n, dtype=int)
    affinity = np.clip(embeddings @ embeddings.T, 0.0, 1.0)
    # Refinement: keep each row's strongest links, symmetrise, diffuse, normalise.
    keep = max(1, int(np.ceil(params.prune_keep * n)))
    cutoff = np.partition(affinity, n - keep, axis=1)[:, n - keep][:, None]
    pruned = np.where(affinity >= cutoff, affinity, affinity * 0.01)
    pruned = np.maximum(pruned, pruned.T)
    diffused = pruned @ pruned.T
    refined = diffused / diffused.max(axis=1, keepdims=True)
    refined = (refined + refined.T) / 2
    values, vectors = _top_eigen(refined, max_k + 1)
    if min_k == max_k:
        k = min_k
    else:
        gaps = values[min_k - 1 : max_k] / np.maximum(values[min_k : max_k + 1], 1e-9)
        k = min_k + int(np.argmax(gaps))
    if k == 1:
        return np.zeros(n, dtype=int)
    spectral = vectors[:, :k]
    spectral = spectral / np.maximum(np.linalg.norm(spectral, axis=1, keepdims=True), 1e-9)
    from sklearn.cluster import KMeans

    return KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(spectral)


def _top_eigen(matrix: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``count`` largest eigenvalues (descending) and their vectors. Only these are
    used; for a 2-hour meeting the partial solver is several times faster."""
    n = len(matrix)
    if count >= n - 1 or n < 200:
        values, vectors = np.linalg.eigh(matrix)
        return values[::-1][:count], vectors[:, ::-1][:, :count]
    from scipy.sparse.linalg import eigsh

    values, vectors = eigsh(matrix, k=count, which="LA", v0=np.ones(n))
    order = np.argsort(values)[::-1]
    return values[order], vectors[:, order]


def linkage_labels(embeddings: np.ndarray, min_k: int, max_k: int, similarity: float) -> np.ndarray:
    """Average-linkage clustering stopped at ``similarity``, kept within [min_k, max_k]."""
    min_k, max_k = _count_bounds(len(embeddings), min_k, max_k)
    if max_k == 1:
        return np.zeros(len(embeddings), dtype=int)
    from sklearn.cluster import AgglomerativeClustering

    def fit(**kw) -> np.ndarray:
        return AgglomerativeClustering(metric="cosine", linkage="average", **kw).fit_predict(embeddings)

    labels = fit(n_clusters=None, distance_threshold=1.0 - similarity)
    k = labels.max() + 1
    if k < min_k or k > max_k:
        labels = fit(n_clusters=min(max(k, min_k), max_k))
    return labels


def centroids_of(embeddings: np.ndarray, labels: np.ndarray) -> np.ndarray:
    # An empty cluster (label not used) gets a zero centroid; callers compact labels.
    cents = np.stack([embeddings[labels == c].sum(axis=0) for c in range(labels.max() + 1)])
    return cents / np.maximum(np.linalg.norm(cents, axis=1, keepdims=True), 1e-9)


def merge_close(centroids: np.ndarray, counts: np.ndarray, min_k: int, threshold: float) -> np.ndarray:
    """Merge the closest centroid pair while it is closer than ``threshold``.

    Returns, for each original cluster, the index of the merged cluster.
    """
    groups = [[i] for i in range(len(centroids))]
    vecs = [centroids[i] * counts[i] for i in range(len(centroids))]
    while len(groups) > min_k:
        unit = [v / max(np.linalg.norm(v), 1e-9) for v in vecs]
        best, pair = -1.0, None
        for a in range(len(groups)):
            for b in range(a + 1, len(groups)):
                sim = float(unit[a] @ unit[b])
                if sim > best:
                    best, pair = sim, (a, b)
        if pair is None or best < threshold:
            break
        a, b = pair
        log.debug("merging clusters %s and %s (similarity %.2f)", groups[a], groups[b], best)
        groups[a] += groups.pop(b)
        vecs[a] = vecs[a] + vecs.pop(b)
    mapping = np.zeros(len(centroids), dtype=int)
    for g, members in enumerate(groups):
        mapping[members] = g
    return mapping


def _units(windows: Windows, max_units: int) -> tuple[np.ndarray, np.ndarray]:
    """Clustering units: windows, or averages of neighbouring windows when too many."""
    n = len(windows.embeddings)
    if n <= max_units:
        return windows.embeddings, np.arange(n)
    size = int(np.ceil(n / max_units))
    unit_of = np.zeros(n, dtype=int)
    unit, count, last_region = -1, size, -1
    for i in range(n):  # group consecutive windows, never across regions
        if count == size or windows.region[i] != last_region:
            unit, count, last_region = unit + 1, 0, windows.region[i]
        unit_of[i] = unit
        count += 1
    sums = np.zeros((unit + 1, windows.embeddings.shape[1]))
    np.add.at(sums, unit_of, windows.embeddings)
    return sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-9), unit_of


def cluster_windows(windows: Windows, min_k: int, max_k: int, params: EmbeddedParams,
                    speech: float = 0.0) -> np.ndarray:
    """Speaker centroids (k, d) for the windows; ``speech`` is the seconds of speech they cover."""
    if min_k == 1 and max_k >= 2 and speech >= params.meeting_speech:
        min_k = 2  # a meeting: see the module's docstring
    units, _ = _units(windows, params.max_units)
    if len(units) < params.few_units:
        labels = linkage_labels(units, min_k, max_k, params.link_similarity)
    else:
        labels = spectral_labels(units, min_k, max_k, params)
    cents = centroids_of(units, labels)
    counts = np.bincount(labels, minlength=len(cents))
    mapping = merge_close(cents, counts, min_k, params.merge_similarity)
    labels = mapping[labels]
    return centroids_of(units, _absorb_small(units, labels, min_k, params.min_cluster))


def _absorb_small(units: np.ndarray, labels: np.ndarray, min_k: int, min_size: int) -> np.ndarray:
    """Move the units of tiny clusters (noise, a cough) to their nearest big cluster."""
    while True:
        counts = np.bincount(labels)
        present = np.flatnonzero(counts)
        small = [c for c in present if counts[c] < min_size]
        if not small or len(present) <= min_k:
            break
        drop = min(small, key=lambda c: counts[c])
        keep = [c for c in present if c != drop]
        cents = centroids_of(units, labels)[keep]
        members = labels == drop
        labels[members] = np.asarray(keep)[np.argmax(units[members] @ cents.T, axis=1)]
    return np.unique(labels, return_inverse=True)[1]


def turns_from_scores(
    regions: list[tuple[float, float]], windows: Windows, centroids: np.ndarray, params: EmbeddedParams
) -> list[SpeakerTurn]:
    """Per 0.1 s step, the speaker the covering windows resemble most; then smooth."""
    scores = windows.embeddings @ centroids.T  # (windows, k)
    turns: list[SpeakerTurn] = []
    for r, (s, e) in enumerate(regions):
        idx = np.flatnonzero(windows.region == r)
        steps = max(1, int(np.ceil((e - s) / STEP)))
        centers = s + (np.arange(steps) + 0.5) * STEP
        total = np.zeros((steps, len(centroids)))
        weight = np.zeros(steps)
        for i in idx:
            cover = (centers >= windows.starts[i]) & (centers < windows.ends[i])
            if not cover.any():  # a window shorter than a step
                cover[np.argmin(np.abs(centers - (windows.starts[i] + windows.ends[i]) / 2))] = True
            total[cover] += scores[i]
            weight[cover] += 1
        if not weight.any():
            continue
        weight[weight == 0] = np.nan
        labels = _fill_gaps(np.nanargmax(_nan_rows(total / weight[:, None]), axis=1), weight)
        labels = smooth(labels, max(1, int(round(params.min_turn / STEP))))
        turns.extend(_runs_to_turns(labels, s, e))
    return turns


def _nan_rows(values: np.ndarray) -> np.ndarray:
    # nanargmax refuses all-NaN rows; give them a neutral row (filled in afterwards).
    return np.where(np.isnan(values), -np.inf, values) if np.isnan(values).any() else values


def _fill_gaps(labels: np.ndarray, weight: np.ndarray) -> np.ndarray:
    missing = np.isnan(weight)
    if missing.any():
        have = np.flatnonzero(~missing)
        nearest = have[np.clip(np.searchsorted(have, np.flatnonzero(missing)), 0, len(have) - 1)]
        labels = labels.copy()
        labels[missing] = labels[nearest]
    return labels


def smooth(labels: np.ndarray, min_len: int) -> np.ndarray:
    """Fold runs shorter than ``min_len`` into a neighbour, shortest runs first."""
    labels = labels.copy()
    while True:
        bounds = np.flatnonzero(np.diff(labels)) + 1
        starts = np.concatenate(([0], bounds))
        ends = np.concatenate((bounds, [len(labels)]))
        if len(starts) == 1:
            return labels
        lengths = ends - starts
        i = int(np.argmin(lengths))
        if lengths[i] >= min_len:
            return labels
        left = lengths[i - 1] if i > 0 else -1
        right = lengths[i + 1] if i + 1 < len(starts) else -1
        donor = i - 1 if left >= right else i + 1  # the longer neighbour absorbs it
        labels[starts[i] : ends[i]] = labels[starts[donor]]


def _runs_to_turns(labels: np.ndarray, start: float, end: float) -> list[SpeakerTurn]:
    turns = []
    bounds = np.flatnonzero(np.diff(labels)) + 1
    for a, b in zip(np.concatenate(([0], bounds)), np.concatenate((bounds, [len(labels)])), strict=True):
        turns.append(SpeakerTurn(start + a * STEP, min(end, start + b * STEP), f"S{int(labels[a])}"))
    return turns
