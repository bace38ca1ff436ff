"""Alignment of words to speaker turns, on hand-built data (no model)."""

from __future__ import annotations

import random

from referat.speakers.align import (
    assign_speakers,
    attach_speakers,
    group_utterances,
    relabel_turns,
    rename_speakers,
)
from referat.types import Segment, SpeakerTurn, Transcript, TranscriptInfo, Word


def W(start, end, text="ord"):
    return Word(start, end, text)


def T(start, end, speaker):
    return SpeakerTurn(start, end, speaker)


def speakers(words):
    return [w.speaker for w in words]


def test_most_overlap_wins_and_labels_follow_first_appearance():
    turns = [T(0, 2, "spk7"), T(2, 5, "spk3")]
    words = [W(0.1, 0.5), W(1.8, 2.6), W(1.5, 2.2), W(3, 4)]
    # word 2 overlaps spk7 0.2 s and spk3 0.6 s; word 3 overlaps spk7 0.5 s, spk3 0.2 s
    assert speakers(assign_speakers(words, turns)) == ["Taler 1", "Taler 2", "Taler 1", "Taler 2"]


def test_labels_numbered_by_first_word_not_by_backend_label():
    turns = [T(0, 1, "B"), T(1, 2, "A"), T(2, 3, "C")]
    words = [W(0.2, 0.4), W(1.2, 1.4), W(2.2, 2.4), W(0.5, 0.7)]
    assert speakers(assign_speakers(words, turns)) == ["Taler 1", "Taler 2", "Taler 3", "Taler 1"]


def test_overlap_is_summed_per_speaker():
    # Two short A turns around a B turn: A has 0.4 s in total, B 0.3 s.
    turns = [T(0, 1.2, "A"), T(1.2, 1.5, "B"), T(1.5, 3, "A")]
    (word,) = assign_speakers([W(1.0, 1.7)], turns)
    assert word.speaker == "Taler 1"


def test_exact_tie_goes_to_the_earlier_turn():
    turns = [T(0, 1, "A"), T(1, 2, "B")]
    # 0.5 s on each side of the boundary
    assert speakers(assign_speakers([W(0.5, 1.5)], turns)) == ["Taler 1"]
    # same with the turns given in reverse order: still the earlier one
    turns_rev = [T(1, 2, "B"), T(0, 1, "A")]
    (w,) = assign_speakers([W(0.5, 1.5), W(1.6, 1.8)], turns_rev)[:1]
    rest = assign_speakers([W(0.5, 1.5), W(1.6, 1.8)], turns_rev)
    assert w.speaker == "Taler 1" and rest[1].speaker == "Taler 2"


def test_word_touching_a_boundary_belongs_to_the_turn_it_is_inside():
    turns = [T(0, 1, "A"), T(1, 2, "B")]
    assert speakers(assign_speakers([W(0.4, 1.0), W(1.0, 1.4)], turns)) == ["Taler 1", "Taler 2"]


def test_word_in_a_gap_goes_to_the_nearest_turn():
    turns = [T(0, 1, "A"), T(5, 6, "B")]
    words = [W(1.5, 1.8), W(4.0, 4.6), W(0.2, 0.3)]
    assert speakers(assign_speakers(words, turns)) == ["Taler 1", "Taler 2", "Taler 1"]


def test_word_exactly_midway_in_a_gap_goes_to_the_earlier_turn():
    turns = [T(0, 1, "A"), T(3, 4, "B")]
    assert assign_speakers([W(1.5, 2.5)], turns)[0].speaker == "Taler 1"


def test_words_before_first_and_after_last_turn():
    turns = [T(2, 3, "A"), T(3, 4, "B")]
    words = [W(0.0, 0.5), W(9, 10)]
    assert speakers(assign_speakers(words, turns)) == ["Taler 1", "Taler 2"]


def test_nearest_uses_the_turn_reaching_furthest():
    # A long turn started early and ends late; a short later-starting turn ends before it.
    turns = [T(0, 5, "A"), T(1, 2, "B"), T(8, 9, "C")]
    assert assign_speakers([W(5.5, 5.8)], turns)[0].speaker == "Taler 1"


def test_zero_length_word_inside_a_turn():
    turns = [T(0, 1, "A"), T(1, 2, "B")]
    assert speakers(assign_speakers([W(1.5, 1.5), W(0.5, 0.5)], turns)) == ["Taler 1", "Taler 2"]


def test_overlapping_turns_pick_the_longer_overlap():
    turns = [T(0, 10, "A"), T(4, 5, "B")]
    words = [W(4.2, 4.8), W(6, 7)]
    # Both turns overlap word 1 fully (0.6 s each): the earlier turn (A) wins the tie.
    assert speakers(assign_speakers(words, turns)) == ["Taler 1", "Taler 1"]


def test_no_turns_gives_no_word_a_guessed_label():
    words = [W(0, 1), W(1, 2)]
    assert speakers(assign_speakers(words, [])) == [None, None]
    assert assign_speakers([], [T(0, 1, "A")]) == ()


def test_assign_matches_brute_force_on_random_data():
    rng = random.Random(4)
    for _ in range(200):
        turns = []
        for _ in range(rng.randint(1, 8)):
            s = round(rng.uniform(0, 20), 1)
            turns.append(T(s, round(s + rng.uniform(0.1, 4), 1), rng.choice("ABCD")))
        words = []
        for _ in range(rng.randint(1, 15)):
            s = round(rng.uniform(0, 25), 1)
            words.append(W(s, round(s + rng.uniform(0.05, 1), 2)))
        got = [w.speaker for w in assign_speakers(words, turns)]
        raw = [_brute_force(w, turns) for w in words]
        order: dict[str, str] = {}
        for r in raw:
            order.setdefault(r, f"Taler {len(order) + 1}")
        assert got == [order[r] for r in raw]


