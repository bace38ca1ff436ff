"""How the room answered a question or a proposal. Pure.

"Kan vi godkende det?" "Ja." is one decision over two speakers; "Nej, vent …"
makes the question decide nothing; "Jeg foreslår, at … Er der nogen imod?"
"Nej." carries the proposal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from referat.minutes.evidence import Hit
from referat.minutes.sentences import Sentence, normalize
from referat.minutes.stances import ASSENT, NO_IN_WORDS, OBJECTIONS, PROPOSAL, SUMMED_UP

NO = re.compile(r"^(?:nej|vent|ikke endnu)\b")  # an answer that says no
# "Jeg foreslår, at vi giver de 21 millioner": what is proposed, as the meeting would decide it.
PROPOSED = re.compile(r"^(?:\w+,? )?(?:jeg (?:vil )?foresl\w+|mit forslag (?:er|vil være)),? at (?P<what>.+)$")
# "at" puts "ikke" before the verb; the decision is read in the order of a main clause: "… at rengøringen ikke sendes
# i udbud" as "rengøringen sendes ikke i udbud".
# (a pronoun object before it: "… at vi ikke vedtager den i aften" as "vi vedtager den ikke i aften")
_NOT_BEFORE_VERB = re.compile(r"^(?P<subject>(?:\w+ ){1,2}?)ikke (?P<verb>\w+(?:er|es|r))"
                              r"(?P<object> (?:den|det|dem))?\b")


# An infinitive agreed on ("Der er enighed om at fastholde den nuværende pris."), read as what we do: "vi fastholder
# den nuværende pris" (not a quantifier: "… om at alle får en mentor"; only after "enige / enighed om at", as a
# clause after ", at" has its own subject: "…, at medarbejderne får en mentor").
_INFINITIVE = re.compile(r"^(?!(?:alle|mange|flere|nogle|disse|hele|samme|andre|begge|de|ingen)\b)"
                         r"(?P<verb>[a-zæøå]+e)\b")
_IRREGULAR = {"have": "har", "være": "er", "gøre": "gør", "vide": "ved"}


_DECIDED_NOT_TO = re.compile(r"^(?:så )?det er (?:hermed |nu )?besluttet,? at (?P<what>(?:\w+ ){1,2}?ikke\b.+)$")


def as_main_clause(clause: str) -> str:
    """An "at"-clause in the order of a main clause: "vi ikke går videre med den" as "vi går ikke videre med den"."""
    return _NOT_BEFORE_VERB.sub(r"\g<subject>\g<verb>\g<object> ikke", clause, count=1)


def concluded(norm: str) -> str:
    """What a summing up concludes ("Konklusionen er, at vi ikke går videre med den", "Til referat: …"), in the order
    of a main clause; "" for any other sentence."""
    summed_up = SUMMED_UP.match(norm)
    if summed_up is None:
        # a decision said made not to do something: "Det er besluttet, at vi ikke går videre med den." (not one to
        # do it, a decision: "Det er besluttet, at den samles i Brønderslev.")
        decided = _DECIDED_NOT_TO.match(norm)
        return as_main_clause(decided["what"]) if decided is not None else ""
    what = summed_up["what"]
    if what is None:  # said in a main clause's order after a colon: "Konklusionen er: Den er ikke klar."
        said = summed_up["dictated"] or summed_up["landed"]
        return concluded(said) or said
    if re.search(r"\benig(?:e|hed) om at ", norm) and (infinitive := _INFINITIVE.match(what)):
        verb = infinitive["verb"]  # "… enighed om at fastholde den nuværende pris": "vi fastholder …"
        return f"vi {_IRREGULAR.get(verb, verb + 'r')}{what[infinitive.end():]}"
    # (a summing up of a summing up: "Jeg hører, at der er enighed om at fastholde den nuværende plan.")
    return concluded(what) or as_main_clause(what)


def what_proposed(norm: str) -> str | None:
    """What a proposal ("Jeg foreslår, at …", "Mit forslag er, at …") proposes, as the meeting would decide it."""
    proposed = PROPOSED.match(norm)
    return None if proposed is None else as_main_clause(proposed["what"])
# Taking up what was just said, with nothing of its own: "Så gør vi det.", "Det gør vi."
# (also "Så gør vi det sådan.", "Så gør vi sådan.")
ADOPTS = re.compile(r"^(?:(?:godt|fint|ja|okay),? )?(?:så gør vi (?:det|det sådan|sådan)|det gør vi|lad os gøre det"
                    r"|så bliver det sådan|sådan bliver det|sådan gør vi)"
                    r"[.!]?$")
_DECISION_WORD = re.compile(r"godkend|vedtag|beslut|anbefal|ja til|tiltræd")


def _reply(sentences: Sequence[Sentence], k: int) -> Sentence | None:
    """Another speaker's sentence within the two after sentence ``k``."""
    return next((s for s in sentences[k + 1:k + 3] if s.speaker != sentences[k].speaker), None)


