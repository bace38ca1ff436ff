"""The remark a single sentence says with its approval, in the form it was said: a remark word
("med den bemærkning, at …", "…, dog kun for beboerne", "under forudsætning af …"), the remarks made
("med de bemærkninger, der faldt"), or a plain form only the approval itself can have ("vedtaget med
et afsnit om løn", "…, men vi vil gerne have …", "…, og lader børneprisen være"). Pure; remarks.py
finds which sentence around the approval says it. docs/minutes.md lists the forms.
"""

from __future__ import annotations

import re

from referat.minutes.chair_adds import added_by_chair, shield_amounts, unshield
from referat.minutes.clauses import thing_refused_beside
from referat.minutes.postponements import MONTH
from referat.minutes.quotes import as_clause
from referat.minutes.remark_words import CHANGE_OPENING, CHANGE_VERBS, ENGLISH_REMARK, REMARK, SAID_REMARKS, TAKEN_IN
from referat.minutes.sentences import normalize
from referat.minutes.trials import tried_or_reviewed

# A remark phrase that takes its object as said: "med ønske om …", "med en opfordring til …".
PREPOSITION_END = re.compile(r"\b(?:om|til|af|for|på|fra)$")
# "at der er adgang", "at borgerne inddrages": a clause, not an infinitive ("at inddrage borgerne").
_CLAUSE_AFTER_AT = re.compile(r"^at (?:der|det|den|de|vi|man|han|hun|alle|hver|\w+(?:en|et|ne))\b", re.IGNORECASE)
# The rest of a clause, up to its comma or full stop; not those inside "4,5 procent" or "den 15. december".
_UP_TO_STOP = r"(?:[^,.!?]|(?<=\d)[,.](?=\d)|(?<=\d)\.(?= " + MONTH + r"\b))*"
# A thing by its adjective, not the one proposed: "(med den) højere parkeringsnorm" (not "den foreslåede model").
_BY_ITS_ADJECTIVE = (r"(?!(?:samme|foreslåede|beskrevne|nuværende|indstillede|fremlagte|omtalte|nævnte|store|klare"
                     r"|brede)\s)\w+e\s+\w{4,}")
# What an approval was given with: "vedtaget med et afsnit om løn", "vedtaget, med korte statusmøder", "Så er
# halfordelingen på plads med de to timer til håndbold":
# an article or an adjective before the noun (not "med tak", "med et stort flertal", "med fire stemmer").
_APPROVED_WITH = re.compile(r"\b(?:(?:godkendt|godkendes|vedtaget|vedtages|på\s+plads),?"
                            r"(?:\s+(?!med\b)\w+(?:en|et|ne|erne))?"
                            # "Så godkender vi lejemålet med opsigelse efter fem år"
                            r"|(?:(?:godkender|vedtager|vælger|gør)\s+vi|siger\s+vi\s+ja\s+til)\s+(?:\w+\s+){0,3}?"
                            # "Vi indkøber det med option på tre års forlængelse"
                            r"|\b\w+er\s+vi\s+(?:det|den|dem)\s+|\bvi\s+\w+er\s+(?:det|den|dem)\s+"
                            # "Vi sender den i høring med en særlig invitation til handicapidrætten"
                            r"|sender\s+vi\s+(?:\w+\s+){1,2}?i\s+(?:høring|udbud)\s+"
                            # asked: "Kan vi godkende det med superbrugere i alle afdelinger?"
                            r"|(?:godkende|vedtage)\s+(?:\w+\s+){1,2}?"
                            # the object first: "Den godkender vi med rengøring hver anden uge"
                            r"|(?:den|det|dem)\s+(?:godkender\s+vi|vedtager\s+vi|siger\s+vi\s+ja\s+til)\s+)\s*med\s+(?P<what>"
                            r"(?!(?:\w+\s+){0,2}(?:flertal|stemme\w*|applaus)\b|det samme\b|alle\b"
                            r"|(?:det|den)\s(?!" + _BY_ITS_ADJECTIVE + r"))"
                            # "med overgangsordningen": a definite noun on its own, at the end (also asked)
                            r"(?:(?:det|den)\s" + _BY_ITS_ADJECTIVE
                            + r"|(?:et|en|\w+e)\s+\w|\w+(?:en|et|ne)\s+\w|\w{4,}(?:en|et|ne)(?=[.!?]?$)"
                            # ("med transport som fokusområde")
                            r"|(?!(?:tak|glæde|virkning|forbehold|hensyn)\b)\w{5,}\s+(?:hver|hvert|om|fra|i|på|over|af|som|for|efter|til|klokken"
                            r"|kl\.?)\s+\w"
                            # a date with it: "med start 1. april" (its dot shielded, chair_adds.shield_amounts)
                            r"|(?!(?:virkning|forbehold|hensyn)\b)\w{5,}\s+(?:den\s+)?\d{1,2}\u2024\s*\w"
                            # a number of things: "med to hovedretter" (not "med fire stemmer", above)
                            r"|(?:to|tre|fire|fem|seks|\d+)\s+\w{4,}"
                            # how often or how: "med kvartalsvis opfølgning", "med ugentlig rengøring"
                            r"|\w+(?:vis|ig|lig)\s+\w{5,}"
                            # someone's proposal: "med Lises forslag"
                            r"|(?-i:[A-ZÆØÅ])\w+s\s+(?:forslag|ændringsforslag|tilføjelse|ændring|bemærkning|idé)\b)"
                            + _UP_TO_STOP + r")",
                            re.IGNORECASE)
