"""Points of a numbered Indstilling held off by their words: the last speaker's close that does some points and
holds another off ("Så mødes vi hver uge, og strategimødet bliver ikke til noget."), and which points the words
of a partial approval name. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from referat.minutes.answers import ADOPTS
from referat.minutes.evidence import Hit
from referat.minutes.postponements import MONTH
from referat.minutes.sentences import Sentence, normalize, plainly


def numbered_points(indstilling: str) -> frozenset[str]:
    """The numbers of a numbered Indstilling's points ("1. at …", "2) at …")."""
    return frozenset(re.findall(r"^\s*(\d+)[.)]", indstilling, re.MULTILINE))


def point_lines(indstilling: str) -> list[str]:
    """The lines of a numbered Indstilling's points, in lower case ("1. at …", "2) at …")."""
    return [line.casefold() for line in indstilling.splitlines() if re.match(r"\s*\d+[.)]", line)]


# What keeps a clause's point from being done: "…, og strategimødet bliver ikke til noget", "Postrummet lukker vi
# ikke endnu.", "…, og tillægget venter, til …", "Millionen til forprojektet kommer først i næste budget", "…, og
# Hadsund-pladsen forbliver, som den er", "…, mens afsnit 12 bliver", "Rold tager vi op igen, når …"
# (not "ikke kun": not only, "… skal gælde alle nye ledere, ikke kun de første")
_HELD_OFF = re.compile(r"\b(?:ikke(?! kun\b)|ingen|nej|dropper|droppes|udgår|venter|vente|udsætter|udsættes|udskyder"
                       # (not a later start, which changes the point: "awareness skal først starte i januar")
                       r"|bortfalder|(?<!starte )(?<!starter )først(?! start| begynd)|senere|rykker|rykkes"
                       # (not a review of what is done: "Retningslinjerne gennemgås igen om et år.")
                       r"|(?<!gennemgås )(?<!vurderes )(?<!evalueres )(?<!revideres )igen"
                       r"|forbliver|tilbage|afvent\w*|består|bestå|næste gang|parker\w*|bevarer|beholder|indtil videre"
                       # "Forløbet skal vi have mere om."
                       r"|have mere (?:at vide )?om"
                       # (not a later start: "… først starter efter sommerferien")
                       r"|(?<!starter )(?<!starte )efter (?:sommer\w*|jul|nytår|påske))\b"
                       r"|\bbliver(?:,? (?:som|hvor)\b|[.!]?$)"
                       r"|\bkommer,? (?:når|efter)\b"
                       # "Så lader vi netværkene være" (or "ligge"), "… seks tager vi en anden gang", a point put to
                       # the budget: "HR-partneren må vi se på ved budgettet", "Pengene hører hjemme i
                       # budgetforhandlingerne"
                       r"|\blader (?:vi )?\w+ (?:være|ligge)\b|\ben anden gang\b|\bhører (?:\w+ )?hjemme\b"
                       r"|\b(?:ved|i|til|med i) (?:\w+ )?budget\w*"
                       # a season or a month: "Forløbet tager vi i efteråret.", "… tager vi op i oktober."
                       # (not a later start, which changes the point: "awareness skal først starte i januar")
                       r"|(?<!starte )(?<!starter )\b(?:i|til) (?:efteråret|foråret|vinteren|" + MONTH + r")\b",
                       re.IGNORECASE)
# A clause that does what it says: the forum acting ("Så mødes vi hver uge", "Vi går over til …", "Helhedsplanen går
# vi i gang med"), an approval, or a point done in the passive ("Aftalen forlænges", "Naturplanen er godkendt").
_DOES = re.compile(r"^(?:så |og )?(?:[\w-]+ ){0,3}?(?:\w+ vi|vi \w+)\b|\b(?:godkend|vedta|tiltræd|anbefal|ja til)"
                   # "Strategien og evalueringen er fine."
                   r"|^(?:[\w-]+ ){1,4}er (?:helt )?(?:fine?|fint|i orden|på plads)\b|\bgår igennem\b"
                   # "Overgangen til digital post kører."
                   r"|^(?:[\w-]+ ){1,5}kører(?: videre)?[.!]?$"
                   r"|^(?:så |og )?(?:[\w-]+ ){1,3}?\w{3,}es\b"
                   # "Helhedsplanen kan gå i gang nu"
                   r"|^(?:[\w-]+ ){1,3}kan (?:gå i gang|starte|begynde)\b"
                   # a yes after the points named: "Status og retningslinjer, ja.", "… retningslinjer: ja."
                   r"|^(?:[\w-]+ ){0,4}?[\w-]+[,:]? ja[.!]?$", re.IGNORECASE)