def answered_yes(sentences: Sequence[Sentence], k: int) -> bool:
    """"Kan vi godkende det?" "Ja.": the question and its answer are one decision."""
    reply = _reply(sentences, k)
    return reply is not None and bool(ASSENT.search(normalize(reply.text)))


def answered_no(sentences: Sequence[Sentence], k: int) -> bool:
    """"Kan vi godkende den?" "Nej." (also "Ikke med den økonomi.", "Jeg er imod.", "Det kan jeg ikke støtte.")"""
    reply = _reply(sentences, k)
    said = normalize(reply.text) if reply is not None else ""
    return reply is not None and bool(NO.match(said) or NO_IN_WORDS.match(said) or _NOT_BEFORE.match(said))


# "Ikke før …" answers no to the question too (and waits)
_NOT_BEFORE = re.compile(r"^ikke før\b")


def no_objection(sentences: Sequence[Sentence], k: int) -> bool:
    """"Er der nogen, der er imod?" answered "Nej." (or "Ingen.", or left unanswered at the item's end): nobody
    objects to what the item proposes, a yes; the "Nej." says no to the objection, not to the case."""
    asked, reply = sentences[k], _reply(sentences, k)
    return (asked.is_question and OBJECTIONS.search(normalize(asked.text)) is not None
            and (k == len(sentences) - 1 or (reply is not None and _NOBODY.match(normalize(reply.text)) is not None)))


def unopposed(sentences: Sequence[Sentence], k: int) -> bool:
    """Asked for objections and answered no, by the room or by the asker ("Er der nogen imod? Nej.", "…? Ingen.")."""
    after = sentences[k + 1] if k + 1 < len(sentences) else None
    return no_objection(sentences, k) or (
        sentences[k].is_question and OBJECTIONS.search(normalize(sentences[k].text)) is not None
        and after is not None and after.speaker == sentences[k].speaker
        and _NOBODY.match(normalize(after.text)) is not None)


# Nobody objects: "Nej.", "Ingen.", "Ingen indvendinger.", "Det er der ikke."
_NOBODY = re.compile(NO.pattern + r"|^ingen\b|^det er der ikke\b")


def carried(sentences: Sequence[Sentence], k: int) -> bool:
    """A proposal put to the room, by its speaker or by the chair right after it, that nobody objected
    to: "Er der nogen imod?" answered no (also by the asker: "Nej. Så er det besluttet."), "Er vi enige
    om det?" or "Kan vi følge det?" answered yes, or the item ended on the question; or taken up by another's
    "Så gør vi det." past the room's bare yes."""
    for at in range(k + 1, min(k + 4, len(sentences))):
        asked = sentences[at]
        by_another = asked.speaker != sentences[k].speaker
        if (by_another and ADOPTS.match(normalize(asked.text)) and _OURS.search(normalize(sentences[k].text))
                and all(ROOM_YES.match(normalize(s.text)) for s in sentences[k + 1:at])):
            return True  # "Jeg foreslår, at vi ikke giver garantien." ("Enig.") "Så gør vi det."
        if by_another and at > k + 1:
            return False
        said = normalize(asked.text)
        if asked.is_question and OBJECTIONS.search(said):
            return unopposed(sentences, at)
        if by_another and asked.is_question and PUT_TO_ROOM.search(said):
            return at == len(sentences) - 1 or answered_yes(sentences, at)
        if not by_another and at == k + 1 and _AGREED_BY_ALL.match(said):
            return True  # "Jeg foreslår, at vi udsætter den. Det er der enighed om."
        if by_another and not ROOM_YES.match(said):
            return False
    return False