# What it was approved with, said first: "Godt. Med klimamødet i november er årshjulet godkendt."
_WITH_FIRST = re.compile(r"^(?:(?:godt|fint|ja),?\s+)?med\s+"
                         # (but "Med de to timer er …")
                         r"(?P<what>(?!(?:det|den|de|dem|disse|denne)\b(?! (?:to|tre|fire|fem|seks|\d+) ))"
                         r"\w+(?:\s+\w+){0,4}?)"
                         r"\s+(?:er|blev)\s+\w+\s+(?:godkendt|vedtaget)\b", re.IGNORECASE)
# The change said first, then the approval of the rest: "Så rykker vi junimødet, og ellers er planen godkendt."
_OTHERWISE = re.compile(CHANGE_OPENING + r"(?P<change>.+?),?\s+og\s+"
                        r"(?:(?:ellers|i øvrigt)\s+(?:.*\b(?:godkendt|vedtaget|godkender|vedtager)\b)"
                        # "… til februar og godkender i øvrigt kommissoriet"
                        r"|(?:så\s+)?(?:godkender|vedtager)\s+(?:vi\s+)?(?:ellers|i øvrigt)\b"
                        r"|(?:ellers|i øvrigt)\s+(?:siger\s+vi\s+ja|følger\s+vi|tiltræder\s+vi|\w{3,}es)\b"
                        # "… til Vendsyssel og udmønter ellers puljen som foreslået"
                        r"|(?:så\s+)?\w+er\s+(?:vi\s+)?(?:ellers|i øvrigt)\b"
                        r"|resten(?:\s+af\s+\w+)?\s+(?:er|blev)\s+(?:\w+\s+)?(?:godkendt|vedtaget)"
                        # "… holder svømmetaksten på sidste års niveau og godkender resten"
                        r"|(?:så\s+)?(?:godkender|vedtager)\s+(?:vi\s+)?resten\b"
                        # "Så begynder møderne kl. 15, og med det er mødeplanen godkendt"
                        r"|med det\s+(?:er|blev)\s+(?:\w+\s+)?(?:godkendt|vedtaget))"
                        # without "ellers" only after a change said as one: "Så flytter vi det til den 3. maj, og …",
                        # "Det lægger vi ind i maj, og så er den godkendt"
                        r"|" + CHANGE_OPENING
                        + r"(?P<moved>(?:(?:det|den|dem)\s+\w+er\s+vi\b|(?:(?:det|den)\s+)?(?:vi\s+)?"
                        r"(?:" + CHANGE_VERBS + r"|holder|lægger|skriver|laver|skærer (?:\w+ )?ned)(?: vi)?\b"
                        # "Forløbet bliver på max en time, og så er …"
                        r"|\w+(?:en|et|ne|erne)\s+bliver\s+(?:på|til|kun|obligatorisk|frivillig)\b"
                        # "Så får den mål for hvert center, og så …", "Vi gør dem skarpere, og så …",
                        # "Så kortes den ned, og så …" (not "Så får den lov at …")
                        r"|(?:får\s+(?:den|det|dem|planen)|(?:den|det|planen)\s+får)\s+(?!lov\b)\w+"
                        r"|(?:vi\s+)?gør\s+(?:vi\s+)?(?:den|det|dem|\w+(?:en|et|ne|erne))\s+"
                        r"(?!(?:og|så|i|til|med|på|for|sådan|også|bare|lige|jo|nu)\b)\w{4,}(?=,?\s+og\b)"
                        r"|(?:(?:den|det)\s+(?:skal\s+)?)?(?:kortes|skæres|strammes|skrives|justeres)\s+(?:(?:den|det)\s+)?"
                        r"(?:ned|op|om|til)\b).+?)"
                        r",?\s+og\s+(?:så\s+)?(?:(?:\w+\s+)?(?:er|blev)\s+(?:\w+\s+){0,3}"
                        r"(?:godkendt|vedtaget|hjemme|i hus|enige)"
                        # "…, og så sender vi bemærkningerne", "… og kører med retningslinjerne", "og dem kører vi med":
                        # the act itself after the change
                        r"|\w+er\s+vi\b|(?:det|den|dem)\s+\w+er\s+vi\b|(?:kører|går)\s+(?:vi\s+)?(?:videre\s+)?med\b)",
                        re.IGNORECASE)
