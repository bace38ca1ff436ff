"""Which clause of a decision sentence says what was decided. Pure.

"Så dropper vi jobmessen og indfører fælles onboarding" drops a part, not the case; "Vi godkender
taksterne, og SF's ønske tager vi med i budgetforhandlingerne" approves first and only puts another
thing off; "Så går vi videre, og skolerne tager vi stilling til senere" is read in its first clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from referat.minutes.approval_later import WHEN_AT_A_LATER_MEETING
from referat.minutes.held_off import numbered_points, point_lines
from referat.minutes.phrases import FAMILIES, Family
from referat.minutes.postponements import WHEN_COME
from referat.minutes.remark_words import REMARK
from referat.minutes.sentences import Sentence, normalize
from referat.minutes.stems import indefinite

APPROVAL = next(f for f in FAMILIES if f.name == "an approval")
PARTLY = next(f for f in FAMILIES if f.kind == "partly_approved")
_POSTPONEMENTS = tuple(f for f in FAMILIES if f.kind == "postponed")


def first_clause(norm: str) -> str:
    return re.split(r",? og ", norm)[0]  # "Så går vi videre, og skolerne tager vi stilling til senere" approves


# The part left out of an approval, with its own relative clause: "… på nær den om fælles indkøb, som vi afviser",
# "… uden afsnittet om Viby, som vi tager op igen".
_LEFT_OUT = re.compile(r"\b(?:på nær|undtagen|bortset fra|uden) [^.!?]*?,? (?:som|der) ")


def said_of_part_left_out(norm: str, family: Family) -> bool:
    """A refusal or postponement said only in the relative clause of the part an approval leaves out: the
    approval stands, and the part left out is its remark."""
    saved = _LEFT_OUT.search(norm)
    return saved is not None and APPROVAL.pattern.search(norm[:saved.start()]) is not None \
        and not family.pattern.search(norm[:saved.start()])


def detail_refused(norm: str, sentences: Sequence[Sentence], k: int, indstilling: str,
                   refusal: Family) -> Family | None:
    """The family ``sentences[k]`` (read as ``norm``) says when one detail of the proposal is refused and the rest
    accepted: in the speaker's next sentence, none ("Jeg kan ikke godkende, at rengøringen bliver hver tredje uge.
    Resten er fint.": a change asked for, which the remark rules read); in the same sentence, an approval
    ("Nattevagterne kan vi ikke godkende, men resten er fint."; on a numbered Indstilling the thing is a point, and
    it stays the refusal that the rules for points make a partial approval); otherwise ``refusal``."""
    if said_not_to_be(norm):
        return None  # "Vi siger ikke nej til den.", "Den afviser vi ikke."
    if rest_fine_beside(norm):
        return APPROVAL if len(numbered_points(indstilling)) < 2 else refusal
    if not _DETAIL_REFUSED.search(norm) or k + 1 >= len(sentences):
        return refusal
    after = sentences[k + 1]
    return None if after.speaker == sentences[k].speaker and _REST_FINE.match(normalize(after.text)) else refusal


# "kan ikke godkende / støtte / acceptere, at …": a clause of the proposal, not the proposal (also a thing named first:
# "Nattevagterne kan vi ikke godkende")
_THING_REFUSED = (r"^(?!(?:den|det|dem|de|sagen|forslaget|indstillingen|jeg|vi|så|men|og)\b)"
                  r"(?P<thing>(?:\w+ ){0,2}\w+) kan (?:vi|jeg) ikke (?:godkende|vedtage|støtte|acceptere)\b")
_DETAIL_REFUSED = re.compile(r"\bkan (?:vi |jeg )?ikke (?:godkende|støtte|acceptere|gå med til),? at\b|"
                             + _THING_REFUSED)
# The rest accepted: in the next sentence ("Resten er fint.") or after "men" in the same one.
# (also the verb left out: "…, resten kan vi.")
_REST_ACCEPTED = (r"resten (?:er (?:fint|fin|godt|i orden|godkendt)|kan (?:jeg|vi) (?:godt )?"
                  r"(?:godkende|støtte|leve med)|kan (?:jeg|vi)(?: godt)?(?=[.!]?$))\b")
_REST_FINE_AFTER = re.compile(r",? (?:men )?" + _REST_ACCEPTED)
_REST_FINE = re.compile(r"^(?:men )?" + _REST_ACCEPTED)


def rest_fine_beside(norm: str) -> bool:
    """One detail refused and the rest accepted in one sentence: "Nattevagterne kan vi ikke godkende, men resten er
    fint." (a change, not a refusal)."""
    rest_here = _REST_FINE_AFTER.search(norm)
    return rest_here is not None and _DETAIL_REFUSED.search(norm[:rest_here.start()]) is not None


