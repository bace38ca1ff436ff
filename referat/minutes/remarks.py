"""The remark an approval was given with, in the form it was said. Pure.

"Så godkender vi indstillingen med den bemærkning, at …", "…, dog kun for
beboerne", "vedtaget med et afsnit om løn", "Vi flytter seminaret til uge 35.
Ellers er procesplanen godkendt.", "Vi fastsætter timeprisen til 350 kroner"
on an Indstilling of 400: each is carried into the Beslutning as
"godkendte indstillingen med …". This module finds the sentence around the approval that says it;
said_remarks.py reads what one sentence says. docs/minutes.md lists the forms.
"""

from __future__ import annotations

import re
from dataclasses import replace

from referat.minutes.adopted import put_and_carried, taken_up
from referat.minutes.answers import ADOPTS, PUT_TO_ROOM
from referat.minutes.chair_adds import added_by_chair, changed_by_approver, said_besides
from referat.minutes.changes import figure_said_after, said_as_fact
from referat.minutes.granted import GRANTED
from referat.minutes.postponements import MONTH
from referat.minutes.quotes import ONLY_ACCEPTED, Remark, as_clause, asked_before, quoted, wish_in_turn
from referat.minutes.remark_words import REORDER, SAID_VERBS, THE_MEETINGS
from referat.minutes.requests import ASKS_A_CHANGE, DEMAND, SECONDED
from referat.minutes.said_remarks import remark_in
from referat.minutes.sentences import (
    Sentence,
    as_one_sentence,
    asked_as_said,
    fluent,
    forum_as_we,
    normalize,
    said_plainly,
    so_we,
)
from referat.minutes.task_words import BODIES, VERBS, YES
from referat.minutes.written_in import written_in
from referat.types import Section

# Anything else said after ", men" in the approval: "Vi er med, men vi vil have lov at købe lokalt i nødstilfælde"
# (not "men ikke …", a part refused; not thanks or a yes: "…, men tak for arbejdet", "…, men det er fint").
_BUT_ANY = re.compile(r"(?:,|\s[–-])?\s+men\s+(?P<rest>(?!ikke\b|kun\b|tak\b|så\b"
                      # (nor thanks or a look back: "…, men jeg vil gerne sige tak til Marie", "…, men det har været
                      # en svær sag")
                      r"|(?:jeg|vi) (?:vil|skal) (?:gerne |lige )*(?:sige (?:\w+ )?tak|takke)\b"
                      r"|det (?:har været|var)\b"
                      # (nor the approver's reason: "…, men det er den rigtige vej")
                      r"|det er (?:fint|godt|i orden|(?:den|det) rigtige)\b"
                      r"|flertallet er for\b)\w"
                      # (the full stop of "den 27. og 28. december" inside)
                      r"(?:[^.!?]|(?<=\d)\.(?=\d| (?:og |til )?\d| " + MONTH + r"\b)){7,})", re.IGNORECASE)
# A remark phrase that already says where it was said: "de bemærkninger, der faldt", "de rettelser, Marie nævnte".
_SAID_ALREADY = re.compile(r"\b(?:" + SAID_VERBS + r"|på mødet|i dag|mødet|drøftelsen|debatten)$"
                           r"|^(?:med )?" + THE_MEETINGS + " ", re.IGNORECASE)
# "Det gør vi, og ellers …", "Så gør vi det sådan, og ellers …": what was asked just before
# (also in the clause's own order: "at vi skriver det ind")
_BACK_REFERENCE = re.compile(r"at (?:det|den) \w+ vi(?: \w+)?|at vi gør det(?: sådan)?"
                             r"|at vi \w+ (?:det|den|dem) (?:ind|med)", re.IGNORECASE)
# An approval that names nothing: what it approved is said in the next sentence.
_FORMULA = re.compile(r"^(?:det|den) er der (?:et )?flertal for\.?$", re.IGNORECASE)


