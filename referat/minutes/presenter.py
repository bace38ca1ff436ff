"""Who presented the item: "Kommunaldirektøren orienterede om status på Budget 2026." Pure.

Published Beslutninger open with it before the formula (seed 001, items 2-4).
The presenter is the named speaker who said most in the item, not counting the
chairing (moving on, asking for remarks, the decision itself); the agenda's role
names them where it is one word ("Kommunaldirektør" → "Kommunaldirektøren"),
else their name. The topic is the item's title, less its "Orientering om".
Nobody named, nobody presented: the sentence is left out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from referat.minutes.phrases import FAMILIES
from referat.minutes.sentences import iter_sentences, normalize
from referat.minutes.stances import ASSENT, reported
from referat.types import AgendaItem, Meeting, Utterance

# Chairing, not presenting: "Så går vi videre til …", "Næste punkt er …", "Punkt to, …".
_PROCEDURE = re.compile(r"\b(?:går (?:vi )?videre til|næste punkt|første punkt|sidste punkt|punkt \w+,|vi starter med"
                        r"|velkommen|er der (?:nogen|noget)|nogen bemærkninger|tak for det)\b")
_CLAUSE = re.compile(r",\s*(?:og|men|så)\s+")
MIN_WORDS = 6  # a presentation says something: fewer words is chairing or a comment

# Titles of items someone reports on or presents, and the verb the minutes use for each.
_REPORTS = re.compile(r"^(?:orientering(?:er)?|status|opfølgning|afrapportering|meddelelse\w*|redegørelse|"
                      r"oplæg|præsentation|temadrøftelse|drøftelse|tema)\b", re.IGNORECASE)
_ABOUT = re.compile(r"^(?:orientering|oplæg|præsentation|redegørelse|temadrøftelse|drøftelse)"
                    r"(?:\s+og\s+godkendelse)?\s*(?:(?:om|af|fra)\s+|[:–-]\s*)",
                    re.IGNORECASE)
_PRESENTS = re.compile(r"^(?:oplæg|præsentation|temadrøftelse|drøftelse|tema)\b", re.IGNORECASE)


def presenter_sentence(item: AgendaItem, utterances: Sequence[Utterance], meeting: Meeting,
                       names: Mapping[str, str], kind: str) -> str | None:
    """The sentence, or None when the item was not presented by a named speaker."""
    if not (_REPORTS.match(item.title) or kind == "noted") or not utterances:
        return None
    said = Counter[str]()
    for sentence in iter_sentences(utterances):
        if sentence.is_question:
            continue  # asking is chairing, not presenting
        for clause in _CLAUSE.split(sentence.text):
            norm = normalize(clause)
            assent = ASSENT.search(norm) and len(clause.split()) <= 5  # "Ja, fint." — not "Ja, hver afdeling …"
            # "Vi drøftede sygefraværet …" reports; "Tak for en god drøftelse" chairs
            family = next((f for f in FAMILIES if f.pattern.search(norm)), None)
            decision = family is not None and not reported(norm, meeting.forum or "") and (
                family.kind != "discussed" or norm.startswith("tak") or len(clause.split()) <= 6)
            if not (_PROCEDURE.search(norm) or assent or decision):
                said[sentence.speaker] += len(clause.split())  # what was presented, not the decision
    if not said:
        return None
    ranked = said.most_common(2)
    speaker, words = ranked[0]
    name = names.get(speaker)
    if not name or words < max(MIN_WORDS, 0.4 * sum(said.values())) or (len(ranked) > 1 and ranked[1][1] == words):
        return None  # nobody named, or nobody clearly said most
    who = _as_subject(name, meeting)
    if _ABOUT.match(item.title) or not _PRESENTS.match(item.title):
        return f"{who} orienterede om {_topic(item.title)}."
    return f"{who} præsenterede {_topic(item.title)}."


def _as_subject(name: str, meeting: Meeting) -> str:
    """"Kommunaldirektøren" for a one-word role, else the person's name."""
    person = next((p for p in meeting.participants if p.name.casefold() == name.casefold()), None)
    role = (person.role or "").strip() if person else ""
    if role and re.fullmatch(r"[A-ZÆØÅa-zæøå-]+", role) and len(role) > 3 and not role.isupper():
        definite = role + ("n" if role.endswith("e") else "en")
        return definite[0].upper() + definite[1:]
    return name


def _topic(title: str) -> str:
    """The title as the object of "orienterede om": "Orientering om X" → "X"; a first word
    that is an ordinary noun in lower case ("Status på …" → "status på …")."""
    topic = _ABOUT.sub("", title.strip()).rstrip(".")
    first, _, rest = topic.partition(" ")
    if first[:1].isupper() and first[1:].islower() and first.isalpha():
        topic = first[0].lower() + first[1:] + (" " + rest if rest else "")
    return topic
