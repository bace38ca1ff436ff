"""Some of the things an item holds approved and the rest held off, named by their count or place and not by the
Indstilling's points: "Anbefaling et til fire er fine. De øvrige tager vi stilling til senere." on an Indstilling
of one point that approves six recommendations. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from referat.minutes.evidence import Hit
from referat.minutes.held_off import CLAUSES, DOES, HELD_OFF
from referat.minutes.point_names import NUMBER_DIGITS
from referat.minutes.postponements import MONTH
from referat.minutes.sentences import Sentence, forum_as_we, plainly
from referat.minutes.task_words import BODIES

_COUNT = "(?:" + "|".join(NUMBER_DIGITS) + r"|en|\d+)"  # (the number words points are said in, and "en")
# Some of them by their numbers, count or place: "anbefaling et til fire", "nummer fem og seks", "de fire første",
# "de første fire", "fire af de seks", "den sidste", "Fem og seks …" (a list said first).
_SOME = re.compile(r"\b(?:anbefaling|indsats|forslag|nummer)(?:erne)? " + _COUNT
                   + r"(?:(?:,| og| til) " + _COUNT + r")*\b"
                   r"|\b(?:de|den|det) (?:" + _COUNT + r" )?(?:første|sidste)(?: " + _COUNT + r")?\b"
                   r"|\b" + _COUNT + r" af de " + _COUNT + r"\b"
                   r"|^(?:men |mens |og )?" + _COUNT + r"(?:(?:,| og| til) " + _COUNT + r")+\b"
                   # a part of the money or a stage: "otte millioner", "halvdelen", "første etape", "de sidste fire"
                   r"|\b(?:\d[\d.,]*|en|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv) (?:millioner|mio\.?|kroner|kr\.?)"
                   r"|\bhalvdelen\b|\b(?:første|anden|sidste|næste) (?:etape|del|fase|halvdel)\b"
                   # what is at hand: "det, der ligger", "dem, vi har fået", "de takster, vi har"
                   r"|\b(?:de|dem|det|den)(?: \w+)?,? (?:vi|der) (?:har|ligger|foreligger)(?: fået)?\b", re.IGNORECASE)
# The others, held off: "resten", "de øvrige", "de to andre".
_THE_OTHERS = re.compile(r"\b(?:resten|de øvrige|de (?:" + _COUNT + r" )?andre)\b", re.IGNORECASE)
# A thing by its own name, held off beside some done by their count or place: "… og tager mentorordningen op igen
# næste år", "Ældretaksterne venter vi på." (not the case, nor a body that comes back: "…, og forvaltningen vender
# tilbage")
# (also the one about a thing: "Den om dokumentation tager vi op i september.")
_A_THING = re.compile(r"^(?:og |men |så )?(?:\w+ (?:vi )?)?(?!(?:sagen|punktet|indstillingen|planen|" + BODIES + r")\b)"
                      r"\w{4,}(?:en|et|ne|erne)\b|^(?:og |men )?(?:den|dem|de) (?:om|med) \w{4,}", re.IGNORECASE)
# … and put off or dropped in words that say so, not kept ("Pensionisterne beholder den gamle pris." is a change)
_PUT_OFF = re.compile(r"\b(?:venter|vente|udsæt\w*|udskyd\w*|afvent\w*|senere|igen|tilbage|næste (?:år|møde|gang)"
                      r"|dropper|droppes|udgår|afvis\w*|tager (?:vi )?op i " + MONTH + r")\b",
                      re.IGNORECASE)
# Going on with the others: "Vi kører med de andre."
_WE_GO_ON = re.compile(r"^(?:så )?vi (?:kører|går videre|fortsætter) med\b", re.IGNORECASE)
# Approving what is named, in words the decision rules do not read as acts of the forum: "… er fine", "… følger vi".
_TAKEN = re.compile(r"\b(?:godkend\w*|vedta\w*|tiltræd\w*|ja til|følger vi|bakker (?:vi )?op om|gå med til)\b",
                    re.IGNORECASE)


def some_done_rest_held(sentences: Sequence[Sentence], kind: str) -> list[Hit]:
    """The last speaker's close, in their last one or two sentences, that approves some things by their count or
    place and holds off others so named or the rest ("De fire første godkender vi. De to sidste venter vi med.");
    read whatever ``kind`` the close had but a partial approval, a decision or a discussion."""
    if not sentences or kind not in ("approved", "recommended", "rejected", "postponed", "noted", "undetermined"):
        return []
    said = [s for s in sentences[-2:] if s.speaker == sentences[-1].speaker]
    done: list[Sentence] = []
    held: list[Sentence] = []
    named: list[Sentence] = []  # a thing by its own name held off, counted only beside some done
    for sentence in said:
        for clause in CLAUSES.split(forum_as_we(plainly(sentence.text))):
            clause = clause.strip()
            if HELD_OFF.search(clause) and (_SOME.search(clause) or _THE_OTHERS.search(clause)):
                held.append(sentence)
            elif _SOME.search(clause) and (DOES.search(clause) or _TAKEN.search(clause)):
                done.append(sentence)
            elif (_THE_OTHERS.match(clause) and _TAKEN.search(clause)) or (_THE_OTHERS.search(clause)
                                                                          and _WE_GO_ON.match(clause)):
                done.append(sentence)  # "Hallejen tager vi ud og behandler på næste møde. Resten er vedtaget."
            elif _PUT_OFF.search(clause) and _A_THING.match(clause):
                named.append(sentence)
    held = held or named
    return [Hit("approved", 0.5, done[0]), Hit("rejected", 0.5, held[-1])] if done and held else []
