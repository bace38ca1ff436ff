"""A change to the proposal said without a remark word: taken into the text ("Det skriver vi ind"),
said first ("Så flytter vi seminaret til den 12." "Godt. Dermed er procesplanen godkendt."), asked
for by a member and granted, or another amount than the Indstilling's. Pure; docs/minutes.md lists
the forms.
"""

from __future__ import annotations

import re

from referat.minutes.answers import unopposed
from referat.minutes.clauses import drops_a_part
from referat.minutes.postponements import MONTH
from referat.minutes.quotes import Remark, as_clause, asked_before, quoted, said_by_another
from referat.minutes.remark_words import CHANGE_OPENING, CHANGE_SAID, CHANGE_VERBS, REORDER, UNHEDGED
from referat.minutes.requests import delivery_asked, put_off, request_granted, taken_in_before
from referat.minutes.sentences import Sentence, normalize, plainly, spoken_numbers
from referat.minutes.stems import indefinite
from referat.minutes.written_in import written_in
from referat.types import Section

# A change said in the sentence before the approval of the rest: "Vi flytter seminaret til uge 35.
# Ellers er procesplanen godkendt."
# "Resten af dagsordenen …", "Mødeplanen er ellers godkendt."
_OTHERWISE_ALONE = re.compile(r"^(?:og\s+)?(?:ellers|i øvrigt|resten af|resten (?=er|blev|godkendes|vedtages))\b"
                              r"|^\w+ (?:er|blev) ellers (?:\w+ )?"
                              r"(?:godkendt|vedtaget)\b"
                              # "Sådan godkender vi planen": approved as just said
                              r"|^(?:og\s+)?(?:sådan|på den måde)\s+(?:godkender|vedtager|siger|er|blev)\b"
                              # … or said last: "Vi godkender strukturen på den måde.", "Puljen øges, fordelt sådan."
                              r"|^.*?\b(?:godkend\w*|vedta\w*|\w{2,}es),?\s+(?:(?:\w+\s+){1,2})?(?:fordelt\s+)?"
                              r"(?:på den måde|sådan)[.!]?$"
                              # … or at the end: "Tilskuddet fordeles sådan."
                              r"|^(?:\w+\s+){0,2}\w{3,}es\s+(?:sådan|på den måde)[.!]?$",
                              re.IGNORECASE)
# A condition on the money: "HR løfter det inden for rammen", "… inden for det eksisterende budget".
_WITHIN_FRAME = re.compile(r"\binden for (?:den |det |en |egen |egne )?"
                           r"(?:nuværende |eksisterende |samme |fælles |\w+s )?(?:ramme|budget)\w*", re.IGNORECASE)
# A change of the agenda said before its approval: "Punkt 9 udgår, fordi …" then "Den er godkendt."
# ("Der er et punkt, der skal behandles for lukkede døre" describes the agenda as sent: no change.)
_AGENDA_CHANGE = re.compile(r"\b(?:udgår|ekstra punkt|nyt punkt|behandles (?:før|efter|som)|punkt \d+ udsættes"
                            # "Jeg vil gerne tilføje et punkt om sommerferieplanen under eventuelt."
                            r"|tilføje[rs]? (?:vi )?(?:et |to )?punkt(?:er)?)\b",
                            re.IGNORECASE)
# The chair's own change to what was just said, the object first: "Det rykker vi til uge 8."
_MOVED_BACK = re.compile(CHANGE_OPENING + r"(?:det|den|dem)\s+" + CHANGE_VERBS + r"\s+vi\b" + UNHEDGED, re.IGNORECASE)
# … and with the verb first, before any approval: "Så flytter vi det en uge. Mødeplanen er godkendt."
_MOVED_FIRST = re.compile(r"^(?:(?:godt|fint|ja|okay),?\s+)?så\s+" + CHANGE_VERBS + r"\s+vi\s+(?:det|den|dem)\b"
                          + UNHEDGED, re.IGNORECASE)
