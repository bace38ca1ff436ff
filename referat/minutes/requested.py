"""Tasks asked for in a question and taken on in the answer: "Trine, vil du forberede et oplæg?" "Ja.",
"Vi bør sende en hilsen." "Det gør jeg.", "Er der en handleplan?" "Den kommer til september.". Pure."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from referat.minutes.sentences import Sentence
from referat.minutes.task_words import INFINITIVES, YES, split_when
from referat.types import Evidence, FollowUp

# "Vi bør sende en hilsen." "Det gør jeg.": the one who says so takes on what was suggested.
_TAKES_ON = re.compile(r"^(?:ja,?\s+)?(?:det gør jeg|det sørger jeg for|det tager jeg|det klarer jeg)[.!]?$",
                       re.IGNORECASE)
_SUGGESTED = re.compile(r"\b(?:vi|man|nogen) (?:bør|burde|skal|skulle|må) (?:nok |gerne |også )?"
                        r"(?P<what>(?:" + INFINITIVES + r")\b[^.!?]*)", re.IGNORECASE)


# Something a member misses, made by the next speaker: "Jeg mangler en plan for uddannelse af redaktørerne." "Den kan
# jeg lave."
_MISSING = re.compile(r"\b(?:jeg|vi) (?:mangler|savner) (?P<what>(?:en|et) [^.!?]+)", re.IGNORECASE)
_MAKES_IT = re.compile(r"^(?:ja,?\s+)?(?:den|det) (?:kan|skal) jeg (?:godt )?"
                       r"(?P<verb>lave|skrive|udarbejde|sørge for)[.!]?$", re.IGNORECASE)


# Something offered for later and agreed to: "Vi foreslår en temadrøftelse om ledelse på et senere møde." "Det gør vi."
_OFFERED = re.compile(r"\b(?:vi|jeg) foreslår (?P<what>(?:en|et) [^.!?]+)", re.IGNORECASE)
_WE_DO = re.compile(r"^(?:ja,?\s+)?det gør vi\b", re.IGNORECASE)


def taken_on(sentences: Sequence[Sentence], k: int, speaker: str) -> tuple[str | None, str, str | None] | None:
    """(who, what, when) when sentence ``k`` takes on what another speaker just suggested."""
    if not k or sentences[k - 1].speaker == sentences[k].speaker:
        return None
    wished = _WISHED.match(sentences[k - 1].text.strip())
    if wished is not None and (due := _COMING.match(sentences[k].text.strip())) is not None:
        return None, wished["what"], due["when"]  # "Jeg vil gerne have en tidsplan …" "Den kommer i januar."
    offered = _OFFERED.search(sentences[k - 1].text)
    if offered is not None and _WE_DO.match(sentences[k].text.strip()):  # "Vi foreslår en temadrøftelse." "Det gør vi."
        what, when = split_when(offered["what"])
        return None, what, when
    made = _MAKES_IT.match(sentences[k].text.strip())
    missing = _MISSING.search(sentences[k - 1].text)
    if made is not None and missing is not None:  # "Jeg mangler en plan for …" "Den kan jeg lave."
        what, when = split_when(f"{made['verb']} {missing['what']}")
        return speaker, what, when
    if not _TAKES_ON.match(sentences[k].text.strip()):
        return None
    suggested = _SUGGESTED.search(sentences[k - 1].text)
    if suggested is None:
        return None
    what, when = split_when(suggested["what"])
    return speaker, what, when


# ("Kristine, kan du tage den tilbage og komme med en ny version på næste møde?": the work is what she brings)
# (also "Kristine, kan du spørge afdelingerne?")
_ASK_NAMED = re.compile(r"^(?:\w+\s*,\s*)?(?P<name>[A-ZÆØÅ][a-zæøå]+)\s*,\s*(?:vil|kan)\s+du\s+"
                        r"(?:tage (?:den|det|dem) (?:tilbage|med hjem) og\s+)?"
                        r"(?P<what>(?:" + INFINITIVES + r"|spørge (?!om\b))\b.*?)\?*$")
# Work asked of whoever prepares the item's cases: "Kan vi få en samlet status om et år?"
# (not the meeting's own breaks: "Kan vi få en kort pause efter budgettet?")
# (also something made another way: "Kan vi få dem opdelt på distrikter?")
_ASK_DELIVERY = re.compile(r"^(?:og\s+)?(?:kan|må)\s+vi\s+(?:ikke\s+)?få\s+"
                           r"(?P<what>(?:en|et)\s+(?!(?:\w+\s+)?(?:pause|frokost|kaffe\w*)\b).+?"
                           r"|(?:dem|den|det|\w+(?:ne|erne))\s+\w+(?:et|t)\s+(?:på|i|efter|fordelt|for)\b.+?)\?*$",
                           re.IGNORECASE)
# "Hvem følger op på den?" "Det gør afdelingscheferne.": the task and who takes it (not who does what already:
# "Hvem koordinerer superbrugerne?" "Det gør digitaliseringsenheden.", unless a time is said)
_WHO_DOES = re.compile(r"^(?:og\s+)?hvem\s+(?P<what>\w+er\b[^?]*)\?$", re.IGNORECASE)
_IT_DOES = re.compile(r"^(?:ja,?\s+)?det\s+(?:gør|skal|må|vil)\s+(?P<who>(?!(?:jeg|vi|den|det|man|ingen)\b)\w+)\b"
                      r"(?P<rest>[^.!?]*)", re.IGNORECASE)


def request(question: Sentence, after: Sequence[Sentence], people: Mapping[str, str],
             before: Sentence | None = None) -> FollowUp | None:
    """"Trine, vil du forberede et oplæg?" (not "vil du fortælle om det?", which is done at once)
    or "Kan vi få en status om et år?", answered with a yes. "… vil du lave den?" is the thing its
    asker named just before ("Jeg vil gerne se en business case, …")."""
    text = question.text.strip()
    asked = _IS_THERE.match(text)
    coming = next((s for s in after[:1] if s.speaker != question.speaker), None)
    if asked is not None and coming is not None and (due := _COMING.match(coming.text.strip())) is not None:
        # "Er der en handleplan?" "Den kommer til september."
        return FollowUp(None, asked["what"], due["when"], Evidence(coming.speaker, coming.start, coming.text))
    who_does = _WHO_DOES.match(text)
    answer = _IT_DOES.match(coming.text.strip()) if coming is not None else None
    if who_does is not None and answer is not None and coming is not None:
        what, when = split_when(who_does["what"])
        when = when or split_when(answer["rest"].strip())[1]
        if re.match(r"følger op\b", what, re.IGNORECASE) or when is not None:
            doer = people.get(answer["who"].casefold(), answer["who"])
            return FollowUp(doer, what, when, Evidence(coming.speaker, coming.start, coming.text))
    named = _ASK_NAMED.match(text)
    if named is not None and named["name"].casefold() not in people:
        named = None
    match = named or _ASK_DELIVERY.match(text)
    if match is None or not any(s.speaker != question.speaker and YES.match(s.text.strip()) for s in after[:2]):
        return None
    what, when = split_when(match["what"])
    if when is None:  # "Det kan vi godt til næste gang."
        when = next((split_when(s.text.strip().rstrip(".!"))[1] for s in after[:2] if s.speaker != question.speaker
                     and YES.match(s.text.strip())), None)
    if named is None and _made_at_once(what, after):
        return None
    who = people[named["name"].casefold()] if named is not None else None
    pronoun = re.fullmatch(r"(?P<verb>\w+) (?:den|det|dem)", what)
    thing = _THING.search(before.text) if before is not None and before.speaker == question.speaker else None
    if pronoun is not None and thing is not None:
        what = f"{pronoun['verb']} {thing[0]}"
    return FollowUp(who, what, when, Evidence(question.speaker, question.start, question.text))


# A thing asked after and said to be coming: "Er der en handleplan?" "Den kommer til september."
# A delivery wished for: "Jeg vil gerne have en tidsplan for flytningen."
_WISHED = re.compile(r"^(?:og\s+)?jeg vil (?:gerne |godt )?(?:have|se) (?P<what>(?:en|et) \w+(?: \w+){0,3}?)[.!]?$",
                     re.IGNORECASE)
_IS_THERE = re.compile(r"^(?:og\s+)?(?:er|kommer) der (?P<what>(?:en|et) \w+(?: \w+)?)\?$", re.IGNORECASE)
_COMING = re.compile(r"^(?:ja,?\s+)?(?:den|det) kommer (?P<when>(?:til|i|inden|efter|på|om) [^,.!?]+)[.!]?$",
                     re.IGNORECASE)


# The thing a request points back to: the last "en/et …" its asker named ("en business case").
_THING = re.compile(r"\b(?:en|et) \w+(?: \w+)?(?=[,.!?]|\s+(?:før|inden|til|om|så)\b)")


# The change made in what is being approved, not work for later: "Det lægger vi ind.", "… godkendt med et
# ekstra møde om anlæg".
_PUT_IN = re.compile(r"^(?:(?:ja|jo|fint|godt),?\s+)?(?:det|den|dem) (?:lægger|skriver|sætter|føjer) vi (?:ind|på)\b",
                     re.IGNORECASE)
_APPROVED = re.compile(r"\b(?:godkendt|vedtaget|godkendes|vedtages)\b", re.IGNORECASE)


def _made_at_once(what: str, after: Sequence[Sentence]) -> bool:
    """"Kan vi få et ekstra møde om anlæg?" answered by putting it into what is approved."""
    wanted = set(re.findall(r"\w{4,}", what.casefold()))
    for sentence in after:  # one sentence each: iter_sentences split them
        said = set(re.findall(r"\w{4,}", sentence.text.casefold()))
        if _PUT_IN.match(sentence.text.strip()) or (
                _APPROVED.search(sentence.text) and wanted and len(wanted & said) >= 0.6 * len(wanted)):
            return True
    return False