# Proposed by one of us (not "Udvalget anbefaler, at …", the Indstilling's author; not a yes on a condition, "Ja,
# hvis vi dropper middagen.", which is the approval's remark)
_OURS = re.compile(r"^(?!(?:ja|jo),? hvis\b).*\b(?:vi|jeg|os)\b")
# A bare yes from the room: "Enig.", "Ja.", "Det kan jeg støtte."
ROOM_YES = re.compile(r"^(?:(?:ja|jo),? )?(?:ja|jo|enig|helt enig|også enig|fint|god idé|godt forslag"
                      r"|det (?:kan|vil) (?:jeg|vi) (?:godt )?støtte|det er jeg (?:også )?enig i"
                      # a yes in words of one's own: "Det giver mening.", "Det synes jeg også.", "Det lyder klogt.",
                      # "Jeg er med.", "Det er rimeligt.", "Det bakker jeg op om.", "Det kan jeg sagtens leve med."
                      r"|det giver (?:god )?mening|det synes jeg(?: også)?|det lyder (?:klogt|fornuftigt|rigtigt|godt)"
                      r"|jeg er (?:også |helt )?(?:enig|med)|det er (?:klogt|rimeligt|fornuftigt|en god idé)"
                      r"|det (?:bakker|støtter) (?:jeg|vi)(?: også)?(?: op om)?|fint med mig"
                      r"|det (?:kan|vil) (?:jeg|vi) (?:godt |sagtens |fint )?leve med|det har jeg det fint med"
                      r"|sådan ser jeg det også)[.!]?$")
# The proposer stating that the room agrees: "Det er der enighed om.", "Det er vi enige om."
_AGREED_BY_ALL = re.compile(r"^(?:og )?(?:det er der|der er|så er der) (?:\w+ )?enighed(?: om)?(?: det)?[.!]?$"
                            r"|^det er vi (?:alle )?enige om[.!]?$")
# The chair putting a proposal to the room: "Er vi enige om det?", "Kan vi følge det?", "Er der opbakning til det?",
# "Kan alle leve med det?", "Kan vi det?"
PUT_TO_ROOM = re.compile(r"\b(?:er (?:vi|alle|i) enige|kan (?:vi|alle) (?:følge|støtte|tilslutte|bakke)"
                         r"|er der (?:opbakning|flertal|enighed|tilslutning)|kan (?:vi|alle|i) (?:leve med|gøre) det"
                         r"|^(?:\w+,? )?kan vi det\?$|er der (?:andre|flere),? der (?:mener|synes) det)")


# An approval or the act said whole, with its subject and verb, in three words: "Den godkender vi.", "Vi følger
# indstillingen.", "Vi sælger grunden."
_WHOLE_APPROVAL = re.compile(r"^(?:(?:den|det|dem) \w{3,}er vi|vi \w{3,}er (?:den|det|dem|\w+(?:en|et|ne|erne)))[.!]?$")
_A_STATE = re.compile(r"^(?:det|den|de) (?:er|var)\b")
# What is so already, and no change: "De frivillige er jo nævnt i afsnit tre.", "Det har vi allerede." (read in the
# words as said: normalize drops "jo")
_AS_IT_IS = re.compile(r"\b(?:jo|allerede)\b(?! (?:i|fra) \w+ (?:næste|kommende)\b)")


_NAMES_ITS_OWN = re.compile(r"\b(?:godkende|vedtage|sige ja til|give|bevilge|sælge) (?:den |det |de )?"
                            r"(?!(?:den|det|dem|sagen|punktet|forslaget|indstillingen)\b)\w{4,}(?:en|et|ne|erne)\b")


