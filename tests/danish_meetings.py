"""Hand-built Danish meetings modelled on the seed minutes, for pure tests."""

from __future__ import annotations

import datetime as dt

from referat.types import AgendaItem, Meeting, Participant, Section, Utterance, Word


def utt(speaker: str, start: float, text: str, step: float = 0.4) -> Utterance:
    """An utterance whose words are spaced ``step`` seconds apart."""
    words = tuple(
        Word(start + i * step, start + i * step + step * 0.9, w) for i, w in enumerate(text.split())
    )
    return Utterance(speaker, words[0].start, words[-1].end, words)


def item(number, title, case, indstilling=None, closed=False, decision=None) -> AgendaItem:
    sections = (Section("Indstilling", indstilling),) if indstilling else ()
    return AgendaItem(number, title, case, closed, sections, decision)


CHEFFORUM = Meeting(
    forum="Chefforum",
    date=dt.date(2025, 6, 19),
    participants=(
        Participant("Henrik Harder", "Kommunaldirektør"),
        Participant("Kristine Klæbel", "Direktør By, Kultur, Miljø & Beskæftigelse"),
        Participant("Marie Aasøe", "Afdelingschef for Økonomi & Stab"),
    ),
    items=(
        item(1, "Godkendelse af dagsorden og referat", "00.01.00-P35-7-23",
             "Kommunaldirektøren indstiller, 1. at dagsordenen godkendes 2. at referat godkendes"),
        item(2, "Orientering om status på arbejdet med Budget 2026", "00.30.00-P05-1-25",
             "Kommunaldirektøren indstiller, 1. at status på Budget 2026 tages til efterretning"),
        item(3, "Orientering om KommuneMED møde d. 25. juni 2025", "81.38.04-P35-1-25",
             "Kommunaldirektøren indstiller, 1. at orienteringen tages til efterretning"),
        item(4, "Beslutning om AI og nye teknologier i AK", "85.11.20-A26-1-24",
             "Kommunaldirektøren indstiller, 1) at status tages til efterretning 2) at AI retningslinjer godkendes "
             "5) at økonomi i forhold til opkvalificering af medarbejdere drøftes"),
        item(5, "Temaer til kommende møder og eventuelt", "00.01.00-A00-32-24",
             "Kommunaldirektøren indstiller, 1. at punktet drøftes"),
    ),
)

DIREKTIONEN = Meeting(
    forum="Direktionen",
    date=dt.date(2024, 8, 13),
    participants=(Participant("Lars Holte"), Participant("Jørgen Lerhard"), Participant("Charlotte Markussen")),
    items=(
        item(1, "Lukket", "23/22369", closed=True),
        item(2, "Lederudviklingsaktiviteter", "24/11351",
             "Godkender at der udarbejdes en velkomstpakke til nye ledere"),
        item(3, "Afprøvning af kunstig intelligens i Høje-Taastrup Kommune", "24/1873",
             "CBA indstiller, at Direktionen godkender at HTK tilgår anvendelse af AI med en nysgerrig og "
             "afprøvende tilgang. Der bevilges 100.000 kr. fra direktionens udviklingspulje."),
    ),
)


def record_of(meeting: Meeting, discussion, marks=(), duration: float = 40.0, source: str = "møde.wav"):
    """The meeting record the pipeline would build from this speaker-attributed talk."""
    from dataclasses import replace

    from referat.record import build_record
    from referat.types import Segment, Transcript, TranscriptInfo

    segments = tuple(
        Segment(u.start, u.end, u.text, tuple(replace(w, speaker=u.speaker) for w in u.words), u.speaker)
        for u in discussion
    )
    transcript = Transcript(TranscriptInfo(source, duration, "da"), segments)
    return build_record(transcript, meeting, has_agenda=True, marks=marks)
