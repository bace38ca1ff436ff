"""Points of a numbered Indstilling held off by their words: the last speaker's close that does some points and
holds another off ("Så mødes vi hver uge, og strategimødet bliver ikke til noget."), and which points the words
of a partial approval name. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from referat.minutes.answers import ADOPTS
from referat.minutes.evidence import Hit
from referat.minutes.point_names import (
    BARE_POINT_WORD,
    CASE_PRESENTED_AT,
    POINT_WORD,
    named_by_money_number_or_figure,
)
from referat.minutes.postponements import MONTH
from referat.minutes.sentences import Sentence, forum_as_we, normalize, plainly


def numbered_points(indstilling: str) -> frozenset[str]:
    """The numbers of a numbered Indstilling's points ("1. at …", "2) at …")."""
    return frozenset(re.findall(r"^\s*(\d+)[.)]", indstilling, re.MULTILINE))


def point_lines(indstilling: str) -> list[str]:
    """The lines of a numbered Indstilling's points, in lower case ("1. at …", "2) at …")."""
    return [line.casefold() for line in indstilling.splitlines() if re.match(r"\s*\d+[.)]", line)]


def indstilling_parts(indstilling: str) -> list[str]:
    """The parts of an Indstilling, in lower case: its numbered points; else its lines after the one that says who
    proposes ("CBA indstiller, at Direktionen godkender at:" then "HTK tilgår …" and "Der bevilges 100.000 kr. …");
    else its clauses joined by "og at" ("at opfølgningen tages til efterretning og at den videre proces godkendes")
    or two passive verbs joined by "og" ("at strategien godkendes og sendes til politisk behandling")."""
    if points := point_lines(indstilling):
        return points
    lines = [line.strip().casefold() for line in indstilling.splitlines() if line.strip()]
    if len(lines) >= 3 and "indstiller" in lines[0]:
        return lines[1:]
    proposed = re.sub(r"^.*?\bindstiller\b[^,]*,\s*(?:at\s+)?", "", " ".join(lines))
    parts = re.split(r",?\s+og\s+at\s+|(?<=\wes)\s+og\s+(?=\w+es\b)", proposed)
    return parts if len(parts) >= 2 else []


