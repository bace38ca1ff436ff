"""What a member asked for, and whether the chair took it up before approving. Pure.

"Jeg savner turismen." … "Turismen får et afsnit. Strategien er hermed godkendt.": the
chair's sentence repeats the request's words, so the approval was given with that change
(remarks.py quotes it). docs/minutes.md lists the forms.
"""

from __future__ import annotations

import re

from referat.minutes.granted import GRANTED
from referat.minutes.postponements import MONTH
from referat.minutes.quotes import turn_start
from referat.minutes.remark_words import AGREEING_FIRST
from referat.minutes.sentences import Sentence, spoken_numbers
from referat.minutes.task_words import BODIES, DOCUMENTS, GIVEN_ALONG, given_along
from referat.types import Section

# A wish for a later meeting, not a change of this one: "… et punkt om dyreskuet på næste gang."
_FOR_LATER = re.compile(r"\b(?:på|til) (?:næste (?:gang|møde)|et (?:senere|kommende) møde)\b", re.IGNORECASE)
# A point for this meeting's eventuelt: a change of the agenda only when the approval takes it in ("Så er
# dagsordenen godkendt med det ekstra punkt"), not "Det kan vi tage under eventuelt." "Så er vi enige."
_FOR_EVENTUELT = re.compile(r"\bunder (?:eventuelt|informationer|meddelelser|orienteringer)\b", re.IGNORECASE)
_WITH_IT = re.compile(r"\bmed (?:det|den|de) (?!samme\b)\w+", re.IGNORECASE)


def put_off(said: Sentence, approval: Sentence) -> bool:
    """``said`` puts something on a later meeting, or under eventuelt when the approval does not take it in."""
    return _FOR_LATER.search(said.text) is not None or (
        _FOR_EVENTUELT.search(said.text) is not None and _WITH_IT.search(approval.text) is None)


# What a member asks for: "Jeg savner turismen", "Kan vi holde et af dem i Thisted?", "Hvad med pårørende?"
_REQUEST = re.compile(r"^(?!hvorfor\b)(?!.*\bvel\b).*\?$"
                      r"|\b(?:jeg (?:savner|mangler|vil gerne(?! (?:rose|takke|sige tak|kvittere|anerkende)\b)|foreslår"
                      r"|vil foreslå)|vi mangler"
                      # an alternative, not the administration presenting ("Vi foreslår, at caféerne åbner …")
                      r"|vi foreslår i stedet|kan vi|skal vi"
                      # a gap pointed out: "Der står ikke noget om de selvorganiserede", "Jeg vil bare have, at …"
                      r"|der (?:står|er) ikke noget om|der mangler noget om|jeg vil (?:bare |godt |lige )?have"
                      r"|\w+ vil gerne have|\bvi skal (?:passe på|sikre|sørge for)\b|\bdet skal sikres\b"
                      r"|(?:^|, men )lad os\b|\bdet ville være (?:godt|fint|rart) med\b|\ber et must\b"
                      # a lack or a fault: "Badminton mangler en time.", "Ordet 'alvorlig' er for vagt."
                      r"|^\w+ mangler (?:en|et) \w+|\ber for (?:vag\w*|uklar\w*|svag\w*|kort|lang)\b"
                      # "Handicapidrætten er ikke nævnt.", "Datoen er forkert."
                      r"|^(?!(?:det|den|de|der)\b)\w+ er ikke (?:nævnt|med|beskrevet|omtalt)\b|\b(?:er|står) forkert\b"
                      # "Floorball har ingen tider om weekenden." (not "Vi har ingen bemærkninger.")
                      r"|^(?!(?:vi|jeg|det|den|de|der)\b)\w+ har ingen (?!bemærkning|kommentar|indvending|spørgsmål"
                      r"|problem)\w+"
                      # a demand on the thing itself: "Den skal nævne de selvorganiserede.", "Den skal også
                      # oversættes …"
                      r"|^(?:den|det|de) skal (?:også )?\w+e(?:s)?\b"
                      # a body's wish: "Badminton vil gerne spille senere"
                      r"|^(?!jeg\b|vi\b)\w+ vil gerne (?!sige|takke|høre|vide|spørge)\w+"
                      r"|der (?:står|er) for lidt om|fylder for lidt"
                      # a member's demand against the proposal: "Men IT skal rapportere til os to gange om året."
                      r"|(?:^|(?<=[.!,] ))(?:men|og) (?!(?:det|den|de|dem|vi|jeg|så)\b)\w+(?: \w+)? (?:skal|bør) "
                      r"(?!jo\b|nok\b)\w+"
                      r"|jeg synes,? (?:at )?vi skal have|så længe (?:vi|der)"
                      # support on a condition: "Hvis klima kommer på, er jeg tilfreds", "Kun hvis …"
                      r"|hvis|forudsat|såfremt|skal være|skal med"
                      r"|(?:jeg vil|vil jeg) (?:gerne )?bede om|jeg beder om|(?:jeg|vi) ønsker"
                      r"|vi kunne|hvad med|bør|burde"
                      # a yes with a condition: "Ja, men praktikanterne skal nævnes"
                      r"|^(?:ja|jo),? (?:men|bare|dog)"
                      # a demand: "Der skal være håndsprit ved indgangen", "Den skal også gælde vikarer"
                      r"|skal (?:ikke |også |kunne )?(?:have|være|gælde|bevare|stige|ligge|med|kunne))\b",
                      re.IGNORECASE)
