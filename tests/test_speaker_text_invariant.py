"""Attaching speakers never changes what was said: with speakers on, the
transcript's text is the text without them, apart from the speaker labels.

Words are shaped as the asr module produces them: Whisper's leading space
starts a word, none continues the previous one ("5" + ",2" is "5,2"). One test
draws such words at random; the other takes them from a real run of the
embedded model on real Danish speech.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from referat.pipeline import placeholder_meeting
from referat.record import build_record, transcript_of
from referat.speakers.align import label_words
from referat.types import Segment, SpeakerTurn, Transcript, TranscriptInfo, Word

# Word texts as faster-whisper gives them: most start a word, some continue one.
WORD_TEXTS = st.one_of(
    st.sampled_from([" 5", " mio.", " kr.", " Budget", " 2026", " godkendt.", " og", " Aasøe", " –", " “Ja”"]),
    st.sampled_from([",2", ".", "'s", "-", "%", ",", "?", "erne"]),  # continuations
    st.text(alphabet="abcdefæøå", min_size=1, max_size=6).map(lambda t: " " + t),
)


@st.composite
def transcripts(draw) -> tuple[Transcript, list[SpeakerTurn]]:
    segments, t = [], 0.0
    for _ in range(draw(st.integers(1, 6))):
        texts = draw(st.lists(WORD_TEXTS, min_size=1, max_size=8))
        texts[0] = " " + texts[0].lstrip()  # a segment's first word always starts a word
        words = []
        for text in texts:
            length = draw(st.floats(0.05, 0.8))
            words.append(Word(round(t, 3), round(t + length, 3), text))
            t += length + draw(st.floats(0.0, 0.3))
        segments.append(Segment(words[0].start, words[-1].end, "".join(texts).strip(), tuple(words)))
    turns, start = [], 0.0
    while start < t:
        length = draw(st.floats(0.1, 3.0))
        turns.append(SpeakerTurn(start, start + length, draw(st.sampled_from(["a", "b", "c"]))))
        start += length
    return Transcript(TranscriptInfo("x.wav", t, "da"), tuple(segments)), turns


def texts_without_and_with_speakers(transcript: Transcript, turns: list[SpeakerTurn]) -> tuple[str, str]:
    meeting = placeholder_meeting(Path("x.wav"))
    plain = transcript_of(build_record(transcript, meeting, has_agenda=False))
    spoken = transcript_of(build_record(label_words(transcript, turns), meeting, has_agenda=False))
    assert all(s.speaker is None for s in plain.segments) and all(s.speaker for s in spoken.segments)
    return plain.text, spoken.text


@settings(max_examples=300, deadline=None)
@given(transcripts())
def test_speakers_change_no_text_on_whisper_shaped_words(case):
    transcript, turns = case
    plain, spoken = texts_without_and_with_speakers(transcript, turns)
    assert spoken == plain == transcript.text


def test_a_danish_decimal_is_not_split_when_the_speaker_changes_elsewhere():
    words = (Word(0.0, 0.4, " Budgettet"), Word(0.4, 0.8, " er"), Word(0.8, 1.0, " 5"), Word(1.0, 1.3, ",2"),
             Word(1.3, 1.8, " mio."), Word(2.0, 2.4, " Ja"))
    transcript = Transcript(TranscriptInfo("x.wav", 3.0, "da"), (Segment(0.0, 2.4, "Budgettet er 5,2 mio. Ja", words),))
    plain, spoken = texts_without_and_with_speakers(transcript, [SpeakerTurn(0, 1.9, "a"), SpeakerTurn(1.9, 3, "b")])
    assert spoken == plain == "Budgettet er 5,2 mio. Ja"


@pytest.mark.slow
def test_real_danish_speech_reads_the_same_with_and_without_speakers(transcriber, nst_dir):
    """Words exactly as the embedded model produced them on the NST speech, two speakers."""
    import numpy as np

    from referat.audio import load_audio
    from referat.speakers import DiarizationOptions, diarize

    audio = np.concatenate([load_audio(nst_dir / name) for name in ("u0013002.wav", "u0042008.wav", "u0042010.wav")])
    transcript = transcriber.transcribe(audio, source="nst.wav")
    # Whisper's own spacing, as the asr module keeps it: every segment starts a word.
    assert len(transcript.words) > 20 and all(s.words[0].text.startswith(" ") for s in transcript.segments)
    turns = list(diarize(audio, DiarizationOptions(backend="embedded")))
    assert turns
    plain, spoken = texts_without_and_with_speakers(transcript, turns)
    assert spoken == plain