# What keeps a clause's point from being done: "…, og strategimødet bliver ikke til noget", "Postrummet lukker vi
# ikke endnu.", "…, og tillægget venter, til …", "Millionen til forprojektet kommer først i næste budget", "…, og
# Hadsund-pladsen forbliver, som den er", "…, mens afsnit 12 bliver", "Rold tager vi op igen, når …"
# (not "ikke kun": not only, "… skal gælde alle nye ledere, ikke kun de første")
HELD_OFF = re.compile(r"\b(?:ikke(?! kun\b)|ingen|nej|afviser|afvises|dropper|droppes|udgår|venter|vente|udsætter"
                      r"|udsættes|udskyder|udsat|udskudt"
                      # (also the money left out: "Godkendt, men uden de ekstra penge.")
                      r"|uden(?= (?:\w+ ){0,2}penge)"
                      # (not a later start, which changes the point: "awareness skal først starte i januar")
                      # (nor a later opening: "Caféerne åbner først i august.")
                      r"|bortfalder|(?<!starte )(?<!starter )(?<!åbne )(?<!åbner )først(?! start| begynd| åbn)"
                      r"(?!(?<=es først) fra\b)"
                      r"|senere|rykker|rykkes|skubber|skubbes"
                      # "… vil vi se nærmere på", "… skal have en tur mere"
                      r"|(?:se|ser|kigge|kigger) (?:\w+ )?nærmere på|(?:tur|runde|omgang) (?:til|mere)"
                      # "… hviler", "… lægger vi på is", "… ser vi på til næste år" (not a start: "… fra næste år"),
                      # "… mangler vi tal på"
                      r"|hviler|på is|(?<!fra )(?<!starter )(?<!gælder )næste år"
                      r"|mangler (?:vi )?(?:tal|svar|noget|mere)"
                      # (not a review of what is done: "Retningslinjerne gennemgås igen om et år.")
                      r"|(?<!gennemgås )(?<!vurderes )(?<!evalueres )(?<!revideres )igen"
                      r"|forbliver|tilbage|afvent\w*|består|bestå|næste gang|parker\w*|bevarer|beholder|indtil videre"
                      # "Forløbet skal vi have mere om."
                      r"|have mere (?:at vide |viden )?om"
                      # (not a later start: "… først starter efter sommerferien")
                      r"|(?<!starter )(?<!starte )(?<!åbner )(?<!åbne )(?<!starter først )(?<!åbner først )"
                      r"efter (?:sommer\w*|jul|nytår|påske))\b"
                      r"|\bbliver(?:,? (?:som|hvor)\b|[.!]?$)"
                      r"|\bkommer,? (?:når|efter)\b"
                      # approved only when something has come: "Referatet godkender vi, når det er sendt ud."
                      r"|\b(?:godkender|vedtager) vi,? når\b"
                      # "Strategimødet tager vi stilling til, når …", "Afsnit 12 vil vi have en plan for, før vi tager
                      # stilling."
                      r"|\btager (?:vi )?stilling til,? (?:når|senere|efter|i budget\w*)\b"
                      r"|\bfør (?:vi|udvalget) (?:tager stilling|godkender|vedtager|beslutter)\b"
                      # "Borgermødet drøfter vi på næste møde.", "De ti fraktioner skal vi have belyst."
                      # (not a point wished presented then: "Sagen om talentforløbet vil vi gerne have forelagt på
                      # næste møde." beside "de fem" approved)
                      # (also in the passive: "Åbningstiden i Haderslev behandles på næste møde.")
                      r"|\b(?:drøfter|tager|behandler|ser på|drøftes|behandles|tages(?: op)?) (?:vi )?(?:\w+ )?på"
                      r" (?:næste|et senere) møde\b"
                      r"|\bskal vi have (?:\w+ )?(?:belyst|undersøgt|regnet på|afklaret)\b"
                      # "Caféerne holder lukket lidt endnu.", "Caféerne skal vi lige se an."
                      r"|\b(?:holder|holdes|forbliver|bliver|blive|være) (?:\w+ )?lukke[td]e?\b|\bse (?:\w+ )?an\b"
                      # "Forløbet skal vi have et billigere bud på.", "Awarenessforløbet siger vi fra over for."
                      r"|\bskal (?:vi )?have (?:et |en )?(?:nyt?|billigere|bedre|andet) (?:bud|tilbud|forslag|oplæg"
                      r"|udkast)\b|\bsiger (?:vi )?fra\b"
                      # "Talentforløbet skal vi tale mere om."
                      r"|\b(?:tale|snakke|drøfte) (?:\w+ )?mere\b|\bdrøftes (?:\w+ )?mere\b"
                      # "Forprojektet skal modnes lidt mere."
                      r"|\b(?:må|skal) (?:\w+ )?(?:modnes|kvalificeres|bearbejdes|gennemarbejdes)\b"
                      # "…, og lokalplanen tager vi, når trafikanalysen foreligger"
                      r"|,? når (?:\w+ ){1,3}(?:foreligger|er (?:her|klar|kommet|færdige?|forhandlet|afsluttet))\b"
                      # "Så lader vi netværkene være" (or "ligge"), "… seks tager vi en anden gang", a point put to
                      # the budget: "HR-partneren må vi se på ved budgettet", "Pengene hører hjemme i
                      # budgetforhandlingerne"
                      r"|\blader (?:vi )?\w+ (?:være|ligge)\b|\ben anden gang\b|\bhører (?:\w+ )?hjemme\b"
                      # "Screeningen må finde penge et andet sted.", "Rådet er for tidligt.", "… og imod den tredje"
                      r"|\bfinde[r]? (?:\w+ )?(?:penge\w*|midler\w*|finansiering\w*) (?:et andet sted|andetsteds)\b"
                      r"|\bfor tidlig[t]?\b|\bimod\b"
                      # "De 100.000 skal findes i centrenes egne budgetter.", "Opgaven bliver hos CBA."
                      r"|\bfindes (?:et andet sted|andetsteds|(?:i|inden for) (?:\w+ )?egne?\b)|\bbliver hos\b"
                      r"|\b(?:ved|i|til|med i) (?:\w+ )?budget\w*"
                      # a season or a month: "Forløbet tager vi i efteråret.", "… tager vi op i oktober."
                      # (not a later start, which changes the point: "awareness skal først starte i januar")
                      # (nor a point moved: "…, og borgermødet holdes i august i stedet")
                      r"|(?<!starte )(?<!starter )(?<!åbne )(?<!åbner )\b(?:i|til) (?:efteråret|foråret|vinteren|"
                      + MONTH + r")\b"
                      r"(?! i stedet\b)",
                      re.IGNORECASE)