# Words of five letters or more that say nothing of what was asked for.
_PLAIN_WORDS = {"meget", "bliver", "kommer", "gerne", "noget", "andre", "kunne", "måske", "stadig", "første", "sidste",
                "tager", "pengene",
                "nogle", "mange", "godkende", "godkendt", "næste", "kroner", "millioner", "procent", "hundrede",
                "tusind"}
_STARTING = re.compile(r"\bfra (?:den )?(?:\d+\.? )?" + MONTH + r"\b", re.IGNORECASE)
# Where the money comes from ("fra konsulentbudgettet", "fra den centrale pulje") changes nothing decided.
_FUNDING = re.compile(r"(?:budget|pulje|reserve|ramme)\w*$")


def _content(text: str, indstilling: str = "") -> set[str]:
    """Words that carry what was asked for: long words and numbers, less any the Indstilling has
    (also inside its compounds: "system" in "ledelsesinformationssystem", "garantien" in
    "underskudsgaranti")."""
    text = _STARTING.sub("", text)  # "fra 1. januar": when it starts, not what is decided
    words = {w.casefold() for w in re.findall(r"\w[\w-]{4,}|\d+", text)} - _PLAIN_WORDS
    words |= {f"{n:g}" for n in spoken_numbers(text)}  # "otte uger" and "8 uger" say the same
    proposed = indstilling.casefold()
    return {w for w in words if w[:5] not in proposed and not _FUNDING.search(w)}


# An answer that promises the change in words of its own: "Det er afsat i forslaget nu.", "Vi sætter fem procent
# ind som mål.", "Den får 50.000.", "Det bliver et krav.", "Det har Lejerbo lovet.", "Den har vi fået tilbudt." (not
# what is already there, planned or looked into: "Det står der allerede.", "Det er også planen.", "Det har vi aftalt.",
# "Det holder vi øje med.", "Det bliver de i stueetagen.")
_PROMISES = re.compile(r"^(?:(?:ja|jo|fint|godt),?\s+)?"
                       # (or the thing first: "Et mål på fire ud af fem sætter vi ind.")
                       r"(?=(?:det|den|de|dem|vi)\b|(?:en|et)\b[^.!?]*\b\w+er vi (?:ind|på|op|med)\b)"
                       r"(?!.*\b(?:ikke|nej|aldrig|allerede|altid|forvejen|som nu|samme|også|planen|aftalt|står"
                       # (what the thing already holds: "Den nye aftale har et krav på højst 45 minutter.")
                       r"|standard|har (?:et|en) krav"
                       r"|undersøger|overvejer|vurderer|drøfter|noterer|holder øje|ser på|kigger på|koster"
                       # (another process, or a delivery later: "Det tager vi med i budgetopfølgningen.", "Dem kommer
                       # vi med til efteråret.")
                       r"|tager vi med i|kommer vi med)\b)"
                       r"(?=.*\b(?:nu|vi \w+er|\w+er vi|\w+er dem|får|bliver (?:den|det|et krav|en del af|i \w+|muligt)"
                       # in the passive: "De tilbydes et kursus i efteråret."
                       r"|^(?:de|den|det) \w{3,}es"
                       r"|har (?:vi|\w+) (?:\w+ )?(?:lovet|forhandlet|fået|sagt ja|accepteret)|et krav)\b)"
                       # (the dot of "1. marts" and "5.000" inside)
                       r"(?:[^.!?]|(?<=\d)\.)*[.!]?$",
                       re.IGNORECASE)