# … or said as what it becomes, the thing or its time: "Så bliver det ugen efter.", "Så bliver junimødet en uge
# senere." (not as it is: "Så bliver det sådan / som foreslået", nor a no: "Så bliver det ikke til noget")
_BECOMES = re.compile(r"^(?:(?:godt|fint|ja|okay|enig),?\s+)?så\s+(?:bliver\s+(?:det|den|de|\w+(?:et|en|ne))\s+"
                      r"(?:i stedet\s+)?(?!(?:sådan|som|godkendt|vedtaget|ikke|ved|til|hverken|frivillig\w*|hvor"
                      r"|et nej|et afslag|en god|et godt)\b)\w"
                      # (also laid at another time: "Så lægger vi det ugen efter.")
                      r"|lægger\s+vi\s+(?:det|den|dem)\s+(?:ugen|dagen|måneden|en uge|i uge)\b)", re.IGNORECASE)
# Kept as proposed: "Vi holder fast i to dage, som retningslinjerne siger."
_AS_PROPOSED = re.compile(r"\bsom (?:indstillet|foreslået|beskrevet|\w+ (?:siger|foreslår|lægger op til))\b"
                          r"|\bholder (?:vi )?(?:fast i|os til)\b", re.IGNORECASE)
# A vote counted is no figure of what was decided: "For 35, imod 6."
_VOTES = re.compile(r"\bimod\b|\bstem\w*|\b\d+ mod \d+\b", re.IGNORECASE)
# An approval with a thing said before: "Med det mål er strategien vedtaget" (not "Med det er …").
_POINTED = re.compile(r"^med (?:det|den|de|disse|denne) (?P<noun>\w{3,}) (?:er|blev) (?:\w+ )?(?:godkendt|vedtaget)\b"
                      # a word quoted: "Så er den godkendt med 'kan'."
                      r"|\b(?:godkend\w*|vedta\w*) med ['\"«»‘’“”](?P<end2>\w+)"
                      # … or at the end: "Taksterne godkendes med det loft."
                      r"|\b(?:godkend\w*|vedta\w*) med (?:det|den|disse|denne) (?P<end>(?!samme\b)\w{3,})[.!]?$",
                      re.IGNORECASE)
# "Med den er formuleringen godkendt": with the thing just said (not "Med det er …", which is "hermed").
# (also said last: "Så vedtager vi dem med det.")
_WITH_THAT_ONE = re.compile(r"^med den (?:er|blev) (?:\w+ )?(?:godkendt|vedtaget)\b"
                            r"|^.*?\b(?:godkend\w*|vedta\w*)\b(?: \w+){0,3} med (?:det|den)[.!]?$", re.IGNORECASE)
# A member's proposal for a change, put to the room by the chair: "Jeg foreslår, at prisen bliver 30 kroner."
_PROPOSES = re.compile(r"^jeg (?:vil )?foresl(?:år|å)\b", re.IGNORECASE)
# … and the chair's word that it is settled: "Så er det vedtaget.", "Det er besluttet."
_IT_IS_SETTLED = re.compile(r"^(?:(?:så|og|godt|fint),?\s+)?(?:(?:det|den|de) er|er (?:det|den|de))\s+(?:hermed\s+)?"
                            r"(?:godkendt|vedtaget|besluttet)[.!]?$", re.IGNORECASE)
# An approval that names nothing else: "Det er vedtaget.", "Så er den godkendt."
_FORMULA_ONLY = re.compile(r"^(?:(?:så|og|godt|fint),?\s+)?(?:det|den|de) er (?:hermed )?(?:godkendt|vedtaget)[.!]?$",
                           re.IGNORECASE)
_GOOD_POINT = re.compile(r"^(?:(?:ja|jo|fint|godt),?\s+)?(?:det er (?:en )?(?:god|fin|rigtig god) (?:pointe|idé|tanke"
                         r"|fordeling|løsning)|det lyder (?:rimeligt|fornuftigt|godt)"
                         r"|enig|helt enig|det har du ret i|det er rigtigt?)[.!]?$", re.IGNORECASE)
# The change said of what a member just named: "Ja, den fastfryser vi."
# (the object first, or passive, and no figure that the chair's own words would carry: "De får 100.000 ekstra.")
_ITS_CHANGE = re.compile(r"^(?:(?:ja|enig|godt|fint|okay),? )?(?:den|det|dem) (?:\w+ vi\b|\w+es\b)(?!.*\d)",
                         re.IGNORECASE)