# Money named in a clause names the point with an amount: "Pengene hører hjemme i budgetforhandlingerne" on "2. at
# der gives 3 mio. kr. til …", "De 500.000 må vente" on "2. der afsættes 500.000 kr. …".
_MONEY_SAID = re.compile(r"\b(?:penge\w*|beløbet|bevilling\w*|million\w*|midlerne|\d[\d.,]*)\b", re.IGNORECASE)
_AMOUNT = re.compile(r"\b(?:kr|mio|kroner)\b")
_NOTED = re.compile(r"\btil efterretning\b|\bnoter(?:er|et)\b", re.IGNORECASE)
# (also " og " before a second verb: "Så holder vi de ugentlige møder og dropper strategimødet")
_CLAUSES = re.compile(r"[.;!]\s+|,\s*(?=(?:og|men|mens|nej til)\s)"
                      # "Strategien vedtager vi, partneren kommer i budgettet.", "Forløbet udskyder vi, resten
                      # godkender vi." (also without the comma, which a recogniser often leaves out)
                      r"|(?:,\s*|(?<=\bvi)\s+)(?=\w+(?:en|et|ne|erne)\s+(?:kommer|venter|må|udsættes|parkerer)\b)"
                      # "…, awareness tager vi senere."
                      r"|,\s*(?=[\w-]+\s+tager\s+vi\b)"
                      r"|(?:,\s*|\s+)(?=resten\s+(?:godkender|vedtager|er|går|kan)\b)|\s+(?:men|mens)\s+|(?<=\bnu)\s+og\s+"
                      r"|\s+og\s+(?=(?:godkender|vedtager|siger|dropper|venter|noterer|lader|beholder|holder|sætter"
                      r"|tager|udsætter|afventer|går)\b)")
# Words that name no point: the decision's own verbs ("godkender" is in every point of some Indstillinger), and
# little words.
_NO_POINT = re.compile(r"(?:godk|vedta|tiltr|beslu|udsæt|udsky|bevil|indst|bliver|noget|ikke$|skal$|være$|have$"
                       r"|også$|blive$|komme$|kommer$|tager$|igen$|først$|senere$|næste$|efter$|når$|hvor$|som$|sådan$)")


def _stems(text: str) -> set[str]:
    """The first letters of the words that can name a point: five letters or more, or a name ("Rold")."""
    words = re.findall(r"[\w-]{5,}|(?-i:[A-ZÆØÅ])\w{2,}", text)
    # (without the definite ending: "Skoven" names "ny skov")
    return {re.sub(r"(?<=\w{4})(?:erne|en|et|ne)$", "", word.casefold())[:6] for word in words
            if not _NO_POINT.match(word.casefold())}


def _named_anywhere(stem: str, points: list[str]) -> set[int]:
    """The points a word names anywhere in them, also inside a compound ("strategien" in "kompetencestrategien")."""
    return {k for k, point in enumerate(points) if stem in point}


def _named_at_start(stem: str, points: list[str]) -> set[int]:
    """The points a word names where it starts a word, else anywhere in one: "retningslinjerne" holds off "ai
    retningslinjer godkendes", not "… tages til efterretning"."""
    at_start = {k for k, point in enumerate(points) if re.search(r"\b" + re.escape(stem), point)}
    return at_start or _named_anywhere(stem, points)


def _points_named(stems: set[str], points: list[str],
                  named_by: Callable[[str, list[str]], set[int]] = _named_anywhere) -> set[int]:
    """The points a clause names; by the words that name one point only where it has any ("Rold Skole" names "at
    Rold Skole lukkes", not "at Arden Skole udbygges")."""
    by_stem = [named_by(stem, points) for stem in stems]
    only_one = set().union(*(named for named in by_stem if len(named) == 1))
    return only_one or set().union(*by_stem)


