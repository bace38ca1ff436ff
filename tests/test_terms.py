"""Near-miss correction of agenda terms after recognition (referat/asr/terms.py)."""

from __future__ import annotations

from decision_cases import load_cases, meeting_of, utterances

from referat.agenda.vocabulary import vocabulary_from_meeting
from referat.asr.terms import correct_terms, nearest_term, term_words
from referat.types import Segment, Transcript, TranscriptInfo, Word

INFO = TranscriptInfo(source="x.wav", duration=60.0, language="da")


def transcript_of(*texts: str) -> Transcript:
    segments = []
    for k, text in enumerate(texts):
        tokens = text.split()
        words = tuple(Word(k * 10 + i, k * 10 + i + 0.5, (" " if i else "") + t) for i, t in enumerate(tokens))
        segments.append(Segment(words[0].start, words[-1].end, text, words))
    return Transcript(INFO, tuple(segments))


def test_a_near_miss_takes_the_agendas_spelling_and_keeps_its_punctuation():
    fixed, corrections = correct_terms(transcript_of("Gaden er lukket for gemgående færdsel, i krydsit."),
                                       ["Lukning for gennemgående færdsel i krydset"])
    assert fixed.text == "Gaden er lukket for gennemgående færdsel, i krydset."
    assert [(c.heard, c.written) for c in corrections] == [("gemgående", "gennemgående"), ("krydsit", "krydset")]
    words = fixed.segments[0].words
    assert [w.text for w in words][-3:] == [" færdsel,", " i", " krydset."]  # leading space and timing kept
    assert (words[-1].start, words[-1].end) == (7, 7.5)


def test_names_keep_their_capital_and_a_sentence_start_keeps_its_own():
    fixed, _ = correct_terms(transcript_of("tak til henrik hardr og Harders", "Budgetopfølning er sendt"),
                             ["Henrik Harder", "budgetopfølgning"])
    assert fixed.text == "tak til henrik Harder og Harders Budgetopfølgning er sendt"


def test_short_far_exact_and_inflected_words_are_left_as_heard():
    targets = term_words(["Per Hansen", "Skoleudvalget", "dagsorden", "skole"])
    assert "per" not in targets.words  # too short to correct towards
    assert nearest_term("Hansen", targets) is None  # already right
    assert nearest_term("Jensen", targets) is None  # another first letter
    assert nearest_term("dagsordenen", targets) is None  # Danish inflection, right as heard
    assert nearest_term("skolen", targets) is None
    assert nearest_term("færdselt", term_words(["færdsel"])) is None  # could be an ending: left alone
    assert nearest_term("Skoleudvalgt", targets) is None  # "t" could be an ending
    assert nearest_term("Hanssen", targets) == "Hansen"  # a name has no ending but the genitive
    assert nearest_term("Hansens", targets) is None


def test_correct_danish_with_many_agendas_terms_is_left_alone():
    """Every discussion of the decision set is correct Danish, as a perfect recogniser
    would write it: any correction there is a wrong one. Each is checked against its
    own agenda's terms and those of every other agenda (distractors)."""
    cases = load_cases()
    every_term = sorted({t for case in cases for t in vocabulary_from_meeting(meeting_of(case))})
    wrong = []
    for case in cases:
        words = tuple(w for u in utterances(case) for w in u.words)
        transcript = Transcript(INFO, (Segment(words[0].start, words[-1].end, "", words),))
        wrong += correct_terms(transcript, every_term)[1]
    total = sum(len(u.words) for case in cases for u in utterances(case))
    assert len(every_term) > 100 and total > 2500
    assert len(wrong) <= total / 1000, [(c.heard, c.written) for c in wrong]


def test_other_words_near_a_term_are_left_alone():
    targets = term_words(["Høring af demensplan", "Centre for sundhed", "Ældrerådet", "Kommune", "Trine Holm",
                          "AI-Awarenessforløb", "Informationer, forespørgsler og meddelelser", "Deltagelse"])
    assert nearest_term("Hjørring", targets) is None  # a town, two letters longer than "høring"
    assert nearest_term("centrale", targets) is None
    assert nearest_term("ældreområdet", targets) is None  # another compound: "område" heard inside
    assert nearest_term("kommuners", targets) is None  # kommune + rs
    assert nearest_term("trin", targets) is None  # a word, not a misheard name
    assert nearest_term("awareness-forløb", targets) is None  # the term, hyphenated
    assert nearest_term("forespørgsel", targets) is None  # the singular: e before l drops in the plural
    assert nearest_term("deltagere", targets) is None
    assert nearest_term("Ældreådet", targets) == "Ældrerådet"  # a letter lost is still corrected