_BARE_YES = re.compile(r"^(?:godt|fint|ja|okay|enig|det gør vi|så er vi enige)[.!]?$", re.IGNORECASE)
# The approver's bare thanks between a correction and the answer to it: "Tak." "Det retter Trine."
_THANKS = re.compile(r"^(?:tak|mange tak|godt set|godt fanget)[.!]?$", re.IGNORECASE)
# What a member said made the condition of the approval: "Det er en forudsætning for godkendelsen."
_CONDITION_OF = re.compile(r"^(?:(?:ja|jo|fint|godt),?\s+)?(?:det|den) (?:er|skal være|bliver) "
                           r"(?:selvfølgelig |naturligvis |også )?(?:en |et )?"
                           r"(?:forudsætning|betingelse|krav)(?:n|en|et)?\b", re.IGNORECASE)
# The change said as coming into the text: "Der kommer en undskyldning med."
_COMES_IN = re.compile(r"^(?:(?:ja|jo|fint|godt),?\s+)?(?:så\s+)?(?:der\s+)?kommer\s+(?:\w+\s+){1,4}(?:med|ind)[.!]?$",
                       re.IGNORECASE)


def _answered(sentences: list[Sentence], answer: int) -> Sentence | None:
    """The sentence that ``sentences[answer]`` answers: the one before it, past the answerer's bare thanks ("… Det
    var den 14." "Tak." "Det retter Trine.")."""
    if answer < 1:
        return None
    if answer >= 2 and _THANKS.match(sentences[answer - 1].text.strip()):
        return sentences[answer - 2]
    return sentences[answer - 1]