def thing_refused_beside(norm: str) -> str | None:
    """The thing named first in "Nattevagterne kan vi ikke godkende, men resten er fint." ("nattevagterne"), the
    exception to the approval; None when the sentence is not that."""
    rest_here = _REST_FINE_AFTER.search(norm)
    refused = re.match(_THING_REFUSED, norm[:rest_here.start()]) if rest_here is not None else None
    return refused["thing"] if refused is not None else None


def part_dropped(norm: str, refusal: Family, indstilling: str = "", said_before: str = "") -> bool:
    """A refusal said only as "dropper vi X" (also "aflyser", "fjerner", "stryger", "sletter") with another act
    after it, or with X a thing the Indstilling does not name and the discussion (``said_before``) raised: X is a
    part, not the case ("Så dropper vi jobmessen og indfører fælles onboarding", "Julimødet ligger i ferien." …
    "Så dropper vi julimødet." on "at mødeplanen godkendes"; not "Så dropper vi datatrækket." on "… yderligere
    datatræk", nor when nobody named it before, nor the case by its pronoun: "Så dropper vi den og fortsætter som
    nu")."""
    # (also the rest kept after it: "Så dropper vi julimødet, og ellers er planen godkendt.", "…, og resten (af
    # planen) står")
    # (a numbered part by its order: "Vi dropper den fjerde, og resten er fint.")
    dropped = re.search(r"\b(?:dropper|aflyser|fjerner|stryger|sletter|sparer) (?:vi )?"
                        r"(?!(?:vi|den|det|dem|sagen|forslaget|indstillingen)\b(?! "
                        + _ORDINAL + r"))"
                        r"(?P<thing>(?:den |det )?[\w-]+)"
                        r"(?P<then>\s+og\s+(?:så\s+)?\w+er\b|,?\s+og\s+(?:ellers|i øvrigt|resten)\b"
                        r"|,?\s+og\s+(?:så\s+)?(?:er|bliver)\s+(?:\w+\s+){0,2}(?:godkendt|vedtaget)\b)?", norm)
    if dropped is None or refusal.pattern.search(norm[:dropped.start()] + norm[dropped.end():]):
        return False
    if dropped["then"] is not None:
        return True
    # a thing of its own, in the definite form, that the Indstilling does not name, and no word for any case
    # ("Så dropper vi projektet.", "… AI-projektet", "… idéen" refuse)
    # (named also as the last part of a compound: "bevillingen" of "anlægsbevilling")
    thing = dropped["thing"]
    words = re.findall(r"\w{3,}", indstilling.casefold())
    stem = indefinite(thing.casefold())
    named = {word[:3] for word in words} | ({thing[:3]} if len(stem) >= 4 and any(stem in w for w in words) else set())
    return (bool(indstilling) and re.fullmatch(r"\w{4,}(?:en|et|ne|erne)", thing) is not None
            and thing[:3] not in named and _ANY_CASE.search(thing) is None and thing[:5] in said_before.casefold())


def drops_a_part(norm: str, indstilling: str, said_before: str) -> bool:
    """"Så aflyser vi julimødet." on "at mødeplanen godkendes", the discussion having raised it: the approval's
    change (``part_dropped`` read against the refusals)."""
    return part_dropped(norm, _REFUSAL, indstilling, said_before)