# A clause that does what it says: the forum acting ("Så mødes vi hver uge", "Vi går over til …", "Helhedsplanen går
# vi i gang med"), an approval, or a point done in the passive ("Aftalen forlænges", "Naturplanen er godkendt").
DOES = re.compile(r"^(?:så |og )?(?:[\w-]+,? ){0,5}?(?:\w+ vi|vi \w+)\b|\b(?:godkend|vedta|tiltræd|anbefal|ja til)"
                  # "Strategien og evalueringen er fine."
                  r"|^(?:[\w-]+ ){1,4}er (?:helt )?(?:fine?|fint|i orden|på plads)\b|\bgår igennem\b"
                  # "Overgangen til digital post kører."
                  r"|^(?:[\w-]+ ){1,5}kører(?: videre)?[.!]?$"
                  r"|^(?:så |og )?(?:[\w-]+ ){1,3}?\w{3,}es\b"
                  # the second act after " og ", its "vi" said before: "Så tager vi status til efterretning og sætter
                  # awareness i gang."
                  r"|^(?:sætter|starter|indfører|igangsætter) (?:[\w-]+ ){1,3}?i gang\b|^(?:starter|indfører) \w"
                  # "Helhedsplanen kan gå i gang nu", "Høringen går i gang."
                  r"|^(?:[\w-]+ ){1,3}kan (?:gå i gang|starte|begynde)\b|^(?:[\w-]+ ){1,3}går i gang\b"
                  # "De udendørs aktiviteter må gerne starte.", "Udendørs får lov at starte.", "Udendørsaktiviteterne
                  # åbner den 15."
                  r"|^(?:[\w-]+ ){0,2}[\w-]+ (?:åbner|starter|begynder)\b(?! ikke\b)"
                  r"|^(?:[\w-]+ ){1,3}(?:må (?:gerne |godt )?|får lov (?:til )?at )(?:gå i gang|starte|begynde|åbne)\b"
                  # a yes after the points named: "Status og retningslinjer, ja.", "… retningslinjer: ja."
                  r"|^(?:[\w-]+ ){0,4}?[\w-]+[,:]? ja[.!]?$", re.IGNORECASE)
# The words that make an exception of a part of what is approved: "alle undtagen …", "… på nær …", "… bortset fra …"
EXCEPTION = r"(?:undtagen|på nær|bortset fra)"
# (also with the forum as its subject, "Så godkender udvalget det hele, …", and read as said plainly: "Så bakker vi op
# om det hele, og indstilling fem kommer i september.")
_ALL_DONE = re.compile(r"\b(?:godkend|vedta)\w* (?:vi |udvalget |direktionen |\w+rådet )?(?:det hele|alt(?: sammen)?"
                       rf"|alle(?: (?!{EXCEPTION})\w+)?|indstillingerne)\b(?! {EXCEPTION}\b)", re.IGNORECASE)