def said_as_fact(sentences: list[Sentence], at: int, approval: Sentence, before: Sentence | None,
                  own_before: Sentence | None, near: list[Sentence], echo: re.Pattern[str] | None,
                  indstilling: Section | None) -> Remark | None:
    """A change said without a remark word: taken in, said first, asked for, or another amount."""
    if (at >= 3 and _IT_IS_SETTLED.match(approval.text.strip()) and unopposed(sentences, at - 2)
            and sentences[at - 3].speaker != approval.speaker and _PROPOSES.match(sentences[at - 3].text.strip())):
        return quoted(sentences[at - 3])  # "Jeg foreslår tre dage." "Er der nogen imod? Nej. Så er det vedtaget."
    if before and written_in(approval, indstilling):
        return quoted(asked_before(sentences, at))  # "Det skriver vi ind, og så sender vi politikken i høring"
    asked = _answered(sentences, at - 1)
    if (own_before is not None and asked is not None and asked.speaker != approval.speaker
            and written_in(own_before, indstilling) and not put_off(asked, approval) and not delivery_asked(asked)):
        # "Det kommer med i høringsudgaven. Politikken kan sendes i høring." (past the chair's "Tak.")
        return quoted(asked)
    if (own_before is not None and at >= 3 and sentences[at - 2].speaker == approval.speaker
            and sentences[at - 3].speaker != approval.speaker and _GOOD_POINT.match(sentences[at - 2].text.strip())
            and written_in(own_before, indstilling)):
        return quoted(sentences[at - 3])  # "… skal være taget …" "Det er en god pointe. Det skriver vi ind. …"
    if (own_before is not None and at >= 2 and sentences[at - 2].speaker != approval.speaker
            and _CONDITION_OF.match(own_before.text.strip())):  # "Vi skal være sikre på, at …" "Det er en
        # forudsætning for godkendelsen. Så er skema C godkendt."
        return Remark("under den forudsætning,", f"der blev nævnt: »{sentences[at - 2].text.strip()}«",
                      sentences[at - 2])
    if own_before is not None and _COMES_IN.match(own_before.text.strip()):
        return quoted(own_before)  # "Der kommer en undskyldning med. Så er bemærkningerne godkendt."
    if own_before is not None and _MOVED_BACK.match(own_before.text.strip()):
        return quoted(own_before)  # "Det rykker vi til uge 8. Planen er god."
    if (own_before is not None and indstilling is not None
            and (echo is not None and echo.search(approval.text.casefold())
                 or _FORMULA_ONLY.match(approval.text.strip()))
            and _figure_besides(own_before.text, indstilling.text)
            and not _AS_PROPOSED.search(own_before.text) and not _VOTES.search(own_before.text)):
        return quoted(own_before)  # "Jeg hører, at vi er enige om 350 kroner. Så fastsætter vi den til det."
    proposer = sentences[at - 2] if own_before is not None and at >= 2 else before
    if (proposer is not None and proposer.speaker != approval.speaker and CHANGE_SAID.match(proposer.text.strip())
            and (own_before is None or _BARE_YES.match(own_before.text.strip()))):
        return quoted(proposer)  # "Så flytter vi seminaret til den 12." "Godt. Dermed er procesplanen godkendt."
    if before and (pointed := _POINTED.search(approval.text.strip())):
        stem = (pointed["noun"] or pointed["end"] or pointed["end2"]).casefold()[:4]
        named = next((s for s in reversed(sentences[max(0, at - 3):at]) if stem in s.text.casefold()),
                     said_by_another(sentences, at))
        return quoted(named)  # "Så lad os skrive et mål om … ind." … "Med det mål er strategien vedtaget."
    if before and _WITH_THAT_ONE.match(approval.text.strip()):
        return quoted(said_by_another(sentences, at))  # "… er frivillig." "Med den er formuleringen godkendt."
    if before and _OTHERWISE_ALONE.match(approval.text.strip()):
        if before.speaker == approval.speaker and written_in(before) and at >= 2:
            return quoted(asked_before(sentences, at - 1))  # "… jeg var der." "Tak, det retter vi. Ellers er …"
        if before.speaker == approval.speaker and at >= 2 and put_off(asked_before(sentences, at - 1), approval):
            return None  # "… et punkt om dyreskuet på næste gang." "Det sætter vi på. Ellers er dagsordenen godkendt."
        if before.speaker == approval.speaker and re.match(r"(?:nej|ingen)[.!]?$", before.text.strip(), re.I):
            return None  # "Er der bemærkninger? Nej. Så fordeles det sådan.": as proposed
        if before.speaker == approval.speaker and at >= 2 and (_BARE_YES.match(plainly(before.text))
                                                                or _GOOD_POINT.match(plainly(before.text))):
            # "Forløbet bør vente til budgettet." "Enig. Resten er godkendt."; past the room's assents: "Jeg vil
            # foreslå, at …" "Det kan jeg støtte." "Så er vi enige. Tilskuddet fordeles sådan."
            before = asked_before(sentences, at - 1)
        if re.match(r"jeg\b", before.text.strip(), re.IGNORECASE):
            return quoted(before)  # "Jeg vil foreslå, at …" as said
        if at >= 2 and before is sentences[at - 1] and _ITS_CHANGE.match(plainly(before.text)):
            return quoted(asked_before(sentences, at - 1))  # "Ja, den fastfryser vi. Resten vedtages.": what was asked
        return Remark("med den ændring", f"at {as_clause(before.text.strip().rstrip('.!? '))}", before)
    if (granted := request_granted(sentences, at, indstilling)) is not None:
        return quoted(granted)  # "Jeg savner turismen." … "Turismen får et afsnit. Strategien er godkendt."
    if (taken := taken_in_before(sentences, at, indstilling)) is not None:
        return quoted(taken)  # "Kunne vi ikke have …?" "Jo, superbrugere. Det tager vi med. Så er … godkendt."
    changed = next((s for s in reversed(sentences[max(0, at - 2):at])
                    if s.speaker == approval.speaker and _AGENDA_CHANGE.search(s.text)
                    and not put_off(s, approval)), None)
    if changed is not None:
        return quoted(changed)
    reordered = next((s for s in near if REORDER.search(s.text)), None)
    if reordered is not None:  # "Vi tager punkt syv før punkt fire": the agenda changed
        return quoted(reordered)
    framed = next((s for s in sentences[at:at + 2] if s.speaker == approval.speaker and _WITHIN_FRAME.search(s.text)),
                  None)
    if framed is not None:  # "Det prøver vi. HR løfter det inden for rammen …"
        return Remark("med den bemærkning,", f"at {as_clause(framed.text.strip().rstrip('.!? '))}", framed)
    if (re.search(r"\bi stedet\b", approval.text, re.IGNORECASE) or _other_numbers(approval.text, echo, indstilling)
            or _amount_instead(approval.text, indstilling) or _moved_to_other(approval.text, indstilling)
            or _amount_added(approval.text, indstilling) or _other_than_presented(sentences, at, indstilling)
            or _other_month(approval.text, echo, indstilling) or _for_some(approval.text, echo, indstilling)
            or drops_a_part(normalize(approval.text), indstilling.text if indstilling else "",
                            " ".join(s.text for s in sentences[:at]))):
        return quoted(approval)  # "Så holder vi lukket i uge 29 til 31 i stedet"; another price than proposed; a
        # part dropped ("Så aflyser vi julimødet.")
    if own_before is not None and _MOVED_FIRST.match(own_before.text.strip()):
        return Remark("med den ændring", f"at {as_clause(own_before.text.strip().rstrip('.!? '))}", own_before)
    if (own_before is not None and at >= 2 and sentences[at - 2].speaker != approval.speaker
            and _BECOMES.match(own_before.text.strip()) and not _AS_PROPOSED.search(own_before.text)):
        return quoted(own_before)  # "Junimødet ligger i pinsen." "Så bliver det ugen efter. Planen er godkendt."
    after = sentences[at + 1] if at + 1 == len(sentences) - 1 else None
    if (after is not None and after.speaker == approval.speaker and indstilling is not None
            and _other_amount_only(after.text, indstilling.text)):
        return quoted(after)  # "Så gør vi det. 60.000 uden middag." on "budgettet på 80.000 kr.": the last word
    return None