# A change, then the rest kept: "Julimødet udgår, resten står.", "Vi dropper den fjerde, og resten er fint."
_REST_STANDS = re.compile(CHANGE_OPENING + r"(?P<change>[^,]+?),?\s+(?:og\s+)?resten(?:\s+af\s+\w+)?\s+"
                          r"(?:står(?:\s+ved\s+magt)?|er\s+(?:\w+\s+)?(?:godkendt|vedtaget|fint|i orden))[.!]?$",
                          re.IGNORECASE)
# A condition put on carrying it out, in the passive, with someone else than the item as subject:
# "…, og medarbejderne høres inden opstart" (not "…, og sagen sendes videre til byrådet").
_AND_PASSIVE = re.compile(r",?\s+og\s+(?P<rest>"
                          r"(?!(?:den|det|sagen|planen|punktet|indstillingen|forslaget)\s|de\s+\w+es\b)"
                          # ("…, og de små faggrupper prioriteres")
                          # ("…, og store lederdag kan holdes som to halve dage")
                          r"(?:de\s+\w+\s+\w+er\s+|(?:de\s+)?(?:\w+(?:erne|ene|ne|ede)\s+"
                          r"|(?:\w+e\s+)?\w{4,}\s+(?:kan|skal|må)\s+))"
                          r"(?!godkendes|vedtages|sendes|oversendes)\w{3,}es\b[^.!?]*)",
                          re.IGNORECASE)
# Something new made beside the act, with its article: "…, og der laves et familiekort" (not "…, og der laves
# skilte", the practical side of it)
# (also a demand put: "…, og der stilles krav om overenskomst")
_AND_MADE = re.compile(r",\s+og\s+der\s+(?P<rest>(?:(?:laves|indføres|oprettes|etableres|gives)\s+(?:en|et)\s+\w{4,}"
                       r"|stilles\s+(?:\w+\s+)?krav\b)[^.!?]*)", re.IGNORECASE)
# Something to be written into the text beside the act: "…, og det skrives tydeligt, at man kan få mere …"
_AND_WRITTEN = re.compile(r",\s+og\s+det\s+(?:skrives|tilføjes|præciseres|understreges|fremhæves)\b"
                          r"(?:\s+(?!at\b)\w+){0,3},?\s+at\s+(?P<rest>[^.!?]{7,})", re.IGNORECASE)
# The act done with something added: "Tilskuddet fordeles med en forholdsmæssig reduktion".
_PASSIVE_WITH = re.compile(r"^(?:(?:ja|godt|fint),?\s+)?(?:\w+(?:en|et|ne|erne)|den|det)\s+\w{3,}es\s+"
                           r"(?:\w+\s+){0,2}med\s+"
                           # "Hundeskoven etableres med hegn hele vejen rundt"
                           r"(?P<what>(?:(?:en|et|\w+e)\s+|(?!(?:tak|glæde|det|den|de|flertal)\b)\w{4,}\s+)\w"
                           + _UP_TO_STOP + r")", re.IGNORECASE)
# What someone laid out, taken along: "Så åbner vi caféerne med de forholdsregler, Per har beskrevet".
_WITH_DESCRIBED = re.compile(r"\bmed (?P<what>(?:de|den|det) \w+,? (?:som |der )?(?:\w+ ){1,3}(?:har|havde) "
                             r"(?:beskrevet|nævnt|foreslået|lagt op til|fremlagt|skitseret)\b[^,.!?]*)", re.IGNORECASE)
