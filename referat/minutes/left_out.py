"""A numbered point left out of an approval, read from the approval's remark: "… undtagen erfaringsindsamlingen",
"Godkendt uden punkt tre.", "Forløbet bør vente til budgettet." — "Enig. Resten er godkendt.". Pure."""

from __future__ import annotations

import re

from referat.minutes.held_off import point_lines
from referat.minutes.point_names import AMOUNT, MONEY_SAID, NUMBER_DIGITS, ORDINALS
from referat.minutes.points import left_out_by_number, numbers
from referat.types import Section

# A point named by its place: the places held_off reads ("det sidste", "den første", "det tredje punkt"), and after
# "undtagen" also "det andet", which cannot mean the rest there (also "det sidste er godkendt", as the part left out
# is read up to the stop).
_BY_ITS_PLACE = re.compile(r"(?:den|det) (?:anden|andet|" + "|".join(ORDINALS) + r")\b", re.IGNORECASE)


def point_left_out(phrase: str, what: str, indstilling: Section | None) -> bool:
    """"… undtagen erfaringsindsamlingen", "…, og netværkene forbliver uændrede" (``what``: "at netværkene
    er uændret") or "… og lader talentforløbet vente" where the Indstilling is numbered and one of its points
    is that."""
    if phrase == "med den ændring" and (said := re.fullmatch(r"der blev nævnt: »(.+?)[.!]?«", what)):
        phrase, what = "med den ændring,", f"at {said[1][0].lower()}{said[1][1:]}"  # as said: "»Punkt tre …«"
    if indstilling is not None and left_out_by_number(what, len(point_lines(indstilling.text))):
        return True  # "Vi godkender, minus punkt tre."
    if left := _LEFT_OUT_SAID.match(f"{phrase} {what}"):  # "…, dog uden / dog ikke erfaringsindsamlingen"
        phrase, what = "uden", left["what"] or left["first"]
    kept = re.fullmatch(r"at (.+) er uændret", what) if phrase == "med den ændring," else None
    if phrase in ("med den bemærkning,", "med den ændring,", "med den ændring") and kept is None:
        # "… og lader talentforløbet vente til næste år"; a point kept for later: "Forløbet bør vente til budgettet."
        # — "Enig. Resten er godkendt.", "…, men introprogrammet skal laves om og komme igen"
        kept = re.match(r"at vi lader (.+?) (?:vente|ligge)\b|at (.+?) (?:bør|skal|må) (?:vente\b|laves om\b"
                        # a point taken out: "Screeningen er taget ud. Resten er godkendt."
                        r"|skrives om\b)|at (.+?) (?:(?:er |bliver )?(?:taget ud|tages ud|udgår)"
                        # (also said as what we do: "Punkt tre tager vi ud.", "Punkt tre springer vi over.")
                        r"|tager vi ud|springer vi over|springes over)\b", what)
    if (phrase not in ("med undtagelse af", "uden") and kept is None) or indstilling is None:
        return False
    what = (kept[1] or kept[2] or kept[3]) if kept is not None else what
    points = point_lines(indstilling.text)
    if len(points) >= 2 and _BY_ITS_PLACE.match(what.strip()):
        return True  # "Alle punkter undtagen det sidste er godkendt."
    if len(points) >= 2 and (out := numbers(what, alone=True)) and all(int(n) <= len(points) for n in out):
        return True  # "Godkendt uden punkt tre.", "Med undtagelse af punkt tre er det godkendt."
    # (its stem inside a compound: "talentforløbet" in "talentudviklingsforløb"; an amount by its figure: "de fire
    # millioner" in "at der gives 4 mio. kr. til screening")
    named = _AMOUNT_WORDS.sub(lambda said: f"{NUMBER_DIGITS[said[1].lower()]} mio",
                              re.sub(r"^(?:de|den|det) ", "", what))
    # (the money by a money word names the point with an amount: "Vi godkender det hele undtagen pengene.")
    money = MONEY_SAID.fullmatch(named.strip()) is not None
    return len(points) >= 2 and any(named.casefold()[:6] in line or (money and AMOUNT.search(line))
                                    for line in points)


_LEFT_OUT_SAID = re.compile(r"^(?:dog (?:uden|ikke)|med undtagelse af|under forudsætning af,? at vi ser bort fra)"
                            r" (?P<what>\w.*)$"
                            r"|^(?:med den bemærkning,|idet) at (?P<first>.+?) (?:udgår|undtages)$")
_AMOUNT_WORDS = re.compile(r"\b(et|to|tre|fire|fem|seks|syv|otte) millioner\b", re.IGNORECASE)