def _other_numbers(text: str, echo: re.Pattern[str] | None, indstilling: Section | None) -> bool:
    """Doing what the Indstilling proposes with other numbers: "til 350 kroner" for "til 400 kr.", or
    "Så hæver vi budgettet til hundrede tusind" for "budgettet på 80.000 kr."."""
    if indstilling is None or _VOTES.search(text):
        return False  # (a vote counted is no other figure: "Planen er vedtaget med tre stemmer mod to.")
    norm = text.casefold()
    # (a word shared also as the last part of the Indstilling's compound: "garantien" of "underskudsgaranti")
    proposed_words = _words(indstilling.text)
    shared = {word for word in _words(norm) if word in proposed_words or any(
        len(stem := indefinite(word)) >= 5 and other.endswith(stem)
        for other in proposed_words)}
    # (the chair's own act counting what the Indstilling counts: "Så holder vi den fire gange om året" on "to
    # gange årligt"; not "alle fem anbefalinger" on its numbered points)
    if not ((echo is not None and echo.search(norm))
            or (shared and re.search(r"\b(?:til|på|bliver|er) \w", norm))
            or (re.match(r"så \w+er vi\b", norm) and _counted(norm) & _counted(indstilling.text.casefold()))
            # "Så bliver det 350.", "Så er vi nået frem til 350 kroner" on "til 400 kr."
            or re.match(r"(?:så )?(?:bliver det|er vi (?:nået frem til|landet på|enige om)) \w", norm)):
        return False
    # "i de fire uger" counts what the Indstilling set ("uge 28-31"), it sets no other figure
    said = spoken_numbers(re.sub(r"\b(?:et|en|én) (?=(?:år|måned|uge|dag|gang)\b)", "1 ",  # "med et år" is one year
                                 re.sub(r"\bde \w+ (?=uger|dage|måneder)", "", text)))
    # (not the numbers of its points, "1. at der afholdes … to gange årligt", where it names figures of its own)
    proposed = spoken_numbers(re.sub(r"(?m)^\s*\d+[.)]", "", indstilling.text)) or spoken_numbers(indstilling.text)
    return bool(said and proposed and not said <= proposed)


def _amount_instead(text: str, indstilling: Section | None) -> bool:
    """The chair's act with another amount than the Indstilling's: "Så giver vi 300.000 kroner." on "at
    ansøgningen imødekommes med 250.000 kr."."""
    return (indstilling is not None and _ACT_WITH_AMOUNT.match(text.strip()) is not None
            and _other_amount_only(text, indstilling.text))


