"""The phrasings a Beslutning is recognised by: one family per way of saying it. Pure.

Every family has a kind, a weight, a pattern over the normalised sentence and an
example sentence it matches (docs/minutes.md lists them; a test checks every
example). A sentence takes the kind of the first family that matches it, so the
negations and postponements come before the approvals they contain ("godkender
vi ikke", "kan vi godkende det? Nej, vi venter").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from referat.danish import MONTHS
from referat.minutes.refusals import REFUSALS
from referat.minutes.some_points import SOME_POINTS

# A Danish month name, for the forms that take one ("tages op i december", "fra 1. januar").
MONTH = "(?:" + "|".join(MONTHS) + ")"


@dataclass(frozen=True)
class Family:
    kind: str
    name: str
    pattern: re.Pattern[str]
    weight: float
    example: str


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_NOT_IKKE = r"(?:(?!ikke\b)\w+ )"
_APPROVE = (r"(?:godkend\w*|vedta\w*|vedtog|tiltræd\w*|tiltrådt\w*|bevilg\w*|bevilget|imødekomm\w*"
            r"|følge[rs]? (?!op\b)" + _NOT_IKKE
            + r"{0,2}(?:indstilling\w*|forvaltningen\w*|administrationen\w*|dagsorden\w*)"
            r"|indstilling\w* (?:\w+ )?(?:følges|(?:er|blev) fulgt)(?! ikke)|følger (?:\w+ )?anbefaling\w*"
            r"|sende[rs]? " + _NOT_IKKE + r"{0,3}i (?:udbud|høring)|kan (?:nu |godt |så )?komme i (?:udbud|høring))")
# Verbs of approval that a following "ikke" negates: "godkender vi dem ikke", "sender vi den ikke i udbud".
_NEGATABLE = (r"(?:godkend\w*|vedta\w*|vedtog|tiltræd\w*|bevilg\w*|imødekomm\w*|følge[rs]?|sende[rs]?|anbefale[rs]?"
              r"|indstille[rs]?)")

# A day of a month: "onsdag den 30. maj", "til den 12. juni", "den 30.".
_ON_DATE = r"(?:til )?(?:\w+dag )?(?:den )?\d{1,2}\.(?: " + MONTH + r"\b|\s|$)"
# The meeting's own date settled after it was talked over: "Så holder vi mødet onsdag den 30. maj", "… holder udvalget
# sit møde …", "Så afholdes mødet onsdag den 30. maj", "Så mødes vi den 30. maj", "Godt, så bliver det onsdag den 30.
# maj" (not news told: "Næste møde flyttes til den 9. oktober").
_DATE_SETTLED = (r"\b(?:(?:holder|afholder|flytter|rykker|lægger) (?:vi|udvalget)|(?:vi|udvalget) (?:af)?holder) "
                 r"(?:sit |vores |det |næste )?(?:\w+ )?"
                 r"\w*møde[t]? (?:\w+ ){0,2}" + _ON_DATE
                 # the meeting by its pronoun: "Så holder vi det onsdag den 30. maj"
                 + r"|\b(?:holder|afholder|flytter|rykker) (?:vi|udvalget) det (?:\w+dag )?"
                 + _ON_DATE + r"|^(?:\w+,? )?så (?:(?:\w+ ){0,2}\w*møde[t]? (?:af)?holdes"
                 r"|(?:af)?holdes (?:\w+ ){0,2}\w*møde[t]?) (?:\w+ ){0,2}"
                 + _ON_DATE
                 + r"|\bmødes vi (?:\w+ )?" + _ON_DATE + r"|\b(?:lander vi|er vi landet) på " + _ON_DATE
                 # "Ja, mødet bliver den 30. maj kl. 18.30."
                 + r"|\b\w*mødet bliver (?:flyttet til )?(?:\w+dag )?" + _ON_DATE
                 + r"|^(?:\w+,? )?så (?:bliver det|siger vi) " + _ON_DATE)

# A thing the meeting decides on ("lejemålet", "planen"), not a body that acts ("forvaltningen kommer tilbage, hvis …").
_CASE_NOUN = (r"(?!(?:forvaltningen|administrationen|direktionen|sekretariatet|udvalget|regionen|kommunen"
              r"|borgmesteren|formanden)\b)\w+(?:en|et|ne)")

FAMILIES: tuple[Family, ...] = (
    Family("partly_approved", "approval of some points, not others", _rx(SOME_POINTS),
        1.4, "Så godkender vi indstilling 1, 2 og 3, men ikke 4."),
    Family("rejected", "a negated approval", _rx(
        r"\b(?:ikke (?!bare |blot |kun |også )(?:\w+ )?(?:blevet |at )?(?:godkendt|vedtaget|tiltrådt|anbefalet"
        r"|bevilget|imødekommet|godkendes|vedtages|tiltrædes|anbefales|bevilges|imødekommes"
        r"|indført|indføres|gennemført|gennemføres"
        # in a subordinate clause, the verb after "ikke": "Skal vi skrive, at regionsrådet ikke godkendte lejemålet?"
        r"|godkendte|godkender|vedtog|vedtager|tiltrådte|tiltræder|bevilgede|bevilger|imødekommer|gives|ydes)"
        # (not "… ikke noget i dag": nothing decided yet, "Så anbefaler vi ikke noget i dag")
        r"|" + _NEGATABLE + r" (?:\w+ ){0,3}ikke\b(?! (?:kun|bare|alene|blot|noget (?:i dag|endnu|nu)\b))"
        r"|(?:gives|ydes|bevilges) (?:der |den |det |de )?ikke"
        # none of them: "Vi godkender ingen af de tre i dag", "Ingen af indstillingerne kan vi godkende"
        r"|(?:godkender|vedtager|tiltræder) (?:vi |udvalget |direktionen )?ingen\b"
        r"|ingen af (?:dem|de \w+|\w+(?:erne|ene)) (?:kan|vil|skal) (?:vi |udvalget |direktionen )?(?:godkende|vedtage)"
        r"|not (?:be )?approved?)\b"), 1.3, "Så godkender vi ikke indstillingerne i dag."),
    Family("postponed", "a postponement", _rx(
        r"\b(?:udsæt\w*|udsat|udskyd\w*|udskudt|hjemvis\w*|afvent\w*"
        r"|tage[rs]? (?:\w+ ){0,2}op (?:igen|på (?:et|næste)|senere)|venter,? (?:\w+ ){0,2}(?:med|til)\b|sendes tilbage"
        r"|venter vi,? (?:med|til)\b|lader (?:vi )?(?:den|det|sagen|punktet|\w+(?:en|et)) ligge"
        # (not left for good, keeping what there is: "Vi lader det ligge og klarer os med det, vi har")
        r"(?! og (?:klarer|nøjes|beholder|bliver ved|fortsætter med)\b)"
        # "Den må vi lade ligge"
        r"|(?:den|det|dem|sagen|punktet) (?:må|skal) vi lade ligge\b"
        r"|venter (?:vi )?og ser\b|\ben runde (?:mere|til)\b"
        # "…, og processen skal tilbage og strammes op", "Så må standarden tilbage til forvaltningen"
        r"|(?:skal|må) (?:\w+ )?tilbage (?:og|til (?:forvaltningen|administrationen|direktionen|udvalget"
        r"|styregruppen))\b"
        # the case reworked and brought again: "Så beder vi forvaltningen om at forenkle den og komme igen."
        r"|beder (?:vi )?\w+ om at (?:\w+ ){1,5}og (?:så )?komme (?:igen|tilbage)\b"
        # "Det sælger vi ikke til. Vi prøver igen efter sommer."
        r"|prøve[r]? (?:vi )?(?:at \w+ )?(?:igen|en gang til) (?:efter|i|til|om|når|på)\b"
        r"|tage[rs]? (?:den|det|sagen|punktet) (?:op )?(?:på|til) (?:næste|et senere|et kommende) møde"
        r"|tage[rs]? (?:vi )?stilling,? (?:når|efter|senere|før|inden|igen)\b"
        # "Bevillingen tager vi stilling til, når vi har en plan."
        r"|tage[rs]? (?:vi )?stilling til,? (?:når|efter|før|inden)\b"
        r"|(?:kan|kunne) (?:vi )?ikke tage stilling"
        r"|(?:beslutter|afgør|tager stilling|(?:træffer|tager) (?:\w+ )?beslutning\w*|vælger(?: \w+)?|udpeger)(?: vi)? "
        r"(?:på|til|i) "
        r"(?:næste|et senere|et kommende) (?:møde|måned)"
        r"|sende[rs]? (?:\w+ ){0,3}tilbage\b|til (?:et senere|et kommende) møde"
        r"|tager vi (?:\w+ )?(?:op )?(?:igen )?(?:på|til) (?:næste|et senere|et kommende) møde|når (?:det|den) ikke\b"
        # "…, og vi tager fordelingen på næste møde"; "Strategien behandles igen efter høringen"; "Vi holder sagen
        # tilbage, indtil …"; "Så sætter vi den på pause"
        r"|vi tager (?:den|det|dem|sagen|punktet|" + _CASE_NOUN + r") (?:op )?(?:igen )?(?:på|til) (?:næste|et senere"
        r"|et kommende) møde|(?:behandles|drøftes|tages op) igen (?:efter|når|på|i)\b"
        r"|holder (?:vi )?(?:sagen|punktet|den|det) tilbage\b"
        r"|sætter (?:vi )?(?:sagen|punktet|den|det|\w+(?:en|et))? ?på pause"
        # "Vi træffer beslutningen, når de er hørt"
        r"|(?:træffer|tager) (?:vi )?(?:\w+ )?beslutning\w*,? (?:når|efter|først)\b"
        # "Fire, fem og seks venter." (not "…, der venter")
        r"|^(?!.*\bder venter)(?:\w+,? ){1,5}venter(?=[.!]?$)"
        # "Vi tager hele AI-sagen igen i september"
        r"|tager (?:vi )?(?:hele )?[\w-]*sagen (?:op )?igen\b"
        r"|til næste gang|en anden (?:gang|dag)"
        # time to think: "Vi sover på det", "Vi tænker over det", "Vi tager en tænkepause", "Den skal have mere arbejde"
        r"|\bsove[r]? (?:lige )?på (?:det|den|dem|sagen)\b|\btænke[r]? (?:lige )?over (?:det|den|dem|sagen)(?=[.!]?$)"
        r"|\btænkepause\b|\b(?:skal|må) have mere arbejde\b"
        # to be made again, said alone: "Den skal skrives om.", "Så må Kristine lave dem om." (not a part inside an
        # approval: "Puljen godkender vi, men introprogrammet skal laves om og komme igen"; after a refusal it is
        # part of it: closing.refused_before)
        r"|^(?:så )?(?:den|det|de|dem|[\w-]+(?:en|et|ne|erne)) (?:skal|må) (?:\w+ )?(?:laves|skrives) om"
        r"(?: fra bunden)?(?=[.!]?$)|^(?:så )?(?:må|skal) \w+ (?:lave|skrive) (?:den|det|dem) om(?=[.!]?$)"
        # "Vi skubber salget", "Salget skubbes til efteråret"
        r"|skubbe[rs]? (?:vi )?(?:det|den|dem|sagen|punktet|[\w-]+(?:en|et|ne|erne))\b|\bskubbes\b"
        # "Så skyder vi punktet, til …", "Så skyder vi den.", "Den skyder vi til november" (not "… i gang": a start)
        r"|(?:skyde|parkere)[rs]? (?:vi )?(?:(?:det|den|dem|sagen|punktet|" + _CASE_NOUN + r")"
        r"(?:,? (?:\w+ )?(?:ud|til)\b|(?=[,.!]|$| og))|til (?:næste|et senere|et kommende|efter)\b)"
        r"|\b(?:det|den|dem|sagen|punktet) (?:skyder|parkerer) vi\b(?! (?:\w+ )?i gang)|genoptag\w*|genbehandl\w*"
        r"|parkere[rs]? (?:vi )?(?:sagen|punktet|den)|(?:er|bliver) (?:\w+ )?parkeret|on hold|(?:på|on) standby"
        # "Vi tager en pause med salget", "Salget bliver taget op igen i marts", "Salget kommer til at vente", "Vi lader
        # salget vente"; "Vi vender tilbage til salget" (not to a body: "… til udvalget med en plan")
        r"|tager (?:vi )?(?:en )?pause (?:med|i)\b|(?:bliver|blev) taget op igen\b|kommer til at vente\b"
        # (said alone, not after another act: "Så tager vi de fem og lader talentforløbet vente", "Vi tager profilen
        # til efterretning og vender tilbage til ensomheden")
        r"|^(?:så )?(?:lader vi|vi lader) [\w-]+(?:en|et|ne|erne) vente\b"
        r"|^(?:så )?(?:vender vi|vi vender) tilbage til "
        r"(?!(?:udvalget|direktionen|forvaltningen|byrådet|regionsrådet|chefforum)\b)"
        r"(?:den|det|sagen|punktet|[\w-]+(?:en|et|ne|erne))(?=[.!]?$| i | på | efter | når)"
        # renegotiated and brought back: "Administrationen forhandler og kommer tilbage med et nyt forslag."
        r"|\b(?:gen)?forhandler (?:\w+ ){0,3}og (?:kommer|vender) (?:tilbage|igen)\b"
        # the passive put later: "Skolen sælges først til foråret", "… sættes først til salg, når …"
        r"|\b\w+es først (?:til|efter|når|om)\b"
        r"|(?:sættes|stilles) i bero|(?:sætter|stiller) (?:vi )?(?:sagen|punktet|den|\w+(?:en|et)) i bero"
        # "Det lægger vi i skuffen indtil videre", "Så beslutter vi det om to uger", "Lad os tage det næste gang"
        r"|\blægger (?:vi )?(?:\w+ )?i skuffen\b"
        r"|\bbeslutter (?:vi )?(?:det |den )?(?:om|efter) (?:en|et|to|tre|fire|\d+) (?:uger?|måneder?|dage)\b"
        # "Så beslutter vi det, når kontrakten er ved at udløbe."
        r"|\bbeslutter (?:vi )?(?:det|den|dem|sagen),? (?:når|først|senere)\b"
        r"|\btage[rs]? (?:vi )?(?:det|den|dem|sagen|punktet) (?:på |til )?næste gang\b"
        # a part by name put off: "Caféerne må vente", "Awareness kommer igen i efteråret", "Puljen tager vi ved
        # budgetopfølgningen", "Resten vil vi drøfte igen", "Punkt tre skal vi have regnet på", "Så venter referatet"
        r"|\b\w+(?:en|et|ne|erne) må vente\b"
        r"|^(?!(?:sagen|punktet|den|det|de|processen|planen|indstillingen|forslaget)\b)[\w-]+ kommer (?:igen|tilbage) "
        r"(?:i|efter|når|på)\b"
        r"|^(?:de \w+ \w+|(?!(?:så|og|men|nu|det|den|vi)\b)[\w-]+) tager vi (?:op )?(?:ved|efter|på|i " + MONTH + r")\b"
        # "Ventilationen tager vi med i næste års budget"
        r"|^(?!(?:så|og|men|nu|det|den|vi)\b)\w+(?:en|et|ne|erne) tager vi (?:med )?i (?:næste års|det kommende) budget"
        r"|\bvil vi (?:drøfte|se|tage|kigge på|se på) (?:\w+ )?igen\b"
        r"|\bskal vi have (?:regnet på|mere at vide om|undersøgt|belyst)\b|\btager vi stilling til (?:i|efter|når|på)\b"
        r"|^(?:så )?venter (?:\w+(?:en|et|ne|erne))\b|\bventer,? til\b"
        # "Jeg vil vente med budgettet, til …", "Jeg vil gerne vente på de nye retningslinjer", "Så tager vi stilling.",
        # "Så taler vi med håndbold og vender tilbage.", "Så får administrationen kriterierne tilbage"
        r"|\bvil (?:jeg |vi )?(?:gerne )?vente (?:med|på|til)\b"
        r"|^så tager vi stilling(?: til (?:den|det|dem))?(?=[.!]?$)"
        r"|\bog vender tilbage(?=[.!]?$)|\bfår (?:\w+ )?\w+(?:en|et|ne|erne) tilbage\b"
        r"|(?:sagen|punktet|den|det|" + _CASE_NOUN + r") må vente|må (?:\w+ ){1,2}vente\b"
        # "… og tager retningslinjerne i juni": taken up at a later meeting
        r"|tage[rs]? (?:den|det|dem|sagen|punktet|" + _CASE_NOUN + r") (?:op )?i " + MONTH + r"\b"
        r"|(?:punktet|sagen) udgår|udgår (?:punktet|sagen)\b|tages af dagsordenen"
        # "Udvalget ønsker sagen belyst yderligere", "Den skal belyses nærmere"
        r"|belys(?:t|es) (?:yderligere|nærmere|bedre|grundigere)"
        r"|venter (?:vi )?på (?!at\b)\w+"
        r"|(?:godkende|vedtage)[rs]? (?:\w+ ){0,2}på (?:næste|et senere|et kommende) møde|(?:ligger|står) stille"
        r"|(?:beslutte|anbefale|godkende|vedtage)[rs]? (?:vi )?ikke (?:noget )?(?:i dag|endnu|nu)"
        r"|beslutte[rs]? (?:vi )?ikke noget,? (?:før|inden)"
        # in a clause: "Min konklusion er, at vi ikke beslutter noget i dag"
        r"|\b(?:vi|udvalget|direktionen) ikke beslutter (?:noget )?(?:i dag|endnu|nu)\b"
        # "Jeg vil se en business case, før vi beslutter noget": a decision waiting on something
        r"|(?:før|inden) (?:vi|udvalget|direktionen) (?:kan )?(?:beslutter?|tager stilling|tage stilling"
        r"|træffer (?:en )?beslutning|godkender"
        r"|vedtager|anbefaler|siger ja|lægger os fast|sender (?:\w+ ){0,2}i (?:udbud|høring))"
        # "Så lader vi det hele hvile, til vi har set, hvad KL anbefaler"
        r"|\blader (?:vi )?(?:det hele|den|det|dem|sagen|punktet) hvile\b"
        # "Den får lov at ligge en måned", "Lad os give den en tur mere i MED"
        r"|(?:får|skal have) lov (?:til )?at ligge\b|\ben (?:tur|runde) (?:(?:mere|til) )?(?:i|hos|forbi)\b"
        # "De sidste tre vil jeg gerne drøfte med plejecentrene først."
        r"|\bvil (?:jeg|vi) (?:gerne )?(?:drøfte|tale om|høre|se på|kigge på) (?:\w+ ){0,5}først(?=[.!]?$)"
        # "Så lad os se tiden an", "Så må den modnes lidt endnu", "Vi beslutter efter prøvesmagningen"
        r"|\bse[rs]? tiden an\b|\b(?:må|skal) (?:\w+ )?modnes\b"
        r"|\bbeslutter (?:vi )?(?:det |den )?(?:først )?efter (?!at\b)\w+(?:en|et|ne|erne)\b"
        # handed to the budget process, which decides later: "… ind i budgetforhandlingerne til næste år", "Pengene
        # til de første projekter tager vi i budgettet"
        r"|tager vi (?:med )?i budget(?:tet|forhandlingerne|processen)\b"
        r"|(?:ind|med) i budget(?:forhandlingerne|processen|lægningen|seminaret|\s+\d{4}"
        r"|tet (?:for|til) (?:næste år|\d{4}))\b"
        # "Det må budgetforhandlingerne afgøre", "Det overlader vi til budgetforhandlingerne", "Det hører hjemme i
        # budgettet", "Vi finder pengene til næste år", "Måske næste år." (not "Det ser vi på i budgettet": a task)
        r"|\b(?:må|skal) budget\w+ afgøre\b|\bbudget\w+ (?:må|skal) afgøre\b"
        r"|\b(?:overlader (?:vi )?(?:det|den|dem)|(?:det|den|dem) overlader vi) til budget\w*"
        r"|\bhører (?:\w+ )?hjemme i budget\w*"
        r"|\bfinder (?:vi )?pengene (?:til )?næste år\b|^måske (?:til )?næste år(?=[.!]?$)"
        r"|træffe[rs]? (?:vi )?ikke (?:nogen |en )?beslutning (?:i dag|endnu|nu)"
        r"|(?:kan|kunne) (?:vi )?ikke nå (?:det|den|punktet|sagen)"
        r"|tages (?:\w+ )?op (?:igen )?(?:i|på|til|efter) (?:næste|et senere|" + MONTH
        + r"|foråret|sommeren|efteråret|vinteren|jul)"
        r"|(?<!\bog )(?<!\bog vi )(?:kigger|ser) (?:vi )?på (?:\w+ ){0,3}igen"
        r"|lad os (?:\w+ )?(?:vente|tage (?:det|den|sagen|punktet) (?:op )?igen)"
        r"|(?:afgøres|besluttes|afklares) (?:\w+ ){0,2}(?:på|til|i) (?:næste|et senere|et kommende) møde"
        r"|tage[rs]? (?:dem|den|det|sagen|planen|punktet) tilbage til|tage[rs]? (?:\w+ ){1,4}op,? (?:når|efter at)"
        # "Så får forvaltningen den tilbage og skriver mål ind"
        r"|får (?:\w+ )?(?:dem|den|det|sagen|planen|punktet) tilbage\b"
        # "Lad os tage det, når vi har set den"
        r"|(?:tage|behandle|afgøre)[rs]? (?:vi )?(?:det|den|dem|sagen|punktet|" + _CASE_NOUN + r")(?: sammen)?,? "
        r"(?:når|efter at)"
        # "… planen kommer på, når tallene er der"; "Så får administrationen den med hjem og retter den til"
        r"|\bkommer (?:op )?på(?: igen)?,? (?:når|efter at)\b|\bfår (?:\w+ )?(?:den|det|dem|sagen|planen) med hjem\b"
        # "Lad os vende tilbage til planen i september"; "… før den sendes ud"; "Vi træffer ikke beslutningen i dag";
        # "Navnet finder vi, når hallen står færdig"; "Det valg tager vi efter sommerferien"
        r"|\blad os vende tilbage til (?:planen|sagen|punktet|den|det)\b"
        # (also "…, inden planen kan vedtages"; not "Så kortes den ned, inden den sendes i høring": a condition)
        r"|\bfør (?:den|det|de|sagen|planen) (?:sendes|godkendes|vedtages)\b"
        r"|\b(?:før|inden) (?:den|det|de|sagen|planen|[\w-]+(?:en|et|ne|erne)) kan (?:sendes|godkendes|vedtages"
        r"|besluttes)\b"
        r"|\btræffer (?:vi )?ikke (?:en |nogen )?beslutning(?:en)? (?:i dag|endnu|nu)\b"
        r"|^(?:\w+,? )?\w+(?:et|en) finder vi,? (?:når|efter)\b"
        r"|^(?:\w+,? )?(?:det|den) (?:\w+ )?tager vi (?:op )?(?:efter|til) (?:sommerferien|jul|nytår|påske|budgettet"
        r"|næste)\b"
        # the object first: "Den tager vi, når kommunen har svaret"
        r"|^(?:\w+,? )?(?:den|det|dem|sagen|punktet|[\w-]+(?:en|et|ne|erne)) (?:tager|behandler|afgør) vi,?"
        r" (?:når|efter at)\b"
        r"|tage[rs]? (?:vi )?ikke stilling (?:til \w+ )?(?:i dag|nu|endnu)"
        r"|tage[rs]? (?:vi )?(?:punktet|sagen|den|det) af\b|tage[rs]? (?:vi )?\w+ af dagsordenen\b"
        # the approval itself later: "… og godkender det bagefter", "… og vi beslutter bagefter", "Så venter vi."
        r"|(?:godkender|vedtager|beslutter) (?:vi )?(?:det |den |dem )?(?:bagefter|senere|efterfølgende|derefter"
        r"|herefter)\b"
        r"|^(?:(?:godt|ja|nej|okay),? )?så venter vi(?=[.!]?$)"
        # a hearing first, the decision after: "Så sender vi den i høring hos landbruget først"
        r"|sende[rs]? (?:vi )?(?:\w+ ){0,3}i høring (?:\w+ ){0,3}først(?=[.!]?$)"
        r"|tage[rs]? (?:vi )?(?:den|det|dem|sagen|punktet) (?:igen|tilbage\b)"
        # "Jeg vil lige have beboernes høringssvar først": a decision waiting on something
        r"|(?:vil|skal) (?:gerne |lige )*(?:have|se) [^.?!]*\bførst\b"
        r"|trækkes (?:tilbage|af dagsordenen)|trukket (?:\w+ )?(?:tilbage|af dagsordenen|fra dagsordenen)"
        r"|(?:behandles|drøftes|tages op|genoptages|ser vi på|vi ser på) (?:\w+ ){0,2}(?:på|til|i) (?:næste|et senere"
        r"|et kommende|det kommende|et nyt|et andet) (?:møde|måned)|ser vi (?:den|det|dem) igen"
        # "Så gør vi det til næste år" (not "overskuddet overføres til næste år")
        r"|(?:gør|tager|gemmer|lægger|venter) (?:vi )?(?:det|den|dem) (?:\w+ )?til næste år"
        r"|(?:punktet|sagen) (?:blev |bliver |er )?(?:derfor )?ikke behandlet"
        r"|(?:blev|bliver) (?:derfor )?ikke behandlet|behandles ikke"
        r"|(?:må|skal) (?:vi )?vente,? (?:med|til)|vente med at (?:tage stilling|beslutte|behandle)"
        # "Den kommer på mødet i oktober", "Regnskabet kommer til godkendelse i maj", "… og tager stilling om to
        # uger", "Fem og seks vil vi se nærmere på"
        r"|\bkommer (?:op )?på (?:mødet|et møde|dagsordenen) (?:i|den|efter)\b"
        r"|\bkommer (?:til|op til) (?:godkendelse|beslutning|behandling|afgørelse) (?:i|på|efter|når)\b"
        r"|\btage[rs]? (?:vi )?stilling (?:om|efter) (?:en|et|to|tre|fire|\d+) (?:uger?|måned(?:er)?|dage)\b"
        r"|\b(?:vil|skal) vi se nærmere på\b|\bser vi nærmere på\b"
        # shelved: "Så lægger vi salget på hylden, indtil …"; no call for a decision today
        r"|lægge[rs]? (?:vi )?(?:\w+ ){1,2}på (?:hylden|is)|(?:ingen grund|intet behov|ikke behov) (?:for |til )?at "
        r"(?:beslutte|tage stilling|træffe (?:en )?beslutning)(?: \w+){0,2} (?:i dag|nu|endnu)"
        r"|postponed?|deferred|put off)\b"), 1.1, "Så udsætter vi punktet, til erhvervsrådet har udtalt sig."),
    Family("rejected", "a refusal", _rx(REFUSALS), 1.2, "Vi afviser indstillingen om de hundrede tusind kroner."),
    # "Sagen kommer igen i januar"; after a refusal in the sentence before it is the refusal's note.
    Family("postponed", "a return of the case", _rx(
        # (also with what it is about: "svaret om indkøb kommer igen")
        r"\b(?:sagen|punktet|den|det|processen|planen|forslaget|indstillingen|" + _CASE_NOUN + r"(?: om \w+)?) kommer "
        r"(?:på )?(?:igen|tilbage)\b|\bkommer (?:sagen|punktet|planen|forslaget|" + _CASE_NOUN + r") "
        r"(?:på )?(?:igen|tilbage)\b"
        # "De kommer igen, når MED har set dem"; "Sagen går tilbage til administrationen"; "… og behandler sagen igen"
        r"|^(?:de|dem) kommer (?:igen|tilbage),? (?:når|efter)\b|\b(?:sagen|punktet|den|det) går tilbage til\b"
        r"|\bbehandle[rs]? (?:vi )?(?:sagen|den|det|punktet) igen\b"),
           0.9, "Sagen kommer igen i januar."),
    Family("rejected", "a majority against", _rx(r"\bflertal(?:let)? (?:stemte |stemmer |er )?imod\b"),
           1.2, "Et flertal stemte imod forslaget."),
    Family("rejected", "an inability to approve",
           # (not an outside authority's: "Politiet vil ikke godkende 30.")
           _rx(r"(?<!politiet )(?<!ministeriet )(?<!styrelsen )(?<!staten )(?<!regeringen )(?<!banken )"
               r"\b(?:kan|kunne|vil|skal) (?:vi |jeg |\w+ )?ikke (?:godkende|støtte|anbefale|bevilge|tiltræde|vedtage"
               # "Den kan vi ikke stå på mål for" (not a member's "Vi kan ikke acceptere besparelsen …", a view)
               r"|imødekomme|gå ind for|stå (?:på mål|inde) for|tilslutte (?:os|sig|mig))\b"), 0.6,
           "Vi kan ikke godkende en lejeforhøjelse uden beboermøde."),
    Family("recommended", "a recommendation to another body", _rx(
        # (also by a majority: "Der er et flertal for at anbefale udmøntningen.")
        r"\bflertal for at anbefale\b"
        r"|\b(?:anbefaler|anbefale) (?:\w+ ){0,3}(?:byrådet|regionsrådet|kommunalbestyrelsen|forretningsudvalget"
        r"|økonomiudvalget|over for)\b|\banbefale[rs]?,? at\b|\banbefaler (?:udvalget|vi|direktionen),? at\b"
        r"|\bindstiller (?:den|det|sagen|punktet) til (?:\w+ )?godkendelse\b"
        # "Udvalget indstiller samlingen til godkendelse i forretningsudvalget"
        r"|\bindstiller (?:\w+ ){1,3}til godkendelse (?:i|hos|til)\b"
        # "Så indstiller vi til forretningsudvalget, at …": on to the body that decides
        r"|\bindstiller (?:vi|udvalget) (?:den |det |dem |sagen )?til (?:byrådet|regionsrådet|kommunalbestyrelsen"
        r"|forretningsudvalget|økonomiudvalget)\b"
        # "indstille" said as "anbefale": "Så indstiller vi bevillingen over for byrådet", "… indstiller vi godkendt",
        # "Så indstiller vi, at …", "Så indstiller vi det."
        r"|\bindstiller (?:vi|udvalget)\b(?! ikke)(?:,? at\b| (?:\w+ ){0,3}(?:godkendt|vedtaget|tiltrådt|over for"
        r"|byrådet|regionsrådet|kommunalbestyrelsen)\b| \w+(?:en|et|ne)\b| (?:det|den|dem)(?=[.!]?$))"
        r"|\b\w+(?:en|et|ne) indstiller (?:vi|udvalget) (?:godkendt|vedtaget)\b"
        r"|\banbefale[rs] (?:\w+ ){0,2}(?:godkendt|vedtaget|tiltrådt)\b"
        r"|\bsende[rs]? (?:\w+ ){0,3}videre (?:til \w+ )?med (?:\w+ )?anbefaling"
        # on to the body that decides: "Vi bakker op og sender den videre til byrådet"
        r"|\bsende[rs]? (?:vi )?(?:den|det|sagen|\w+en) videre til (?:byrådet|regionsrådet|kommunalbestyrelsen)\b"
        r"(?! uden)"
        r"|\brecommends?\b|\brecommended\b"), 1.2, "Udvalget anbefaler udmøntningen over for regionsrådet."),
    Family("approved", "an approval", _rx(r"\b" + _APPROVE + r"\b|\b(?:approved?|approves|adopted|accepted)\b"),
           1.0, "Så er skema C godkendt."),
    Family("approved", "an approval by vote or assent to the proposal", _rx(
        # (the thing voted on by name: "Så er der flertal for strategien")
        r"\b(?:siger (?:vi )?ja|sige ja|flertal for (?:indstillingen|forslaget|\w{4,}(?:en|et|ne|erne)\b)|ingen imod"
        r"|enstemmig\w*"
        r"|flertal (?:\w+ )?(?:stemmer|stemte) for|flertal for (?:at|et forsøg)"
        # a trial granted: "Så laver vi et forsøg på to skoler i stedet"
        r"|(?:laver|gennemfører|starter) vi et forsøg"
        r"|flertal(?:let)? (?:vil|ønsker at|går ind for|er for)\b(?! ikke)"
        r"|som (?:indstillet|foreslået|beskrevet|fremlagt|planlagt)"
        r"|som (?:retningslinjerne|planen|indstillingen|forvaltningen|administrationen|sagen) (?:siger|foreslår"
        r"|lægger op til|beskriver)"
        r"|går (?:vi )?videre med (?:udbuddet|processen|planen|forslaget|indstillingen|projektet)"
        r"|(?:bevilling\w*|tilskud\w*|garanti\w*|tilladelse\w*|støtte\w*|midlerne|pengene) (?:er |blev )?"
        r"(?:hermed |så )?givet|giver (?:vi|udvalget|direktionen) (?:\w+ )?(?:bevilling\w*|tilskud\w*|garanti\w*"
        r"|tilladelse\w*|støtte\w*)"
        # "… og giver anlægsbevillingen": the grant itself, not "Regionen giver tilladelse til …"
        r"|(?:og|så) giver (?:\w+ )?\w*(?:bevillingen|tilskuddet|garantien)\b"
        # "Så giver vi dem 200.000": the act with its amount
        r"|^(?:(?:godt|fint|ja|okay),? )?så (?:giver|bevilger|afsætter) (?:vi|udvalget) (?:\w+ ){0,2}\d[\d.,]*"
        r"(?: (?:kroner|kr|millioner|mio)|\.\d{3}|,? og|[.!]?$)"
        r"|alle (?:\w+ )?(?:stemmer|stemte) for|så kører vi med (?:det|den|indstillingen)"
        # "Vi kører med fordelingen, som den er", "… og vi fortsætter processen"
        r"|kører (?:vi )?med (?:\w+(?:en|et|ne|erne))\b|fortsætter (?:vi )?(?:processen|arbejdet|forløbet)\b"
        r"|(?:er (?:den|det|sagen)|(?:den|det|sagen) er) (?:hjemme|i hus|landet)\b"
        r"|(?:lægger|lægge) (?:os|mig) op ad (?:indstillingen|forslaget)"
        r"|tilslutte[rs]? (?:os|mig|sig) (?:\w+ )?(?:\w+ )?(?:indstilling\w*|forslaget|anbefaling\w*|dem|den|det)"
        r"|^(?:\w+,? )?(?:den|det|dem) (?:kan|vil) (?:vi|udvalget|direktionen) (?:godt |fint )?tilslutte (?:os|sig)\b"
        r"|^(?:så )?(?:skriver vi|vi skriver) under\b"
        r"|(?:det|den|planen|sagen|aftalen) (?:er|var) på plads|(?:er|var) (?:begge dele|det hele|alt) på plads"
        r"|(?:er|var) (?:det|den|planen|sagen|\w+(?:en|et|ne))"
        r" på plads|^(?:det|den) er der (?:et )?flertal for\b"
        r"|(?:det|den) er en go"
        r"|\b(?:den|det|de|sagen|forslaget|indstillingen|planen|\w+en) går (?!ikke\b)(?:\w+ )?igennem\b"
        r"|opbakning til (?:indstillingen|forslaget)|(?:fuld|bred|stor|klar) opbakning"
        r"|(?:der er|der var) (?:\w+ )?opbakning til"
        r"|bakker (?:vi )?op om (?:indstillingen|forslaget)"
        r"|grønt lys|s(?:iger|agt|agde) (?:vi )?god for|(?:det|den) er vi enige om|så gør vi det|det siger vi ja til"
        r"|hermed vedtaget|^så er (?:vi|regionen|kommunen|udvalget|direktionen) med(?=\.?$)"
        r"|(?:lad os|så) prøve[r]? (?:vi )?(?:det|den|ordningen|strukturen)\b"
        r"|\bvi prøver(?: det| den)?(?: af)?(?=[.!]?$)"  # "Det synes jeg, vi prøver."
        r"|\bvi prøver (?:den|det|ordningen) (?:af )?(?:i )?(?:et|en) |\bprøver vi (?:\w+ ){1,3}i (?:et|en) (?:halvt )?"
        r"(?:år|måned|kvartal)|giver? (?:den|det|ordningen|\w+en) en chance"
        r"|^(?:så )?(?:er )?der (?:er )?(?:et )?flertal(?=\.?$|,? og )"
        r"|(?:efter|som|følger(?: vi)?) (?:\w+s |den |de )?anbefaling(?:en|erne)?\b"
        r"|(?:(?:jeg|vi) (?:tager|opfatter|betragter|tolker)|(?:tager|opfatter|betragter|tolker) (?:jeg|vi))"
        r" det som et ja"
        r"|(?:der er|er der) (?:\w+ )?enighed om|går (?:vi )?med (?:det|den|de) \w+)\b"),
        0.9, "Fire for, ingen imod."),
    Family("noted", "taking a report to efterretning", _rx(
        # (not the secretary writing it down: "Den noterer jeg.", a choice: "Så noterer vi de to.")
        # (nor a concern written into an approval: "Den er godkendt. Regionsrådet noterer sig med bekymring …")
        r"\btil (?:efterretning|orientering)\b|\bnoter(?:er|et)\b(?<!de[nmt] noterer)"
        r"(?! sig med (?:bekymring|tilfredshed))"
        r"(?! vi (?:dem|de (?:to|tre|fire|fem|seks))\b)"
        r"|\b(?:fået|har fået|modtaget|modtog) (?:orienteringen|oplægget|redegørelsen|præsentationen)\b"
        r"|\borienteringen er (?:modtaget|noteret)\b"
        r"|\borienteringen (?:er )?givet\b|\b(?:det|orienteringen|redegørelsen|meddelelsen\w*) er hørt\b"
        r"|\bhørt (?:orienteringen|redegørelsen)\b|\bhar vi hørt (?:det|orienteringen)\b"
        # (not others informed: "De er orienteret", "Beboerne er orienteret")
        r"|(?<!\bde )(?<!\bhan )(?<!\bhun )(?<!rne )\b(?:hermed|er) orienteret\b|\ber vi (?:hermed )?orienteret\b"
        r"|\bnoted\b|\btake note\b|\btook note\b|\btakes note\b"),
        1.0, "Vi noterer os status og følger det tæt."),
    # (not a report that nothing was: "der blev ikke besluttet noget nyt")
    Family("decided", "a decision", _rx(r"(?<!\bikke )\b(?:besluttede|besluttet|beslutter|besluttes|decided|decides)\b"
               r"|\b(?:er|blev) (?:hermed )?(?:(?!ikke\b)\w+ ){0,3}(?:udpeget|valgt|udnævnt)\b"
               r"|\b(?:udpeger|vælger) (?:vi|udvalget)\b|\bvi (?:udpeger|vælger)\b|\bnavngives\b"
               r"|\b(?:kommer til at|skal) hedde\b|^(?:så )?er det aftalt\b"
               # "Så lader vi det være op til den enkelte afdeling"
               r"|\b(?:lader|overlader) (?:vi )?(?:det|den|beslutningen|valget) (?:være )?op til\b"
               # "Så lader vi hvert område bestemme selv"
               r"|\blader (?:vi )?(?:hvert|hver|den enkelte|de enkelte) \w+ (?:bestemme|vælge|beslutte) selv\b"),
           0.95, "Vi beslutter, at mødefri fredag afprøves i tre måneder."),
    # (an Indstilling that proposes the date itself is approved or changed by it: decisions.py)
    Family("decided", "a meeting's date settled", _rx(_DATE_SETTLED), 0.95,
           "Så holder vi mødet onsdag den 30. maj klokken 18.30."),
    Family("decided", "an agreement on what to do", _rx(
        r"\b(?:aftaler|aftalte|aftalt),? (?:\w+ )?at\b|\bkonklusionen (?:er|bliver),? at\b|\bvi (?:har )?valgt,? at\b"),
           0.8, "Vi aftaler, at mødet flyttes til tirsdag."),
    Family("recommended", "a recommendation", _rx(
        r"\banbefal(?!inger)\w*\b"
        r"|\boversend\w* (?:\w+ )?til (?:byrådet|regionsrådet|kommunalbestyrelsen|økonomiudvalget)\b"),
        0.5, "Venstre anbefaler den."),
    Family("discussed", "a discussion", _rx(
        r"\b(?:drøft\w*|debat\w*|talt om|snakket om|god snak|tak for (?:input\w*|inputtet|dine input|snakken"
        r"|bidragene|debatten|de gode input\w*|kommentarerne|de gode kommentarer"
        r"|(?:de gode )?bemærkninger(?:ne)?)|vendt (?:det|sagen|punktet)"
        r"|oppe at vende|dialog\w*"
        r"|discussed)\b"), 0.5, "Tak for en god drøftelse."),
)