def find_remark(sentences: list[Sentence], approval: Sentence, echo: re.Pattern[str] | None = None,
                indstilling: Section | None = None) -> Remark | None:
    """The remark on ``approval``: in its sentence, or in one said just before it
    ("Ja, med den tilføjelse at …" and then "Godkendt med den tilføjelse."). Read without
    hesitation ("Ja, det, øh, det skriver vi ind"); the sentence it was said in is quoted as said."""
    fluently = [fluent(s.text) for s in sentences]
    remark = None
    # as said, a continuation with its comma ("Godkendt. Men kun for et år."); then in the order "Så giver vi
    # 300.000" for "Vi giver 300.000"
    for reading in (as_one_sentence, lambda text: forum_as_we(said_plainly(as_one_sentence(text))),
                    lambda text: so_we(said_plainly(as_one_sentence(text))),
                    lambda text: asked_as_said(said_plainly(as_one_sentence(text)))):
        said = [replace(s, text=reading(text)) for s, text in zip(sentences, fluently, strict=True)]
        if (remark := _find_remark(said, said[sentences.index(approval)], echo, indstilling)) is not None:
            break
    if remark is None:  # no remark word: a member's demand the approver takes up ("Det bliver sådan. Så er …")
        # … or the approver's own change ("Så retter vi to dage til tre.")
        remark = taken_up(sentences, approval) or changed_by_approver(approval, indstilling)
        return None if remark is None or (indstilling is not None and _said_again(remark, indstilling.text)) else remark
    if indstilling is not None and _said_again(remark, indstilling.text):
        return None
    rest = remark.rest
    for as_read, text in zip(said, fluently, strict=True):
        if as_read.text != text:
            rest = rest.replace(as_read.text.strip(), text.strip())  # a quote keeps the order it was said in
    return replace(remark, rest=rest, said=sentences[said.index(remark.said)])


def _said_again(remark: Remark, indstilling: str) -> bool:
    """The remark only says the Indstilling again, every word of it: "…, og skolerne lægges sammen" on "at de to
    skoler sammenlægges"; "Så forlænger vi aftalen med to år" on "at aftalen forlænges med to år"."""
    words = [w for w in re.findall(r"\w+", remark.rest.casefold()) if w not in _SMALL_WORDS]
    proposed = indstilling.casefold()
    if remark.phrase in ("med", "som", "med finansiering fra"):  # what it was done with, word for word
        proposed_words = re.findall(r"\w+", proposed)
        return (len(words) >= 2 or remark.phrase != "med") and all(
            any(p.startswith(w[:5]) for p in proposed_words) for w in words)
    return remark.rest.startswith("at ") and len(words) >= 2 and all(w[:5] in proposed for w in words)


_SMALL_WORDS = {"at", "det", "den", "de", "vi", "er", "og", "i", "til", "for", "med", "som", "der", "bliver", "skal",
                "så"}


