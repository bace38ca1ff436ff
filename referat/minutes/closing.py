"""The chair's last word on an item, read when no decision family decided it. Pure.

A closing without decision words follows the Indstilling ("Så er regionen med."); a no or a not-yet
said in words no family has ("Så tager vi den tilbage", "… før vi") refuses or postpones; a refusal
said just before "Sagen kommer tilbage" is the decision, not the return.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from referat.minutes.answers import NO, PUT_TO_ROOM, ROOM_YES, answered_no, no_objection, what_proposed
from referat.minutes.asked import CLOSING
from referat.minutes.clauses import first_clause, rest_fine_beside, said_not_to_be
from referat.minutes.evidence import Hit
from referat.minutes.granted import GRANTED
from referat.minutes.postponements import MONTH
from referat.minutes.sentences import Sentence, normalize, plainly
from referat.minutes.stances import BACKS_THE_IDEA, NOT_AGREED, not_yet

# "Ingen indvendinger", "Ingen ønsker ordet": a yes
NO_OBJECTION = r"(?:indvendinger|bemærkninger|kommentarer|spørgsmål|imod|ønsker ordet|beder om ordet)"
# The chair's "Så <verb> vi …" that says no or later in words no family has.
# (not what we know or think: "Så ved vi ikke, om prisen er rigtig." decides nothing)
SO_WE = re.compile(r"^(?:(?:godt|fint|ja|nej|okay),? )?så (?!(?:ved|vidste|tror|synes|mener|håber|frygter|aner|forstår"
                   r"|kender)\b)\w+ vi\b")
# A limit is no no: "Solgt til højestbydende, dog ikke under fire millioner."
_A_LIMIT = (r" (?:under|over|mere end|mindre end|højere end|lavere end|ud over) (?:\d|(?:\w+ ){1,2}"
            r"(?:mio|millioner|million|mia|milliarder|kr|kroner|procent)\b)")
# (a thing none of: "Så bliver der intet salg"; not "Intet." for no remarks)
# (nor a start said later: "Så sætter vi det i gang, men ikke før efter sommerferien.")
LATER_OR_NOT = re.compile(r"\b(?:(?P<no>(?:(?<!\bi gang, men )(?<!\bi gang men )ikke|ingen)"
                          r"(?! (?:nogen )?" + NO_OBJECTION + r")(?!" + _A_LIMIT + r")"
                          r"|aldrig|nej|hverken"
                          r"|intet(?= \w)|fra(?=[.!]?$))"
                          # later: a look again, another meeting, waiting, a condition first; not a start
                          # ("fra næste år", "i næste uge"), a deadline ("før sommer") or doing it again
                          # ("Så åbner vi igen")
                          r"|(?:se|ser|kigge|kigger|tage|tager|vende|vender|drøfte|drøfter|behandle|behandler|regne"
                          r"|regner) (?:\w+ ){0,3}igen|senere"
                          r"|næste (?:gang|møde)|(?:tager|sender|giver|lægger) (?:vi )?(?:\w+ )?tilbage"
                          # "Så giver vi den en måned mere", "… lidt mere tid"
                          r"|først(?=[.!,]?$|,)|venter|før vi|(?:tur|omgang|uge|uger|måned|måneder) mere|mere tid"
                          # too early, the closer's last word: "Det er for tidligt." (a member's is a view)
                          r"|for tidligt(?=(?: endnu)?[.!]?$)"
                          r"|til side)\b")

# The Indstilling's own act put to a later meeting ("Vi udmønter puljen på næste møde, når I har set dem"), or after
# someone is heard ("Så hører vi klubberne, og så fastsætter vi prisen i december.").
_NEXT_MEETING = r"\b(?:på|til) (?:næste|et senere|et kommende) møde\b"
LATER_MEETING = re.compile(_NEXT_MEETING + r"|^[^,]*\bsenere[.!]?$"
                           r"|^så hører vi\b[^,.]*,? og så\b")

# The next meeting named past the first clause: "… med økonomien og HR's vurdering til næste møde".
_LATER_MEETING_ANYWHERE = re.compile(_NEXT_MEETING)


def closing_word(sentences: list[Sentence], chair: str | None) -> Sentence | None:
    """The chair's last word on an item, when it says no decision word and nothing
    against the Indstilling ("Så er regionen med.", "Den fortsætter."): the meeting
    followed the Indstilling. A question, talk ended by a member, or one speaker's
    presentation alone is no closing."""
    last = sentences[-1]
    if (chair is not None and len(sentences) >= 3 and last.speaker != chair and sentences[-2].speaker == chair
            and GRANTED.match(last.text.strip())):
        # "Jeg vil gerne have en status om et år." "Det kan vi sagtens lave.": the chair's word before the yes
        sentences, last = sentences[:-1], sentences[-2]
    if (chair is not None and last.speaker != chair) or last.is_question:
        return None
    if all(s.speaker == last.speaker for s in sentences):
        return None
    if any(s.is_question and answered_no(sentences, k) and not no_objection(sentences, k)
           for k, s in enumerate(sentences[:-1])):
        return None  # "Skal vi være med?" "Nej, det giver ikke nok." … "Så går vi videre.": the no stands
    said = normalize(last.text)
    if _LATER_MEETING_ANYWHERE.search(said):
        return None  # "Så lad os få et oplæg med økonomien og HR's vurdering til næste møde." (past the first clause)
    return None if LATER_OR_NOT.search(first_clause(said)) or NOT_AGREED.search(said) else last


def held_back(sentences: list[Sentence], chair: str | None) -> Hit | None:
    """The chair's last word when nothing else decided, saying no or not yet in words no family has:
    a refusal with ikke / ingen / nej / "siger … fra", a postponement with a look again, "næste gang",
    "først" at the end, "før vi", venter, "en tur mere" (``LATER_OR_NOT``); read in its first clause."""
    last = sentences[-1]
    if (chair is not None and last.speaker != chair) or last.is_question or len(sentences) < 2:
        return None
    if no_objection(sentences, len(sentences) - 2):
        return None  # "Er der nogen imod?" "Nej.": no to the objection
    if _NONE_EITHER.match(normalize(last.text)) and _NONE_SAID.match(normalize(sentences[-2].text)):
        return None  # "Ingen bemærkninger." "Heller ikke herfra.": no remarks from the chair either
    if rest_fine_beside(normalize(last.text)) or said_not_to_be(normalize(last.text)):
        return None  # "Nattevagterne kan vi ikke godkende, men resten er fint."; "Vi udsætter den ikke."
    said = LATER_OR_NOT.search(first_clause(normalize(last.text)))
    if said is None and _LATER_MEETING_ANYWHERE.search(normalize(last.text)):
        return Hit("postponed", 0.3, last, family=CLOSING)
    if said is None and _bare_no_before(sentences):
        return Hit("rejected", 0.3, last, family=CLOSING)  # "Nej. Vi vil hellere have et overblik først."
    if said is None:
        return None
    # (not ready yet is not yet: "Den er ikke klar endnu.")
    return Hit("rejected" if said["no"] and not not_yet(normalize(last.text)) else "postponed", 0.3, last,
               family=CLOSING)


def _bare_no_before(sentences: list[Sentence]) -> bool:
    """The closer's own bare "Nej." just before their last sentence, to what a member said (not to a question:
    "Skal vi bruge konsulenter?" "Nej. Vi gør det selv."; nor agreeing with a no: "Så er der ingen grund til at
    ændre den." "Nej. Så bliver det fire hundrede kroner.")."""
    if len(sentences) < 3:
        return False
    before, said_to = sentences[-2], sentences[-3]
    return (before.speaker == sentences[-1].speaker and said_to.speaker != before.speaker and not said_to.is_question
            and re.search(r"\b(?:ikke|ingen|intet|aldrig|hverken)\b", normalize(said_to.text)) is None
            and re.fullmatch(r"nej[.!]?", normalize(before.text)) is not None)


