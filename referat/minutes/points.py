"""Per-point decisions where the Indstilling is numbered. Pure.

"Så godkender vi indstilling 1, 2 og 3, men ikke 4", "Indstilling 1 og 2 er godkendt,
indstilling 3 er udsat", or the approval and the refusal said in two sentences: the
numbers each names, and the Beslutning text that says which points went which way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from referat.minutes.evidence import Hit
from referat.minutes.held_off import EXCEPTION, numbered_points, point_lines, points_by_their_words
from referat.minutes.point_names import NUMBER_DIGITS
from referat.minutes.remark_words import REMARK
from referat.minutes.sentences import Sentence, plainly
from referat.minutes.stances import BACKS_THE_IDEA
from referat.minutes.stems import indefinite

# Numbered points of a numbered Indstilling: "indstilling 1", "indstillingerne 2 og 3", "punkt 4".
_POINTS = re.compile(r"\b(?:indstilling(?:erne)?|punkt(?:erne)?|pkt\.|nummer)\s+"
                     r"(?P<numbers>\d+(?:(?:\s*,\s*|\s+og\s+|\s+til\s+)\d+)*)"
                     # (or a bare list right after the approval: "Så godkender vi et og tre.")
                     r"|\b(?:godkender|vedtager|tiltræder)(?: vi)?\s+"
                     r"(?P<listed>\d(?:(?:\s*,\s*|\s+og\s+)\d)+)\b(?![.,]\d)",
                     re.IGNORECASE)


def numbers(text: str, alone: bool = False) -> frozenset[str]:
    """The point numbers a sentence names: "indstilling 2 og 3" → {"2", "3"}, "punkt et og to" → {"1", "2"}; with
    ``alone``, also one number word ("Punkt fem venter til budgettet." → {"5"}), as a sentence that holds a point off
    names it."""
    if alone and (first := _NUMBERS_FIRST.match(text.strip())) is not None:
        return frozenset(_DIGITS[word.lower()] for word in re.findall(r"\w+", first["numbers"]) if word != "og")
    match = _POINTS.search(_in_digits(text, alone))
    if match is None:
        return frozenset()
    # (a range counts every point in it: "indstilling 1 til 5" → {"1", …, "5"}; not a year: "punkt 2 til 2026")
    said = re.sub(r"\b(\d)\s+til\s+(\d{1,2})\b",
                  lambda span: " ".join(str(n) for n in range(int(span[1]), int(span[2]) + 1)),
                  match["numbers"] or match["listed"])
    return frozenset(re.findall(r"\d+", said))


def _in_digits(text: str, alone: bool = False) -> str:
    """``text`` with the points' number words in digits: "punkt et og to" → "punkt 1 og 2" (with ``alone``, also
    "punkt fem" → "punkt 5")."""
    words = _WORD_NUMBER if alone else _WORD_NUMBERS
    return words.sub(lambda said: re.sub(r"\b" + _NUMBER_WORD + r"\b", lambda word: _DIGITS[word[0].lower()], said[0]),
                     text)


# Points' numbers said as words in a list after "punkt" or "indstilling": "punkt et og to" (not one alone:
# "indstilling fem" is often what a remark asks for).
_NUMBER_WORD = "(?:" + "|".join(NUMBER_DIGITS) + ")"
_WORD_NUMBERS = re.compile(r"\b(?:(?:punkt|indstilling)(?:erne)?|nummer|(?:godkender|vedtager|tiltræder)(?: vi)?) "
                           + _NUMBER_WORD + r"(?:(?:,| og| til) " + _NUMBER_WORD + r")+\b", re.IGNORECASE)
# Points by their bare number words, first in a sentence that holds them off: "Fem udskyder vi.", "Fire og fem venter."
# (not "en"/"et", often the article)
_NUMBERS_FIRST = re.compile(r"^(?:og |men )?(?P<numbers>(?!e[nt]\b)" + _NUMBER_WORD + r"(?:(?:,| og) " + _NUMBER_WORD
                            + r")*) (?=(?:udskyder|udsætter|venter|dropper|afviser|tager|kommer|må)\b)", re.IGNORECASE)
_WORD_NUMBER = re.compile(r"\b(?:punkt|indstilling|nummer)(?:erne)? " + _NUMBER_WORD
                          + r"(?:(?:,| og| til) " + _NUMBER_WORD + r")*\b", re.IGNORECASE)


_PARTLY = re.compile(r"\b(?:godkend\w*|vedta\w*|tiltræd\w*|bevilg\w*|udmønt\w*)\s+"
                     # (the points approved, not the day: "Helhedsplanen godkender vi i dag, men …")
                     r"(?!(?:vi\s+)?(?:i dag|nu|allerede nu)\b[,\s])(?:vi\s+)?(?P<yes>.+?),?\s+"
                     # (not a time: "…, men ikke i dag" puts it off)
                     r"(?:men ikke\s+(?!(?:i dag|nu|endnu|i aften|før)\b)(?P<no>[^,.]+)"
                     r"|(?<=\s)(?:undtagen|bortset fra)\s+(?P<except>[^,.]+)"
                     r"|(?:og|men|mens)\s+(?P<later>[^,]+?)\s+(?:udsætter|udskyder|venter|udsættes|udskydes"
                     r"|(?:er\s+|blev\s+)?udsat|kommer igen|kommer tilbage|tager\s+vi\s+stilling(?=\s+til\s)"
                     r"|tager\s+vi(?=,?\s+(?:når|senere|igen|op\s+igen)\b))"
                     # (without the "med" of "venter vi med")
                     r"(?:\s+vi)?(?:\s+med(?=[,.]|$))?(?P<until>[^,.]*))",
                     re.IGNORECASE)


# "Indstilling 1 og 2 er godkendt, og indstilling 3 er udsat": the approved part named first.
# (or by their numbers alone: "et til tre er godkendt, og fire og fem kommer tilbage på et senere møde")
_NUMBER = r"(?:\d+|et|to|tre|fire|fem|seks|syv|otte)"
_NUMBERS = _NUMBER + r"(?:(?:,|\s+og|\s+til)\s+" + _NUMBER + r")*"
_PARTLY_PASSIVE = re.compile(
    r"(?P<yes>\b(?:indstilling|punkt)\w*\s+[^,.]+?|\b\w+(?:en|et|ne)\s+af\s+[^,.]+?"
    r"|\b" + _NUMBER + r"(?:,|\s+og|\s+til)\s+" + _NUMBERS + r")\s+(?:er\s+|blev\s+|bliver\s+)?"
    r"(?:godkendt|godkendes|vedtaget|vedtages)(?:,?\s+men\s+ikke\s+(?P<not>[^,.]+)"
    r"|,?\s+(?:og\s+|mens\s+|men\s+)?(?P<other>[^,.]+?)\s+(?:er\s+|blev\s+|bliver\s+)?"
    r"(?P<how>udsat|udsættes|udskudt|udskydes|afvist|afvises|ikke godkendt|godkendes ikke|kommer (?:tilbage|igen)"
    r"|venter|dropper vi)\b)", re.IGNORECASE)


# A thing named first in a decision: "Velkomstpakken godkender vi", "Mentorordningen må vente"; not the
# case or the Indstilling as a whole.
# (also after an article and an adjective: "Den nye skov må vente til næste budget"; or points by their numbers:
# "Et, to og tre er godkendt. Fire og fem venter til september.")
_THING = re.compile(r"^(?:og\s+)?(?!jamen\b|udvalget\b|direktionen\b|forvaltningen\b|administrationen\b)"
                    r"(?:(?:den|det|de)\s+\w+(?:e|dørs)\s+(\w{3,})|([\w-]{3,}(?:en|et|ne|erne))"
                    # ("Den om nattevagter venter vi med.")
                    r"|(?:den|det|de) (?:om|med|til) ([\w-]{4,})"
                    r"|((?:et|to|tre|fire|fem|seks)(?:(?:,| og| til) (?:to|tre|fire|fem|seks|syv))+)"
                    # "Status og retningslinjer er godkendt", "Anbefaling et til fire er godkendt"
                    r"|(\w{4,})(?= og \w{4,})"
                    r"|((?:anbefaling|indstilling|punkt)(?:erne)? (?:et|to|tre|fire|fem|seks|\d+)"
                    r"(?:(?:,| og| til) (?:to|tre|fire|fem|seks|syv|\d+))+"
                    # (one point by its number word: "Anbefaling seks dropper vi"; not an agenda item, "Punkt 125")
                    r"|(?:anbefaling|indstilling|punkt|nummer) (?:et|to|tre|fire|fem|seks|syv|otte)"
                    # "Nummer et og to er på plads. Nummer tre tager vi stilling til …"
                    r"(?:(?:,| og| til) (?:to|tre|fire|fem|seks|syv))*)"
                    # (one point by its bare number before the one that holds it off or refuses it, after the
                    # others approved by their numbers: "Tre afvises.", "Tre tager vi næste gang.")
                    r"|((?:et|to|tre|fire|fem|seks|syv|otte)(?=\s+(?:afvises|udsættes|udskydes|venter|må vente"
                    r"|tager vi (?:op |(?:på )?næste|senere|en anden)|kommer (?:igen|tilbage)|dropper vi|afviser vi"
                    r"|udsætter vi|siger vi nej)\b))"
                    # a thing by any name before its decision: "Awareness kommer igen", "Puljen tager vi …"
                    r"|så venter ([\w-]{3,})"
                    # (a place's two-word name: "Rold Skole forbliver åben")
                    # (or after its adjective: "Ugentlige møder er godkendt.")
                    r"|(?!(?:vi|så|men|og|jeg|alle|hele|både|resten)\b)(?:(?-i:[A-ZÆØÅ])\w+ (?=(?-i:[A-ZÆØÅ]))"
                    r"|\w{3,}e (?=[\w-]{4,} (?:er|bliver|kommer|venter|må)\b))?"
                    r"([\w-]{4,})(?=\s+(?:kommer|venter|må|tager|skal|vil"
                    r"|dropper|godkender|siger|er|bliver|får|forbliver|nej"
                    # "Fire afviser vi", "Antallet udskyder vi"
                    r"|afviser|udsætter|udskyder|parkerer)\b))\b", re.IGNORECASE)
_WHOLE = re.compile(r"(?:sagen|punktet|indstilling\w*|forslaget|resten|planen|dagsordenen|denne|dette)$")
# … or approved in the middle of the sentence: "Så tager vi status til efterretning og godkender forløbet."
# (or points by their numbers: "Vi er klar til at godkende nummer et, to og tre.")
_APPROVED_THING = re.compile(r"\b(?:godkender|vedtager|tiltræder|bevilger)(?: vi)? (\w{3,}(?:en|et|ne|erne|ning))\b"
                             # "Vi går videre med velkomstpakken og netværkene."
                             r"|\b(?:går vi|vi går) videre med (\w{3,}(?:en|et|ne|erne))\b"
                             # "Så bevilger vi til tag og vinduer nu", "… bevilger vi pengene til taget"
                             r"|\bbevilger(?: vi)? (?:\w+ )?til (?!(?:det|den|dem)\b)(\w{3,})\b"
                             # (also "Vi godkender indstilling et til tre.", "… 1 til 3.", "Vi godkender et til tre.")
                             r"|\b(?:godkende|vedtage)\w*(?: vi)? "
                             r"(?:(?:nummer|indstilling|punkt|anbefaling)(?:erne)? )?"
                             r"((?:et|to|tre|fire|fem|seks|[1-8])"
                             r"(?:(?:,| og| til) (?:to|tre|fire|fem|seks|syv|[1-8]))+)\b",
                             re.IGNORECASE)


# Some of the points, by their place: "Så siger vi ja til de fire første."
_SOME = re.compile(r"\b(?:de|den|det) (?:\w+ )?(?:første|sidste|øvrige|resterende|andre)\b"
                   r"|\bde (?:to|tre|fire|fem|seks)(?=[.!]?$)"
                   r"|\b(?:to|tre|fire|fem|seks) af (?:dem|de \w+|to|tre|fire|fem|seks|syv)\b", re.IGNORECASE)


def named_apart(said: Sequence[tuple[str, str, str]], indstilling: str = "") -> bool:
    """One thing approved and another put off or refused, in one speaker's two last decision
    statements (``said``: their kind, speaker and sentence), as in "Velkomstpakken godkender vi."
    and "Mentorordningen må vente, til vi har mentorerne.". A word for the whole case
    ("dagsordenen", "planen") names a part only when the Indstilling names both things
    ("at dagsordenen godkendes", "at referat godkendes")."""
    # (a sentence read as approving some points counts as the approval: "Så siger vi ja til de fire første.")
    said = [("approved" if kind == "partly_approved" else kind, speaker, text) for kind, speaker, text in said]
    if len(said) != 2 or said[0][1] != said[1][1] or {said[0][0], said[1][0]} not in (
            {"approved", "postponed"}, {"approved", "rejected"}):
        return False
    things = [_thing(kind, text) for kind, _, text in said]
    if None in things or things[0] == things[1]:
        return False
    if sorted(t == "resten" for t in things) == [False, True]:
        return True  # "Velkomstpakken godkender vi. Resten må vente til efter sommerferien."
    if any(_WHOLE.match(t or "") for t in things):
        # (a thing named by a few words: "Pengene til de første projekter" on "at der gives 3 mio. kr. til de første
        # projekter")
        return all(any(word[:5] in indstilling.casefold() for word in _named(text)) for _, _, text in said)
    return True


def _named(text: str) -> list[str]:
    """The first words of a decision sentence that name things, not the decision's own verbs."""
    return [word for word in re.findall(r"\w{4,}", text.casefold())[:4]
            if not re.match(r"(?:godk|vedt|vent|udsæt|udsk|tage|komm|afvi|tilb|bliv)", word)]