def _find_remark(sentences: list[Sentence], approval: Sentence, echo: re.Pattern[str] | None,
                 indstilling: Section | None) -> Remark | None:
    at = sentences.index(approval)
    near = [approval, *reversed(sentences[max(0, at - 3):at]), *sentences[at + 1:at + 2]]
    # A remark word may be said around the approval; the plain forms only in the approval itself.
    own = [approval]
    if ((len(approval.text.split()) <= 2 or _FORMULA.match(approval.text.strip())) and at + 1 < len(sentences)
            and sentences[at + 1].speaker == approval.speaker):
        own.append(sentences[at + 1])  # "Jo. Vi indfører ordningen som forsøg …", "Det er der flertal for. …"
    if at and sentences[at - 1].speaker == approval.speaker:
        own_before = sentences[at - 1]  # "Ja, dog skal forvaltningen …" then "Så er det godkendt."
    else:
        own_before = None
    if (turn := _said_back(sentences, at)) is not None:
        said, reply = turn
        granted = GRANTED.match(reply.text.strip()) is not None or written_in(reply, indstilling)
        if (approval.is_question and (granted or _AGREED.match(reply.text.strip())
                                      or _CONFIRMED.match(reply.text.strip()))
                and (answered := _answered(said.text.strip(), plain=False))):
            return Remark(*answered, said)  # "Kan vi …?" "Ja, men med krav om …" "Det tager vi med i …"
        if said.is_question and ASKS_A_CHANGE.match(normalize(said.text)) and granted:
            return quoted(said)  # after the approval: "Godkendt." "Kan vi tilføje, at …?" "Ja, det gør vi."
        if (len(approval.text.split()) <= 5 and (granted or _YES_TO_IT.match(reply.text.strip()))
                and (_ADDED_AFTER.match(after_said := said.text.strip())
                     or DEMAND.match(re.sub(r"^(?:og|men) ", "", after_said)))):
            return quoted(said)  # "Godkendt." "Med vikarerne, ikke?" "Ja, med vikarerne."
    answer = sentences[at - 1].text.strip() if at else ""
    if (_AGREED.match(approval.text.strip()) and answer and sentences[at - 1].speaker != approval.speaker
            and (answered := _answered(answer, plain=re.match(r"(?:ja|jo)\b", answer, re.I) is not None))):
        return Remark(*answered, sentences[at - 1])  # "Ja, men mentor skal være et krav." "Det er vi enige om."
    if (at + 1 < len(sentences) and sentences[at + 1].speaker != approval.speaker
            and (condition := _ON_CONDITION.search(approval.text.strip()))
            and GRANTED.match(sentences[at + 1].text.strip()) and "allerede" not in sentences[at + 1].text):
        # "Jeg kan godkende dem, hvis plejecentrene selv får lov at vælge rækkefølgen." "Det kan de godt."
        return Remark("under forudsætning af,", f"at {condition['rest']}", approval)
    if (at >= 2 and len(approval.text.split()) <= 5 and sentences[at - 1].speaker != approval.speaker
            and sentences[at - 2].speaker not in (approval.speaker, sentences[at - 1].speaker)
            and (on := _YES_IF.match(offered := sentences[at - 2].text.strip()) or _ON_CONDITION.search(offered))
            and (met := _CONDITION_MET.match(sentences[at - 1].text.strip()))
            and bool(met["not"]) == bool(re.search(r"\bikke\b", on["rest"], re.IGNORECASE))):
        # a member's yes on a condition, another's word that it is met, the approver's short close: "Ja, hvis prisen
        # ikke stiger mere end fem kroner." "Det gør den ikke." "Så kører vi."
        return Remark("under forudsætning af,", f"at {on['rest']}", sentences[at - 2])
    if _ADOPTED.match(approval.text.strip()) and (conceded := _conceded(sentences, at)) is not None:
        return conceded  # "Det kan vi. Jeg synes dog, at netværkene skal …" "Enig." "Så gør vi det sådan."
    if (at >= 2 and ADOPTS.match(approval.text.strip().casefold()) and sentences[at - 2].is_question
            and sentences[at - 2].speaker == approval.speaker and sentences[at - 1].speaker != approval.speaker
            and YES.match(sentences[at - 1].text.strip())
            and (asked := remark_in(sentences[at - 2].text.strip().rstrip("?")))):
        # "Skal vi sige, at vi godkender, og at der kommer en kort version?" "Ja." "Godt, så gør vi det."
        return Remark(*asked, sentences[at - 2])
    to_note = sentences[at - 2] if at >= 2 and own_before is not None and YES.match(own_before.text.strip()) else (
        sentences[at - 1] if at and YES.match(approval.text.strip()) else None)
    if (to_note is not None and to_note.is_question and to_note.speaker != approval.speaker
            and (noted := _TO_WRITE.match(to_note.text.strip()))):
        return Remark("med den bemærkning,", f"at {noted['rest']}", to_note)  # "Må jeg notere, at …?" "Ja. Godkendt."
    if (to_note is not None and to_note.is_question and to_note.speaker != approval.speaker
            and _TO_WRITE_IT.match(to_note.text.strip()) and sentences.index(to_note) > 0):
        # "Skal jeg skrive det som en bemærkning?" "Ja, skriv det. Indstillingerne er godkendt.": what "det" was
        return quoted(asked_before(sentences, sentences.index(to_note)))
    # the proposal that "Så gør vi det." takes up, read as the approval itself: "Jeg foreslår, at vi godkender alle
    # undtagen talentforløbet." "Enig." "Så gør vi det."
    adopted = asked_before(sentences, at) if at and ADOPTS.match(approval.text.strip().casefold()) else None
    if (adopted is not None and adopted.speaker == approval.speaker and adopted.is_question
            and PUT_TO_ROOM.search(normalize(adopted.text))):
        adopted = asked_before(sentences, sentences.index(adopted))  # past "Kan alle leve med det?" "Ja."
    if (adopted is not None and adopted.speaker != approval.speaker and _PROPOSES.match(adopted.text.strip())
            and (proposed := remark_in(adopted.text.strip(), plain=True))):
        return Remark(*proposed, adopted)
    if at and (carried := put_and_carried(sentences, at)) is not None:
        return carried
    found = [(sentence, remark) for sentence in near
             if (remark := remark_in(sentence.text.strip(), plain=sentence in own,
                                     clause=sentence in own or sentence is own_before))]
    before = sentences[at - 1] if at else None
    if found:
        return _with_remark_word(found, sentences, at, before)
    after = sentences[at + 1] if at + 1 < len(sentences) else None
    # the same speaker's next sentence, and that sentence after a short approval
    said_after = after if after is not None and after.speaker == approval.speaker else None
    own_after = said_after if len(approval.text.split()) <= 6 else None
    if own_after is not None and (added := added_by_chair(own_after.text.strip())):
        return Remark(*added, own_after)  # "Den er godkendt. Og så præciserer vi, at skolerne ikke betaler."
    return (said_as_fact(sentences, at, approval, before, own_before, near, echo, indstilling) or _but_besides(approval)
            or figure_said_after(said_after, indstilling) or _said_next_to(approval, own_after, own_before)
            or _wish_taken_up(sentences, at, indstilling))