_APPROVES = re.compile(r"\b(?:godkend\w*|vedta\w*|bevilg\w*|tiltræd\w*)\b", re.IGNORECASE)
# What is delivered to the meeting, not decided in it: "en status", "en plan", "tal for effekten".
DELIVERY = (r"(?:status|plan|redegørelse|orientering|opfølgning|evaluering|oversigt|forklaring|rapport|notat|oplæg|sag"
            r"|tal\w*|overblik|analyse|beskrivelse|gennemgang|måling|undersøgelse)")
# The approver agreeing in a word: "Det er rigtigt.", "Det har du ret i.", "Godt forslag.", "God idé."
# The approver's assent and a few words of what was asked: "Fint, kvartalsvis opfølgning.", "Ja, med vikarerne."
_ECHOED = re.compile(r"^(?:fint|godt|ja|jo|okay|enig),?\s+(?:\w+\s+){0,2}\w+[.!]?$", re.IGNORECASE)
_IN_A_WORD = re.compile(r"^(?:det er (?:helt )?rigtigt|det har du ret i|god idé|godt forslag)[.!]?$", re.IGNORECASE)
# Another member seconding what was just said, before it is answered or taken up: "Det er en god idé.", "Enig."
SECONDED = re.compile(r"^(?:(?:ja|jo),?\s+)?(?:det er (?:en |et )?)?(?:enig|helt enig|god idé|godt forslag"
                      # (also "Det er en god pointe.", "Det kan jeg støtte.")
                      r"|god pointe|rigtig god pointe|det (?:kan|vil) (?:jeg|vi) (?:godt )?støtte"
                      r"|det synes jeg også|det er jeg (?:også )?(?:enig i|for)|også mig|også jeg|ja)[.!]?$",
                      re.IGNORECASE)
# Agreement from the room, which is no one taking it up: "Enig.", "Det synes jeg også."
_AGREE_ONLY = re.compile(r"^(?:(?:ja|jo),?\s+)?(?:enig|helt enig|det synes jeg også|det er jeg enig i|klart|absolut"
                         r"|god idé|godt forslag|fint forslag|god tanke|godt set"
                         r"|det (?:kan|vil) (?:jeg|vi) (?:godt )?støtte)[.!]?$", re.IGNORECASE)
# Taken into the text: "Den skriver vi ind.", "Det lægger vi ind."
_WRITES_IN = re.compile(r"^(?:(?:ja|jo|fint|godt),?\s+)?(?:det|den|dem) (?:lægger|skriver|sætter|føjer|forhandler) vi "
                        r"(?:ind|på)\b"
                        # "Det gør regionen, og det står nu i aftalen."
                        r"|^[^.!?]*\b(?:det|den) står (?:nu |også )?i (?:\w+ )?" + DOCUMENTS, re.IGNORECASE)
# A thing's demand said by a member, which the approver's plain yes takes up: "Pengene skal især gå til de små
# faggrupper.", "Høringen skal også omfatte skolebestyrelserne." (not "Det skal vi holde øje med.", "Men vi skal jo
# spare.", "Netop derfor skal borgerne høres.")
DEMAND = re.compile(r"^(?!(?:det|den|de|dem|vi|jeg|så|men|og|netop|derfor)\b)\w+(?: \w+)? (?:skal|bør|burde) "
                     r"(?:især |også |altid |kun |stadig )?(?!vi\b|jo\b|nok\b)\w+", re.IGNORECASE)
