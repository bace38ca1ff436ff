"""Danish dates and times as municipal documents write them.

Parsing accepts the forms seen in real dagsordener and referater
("13-08-2024", "2024-08-13", "13.08.2024", "19. juni 2025",
"Torsdag d. 19. juni 2025 kl. 09:00"); formatting produces the house style
("Torsdag d. 19. juni 2025 kl. 09:00", "19-06-2025").
"""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)
# Any month's name, as a piece of a larger pattern ("Den tager vi i januar.").
MONTH_NAME = "(?:" + "|".join(MONTHS) + ")"
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
# Some publishing systems print English month names in English order: "April 3, 2019".
_ENGLISH = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december")

_NUMERIC = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(r"(?P<d>\d{1,2})[-./](?P<m>\d{1,2})[-./](?P<y>\d{4})"),
    re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})\s*-\s*(?P<y>\d{4})"),  # 13/8-2024
)
_WORDS = re.compile(r"(?P<d>\d{1,2})\.?\s+(?P<month>[a-zæøå]+)\.?\s+(?P<y>\d{4})", re.IGNORECASE)
_ENGLISH_ORDER = re.compile(r"\b(?P<month>[a-z]+)\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})", re.IGNORECASE)
_TIME = re.compile(r"(?:kl\.?\s*)?(?<![\d.])(?P<h>[01]?\d|2[0-3])[:.](?P<min>[0-5]\d)(?![\d])")


def parse_date(text: str) -> dt.date | None:
    """The first date in ``text``, or None if it holds no date we can read."""
    text = text.strip()
    for pattern in _NUMERIC:
        match = pattern.search(text)
        if match:
            return _make_date(match["y"], match["m"], match["d"])
    match = _WORDS.search(text)
    if match:
        month = _MONTH_ABBR.get(match["month"].casefold()[:3])
        if month and (match["month"].casefold() in MONTHS or len(match["month"]) <= 4):
            return _make_date(match["y"], str(month), match["d"])
    match = _ENGLISH_ORDER.search(text)
    if match and match["month"].casefold() in _ENGLISH:
        return _make_date(match["y"], str(_ENGLISH.index(match["month"].casefold()) + 1), match["d"])
    return None


def parse_time(text: str) -> dt.time | None:
    """A clock time such as "kl. 09:00", "9.00" or "14:30"; None if absent."""
    # Strip dates first so "13.08.2024" is not read as 13:08.
    for pattern in (*_NUMERIC, _WORDS, _ENGLISH_ORDER):
        text = pattern.sub(" ", text)
    match = _TIME.search(text)
    if not match:
        return None
    return dt.time(int(match["h"]), int(match["min"]))


def _make_date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


NO_DATE = "(dato mangler)"  # printed where an imported agenda named no date


def short_date(date: dt.date | None) -> str:
    """13-08-2024, as in "REFERAT Direktionen d. 13-08-2024"."""
    return date.strftime("%d-%m-%Y") if date is not None else NO_DATE


def long_date(date: dt.date | None, time: dt.time | None = None) -> str:
    """"Torsdag d. 19. juni 2025 kl. 09:00" (no locale needed)."""
    if date is None:
        return NO_DATE
    text = f"{WEEKDAYS[date.weekday()].capitalize()} d. {date.day}. {MONTHS[date.month - 1]} {date.year}"
    if time is not None:
        text += f" kl. {time.strftime('%H:%M')}"
    return text


def clock(seconds: float) -> str:
    """Seconds from the recording start as 00:03:12."""
    seconds = max(0, int(seconds))
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def duration(seconds: float | None, hours: bool = False) -> str:
    """A length of time for screens and summaries: 3:12, 1:03:12; ``hours`` always
    shows them (the running clock of a recording: 0:03:12)."""
    total = int(max(seconds or 0.0, 0.0))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h or hours else f"{m}:{s:02d}"