# Someone asking to write it down, answered yes: "Må jeg notere, at alle nye ledere får en mentor?"
# … or to write down what was just said: "Skal jeg skrive det som en bemærkning?", "Skal jeg tage det med i referatet?"
_TO_WRITE_IT = re.compile(r"^(?:skal|må|kan) (?:jeg|vi) (?:lige |så )?(?:skrive|notere|tage) (?:det|den) "
                          r"(?:ned|ind|med|som (?:en )?bemærkning|i referatet|til referat)\b", re.IGNORECASE)
_TO_WRITE = re.compile(r"^(?:skal|må|kan) (?:jeg|vi) (?:lige |så )?(?:skrive|notere|tilføje|føje til|skrive ind)"
                       r"(?: i referatet| ind)?,? at (?P<rest>[^?]+?)\??$", re.IGNORECASE)


# Anything joined to the approval by ", og": "Vi godkender planen, og MED kommer med allerede i marts."
# (also the act in the passive: "Bevillingen gives, og solcellerne kommer med"; the Indstilling's own act: "Så
# etablerer vi hundeskoven, og der kommer et hegn …"; agreed on: "Så er vi enige om at …, og at der kommer …")
_AND_ANY = re.compile(r"(?:\b(?:godkend\w*|vedta\w*|indfører|\w{2,}es)\b|^(?:så )?\w{3,}er vi\b|\benige? om at\b)"
                      r"[^.!?]*?,\s+og\s+(?:at\s+)?(?P<rest>(?!så\b|tak\b)\w[^.!?]{7,})", re.IGNORECASE)
# A task for someone ("HR laver …", "vi sender …"), but not something included ("MED kommer med allerede i
# marts"); the item's own next step ("…, og den sendes til MED"); what the forum does or records ("SF's ønske
# tager vi med i …", "… kommer til referat")
_TASK = re.compile(r"(?i:vi|jeg|den|det|de|sagen|planen|punktet|indstillingen|forslaget|" + BODIES + r")\b"
                   r"|[A-ZÆØÅ][a-zæøå]+\s"
                   # (the item's next step by its noun: "…, og projektet forelægges regionsrådet i marts")
                   r"|[\w-]+(?:en|et|ne|erne) (?:forelægges|fremlægges|sendes|behandles)\b"
                   r"|(?:[\w']+\s+){1,3}?(?:(?!kommer med\b(?! (?:en|et)\b))(?:" + VERBS + r")"
                   r"|\w+er\s+(?:vi\b|(?:den|det|dem)\b|\w+(?:en|et|erne|ne)\b))"
                   r"|.*\btil (?:referat|protokol)\b")
# Words too common to say that a wish was taken up
_COMMON = {"kommer", "bliver", "gerne", "allerede", "meget", "skal", "have", "være", "også", "først", "andre", "samme",
           "efter", "inden", "under", "mellem", "tidligere", "senere", "næste", "eller", "ellers", "derfor", "godkend"}