# A delivery to the meeting wished for: "Jeg vil gerne have en status til foråret.", "Jeg mangler tal for effekten."
_DELIVERY_WISH = re.compile(r"\b(?:have|få|se|mangler|savner) (?:en |et )?(?:\w+ )?" + DELIVERY + r"\b", re.IGNORECASE)
# Where a thing asked for goes, in the text itself: "Kan vi få en forklaring på underskuddet i noten?" (not a time:
# "… i foråret")
_IN_THE_TEXT = re.compile(r"\bi (?:den |det )?(?!foråret\b|efteråret\b|sommeren\b|vinteren\b|året\b)"
                          r"\w+(?:en|et|ne|erne)\b", re.IGNORECASE)


def delivery_asked(said: Sentence) -> bool:
    """A delivery asked for in a question, not into the text: "Kan vi få en evaluering, før kontrakten udløber?" is
    a follow-up whatever words grant it (not "Kan vi få en forklaring på underskuddet i noten?", a change)."""
    return said.is_question and _DELIVERY_WISH.search(said.text) is not None and not _IN_THE_TEXT.search(said.text)


# A delivery promised in the answer itself, a follow-up: "Det kan vi godt give en status på."
_DELIVERY_GIVEN = re.compile(r"\b(?:give|giver|sende|sender|lave|laver) (?:jer |udvalget )?(?:en |et )?(?:\w+ )?"
                             + DELIVERY + r"\b", re.IGNORECASE)
# An answer for the next time, not this one: "Det kan vi have med fra næste kvartal."
_FROM_NEXT = re.compile(r"\b(?:(?:fra|til|på) )?næste (?:kvartal|år|gang|rapport|måned|møde)\b", re.IGNORECASE)

# A word in passing between the answer to a wish and the approval: "Enig.", "Tak.", "Det ville være fint."
_IN_PASSING = re.compile(r"^(?:(?:ja|jo|okay),?\s+)?(?:tak(?: for det)?|fint|godt|super|dejligt|enig|helt enig"
                         r"|det (?:ville|vil) være (?:fint|godt|dejligt)|det lyder (?:fint|godt)|det er (?:fint|godt)"
                         r"|det kan jeg (?:godt )?støtte|det synes jeg også)[.!]?$",
                         re.IGNORECASE)


# Others doing what a question asked of them: "Kan kommunikationsafdelingen tilføje …?" "Ja, det gør de." (said to a
# condition, "Jeg er med, hvis pensionister beholder rabatten." "Det gør de.", it only says the condition holds)
_OTHERS_DO_IT = re.compile(r"^(?:(?:ja|jo),?\s+)?det gør (?:de|(?!det\b)[\w-]+(?:en|et|ne|erne)|" + BODIES + r")\b",
                           re.IGNORECASE)
# What someone thinks should be, which a yes right after takes up: "Jeg synes, pårørende skal inddrages." "Det kan vi
# skrive ind."; "Der skal stadig være en fysisk support på rådhuset." "Det er vi enige i."
_SHOULD = re.compile(r"\bjeg synes,? (?:at )?(?:\w+ ){1,3}(?:skal|bør)\b|^(?:\w+ ){1,3}skal \w+es\b"
                     r"|\bskal (?:stadig|fortsat) \w+"
                     # "Skolerne skal beholde deres egen support."
                     r"|^(?!(?:vi|jeg|det|den|de|der)\b)\w+(?:en|et|ne|erne) skal (?:også )?\w+e\b", re.IGNORECASE)
# A member's proposal refused beside the approval: "Vi godkender retningslinjerne, og forslaget afviser vi."
PROPOSAL_REFUSED = re.compile(r"\b(?:(?:ændrings)?forslaget|\w+s (?:ændrings)?forslag|ønsket|id[eé]en)"
                              r"(?: om \w+(?: \w+)?)? (?:afviser vi|dropper vi|siger vi nej til"
                              r"|er (?:faldet|forkastet|afvist)|falder)\b", re.IGNORECASE)


# A view asked to be written in the minutes is no change: "Vi vil gerne have ført til referat, at …"
_FOR_THE_MINUTES = re.compile(r"\bført til (?:referat|protokol)|\btil referat\b", re.IGNORECASE)


# Yes to a request, and how: "Ja, spejderne får en overgang på to år." (not a bare "Ja.").
# (not an opinion on the question: "Ja, det synes jeg.")
_YES_AND = re.compile(r"^(?:ja|jo),?\s+(?!og\b|(?:det|den) (?:gør|kan) vi\b|(?:det|den) (?:synes|mener|tror) jeg\b)"
                      r"\w+\s+\w+\s+\w+", re.IGNORECASE)