# "Så giver vi bevillingen, med solceller på taget": a closing "med …" after a comma.
_WITH_AT_END = re.compile(r",\s+med\s+(?P<what>(?!(?:\w+\s+){0,2}(?:flertal|stemme\w*|applaus)\b|det samme\b"
                          r"|alle\b|tak\b|glæde\b|virkning\b|\w+'?s\s+anbefaling\b|udvalgets\b)\w+\s+\w"
                          + _UP_TO_STOP + r")[.!]?$",
                          re.IGNORECASE)
# The Indstilling's act done on its thing with something added: "Så etablerer vi hundeskoven med hegn mod stien",
# "… som et supplement til den lokale introduktion" (not "med det samme", "med stort flertal", "med glæde").
# (a modal particle is not the object: "Så kører vi jo med begge dele." is no remark)
_ACT_WITH = re.compile(r"^(?:(?:godt|fint|ja),?\s+)?(?:så\s+)?\w+er\s+vi\s+"
                       r"(?:(?!kun|ikke|også|bare|(?:jo|lige|nok|da|altså)\b)\w+\s+){1,3}?"
                       r"(?P<how>med|som)\s+(?P<what>(?!(?:\w+\s+){0,2}(?:flertal|stemme\w*|applaus)\b"
                       # (nor "med" as the particle of "tage … med": "… tage det med og komme igen med en status")
                       r"|(?:i|på|til|ind|ud|videre|det|den|dem|de|og)\s"
                       r"|(?:det samme|tak|glæde|virkning|forbehold|foreslået|planlagt|beskrevet|aftalt)\b)"
                       r"(?:(?<=som\s)(?:en|et)\s+(?:supplement|tillæg|tilføjelse|del|erstatning|alternativ)\s+\w"
                       r"|(?<=med\s)\w+\s+\w)" + _UP_TO_STOP + r")[.!]?$", re.IGNORECASE)
# Where the money for the act comes from: "Så øger vi puljen med 200.000 fra den centrale pulje."
_FUNDED_FROM = re.compile(r"^(?:(?:godt|fint|ja),?\s+)?(?:så\s+)?\w+er\s+vi\s+[^.!?]*?\s(?:fra|af)\s+"
                          r"(?P<what>(?:den|det)\s+(?:\w+\s+)?(?:pulje|reserve|kasse)\w*|\w+s\s+\w*(?:pulje|reserve)\w*"
                          r"|\w*(?:puljen|reserven|kassen))[.!]?$", re.IGNORECASE)
_AND_ALSO = re.compile(r"\b(?:godkendt|vedtaget|godkendes|vedtages)\b,?\s+og\s+(?P<rest>\w+\s+\w+er\s+også\b[^.!?]*)",
                       re.IGNORECASE)
# "Vi fortsætter med mødefri fredag, men vi evaluerer igen om et halvt år"
_APPROVAL_VERB = re.compile(r"\b(?:godkend\w*|vedta\w*|tiltræd\w*)", re.IGNORECASE)
_BUT_WE = re.compile(r",?\s+men\s+(?:at\s+)?"
                     r"(?P<rest>(?:vi|udvalget|direktionen|forvaltningen|administrationen|\w+(?:erne|ene))"
                     r"\s+\w+er\b[^.!?]*"
                     # the object first: "…, men merforbruget finder vi på anden vis"
                     r"|\w+(?:en|et|ne|erne)\s+\w+er\s+vi\b[^.!?]*"
                     # "…, men det er op til lederen, om det er en eller to dage"
                     r"|det er op til\s[^.!?]*"
                     # in the passive: "Vi godkender begge dele, men netværket evalueres efter et år"
                     r"|(?!(?:den|det|sagen|planen|indstillingen)\s)\w+(?:en|et|ne|erne)\s+(?:\w+\s+)?\w{3,}es\b[^.!?]*)",
                     re.IGNORECASE)
# A second verb for the same "vi": "Så køber vi det, men forhandler prisen"
_BUT_ALSO = re.compile(r"\bvi\b[^,.!?]*,\s+men\s+(?P<rest>(?!kun\b|ikke\b|der\b)\w+er\s+(?!vi\b|ikke\b)\w[^.!?]*)",
                       re.IGNORECASE)