def _wish_taken_up(sentences: list[Sentence], at: int, indstilling: Section | None) -> Remark | None:
    """The last resort: what the approval adds after ", og" takes up a word another speaker said just before,
    and not one of the Indstilling's ("Jeg vil gerne have MED ind tidligere." "… Vi godkender planen, og MED
    kommer med allerede i marts."); without that, "…, og vi sender den til MED" is only what comes next."""
    approval = sentences[at]
    joined = _AND_ANY.search(approval.text.strip())
    if joined is None or _TASK.match(joined["rest"]):
        return None  # "…, og HR laver en ny velkomstpakke": a follow-up, the approval is plain
    proposed = indstilling.text.casefold() if indstilling is not None else ""
    words = re.findall(r"\w+", joined["rest"])
    stems = {w.casefold()[:5] for w in words if len(w) >= 5 and w.casefold()[:7] not in _COMMON
             and w.casefold()[:5] not in proposed}
    acronyms = {w for w in words if re.fullmatch(r"[A-ZÆØÅ]{2,}", w) and w.casefold() not in proposed}
    for said in sentences[max(0, at - 3):at]:
        if said.speaker == approval.speaker:
            continue
        others = re.findall(r"\w+", said.text)
        if acronyms & set(others) or stems & {w.casefold()[:5] for w in others if len(w) >= 5}:
            return Remark("med den bemærkning,", f"at {as_clause(joined['rest'].strip())}", approval)
    return None


# (also a grant given: "Garantien er givet. Den gælder kun for 2019.")
_APPROVES = re.compile(r"\b(?:godkend\w*|vedta\w*|tiltræd\w*|ja til|givet|bevilget|giver vi|bevilger vi)\b",
                       re.IGNORECASE)


def _said_next_to(approval: Sentence, own_after: Sentence | None, own_before: Sentence | None) -> Remark | None:
    """The last resort: the chair's own sentence right after a short approval ("Godkendt. Afdelingerne
    udpeger superbrugere inden august."), or the sentence read as the approval when a short approval came
    just before it."""
    if own_after is not None and (said := said_besides(own_after.text)):
        return Remark("med den bemærkning,", said, own_after)
    first, joined = (_JOINED.split(approval.text.strip(), maxsplit=1) + [""])[:2]
    if (joined and len(first.split()) <= 6 and _APPROVES.search(first)
            and (said := said_besides(re.sub(r"^(?:og|men)\s+", "", joined, flags=re.IGNORECASE)))):
        return Remark("med den bemærkning,", said, approval)  # "Godkendt. Og husk at involvere …", read as one
    if (own_before is not None and len(own_before.text.split()) <= 6 and _APPROVES.search(own_before.text)
            and not _APPROVES.search(approval.text) and (said := said_besides(approval.text))):
        return Remark("med den bemærkning,", said, approval)
    if (own_before is not None and len(approval.text.split()) <= 6 and _OWN_DEMAND.match(own_before.text.strip())
            and (said := said_besides(own_before.text))):
        return Remark("med den bemærkning,", said, own_before)  # "Driftsudgifterne skal med. Bevillingen er givet."
    return None


# The chair's own demand on a thing, said just before a short approval: "Vikarerne skal med.", "Der skal være en
# plads til vikarerne." (not the case itself, "Den skal i høring.", nor us: "Vi skal huske …", "Så vi skal bare give
# bevillingen.", nor a reason given back: "Ja, men de skal hvile i sig selv.")
_OWN_DEMAND = re.compile(r"^(?:(?:ja|jo|godt|fint|okay),?\s+)?(?!(?:men|så|og|vi|jeg|det|den|de|dem|sagen|punktet"
                         r"|planen|indstillingen|man|du|i)\b)(?:[\w-]+ ){1,3}skal\b(?! vi\b)", re.IGNORECASE)


# A short approval and the chair's next sentence, read as one: "Godkendt. Og husk at …" as "Godkendt, og husk at …"
_JOINED = re.compile(r"(?:\.|,)\s+(?=(?:og|men)\s+(?:så\s+)?husk\b)|\.\s+", re.IGNORECASE)
# The approver agreeing to a condition said in the answer: "Det er vi enige om.", "Det gør vi."
# (also "Ja, det er fint.", "Det er i orden.", "Det lyder godt.")
_AGREED = re.compile(r"^(?:(?:ja|fint|godt),?\s+)?(?:det er vi enige om|det gør vi|det kan vi godt|enig"
                     r"|det er (?:helt )?(?:fint|i orden)|det lyder (?:fint|godt))(?: så)?[.!]?$", re.IGNORECASE)