# … not a yes with a judgement only: "Kan vi sælge?" "Ja, prisen er fin."
_YES_IT_IS_FINE = re.compile(r"^(?:ja|jo),?\s+(?:\w+\s+){1,2}(?:er|var|lyder|ser)\s+(?:\w+\s+)?"
                             r"(?:fin|fint|god|godt|rimelig|fornuftig|i orden|ok|okay)(?:\s+ud)?[.!]?$", re.IGNORECASE)
# A question that asks for something to be done ("Kan vi lave …?"), not for a fact ("Er det lige så godt?").
_ASKS_TO_DO = re.compile(r"^(?:(?:men|og|så),?\s+)?(?:kan|skal|må|kunne|skulle) vi\b"
                         # a change of a thing: "Kan mødet i december blive en uge tidligere?"
                         # (also the thing in a few words: "Kan de små centre få fortrinsret?")
                         r"|^(?:kan|kunne|skal|må) (?!vi\b|jeg\b|i\b|du\b|man\b)\w+(?: (?!ikke\b|også\b)\w+){0,2}?"
                         r"(?: i \w+)?"
                         # (also when it comes or starts: "Kan talentforløbet komme før sommerferien?")
                         r" (?:ikke |også )*(?:blive|være|have|få|gælde|komme|starte|begynde|ligge|\w+es)\b"
                         # a body asked to change the text: "Kan kommunikationsafdelingen tilføje et afsnit om …?"
                         r"|^(?:kan|kunne) (?:[\w-]+(?:en|et|ne|erne)|" + BODIES + r") (?:ikke |også )*"
                         r"(?:tilføje|skrive|indarbejde|rette|ændre)\b"
                         # a proposal asked leave for: "Må jeg foreslå, at mentor bliver obligatorisk?"
                         r"|^(?:må|kan) jeg (?:\w+ )?foreslå\b",
                         re.IGNORECASE)
# Asked to do something to what is approved ("Kan vi stille krav om miljømærkede midler?"), not for a delivery
# ("Kan vi få en status om et år?": a follow-up) nor for the approval itself ("Skal vi godkende dem alle?").
ASKS_A_CHANGE = re.compile(r"(?:" + _ASKS_TO_DO.pattern
                                + r")(?!.*\b(?:godkend\w*|vedta\w*|beslut\w*|sige ja|prøve)\b"
                                # (a thing delivered to the meeting: "Kan vi få en samlet status om et år?")
                                r"|.*\bfå (?:en |et )?(?:\w+ )?" + DELIVERY + r"\b"
                                # (nor the document sent to us: "Kan vi få den tilsendt?")
                                r"|.*\bfå (?:den|det|dem|[\w-]+(?:en|et|ne|erne))"
                                r" (?:tilsendt|sendt(?: ud)?|mailet|udleveret)\b)",
                                re.IGNORECASE)


# A wish for the approval itself, or for what was just put, which asks for no change: "Lad os sige ja.", "Jeg synes,
# vi skal godkende den.", "Kan vi godkende den?" "Ja, lad os det."
_ONLY_THE_APPROVAL = re.compile(r"^(?:jeg synes,? (?:at )?|jeg foreslår,? at |lad os |så |(?:kan|skal|må) vi )?(?:vi )?"
                                r"(?:skal |bør |må )?"
                                r"(?:godkende|godkender|sige ja|siger ja|vedtage|vedtager|tiltræde|tiltræder)"
                                r"(?: til)?(?: den| det| dem| indstillingen| indstillingerne)?(?: i dag)?[.!?]?$"
                                r"|^(?:(?:ja|jo),? )?lad os (?:det|gøre det)[.!]?$",
                                re.IGNORECASE)


# The approval itself asked for, the case by its pronoun last: "Kan vi følge den?", "Kan vi leve med den?"
_ASKS_THE_APPROVAL = re.compile(r"^kan (?:vi|alle|i) (?:\w+ ){1,3}(?:den|det|dem|indstillingen|indstillingerne)\?$",
                                re.IGNORECASE)