# "Så godkender vi indstillingerne, og vi skal have en status efter et halvt år"
_AND_WANT = re.compile(r",?\s+og\s+(?:(?:vi|udvalget|direktionen)\s+)?(?:skal|vil|ønsker)\s+(?:gerne\s+)?"
                       r"(?:have|at få|se)\s+(?P<rest>[^.!?]+)"
                       # "…, og vi ønsker indstilling fem forelagt snarest"
                       r"|,?\s+og\s+(?:vi|udvalget|direktionen)\s+ønsker\s+(?P<wished>(?!at\b)[^.!?]+?\s(?:forelagt"
                       r"|præsenteret|tilsendt)\b[^.!?]*)"
                       # the object first: "…, og sagen om talentforløbet vil vi gerne have forelagt snarest"
                       r"|,?\s+og\s+(?P<what>(?!det\b|den\b)\w+(?:\s+\w+){0,3}?)\s+(?:vil|ønsker)\s+(?:vi|udvalget|direktionen)"
                       r"\s+(?:gerne\s+)?(?:have|at få)\s+(?P<done>forelagt|præsenteret|tilsendt)\b(?P<when>[^.!?]*)",
                       re.IGNORECASE)
# "…, at politikken godkendes, og at HR tilføjer et afsnit om mangfoldighed"
_AND_THAT = re.compile(r"\b(?:godkendes|vedtages|godkendt|vedtaget|godkender|vedtager)\b.*?,?\s+og\s+at\s+"
                       r"(?P<rest>[^.!?]+)",
                       re.IGNORECASE)
# A demand made with the approval by the same "vi": "Så siger vi ja til indstillingerne og kræver en mentor til alle"
_AND_DEMAND = re.compile(r"\b(?:godkender|vedtager|siger\s+(?:vi\s+)?ja\s+til)\b[^.!?]*?\s+og\s+(?:samtidig\s+)?"
                         r"(?:kræver|forlanger|stiller\s+krav\s+om),?\s+(?P<rest>[^.!?]+)", re.IGNORECASE)
_AND_ASK = re.compile(r"\bog\s+(?:vi\s+)?beder\s+"
                      r"(?P<who>forvaltningen|administrationen|sekretariatet|HR|IT|[A-ZÆØÅ]\w+)\s+"
                      r"(?:om\s+at\s+)?(?P<what>\w+e\b[^.!?]*)")
_KEPT = re.compile(r"\s+og\s+lader\s+(?P<what>\w+(?:\s+\w+)?)\s+(?:være|ligge|være uændret)\b"
                   # "Så nedlægger vi aftenafgangene og beholder morgenafgangene"
                   r"|,?\s+og\s+beholder\s+(?:vi\s+)?(?P<held>(?!(?:det|den|dem)\b)\w+(?:en|et|ne|erne))\b"
                   # the object first: "…, og netværkene lader vi være"
                   r"|,?\s+og\s+(?P<first>(?!(?:det|den|de|dem)\b)\w+(?:en|et|ne|erne))\s+lader\s+vi\s+(?:være|ligge)\b"
                   # "…, og netværkene forbliver uændrede"
                   # "…, men pensionisttaksten i svømmehallen er uændret"
                   r"|,?\s+(?:og|men)\s+(?P<kept>(?!(?:det|den|de)\b)\w+(?:en|et|ne|erne))(?:\s+i\s+\w+)?"
                   r"\s+(?:forbliver|bliver|fortsætter|er)\s+"
                   r"(?:uændre\w*|som (?:de|den|det) er)\b"
                   # something the approval could have ended that goes on: "…, og koordineringsmøderne fortsætter"
                   # (not the work itself: "…, og arbejdet fortsætter")
                   r"|,?\s+og\s+(?P<going>(?!(?:det|den|de|arbejdet|processen|projektet|dialogen)\b)\w+(?:en|et|ne|erne))"
                   r"\s+fortsætter(?=[.!]?$)", re.IGNORECASE)
# A part left to come back: "… og lader Thisted-projektet søge igen næste år"
_LEFT_FOR_LATER = re.compile(r"\s+og\s+lader\s+(?P<rest>[\w-]+(?:\s+[\w-]+)?\s+(?:søge|komme|vente)\b[^.!?]*)",
                             re.IGNORECASE)
