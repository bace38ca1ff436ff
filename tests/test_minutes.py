"""Pure tests: minutes from a discussion and an agenda; the public version; vocabulary."""

from __future__ import annotations

from danish_meetings import CHEFFORUM, DIREKTIONEN, utt

from referat.minutes import build_minutes, chair_label, public_minutes, vocabulary_from_meeting
from referat.types import Mark

DISCUSSION = (
    utt("Taler 2", 0.0, "Godmorgen."),
    utt("Taler 1", 2.0, "Punkt 1 er lukket. Personalesagen er afklaret."),
    utt("Taler 3", 8.0, "Den fortrolige sag lukkes."),
    utt("Taler 1", 12.0, "Vi går videre til punkt 2, lederudviklingsaktiviteterne."),
    utt("Taler 3", 17.0, "Velkomstpakken er klar."),
    utt("Taler 1", 20.0, "Så er indstillingen godkendt."),
    utt("Taler 1", 24.0, "Punkt 3, kunstig intelligens."),
    utt("Taler 2", 28.0, "Vi godkender ikke indstillingen i dag."),
)


def test_minutes_for_every_item_with_drafts_and_chair_by_name():
    result = build_minutes(DIREKTIONEN, DISCUSSION, speaker_names={"Taler 1": "Lars Holte"})
    assert result.chair == "Taler 1"
    assert [im.item.number for im in result.minutes.items] == [1, 2, 3]
    two = result.minutes.items[1]
    assert two.draft.kind == "approved" and two.draft.text == "Direktionen godkendte indstillingen."
    assert result.minutes.items[2].draft.kind == "rejected"
    assert [u.text for u in result.minutes.unassigned] == ["Godmorgen."]
    assert result.minutes.speaker_names == (("Taler 1", "Lars Holte"),)


def test_chair_defaults_to_the_first_speaker():
    assert chair_label(DIREKTIONEN, DISCUSSION, {}) == "Taler 2"
    assert chair_label(DIREKTIONEN, (), {}) is None


def test_public_version_drops_closed_discussion_and_unassigned_talk():
    minutes = build_minutes(DIREKTIONEN, DISCUSSION).minutes
    assert minutes.items[0].utterances  # the internal version keeps it
    public = public_minutes(minutes)
    closed = public.items[0]
    assert closed.item.title == "Lukket" and closed.item.case_number == "23/22369"
    assert closed.utterances == () and closed.draft is None and closed.item.sections == ()
    assert public.unassigned == ()
    assert public.items[1] == minutes.items[1]
    text = " ".join(u.text for im in public.items for u in im.utterances)
    assert "fortrolige" not in text and "Personalesagen" not in text


def test_no_speech_gives_drafts_saying_so():
    result = build_minutes(CHEFFORUM, ())
    assert all(im.draft.kind == "not_discussed" for im in result.minutes.items)
    assert "No speech" in result.warnings[0]


def test_marks_and_duration_reach_the_split():
    result = build_minutes(CHEFFORUM, DISCUSSION, marks=(Mark(0.0, 2), Mark(99.0, 3)), duration=40.0)
    assert result.split.method == "marks"
    assert len(result.minutes.items[1].utterances) == len(DISCUSSION)
    assert any("after the end" in w for w in result.warnings)


def test_vocabulary_from_the_agenda():
    vocabulary = vocabulary_from_meeting(CHEFFORUM)
    assert vocabulary[0] == "Chefforum"
    assert "Henrik Harder" in vocabulary
    assert "Orientering om status på arbejdet med Budget 2026" in vocabulary
    assert "Budget" in vocabulary and "Kommunaldirektøren" not in vocabulary  # sentence-initial words are not terms
    closed_titles = vocabulary_from_meeting(DIREKTIONEN)
    assert "Lukket" not in closed_titles


def test_parse_speaker_names():
    from referat.minutes import parse_speaker_names

    assert parse_speaker_names("Taler 1=Anne Holm, 2: Bo Jensen\n# note\nTaler 3 = Carla") == {
        "Taler 1": "Anne Holm", "Taler 2": "Bo Jensen", "Taler 3": "Carla"}
    import pytest

    with pytest.raises(ValueError, match="LABEL=NAME"):
        parse_speaker_names("Anne Holm")
