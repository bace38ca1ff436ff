"""Pure tests of item segmentation on hand-built Danish meetings."""

from __future__ import annotations

from danish_meetings import CHEFFORUM, DIREKTIONEN, item, utt

from referat.minutes.segment import UNASSIGNED_LABEL, split_by_cues, split_by_marks, split_discussion
from referat.types import Mark


def texts(utterances):
    return [u.text for u in utterances]


def all_words(split):
    words = [w for _, us in split.items for u in us for w in u.words]
    words += [w for u in split.unassigned for w in u.words]
    return sorted(words, key=lambda w: w.start)


def assert_nothing_lost(split, utterances):
    assert all_words(split) == sorted((w for u in utterances for w in u.words), key=lambda w: w.start)


CUED = (
    utt("Taler 1", 0.0, "Godmorgen alle sammen, er vi klar?"),
    utt("Taler 2", 3.0, "Ja, kaffen er klar."),
    utt("Taler 1", 5.0, "Første punkt er godkendelse af dagsorden og referat. Er der bemærkninger?"),
    utt("Taler 3", 10.0, "Nej, det ser fint ud."),
    utt("Taler 1", 12.0, "Så er dagsorden og referat godkendt. Så går vi videre til punkt to, status på budgettet."),
    utt("Taler 3", 22.0, "Vi har kun få udeståender med enkelte budgetforslag."),
    utt("Taler 1", 27.0, "Tak for det. Næste punkt."),
    utt("Taler 2", 30.0, "KommuneMED mødes den femogtyvende juni, og vi ser på de tre analyser."),
    utt("Taler 1", 36.0, "Vi tager punkt fem før fire. Er der temaer til kommende møder?"),
    utt("Taler 3", 42.0, "Ledelsesprogrammet kunne være et tema."),
    utt("Taler 1", 45.0, "Så vender vi tilbage til AI og de nye teknologier. Kristine?"),
    utt("Taler 2", 50.0, "Vi foreslår klare retningslinjer og superbrugere i hver afdeling."),
)


def test_cues_give_right_boundaries_out_of_order_and_skips():
    split = split_by_cues(CUED, CHEFFORUM.items)
    assert split.method == "cues"
    assert [b.item for b in split.boundaries] == [1, 2, 3, 5, 4]
    assert texts(split.unassigned) == ["Godmorgen alle sammen, er vi klar?", "Ja, kaffen er klar."]
    # The chair closes item 1 and opens item 2 in one utterance: it is cut at the sentence.
    assert texts(split.utterances(1))[-1] == "Så er dagsorden og referat godkendt."
    assert texts(split.utterances(2))[0] == "Så går vi videre til punkt to, status på budgettet."
    assert texts(split.utterances(2))[-1] == "Tak for det."
    assert texts(split.utterances(3)) == [
        "Næste punkt.", "KommuneMED mødes den femogtyvende juni, og vi ser på de tre analyser."]
    assert texts(split.utterances(5))[-1] == "Ledelsesprogrammet kunne være et tema."
    assert texts(split.utterances(4)) == [
        "Så vender vi tilbage til AI og de nye teknologier. Kristine?",
        "Vi foreslår klare retningslinjer og superbrugere i hver afdeling."]
    assert_nothing_lost(split, CUED)
    # Every boundary says why it was drawn, with speaker and time.
    assert "punkt to" in split.boundaries[1].reason and "Taler 1" in split.boundaries[1].reason
    assert "00:00:14" in split.boundaries[1].reason


def test_bare_mentions_do_not_move_the_boundary():
    utterances = (
        utt("Taler 1", 0.0, "Punkt 2. Status på budgettet."),
        utt("Taler 2", 4.0, "Jeg har en bemærkning til punkt 3 i indstillingen."),
        utt("Taler 3", 8.0, "Det hænger sammen med Budget 2026 og KommuneMED mødet i juni."),
        utt("Taler 2", 13.0, "Og jeg har et punkt om økonomien."),
        utt("Taler 3", 16.0, "Det kommer til at påvirke KommuneMED mødet."),
    )
    split = split_by_cues(utterances, CHEFFORUM.items)
    assert [b.item for b in split.boundaries] == [2]
    assert len(split.utterances(2)) == 5
    assert_nothing_lost(split, utterances)


def test_item_discussed_twice_by_cues():
    utterances = (
        utt("Taler 1", 0.0, "Punkt 2, budgettet."),
        utt("Taler 2", 3.0, "Der mangler et tal."),
        utt("Taler 1", 6.0, "Vi går videre til punkt 3."),
        utt("Taler 2", 9.0, "Mødet er den femogtyvende."),
        utt("Taler 1", 12.0, "Vi vender tilbage til punkt 2, tallet er fundet."),
        utt("Taler 2", 16.0, "Det er fem millioner."),
    )
    split = split_by_cues(utterances, CHEFFORUM.items)
    assert texts(split.utterances(2)) == [
        "Punkt 2, budgettet.", "Der mangler et tal.",
        "Vi vender tilbage til punkt 2, tallet er fundet.", "Det er fem millioner."]
    assert texts(split.utterances(3)) == ["Vi går videre til punkt 3.", "Mødet er den femogtyvende."]


def test_no_cues_puts_everything_in_a_labelled_unassigned_section():
    utterances = (utt("Taler 1", 0.0, "Hej med jer."), utt("Taler 2", 2.0, "Hej, vejret er godt i dag."))
    split = split_discussion(utterances, CHEFFORUM.items)
    assert split.method == "none"
    assert texts(split.unassigned) == ["Hej med jer.", "Hej, vejret er godt i dag."]
    assert all(not us for _, us in split.items)
    assert any(UNASSIGNED_LABEL in w for w in split.warnings)