_NOTED = re.compile(r"\btil efterretning\b|\bnoter(?:er|et)\b", re.IGNORECASE)
# (also " og " before a second verb: "Så holder vi de ugentlige møder og dropper strategimødet")
CLAUSES = re.compile(r"[.;!]\s+|,\s*(?=(?:og|men|mens|nej til)\s)"
                     # a point by its number after the comma: "Ja til punkt 1 og 2, punkt 3 afventer."
                     r"|,\s*(?=(?:punkt|indstilling|nummer)(?:erne)?\s+(?:\d|(?:" + POINT_WORD + r")\b)"
                     # (or a bare number before its verb: "Ja til et og to, tre afventer.", "…, tre ikke.", "…, tre er
                     # ikke."; or the no to the others: "Ja til de to første, ikke til den sidste.")
                     r"|(?:\d|" + BARE_POINT_WORD + r")\s+(?:afventer|venter|udsættes|afvises|kommer|må|tager vi"
                     r"|(?:er\s+)?ikke)\b|ikke\s+til\s)"
                     # "Strategien vedtager vi, partneren kommer i budgettet.", "Forløbet udskyder vi, resten
                     # godkender vi." (also without the comma, which a recogniser often leaves out)
                     r"|(?:,\s*|(?<=\bvi)\s+)(?=\w+(?:en|et|ne|erne)\s+(?:kommer|venter|må|udsættes|parkerer)\b)"
                     # a place by its name after "og", also without its comma: "… Brønderslev og Thisted kommer, når …"
                     r"|,?\s+og\s+(?=(?-i:[A-ZÆØÅ])\w+\s+(?:kommer|venter|må|udsættes)\b)"
                     # "…, awareness tager vi senere."; "Ordningen er godkendt, tillægget er ikke."
                     # (also elliptic: "…, evalueringen først i juni", "…, det sidste ikke.")
                     r"|,\s*(?=[\w-]+\s+tager\s+vi\b|[\w-]+(?:en|et|ne|erne)\s+(?:(?:er|bliver)\s+)?(?:ikke|først"
                     r"|senere)\b|(?:de\s+\w+\s+|den\s+|det\s+)(?:sidste|første|tredje)\s+ikke\b)"
                     r"|(?:,\s*|\s+)(?=resten\s+(?:godkender|vedtager|er|går|kan|kører)\b)|\s+(?:men|mens)\s+"
                     r"|(?:(?<=\bnu)|(?<=\bi dag))\s+og\s+"
                     r"|\s+og\s+(?=(?:godkender|vedtager|siger|dropper|venter|noterer|lader|beholder|holder|sætter"
                     r"|tager|udsætter|afventer|går)\b)"
                     # … also the infinitive after "Lad os": "Lad os godkende handleplanen og tage pengene senere."
                     r"|\s+og\s+(?=(?:godkende|vedtage|droppe|vente|lade|beholde|holde|tage|udsætte|afvente)\b)"
                     # "… et ja til punkt 1 og 2 og et nej til punkt 3", "… for de to første og imod den tredje"
                     r"|\s+og\s+(?=(?:et\s+)?(?:nej|ja)\s+til\b|imod\b)"
                     # the next clause with its object first: "…, de fire millioner får vi igen til budgettet"
                     # (not a pronoun or "så", which go on with what was said: "…, så det godkender vi næste gang")
                     r"|,\s*(?=(?!(?:så|det|den|dem)\s|de\s+\w+\s+vi\b)(?:[\w-]+\s+){1,3}(?:\w+er|får|gør|må|skal|kan)\s+vi\b)")