def refused_before(last: Hit, statements: list[Hit], sentences: list[Sentence], chair: str | None,
                   proposals: Sequence[Hit] = ()) -> Hit | None:
    """A refusal said just before "Sagen kommer tilbage", or before what is wanted first ("Så godkender vi ikke
    indstillingerne. Vi er enige i tilgangen, men vil have ambitionsniveauet kvalificeret først."): the case
    comes back, or something else is done first, because it was not approved; or just before the idea is backed
    ("… Vi bakker op om at afprøve AI, men …")."""
    said_last = last.sentence.text.casefold()
    at = sentences.index(last.sentence)
    if last.kind in ("approved", "decided") and at and _SETTLES_IT.match(said_last):
        # "Vi afviser forslaget. Så er det vedtaget.": the no or not-yet just said, settled (another's too, said for
        # the forum: not "Jeg kan ikke godkende den.", "Vi stemmer imod.", "Det er ikke perfekt, men …", a view or a
        # vote the approver outvotes)
        said_just = sentences[_past_the_room(sentences, at)]
        # (a member's proposal for the forum too, said or asked: "Jeg foreslår, at vi udsætter sagen." "Enig." "Så er
        # det vedtaget.", "Skal vi ikke vente med den?" "Vedtaget.", "Vi bør udsætte den.")
        proposed = [h for h in proposals if what_proposed(normalize(h.sentence.text)) is not None
                    or h.sentence.is_question or re.search(r"\b(?:bør|foreslår|forslag|kunne)\b|^lad os\b"
                                                           r"|^jeg synes,? (?:at )?vi (?:skal|må)\b",
                                                           normalize(h.sentence.text))]
        return next((h for h in [*statements, *proposed] if h.kind in ("rejected", "postponed")
                     and h.sentence is said_just
                     and not said_not_to_be(normalize(h.sentence.text)) and (h.sentence.speaker == last.sentence.speaker
                          or (_FOR_THE_FORUM.search(h.sentence.text) and not _A_VIEW_OR_VOTE.search(h.sentence.text))
                          or h in proposed)),
                    None)
    if last.kind in ("approved", "partly_approved", "postponed") and at and BACKS_THE_IDEA.search(said_last):
        # "Indstillingerne er ikke godkendt. Vi bakker op om at afprøve AI, men …": the idea backed, the case not
        # (nor the case put off: "Vi venter med den. Der er opbakning til ideen."; also by another speaker after it,
        # unless the backing is the chair's, or, the chair unknown, concludes with "Så …": "Så bakker vi op om
        # tilgangen, men pengene venter" after a member's "… før vi bruger penge" decides)
        concludes = (last.sentence.speaker == chair if chair is not None
                     else plainly(last.sentence.text).casefold().startswith("så "))
        return next((h for h in reversed(statements) if h.kind in ("rejected", "postponed")
                     and h.sentence in sentences[max(0, at - 3):at] and not said_not_to_be(normalize(h.sentence.text))
                     # (a part left to wait after the whole refused: "Vi godkender dem ikke. Tilgangen er fin, men
                     # pengene venter."; not a not-yet first)
                     and (last.kind != "postponed"
                          or (h.kind == "rejected" and not not_yet(normalize(h.sentence.text))))
                     and (h.sentence.speaker == last.sentence.speaker or not concludes)), None)
    if last.family != "a return of the case" and not (last.family == "a postponement" and (
            "tilbage" in said_last or re.search(r"\b(?:laves|skrives|lave \w+|skrive \w+) om\b", said_last)
            or (re.search(r"\bførst\b", said_last) and not _PUT_OFF.search(said_last)))):
        return None  # "Sagen sendes tilbage til boligselskabet" after "Så kan vi ikke godkende den"
    refused = next((h for h in statements if h.kind == "rejected" and at > 0 and h.sentence is sentences[at - 1]
                    and h.sentence.speaker == last.sentence.speaker), None)
    if (refused is None and at >= 2 and sentences[at - 1].speaker == last.sentence.speaker
            and NO.match(normalize(sentences[at - 1].text))):
        # "Så kan vi ikke godkende den." "Nej. Sagen sendes tilbage …": the chair agrees to the member's refusal
        refused = next((h for h in statements if h.kind == "rejected" and h.sentence is sentences[at - 2]), None)
    # not "Så kan vi ikke godkende det endnu." "Nej. Det kommer på igen i maj." nor "Så kan vi ikke sælge nu.
    # Sagen kommer igen, når …" nor "Så kan lokalplanen ikke vedtages i aften. Den kommer igen i august." nor "Vi kan
    # ikke godkende den uden tallene. Den kommer igen i marts.": not yet, so later (but "Så giver vi ikke mandat i dag.
    # Det kommer igen sammen med trafikplanen." waits for something new)
    said = normalize(refused.sentence.text) if refused is not None else ""
    not_tonight = (re.search(r"\b(?:ikke|ingen)\b.*\b(?:i dag|i aften|uden)\b", said)
                   and re.search(r"\b(?:igen|senere)\b(?! (?:sammen )?med\b)", said_last))
    return None if refused is None or not_yet(said) or re.search(r"\bikke\b.*\bnu\b", said) or not_tonight else refused