def test_no_speech_gives_empty_split_with_item_warnings_not_a_crash():
    split = split_discussion((), CHEFFORUM.items)
    assert split.unassigned == ()
    assert [n for n, _ in split.items] == [1, 2, 3, 4, 5]


MARKED = (
    utt("Taler 1", 0.0, "Velkommen til mødet."),
    utt("Taler 1", 4.0, "Første sag er dagsordenen. Den er godkendt. Og så budgettet."),
    utt("Taler 2", 14.0, "Budgettet holder."),
    utt("Taler 1", 20.0, "Og nu mødet i juni."),
    utt("Taler 2", 26.0, "Intet nyt."),
)


def test_marks_split_and_cut_straddling_utterances():
    marks = (Mark(4.0, 1), Mark(7.0, 2), Mark(20.0, 3), Mark(13.0, 2, "decision"))
    split = split_by_marks(MARKED, marks, CHEFFORUM.items, duration=30.0)
    assert split.method == "marks"
    assert texts(split.unassigned) == ["Velkommen til mødet."]
    # Words from 7 s on belong to item 2 (word starts 4.0, 4.4, …).
    assert texts(split.utterances(1)) == ["Første sag er dagsordenen. Den er godkendt. Og"]
    assert texts(split.utterances(2)) == ["så budgettet.", "Budgettet holder."]
    assert texts(split.utterances(3)) == ["Og nu mødet i juni.", "Intet nyt."]
    assert len(split.boundaries) == 3  # decision marks do not split
    assert_nothing_lost(split, MARKED)
    assert any("Item 4" in w for w in split.warnings) and any("Item 5" in w for w in split.warnings)


def test_marks_beat_spoken_cues():
    utterances = (utt("Taler 1", 0.0, "Punkt 3 nu."), utt("Taler 1", 5.0, "Stadig her."))
    split = split_discussion(utterances, CHEFFORUM.items, (Mark(0.0, 2),))
    assert split.method == "marks"
    assert len(split.utterances(2)) == 2 and not split.utterances(3)


def test_unknown_item_and_past_end_marks_warn_and_lose_nothing():
    marks = (Mark(0.0, 1), Mark(14.0, 9), Mark(26.0, 3), Mark(95.0, 2))
    split = split_discussion(MARKED, CHEFFORUM.items, marks, duration=30.0)
    assert texts(split.unassigned) == ["Budgettet holder.", "Og nu mødet i juni."]
    assert texts(split.utterances(3)) == ["Intet nyt."]
    assert any("item 9" in w and UNASSIGNED_LABEL in w for w in split.warnings)
    assert any("00:01:35" in w and "after the end" in w for w in split.warnings)
    assert_nothing_lost(split, MARKED)


def test_only_unknown_marks_fall_back_to_cues_with_a_warning():
    utterances = (utt("Taler 1", 0.0, "Punkt 2 nu."),)
    split = split_discussion(utterances, CHEFFORUM.items, (Mark(0.0, 42),))
    assert split.method == "cues"
    assert split.utterances(2)
    assert any("None of the item marks" in w for w in split.warnings)


def test_item_marks_discussed_twice_and_pause_mark():
    marks = (Mark(0.0, 2), Mark(14.0, 3), Mark(20.0, None), Mark(26.0, 2))
    split = split_by_marks(MARKED, marks, CHEFFORUM.items)
    assert texts(split.utterances(2)) == [
        "Velkommen til mødet.", "Første sag er dagsordenen. Den er godkendt. Og så budgettet.", "Intet nyt."]
    assert texts(split.unassigned) == ["Og nu mødet i juni."]


def test_closed_item_first_keeps_its_discussion_apart():
    utterances = (
        utt("Taler 1", 0.0, "Punkt 1 er lukket. Vi taler om en personalesag."),
        utt("Taler 2", 6.0, "Den fortrolige sag er afklaret."),
        utt("Taler 1", 10.0, "Så går vi videre til lederudviklingsaktiviteterne."),
        utt("Taler 3", 15.0, "Velkomstpakken er klar."),
    )
    split = split_by_cues(utterances, DIREKTIONEN.items)
    assert [b.item for b in split.boundaries] == [1, 2]
    assert texts(split.utterances(1)) == [
        "Punkt 1 er lukket. Vi taler om en personalesag.", "Den fortrolige sag er afklaret."]
    assert "Velkomstpakken er klar." in texts(split.utterances(2))


def test_a_council_item_numbered_through_the_year_is_cued():
    # Mariagerfjord's byråd numbers its items through the year (117, 118, …): "Punkt 118." opens item 118
    items = (item(117, "Godkendelse af dagsorden", None), item(118, "Godkendelse Skema C, Kirketerp", None),
             item(119, "Ansøgning om lejeforhøjelse", None))
    said = (utt("Taler 1", 0.0, "Punkt 117. Dagsordenen er godkendt."),
            utt("Taler 1", 4.0, "Punkt 118. Skema C for Kirketerp."), utt("Taler 3", 8.0, "Vi kan støtte det."),
            utt("Taler 1", 12.0, "Så går vi til punkt 119, lejeforhøjelsen."), utt("Taler 4", 16.0, "Vi er imod."))
    split = split_by_cues(said, items)
    assert [b.item for b in split.boundaries] == [117, 118, 119]
    assert texts(split.utterances(118)) == ["Punkt 118. Skema C for Kirketerp.", "Vi kan støtte det."]
    assert_nothing_lost(split, said)