_REFUSAL = next(f for f in FAMILIES if f.name == "a refusal")
_ORDINAL = r"(?:første|anden|andet|tredje|fjerde|femte|sjette|sidste)\b"
# Words for any case: "projektet", "ordningen", "idéen", "forsøget" …
_ANY_CASE = re.compile(r"projekt|ordning|plan|forslag|id[eé]|sag|initiativ|tiltag|forsøg|indsats|aftale|ansøgning"
                       r"|pulje|model|løsning|strategi|politik|hele")


_FINAL_LATER = re.compile(r"\b(?:den )?endelige? (?:beslutning|godkendelse|vedtagelse)\w*")


def approved_first(norm: str) -> bool:
    """The sentence approves first, and only a later clause ("…, og …") or its remark ("Godkendt, med den
    tilføjelse, at formålsbeskrivelsen kommer tilbage til godkendelse") puts something off."""
    remark = REMARK.search(norm)
    first, joint, _ = norm.partition(", og ")
    if remark is not None and remark.start() > 0 and (not joint or remark.start() < len(first)):
        first, joint = norm[:remark.start()], remark["phrase"]
    # (not the approval itself only after the condition: "Vi godkender den først, når …"; nor when something has
    # come: "Så godkender vi den, når tallene er her.")
    # (nor when the later clause keeps the decision itself for later: "…, men først skal MED høres", "…, men den
    # endelige beslutning træffes, når …")
    # (nor "…, men ikke før budgettet", nor the approval itself taken later: "Vi tager godkendelsen, når …",
    # "Godkendelsen tager vi, når …"; nor the act only when something is seen at a later meeting: "…, når vi har set
    # de nye mål på næste møde")
    if re.search(r",?\s*men (?:først|ikke før)\b|\btager (?:vi )?(?:godkendelsen|beslutningen)\b"
                 r"|\b(?:godkendelsen|beslutningen) tager vi\b"
                 r"|" + WHEN_AT_A_LATER_MEETING, norm) or \
            _FINAL_LATER.search(norm):
        return False
    return (bool(joint) and re.search(WHEN_COME, norm) is None and APPROVAL.pattern.search(first) is not None
            and re.search(r"\bikke\b", first) is None
            and not any(f.pattern.search(first) for f in _POSTPONEMENTS) and re.search(r"\bførst,?\s*$", first) is None)


def shifted_then_approved(norm: str) -> bool:
    """A date in the case moved by a stretch of time, then the case approved: "Så skubber vi det en uge, og årshjulet
    er godkendt." (not the rest approved, "…, og resten er godkendt", which leaves a part out)."""
    shifted = _SHIFTED.search(norm)
    return shifted is not None and APPROVAL.pattern.search(norm[shifted.end():]) is not None


_SHIFTED = re.compile(r"\b(?:skubber|rykker|flytter) (?:vi )?(?:det|den|dem|\w+(?:en|et|ne|erne)) (?:\w+ )?"
                      r"(?:en|et|to|tre|fire|\d+) (?:uge|dag|måned)\w*(?: frem| tilbage)?,? og (?:så )?(?!resten\b)")
# "…, og forløbet tager vi stilling til efter sommerferien": a thing kept for later after an approval
_FOR_LATER = re.compile(r",? (?:og|men|mens) (?P<thing>\w{3,}(?:en|et|ne|erne))"
                        r" (?:tager vi stilling til|venter vi med)\b")


def some_points_only(norm: str, indstilling: str) -> bool:
    """An approval of only some of the points: "De fem andre godkender jeg." (after one was left to wait), or
    one whose later clause keeps one point of a numbered Indstilling for later ("Så godkender vi
    retningslinjerne, og forløbet tager vi stilling til efter sommerferien" on "3) at … AI-Awarenessforløb
    godkendes"); not a thing the Indstilling does not name ("…, og skolerne tager vi stilling til senere")."""
    if _OTHERS_APPROVED.search(norm):
        return True
    later = _FOR_LATER.search(norm)
    if later is None or APPROVAL.pattern.search(norm[:later.start()]) is None:
        return False
    points = point_lines(indstilling)
    return len(points) >= 2 and any(later["thing"][:5] in point for point in points)