def agreed_to(said: Sentence, sentences: Sequence[Sentence]) -> Sentence:
    """The sentence that says what a short yes or a short question agrees to: the same speaker's
    statement after "Ja." ("Ja. Budgettet er 60.000 kroner."), else the question the yes answers
    ("Kan vi skrive, at timeprisen er 400 kroner og 200 for ungdomshold?" "Ja."); and for a short
    question, the proposal it puts to the room ("Lad os gøre det sådan, at … Er alle enige?")."""
    at = sentences.index(said)
    if len(said.text.split()) <= 3:  # "Ja.", "Det er fint."
        after = sentences[at + 1] if at + 1 < len(sentences) else None
        # (not from an approval said whole to a word on how it is: "Den godkender vi. Den er gennemarbejdet.")
        if (after is not None and after.speaker == said.speaker and not after.is_question
                and not (_WHOLE_APPROVAL.match(normalize(said.text)) and _A_STATE.match(normalize(after.text)))
                and not _AS_IT_IS.search(after.text.casefold())):
            return after
        if at and sentences[at - 1].is_question:
            said, at = sentences[at - 1], at - 1
    if _BARE_APPROVAL.match(normalize(said.text)) and (asked := _own_question_answered(said, sentences, at)):
        return asked  # "Kan vi godkende den, når vikarer er med?" "Enig." "Enig." "Så er den godkendt."
    # (not a question that names its own object, "Kan vi godkende forhøjelsen?": it is the proposal)
    if said.is_question and len(said.text.split()) <= 5 and at and not _NAMES_ITS_OWN.search(normalize(said.text)):
        proposed = sentences[at - 1]
        if proposed.speaker == said.speaker and not proposed.is_question:
            return proposed
    return said


# A bare approval that names nothing of its own: "Godkendt.", "Så er den godkendt."
_BARE_APPROVAL = re.compile(r"^(?:(?:godt|fint|ja),? )?(?:så )?(?:(?:den|det|planen|indstillingen) (?:er|blev) "
                            r"|(?:er|blev) (?:den|det) )?(?:godkendt|vedtaget)[.!]?$")


def _own_question_answered(said: Sentence, sentences: Sequence[Sentence], at: int) -> Sentence | None:
    """The approver's own question to approve, answered yes by others in a few words just before the bare approval
    (not "Det ved jeg ikke.")."""
    k = at - 1
    while k >= 0 and sentences[k].speaker != said.speaker and len(sentences[k].text.split()) <= 5 \
            and not sentences[k].is_question and (ASSENT.search(normalize(sentences[k].text))
                                                  or re.match(r"(?:det kan vi godt|selvfølgelig)\b",
                                                              normalize(sentences[k].text))):
        k -= 1
    asked = sentences[k] if 0 <= k < at - 1 else None
    if asked is None or asked.speaker != said.speaker or not asked.is_question:
        return None
    return asked if _DECISION_WORD.search(normalize(asked.text)) or "sige ja" in normalize(asked.text) else None


def takes_up_change(said: Sentence, sentences: Sequence[Sentence]) -> bool:
    """``said`` only takes up what was asked just before, and nothing there was a decision:
    "Kan vi flytte budgettet til formiddagen?" "Det er fint med mig." "Så gør vi det."."""
    k = sentences.index(said)
    return (ADOPTS.match(normalize(said.text)) is not None
            and not any(_DECISION_WORD.search(normalize(s.text)) for s in sentences[max(k - 3, 0):k]))


# A word that settles what was just carried, with nothing of its own: "Så er det besluttet.", "Så skriver vi det sådan."
_SETTLED = re.compile(r"^(?:(?:godt|fint|ja|okay),? )?(?:så gør vi det|det gør vi|lad os gøre det"
                      r"|(?:så er det|det er) (?:besluttet|vedtaget|aftalt)|så skriver vi det(?: sådan)?|det skriver vi"
                      r"|det er der (?:\w+ )?enighed om|det er vi (?:alle )?enige om"
                      # "Okay. Så er det på plads.", "Så følger vi det." (what was just put)
                      r"|så er det på plads|så følger vi det)[.!]?$")


# Agreeing in words that name nothing of their own, which take up a member's no or not-yet just said: "Det er vi enige
# om.", "Så er vi enige.", "Ja, lad os det.", "Jo, det kan vi godt."
_AGREES = re.compile(r"^(?:(?:ja|jo|godt|fint|okay|enig),? )?(?:det er vi (?:alle )?enige om|så er vi enige|lad os det"
                     r"|det kan vi (?:godt|sagtens))[.!]?$")


