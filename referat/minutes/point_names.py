"""How a clause names a point of a numbered Indstilling: by its number ("punkt 1 og 2", "Et og to, ja."), by its place
("de to første", "tredje punkt"), by money (the point with an amount) or by a figure the point has. Pure; held_off.py
reads the points held off and done with it.
"""

from __future__ import annotations

import re

# Money named in a clause names the point with an amount: "Pengene hører hjemme i budgetforhandlingerne" on "2. at
# der gives 3 mio. kr. til …", "De 500.000 må vente" on "2. der afsættes 500.000 kr. …".
# (also the funding: "Finansieringen kommer igen.")
MONEY_SAID = re.compile(r"\b(?:penge\w*|beløbet|bevilling\w*|finansiering\w*|million\w*|midlerne|\d[\d.,]*)\b",
                        re.IGNORECASE)
AMOUNT = re.compile(r"\b(?:kr|mio|kroner)\b")
# (also by their number words: "Punkt et godkender vi, men punkt to venter vi med.")
NUMBER_DIGITS = {"et": "1", "to": "2", "tre": "3", "fire": "4", "fem": "5", "seks": "6", "syv": "7", "otte": "8"}
# The new case a point promises, presented at a time: "Sagen om talentforløb forelægges i september." (not the point
# itself again: "Punkt 4 skal forelægges igen i januar." holds it off)
CASE_PRESENTED_AT = (r"\b(?:sagen|en (?:ny )?sag) om [^.!?]+? (?:forelægges|fremlægges|kommer) "
                     r"(?:i|til|på|inden|senest|snarest)\b")
# A point's number word up to six after a comma (by itself not "et", which is as often the article).
POINT_WORD = "|".join(word for word, digit in NUMBER_DIGITS.items() if int(digit) <= 6)
BARE_POINT_WORD = "|".join(word for word, digit in NUMBER_DIGITS.items() if 2 <= int(digit) <= 6)
_SAID_NUMBER = r"(?:\d+|" + "|".join(NUMBER_DIGITS) + r")\b"
_BY_NUMBER = re.compile(r"\b(?:punkt|indstilling|nummer)(?:erne)?\s+(" + _SAID_NUMBER
                        + r"(?:(?:\s*,\s*|\s+og\s+)" + _SAID_NUMBER + r")*)", re.IGNORECASE)
# Points said first by their bare numbers, before what is done with them: "Et og to er vi enige om. Tre tager vi
# senere." (not a count of something: "Tre af dem …", "To ting …")
_LISTED = _SAID_NUMBER + r"(?:(?:\s*,\s*|\s+og\s+)" + _SAID_NUMBER + r")*"
_NUMBERS_FIRST = re.compile(r"^(?:men |mens |og |så )?(?:(?P<numbers>" + _LISTED + r")\s+(?=(?:er|skal|må|kan|venter"
                            r"|afventer|kommer|tager|godkender|vedtager|udsætter|afviser|dropper|parkerer|bliver|sender|ikke)\b"
                            r"|\w{3,}es\b)"
                            # (or a yes to them, said alone: "Ja til et og to, …")
                            r"|(?:vi siger )?(?:ja|nej) til (?P<yes_to>" + _LISTED + r")\s*[,.!]?$"
                            # (or the yes or no after them: "Et og to, ja. Tre, nej.")
                            r"|(?P<said_of>" + _LISTED + r"),? (?:ja|nej)[.!]?$)", re.IGNORECASE)
# (not "den anden" / "det andet", which is as often "the other" or "the rest": "Det andet er godkendt.")
ORDINALS = {"første": 0, "tredje": 2, "fjerde": 3, "femte": 4, "sjette": 5, "sidste": -1}
_COUNTS = {"to": 2, "tre": 3, "fire": 4, "fem": 5}
_BY_PLACE = re.compile(r"\b(?:de (?P<count>to|tre|fire|fem) (?=første|sidste)|den |det )(?P<which>"
                       + "|".join(ORDINALS) + r")\b(?! gang\b)", re.IGNORECASE)
# … or said bare before "punkt", where "andet" can only be the second: "Første og andet punkt er godkendt."
_PLACE_INDEX = {**ORDINALS, "anden": 1, "andet": 1}
_PLACES = "|".join(_PLACE_INDEX)
_PLACE_OF_POINT = re.compile(r"(?<!\bden )(?<!\bdet )\b(" + _PLACES + r")\b(?=(?:,? (?:og )?(?:" + _PLACES + r"))*"
                             r" (?:punkt|indstilling|del)\b)", re.IGNORECASE)
_FIGURE = re.compile(r"\b\d{2,}(?:[.,]\d+)*\b")
# The count a point names, by that word: "Antallet udskyder vi."
_COUNT_SAID = re.compile(r"\b(?:antallet|tallet)\b", re.IGNORECASE)
_NUMBERED_LINE = re.compile(r"\s*(\d+)[.)]\s*(.*)")


def named_by_money_number_or_figure(clause: str, points: list[str]) -> set[int]:
    """The points a clause names by money (the points with an amount), by their number ("punkt 1 og 2",
    "indstilling 3") or by a figure of two digits or more that the point has ("De 200 hektar …" on "2. at der
    udlægges 200 ha ny skov")."""
    listed_first = _NUMBERS_FIRST.match(clause.strip())
    said = {NUMBER_DIGITS.get(number.casefold(), number)
            for listed in _BY_NUMBER.findall(clause)
            + ([listed_first["numbers"] or listed_first["yes_to"] or listed_first["said_of"]] if listed_first else [])
            for number in re.findall(_SAID_NUMBER, listed, re.IGNORECASE)}
    figures = set(_FIGURE.findall(_BY_NUMBER.sub("", clause)))
    money = MONEY_SAID.search(clause) is not None
    named = {k for k, point in enumerate(points) if money and AMOUNT.search(point)}
    if _COUNT_SAID.search(clause):  # "Antallet udskyder vi" on "2. at der optages 12 deltagere"
        named |= {k for k, point in enumerate(points) if _FIGURE.search(point) and not AMOUNT.search(point)}
    for place in _BY_PLACE.finditer(clause):  # "de to første", "den tredje", "den sidste"
        count = _COUNTS.get((place["count"] or "").casefold(), 1)
        if place["which"].casefold() == "sidste":
            named |= set(range(max(0, len(points) - count), len(points)))
        elif place["which"].casefold() == "første":
            named |= set(range(min(count, len(points))))
        elif (k := ORDINALS[place["which"].casefold()]) < len(points):
            named.add(k)
    for said_place in _PLACE_OF_POINT.findall(clause):  # "Første og andet punkt …", "Tredje punkt (del) udsat."
        k = _PLACE_INDEX[said_place.casefold()]
        named |= {len(points) - 1 if k < 0 else k} if k < len(points) else set()
    for k, point in enumerate(points):
        line = _NUMBERED_LINE.match(point)
        if line is not None and (line[1] in said or figures & set(_FIGURE.findall(line[2]))):
            named.add(k)
    return named
