"""The words a task is said in: the verbs that promise work, their infinitives, the bodies that take
tasks, and when it is due. Pure; docs/minutes.md lists them."""

from __future__ import annotations

import re

from referat.minutes.postponements import MONTH
from referat.minutes.remark_words import WRITES_IN_VERBS

VERBS = (r"eftersender|sender|tilføjer (?=et\b|en\b)|udsender|udarbejder|laver|undersøger|vender tilbage"
         r"|kommer tilbage|kommer med|følger op|sørger for|står for (?=den\b|det\b|at\b|\w+(?:en|et)\b)"
         r"|tager (?:et møde|kontakt|en dialog|en snak"
         r"|(?:(?!(?:jeg|vi)\b)\w+ ){1,3}med (?:i|til|videre|og (?=\w+er\b)))|evaluerer|giver (?:\w+ ){0,2}videre"
         r"|indkalder|arrangerer|forbereder|sætter (?:\w+ )?på (?:dagsordenen|årshjulet)"
         r"|samler|genforhandler|forhandler (?=videre\b|med\b|(?:en |om )?pris)"
         r"|melder (?:\w+ )?ind|melder (?:det |den |dem )?ud|giver (?:en )?(?:kort )?status"
         r"|præsenterer|mødes med|tager opgaven|skærer (?!ned\b)(?:\w+ ){1,2}til\b"
         r"|arbejder videre|går videre (?=med\b)|afholder|planlægger|skriver|indhenter"
         r"|henter (?=(?:\w+ ){1,4}ind\b)|tjekker"
         r"|finder (?=(?:et|en) (?:\w+ )?(?:sted|areal|placering|løsning|model)\b)"  # not "Jeg finder det rimeligt"
         r"|retter henvendelse|retter (?:den|det|dem|\w+(?:en|et|ne|erne)) til\b|udpeger (?=en\b|et\b)"
         # "Charlotte retter programmet og sender det rundt."
         r"|retter(?= (?:[A-ZÆØÅ]\w+ )?\w+(?:et|en|ne|erne) (?:og|inden|senest)\b)"
         r"|tilpasser (?=\w+(?:en|et)\b)"
         r"|får (?=(?:\w+ ){1,3}\w+et (?:af|hos)\b)"  # "Kristine får retningslinjerne gennemgået af en jurist"
         r"|holder (?=(?:et|en) \w*møde\b)|orienterer (?=\w+(?:ne|erne)\b)"  # "orienterer beboerne om …"
         # "kigger på den igen" and "ser på den i næste måned" put the case off; "ser på det som …" is a view
         r"|regner (?:på|igennem|ud)|(?:kigger|ser) på(?![^,.]*\b(?:igen|som)\b)"
         r"(?! (?:den|det|dem|sagen|punktet) (?:i|på|til) (?:næste|et senere)\b)"
         r"|beskriver|giver (?:\w+ )?(?:vores|udvalgets|direktionens) (?:kommentarer|bemærkninger|input)")
INFINITIVES = (r"eftersende|sende|udarbejde|lave|undersøge|vende tilbage|komme tilbage|komme med|følge op"
               r"|sørge for|indkalde|arrangere|forberede|samle|indhente|tjekke|skrive|præsentere|kigge på|afklare"
               r"|kontakte|tage kontakt|tale med|tage en snak med|tage en dialog med")
# The documents a change is taken into: "Det tager vi med i kontrakten."
DOCUMENTS = r"(?:kontrakt|aftale|udbud|tekst|politik|retningslinj|standard|beskrivelse|udkast|udgave|version)"
BODIES = (r"forvaltningen|administrationen|sekretariatet|styregruppen|styringsgruppen|arbejdsgruppen|projektgruppen"
          r"|direktionen|udvalget|koncernledelsen"
          r"|hver afdeling|alle afdelinger|afdelingerne|centret|centrene|hr|it")