def _brute_force(word, turns):
    ordered = sorted(turns, key=lambda t: (t.start, t.end, t.speaker))
    total: dict[str, float] = {}
    first: dict[str, int] = {}
    for i, t in enumerate(ordered):
        ov = min(word.end, t.end) - max(word.start, t.start)
        if ov > 0:
            total[t.speaker] = total.get(t.speaker, 0) + ov
            first.setdefault(t.speaker, i)
    if total:
        return min(total, key=lambda s: (-total[s], first[s]))
    dist = [(max(t.start - word.end, word.start - t.end, 0), i) for i, t in enumerate(ordered)]
    return ordered[min(dist)[1]].speaker


def test_group_utterances_joins_consecutive_words_of_one_speaker():
    words = [
        Word(0, 1, " Godt", speaker="Taler 1"),
        Word(1, 2, " nok", speaker="Taler 1"),
        Word(2, 3, " Ja", speaker="Taler 2"),
        Word(3, 4, " tak", speaker="Taler 1"),
    ]
    utts = group_utterances(words)
    assert [(u.speaker, u.start, u.end, u.text) for u in utts] == [
        ("Taler 1", 0, 2, "Godt nok"),
        ("Taler 2", 2, 3, "Ja"),
        ("Taler 1", 3, 4, "tak"),
    ]
    assert group_utterances([]) == ()


def test_group_utterances_max_gap_and_unknown_speaker():
    words = [Word(0, 1, "a", speaker="Taler 1"), Word(10, 11, "b", speaker="Taler 1"), Word(11, 12, "c")]
    assert len(group_utterances(words)) == 2
    utts = group_utterances(words, max_gap=5)
    assert [u.text for u in utts] == ["a", "b", "c"]
    assert utts[-1].speaker == "Ukendt"


def _transcript(segments):
    return Transcript(TranscriptInfo(source="x.wav", duration=10, language="da"), tuple(segments))


def test_attach_speakers_splits_segments_at_speaker_changes():
    seg1 = Segment(0, 3, " Godt nok. Ja", (Word(0, 1, " Godt"), Word(1, 2, " nok."), Word(2, 3, " Ja")))
    seg2 = Segment(3, 5, " tak skal du have", (Word(3, 4, " tak"), Word(4, 5, " skal")))
    turns = [T(0, 2.1, "x"), T(2.1, 3.2, "y"), T(3.2, 9, "x")]
    out = attach_speakers(_transcript([seg1, seg2]), turns)
    assert [(s.speaker, s.start, s.end, s.text) for s in out.segments] == [
        ("Taler 1", 0, 2, "Godt nok."),
        ("Taler 2", 2, 3, "Ja"),
        ("Taler 1", 3, 5, "tak skal"),
    ]
    assert all(w.speaker == s.speaker for s in out.segments for w in s.words)
    starts = [w.start for w in out.words]
    assert starts == sorted(starts)
    assert out.info == _transcript([]).info


def test_one_long_turn_is_split_at_segment_ends_not_merged_whole():
    segs = [Segment(t, t + 9, f" Sætning {t}.", (Word(t, t + 4, " Sætning"), Word(t + 4, t + 9, f" {t}.")))
            for t in range(0, 600, 10)]
    out = attach_speakers(_transcript(segs), [T(0, 600, "a")])  # one voice for ten minutes
    assert {s.speaker for s in out.segments} == {"Taler 1"}
    assert 15 <= len(out.segments) <= 20 and all(s.end - s.start < 40 for s in out.segments)
    assert " ".join(s.text for s in out.segments) == " ".join(s.text.strip() for s in segs)


def test_attach_speakers_keeps_wordless_segments_whole():
    segs = [Segment(0, 2, "uden ord"), Segment(2, 4, " med", (Word(2, 3, " med"), Word(3, 4, " ord")))]
    out = attach_speakers(_transcript(segs), [T(0, 1.5, "a"), T(1.5, 5, "b")])
    assert [(s.speaker, s.text) for s in out.segments] == [("Taler 1", "uden ord"), ("Taler 2", "med ord")]


def test_relabel_and_rename():
    turns = relabel_turns([T(5, 6, "s0"), T(0, 1, "s1"), T(2, 3, "s0")])
    assert [(t.start, t.speaker) for t in turns] == [(0, "Taler 1"), (2, "Taler 2"), (5, "Taler 2")]
    tr = attach_speakers(_transcript([Segment(0, 1, " hej", (Word(0, 1, " hej"),))]), turns)
    named = rename_speakers(tr, {"Taler 1": "Henrik Harder"})
    assert named.segments[0].speaker == "Henrik Harder"
    assert named.segments[0].words[0].speaker == "Henrik Harder"
    assert rename_speakers(tr, {}) is tr


def test_attach_speakers_keeps_whisper_spacing():
    # Whisper: words start with a space; a token without one continues the previous word.
    seg1 = Segment(0, 3, " Tallene 1,2 og", (Word(0, 1, " Tallene"), Word(1, 1.5, " 1"), Word(1.5, 2, ",2"),
                                            Word(2, 3, " og")))
    seg2 = Segment(3, 4, "Gaden.", (Word(3, 4, "Gaden."),))  # a segment's first word without a space
    out = attach_speakers(_transcript([seg1, seg2]), [T(0, 9, "a")])
    assert [s.text for s in out.segments] == ["Tallene 1,2 og Gaden."]
    plain = [Segment(0, 2, "a b", (Word(0, 1, "a"), Word(1, 2, "b")))]
    assert attach_speakers(_transcript(plain), [T(0, 9, "a")]).segments[0].text == "a b"