# "Så giver vi 300.000 kroner.", "Så får de 25.000 kroner.", "Vi godkender en timepris på 350 kroner."
_ACT_WITH_AMOUNT = re.compile(r"^(?!.*\bikke\b)(?:(?:godt|fint|ja),?\s+)?(?:så\s+(?:\w+er\s+vi"
                              r"|får\s+(?:de|han|hun|\w+(?:en|et|ne|erne)))|vi\s+(?:kan\s+)?(?:\w+er|går|gå))"
                              r"\s+(?:[\w-]+\s+){0,3}(?:[\d.,]+\s*(?:kroner|kr\.?|millioner|mio\.?)|\d+\.\d{3}\b)",
                              re.IGNORECASE)


def _moved_to_other(text: str, indstilling: Section | None) -> bool:
    """The chair moving something to another date than the Indstilling's: "Så rykker vi fristen til 1.
    november." on "… inden 1. oktober"."""
    moved = _MOVED.match(text.strip())
    if moved is None or indstilling is None:
        return False
    return not set(re.findall(r"\w+", moved["to"].casefold())) <= set(re.findall(r"\w+", indstilling.text.casefold()))


_MOVED = re.compile(r"^(?:(?:godt|fint|ja),?\s+)?så\s+(?:rykker|flytter|ændrer)\s+vi\s+(?:\w+\s+){1,3}?til\s+"
                    r"(?P<to>(?:[^.!?]|(?<=\d)\.(?= \w))+)", re.IGNORECASE)  # (the full stop of "1. november" inside)


def _other_month(text: str, echo: re.Pattern[str] | None, indstilling: Section | None) -> bool:
    """Doing what the Indstilling proposes in another month than its date: "Caféerne åbner i august" on "at
    caféerne genåbnes 15. juni", also in a later clause: "Så starter udendørsaktiviteterne 15. juni, og caféerne
    åbner i august" (the month said in the clause of the Indstilling's verb)."""
    if echo is None or indstilling is None:
        return False
    proposed = set(_MONTHS.findall(indstilling.text.casefold()))
    for clause in re.split(r",? (?:og|men) ", text.casefold()):
        done = echo.search(clause)
        said = set(_MONTHS.findall(re.split(r"[,.!?]", clause[done.start():])[0])) if done is not None else set()
        if proposed and said - proposed:
            return True
    return False


_MONTHS = re.compile(r"\b" + MONTH + r"\b")


def _for_some(text: str, echo: re.Pattern[str] | None, indstilling: Section | None) -> bool:
    """The Indstilling's act done for some only: "Så indfører vi mødefri fredag for interne møder" on "at der
    indføres mødefri fredag" (what "for" names is not in the Indstilling)."""
    if echo is None or indstilling is None or (done := echo.search(text.casefold())) is None:
        return False
    scope = _FOR_SOME.search(text.casefold(), done.end())
    return scope is not None and not _words(scope[0]) & _words(indstilling.text)


# "for interne møder", "for de små klubber": a thing with what sets it apart (not "for voksne" or "for december", said
# of the whole; not "for at …", "for alle", "for det", a sum: "for 2 mio.").
_FOR_SOME = re.compile(r"\bfor (?!at\b|alle\b|det\b|den\b|dem\b|os\b|\d)\w+ (?:\w+ )?\w{4,}")


def _counted(text: str) -> set[str]:
    """What a number counts in ``text``: "fire gange" → {"gang"} (not "1. anbefalinger", a numbered point; "én gang"
    counts what "to gange" counts)."""
    counted = set(re.findall(r"\b(?:to|tre|fire|fem|seks|syv|otte|ni|ti|\d+)\s+([a-zæøå]{3,})", text))
    counted |= set(re.findall(r"\b(?:én|en)\s+(gang)\b", text))
    return {"gang" if word == "gange" else word for word in counted}


def _figure_besides(text: str, proposal: str) -> bool:
    """``text`` names an amount of ten or more that the Indstilling, which names one, does not: "350 kroner"
    on "400 kr."."""
    proposed = spoken_numbers(proposal)
    return bool(proposed) and any(n >= 10 for n in spoken_numbers(text) - proposed)