# When a task is due, said at the end of its clause.
_WHEN = re.compile(
    r"\s*,?\s*\b(?P<when>(?:i|inden|senest|til|på|fra|efter|før|om)\s+(?:den\s+)?(?:næste|kommende|et kommende)\s+"
    r"(?:uge|måned|møde|år)|næste (?:uge|måned|år)|(?:til |på )?næste gang|i morgen|i overmorgen"
    r"|snarest(?: muligt)?|bagefter|hurtigst muligt"
    r"|(?:i|inden|senest|til|efter|før|i løbet af)\s+(?:" + MONTH
    + r"|jul|påske|sommerferien|efteråret|foråret|sommeren|vinteren)"
    r"|(?:inden|senest|til|på|den)\s+(?:den\s+)?\d{1,2}\.\s*\w+|til mødet i \w+|på (?:et|næste) \w+ møde"
    # "om et halvt år", "efter tre måneder", "inden for to uger"
    r"|(?:om|efter|inden for)\s+(?:et|en|to|tre|fire|fem|seks|\d+)\s+(?:halvt\s+)?(?:år|måned(?:er)?|uger?|kvartal)"
    # a condition first: "når …", "før vi anbefaler noget"
    r"|når .+|før (?:vi|der|de|udvalget|direktionen) .+)$", re.IGNORECASE)
# A yes to a request: "Ja.", "Det gør jeg.", "Det kan vi."
YES = re.compile(r"^(?:ja|jo|det gør jeg|det sørger jeg for|det kan (?:jeg|vi)|selvfølgelig|gerne|klart)\b",
                 re.IGNORECASE)


def split_when(text: str) -> tuple[str, str | None]:
    """The task and when it is due: "laver en opsamling til næste møde" → ("laver en opsamling", "til næste møde")."""
    match = _WHEN.search(text)
    if match is None:
        return text.strip(" ,"), None
    return text[: match.start()].strip(" ,"), match["when"].strip()


# The case looked at again or brought back, and nothing new: "komme igen", "vender tilbage med den", "undersøger det
# først" (not "komme igen med et bedre oplæg", "sender den til Ældrerådet", nor a promise to come back to it: "Vi
# vender tilbage til det i august").
_BACK_AGAIN = re.compile(r"(?:komme|kommer|vende|vender) (?:igen|tilbage)\b(?! med (?:en|et|nye?)\b| til\b)")
_LOOKED_AT_AGAIN = re.compile(r"(?:undersøger|ser på|kigger på|behandler|drøfter) (?:det|den|dem)\b"
                              r"(?! (?:med|til) (?:en|et)\b)")


def the_case_again(what: str, by_the_forum: bool) -> bool:
    """A task's ``what`` that only brings the case back or has the forum look at it again: on an item put off,
    that is the postponement itself, not work to do."""
    said = what.casefold()
    return _BACK_AGAIN.match(said) is not None or (by_the_forum and _LOOKED_AT_AGAIN.match(said) is not None)


# A task given along with the approval: "…, og Marie kommer med en måling af effekten til efteråret".
# (not a standing duty, which is part of the decision: "…, og IT rapporterer til direktionen to gange om året")
GIVEN_ALONG = re.compile(r",?\s+og\s+(?:[A-ZÆØÅ]\w+|administrationen|forvaltningen|sekretariatet|direktionen|udvalget"
                         r"|styregruppen)\s"
                         r"(?![^.!?]*\b(?:hvert|hver|gange om|løbende|årligt|kvartalsvis|månedligt)\b)"
                         # (nor the change asked for, made by them: "…, og forvaltningen lægger et grundtilskud ind")
                         r"(?!" + WRITES_IN_VERBS + r"\b)")


def given_along(approval: str, request: str) -> bool:
    """A task given along with the approval, to someone the request did not name: "…, og Marie kommer med en
    måling" (not the place asked for: "Jeg synes, vi skal have klinikken i Hjørring med." … "…, og Hjørring kommer
    med som klinik")."""
    given = GIVEN_ALONG.search(approval)
    return given is not None and not re.search(r"\b" + re.escape(given.group().split()[-1]) + r"\b", request)