# Approved with a part taken out: "Så godkender vi handleplanen uden mål to" (not "uden bemærkninger").
_WITHOUT = re.compile(r"\buden (?P<what>(?!(?:bemærkning|ændring|afstemning|videre|yderligere|kommentar|indvending"
                      r"|problem|tvivl|forbehold)\w*)\w+" + _UP_TO_STOP + r")", re.IGNORECASE)
# Something added beside the act: "Vi siger ja, og så tilføjer vi en mentorordning."
_AND_ADD = re.compile(r",?\s+og\s+(?:så\s+)?(?:tilføjer|indføjer)\s+vi\s+"
                      r"(?P<what>(?:en|et|\w+e)\s+\w" + _UP_TO_STOP + r")", re.IGNORECASE)
# Approved save for a part that is not a numbered point: "… på nær koordinatoren", "… undtagen lukningen".
# (also said first: "Alt andet end talentforløbet er godkendt.")
# (also "minus …", "eksklusive …", "med undtagelse af …", "…, erfaringsindsamlingen undtaget")
_SAVE_FOR = re.compile(r"(?<!stemmer )\b(?:på nær|undtagen|bortset fra|minus|eksklusive|med undtagelse af) "
                       r"(?P<what>(?!(?:indstilling|nummer|punkt)\w*\b)\w+" + _UP_TO_STOP + r")"
                       r"|^(?:så )?(?:alt|alle) (?:andet|andre) end (?P<first>(?:\w+ ){0,2}?\w+)"
                       r" (?:er|bliver|blev) (?:hermed )?(?:godkendt|vedtaget)\b"
                       r"|^(?:godkendt|vedtaget),? (?P<excepted>(?:\w+ ){0,2}?\w+) undtaget\b",
                       re.IGNORECASE)
# A part taken out of what is approved: "Så tager vi Thisted ud og udmønter puljen til de andre tretten."
_TAKEN_OUT = re.compile(CHANGE_OPENING + r"(?:tager|holder) vi "
                        r"(?P<what>(?!(?:det|den|dem)\b)\w+(?:\s+\w+){0,2}?)"
                        r" (?:ud|udenfor)\b(?:\s+af\s+\w+)?,?\s+og\b", re.IGNORECASE)


def remark_in(text: str, plain: bool = True, clause: bool = True) -> tuple[str, str] | None:
    """(phrase, "at …") of a remark in ``text``, read with the dot of "60.000" kept inside its clause; what the case
    already holds is no remark ("Godkendt med de tal, der står i sagen.")."""
    found = _remark_in(shield_amounts(_AS_IN_THE_CASE.sub("", text)), plain, clause)
    return None if found is None else (found[0], unshield(found[1]))


# What the case already holds, said with the approval: "…, med de tal, der står i sagen", "… med de beløb, som står i
# indstillingen".
_AS_IN_THE_CASE = re.compile(r",?\s+med (?:de|den|det) \w+(?: \w+){0,2},?\s+(?:der|som) står i (?:sagen|indstillingen"
                             r"|materialet|oplægget|bilaget)\b", re.IGNORECASE)


# The approval just before a condition: "Vi giver garantien, hvis …", "Godkendt, hvis …", "Så siger vi ja, hvis …"
# (not a member's "Jeg kan godkende den, hvis …", which the approver answers, nor a hedge: "…, hvis vi kan")
_APPROVED_JUST_BEFORE = re.compile(r"(?<!jeg kan )(?<!jeg vil )\b(?:godkend\w*|vedta\w*|tiltræd\w*|bevilg\w*"
                                   r"|anbefal\w*|giver vi|vi giver|gives|givet|sælger vi|vi sælger|sælges"
                                   r"|(?<!jeg )siger? (?:vi |udvalget )?(?:ja|god for)|^ja til)\b"
                                   r"(?:\s+[\w.]+){0,4}$", re.IGNORECASE)
# Something delivered to the forum later, which "når …" times and does not make a condition of.
_DELIVERY = re.compile(r"\b(?:status|orientering|opfølgning|evaluering|redegørelse|rapport)\b", re.IGNORECASE)


