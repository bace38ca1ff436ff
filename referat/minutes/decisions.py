"""Draft a Beslutning for each agenda item from its discussion. Pure, rule-based.

Transparent by design: every rule is a readable pattern below, each draft names its decision kind,
a confidence and the quoted sentences (speaker and time) it rests on, so the secretary can check it
in seconds. No model, no network. A Beslutning already in the agenda is never replaced.

How a draft is found:
1. Each sentence of the item's discussion is matched against the decision
   patterns (negation first: "godkendte ikke" is a rejection, not an approval).
2. A match scores its rule weight times a position weight (0.5 at the start of the item, 1.0 at its end:
   decisions close the discussion), times ``chair_weight`` when the chair says it, times ``question_weight``
   for a question ("Kan vi godkende det?"), times ``mark_weight`` near a decision mark pressed in the meeting.
3. The best-scoring kind wins; without decision words, agreement ("enig", "fint", "ingen bemærkninger")
   confirms the item's Indstilling.
4. Approving an orientation ("… tages til efterretning") takes it to efterretning, as the seeds do.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from referat.minutes.added_forms import FORUM
from referat.minutes.answers import (
    NO,
    agreed_to,
    answered_no,
    answered_yes,
    carried,
    concluded,
    decides,
    no_objection,
    taken_up,
    what_proposed,
)
from referat.minutes.asked import CLOSING, fit_to_asked, no_change_decides, proposal_refused_beside
from referat.minutes.clauses import (
    APPROVAL,
    PARTLY,
    about_one_matter,
    approved_first,
    beside_the_approval,
    detail_refused,
    first_clause,
    goes_on,
    nothing_put_off,
    part_dropped,
    said_last,
    said_of_part_left_out,
    shifted_then_approved,
    some_points_only,
)
from referat.minutes.closing import LATER_MEETING, LATER_OR_NOT, NO_OBJECTION, SO_WE
from referat.minutes.evidence import Hit, evidence, quotes
from referat.minutes.followups import besides_decision, besides_remark, find_followups
from referat.minutes.hedged import quoted_as_said, unhedged_last
from referat.minutes.held_off import numbered_points, points_held_off
from referat.minutes.left_out import point_left_out
from referat.minutes.phrases import FAMILIES
from referat.minutes.point_names import CASE_PRESENTED_AT
from referat.minutes.presenter import presenter_sentence
from referat.minutes.proposal import another_goes_on, echo_pattern, indstilling_kinds, opposite, restates
from referat.minutes.refusals import others_may_refuse, stops_as_asked
from referat.minutes.remarks import find_remark
from referat.minutes.sentences import (
    Sentence,
    before_moving_on,
    forum_as_we,
    iter_sentences,
    normalize,
    so_we,
    with_continuations,
    without_acknowledgements,
    without_title_read,
)
from referat.minutes.stances import (
    ASSENT,
    PROPOSAL,
    STATUS,
    SUBORDINATE,
    agreed_against,
    not_yet,
    reported,
    reworked_today,
)
from referat.minutes.subsets import some_done_rest_held
from referat.minutes.weighing import weigh
from referat.minutes.word_order import case_before_modal
from referat.minutes.wording import beslutning_text
from referat.types import AgendaItem, DraftDecision, Mark, Meeting, Utterance

DRAFT_LABEL = "[UDKAST]"
_CHAIR_ROLES = re.compile(r"formand|borgmester|direktør|mødeleder|chair")
# What the meeting heard said, reported in a closing: "…, og vi har hørt, at dagcentret ikke har opbakning".
_HEARD = re.compile(r",?\s*(?:og\s+)?(?:vi|jeg|udvalget|direktionen) har (?:også\s+)?hørt,? at [^,.!?]*")
# Not doing it, said last: "Så køber vi ikke systemet." (not "Så går vi ikke videre til …": moving on).
_NOT_DOING = re.compile(r"^(?:(?:nej|godt|okay|fint),? )?så (?!går\b)\w+er vi ikke\b(?! (?:videre|til)\b)")
# The administration presenting its advice: "Vi anbefaler at deltage", "Forvaltningen anbefaler …" (not the forum's
# recommendation to another body: "Vi anbefaler bevillingen over for byrådet.")
_ADVICE = re.compile(r"^(?:\w+,? )?(?:vi|forvaltningen|administrationen) anbefaler\b(?!.*\bover for\b)"
                     r"|^(?:det|den) vil jeg (?:gerne )?anbefale[.!]?$")  # a yes to "Godkender vi den?"
# A decision told as done before ("Vi har besluttet at …", "Vi har afvist 20 ansøgninger").
_DONE_BEFORE = re.compile(r"\bhar (?:\w+ ){0,3}?(?:besluttet|godkendt|vedtaget|afvist|udskudt|udsat|valgt)\b")
# A question for a fact ("Hvilke er udskudt?", "Hvornår bliver den godkendt?") proposes nothing.
_ASKS_WHAT = re.compile(r"(?:(?:og|men|så),? )?hv(?:ilke|ilken|ilket|ad(?! med at\b)|em|or|ornår|ordan|orfor)\b")


@dataclass(frozen=True)
class DecisionOptions:
    chair_weight: float = 1.5
    question_weight: float = 0.5
    mark_weight: float = 2.0
    mark_window: float = 30.0  # seconds before a decision mark (and 5 after) that it boosts
    max_evidence: int = 3


def chair_name(meeting: Meeting) -> str | None:
    """The participant whose role says chair/director, else the first listed."""
    for person in meeting.participants:
        if person.role and _CHAIR_ROLES.search(person.role.casefold()):
            return person.name
    return meeting.participants[0].name if meeting.participants else None


def draft_decision(
    item: AgendaItem,
    utterances: Sequence[Utterance],
    meeting: Meeting,
    chair: str | None = None,
    marks: Sequence[Mark] = (),
    options: DecisionOptions = DecisionOptions(),
    names: Mapping[str, str] | None = None,
) -> DraftDecision:
    """A draft Beslutning for ``item``; ``chair`` is the chair's speaker label, ``names``
    the names given to speakers (the presenter sentence and follow-ups use them)."""
    forum = meeting.forum or "Mødet"
    names = dict(names or {})
    # the item's talk as the rules read it: the chair moving on and thanks after the chair's statement (after a
    # decision where no chair is known) left off, an "Okay." before the chair goes on left out, a sentence that goes
    # on after a full stop joined to its own
    closed = before_moving_on(list(iter_sentences(utterances)),
                              lambda said: decides(said) if chair is None
                              else said.speaker == chair and (decides(said) or not said.is_question))
    sentences = without_title_read(with_continuations(without_acknowledgements(closed), goes_on), item)
    said_last = sentences[-1] if sentences else None
    unhedged = unhedged_last(sentences, chair)  # "Jeg tror, så lader vi være." as the chair's last word
    if unhedged is not None:
        sentences = [*sentences[:-1], unhedged]
    indstilling = item.section("Indstilling")
    proposal = indstilling.text if indstilling is not None else ""
    echo = echo_pattern(proposal) if indstilling is not None else None
    hits = _score(sentences, chair, _decision_times(marks, item), options, echo, forum, proposal, item.title)
    followups = find_followups(sentences, meeting, names, forum, echo, proposal)
    if item.decision:  # never replace a written decision; the discussion still backs it
        quoted = quoted_as_said(evidence(hits, None, options.max_evidence), unhedged, said_last)
        return DraftDecision("existing", item.decision, quoted, 1.0, followups)
    if not sentences:
        return DraftDecision("not_discussed", "Punktet blev ikke fundet i optagelsen. Skriv beslutningen ud fra "
                             "mødet.", (), 0.0)
    asked = indstilling_kinds(item)
    hits = proposal_refused_beside(no_change_decides(hits, sentences, asked), item)
    kind, support, confidence = weigh(hits, asked, sentences, chair, proposal)
    if split := points_held_off(sentences, proposal, kind, item.title) or some_done_rest_held(sentences, kind):
        kind, support = "partly_approved", split  # "Så mødes vi hver uge, og strategimødet bliver ikke til noget."
    if kind == "undetermined":
        text = "Ingen beslutning fundet i drøftelsen; skriv beslutningen ud fra mødet."
        if asked and indstilling is not None:
            text += f" Indstillingen: {indstilling.text.strip()}"
        quoted = quoted_as_said(evidence(hits, None, options.max_evidence), unhedged, said_last)
        return DraftDecision(kind, text, quoted, 0.0, followups)
    kind, support = fit_to_asked(kind, support, hits, asked, item)
    strongest = max(support, key=lambda h: h.score).sentence if support else None
    last = sentences[-1]
    if (strongest is not None and all(h.kind in ("assent", "discussed") for h in support)
            and chair is not None and last.speaker == chair and not last.is_question):
        strongest = last  # a yes from the room, then the chair's last word: "Enig." … "Så får de 25.000 kroner."
    approval = agreed_to(strongest, sentences) if strongest is not None else None
    # a recommendation keeps its kind; its remark goes into the text ("anbefaler … med bemærkning om …")
    remark = find_remark(sentences, approval, echo, indstilling) if kind in ("approved", "recommended") and approval \
        else None
    left_out: list[tuple[str, str, float]] = []  # the sentence that leaves the point out, for the text to name it
    if remark is not None and kind == "approved" and point_left_out(remark.phrase, remark.rest, indstilling):
        left_out = [("rejected", remark.said.text, 0.0)]
        kind, remark = "partly_approved", None  # "alle undtagen erfaringsindsamlingen": a numbered point left out
    if remark is not None and remark.phrase == "som" and asked[:1] == ("rejected",):
        remark = None  # "Så prøver vi gratis parkering i et år": a trial of what is refused grants it
    if remark and kind == "approved":
        kind = "approved_with_remark"
    text = beslutning_text(kind, forum, item, remark, [(h.kind, h.sentence.text, h.score) for h in support] + left_out)
    presenter = presenter_sentence(item, utterances, meeting, names, kind)
    if presenter:
        text = f"{presenter} {text}"
    quoted = evidence(hits, support, options.max_evidence, sentences, opening=confidence < 0.4)
    if remark is not None and all(remark.said.text.strip() not in e.text for e in quoted):
        # the remark said in another sentence than the approval is quoted too
        quoted = tuple(sorted((*quoted, *quotes([remark.said], sentences)), key=lambda e: e.start))
    if remark is not None and approval is not None:
        followups = besides_remark(followups, remark.said, approval, sentences, remark.rest)
    followups = besides_decision(followups, [(h.sentence.start, h.sentence.text) for h in support
                                             if h.family != CLOSING], forum, kind)
    quoted = quoted_as_said(quoted, unhedged, said_last)
    return DraftDecision(kind, text, quoted, round(min(confidence, 0.95), 2), followups)


def _decision_times(marks: Sequence[Mark], item: AgendaItem) -> list[float]:
    return [m.time for m in marks if m.kind == "decision" and m.item in (item.number, None)]


def _score(sentences: list[Sentence], chair: str | None, decision_times: Sequence[float],
           options: DecisionOptions, echo: re.Pattern[str] | None = None, forum: str = "",
           indstilling: str = "", title: str = "") -> list[Hit]:
    if not sentences:
        return []
    first, last = sentences[0].start, max(s.end for s in sentences)
    # An item that only orients: "Vi har besluttet at indføre en ny vagtplan" reports what was decided before;
    # so does a member's "Vi har godkendt lignende ansøgninger" in any item.
    orientation = bool(re.search(r"til efterretning|til orientering", indstilling)
                       and not re.search(r"godkend|vedtag|beslut|drøft|anbefal", indstilling))
    span = max(last - first, 1e-6)
    hits: list[Hit] = []
    for k, sentence in enumerate(sentences):
        norm = forum_as_we(_HEARD.sub("", normalize(sentence.text)), forum.casefold())
        if not (k and sentences[k - 1].is_question and sentences[k - 1].speaker != sentence.speaker):
            # "Ja, den hviler vi lige.": yes to what was said, then a no (not an answer: "… anlægsloftet?" "Ja, det
            # fastholdes.")
            norm = _past_the_yes(norm, forum, indstilling)
        proposed = what_proposed(norm)
        put_and_carried = carried(sentences, k)  # (also a proposal said as ours: "Vi siger nej. Er der nogen imod?")
        if proposed is not None and put_and_carried:
            norm = proposed  # "Jeg foreslår, at vi giver de 21 millioner. Er der nogen imod?" "Nej."
        summed = case_before_modal(concluded(norm))  # (also "Konklusionen er: så må den komme igen.")
        if summed and (any(f.pattern.search(summed) for f in FAMILIES) or (echo is not None and echo.search(summed))
                       or opposite(summed, indstilling)):  # "Der er enighed om at fastholde den nuværende pris."
            norm = summed  # "Konklusionen er, at vi ikke deltager": what the chair concludes
        family = next((f for f in FAMILIES if f.pattern.search(norm)), None)
        # "Vi vedtager politikken med …" read as "Så vedtager vi politikken med …" (the Indstilling's own verb
        # is read in either order)
        inverted = so_we(norm) if echo is None or not echo.search(norm) else norm
        # (so is "Så må den komme igen." as "Så den må komme igen.")
        for reordered in (inverted, case_before_modal(norm)):
            if family is None and reordered != norm and (family := next(
                    (f for f in FAMILIES if f.pattern.search(reordered)), None)) is not None:
                norm = reordered
        nobody_objects = no_objection(sentences, k)  # a question for objections answered no is a yes
        if sentence.is_question and _ASKS_WHAT.match(norm):
            continue  # "Hvilke er udskudt?", "Hvornår bliver den godkendt?": asking, not proposing
        told_before = _DONE_BEFORE.search(norm) and (orientation or (chair is not None and sentence.speaker != chair))
        if family is not None and (reported(norm, forum) or STATUS.search(norm) or told_before):
            continue  # "Miljøministeriet har godkendt indsatsen", "15 er gennemført, og resten er i gang eller
            # udskudt": news and status told to the meeting, not its decision
        if family is not None and _NOTE_THAT.match(norm):
            family = None  # "Udvalget gør opmærksom på, at prisen tages op igen om et år": a remark, read by remarks.py
        if family is not None and family.kind == "rejected" and re.match(r"(?:og |men )?(?:et )?mindretal", norm):
            family = None  # "Godkendt. Et mindretal kan ikke støtte den.": the minority's vote, not the decision
        if family is not None and re.match(r"(?:ja|jo),? hvis\b", norm):
            family = None  # "Ja, hvis vi dropper jobmessen": support on a condition, no decision
        if family is not None and family.name == "a refusal" and (
                # (the case named by the title is no part: "Vi dropper lederdagen." on "budget for lederdagen")
                part_dropped(norm, family, f"{indstilling}\n{title}", " ".join(s.text for s in sentences[:k]))
                or stops_as_asked(norm, indstilling) or others_may_refuse(norm, family.pattern)):
            family = None  # "Så dropper vi jobmessen og indfører …": a part; "Så stopper vi X" on "at X ophører"
        if family is not None and family.kind == "rejected":
            family = detail_refused(norm, sentences, k, indstilling, family)  # "Jeg kan ikke godkende, at …"
        if (family is not None and family.kind == "noted" and k and _WRITTEN_DOWN.match(norm)
                and any(h.stated and h.kind in _DECIDED and h.sentence.speaker == sentence.speaker for h in hits)):
            continue  # "Godkendt." "… ført til referat, at jeg er imod." "Det er noteret.": a word written down (also
            # the approver's own decision: "Den skydes ned. Det er noteret.")
        if hits and hits[-1].kind == "approved" and about_one_matter(norm):
            continue  # "… godkendt. Ift. store lederdag er det besluttet, at den fortsætter.": its remark
        if (hits and hits[-1].kind == "approved" and hits[-1].sentence.speaker == sentence.speaker
                and (_DETAIL_BESIDE.match(norm) or another_goes_on(norm, indstilling))):
            continue  # "Godkendt. Vi aftaler, at forløbet højst varer en time.": the approval's remark (also
            # "Store lederdag fortsætter som hidtil.")
        if family is not None and family.kind in ("rejected", "postponed") and said_of_part_left_out(norm, family):
            family = None  # "… på nær den om fælles indkøb, som vi afviser": the approval's exception
        if family is not None and family.name == "a meeting's date settled" and (
                orientation or (echo is not None and echo.search(norm))):  # "Mødet bliver den 25. juni." told; or
            family = None  # "Så flytter vi mødet til den 10. december" on "at mødet flyttes": the Indstilling's act
        if (family is not None and family.kind == "postponed" and hits and hits[-1].kind == "approved"
                and hits[-1].sentence.speaker == sentence.speaker
                and beside_the_approval(norm, family.name, indstilling)):
            continue  # "Indstillingerne er godkendt. …, og formålsbeskrivelsen kommer tilbage": what was asked for
        if family is not None and family.kind == "postponed" and nothing_put_off(norm, orientation, indstilling):
            family = None  # "Så må vi vente og se" on an orientation; "Vi tager den op igen" on a discussion
        if family is not None and family.kind == "postponed" and (approved_first(norm) or shifted_then_approved(norm)):
            family = APPROVAL  # "Vi godkender taksterne, og SF's ønske tager vi med i budgetforhandlingerne":
            # what waits is another thing than the item
        if family is not None and family.kind == "approved" and some_points_only(norm, indstilling):
            family = PARTLY  # "De fem andre godkender jeg."; "…, og forløbet tager vi stilling til efter …"
        if agreed_against(sentences, k):  # (before any family: "Så er det besluttet." after the room's no)
            kind, weight = "rejected", 0.6  # "Jeg er imod." "Også mig." "Så er vi enige."
        elif (family is not None and family.kind == "recommended" and _ADVICE.match(norm)
                and "anbefal" not in indstilling and chair is not None and sentence.speaker != chair):
            kind, weight = "assent", 0.3  # "Vi anbefaler at deltage": the administration's advice, not a decision
        elif family is not None:
            kind, weight = family.kind, family.weight
            if family.name in ("a negated approval", "an inability to approve", "a refusal") and (
                    not_yet(norm) or reworked_today(sentences[k:k + 2])):
                kind = "postponed"  # "Så sender vi den ikke i høring endnu."
            kind = taken_up(hits, sentences, k, norm) or kind  # "Vi kan anbefale det …" "Så gør vi det."
        elif (echo is not None and (done := echo.search(norm)) and not re.search(r"indstill|foreslå|forslag", norm)
              # "Billetprisen hæves …", "Svømmehallen lukker i uge 29" close the item
              and (said_last(sentences, k) or put_and_carried or not (done["present"] or done["thing_first"]))
              and not SUBORDINATE.search(norm[:done.start()])):  # not "…, før vi sender noget i høring"
            # "Så sælger vi grunden" on "at grunden sælges"; "Så giver vi ikke …" refuses it
            refused = (any(said for group, said in done.groupdict().items() if group.startswith("negated"))
                       or opposite(norm, indstilling) or re.search(r"\bhverken\b", norm))  # "… hverken X eller Y"
            kind, weight = ("rejected" if refused else "approved"), 0.9
            if not refused and LATER_MEETING.search(norm):
                kind = "postponed"  # "Vi udmønter puljen på næste møde, når I har set dem."
            if refused and not_yet(norm):
                kind = "postponed"  # "Vi sælger ikke, før vi har fået flere bud", "… ikke nu, men igen til foråret"
            elif (refused and opposite(norm, indstilling) and not re.search(r"\bikke\b", norm)
                  and len(numbered_points(indstilling)) >= 2):
                kind = "partly_approved"  # "Så udbygger vi Arden, men Rold Skole fortsætter": one point done, one kept
        elif (k == len(sentences) - 1 and not sentence.is_question and _NOT_DOING.match(inverted)
              and not not_yet(norm)):
            kind, weight = "rejected", 0.8  # the last word: "Så køber vi ikke systemet."
        elif k >= len(sentences) - 2 and not sentence.is_question and opposite(norm, indstilling):
            later = LATER_OR_NOT.search(norm)
            # "Så holder vi caféerne lukket" on "at caféerne genåbnes"; "… indtil videre og ser på det igen i
            # august" keeps it for later
            kind, weight = ("postponed" if later and not later["no"] else "rejected"), 0.8
        elif k == len(sentences) - 1 and not sentence.is_question and restates(indstilling, norm):
            # The item closes on what the Indstilling proposes: "Så er regionen med i det fælles indkøb."
            # ("… ikke i høring endnu" waits; "Ingen mødefri fredag." refuses, not "…, ingen bemærkninger")
            negated = re.search(r"\b(?:ikke|hverken)\b|\bingen\b(?! (?:nogen )?" + NO_OBJECTION + ")", norm) is not None
            kind, weight = ("postponed" if negated and not_yet(norm) else "rejected" if negated else "approved"), 0.8
        elif (k >= len(sentences) - 2 and not sentence.is_question and SO_WE.match(inverted)
              and (later := LATER_OR_NOT.search(first_clause(norm)))
              and (later["no"] or SO_WE.match(norm))  # "Vi nedsætter ikke …"; not "Vi følger det på næste møde"
              and not nothing_put_off(norm, orientation, indstilling)):  # "Så venter vi på det." of news told
            kind, weight = ("rejected" if later["no"] and not not_yet(norm) else "postponed"), 0.5  # "… tilbage"
        elif k and _BARE_AGREEMENT.match(norm) and sentences[k - 1].speaker != sentence.speaker \
                and NO.match(normalize(sentences[k - 1].text)):
            continue  # "Skal vi være med?" "Nej, det giver ikke nok." "Enig.": agreeing with the no
        elif (ASSENT.search(norm) or (k >= len(sentences) - 2 and ASSENT.search(inverted))
              or nobody_objects):  # "Er der nogen, der er imod?" "Nej."
            # (the item's last words "Vi melder os ind" as "Så melder vi os ind")
            kind, weight = "assent", 0.3
        else:
            continue
        if sentence.is_question and kind != "rejected" and answered_no(sentences, k) and not nobody_objects:
            continue  # "Kan vi godkende det?" "Nej, vent …": the question decided nothing
        stated = put_and_carried or (
            (not sentence.is_question or answered_yes(sentences, k)) and not PROPOSAL.search(norm))
        score = weight * (0.5 + 0.5 * (sentence.start - first) / span)
        if chair is not None and sentence.speaker == chair:
            score *= options.chair_weight
        if sentence.is_question:
            score *= options.question_weight
        marked = any(t - options.mark_window <= sentence.start <= t + 5.0 for t in decision_times)
        if marked:
            score *= options.mark_weight
        hits.append(Hit(kind, score, sentence, marked, stated, family.name if family is not None else "",
                        put_and_carried))
    return hits


# A yes to what was said before the speaker's own sentence: "Ja, den må komme igen." (not a condition or a but)
_YES_FIRST = re.compile(r"^(?:ja|jo|okay|godt|fint|(?:helt )?enig), "
                        r"(?!hvis\b|men\b|bortset\b|dog\b|tak\b|når\b|med\b|til\b)(?=\w)")


def _past_the_yes(norm: str, forum: str, indstilling: str) -> str:
    """The sentence after a first "Ja," when what follows says no or not yet ("Ja, ingen godkendelse.", "Ja, udvalget
    afslog ansøgningen."): the yes agrees with the speaker before, the rest decides; else ``norm`` as it is."""
    yes_first = _YES_FIRST.match(norm)
    if yes_first is None:
        return norm
    rest = forum_as_we(norm[yes_first.end():], forum.casefold())
    said = [rest, concluded(rest) or rest, so_we(rest), case_before_modal(rest)]
    family = next((f for f in FAMILIES if any(f.pattern.search(s) for s in said)), None)
    if (family is not None and family.kind in ("rejected", "postponed")) or opposite(said[1], indstilling):
        return rest
    return norm


# The approver's word that what a member just said is written down, after the decision: "Det er noteret.", "Noteret,
# de kommer med.", "Det noterer vi."
_WRITTEN_DOWN = re.compile(r"^(?:(?:ja|fint|godt|okay|tak),? )?(?:(?:det|så) (?:er|bliver) (?:det )?)?noteret\b"
                           r"|^(?:(?:ja|fint|godt|okay|tak),? )?det noterer (?:vi|jeg)\b")
_DECIDED = ("approved", "rejected", "postponed", "partly_approved")
# The forum's note on what it decided, whose clause is no decision of its own.
_NOTE_THAT = re.compile(r"^(?:og )?" + FORUM + r" (?:gør (?:\w+ )?opmærksom på"
                        r"|præciserer|understreger|bemærker),? at\b")
# A detail agreed or noted by the approver after the approval, read by chair_adds.py as its remark.
# (also the new case a point promises, given a time: "Godkendt. Sagen om talentforløb forelægges i september.")
_DETAIL_BESIDE = re.compile(r"^(?:og )?(?:så )?(?:vi|udvalget|direktionen) (?:aftaler|noterer(?: os)?),? at "
                            r"(?![^.!?]*\b(?:imod|uenig))"
                            r"|^(?:og )?" + CASE_PRESENTED_AT)
# Agreement with the speaker before, and nothing more: "Enig.", "Jeg er enig."
_BARE_AGREEMENT = re.compile(r"^(?:(?:jeg er |helt |også |så )?enig|(?:det er )?jeg (?:også|enig))[.!]?$")