def _thing(kind: str, text: str) -> str | None:
    text = plainly(text)  # "Jamen, awareness, øh, kommer igen" as "awareness kommer igen"
    # "Den dropper vi." of the point just named, beside "Resten er godkendt." (also "Det siger vi nej til.")
    # (also after a word that agrees: "Enig, den dropper vi.")
    if kind != "approved" and re.match(r"(?:(?:(?:helt )?enig|ja|godt|fint|okay),? )?"
                                       r"(?:den|det|dem) (?:\w+er vi|(?:skal|må) vi \w+e)(?: med| nej(?: tak)? til)?"
                                       r"(?: (?:i|til|på|efter) \w+)?"
                                       r"[.!]?$", text.strip(), re.IGNORECASE):
        return "den"
    found = _THING.match(text.strip()) or _SOME.search(text) or (
        _APPROVED_THING.search(text) if kind == "approved" else None)
    return found[found.lastindex or 0].casefold() if found is not None else None


def partly_text(forum: str, said: Sequence[tuple[str, str]], indstilling: str = "") -> str:
    """"godkendte indstilling 1, 2 og 3, men ikke indstilling 4" from the sentences that say so:
    ``said`` is (kind, sentence) for each supporting sentence, the strongest first; the points of a numbered
    ``indstilling`` by their words when the sentences do not number them."""
    for _kind, text in said:
        passive = _PARTLY_PASSIVE.search(text)
        if passive is not None:
            return _some_points(forum, _points(passive["yes"].lower()),
                                _points((passive["other"] or passive["not"]).lower()),
                                postponed=(passive["how"] or "").lower().startswith(("uds", "kommer", "venter")))
        match = _PARTLY.search(text)
        if match is None:
            continue
        yes_said = match["yes"]
        if yes_said.strip().casefold() == "vi" and (named_first := re.split(r"[.!?]\s+", text[:match.start()])[-1]):
            # the points named before the verb: "De to første godkender vi, og …" (in lower case, but a name)
            yes_said = re.sub(r"^(?:De|Den|Det|\w+(?:en|et|ne|erne))\b", lambda w: w[0].lower(), named_first.strip())
        yes = _points(yes_said, approved=True)
        if match["except"] is not None:  # "alle indstillinger undtagen nummer fem"
            return _some_points(forum, yes, _points(match["except"]), postponed=False)
        if match["no"] is not None:
            no = re.sub(r"\s+(?:som|der)\s+.*$", "", match["no"].strip())
            return _some_points(forum, yes, _points(no), postponed=False)
        return _some_points(forum, yes, _points(match["later"]) + match["until"].rstrip(), postponed=True)
    # Said apart (decisions._per_point): one approval and one refusal or postponement, each naming its points.
    # (not both in one sentence: "… et ja til punkt 1 og 2 og et nej til punkt 3" is read clause by clause below)
    named = [(kind, found) for kind, text in said if (found := _POINTS.search(_in_digits(text, kind != "approved")))
             and len({text for _, text in said}) > 1]
    yes_points = next((found["numbers"] for kind, found in named if kind == "approved"), None)
    other = next(((kind, found["numbers"]) for kind, found in named if kind != "approved"), None)
    if yes_points is not None and other is not None:
        return _some_points(forum, f"indstilling {yes_points}", f"indstilling {other[1]}",
                            postponed=other[0] == "postponed")
    if (by_words := points_by_their_words(said, indstilling)) is not None:
        return _some_points(forum, by_words[0], by_words[1], postponed=by_words[2])
    count = len(point_lines(indstilling))
    for _kind, text in said:  # "Godkendt uden punkt tre.": the rest approved
        if out := left_out_by_number(text, count):
            kept = [str(n) for n in range(1, count + 1) if str(n) not in out]
            return _some_points(forum, f"indstilling {_listed(kept)}", f"indstilling {_listed(sorted(out))}",
                                postponed=False)
    return f"{forum} godkendte dele af indstillingen; se citaterne."