# The other points approved, so not all: "De fem andre godkender jeg.", "Så godkender vi de øvrige."
_OTHERS_APPROVED = re.compile(r"^(?:så )?de (?:\w+ )?(?:andre|øvrige)(?: (?:to|tre|fire|fem|seks))?"
                              r" (?:godkender|vedtager) (?:vi|jeg)\b"
                              r"|^(?:så )?de (?:\w+ )?(?:andre|øvrige)(?: \w+)? er (?:godkendt|vedtaget)\b"
                              r"|\b(?:godkender|vedtager|tager) (?:vi|jeg) de (?:\w+ )?(?:andre|øvrige)\b")
# Waiting to see how things turn out: "Så må vi vente og se", "Vi venter og ser, hvad KL siger".
# (also awaiting what was told to come: "Vi får de endelige tal i juli." "Så venter vi på det.")
_WAIT_AND_SEE = re.compile(r"\bvent(?:e|er) (?:vi )?og se(?:r)?\b"
                           r"|^(?:så )?(?:venter vi|vi venter) (?:bare )?på (?:det|dem|den|tallene|svaret|udmeldingen"
                           r"|resultatet)[.!]?$"
                           # "Så venter vi spændt på budgetstyregruppens næste møde.", "Vi ser frem til at høre mere."
                           r"|\bvente[rs]? (?:vi )?spændt(?: på\b|(?=[.!]?$))|\bser (?:vi )?frem til\b"
                           # "Så venter vi på næste status.", "Så må vi vente på tallene.", "Godt, så afventer vi.",
                           # "Så må vi se tiden an."
                           r"|^(?:\w+,? )?(?:så )?(?:venter vi|vi venter|må vi vente) på (?:næste|den næste|en ny)"
                           r" (?:status|opdatering|orientering)[.!]?$"
                           r"|^(?:\w+,? )?(?:så )?må vi vente på (?:det|dem|tallene)[.!]?$"
                           # more news awaited: "Så venter vi på næste måneds tal.", "Vi afventer handleplanerne fra
                           # centrene."
                           r"|^(?:\w+,? )?(?:så )?(?:venter vi|vi venter|må vi vente|afventer vi|vi afventer) (?:på )?"
                           r"(?:næste \w+ )?(?:\w*tal(?:lene)?|\w*handleplan\w*|\w*svar(?:et|ene)?|\w*resultat\w*"
                           r"|\w*opgørelse\w*)(?: fra [\w ]+)?[.!]?$"
                           r"|^(?:\w+,? )?(?:så )?afventer vi[.!]?$|\bse tiden an\b"
                           # news asked for next time: "Så beder vi om en opdatering næste gang."
                           r"|^(?:\w+,? )?(?:så )?beder vi om (?:en (?:ny )?)?(?:opdatering|status|orientering)\b")


# The news taken for now after a look ahead: "Vi kigger på det igen i august, men i dag er det til orientering."
# (also the news taken first, then a look ahead: "Det tager vi til efterretning, og så ser vi på det igen.")
_NOTED_FOR_NOW = re.compile(r",? men (?:i dag|for nu|indtil videre|nu) (?:er det|tager vi (?:den|det))"
                            r" til (?:orientering|efterretning)\b"
                            r"|^[^,]*\btil (?:efterretning|orientering)\b[^,]*, og\b")


# The talk taken up again later: "Vi tager den op igen på næste møde.", "Vi drøfter det videre i oktober."
# (not the item put off before it was talked about: "Vi udsætter punktet.", "Vi når det ikke i dag.")
# (also a topic of the talk taken at a later meeting: "Godt, så tager vi rekruttering på næste møde.")
_AGAIN_LATER = re.compile(r"\b(?:igen|videre|vender (?:vi )?tilbage)\b"
                          r"|\btager vi (?!(?:den|det|dem|sagen|punktet)\b)\w+ (?:på|til|i|efter)\b")
