"""Pure tests: minutes from a discussion and an agenda; the public version; vocabulary."""

from __future__ import annotations

from danish_meetings import CHEFFORUM, DIREKTIONEN, utt

from referat.agenda.vocabulary import vocabulary_from_meeting
from referat.minutes.build import build_minutes, chair_label, public_minutes
from referat.minutes.sentences import split_sentences, spoken_numbers
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


def test_without_a_named_chair_the_chair_is_who_closes_most_items():
    """A presenter may speak first; the chair ends the items ("Så er det godkendt")."""
    said = {
        1: (utt("Taler 3", 1.0, "Planen er klar."), utt("Taler 1", 5.0, "Godkendt.")),
        2: (utt("Taler 2", 9.0, "Tallene er ude."), utt("Taler 1", 12.0, "Taget til efterretning.")),
        3: (utt("Taler 1", 15.0, "Næste punkt."), utt("Taler 3", 18.0, "Jeg har et spørgsmål.")),
    }
    everyone = tuple(u for talk in said.values() for u in talk)
    assert chair_label(DIREKTIONEN, everyone, {}, said) == "Taler 1"
    tied = {1: said[1][:1], 2: said[2][:1]}  # each closes one: the first of them to speak
    assert chair_label(DIREKTIONEN, everyone, {}, tied) == "Taler 3"
    named = {"Taler 2": "Lars Holte"}  # the agenda names the chair: that settles it
    assert chair_label(DIREKTIONEN, everyone, named, said) == "Taler 2"


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


# A whole Chefforum meeting, spoken as the seed's referat (001) reads, split by cues only.
CHEFFORUM_MEETING = (
    utt("Taler 1", 0.0, "Godmorgen. Skal vi gå i gang?"),
    utt("Taler 1", 4.0, "Første punkt er godkendelse af dagsorden og referat. Nogen bemærkninger?"),
    utt("Taler 4", 10.0, "Nej."),
    utt("Taler 1", 12.0, "Så er dagsorden og referat godkendt."),
    utt("Taler 1", 16.0, "Punkt to, status på budget 2026."),
    utt("Taler 1", 20.0, "Der er kun få udeståender med enkelte budgetforslag, og styregruppen ser på "
                         "udvidelsesforslagene."),
    utt("Taler 2", 30.0, "Tak for orienteringen."),
    utt("Taler 1", 33.0, "Så går vi videre til KommuneMED mødet."),
    utt("Taler 3", 37.0, "Mødet den femogtyvende handler om de tre analyser og evaluering af MED."),
    utt("Taler 1", 44.0, "Godt, vi tager det til efterretning."),
    utt("Taler 1", 48.0, "Næste punkt er AI og nye teknologier."),
    utt("Taler 2", 52.0, "Vi foreslår retningslinjer, awareness-forløb og superbrugere."),
    utt("Taler 3", 58.0, "Hvordan finansierer vi undervisningen?"),
    utt("Taler 2", 61.0, "Det må vi drøfte i efteråret."),
    utt("Taler 1", 65.0, "Så godkender vi indstillingen med bemærkning om, at hver afdeling udpeger to til fire "
                         "superbrugere."),
    utt("Taler 1", 74.0, "Sidste punkt, punkt fem, temaer til kommende møder."),
    utt("Taler 4", 79.0, "Ledelsesprogrammet."),
    utt("Taler 1", 81.0, "Fint, det har vi drøftet. Tak for i dag."),
)


def test_a_whole_meeting_split_by_cues_with_a_draft_each():
    result = build_minutes(CHEFFORUM, CHEFFORUM_MEETING, speaker_names={"Taler 1": "Henrik Harder"})
    assert result.split.method == "cues"
    assert [b.item for b in result.split.boundaries] == [1, 2, 3, 4, 5]
    assert result.chair == "Taler 1"
    firsts = [im.utterances[0].text for im in result.minutes.items]
    assert firsts == [
        "Første punkt er godkendelse af dagsorden og referat. Nogen bemærkninger?",
        "Punkt to, status på budget 2026.",
        "Så går vi videre til KommuneMED mødet.",
        "Næste punkt er AI og nye teknologier.",
        "Sidste punkt, punkt fem, temaer til kommende møder.",
    ]
    drafts = [(im.draft.kind, im.draft.text) for im in result.minutes.items]
    assert drafts == [
        ("approved", "Chefforum godkendte indstillingen."),
        # As seed 001 writes it: the named presenter (by the agenda's role), then the formula.
        ("noted", "Kommunaldirektøren orienterede om status på arbejdet med Budget 2026. Chefforum tog orienteringen "
                  "til efterretning."),
        ("noted", "Chefforum tog orienteringen til efterretning."),  # Taler 3 presented; nobody named them
        ("approved_with_remark", "Chefforum godkendte indstillingen med bemærkning om, at hver afdeling udpeger "
                                 "to til fire superbrugere."),
        ("discussed", "Chefforum drøftede punktet."),
    ]
    for im in result.minutes.items:
        assert im.draft.evidence and all(e.text in " ".join(u.text for u in im.utterances) for e in im.draft.evidence)
    assert [u.text for u in result.minutes.unassigned] == ["Godmorgen. Skal vi gå i gang?"]


def test_spoken_amounts_are_read_in_digits_and_in_danish_words():
    assert spoken_numbers("til tre hundrede og halvtreds kroner") == {350}
    assert spoken_numbers("billetprisen til femogfyrre kroner") == {45}
    assert spoken_numbers("budgettet på 80.000 kr. og 3,5 mio.") == {80000, 3_500_000}
    # a scale after digits multiplies them, so the Indstilling's "12 mio. kr." is the "tolv millioner" said
    assert spoken_numbers("12 mio. kr.") == spoken_numbers("tolv millioner") == {12_000_000}
    assert spoken_numbers("atten millioner") == {18_000_000}
    assert spoken_numbers("uge 28-31") == {28, 31}
    assert spoken_numbers("firs tusind") == {80000}
    assert spoken_numbers("en plan og et forslag") == set()  # articles are no numbers
    assert spoken_numbers("til hundrede tusind, tusind tak") == {100000}


def test_a_date_or_an_abbreviation_does_not_end_a_sentence_but_an_item_number_before_a_new_one_does():
    said = [x.text for x in split_sentences(utt("Taler 1", 0.0, "Vi åbner den 15. juni, jf. pkt. 4 i sagen. Punkt 3. Vi går videre."))]
    assert said == ["Vi åbner den 15. juni, jf. pkt. 4 i sagen.", "Punkt 3.", "Vi går videre."]



def test_per_and_other_short_forms_end_no_sentence():
    said = [x.text for x in split_sentences(utt("Taler 1", 0.0, "To superbrugere pr. afdeling, mht. licenser osv. Tak."))]
    # (before a capital, "osv." may end the sentence: the next word starts a new one)
    assert said == ["To superbrugere pr. afdeling, mht. licenser osv.", "Tak."]