# A member's proposal of how to decide: "Jeg foreslår, at vi godkender …", "Lad os godkende den med …"
# (or a yes with a part left out or added: "Ja, bortset fra talentforløbet.")
_PROPOSES = re.compile(r"^(?:jeg (?:vil )?foreslå[r]?|lad os|skal vi (?:ikke )?(?:bare )?"
                       r"|(?:ja|jo),? (?:men )?(?:bortset fra|undtagen|på nær|med|dog))\b", re.IGNORECASE)
def _said_back(sentences: list[Sentence], at: int) -> tuple[Sentence, Sentence] | None:
    """Another speaker's sentence right after the approval at ``at``, and the approver's reply to it."""
    if (at + 2 < len(sentences) and sentences[at + 1].speaker != sentences[at].speaker
            and sentences[at + 2].speaker == sentences[at].speaker):
        return sentences[at + 1], sentences[at + 2]
    return None


def _answered(answer: str, plain: bool) -> tuple[str, str] | None:
    """The remark in an answer the approver then agrees to: its remark word, or a yes on a condition."""
    if yes_if := _YES_IF.match(answer):
        return "under forudsætning af,", f"at {yes_if['rest']}"
    return remark_in(answer, plain=plain)


# The approver's own condition, granted by the next speaker: "Jeg kan godkende dem, hvis …"
_ON_CONDITION = re.compile(r"\b(?:godkende|vedtage|sige ja til|støtte)\b[^.!?,]*,? hvis (?P<rest>[^.!?]{7,}?)[.!]?$",
                           re.IGNORECASE)
# An approval that takes up what was said before it: "Så gør vi det sådan.", "Det er vi enige om."
_ADOPTED = re.compile(r"^(?:(?:ja|fint|godt|okay),?\s+)?(?:så gør vi det(?: sådan)?|sådan gør vi|det gør vi"
                      r"|det er vi enige om|så er vi enige)[.!]?$", re.IGNORECASE)
# A yes's condition said as the speaker's view in the next sentence: "Jeg synes dog, at …",
# "Men jeg vil gerne have, at …"
_CONCEDED = re.compile(r"^(?:(?P<but>men),? )?jeg (?:synes|mener|vil)(?P<dog> dog)?(?: gerne)?(?: have)?,? at"
                       r" (?P<rest>.{7,}?)[.!]?$", re.IGNORECASE)


# The condition confirmed to hold: "Ja, hvis vikarerne kommer med." "Det gør de."
_CONFIRMED = re.compile(r"^(?:(?:ja|jo),?\s+)?det (?:gør|kan|vil|skal) (?:de|den|det|han|hun)(?: godt)?[.!]?$",
                        re.IGNORECASE)
# A member's addition right after a short approval: "Med vikarerne, ikke?", "Og vikarerne kommer med?", "Husk
# vikarerne.", "Inklusive vikarerne." (not a question of what is: "Er vikarerne med?", nor a no or a not-yet)
_ADDED_AFTER = re.compile(r"^(?!.*\b(?:udsæt|udskyd|vent|afvis|nej\b|ikke\b(?!\?)))"
                          r"(?:og |men )?(?:(?:med|inklusive|inkl\.|plus|samt) (?!det\b|den\b|dem\b)\w|husk\b"
                          r"|(?:\w+ ){1,2}kommer (?:også )?med\b)", re.IGNORECASE)
# … and the approver's yes to it (not "Ja, de er allerede med.")
_YES_TO_IT = re.compile(r"^(?:ja|jo|enig)\b(?![^.!?]*\b(?:allerede|forvejen|ikke)\b)", re.IGNORECASE)
# Another's word that the condition is met: "Det gør de.", "Det kommer de.", "Det gør den ikke." (of a condition with
# "ikke")
_CONDITION_MET = re.compile(r"^(?:(?:ja|jo|nej),?\s+)?det (?:gør|kommer|får|bliver|kan|vil|skal)"
                            r" (?:de|den|det|han|hun|vi)(?: godt| også)?(?P<not> ikke)?[.!]?$", re.IGNORECASE)
# A yes on a condition: "Ja, hvis afdelingerne får superbrugere."
_YES_IF = re.compile(r"^(?:ja|jo),?\s+(?:hvis|når|forudsat,? at)\s+(?P<rest>.{7,}?)[.!]?$", re.IGNORECASE)