_EXCEPT = re.compile(rf"\b(?:{EXCEPTION}|andet end|dog ikke)\b", re.IGNORECASE)
# Words that name no point: the decision's own verbs ("godkender" is in every point of some Indstillinger), and
# little words.
_NO_POINT = re.compile(r"(?:godk|vedta|tiltr|beslu|udsæt|udsky|bevil|indst|bliver|noget|ingen$|nogen$|ikke$|skal$"
                       # (little words written with a capital at a sentence's start: "Der er ikke nogen, der …")
                       r"|(?:der|det|den|dem|men|hvis|jeg)$|være$|have$"
                       r"|også$|blive$|komme$|kommer$|tager$|igen$|først$|senere$|næste$|efter$|når$|hvor$|som$|sådan$)")


def _stems(text: str) -> set[str]:
    """The first letters of the words that can name a point: five letters or more, or a name ("Rold")."""
    words = re.findall(r"[\w-]{5,}|(?-i:[A-ZÆØÅ])\w{2,}", text)
    # (without the definite ending: "Skoven" names "ny skov"; a long compound also by its first part:
    # "Puljeforhøjelsen" names "at kunstpuljen øges")
    stems = {re.sub(r"(?<=\w{4})(?:erne|en|et|ne)$|(?<=^\w{3})et$", "", word.casefold())[:6] for word in words
             if not _NO_POINT.match(word.casefold())}
    return stems | {word.casefold()[:5] for word in words if len(word) >= 14 and not _NO_POINT.match(word.casefold())}


# A clause that goes on with the thing of the clause before: "… og tager næste gang".
_SAME_THING_ON = re.compile(r"(?:tager|udsætter|afventer|venter med|parkerer|lader)\b"
                            r"(?! (?:vi |så )?(?:den|det|dem)\b)")


def _named_anywhere(stem: str, points: list[str]) -> set[int]:
    """The points a word names anywhere in them, also inside a compound ("strategien" in "kompetencestrategien")."""
    # (a stem of three letters, "råd" of "Rådet", only at a word's end: "landdistriktsråd", not "handleplanen")
    return {k for k, point in enumerate(points)
            if (re.search(re.escape(stem) + r"\b", point) if len(stem) <= 3 else stem in point)}


def _named_at_start(stem: str, points: list[str]) -> set[int]:
    """The points a word names where it starts a word, else anywhere in one: "retningslinjerne" holds off "ai
    retningslinjer godkendes", not "… tages til efterretning"."""
    whole = r"\b" if len(stem) <= 3 else ""
    at_start = {k for k, point in enumerate(points) if re.search(r"\b" + re.escape(stem) + whole, point)}
    return at_start or _named_anywhere(stem, points)


def _points_named(stems: set[str], points: list[str],
                  named_by: Callable[[str, list[str]], set[int]] = _named_anywhere) -> set[int]:
    """The points a clause names; by the words that name one point only where it has any ("Rold Skole" names "at
    Rold Skole lukkes", not "at Arden Skole udbygges")."""
    by_stem = [named_by(stem, points) for stem in stems]
    only_one = set().union(*(named for named in by_stem if len(named) == 1))
    return only_one or set().union(*by_stem)


# The two things a title names, after the words that say what kind of case it is: "Beslutning om genåbning af caféer
# og udendørs aktiviteter i Aktive Centre" → "genåbning af caféer", "udendørs aktiviteter i aktive centre".
_CASE_WORDS = re.compile(r"^(?:beslutning om|godkendelse af|orientering om|drøftelse af|forslag om|status på)\s+",
                         re.IGNORECASE)


def title_parts(title: str) -> list[str]:
    """The two things a title names joined by "og", in lower case; none when it names fewer or more."""
    parts = re.split(r"\s+og\s+", _CASE_WORDS.sub("", title.strip()).casefold())
    return parts if len(parts) == 2 and all(_stems(part) for part in parts) else []


