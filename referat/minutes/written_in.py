"""What was asked for taken into the proposal's own text: "Det skriver vi ind", "Det kommer med", "Godkendt, og
ja, det tager vi med." (but not into another process: "Det tager vi med i budgetopfølgningen."). Pure; changes.py
and remarks.py read a change by it, followups.py tells work from a change by it.
"""

from __future__ import annotations

import re

from referat.minutes.sentences import Sentence
from referat.types import Section

_WRITTEN_IN = re.compile(r"^(?:(?:ja|jo|fint|godt|tak|enig|(?:det er en )?god pointe),?\s+)?(?:(?:det|den|de) "
                         # (also by the body that writes it: "Det skriver administrationen ind.")
                         r"(?:(?:skriver|føjer|lægger) jeg ind"  # (not "Det tager jeg med.", taken into a negotiation)
                         r"|(?:skriver|tager|føjer|får|lægger) (?:vi|administrationen|forvaltningen|sekretariatet"
                         r"|(?-i:[A-ZÆØÅ])\w+) (?:ind|med)|skriver vi på"
                         r"|kommer (?:med|ind)(?! tiden)"
                         # (also by the one who will: "Det retter Trine.")
                         r"|sørger (?:vi|(?-i:[A-ZÆØÅ])\w+|administrationen|forvaltningen|sekretariatet) for"
                         r"|retter (?:vi|jeg|(?-i:[A-ZÆØÅ])\w+)"
                         # (or worked in: "Det indarbejder vi.")
                         r"|(?:indarbejder|indføjer) (?:vi|administrationen|forvaltningen|sekretariatet)\b"
                         # (also in the passive: "Den skrives ind, og så er politikken vedtaget.", "De tilføjes.")
                         r"|(?:skrives|føjes|sættes|tages) (?:også )?(?:ind|med)\b"
                         r"|(?:tilføjes|rettes|bliver (?:rettet|ændret|tilføjet))(?=,| og\b|[.!]?$))"
                         # (or the forum's act first: "Så sætter vi det ind, og planen er godkendt.")
                         # (not what is written where: "Så skriver vi den ind i retningslinjerne" approves it)
                         r"|så (?:skriver|sætter|lægger|føjer|tager) vi (?:det|den|dem) (?:ind|med)(?=,| og\b|[.!]?$)"
                         # (or the forum first, after the approval: "Godkendt. Vi indarbejder det.", "… og vi retter det
                         # til", "Vi får det skrevet ind."; not "Vi tager det med tilbage")
                         r"|(?:vi|jeg) (?:indarbejder|indføjer|retter) (?:det|den|dem)(?: til)?"
                         r"(?=,| og\b|[.!]?$)"
                         r"|(?:vi|jeg) (?:skriver|sætter|lægger|føjer|tager) (?:det|den|dem) (?:ind|med)"
                         r"(?=,| og\b|[.!]?$)"
                         # (the presenter adding the text asked for: "Jeg tilføjer et afsnit.")
                         r"|(?:vi|jeg) tilføjer (?:et|en) (?:afsnit|sætning|linje|punkt)\b"
                         r"|vi får (?:det|den|dem) (?:(?:skrevet|sat|lagt|føjet|taget) (?:ind|med)|rettet|indarbejdet"
                         r"|tilføjet)(?=,| og\b|[.!]?$)"
                         # (or the change named: "Den tilføjelse laver vi, og så er den godkendt.")
                         r"|(?:den|de) (?:tilføjelse|rettelse|ændring|justering)r? (?:laver|tager|skriver) vi\b"
                         # "Så kommer det med, og politikken er godkendt."
                         r"|så kommer (?:det|den|de) (?:med|ind)(?=,| og\b|[.!]?$))",
                         re.IGNORECASE)
_AND_THEN = re.compile(r"^(?:[^,]*,\s+)?og\s+(?=(?:ja,?\s+)?(?:det|den|de|vi)\s)", re.IGNORECASE)
# "Det tager vi med i budgetopfølgningen.", "Det kommer med i budgettet." put it in another process.
_OTHER_PROCESS = re.compile(r"^(?:(?:ja|jo|fint|godt|tak),?\s+)?(?:det|den|dem) (?:tager vi med i "
                            r"(?P<where>(?!den\b|det\b|de\b)\w+)?|kommer med i budget"
                            # (or next year: "Det tager vi med næste år.")
                            r"|tager vi med (?:til )?næste år\b)", re.IGNORECASE)


def written_in(sentence: Sentence, indstilling: Section | None = None) -> bool:
    """"Det skriver vi ind", "Det kommer med": what was asked for is taken into the text (not "Det tager vi
    med i budgetopfølgningen", another process; but "Det tager vi med i udbuddet" on "at rengøringen sendes i
    udbud" takes it into what is approved)."""
    text = sentence.text.strip()
    if _WRITTEN_IN.match(text) is None:  # (or after the approval: "Godkendt, og ja, det tager vi med.")
        text = _AND_THEN.sub("", text, count=1)
    if _WRITTEN_IN.match(text) is None:
        return False
    return _OTHER_PROCESS.match(text) is None or (indstilling is not None and taken_into(text, indstilling.text))


def taken_into(text: str, proposal: str) -> bool:
    """"Det tager vi med i udbuddet" on "at rengøringen sendes i udbud": taken into what is approved, a change
    (not "… med i den videre proces" or "… i budgetopfølgningen", which the Indstilling does not name; nor on an
    item put up for discussion: "Det tager vi med i budgetprocessen" on "at udvalget drøfter budgettet" is work)."""
    other = _OTHER_PROCESS.match(text.strip())
    return (other is not None and other["where"] is not None and other["where"][:5].casefold() in proposal.casefold()
            and re.search(r"\bdrøft", proposal, re.IGNORECASE) is None)