def _remark_in(text: str, plain: bool = True, clause: bool = True) -> tuple[str, str] | None:
    """(phrase, "at …") of a remark in ``text``; the rest is empty for "med den tilføjelse.".
    ``plain``: also the forms said without a remark word, which only the approval itself can have;
    ``clause``: also ", dog …", ", men med …" and the like, said in the approval or just before it
    by the same speaker; ", når …" only in the approval."""
    if said := SAID_REMARKS.search(text):  # "de bemærkninger, der faldt" stands alone, or says what they were about
        about = re.match(r",?\s+(om [^.!?]+)", text[said.end():])
        return said.group(0)[4:].rstrip(".!? "), about[1] if about else ""
    if taken := TAKEN_IN.search(text):  # "Vi godkender den og tager bemærkningerne med."
        made = (taken["taken"] or taken["worked"] or taken["first"]).casefold()
        return ("med de bemærkninger, der faldt" if made.startswith(("bem", "kom", "inp"))
                else "med de rettelser, der blev nævnt"), ""
    # (not a point only taken to efterretning first: "Status er taget til efterretning, og resten er godkendt."; but
    # "… til efterretning med en tilføjelse om risici og godkender resten" changes it)
    if (otherwise := _OTHERWISE.search(text) or _REST_STANDS.match(text)) and not re.fullmatch(
            r"(?:så )?[^,]*\btil (?:efterretning|orientering)",
            (otherwise["change"] or otherwise["moved"] or "").strip(), re.IGNORECASE):
        return "med den ændring", f"at {as_clause((otherwise['change'] or otherwise['moved']).strip(' ,'))}"
    match = REMARK.search(text)
    phrase_said = (match.group("phrase") or "") if match is not None else ""
    said_as_clause = re.match(r"\s*(?:,|men\b|dog\b|når\b)", phrase_said) is not None  # ", dog …", "… men kun …"
    if said_as_clause and (not clause or (not plain and phrase_said.endswith(("når", "hvis")))):
        match = None  # they qualify the sentence they are in, here not the approval
    elif match is not None and phrase_said.endswith("når") and _DELIVERY.search(text[:match.start()]):
        match = None  # when a status comes, a follow-up: "Vi får en status, når vi er halvvejs."
    elif match is not None and phrase_said.endswith("hvis") and not _APPROVED_JUST_BEFORE.search(text[:match.start()]):
        match = None  # "if" of something else ("Forvaltningen kommer tilbage, hvis …"), or "whose" ("festivalen, hvis
        # penge …")
    if match is None:
        return _plain_remark(text) if plain else None
    if match.group("english"):
        return ENGLISH_REMARK[match.group("english").casefold()], f"at {match.group('erest').rstrip('.!? ')}"
    phrase = " ".join(match.group("phrase").split()).lstrip(", ")
    if phrase.casefold() == "med det":
        phrase = "med den ændring"
    if phrase.casefold().endswith("kræver"):
        phrase = "med krav om,"
    rest = match.group("rest").strip(" ,").rstrip(".!? ")
    if rest.startswith(":"):  # "Godkendt med én ændring: rengøring hver anden uge.": as said
        return f"{phrase}:", rest[1:].strip()
    if phrase == "men med":  # "Vi godkender prisen, men med et familiekort til 120 kroner."
        return "med", rest
    if phrase == "dog":  # "Godkendt, dog skal forvaltningen se på belysningen igen": as said
        return "dog", rest
    if phrase == "men kun":  # "Vi åbner caféerne, men kun for beboere i første omgang"
        return "dog", f"kun {rest}"
    if phrase == "men ikke":  # "Så sælger vi grunden, men ikke under vurderingsprisen"
        return "dog", f"ikke {rest}"
    if phrase in ("når", "såfremt", "hvis"):  # "Vi sender den i høring, når der er tilføjet et afsnit om …"
        return "under forudsætning af", f"at {rest}"
    if phrase == "men":  # "Godkendt, men forvaltningen skal se på økonomien igen"
        phrase = "idet"
    # "…, men vi vil gerne have en opfølgning …"; "Godkendt." "Udvalget ønsker dog, at borgerne inddrages."
    if phrase.startswith(("men ", "ønsker")):
        return "med ønske om", rest
    said_at = re.match(r"^at\b", rest) is not None
    if (said_at and PREPOSITION_END.search(phrase) and not match.group("rest").lstrip().startswith(",")
            and not _CLAUSE_AFTER_AT.match(rest)):
        return f"{phrase} at", rest[3:]  # an infinitive as said: "med en opfordring til at inddrage borgerne"
    rest = re.sub(r"^(?:at|,)\s*", "", rest)
    # "Med den ændring er planen godkendt": nothing after the phrase but the approval (also "Med det er vi enige
    # i indstillingerne.", "Med det siger vi ja.")
    rest = re.sub(r"^(?:er|blev)\s+.*\b(?:godkendt|vedtaget|tiltrådt)$|^(?:godkender|vedtager)\b.*$"
                  r"|^(?:er \w+ enige|siger \w+ ja)\b.*$", "", rest)
    if rest and not said_at and PREPOSITION_END.search(phrase):
        return phrase, rest  # a prepositional object as said: "med ønske om en status til efteråret"
    return phrase, f"at {rest}" if rest else ""