def left_out_by_number(text: str, count: int) -> frozenset[str]:
    """The numbers of the points ``text`` leaves out of an approval of ``count`` points, all of them among those
    and some left: "Godkendt uden punkt tre." → {"3"}; none where the Indstilling lacks the number."""
    out = numbers(left[0], alone=True) if (left := _LEFT_OUT_BY_NUMBER.search(text)) else frozenset()
    return out if out and len(out) < count and all(int(n) <= count for n in out) else frozenset()


_LEFT_OUT_BY_NUMBER = re.compile(r"\b(?:uden|undtagen|på nær|bortset fra|minus|med undtagelse af)\s+"
                                 r"(?:indstilling|punkt|nummer)\w*\s+\w+(?:(?:,| og| til) \w+)*"
                                 # (or taken out first: "Punkt tre tager vi ud.")
                                 r"|^(?:indstilling|punkt|nummer)\w*\s+\w+(?:(?:,| og) \w+)*(?= (?:tager vi ud"
                                 r"|springer vi over|springes over|udgår|tages ud|er taget ud)\b)", re.IGNORECASE)


def _listed(digits: list[str]) -> str:
    """["1", "2"] → "1 og 2", ["1", "2", "4"] → "1, 2 og 4"."""
    return digits[0] if len(digits) == 1 else f"{', '.join(digits[:-1])} og {digits[-1]}"


