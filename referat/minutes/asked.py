"""A decision kind read from the discussion, fitted to what the item's Indstilling asks. Pure.

The words of the meeting say yes, no, later or noted; the Indstilling says what a yes means
there: approving an orientation takes it to efterretning, "Så er det besluttet" on an item put
up for approval approves it, and following the administration on "at forslaget ikke
imødekommes" refuses it.
"""

from __future__ import annotations

import re

from referat.minutes.answers import takes_up_change
from referat.minutes.evidence import Hit
from referat.minutes.proposal import asks_approval
from referat.minutes.requests import PROPOSAL_REFUSED
from referat.minutes.sentences import Sentence, normalize
from referat.minutes.wording import DECIDED_THAT
from referat.types import AgendaItem

CLOSING = "the chair's closing"  # the family name of a closing without decision words
# One proposal among those a discussion item lays out: "Jeg godkender ikke forslaget om færre rengøringer."
_ONE_PROPOSAL = re.compile(r"\bforslag(?:et)? (?:om|nummer|\d)", re.IGNORECASE)
# The item itself put off, not one proposal in it: "Vi udsætter drøftelsen til næste møde."
# (not work made for the next meeting: "Så laver vi et oplæg til næste møde." closes the discussion)
_ITEM_PUT_OFF = re.compile(r"\b(?:udsæt|udskyd|punkt|drøftelse|(?<!oplæg til )(?<!udkast til )næste møde)",
                           re.IGNORECASE)
# The orientation taken to efterretning in the sentence that waits for something (not "… ikke til efterretning endnu")
# (said as done: not "Så venter vi med at tage den til efterretning, …")
_NOTED_AS_WELL = re.compile(r"^(?!.*\bikke\b).*\b(?:tager|tages|taget) (?:vi )?(?:\w+ ){0,2}"
                            r"til (?:efterretning|orientering)\b", re.IGNORECASE)
# A choice written down, nothing taken to efterretning: "Det er noteret.", "Noteret."
_NOTED_ONLY = re.compile(r"^(?:(?:ja|godt|fint),?\s+)?(?:det er )?noteret[.!]?$", re.IGNORECASE)
# Against an Indstilling that refuses, which grants what it refuses.
_AGAINST_THE_ADVICE = re.compile(r"\b(?:går|stemmer) (?:vi )?imod (?:forvaltningen|administrationen|indstillingen)\b"
                                 r"[^.!?]*\bsiger (?:vi )?ja\b")
# Granting what was asked for, not following the Indstilling: "Tilskuddet gives", "flertal for at give …"
# (also adopting something new instead: "Så vedtager vi et mål om 60 procent økologi", not "Så vedtager vi
# indstillingen")
_GRANTS = re.compile(r"\b(?:gives|givet|give|giver|bevilg\w*|imødekomm\w*|prøver|forsøg"
                     r"|vedtager (?:vi |udvalget )?(?:et|en)"
                     # joining after all: "Så deltager vi alligevel." on "at kommunen ikke deltager"
                     r"|deltager (?:vi|kommunen|regionen)|går (?:vi )?med i|melder (?:vi )?os ind"
                     r"|tilslutter (?:vi )?os"
                     # a yes or a vote for the proposal itself, or the thing asked for given: "Vi siger ja til
                     # forslaget om gratis parkering.", "Flertallet stemmer for Enhedslistens forslag.", "Golfklubben
                     # får tilskuddet alligevel."
                     r"|(?:siger (?:vi )?ja til|godkender(?: vi)?) (?:forslaget|ansøgningen|\w+s forslag)"
                     r"|(?:stemmer (?:vi )?for|(?:flertal|opbakning) for) "
                     r"(?:forslaget|ansøgningen|\w+s forslag)"
                     # the proposal passed: "Så er forslaget vedtaget." (not "Indstillingen om at afvise forslaget er
                     # vedtaget")
                     r"|(?<!afvise )(?<!imødekomme )(?:forslaget|\w+s forslag) (?:er|blev) (?:hermed )?vedtaget"
                     r"|(?:er|blev) (?:hermed )?(?:forslaget|\w+s forslag) (?:hermed )?vedtaget"
                     r"|får (?!ikke\b|aldrig\b|heller\b)(?:\w+ )?(?:tilskuddet|pengene|dispensationen|garantien"
                     r"|tilladelsen))\b"
                     r"(?! ikke\b)")


def no_change_decides(hits: list[Hit], sentences: list[Sentence], asked: tuple[str, ...]) -> list[Hit]:
    """On an item that asks for no decision, a "Så gør vi det." that takes up a change asked for
    just before is assent, not a decision: "Kan vi flytte budgettet til formiddagen?" on a programme."""
    if asked:
        return hits
    return [Hit("assent", 0.3, h.sentence) if takes_up_change(h.sentence, sentences) else h for h in hits]