# The approver's own yes between what is settled and the settling word: "Ja. Godkendt.", "Det er der flertal for."
# (also the approver's own assent to it: "Vi bør udsætte den." "Enig. Godkendt.", "Fair nok.", "Det er rimeligt.")
_OWN_YES = re.compile(r"^(?:ja|jo|godt|fint|okay|det er der (?:et )?(?:flertal|enighed|opbakning) for"
                      r"|(?:helt )?enig|fair nok|det er (?:helt )?rimeligt|det er jeg (?:helt )?enig i)[.!]?$")


# … or the time a member's not-yet names, said back: "Vi bør vente til august." "Så bliver det i august. Godkendt."
_LATER_SAID_BACK = re.compile(r"^(?:(?:godt|fint|ja|okay|enig),? )?så bliver det (?:i|til|efter|på) (?:" + MONTH
                              + r"|sommer\w*|efteråret|foråret|næste \w+)[.!]?$")


def _past_the_room(sentences: list[Sentence], at: int) -> int:
    """The sentence a settling word at ``at`` settles: the one just before it, or before the room's yes and the
    approver's question that put it to them ("Vi udsætter sagen. Er vi enige om det?" "Ja." "Så er det besluttet.")."""
    k = at - 1
    while k >= 1 and sentences[k].speaker == sentences[at].speaker and (
            _OWN_YES.match(said := normalize(sentences[k].text)) or _LATER_SAID_BACK.match(said)):
        k -= 1  # (the approver's own yes first: "Kan vi afvise den?" "Ja. Godkendt.", "Det er der flertal for.")
    at_yes = k
    while k >= 1 and sentences[k].speaker != sentences[at].speaker and ROOM_YES.match(normalize(sentences[k].text)):
        k -= 1  # (the room's yes, one or more: "Jeg foreslår, at vi venter." "Enig." "Så er det vedtaget.")
    if k < at_yes and k >= 1 and sentences[k].speaker == sentences[at].speaker and sentences[k].is_question \
            and PUT_TO_ROOM.search(normalize(sentences[k].text)):
        return k - 1
    return k