def request_granted(sentences: list[Sentence], at: int, indstilling: Section | None) -> Sentence | None:
    """The sentence with what a member asked for and the chair took up, just before the approval or
    the approval itself: the chair's own words for it, when they repeat the request's words that the
    Indstilling does not have; the request itself, when the chair said only "Det gør vi.". A task given
    with the approval ("…, og Marie kommer med en måling") is a follow-up, not this."""
    approval = sentences[at]
    proposed = indstilling.text if indstilling is not None else ""
    first = turn_start(sentences, at - 1) if at and sentences[at - 1].speaker != approval.speaker else at - 1
    answered = turn_start(sentences, first - 1) if first >= 2 else first
    if (answered != first and approval.speaker not in (sentences[first].speaker, sentences[answered].speaker)
            and all(_IN_PASSING.match(s.text.strip()) for s in sentences[first:at])
            and (GRANTED.match(said := sentences[answered].text.strip()) or _PROMISES.match(said))):
        first = answered  # past "Enig." or "Tak." after the answer, before the approval
    approver_asked_or_answered = first >= 1 and approval.speaker in (sentences[first].speaker,
                                                                     sentences[first - 1].speaker)
    if (first >= 1 and sentences[first].speaker != sentences[first - 1].speaker
            and (approver_asked_or_answered or not _AGREE_ONLY.match(sentences[first].text.strip()))):
        # someone asked and the approver answered, or the approver asked and was answered; or the presenter took it
        # up ("Det tilføjer vi.", "Det kan vi godt. Vi lægger septembermødet der.") before the approval
        asked_at = first - 1  # past the room's bare agreement: "… en ekstra runde i august." "Det er en god idé."
        while asked_at > 0 and sentences[asked_at].speaker != sentences[first].speaker and SECONDED.match(
                sentences[asked_at].text.strip()):
            asked_at -= 1
        asked_for, answer = sentences[asked_at], sentences[first]
        request, said = asked_for.text.strip(), answer.text.strip()
        wished = (_REQUEST.search(request) or _SHOULD.search(asked_for.text) or DEMAND.match(request)
                  or _OFFER.match(request))
        # (or agreed to in a word just before a short approval: "Det er rigtigt. Godkendt.")
        granted = GRANTED.match(said) is not None or (_IN_A_WORD.match(said) is not None
                                                      and len(approval.text.split()) <= 6) or (
            asked_for.is_question and _OTHERS_DO_IT.match(said) is not None)
        # (the approver's own "Vi giver garantien." or "Vi vedtager dem." is the approval itself, no promise)
        own_act = answer.speaker == approval.speaker and re.match(r"(?:(?:ja|jo|fint|godt),?\s+)?vi\b", said, re.I)
        promised = _PROMISES.match(said) is not None and not own_act
        said_yes = (granted and not (own_act and _APPROVES.search(said))) or promised or (
            # a demand answered with a plain yes by the approver: "Høringen skal også omfatte skolebestyrelserne." "Ja."
            answer.speaker == approval.speaker
            # (or a change asked for, before a short approval: "Kan vi ikke lade den starte 1. april?" "Jo. Så er den
            # godkendt."; the approver's own words for it say it better: "Ja. Billetprisen hæves til …")
            and (DEMAND.match(request) is not None
                 or (asked_for.is_question and ASKS_A_CHANGE.match(request) is not None
                     and not _ASKS_THE_APPROVAL.match(request) and len(approval.text.split()) <= 6))
            and re.fullmatch(r"(?:ja|jo)[.!]?", said, re.IGNORECASE) is not None)
        if (said_yes and wished and not _FOR_THE_MINUTES.search(request) and not _FROM_NEXT.search(said)
                and not _ONLY_THE_APPROVAL.match(request)
                # (a delivery wished and promised is a follow-up: "Jeg vil gerne have en status til foråret." "Den
                # får vi.")
                and not (_DELIVERY_WISH.search(request) and not granted) and not delivery_asked(asked_for)
                and not _DELIVERY_GIVEN.search(said)
                and not put_off(asked_for, approval) and not put_off(answer, approval)
                and not given_along(approval.text, asked_for.text)
                # (a delivery asked for is a follow-up, unless the answer writes it into the text)
                and (not asked_for.is_question or ASKS_A_CHANGE.match(request) or _WRITES_IN.match(said))):
            if _content(approval.text, proposed) & _content(asked_for.text, proposed):
                return approval  # the chair's own words for it: "Enig. Rapporten er godkendt, og merforbruget …"
            # "Så vil jeg bede om eksempler i vejledningen." "Det gør vi. … godkendt."; not "Kan vi få en
            # status om et år?" "Det kan vi godt.": a delivery asked for, a follow-up
            # (a question of who or what holds no change; the answer does: "Hvem ejer data?" "Det gør regionen, og …")
            return answer if re.match(r"(?:hvem|hvad|hvor|hvornår|hvordan)\b", request, re.IGNORECASE) else asked_for
        if (approver_asked_or_answered and _YES_AND.match(said) and not _YES_IT_IS_FINE.match(said)
                and asked_for.is_question and _ASKS_TO_DO.match(request) and not _ONLY_THE_APPROVAL.match(request)
                and not delivery_asked(asked_for)):
            return answer  # "Kan vi lave en soft landing for dem?" "Ja, spejderne får en overgang …"
    # what the others asked for, each with the words that carry it (a view for the minutes asks for no change)
    requested = [(s, _content(s.text, proposed)) for s in sentences[:at]
                 if s.speaker != approval.speaker and _REQUEST.search(s.text.strip())]
    asked = set().union(*(words for s, words in requested if not _FOR_THE_MINUTES.search(s.text)))
    if not asked:
        return None
    before = sentences[at - 1] if at else None
    turned_down = any(s.speaker == approval.speaker and re.match(r"nej\b", s.text.strip(), re.IGNORECASE)
                      for s in sentences[max(0, at - 2):at])  # "Nej. Vi holder os til de 18 millioner og 60 børn."
    # (not the request turned down in the approver's words: "Kan det vente et år?" … "Så kan det ikke vente.")
    if (before is not None and before.speaker == approval.speaker and not before.is_question and not turned_down
            and not re.search(r"\bikke\b", before.text, re.IGNORECASE) and _content(before.text, proposed) & asked):
        return before
    # (or agreed to in a few words that share a stem with it, the wish quoted as said: "Vi bør følge op hvert
    # kvartal." "Fint, kvartalsvis opfølgning.")
    if (before is not None and before.speaker == approval.speaker and not before.is_question
            and _ECHOED.match(before.text.strip())):
        echoed = {w[:5] for w in _content(before.text, proposed)}
        wish_said = next((s for s, words in reversed(requested) if echoed & {w[:5] for w in words}), None)
        if wish_said is not None:
            return wish_said
    # a task given along is a follow-up: "…, og Marie kommer med …", "…, og administrationen tager en snak med …"
    # and so is a delivery to the meeting later: "…, og vi får en status om et år"
    decided = re.sub(GIVEN_ALONG.pattern + r".*$"
                     r"|,?\s+og\s+(?:så\s+)?vi\s+får\s+(?:en|et)\s+(?:\w+\s+)?(?:status|plan|redegørelse|orientering"
                     r"|opfølgning|evaluering|afrapportering|oplæg)\b.*$", "", approval.text)
    # (not the request refused: "Retningslinjerne er godkendt. Forslaget om rabat afviser vi.")
    return approval if _content(decided, proposed) & asked and not PROPOSAL_REFUSED.search(approval.text) else None