def taken_up(hits: Sequence[Hit], sentences: Sequence[Sentence], k: int, norm: str) -> str | None:
    """The kind that "Så gør vi det." or "Så er det besluttet." (``sentences[k]``, read as ``norm``) takes up from
    what was put just before it (``put_before``) or a proposal carried ("Kan vi følge det?" "Ja." "Så gør vi det.")."""
    # (settled in a word of its own, not "Så er det vedtaget.", which approves)
    if (ADOPTS.match(norm) or _AGREES.match(norm) or (_SETTLED.match(norm) and "vedtaget" not in norm)) and (
            put := put_before(hits, sentences, k)) is not None:
        return put.kind
    asked = next((h for h in reversed(hits) if h.kind != "assent"), None)
    if (asked is not None and asked.sentence.is_question and asked.stated and _SETTLED.match(norm)
            and sentences.index(asked.sentence) >= k - 3):
        return asked.kind  # "Skal vi godkende den?" "Ja." "Så er det besluttet."
    adopted = next((h for h in reversed(hits) if h.carried), None)
    if adopted is not None and _SETTLED.match(norm) and sentences.index(adopted.sentence) >= k - 4:
        return adopted.kind  # "Jeg foreslår, at vi udsætter sagen …" "Er der nogen imod?" "Nej." "Så gør vi det."
    return None


def put_before(hits: Sequence[Hit], sentences: Sequence[Sentence], k: int) -> Hit | None:
    """The recommendation, postponement or refusal that "Så gør vi det." (``sentences[k]``) takes up: said by us
    just before it ("Vi kan anbefale det over for regionsrådet."), or asked and answered yes by the room ("Skal vi
    vente med den?" "Ja." "Ja, lad os det."); not "Udvalget anbefaler, at puljen udmøntes", the Indstilling's
    author asking us."""
    put = next((h for h in reversed(hits) if h.kind != "assent"), None)
    # (also proposed and agreed to by another: "Jeg foreslår, at vi udsætter sagen." "Enig." "Så gør vi det.",
    # "Vi siger nej." "Enig." "Så gør vi det."; past the approver's question to the room: "… Kan vi det?" "Ja.")
    between = sentences[sentences.index(put.sentence) + 1:k] if put is not None else []
    agreed = (put is not None and 1 <= len(between) <= 2
              and all(s.speaker != put.sentence.speaker for s in between)
              and (ASSENT.search(said := normalize(between[-1].text)) is not None or ROOM_YES.match(said) is not None
                   or re.match(r"(?:det er en )?god pointe\b", said) is not None)
              and (len(between) == 1 or (between[0].speaker == sentences[k].speaker and between[0].is_question
                                         and PUT_TO_ROOM.search(normalize(between[0].text)) is not None)))
    # (or a member's proposal just before: "Vi bør sige nej." "Ja, det gør vi.")
    proposed_just_before = (put is not None and put.sentence is sentences[k - 1]
                            and put.sentence.speaker != sentences[k].speaker)
    if (put is None or not (put.stated or agreed or proposed_just_before) or sentences.index(put.sentence) < k - 3
            or any(h.kind != "assent" for h in hits[list(hits).index(put) + 1:])):
        return None
    if put.sentence is not sentences[k - 1] and not put.sentence.is_question and not agreed:
        return None
    # (or asked: "Hvad med at vente et halvt år?"; or a member's no or not-yet of the case just before: "Den er ikke
    # moden." "Så gør vi det.")
    # (also some points approved: "Jeg foreslår, at vi godkender et, to og fire og dropper tre og fem.")
    if put.kind in ("recommended", "postponed", "rejected", "partly_approved") and (
            put.sentence.is_question or re.search(r"\b(?:vi|jeg|os)\b", put.sentence.text, re.IGNORECASE)
            or ((proposed_just_before or agreed) and put.kind != "recommended")):
        return put
    return None


# An opinion or a suggestion in any person (PROPOSAL has "jeg mener", "bør", "burde"): "Vi synes …", "Skal vi …"
_OPINION = re.compile(r"\b(?:synes|mener|tror|foreslår|kunne vi|skal vi|lad os|vil gerne|hvad med)\b")


def decides(sentence: Sentence) -> bool:
    """A statement after which thanks or a short yes add nothing ("Så godkender vi den." "Tak."): not a
    question, a proposal or an opinion, which a short yes answers ("Jeg synes, vi skal vente." "Fint.")."""
    said = normalize(sentence.text)
    return (not sentence.is_question and not PROPOSAL.search(said) and not PROPOSED.match(said)
            and not _OPINION.search(said))