def fit_to_asked(kind: str, support: list[Hit], hits: list[Hit], asked: tuple[str, ...],
                 item: AgendaItem) -> tuple[str, list[Hit]]:
    """``kind`` and the hits it rests on, read against ``asked``, the kinds the Indstilling asks for."""
    discussed = [h for h in hits if h.kind == "discussed"]  # what a kind read as a discussion rests on first
    if kind == "decided" and asks_approval(item) and not any(DECIDED_THAT.search(h.sentence.text) for h in support):
        kind = "approved"  # "Så er det besluttet." with nothing said of what: what the Indstilling asked
    indstilling = item.section("Indstilling")
    # (a choice of yes or no, "at Chefforum beslutter, om kommunen deltager": a no decides too)
    yes_or_no = indstilling is not None and re.search(r"\bbeslutter,? om\b", indstilling.text) is not None
    if asked[:1] == ("decided",) and (kind == "approved" or (kind == "rejected" and (yes_or_no or all(
            h.family in ("", CLOSING) for h in support)))):
        # "Så følger vi op på værdighedspolitikken" or "Så gør vi det." after the choice, on "udvalget beslutter,
        # hvilke …"; "Vi deltager ikke i år"
        # on "at Chefforum beslutter, om kommunen deltager"
        kind = "decided"
    if kind == "noted" and asked[:1] == ("decided",) and all(_NOTED_ONLY.match(h.sentence.text.strip())
                                                                for h in support):
        kind = "decided"  # the presenter's "Det er noteret." of the choice made, on "at udvalget beslutter, hvilke …"
    if kind == "approved" and asked and set(asked) <= {"noted"}:
        kind = "noted"  # approving an orientation means taking it to efterretning, as the seeds say
    # "Vi afventer de næste tal og tager orienteringen til efterretning.": the figures wait, the orientation is noted
    if kind == "postponed" and asked and set(asked) <= {"noted"} and support and all(
            _NOTED_AS_WELL.search(h.sentence.text) for h in support):
        kind = "noted"
    postponed = [h for h in hits if h.kind == "postponed" and h.stated]
    if kind == "noted" and "approved" in asked and postponed:
        kind, support = "postponed", postponed  # noted what was told, put off what was to be approved
    if kind == "decided" and asked[:1] == ("discussed",) and all(h.family != "a decision" for h in support):
        kind = "discussed"  # "Konklusionen er, at administrationen arbejder videre …" closes a discussion
        support = discussed + support
    if kind == "postponed" and asked[:1] == ("discussed",) and not any(
            _ITEM_PUT_OFF.search(h.sentence.text) for h in support):
        kind = "discussed"  # "Det vil jeg gerne have, at vi kigger på igen" of one proposal in a discussion
        support = discussed + support
    if (kind == "rejected" and asked[:1] == ("discussed",) and discussed and support
            and discussed[-1].sentence.start > support[-1].sentence.start
            and discussed[-1].sentence.speaker != support[-1].sentence.speaker):
        kind = "discussed"  # "Forslag tre kan jeg ikke støtte." … "Så har vi drøftet dem.": a view, then the close
        support = discussed + support
    if kind == "noted" and asked[:1] == ("discussed",) and not any(
            re.search(r"efterretning|orientering", h.sentence.text, re.IGNORECASE) for h in support):
        kind = "discussed"  # "Det er noteret" on a point made in a discussion item
        support = discussed or support
    if kind == "approved" and asked == ("discussed",):
        # "Så godkender vi rammen, og styregruppen …" closes a theme discussion; seed 001 writes it
        # "Chefforum drøftede rammen for programmet, som Chefforum godkendte, at …"
        kind = "discussed"
        support = discussed + support
    if kind == "rejected" and asked == ("discussed",) and (all(h.family in ("", CLOSING) for h in support) or all(
            _ONE_PROPOSAL.search(h.sentence.text) for h in support)):
        kind = "discussed"  # "Så giver vi administrationen det med, at … ikke skal røres": a view passed on
        support = discussed + support
    if kind == "approved" and asked[:1] == ("recommended",):
        kind = "recommended"  # "Vi bakker op om udmøntningen." on "at udvalget anbefaler …": the forum recommends
    granted = any(_GRANTS.search(normalize(h.sentence.text)) for h in support)
    if kind == "approved" and asked[:1] == ("rejected",) and not granted:
        kind = "rejected"  # "Vi følger forvaltningen" on "at forslaget ikke imødekommes"
    last = support[-1].sentence.text if support else ""
    if (kind == "rejected" and asked[:1] == ("rejected",) and all(h.kind in ("assent", "discussed") for h in support)
            and _GRANTS.search(normalize(last)) and not re.search(r"\bikke\b", last, re.IGNORECASE)):
        kind = "approved"  # "Så giver vi dispensationen for en prøveperiode" on "at ansøgningen afslås"
    if kind == "rejected" and asked[:1] == ("rejected",) and _AGAINST_THE_ADVICE.search(normalize(last)):
        kind = "approved"  # "Vi går imod forvaltningen og siger ja." on "at forslaget ikke imødekommes"
    return kind, support


def proposal_refused_beside(hits: list[Hit], item: AgendaItem) -> list[Hit]:
    """A refusal of a member's proposal, said with or just after an approval by the same speaker, is no
    refusal of the item (on an item that is no proposal itself, "Forslag fra Enhedslisten om …")."""
    indstilling = item.section("Indstilling")
    if re.search(r"forslag", f"{item.title} {indstilling.text if indstilling else ''}", re.IGNORECASE):
        return hits
    approvals = [h.sentence for h in hits if h.kind == "approved" and h.stated]

    def beside_approval(said: Sentence) -> bool:
        refused = PROPOSAL_REFUSED.search(said.text)
        return refused is not None and (
            _APPROVES.search(said.text[:refused.start()]) is not None  # "Vi godkender …, og forslaget afviser vi."
            or any(a.speaker == said.speaker and 0 < said.start - a.start < 30 for a in approvals))

    return [Hit("assent", 0.3, h.sentence) if h.kind == "rejected" and beside_approval(h.sentence) else h for h in hits]


_APPROVES = re.compile(r"\b(?:godkend\w*|vedta\w*|tiltræd\w*)\b(?! ikke\b)", re.IGNORECASE)