# The approver taking up what was just asked, in a word before the approval: "Det tager vi med.", "Det skal med.",
# "Gør det.", "Så gør vi det.", "De kommer med.", "Okay, så gør vi den obligatorisk."
_TAKE_IN = re.compile(AGREEING_FIRST +
                      r"(?:det tager vi med|det skal (?:også )?(?:med|ind)\b[^.!?]*"
                      r"|(?:så )?gør (?:vi )?det|lad os (?:gøre )?det|(?:de|det|den) kommer med|det er klart"
                      # "Det skal der være.", "Den beholder de."
                      r"|det skal (?:der|de|den|det)(?: (?:også |nok )?(?:være|have))?"
                      r"|(?:den|det|dem) (?:beholder|bevarer) (?:de|den|det|vi)"
                      r"|så gør vi (?:den|det|dem) \w+|(?:den|det) tager vi|det (?:kommer|gør) der|det gør vi"
                      # the thing by name: "Salatbaren tager vi med."
                      r"|[\w-]+(?:en|et|ne|erne) tager vi (?:også )?med"
                      # the chair's change in so many words: "Så får de en ekstra time.", "Vi skriver 'livstruende'."
                      r"|så får (?:de|den|det) \w[^.!?]*|vi (?:skriver|retter|ændrer|tilføjer) [^.!?]+"
                      # a change with nothing in it but what was asked: "Så rykker vi fristen."
                      r"|så (?:rykker|flytter|ændrer|retter) vi (?:den|det|\w+en)\b)[.!]?$", re.IGNORECASE)