def _conceded(sentences: list[Sentence], at: int) -> Remark | None:
    """The condition a member put on their own yes, taken up by the approval: "Det kan vi." "Jeg synes dog,
    at netværkene skal være på tværs af centrene." "Enig." "Så gør vi det sådan." """
    k = at - 1
    while k > 0 and sentences[k].speaker != sentences[at].speaker and SECONDED.match(sentences[k].text.strip()):
        k -= 1
    said, yes = sentences[k], sentences[k - 1] if k else None
    if said.speaker != sentences[at].speaker and (on := _YES_IF.match(said.text.strip())):
        return Remark("under forudsætning af,", f"at {on['rest']}", said)  # "Ja, hvis …" "Enig." "Så gør vi det."
    conceded = _CONCEDED.match(said.text.strip())
    if (conceded is None or not (conceded["but"] or conceded["dog"]) or yes is None
            or said.speaker == sentences[at].speaker or yes.speaker != said.speaker or not YES.match(yes.text.strip())):
        return None
    return Remark("med den bemærkning,", f"at {conceded['rest']}", said)


def _but_besides(approval: Sentence) -> Remark | None:
    """The last resort: anything else said after ", men" in the approval ("De er godkendt, men de skal indføres
    i et roligt tempo.")."""
    text = approval.text.strip()
    but = _BUT_ANY.search(text)
    if but is None or re.search(r"\bikke (?:bare|kun|blot)\b", text[:but.start()], re.IGNORECASE):
        return None  # "… ikke bare politikken, men også en plan": both approved
    if _APPROVES.search(but["rest"]) and not _APPROVES.search(text[:but.start()]):
        return None  # "Det er ikke perfekt, men vi godkender den.": the approval itself after "men"
    return Remark("med den bemærkning,", f"at {as_clause(but['rest'].strip())}", approval)


def _with_remark_word(found: list[tuple[Sentence, tuple[str, str]]], sentences: list[Sentence], at: int,
                      before: Sentence | None) -> Remark | None:
    """The remark said with a remark word (or a plain form) in ``found``, the nearest first."""
    approval = sentences[at]
    if found[0][0] is approval and _BACK_REFERENCE.fullmatch(found[0][1][1]) and before:
        return quoted(asked_before(sentences, at))  # "Det gør vi, og ellers er dagsordenen godkendt"
    with_content = next(((s, r) for s, r in found if r[1]), None)
    if with_content is not None:
        return Remark(*with_content[1], with_content[0])
    sentence, (phrase, _) = found[0]
    if sentence is not approval:
        return None
    if _SAID_ALREADY.search(phrase):
        return Remark(phrase, "", approval)  # "med de rettelser, Marie nævnte": the remark names where it was said
    # "Med den ændring er mødeplanen godkendt": the change is what was said just before.
    if before is None:
        return Remark(phrase, "", approval)
    changed = next((s for s in reversed(sentences[max(0, at - 3):at]) if REORDER.search(s.text)), None)
    if changed is not None:  # "… punkt 130 behandlet før punkt 125." "Fint." "… godkendt med den ændring."
        return quoted(changed)
    if before.speaker == approval.speaker and written_in(before) and at >= 2:
        before = asked_before(sentences, at - 1)  # "… rapporterer på …" "Det skriver vi ind. … med det krav."
    elif at >= 2 and len(before.text.split()) <= 4 and sentences[at - 2].speaker != before.speaker:
        before = sentences[at - 2]  # "Kan vi bytte rundt, så …?" "Det gør vi. Med den ændring er …"
    elif (at >= 2 and before.speaker != approval.speaker and ONLY_ACCEPTED.match(before.text.strip())
          and sentences[at - 2].speaker not in (before.speaker, approval.speaker)):
        # past another's word that only accepts it: "Løbetiden skal ned på to år." "Det kan leverandøren godt
        # acceptere." "Så er den godkendt på de vilkår." (the asker's turn read for its wish: "Jeg synes, ordet skal
        # erstattes af bør. Det er for hårdt." "Det er jeg enig i." "… med den ændring.")
        before = wish_in_turn(sentences, at - 2)
    return Remark(phrase, f"der blev nævnt: »{before.text.strip()}«", before)
