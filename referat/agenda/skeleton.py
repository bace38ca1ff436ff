"""The commented agenda skeleton written by ``referat agenda init``, and a
one-screen summary used by ``agenda import`` and ``agenda check``."""

from __future__ import annotations

import datetime as dt

from referat import danish
from referat.agenda.sections import decision_index
from referat.types import Meeting

SKELETON = '''\
# Dagsorden til referat. Skriv i UTF-8; tjek filen med:  referat agenda check {name}
# Hele formatet er beskrevet i docs/agenda.md (eksempel: samples/agenda-example.toml).
referat_agenda = 1

[meeting]
forum = "Chefforum"                  # mødets forum/udvalg (står i titlen: REFERAT <forum> d. <dato>)
municipality = "Eksempel Kommune"    # valgfri
date = {date}                 # ÅÅÅÅ-MM-DD (eller "19-06-2025")
start_time = "09:00"                 # valgfri, TT:MM
place = "Mødelokale 1"               # valgfri
# Deltagere: "Navn" eller "Navn (Rolle)". Rollen må gerne indeholde kommaer.
participants = [
    "Anna Andersen (Kommunaldirektør)",
    "Bent Bentsen",
]
# absent = ["Carl Carlsen"]          # valgfri: afbud

# Ét [[items]] pr. dagsordenspunkt. number skal være unikt; title skal udfyldes.
[[items]]
number = 1
title = "Godkendelse af dagsorden"
case_number = "00.01.00-P35-1-25"    # valgfri: sagsnummer (fx 24/11351 eller KLE-nummer)
closed = false                       # true = lukket punkt (kun "Lukket" i den offentlige udgave)

# Afsnit vises i den rækkefølge, de står her. Kendte navne: Baggrund, Resumé,
# Sagsfremstilling, Indstilling, Kommunens vision og politikker, Økonomi,
# Lovgrundlag, Borgerperspektiv, Beslutning, Bilag - andre navne er også tilladt.
[[items.sections]]
name = "Indstilling"
text = """
Kommunaldirektøren indstiller,

1. at dagsordenen godkendes"""

# Et tomt Beslutning-afsnit markerer, hvor beslutningen skal stå. Er text tom,
# udfylder referat et forslag (markeret [UDKAST]); en skrevet beslutning erstattes aldrig.
[[items.sections]]
name = "Beslutning"
text = ""

[[items]]
number = 2
title = "Eventuelt"
'''


def skeleton_toml(name: str = "agenda.toml", date: dt.date | None = None) -> str:
    return SKELETON.format(name=name, date=(date or dt.date.today()).isoformat())


def summarize(meeting: Meeting) -> str:
    lines = [f"{meeting.forum or '(no forum)'}, {danish.long_date(meeting.date, meeting.start_time)}"
             + (f", {meeting.place}" if meeting.place else "")
             + (f" ({meeting.municipality})" if meeting.municipality else "")]
    closed = sum(item.closed for item in meeting.items)
    decided = sum(bool(item.decision) for item in meeting.items)
    lines.append(f"{len(meeting.participants)} participants, {len(meeting.items)} items "
                 f"({closed} closed, {decided} with a written Beslutning)")
    for item in meeting.items:
        case = f" [{item.case_number}]" if item.case_number else ""
        flag = " (lukket)" if item.closed else ""
        names = [s.name or "(tekst)" for s in item.sections]
        if item.decision and decision_index(item) is None:
            names.append("Beslutning")
        sections = ", ".join(names) if names else "no sections"
        lines.append(f"  Punkt {item.number}: {item.title}{case}{flag} - {sections}")
    return "\n".join(lines)