def _some_points(forum: str, yes: str, other: str, postponed: bool) -> str:
    # the other points named as the first were: "anbefaling 1 til 4, men ikke anbefaling 5"
    if (noun := re.match(r"(?:alle )?(anbefaling|punkt)", yes)) is not None and re.match(r"indstilling \d", other):
        other = noun[1] + other.removeprefix("indstilling")
    if postponed:
        return f"{forum} godkendte {yes} og udsatte {other}."
    return f"{forum} godkendte {yes}, men ikke {other}."


def _points(text: str, approved: bool = False) -> str:
    """"1 til 3" and "et til tre" → "indstilling 1 til 3", "anbefaling et til fire" → "anbefaling 1 til 4";
    other words stay as said. ``approved``: the points approved, where a number word alone says how many
    ("Så godkender vi fem, og …")."""
    text = re.sub(r"^(?:dem|det|den)\s+(?=\d|$)", "", text.strip().rstrip("."))  # "det sidste projekt" keeps "det"
    named = re.fullmatch(r"(?:(?P<noun>indstilling\w*|anbefaling\w*|punkt\w*|nummer)\s+)?"
                         r"(?P<numbers>" + _NUMBERS + r")", text, re.IGNORECASE)
    if named is None:
        return text
    if approved and named["noun"] is None and re.fullmatch(r"[a-zæøå]+", named["numbers"]):
        return f"de {named['numbers']}"
    numbers = re.sub(r"\w+", lambda word: _DIGITS.get(word[0].lower(), word[0]), named["numbers"])
    noun = named["noun"] if named["noun"] and named["noun"].lower() != "nummer" else "indstilling"
    return f"{noun} {numbers}"