def _other_amount_only(text: str, proposal: str) -> bool:
    """Another amount than the Indstilling's, and not the Indstilling's own beside it: "Så giver vi 300.000
    kroner." on "med 250.000 kr.", but not "250.000 kroner og 50.000 til drift"."""
    return _figure_besides(text, proposal) and not spoken_numbers(text) & spoken_numbers(proposal)


def _other_than_presented(sentences: list[Sentence], at: int, indstilling: Section | None) -> bool:
    """Another figure than the presentation's, where the Indstilling names none: "Så tager vi lejemålet
    på fem år" on "at lejemålet godkendes", presented as "Lejemålet … er på ti år"."""
    approval = sentences[at]
    if (indstilling is None or spoken_numbers(indstilling.text) or _AS_PROPOSED.search(approval.text)
            or _VOTES.search(approval.text)):  # a vote counted: "Lokalplanen er vedtaget med 20 mod 7."
        return False
    begins = next((i for i, s in enumerate(sentences[:at]) if s.speaker != approval.speaker), None)
    if begins is None:
        return False
    presented: set[float] = set()
    for sentence in sentences[begins:at]:  # the presenter's first turn
        if sentence.speaker != sentences[begins].speaker:
            break
        presented |= spoken_numbers(sentence.text)
    said = spoken_numbers(approval.text)
    discussion = " ".join(s.text for s in sentences[begins:at])
    about = _words(approval.text) & (_words(indstilling.text) | _words(discussion))
    # (or how often: "Så indfører vi det hvert kvartal." presented as "… en fælles introduktionsdag hver måned")
    often, presented_often = _how_often(approval.text), _how_often(" ".join(
        s.text for s in sentences[begins:at] if s.speaker == sentences[begins].speaker))
    discussed_often = _how_often(discussion)
    return bool((about and said and presented and not said <= presented)
                or (often and presented_often and not often & presented_often and (about or often <= discussed_often)))


# How often: "hver måned", "hvert kvartal", "om ugen", "ugentligt", "kvartalsvis".
_OFTEN = re.compile(r"\b(?:(?:hver|hvert|om) (dag|dagen|uge|ugen|måned|måneden|kvartal|kvartalet|år|året)"
                    r"|(dag|ugent|måned|kvartals|år)(?:lig|ligt|lige|vis))\b", re.IGNORECASE)
_UNIT = {"dagen": "dag", "ugen": "uge", "ugent": "uge", "måneden": "måned", "kvartalet": "kvartal",
         "kvartals": "kvartal", "året": "år"}


def _how_often(text: str) -> set[str]:
    """How often ``text`` says a thing is done: "hver måned" → {"måned"}, "kvartalsvis" → {"kvartal"}."""
    return {_UNIT.get(unit, unit) for m in _OFTEN.finditer(text.casefold()) for unit in [m[1] or m[2]]}


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w{5,}", text.casefold()))


def figure_said_after(own_after: Sentence | None, indstilling: Section | None) -> Remark | None:
    """The Indstilling's amount with another beside it, said by the approver right after a short approval:
    "Det tror jeg, der er opbakning til. Så bliver det 400 kroner og 200 for ungdomshold."."""
    return quoted(own_after) if own_after is not None and _amount_added(own_after.text, indstilling) else None


def _amount_added(text: str, indstilling: Section | None) -> bool:
    """The Indstilling's amount said with another beside it: "Så er prisen 400 kroner og 300 kroner for
    børnehold" or "…, og børnehold får halv pris" on "til 400 kr." (a year or a small count is no amount)."""
    if indstilling is None:
        return False
    said, proposed = spoken_numbers(text), spoken_numbers(indstilling.text)
    added = {n for n in said - proposed if n >= 10 and not (1900 <= n <= 2100 and n == int(n))}
    return bool(said & proposed and (added or _PRICE_BESIDE.search(text)))


# Another price said in words: "halv pris", "gratis", "rabat".
_PRICE_BESIDE = re.compile(r"\b(?:halv pris|halv takst|gratis|\w*rabat|nedsat (?:pris|takst))\b", re.IGNORECASE)