def _plain_remark(text: str) -> tuple[str, str] | None:
    """A remark said without a remark word: "vedtaget med et afsnit om løn", "som forsøg i et halvt
    år", "…, og medarbejderne høres inden opstart"."""
    if taken := _TAKEN_OUT.match(text):
        return "med den ændring,", f"at {taken['what'].strip()} tages ud"
    if thing := thing_refused_beside(normalize(text)):  # "Nattevagterne kan vi ikke godkende, men resten er fint."
        return "med undtagelse af", thing
    if with_what := _APPROVED_WITH.search(text) or _WITH_FIRST.match(text):
        return "med", with_what["what"].strip()
    if with_what := _WITH_AT_END.search(text) or _WITH_DESCRIBED.search(text) or _PASSIVE_WITH.search(text):
        return "med", with_what["what"].strip()
    if funded := _FUNDED_FROM.match(text):
        return "med finansiering fra", funded["what"].strip()
    if added := _ACT_WITH.match(text):
        return added["how"], added["what"].strip()
    if also := _AND_ALSO.search(text):  # "…, og arbejdsgruppen ser også på fastholdelse"
        return "med den bemærkning,", f"at {also['rest'].strip()}"
    # (not the approval itself after "men": "Det er ikke perfekt, men vi godkender den.")
    if (but := _BUT_WE.search(text)) and not (_APPROVAL_VERB.search(but["rest"])
                                              and not _APPROVAL_VERB.search(text[:but.start()])):
        return "med den bemærkning,", f"at {but['rest'].strip()}"
    if but := _BUT_ALSO.search(text):
        return "med den bemærkning,", f"at vi {but['rest'].strip()}"
    if want := _AND_WANT.search(text):
        if want["what"]:  # "… sagen om talentforløbet vil vi gerne have forelagt snarest"
            return "med ønske om", f"at få {want['what'].strip()} {want['done']}{want['when'].rstrip()}"
        return "med ønske om", (want["rest"] or want["wished"]).strip()
    if also := _AND_THAT.search(text):
        return "med den bemærkning,", f"at {also['rest'].strip()}"
    if demand := _AND_DEMAND.search(text):
        rest = demand["rest"].strip()
        return ("med krav om,", rest) if rest.startswith("at ") else ("med krav om", rest)  # "…, at alle har én"
    if added := _AND_ADD.search(text):
        return "med tilføjelse af", added["what"].strip()
    if asked := _AND_ASK.search(text):  # "Så godkender vi den og beder HR tilføje et afsnit om …"
        return "med den bemærkning,", f"at {asked['who']} skal {asked['what'].strip()}"
    if save := _SAVE_FOR.search(text):  # "Så godkender vi anbefalingerne på nær koordinatoren"
        return "med undtagelse af", (save["what"] or save["first"] or save["excepted"]).strip()
    if without := _WITHOUT.search(text):
        return "uden", without["what"].strip()
    if later := _LEFT_FOR_LATER.search(text):
        return "med den bemærkning,", f"at vi lader {later['rest'].strip()}"
    if kept := _KEPT.search(text):  # "… og lader børneprisen være"
        if kept["going"]:
            return "med den bemærkning,", f"at {kept['going']} fortsætter"
        unchanged = kept["what"] or kept["kept"] or kept["first"] or kept["held"]
        return "med den ændring,", f"at {unchanged.strip()} er uændret"
    if tried := tried_or_reviewed(text):  # "som forsøg i et halvt år", "… og evaluerer til sommer"
        return tried
    if written := _AND_WRITTEN.search(text):
        return "med den bemærkning,", f"at {written['rest'].strip()}"
    if made := _AND_MADE.search(text):  # "…, og der laves et familiekort"
        return "med den bemærkning,", f"at der {made['rest'].strip()}"
    if passive := _AND_PASSIVE.search(text):
        return "med den bemærkning,", f"at {passive['rest'].strip()}"
    return added_by_chair(text)