_DIGITS = NUMBER_DIGITS | {"og": "og", "til": "til"}


# A point wished presented, after the approval of all: "Godkendt. Punkt 4 skal forelægges inden jul."
_WISHED = re.compile(r"\b(?:skal|bør|må) (?:\w+ )?(?:forelægges|fremlægges|komme|behandles)\b"
                     # (also "Godkendt, men punkt 5 vil vi gerne have forelagt hurtigt.")
                     r"|\b(?:vil|skal) (?:vi |jeg )?(?:gerne )?have (?:\w+ )?(?:forelagt|fremlagt|behandlet)\b",
                     re.IGNORECASE)


def per_point(statements: list[Hit], indstilling: str = "") -> list[Hit]:
    """"Direktionen godkendte indstilling 1." and "Indstilling 2 og 3 blev ikke godkendt.": the
    approval of some numbered points and the refusal or postponement of others, said apart."""
    backed = any(h.kind == "approved" and BACKS_THE_IDEA.search(h.sentence.text.casefold()) for h in statements[-2:])
    if len(statements) >= 2 and not backed and named_apart(
            [(h.kind, h.sentence.speaker, h.sentence.text) for h in statements[-2:]], indstilling):
        # "Velkomstpakken godkender vi. Mentorordningen må vente, til …" (not a new one backed: "Indstillingen er
        # ikke godkendt. Vi godkender gerne en ny plan.")
        return statements[-2:]
    points = numbered_points(indstilling)
    # (the numbers the approval names, not those of its remark: "… med præcisering til indstilling 1")
    some = [h for h in statements if h.kind == "approved" and len(points) >= 2 and not _WISHED.search(h.sentence.text)
            and frozenset() < numbers(_approving_part(h.sentence.text)) < points]
    if some and some[-1] is statements[-1]:
        return some[-1:]  # "Så godkender vi indstilling 1 og 3" of three: the others were not approved
    approved = [h for h in statements if h.kind == "approved" and numbers(h.sentence.text)]
    others = [h for h in statements if h.kind in ("rejected", "postponed") and numbers(h.sentence.text, alone=True)]
    for yes in reversed(approved):
        for no in reversed(others):
            if not numbers(yes.sentence.text) & numbers(no.sentence.text, alone=True):
                return sorted([yes, no], key=lambda h: h.sentence.start)
    return []