def points_held_off(sentences: Sequence[Sentence], indstilling: str, kind: str, title: str = "") -> list[Hit]:
    """The last speaker's close that does some of a numbered Indstilling's points and holds another
    off by its name, in their last one or two sentences: "Så mødes vi hver uge, og strategimødet
    bliver ikke til noget." on "1. Godkender ugentlige møder 2. Godkender et månedligt strategimøde";
    read whatever ``kind`` the close had but a partial approval, a decision or a discussion."""
    # (an Indstilling in parts without numbers only against an approval: "Vi er enige i tilgangen, men pengene
    # bevilger vi ikke." refuses the whole, as the seed's Direktionen did)
    # (or the two things of its title, where the Indstilling asks for one of them: "Så åbner vi udendørs, og caféerne
    # venter." on "Beslutning om genåbning af caféer og udendørs aktiviteter", "at caféerne genåbnes 15. juni")
    points = point_lines(indstilling) or (indstilling_parts(indstilling) if kind in ("approved", "recommended") else [])
    by_title = not points and bool(points := title_parts(title))
    # (a close read as no decision too, where the title's two things are done and held off by their names)
    kinds = ("approved", "recommended", "rejected", "postponed", "noted") + (("undetermined",) if by_title else ())
    if len(points) < 2 or not sentences or kind not in kinds:
        return []
    said = [s for s in sentences[-2:] if s.speaker == sentences[-1].speaker]
    if (len(sentences) >= 3 and sentences[-2].speaker != sentences[-1].speaker
            and ADOPTS.match(normalize(sentences[-1].text))):
        # the chair's "Så gør vi det." after another speaker's answer: "Kan vi godkende alle tre?" "De to første,
        # ja. Forløbet skal vente." "Så gør vi det."
        said = [s for s in sentences[-3:-1] if s.speaker == sentences[-2].speaker]
    done: list[tuple[Sentence, str, set[int]]] = []
    held: list[tuple[Sentence, str, set[int]]] = []
    for sentence in said:  # (read without a leading "Jamen," or hesitation, and "Så holder udvalget …" as "… vi …")
        before: set[int] = set()
        for clause in CLAUSES.split(forum_as_we(plainly(sentence.text))):
            # the points an approval makes an exception of are held off, not done: "Vi godkender alle undtagen
            # talentforløbet.", "Alt andet end talentforløbet er godkendt."
            # (not a thing inside the point approved: "Så udmønter vi puljen, bortset fra projektet i …, hvis midler går
            # tilbage i puljen.")
            kept, *excepted = _EXCEPT.split(clause, maxsplit=1)
            named = _named_in(kept, points)
            left_out = _named_in(excepted[0], points) - named if excepted else set()
            if excepted and DOES.search(clause.strip()) and left_out:
                held.append((sentence, excepted[0], left_out))
            if not named and before and _SAME_THING_ON.match(clause) and HELD_OFF.search(clause):
                # "Referatet retter vi og tager næste gang.": the second verb's thing is the first's, and it is held
                # off, not done
                named = before
                if done and done[-1][0] is sentence and done[-1][2] == before:
                    done.pop()
            before = named
            if named and _CASE_PRESENTED.search(clause) and all("forelægges" in points[k].casefold() for k in named):
                # "Sagen om talentforløb forelægges i september." on "5. Godkender at der forelægges en ny sag om
                # talentudviklingsforløb": the point done, given a time
                done.append((sentence, clause, named))
                continue
            if HELD_OFF.search(kept if excepted and left_out else clause):
                if named:
                    held.append((sentence, clause, named))
            elif DOES.search(clause.strip()) and not _NOTED.search(clause):  # (a point only noted approves nothing)
                done.append((sentence, clause, named))
    held_points = set().union(*(named for _, _, named in held))
    # a clause that names several points, one of them held off, does the others ("Strategien godkender vi.
    # Evalueringen tager vi stilling til senere." on "1. at kompetencestrategien godkendes 2. at strategien evalueres")
    done_points = set().union(*(named - held_points if len(named) > 1 else named for _, _, named in done))
    both = {k for k in held_points & done_points if not _parted_by_place(points[k], held, done)}
    if (not held or not done or len(held_points) == len(points) or both or (by_title and not done_points)
            or any(_ALL_DONE.search(forum_as_we(plainly(sentence.text))) for sentence, _, _ in done)):
        return []  # (all approved, a point said to come later: "Så godkender vi det hele, og indstilling 5 kommer …")
    return [Hit("approved", 0.5, done[0][0]), Hit("rejected", 0.5, held[-1][0])]