# … or at the start of the approval itself: "Så gør vi det, og procesplanen er godkendt."
_TAKE_IN_FIRST = re.compile(r"^(?:(?:ja|okay|fint|godt),?\s+)?(?:så )?gør vi det,? og\b", re.IGNORECASE)
# What the presenter offers to do, taken up by the approver: "Vi kan flytte det til uge 9."
_OFFER = re.compile(r"^(?:(?:ja|jo),?\s+)?(?:så )?vi kan (?:godt |sagtens )?(?!ikke\b)\w+", re.IGNORECASE)
# A sentence that points back and names nothing: "Nej, det er ikke med.", "Den kan vi lægge ind i paragraf otte."
_POINTS_BACK = re.compile(r"^(?:(?:ja|nej|jo|okay|fint|godt),?\s+)?(?:det|den|de|dem)\b"
                          r"(?!.*\b(?:skal|bør|burde|mangler|savner)\b)(?:\s+\w+){0,6}[.!]?$", re.IGNORECASE)
# A proposal in a few words without a verb: "Superbrugere, to til fire pr. afdeling."
_THING_ONLY = re.compile(r"^(?!(?:det|den|de|ja|nej|jo|godt|fint|enig|tak)\b)[A-ZÆØÅ][\w-]+,?"
                         r"(?:\s+(?!(?:er|har|kan|skal|vil|må|bør|var|bliver|gør|synes|mener|tror)\b)[\w.,-]+){1,6}[.!]?$")
# A question that asks to approve, not for a change: "Skal vi godkende den?"
_ASKS_TO_APPROVE = re.compile(r"\b(?:godkend\w*|vedta\w*|sige ja)\b", re.IGNORECASE)


def taken_in_before(sentences: list[Sentence], at: int, indstilling: Section | None) -> Sentence | None:
    """What was asked for, when the approver took it up in a word of their own just before the approval
    ("Kunne vi ikke have faste personer i hver afdeling?" "Jo, superbrugere. Det tager vi med. Så er
    indstillingerne godkendt."): the request, past the answers that point back to it."""
    approval = sentences[at]
    k = at - 1
    took = _TAKE_IN_FIRST.match(approval.text.strip()) is not None
    while k >= max(0, at - 3) and sentences[k].speaker == approval.speaker:
        took = took or _TAKE_IN.match(sentences[k].text.strip()) is not None
        k -= 1
    if not took:
        return None
    for sentence in reversed(sentences[max(0, k - 2):k + 1]):
        text = sentence.text.strip()
        if (_POINTS_BACK.match(text) or _AGREE_ONLY.match(text)) and not sentence.is_question:
            continue  # "Den kan vi lægge ind i paragraf otte.": the answer, not what was asked
        asked = sentence.is_question or sentence.speaker != approval.speaker
        # (something besides the Indstilling's own act and its funding: not "Puljen kan øges, hvis vi tager pengene
        # fra konsulentbudgettet" on "at puljen … øges")
        if asked and (_REQUEST.search(text) or _SHOULD.search(text) or _OFFER.match(text) or _THING_ONLY.match(text)) \
                and not _ASKS_TO_APPROVE.search(text) and not put_off(sentence, approval) \
                and not _FOR_THE_MINUTES.search(text) \
                and _content(text, indstilling.text if indstilling is not None else ""):
            return sentence  # (not a vote for the minutes: "Jeg vil gerne have min stemme ført til referat.")
        return None
    return None