# Where what the approval names ends: its remark, a new sentence, or "…, men vi …" ("Så er indstillingerne godkendt,
# men vi præciserer til indstilling 1, at …"; "… godkendt. Og indstilling 5 vil vi gerne se snarest.").
_PAST_THE_APPROVAL = re.compile(r"[.;]\s|,?\s+men\s+(?:vi|jeg|udvalget|direktionen)\b"
                                # "…, og indstilling 5 skal forelægges hurtigst muligt", "…, og indstilling 5 kommer
                                # i september", "… og vil have indstilling 5 forelagt snarest"
                                r"|,?\s+og\s+(?=(?:indstilling|punkt) \w+ (?!og\b|til\b)[a-zæøå]{3,}\b)"
                                r"|,?\s+og\s+(?=(?:vi\s+|jeg\s+)?(?:vil|ønsker|beder|forventer)\b)", re.IGNORECASE)
_APPROVING = re.compile(r"\b(?:godkend|vedta|tiltræd|bevilg|udmønt)", re.IGNORECASE)


def _approving_part(text: str) -> str:
    """The part of ``text`` that says what is approved: up to its remark, and the clause with the approval verb
    when a new sentence or "…, men vi …" follows it."""
    head = REMARK.split(text)[0]
    parts = _PAST_THE_APPROVAL.split(head)
    return next((part for part in parts if _APPROVING.search(part)), head)


# A part done, said plainly beside another put off: "Udendørs kan starte nu.", "Institutionen får pengene.",
# "Hverdagene er fordelt.", "Dagsordenen er fin.", "Indsats et og to går vi i gang med."
_PART_DONE = re.compile(r"^(?:(?:indsats|punkt|anbefaling|nummer) \w+(?:, \w+)*(?: og \w+)?"
                        # (points by their bare numbers: "Et og to er på plads. Tre tager vi næste gang.")
                        r"|(?:et|to|tre|fire|fem|seks)(?:(?:,| og) (?:to|tre|fire|fem|seks|syv))+"
                        # (also with its article and adjective: "De udendørs aktiviteter kan starte.")
                        r"|(?:(?:de|den|det) )?(?:[\w-]{4,} )?[\w-]{4,}(?: og [\w-]{4,})?) "
                        # (also the part first, then "kan vi …": "Udendørs kan vi åbne.", "Brønderslev går vi videre
                        # med.")
                        r"(?:kan (?:vi )?(?:starte|åbne|begynde)|går vi (?:i gang|videre) med|kører vi (?:videre )?med"
                        r"|får (?:pengene|tilskuddet|\w+ tilskud)"
                        r"|er (?:helt |også )?(?:fordelt|fine?|fint|i orden|på plads)|åbner|starter|kører(?: videre)?"
                        # "De udendørs aktiviteter genoptages.", "Aktiviteterne udenfor kan gå i gang nu."
                        r"|genoptages|genåbnes|(?:kan )?gå(?:r)? i gang"
                        # a yes to it by name: "Udendørs ja. Caféerne nej."
                        r"|ja(?=[.!]?$))\b"
                        # only that part, said alone: "Kun de udendørs aktiviteter."
                        # (not a sentence of its own: "Kun Enhedslisten stemte for.")
                        r"|^kun (?!.*\b(?:stemte|stemmer|var|er|har|blev|vil|kan|skal)\b)(?:de |den |det )?"
                        r"(?:[\w-]+ ){0,2}[\w-]+[.!]?$", re.IGNORECASE)