def points_held_off(sentences: Sequence[Sentence], indstilling: str, kind: str) -> list[Hit]:
    """The last speaker's close that does some of a numbered Indstilling's points and holds another
    off by its name, in their last one or two sentences: "Så mødes vi hver uge, og strategimødet
    bliver ikke til noget." on "1. Godkender ugentlige møder 2. Godkender et månedligt strategimøde";
    read whatever ``kind`` the close had but a partial approval, a decision or a discussion."""
    points = point_lines(indstilling)
    if len(points) < 2 or not sentences or kind not in ("approved", "recommended", "rejected", "postponed", "noted"):
        return []
    said = [s for s in sentences[-2:] if s.speaker == sentences[-1].speaker]
    if (len(sentences) >= 3 and sentences[-2].speaker != sentences[-1].speaker
            and ADOPTS.match(normalize(sentences[-1].text))):
        # the chair's "Så gør vi det." after another speaker's answer: "Kan vi godkende alle tre?" "De to første,
        # ja. Forløbet skal vente." "Så gør vi det."
        said = [s for s in sentences[-3:-1] if s.speaker == sentences[-2].speaker]
    done: list[tuple[Sentence, set[int]]] = []
    held: list[tuple[Sentence, set[int]]] = []
    for sentence in said:  # (read without a leading "Jamen," or hesitation)
        for clause in _CLAUSES.split(plainly(sentence.text)):
            stems, money = _stems(clause), _MONEY_SAID.search(clause) is not None
            named = _points_named(stems, points) | {k for k, point in enumerate(points)
                                                    if money and _AMOUNT.search(point)}
            if _HELD_OFF.search(clause):
                if named:
                    held.append((sentence, named))
            elif _DOES.search(clause.strip()) and not _NOTED.search(clause):  # (a point only noted approves nothing)
                done.append((sentence, named))
    held_points = set().union(*(named for _, named in held))
    # a clause that names several points, one of them held off, does the others ("Strategien godkender vi.
    # Evalueringen tager vi stilling til senere." on "1. at kompetencestrategien godkendes 2. at strategien evalueres")
    done_points = set().union(*(named - held_points if len(named) > 1 else named for _, named in done))
    if not held or not done or len(held_points) == len(points) or held_points & done_points:
        return []
    return [Hit("approved", 0.5, done[0][0]), Hit("rejected", 0.5, held[-1][0])]


# A point held off for later, not for good: "… venter", "… tager vi op igen", "… i budgettet".
_LATER = re.compile(r"\b(?:venter|vente|udsæt\w*|udskyd\w*|senere|igen|næste|afvent\w*|efter|først|tilbage"
                    r"|budget\w*|kommer|en anden gang|efteråret|foråret|vinteren|parker\w*|indtil videre|" + MONTH
                    + r")\b",
                    re.IGNORECASE)
_THE_REST = re.compile(r"\b(?:resten|de andre|de øvrige|alle andre)\b", re.IGNORECASE)


def points_by_their_words(said: Sequence[tuple[str, str]], indstilling: str) -> tuple[str, str, bool] | None:
    """("indstilling 1 og 2", "indstilling 3", held off for later) where the sentences name the points of a
    numbered Indstilling by their words ("Status og retningslinjer, ja. Forløbet, nej."); None when they do not
    name both what was approved and what was held off."""
    points = point_lines(indstilling)
    numbers = [re.sub(r"[.)].*$", "", point).strip() for point in points]  # "1. at …" → "1"
    done: set[int] = set()
    held: set[int] = set()
    later = False
    for _kind, text in said:
        for clause in _CLAUSES.split(plainly(text)):
            stems = _stems(clause)
            if _HELD_OFF.search(clause):
                named = _points_named(stems, points, _named_at_start)
                held |= named
                later = later or (bool(named) and _LATER.search(clause) is not None)
            elif _THE_REST.search(clause):
                done |= set(range(len(points))) - held
            else:  # every point a word names, also inside a compound: "Strategien og evalueringen er fine."
                done |= set().union(*(_named_anywhere(stem, points) for stem in stems))
    done -= held
    if len(points) < 2 or not done or not held:
        return None
    def listed(which: set[int]) -> str:
        said_numbers = [numbers[k] for k in sorted(which)]
        return "indstilling " + (" og ".join(said_numbers) if len(said_numbers) <= 2
                                 else ", ".join(said_numbers[:-1]) + " og " + said_numbers[-1])
    return listed(done), listed(held), later