# On an orientation, the news looked at again at a later time, which puts no decision off: "Vi ser på tallene igen i
# maj.", "Jeg vil gerne have, at vi kigger på det igen til sommer." (not the case itself: "Vi ser på sagen igen"; nor
# waiting for something: "Så kigger vi på planen igen, når tallene er der.", "…, og så ser vi på den igen.")
_LOOKED_AT_AGAIN = re.compile(r"\b(?:ser|kigger|se|kigge) (?:vi )?på (?!(?:sagen|punktet)\b)(?:\w+ ){0,3}?igen"
                              r" (?:i|til|om|på|næste)\b")
_NOT_TAKEN = re.compile(r"\b(?:udsæt\w*|udskyd\w*|træk\w*|ikke|nåede|når)\b")
_ONLY_DISCUSSED = re.compile(r"drøft", re.IGNORECASE)
_DECIDES = re.compile(r"godkend|vedta|beslut|anbefal|efterretning|orientering", re.IGNORECASE)


# A no or a not-yet said not to be: "Vi siger ikke nej til den.", "Den kan vi ikke afvise.", "Det er ikke noget, vi skal
# vente med.", "Vi udsætter den ikke.", "Der er ingen grund til at vente." (not past "men": "… ikke i dag, men vi
# venter på …", nor past a time: "Vi godkender den ikke i dag, vi venter på tallene.")
_NO_NO = re.compile(r"\bikke(?!\s+(?:i dag|nu|endnu),)(?:,?\s+(?!men\b|og\b|så\b)\w+){0,3}?,?\s+"
                    r"(?:nej|afvis\w*|vent\w*|udsæt\w*|udskyd\w*)\b"
                    r"|\b(?:udsætter|afviser|venter med)\s+(?:vi\s+)?(?:den|det|dem|sagen)\s+ikke\b"
                    r"|\b(?:den|det|dem|sagen)\s+(?:udsætter|afviser|venter)\s+vi\s+ikke\b"
                    r"|\b(?:behøver (?:\w+ )?ikke|ingen grund til at) (?:vente|udsætte|afvise|sige nej)\b")


def said_not_to_be(norm: str) -> bool:
    """The sentence says its no or not-yet is not so, and has no other ("Vi udsætter den ikke."); not asked the
    Danish way, which proposes it ("Kan vi ikke vente med den?")."""
    said = _NO_NO.search(norm)
    if said is None or re.match(r"(?:men |og )?(?:kan|kunne|skal|burde) vi ikke\b", norm):
        return False
    rest = f"{norm[:said.start()]} {norm[said.end():]}"
    return not any(f.kind in ("rejected", "postponed") and f.pattern.search(rest) for f in FAMILIES)


def nothing_put_off(norm: str, orientation: bool, indstilling: str) -> bool:
    """On an item that only orients, waiting to see how things turn out puts nothing off: there is nothing
    to decide but to take the news to efterretning ("Det ved vi først til sommer." "Så må vi vente og se.");
    nor does a look ahead before the news is taken for now ("…, men i dag er det til orientering"), nor the news
    looked at again later ("Vi ser på tallene igen i maj."). On an item
    put up only for discussion, the talk taken up again later is how the discussion closes ("Vi tager den op
    igen på næste møde.")."""
    if said_not_to_be(norm):
        return True  # "Vi udsætter den ikke."
    if (_ONLY_DISCUSSED.search(indstilling) and not _DECIDES.search(indstilling)
            and _AGAIN_LATER.search(norm) and not _NOT_TAKEN.search(norm)):
        return True
    return orientation and (_NOTED_FOR_NOW.search(norm) is not None or _LOOKED_AT_AGAIN.search(norm) is not None
                            or _WAIT_AND_SEE.search(norm) is not None
                            and not any(f.pattern.search(_WAIT_AND_SEE.sub("", norm)) for f in _POSTPONEMENTS))