# The part done said with the forum first: "Vi går videre med velkomstpakken og netværkene.", "Vi åbner for de
# udendørs aktiviteter.", "Vi starter udendørs den 15. juni."
_WE_GO_ON = re.compile(r"^(?:så )?(?:vi (?:går (?:i gang|videre) med|åbner(?: for)?|(?:starter|begynder)(?: med)?"
                       r"|kører (?:videre )?med)"
                       r"|(?:går vi (?:i gang|videre) med|åbner vi for|starter vi(?: med)?)) (?!(?:det|den|dem)\b)\w+",
                       re.IGNORECASE)
_WE_DO = re.compile(r"^(?:(?:ja|godt|fint),? )?det gør vi[.!]?$", re.IGNORECASE)
_START_WITH = re.compile(r"\b(?:starte|åbne|begynde) med\b", re.IGNORECASE)
# All the points but one, said before the one is put off or refused by its pronoun
_ALL_BUT = re.compile(r"\b(?:alle|resten|de andre)\b(?:\s+\w+){0,3}\s+" + EXCEPTION + r"\s+\w",
                      re.IGNORECASE)

# The thing an approval excepts by name, and an approval: "Alt andet end hallejen er godkendt.", "…, undtagen hallejen"
_EXCEPTED = re.compile(r"\b(?:" + EXCEPTION + r"|andet end|med undtagelse af)\s+(?:(?:den|det|de)\s+)?"
                       r"(?P<thing>\w{4,})", re.IGNORECASE)
_APPROVES = re.compile(r"\b(?:godkend|vedta|tiltræd|bevilg)\w*", re.IGNORECASE)
_BY_PRONOUN = re.compile(r"^(?:den|det|dem|de)\b", re.IGNORECASE)


def part_done_beside(last: Hit, sentences: Sequence[Sentence]) -> Sentence | None:
    """The same speaker's plain word that another part is done, just before or after ``last``, a postponement
    or refusal of a part by name ("Udendørs kan starte nu. Caféerne må vente.")."""
    put_off = _thing(last.kind, last.sentence.text) if last.kind in ("postponed", "rejected") else None
    at = list(sentences).index(last.sentence)
    before = sentences[at - 1] if at else None
    if (put_off == "den" and before is not None and before.speaker == last.sentence.speaker
            and _ALL_BUT.search(before.text)):
        return before  # "Jeg er enig i alle undtagen den om fælles dokumentation. Den skal vi vente med."
    excepted = _EXCEPTED.search(plainly(before.text)) if before is not None else None
    if (excepted is not None and before is not None and before.speaker == last.sentence.speaker
            and _APPROVES.search(before.text) and (_BY_PRONOUN.match(plainly(last.sentence.text)) or (
                put_off is not None and indefinite(put_off)[:5] == indefinite(excepted["thing"].casefold())[:5]))):
        return before  # "Alt andet end hallejen er godkendt. Hallejen / Den kommer tilbage i marts."
    if put_off in (None, "den"):
        return None
    for near in (sentences[at - 1] if at else None, sentences[at + 1] if at + 1 < len(sentences) else None):
        if (near is not None and near.speaker == last.sentence.speaker
                and (_PART_DONE.match(plainly(near.text)) or _WE_GO_ON.match(plainly(near.text)))
                and _thing("approved", near.text) != put_off):
            return near
    # a member's "Vi bør starte med det udendørs." taken up: "Det gør vi. Caféerne må vente lidt endnu."
    said = sentences[at - 1] if at >= 2 else None
    if (said is not None and said.speaker == last.sentence.speaker and _WE_DO.match(said.text.strip())
            and sentences[at - 2].speaker != said.speaker and _START_WITH.search(sentences[at - 2].text)):
        return said
    return None