# A word that settles what was just said and names nothing of its own: "Så er det vedtaget.", "Så er den på plads."
# (also by how many: "Det er vedtaget med stort flertal.", "Dermed er det besluttet.", "… af et enigt udvalg")
# (also "Og det er hermed besluttet.", "Det er enstemmigt vedtaget.", "… godkendt af alle"; a member's proposal by its
# name: "Forslaget er vedtaget."; and asked: "Er det godkendt?" "Ja.")
_SETTLES_IT = re.compile(r"^(?:(?:godt|fint|ja|okay),? )?(?:og )?(?:så |dermed |hermed )?(?:er )?"
                         r"(?:det|den|forslaget|ændringsforslaget) (?:er )?(?:hermed |dermed |så )?(?:enstemmigt )?"
                         r"(?:godkendt|vedtaget|besluttet|aftalt|på plads)"
                         r"(?: (?:med (?:et )?(?:stort |klart |bredt )?flertal|enstemmigt|med alle stemmer"
                         r"|af et enigt \w+|af alle|hermed))?[.!?]?$"
                         r"|^(?:(?:og|så) )?(?:godkendt|vedtaget|besluttet)\?$"
                         r"|^(?:(?:godt|fint|ja|okay),? )?så gør vi det[.!]?$"
                         # … or in one word: "Forslaget er afvist. Enstemmigt.", "Sagen udsættes. Vedtaget."
                         r"|^(?:godkendt|vedtaget|besluttet|enstemmigt|enstemmigt vedtaget)[.!]?$")


# A no said for the forum ("Så siger vi nej.", "Sagen udsættes."), not a member's own view or vote.
_FOR_THE_FORUM = re.compile(r"\b(?:vi|os|sagen|indstilling\w*|forslaget|punktet)\b", re.IGNORECASE)
_A_VIEW_OR_VOTE = re.compile(r"\b(?:jeg|mig|stemme\w*|imod|mindretal\w*)\b", re.IGNORECASE)


# No remarks said, and none from the next speaker either.
_NONE_SAID = re.compile(r"^(?:nej,? )?(?:ingen|ikke nogen|ikke flere) " + NO_OBJECTION + r"\b")
_NONE_EITHER = re.compile(r"^(?:(?:nej|og),? )?heller ikke(?: herfra| her| fra (?:mig|os|min side|vores side))?[.!]?$")


# Putting the case itself off, which a refusal before it does not outweigh: "Vi udsætter den, til …".
_PUT_OFF = re.compile(r"\b(?:udsæt\w*|udskyd\w*|afvent\w*|igen|senere|næste møde)")