# The approved thing looked at again, said alone: "Så ser vi på det igen.", "Vi kigger på ordningen igen om et år."
_LOOK_AGAIN = re.compile(r"^(?:og )?(?:så )?(?:(?:ser|kigger) vi|vi (?:ser|kigger)) på (?:det|den|ordningen) igen"
                         r"(?: om (?:et|en|to|tre|seks|\w+) (?:år|måned|måneder))?[.!]?$")
# A thing said to come back: "…, og formålsbeskrivelsen kommer tilbage til Chefforum".
_COMES_BACK = re.compile(r"\b(?P<thing>\w{4,}(?:en|et|ne|erne)) kommer (?:på )?(?:igen|tilbage)\b")


def beside_the_approval(norm: str, family: str, indstilling: str) -> bool:
    """What comes back after the speaker's own approval is something new that the decision asked for, not the case:
    "Hver afdeling udpeger superbrugere, og formålsbeskrivelsen kommer tilbage til Chefforum" after "Indstillingerne
    er godkendt" (not "Sagen kommer tilbage", nor a thing the Indstilling names); or the approved thing looked at
    again: "Godkendt for en periode på seks måneder. Så ser vi på det igen." (``family`` is the postponement's)."""
    if family != "a return of the case":
        return _LOOK_AGAIN.match(norm) is not None
    back = _COMES_BACK.search(norm)
    return (back is not None and back["thing"] not in ("sagen", "punktet", "planen", "indstillingen", "forslaget")
            and back["thing"][:5] not in indstilling.casefold())


# What settles the sentence before, which stays its own: "Så aflyser vi det hele. Og det er hermed besluttet.", "Ja,
# det gør vi. Og så er den godkendt." (a yes to a member's demand, then the approval: a remark)
_SETTLES_WHAT_WAS_SAID = re.compile(r"^og (?:så )?(?:(?:det|den) er|er (?:det|den)) (?:hermed |dermed |nu )?"
                                    r"(?:enstemmigt )?(?:besluttet|vedtaget|godkendt)")


def goes_on(before: str, after: str) -> bool:
    """"Så godkender vi planen. Men kun for et år.": the second only qualifies the first, or the two say
    one partial decision ("… 1 til 3. Og 4 og 5 udsætter vi …"); not two decisions ("Det må vi tage med i
    budgetlægningen. Men for nu tager vi prognosen til orientering."). "Og …" goes on what it says ("Så gør vi det.
    Og standarden er godkendt." as "…, og standarden er godkendt"), but for a word that settles what was said."""
    said = normalize(after)
    return ((said.startswith("og ") and not _SETTLES_WHAT_WAS_SAID.match(said))
            or not any(f.pattern.search(said) for f in FAMILIES)
            or PARTLY.pattern.search(normalize(f"{before} {after}")) is not None)


# A decision on one matter named first: "Ift. store lederdag er det besluttet, at den fortsætter."
_ABOUT_ONE_MATTER = re.compile(r"^(?:ift\.?|i forhold til|hvad angår|angående|vedrørende|mht\.?) [^,]+?,? "
                               r"(?:er|blev) det (?:også )?besluttet\b")


def about_one_matter(norm: str) -> bool:
    """After an approval, a decision said about one matter named first is the approval's remark, as the seeds write
    it ("Direktionen godkendte sagens indstillinger … Ift. Store lederdag blev det besluttet, at …")."""
    return _ABOUT_ONE_MATTER.match(norm) is not None


def said_last(sentences: Sequence[Sentence], k: int) -> bool:
    """``sentences[k]`` is among the item's last two, or only a question about it and its answer follow ("Den hæves
    til 45 kroner." "Også for børn?" "Nej, børn er uændret.")."""
    after = sentences[k + 1:]
    return len(after) <= 1 or (len(after) == 2 and after[0].is_question and after[0].speaker != sentences[k].speaker
                               and after[1].speaker != after[0].speaker and not after[1].is_question)