_CASE_PRESENTED = re.compile(CASE_PRESENTED_AT, re.IGNORECASE)


def _named_in(text: str, points: list[str]) -> set[int]:
    """The points ``text`` names by their words, money, number or figure."""
    return _points_named(_stems(text), points) | named_by_money_number_or_figure(text, points)


def _parted_by_place(point: str, held: list[tuple[Sentence, str, set[int]]],
                     done: list[tuple[Sentence, str, set[int]]]) -> bool:
    """One point done in one place it names and held off in another: "Så etablerer vi Brønderslev nu. Thisted venter
    på kommunen." on "1. at der etableres sundhedshuse i Brønderslev og Thisted"."""
    def places(clauses: list[tuple[Sentence, str, set[int]]]) -> set[str]:
        return {name.casefold() for _, clause, _ in clauses for name in re.findall(r"(?-i:[A-ZÆØÅ])\w{2,}", clause)
                if re.search(r"\b" + re.escape(name.casefold()) + r"\b", point.casefold())}
    held_in, done_in = places(held), places(done)
    return bool(held_in) and bool(done_in) and not held_in & done_in


# A point held off for later, not for good: "… venter", "… tager vi op igen", "… i budgettet".
_LATER = re.compile(r"\b(?:venter|vente|udsæt\w*|udsat|udskyd\w*|udskudt|når|senere|igen|næste|afvent\w*|efter|først"
                    r"|tilbage|budget\w*|kommer|en anden gang|efteråret|foråret|vinteren|parker\w*|indtil videre|modnes"
                    r"|" + MONTH + r")\b",
                    re.IGNORECASE)
_THE_REST = re.compile(r"\b(?:resten|de andre|de øvrige|alle andre)\b", re.IGNORECASE)


def points_by_their_words(said: Sequence[tuple[str, str]], indstilling: str) -> tuple[str, str, bool] | None:
    """("indstilling 1 og 2", "indstilling 3", held off for later) where the sentences name the points of a
    numbered Indstilling by their words ("Status og retningslinjer, ja. Forløbet, nej."); None when they do not
    name both what was approved and what was held off."""
    points = point_lines(indstilling)
    numbers = [re.sub(r"[.)].*$", "", point).strip() for point in points]  # "1. at …" → "1"
    done: set[int] = set()
    held: set[int] = set()
    later = False
    for _kind, text in said:
        for clause in CLAUSES.split(forum_as_we(plainly(text))):
            stems = _stems(clause)
            if HELD_OFF.search(clause):
                named = _points_named(stems, points, _named_at_start) | named_by_money_number_or_figure(clause, points)
                held |= named
                later = later or (bool(named) and _LATER.search(clause) is not None)
            elif _THE_REST.search(clause):
                done |= set(range(len(points))) - held
            else:  # every point a word names, also inside a compound: "Strategien og evalueringen er fine."
                done |= set().union(*(_named_anywhere(stem, points) for stem in stems),
                                    named_by_money_number_or_figure(clause, points))
    done -= held
    if len(points) < 2 or not done or not held:
        return None
    def listed(which: set[int]) -> str:
        said_numbers = [numbers[k] for k in sorted(which)]
        return "indstilling " + (" og ".join(said_numbers) if len(said_numbers) <= 2
                                 else ", ".join(said_numbers[:-1]) + " og " + said_numbers[-1])
    return listed(done), listed(held), later
