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

from referat.minutes.postponements import CASE_NOUN, MONTH, POSTPONEMENTS
from referat.minutes.refusals import REFUSALS
from referat.minutes.remark_words import CONDITION_SUBJECT, CONDITION_VERB
from referat.minutes.some_points import SOME_POINTS


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
            # a no ruled out: "Det kan vi ikke sige nej til."
            r"|\bkan (?:vi |\w+ )?ikke sige nej til\b"
            r"|følge[rs]? (?!op\b)" + _NOT_IKKE
            + r"{0,2}(?:indstilling\w*|forvaltningen\w*|administrationen\w*|dagsorden\w*)"
            # (also the administration's recommendation in the passive: "Anbefalingen følges.")
            r"|(?:indstilling|anbefaling)\w* (?:\w+ )?(?:følges|(?:er|blev) fulgt)(?! ikke)"
            r"|følger (?:\w+ )?anbefaling\w*"
            r"|sende[rs]? " + _NOT_IKKE + r"{0,3}i (?:udbud|høring)|kan (?:nu |godt |så )?komme i (?:udbud|høring)"
            # "Politikken går i høring.", "Udbuddet kan gå i gang"
            r"|(?<!\bvi )går i (?:udbud|høring)|(?:kan|må) (?:nu |godt |så )?gå i (?:gang|udbud|høring)"
            # the thing itself said to start, as the last word: "Afprøvningen går i gang."
            r"|^(?:så |og )?[\w-]+(?:en|et|ne|erne) går i gang(?: nu)?(?=[.!]?$)"
            # the thing granted as a trial, said without a verb: "Gratis parkering i december som forsøg."
            r"|^(?!(?:jeg|vi|man|det|den|de|der|hvis|kan|skal|hvad|hvorfor)\b)(?:[\w-]+ ){1,5}som (?:et )?forsøg"
            r"(?: i [\w ]+)?(?=[.!]?$))")
# Verbs of approval that a following "ikke" negates: "godkender vi dem ikke", "sender vi den ikke i udbud".
_NEGATABLE = (r"(?:godkend\w*|vedta\w*|vedtog|tiltræd\w*|bevilg\w*|imødekomm\w*|følge[rs]?|sende[rs]?|anbefale[rs]?"
              r"|indstille[rs]?)")

# A day of a month: "onsdag den 30. maj", "til den 12. juni", "den 30.".
_ON_DATE = r"(?:til )?(?:\w+dag )?(?:den )?\d{1,2}\.(?: " + MONTH + r"\b|\s|$)"
# The meeting's own date settled after it was talked over: "Så holder vi mødet onsdag den 30. maj", "… holder udvalget
# sit møde …", "Så afholdes mødet onsdag den 30. maj", "Så mødes vi den 30. maj", "Godt, så bliver det onsdag den 30.
# maj", "Vi mødes den 30. maj kl. 18.30", "Så bliver mødet onsdag den 30. maj" (not news told: "Næste møde flyttes til
# den 9. oktober").
_DATE_SETTLED = (r"\b(?:(?:holder|afholder|flytter|rykker|lægger) (?:vi|udvalget)|(?:vi|udvalget) (?:af)?holder) "
                 r"(?:sit |vores |det |næste )?(?:\w+ )?"
                 r"\w*møde[t]? (?:\w+ ){0,2}" + _ON_DATE
                 # the meeting by its pronoun: "Så holder vi det onsdag den 30. maj"
                 + r"|\b(?:holder|afholder|flytter|rykker) (?:vi|udvalget) det (?:\w+dag )?"
                 + _ON_DATE + r"|^(?:\w+,? )?så (?:(?:\w+ ){0,2}\w*møde[t]? (?:af)?holdes"
                 r"|(?:af)?holdes (?:\w+ ){0,2}\w*møde[t]?) (?:\w+ ){0,2}"
                 + _ON_DATE
                 + r"|\b(?:mødes vi|vi mødes) (?:\w+ )?" + _ON_DATE + r"|\b(?:lander vi|er vi landet) på " + _ON_DATE
                 # "Ja, mødet bliver den 30. maj kl. 18.30."
                 + r"|\b\w*mødet bliver (?:flyttet til )?(?:\w+dag )?" + _ON_DATE
                 + r"|^(?:\w+,? )?(?:så )?(?:bliver (?:det|\w*mødet)|siger vi) " + _ON_DATE
                 + r"|^(?:\w+,? )?(?:det|\w*mødet) bliver (?:så )?" + _ON_DATE)


FAMILIES: tuple[Family, ...] = (
    # (not with the whole said not approved: "Ja til tilgangen, men nej til pengene, og dermed er indstillingerne ikke
    # godkendt.")
    Family("partly_approved", "approval of some points, not others",
           _rx(r"(?!.*\b(?:indstillingen|indstillingerne|sagen) (?:er |blev )?ikke (?:godkendt|vedtaget)\b)(?:"
               + SOME_POINTS + ")"),
        1.4, "Så godkender vi indstilling 1, 2 og 3, men ikke 4."),
    Family("rejected", "a negated approval", _rx(
        # (not "ikke endeligt": "Vi vedtager den ikke endeligt i dag." puts it off)
        r"\b(?:ikke (?!bare |blot |kun |også |endeligt )(?:\w+ )?(?:blevet |at )?(?:godkendt|vedtaget|tiltrådt"
        r"|anbefalet|bevilget|imødekommet|godkendes|vedtages|tiltrædes|anbefales|bevilges|imødekommes"
        r"|indført|indføres|gennemført|gennemføres"
        # in a subordinate clause, the verb after "ikke": "Skal vi skrive, at regionsrådet ikke godkendte lejemålet?"
        r"|godkendte|godkender|vedtog|vedtager|tiltrådte|tiltræder|bevilgede|bevilger|imødekommer|gives|ydes"
        # (also "…, at vi ikke siger ja", "…, at udvalget ikke anbefaler salget")
        r"|siger ja|sagde ja|anbefaler|anbefalede)"
        # (not "… ikke noget i dag": nothing decided yet, "Så anbefaler vi ikke noget i dag")
        r"|" + _NEGATABLE + r" (?:\w+ ){0,3}ikke\b(?! (?:kun|bare|alene|blot|endeligt|noget (?:i dag|endnu|nu)\b))"
        r"|(?:gives|ydes|bevilges) (?:der |den |det |de )?ikke"
        # agreed not to: "Der er enighed om ikke at sælge.", "Vi er enige om ikke at gå videre."
        r"|\benig(?:hed|e) om ikke at\b"
        # "Direktionen tilslutter sig ikke indstillingen."; "Den får ikke grønt lys."
        r"|tilslutte[rs]? (?:os|mig|sig) ikke\b|\bikke (?:\w+ )?grønt lys\b"
        # "Jeg hører, at vi ikke er klar til at sige ja."
        r"|ikke (?:er )?(?:klar|parate?|rede) til at (?:sige ja|godkende|vedtage|tiltræde)"
        # the "ikke" of a belief put before it: "Jeg tror ikke, vi skal godkende den her.", "Jeg kan ikke se, at vi
        # skal sige ja til den.", "Det synes jeg ikke, vi skal godkende."
        r"|(?:(?:synes|mener|tror) (?:jeg|vi)|(?:jeg|vi) (?:synes|mener|tror)|(?:jeg|vi) kan) ikke(?: se)?,?"
        r" (?:at )?(?:\w+ ){1,3}(?:godkende|godkendes|vedtage|vedtages|tiltræde|tiltrædes|bevilge|bevilges|sige ja)"
        # nobody who will, no will to: "Ingen vil godkende den.", "Jeg hører ingen, der vil godkende den.", "Jeg hører
        # ikke nogen, der vil …", "Der er ikke stemning for at godkende den." (not "ikke noget i vejen for at godkende")
        r"|(?:ingen|ikke nogen),? (?:her,? |af (?:os|jer),? )?(?:der |som )?(?:vil|kan|ønsker at) (?:\w+ )?"
        r"(?:godkende|vedtage|tiltræde|bevilge|sige ja)"
        # nothing we can: "Det er ikke noget, vi kan godkende.", "… ikke noget, vi vil gå ind for."
        r"|ikke noget,? (?:som |der )?(?:vi|udvalget|direktionen|\w+rådet) (?:kan|vil|skal) (?:\w+ )?"
        r"(?:godkende|vedtage|tiltræde|bevilge|anbefale|sige ja|støtte|gå (?:ind for|med til))"
        # (also "Der er ikke basis for at godkende den.", "Vi kommer ikke til at godkende den.", "Der bliver ikke tale
        # om en godkendelse.", "Det kan der ikke blive tale om.")
        r"|kommer (?:vi )?ikke til at (?:godkende|vedtage|tiltræde|bevilge|anbefale|imødekomme|sige ja)"
        # neither of them approved: "Hverken planen eller pengene kan vi godkende.", "Vi godkender hverken planen eller
        # bevillingen."
        r"|\bhverken\b[^.,;]*?\beller\b[^.,;]*?\b(?:godkend\w*|vedtag\w*|tiltræd\w*|bevilg\w*|anbefal\w*|sige ja)"
        r"|\b(?:godkend\w*|vedtag\w*|tiltræd\w*|bevilg\w*|anbefal\w*) (?:vi |udvalget |direktionen )?hverken\b"
        r"|\b(?:kan|vil) (?:vi |udvalget |direktionen )?hverken"
        r" (?:godkende|vedtage|tiltræde|bevilge|anbefale|sige ja)\b"
        # nobody who approves it: "Ingen godkender den.", "Ingen af os godkender den."
        r"|^(?:og |så )?ingen (?:af (?:os|jer) )?(?:godkender|vedtager|tiltræder|anbefaler|bevilger)\b"
        # not good enough for it: "Den er ikke god nok til at blive godkendt."
        r"|\bikke (?:\w+ )?(?:god|godt) nok til at (?:blive )?(?:godkendt|vedtaget|godkende|vedtage)\b"
        # not a thing one can approve: "Den er ikke til at godkende."
        r"|\ber (?:\w+ )?ikke til at (?:godkende|vedtage|tiltræde|bevilge|anbefale|sige ja til)\b"
        r"|\b(?:bliver (?:der )?ikke|kan der ikke blive) tale om\b"
        r"|ikke (?:stemning|opbakning|flertal|vilje|enighed|grundlag|basis) (?:\w+ )?(?:for|til) at (?:godkende|vedtage"
        r"|tiltræde|bevilge|sige ja)"
        # "ikke at godkende" after a wish or a decision: "Direktionen ønsker ikke at godkende …", "Vi har besluttet ikke
        # at godkende …" (not "ingen grund til ikke at godkende"); "Direktionen beslutter at sige nej."
        r"|(?<!til )ikke at (?:godkende|vedtage|tiltræde|bevilge|anbefale|imødekomme|sige ja"
        r"|sende (?:\w+ ){0,3}i (?:udbud|høring))"
        r"|(?:beslut\w*|vælger|har valgt) (?:\w+ )?at (?:sige nej|afvise)"
        # any act chosen not to be done: "Vi har besluttet ikke at hjemtage rengøringen." (not a wait refused: "Vi
        # vælger ikke at vente.")
        r"|(?:beslut\w*|vælger|valgt) ikke at (?!vente|udsætte|udskyde|trække)"
        # refraining from it: "Vi afstår fra at godkende den.", "Vi undlader at …", "Vi afholder os fra at …"
        r"|\b(?:afstår|undlader|afholder (?:os|sig)) (?:fra )?at (?:godkende|vedtage|tiltræde|bevilge|anbefale"
        r"|imødekomme|sige ja)"
        # none of them: "Vi godkender ingen af de tre i dag", "Ingen af indstillingerne kan vi godkende"
        r"|(?:godkender|vedtager|tiltræder) (?:vi |udvalget |direktionen )?ingen\b"
        r"|ingen af (?:dem|de \w+|\w+(?:erne|ene)) (?:kan|vil|skal) (?:vi |udvalget |direktionen )?(?:godkende|vedtage)"
        r"|not (?:be )?approved?)\b"), 1.3, "Så godkender vi ikke indstillingerne i dag."),
    Family("postponed", "a postponement", _rx(
        POSTPONEMENTS), 1.1, "Så udsætter vi punktet, til erhvervsrådet har udtalt sig."),
    Family("rejected", "a refusal", _rx(REFUSALS), 1.2, "Vi afviser indstillingen om de hundrede tusind kroner."),
    # "Sagen kommer igen i januar"; after a refusal in the sentence before it is the refusal's note.
    Family("postponed", "a return of the case", _rx(
        # (not only on a condition: "Godkendt, men bliver det dyrere, kommer den tilbage.", "…, hvis det bliver dyrere")
        # (also without its commas: "Godkendt men bliver det dyrere kommer den tilbage.")
        r"^(?!.*\bhvis\b|(?:[^,]*,\s*)?(?:men |og )?" + CONDITION_VERB + " " + CONDITION_SUBJECT
        + r" [^,]+,|.*\b(?:men|og) " + CONDITION_VERB + " " + CONDITION_SUBJECT
        + r" (?:\w+ ){1,4}(?:kommer|skal|må) (?:den|det|de|sagen)\b).*?(?:"
        # (also with what it is about: "svaret om indkøb kommer igen")
        # (not back after its hearing: "…, og den kommer tilbage til os efter høringen", the case going on)
        r"\b(?:sagen|punktet|den|det|processen|planen|forslaget|indstillingen|" + CASE_NOUN + r"(?: om \w+)?) kommer "
        r"(?:på )?(?:igen|tilbage)\b(?! (?:til \w+ )?efter (?:høringen|høringsperioden)\b)"
        r"|\bkommer (?:sagen|punktet|planen|forslaget|" + CASE_NOUN + r") "
        r"(?:på )?(?:igen|tilbage)\b"
        # "De kommer igen, når MED har set dem"; "Sagen går tilbage til administrationen"; "… og behandler sagen igen"
        r"|^(?:de|dem) kommer (?:igen|tilbage),? (?:når|efter)\b|\b(?:sagen|punktet|den|det) går tilbage til\b"
        # (a thing by name back to those who wrote it: "Lokalplanen går tilbage til forvaltningen.")
        r"|\b\w+(?:en|et|ne|erne) går (?:tilbage|retur) til (?:forvaltningen|administrationen|sekretariatet|cba|hr)\b"
        r"|\bbehandle[rs]? (?:vi )?(?:sagen|den|det|punktet) igen\b"
        # the case back to us: "Vi kommer tilbage til den.", "Lad os få den tilbage med …", "… have den tilbage, når …"
        r"|\b(?:vi|forvaltningen|administrationen|sekretariatet) kommer (?:\w+ )?tilbage til"
        r" (?:den|det|sagen|punktet)\b"
        r"|\b(?:den|sagen|punktet) (?:skal|må) på (?:dagsordenen )?igen\b"
        r"|\b(?:lad os få|vil (?:\w+ )?(?:gerne )?have|skal (?:\w+ )?have) (?:den|sagen|punktet) (?:tilbage|igen)\b"
        # as the minutes say it: "Sagen blev sendt tilbage til forvaltningen.", "Udvalget ønsker sagen forelagt igen."
        r"|\b(?:sagen|punktet|den) (?:blev|er) sendt (?:\w+ )?(?:tilbage|retur)\b"
        r"|\bønske[rt]?(?:de)? (?:sagen|punktet|den) (?:forelagt|fremlagt|behandlet) igen\b)"),
           0.9, "Sagen kommer igen i januar."),
    Family("rejected", "a majority against", _rx(
        # (also "Et flertal bestående af V, K og DF stemmer imod.")
        r"\bflertal(?:let)? (?:stemte |stemmer |er )?imod\b"
        r"|\bflertal (?:bestående af|fra) [^.!?]+? (?:stemte|stemmer|er) imod\b"),
           1.2, "Et flertal stemte imod forslaget."),
    Family("rejected", "an inability to approve",
           # (not an outside authority's: "Politiet vil ikke godkende 30.")
           _rx(r"(?<!politiet )(?<!ministeriet )(?<!styrelsen )(?<!staten )(?<!regeringen )(?<!banken )"
               # (also "på ingen måde", "under ingen omstændigheder", "aldrig" for "ikke")
               # (past a modal particle: "Så kan vi desværre ikke imødekomme ansøgningen.")
               r"(?:\b(?:kan|kunne|vil|skal) (?:vi |jeg |\w+ )?(?:desværre |altså |simpelthen |bare |jo |nok )?"
               r"(?:ikke|aldrig|på ingen måde|under ingen omstændigheder)"
               r"|\bikke (?:kan|kunne|vil|skal))"
               r" (?:godkende|støtte|anbefale|bevilge|tiltræde|vedtage"
               # "Den kan vi ikke stå på mål for" (not a member's "Vi kan ikke acceptere besparelsen …", a view)
               r"|imødekomme|gå ind for|stå (?:på mål|inde) for|tilslutte (?:os|sig|mig)|sige ja"
               # "Vi kan ikke følge indstillingen."
               r"|følge (?:\w+ )?(?:indstilling\w*|anbefaling\w*))\b"), 0.6,
           "Vi kan ikke godkende en lejeforhøjelse uden beboermøde."),
    Family("recommended", "a recommendation to another body", _rx(
        # (also by a majority: "Der er et flertal for at anbefale udmøntningen.")
        r"\bflertal for at anbefale\b"
        r"|\b(?:anbefaler|anbefale) (?:\w+ ){0,3}(?:byrådet|regionsrådet|kommunalbestyrelsen|forretningsudvalget"
        r"|økonomiudvalget|over for)\b|\banbefale[rs]?,? at\b|\banbefaler (?:udvalget|vi|direktionen),? at\b"
        r"|\bindstiller (?:den|det|sagen|punktet) til (?:\w+ )?godkendelse\b"
        # "Udvalget indstiller samlingen til godkendelse i forretningsudvalget"
        r"|\bindstiller (?:\w+ ){1,3}til (?:endelig )?(?:godkendelse|vedtagelse) (?:i|hos|til)\b"
        # "Så indstiller vi til forretningsudvalget, at …": on to the body that decides
        r"|\bindstiller (?:vi|udvalget) (?:den |det |dem |sagen )?til (?:byrådet|regionsrådet|kommunalbestyrelsen"
        r"|forretningsudvalget|økonomiudvalget)\b"
        # (also the forum first: "Udvalget indstiller til byrådet, at forslaget vedtages.")
        r"|^(?:så )?(?:vi|\w*udvalget) indstiller (?:den |det |dem |sagen )?til (?:byrådet|regionsrådet"
        r"|kommunalbestyrelsen|forretningsudvalget|økonomiudvalget)\b"
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
        # a yes to the thing by name: "Ja til ordningen, men …"
        r"|^(?:så )?ja til (?:den |det |de )?(?:nye )?\w{4,}(?:en|et|ne|erne)\b"
        r"|enstemmig\w*|ingen grund til at (?:sige nej|afvise|modsætte)"
        r"|flertal (?:\w+ )?(?:stemmer|stemte) for|flertal for (?:at|et forsøg)"
        # the proposal by name voted for: "Flertallet stemmer for Enhedslistens forslag."; the thing asked for given,
        # said last: "Golfklubben får tilskuddet alligevel."
        r"|\bstemmer (?:vi )?for (?:forslaget|ansøgningen|\w+s forslag)\b"
        r"|\bfår (?!ikke\b|aldrig\b|heller\b)(?:\w+ )?(?:tilskuddet|pengene|dispensationen|garantien|tilladelsen)"
        r"(?: alligevel)?(?=[.!]?$)"
        # a trial granted: "Så laver vi et forsøg på to skoler i stedet"
        r"|(?:laver|gennemfører|starter) vi et forsøg"
        r"|flertal(?:let)? (?:vil|ønsker at|går ind for|er for)\b(?! ikke)"
        r"|som (?:indstillet|foreslået|beskrevet|fremlagt|planlagt)"
        r"|som (?:retningslinjerne|planen|indstillingen|forvaltningen|administrationen|sagen) (?:siger|foreslår"
        r"|lægger op til|beskriver)"
        r"|går (?:vi )?videre med (?:udbuddet|processen|planen|forslaget|indstillingen|projektet"
        # any thing by its definite form: "… og så går vi videre med intranettet" (not the talk or the next item)
        r"|(?:den |det |de )?(?:nye )?(?!(?:næste|drøftelsen|debatten|diskussionen|dagsordenen|arbejdet|snakken)\b)"
        r"\w{4,}(?:en|et|ne|erne)\b)"
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
        # the thing carried out by name: "Så kører vi afprøvningen, men kun på data uden personoplysninger"
        r"|^(?:(?:godt|fint|ja|okay),? )?så kører vi (?!(?:videre|næste|runden|dagsordenen|debatten)\b)"
        # (not going on as before: "Vi kører kantinen som hidtil.")
        r"(?:den |det |de )?(?:nye )?\w{4,}(?:en|et|ne|erne)\b(?! (?:videre|som|selv|uændret)\b)"
        r"|(?:er (?:den|det|sagen)|(?:den|det|sagen) er) (?:hjemme|i hus|landet)\b"
        r"|(?:lægger|lægge) (?:os|mig) op ad (?:indstillingen|forslaget)"
        r"|tilslutte[rs]? (?:os|mig|sig) (?!ikke\b)(?:\w+ )?(?:\w+ )?"
        r"(?:indstilling\w*|forslaget|anbefaling\w*|dem|den|det)"
        r"|^(?:\w+,? )?(?:den|det|dem) (?:kan|vil) (?:vi|udvalget|direktionen) (?:godt |fint )?tilslutte (?:os|sig)\b"
        r"|^(?:så )?(?:skriver vi|vi skriver) under\b"
        r"|(?:det|den|planen|sagen|aftalen) (?:er|var) på plads|(?:er|var) (?:begge dele|det hele|alt) på plads"
        r"|(?:er|var) (?:det|den|de|planen|sagen|\w+(?:en|et|ne))"
        r" på plads|^(?:det|den) er der (?:et )?flertal for\b"
        r"|(?:det|den) er en go"
        r"|\b(?:den|det|de|sagen|forslaget|indstillingen|planen|\w+en) går (?!ikke\b)(?:\w+ )?igennem\b"
        r"|opbakning til (?:indstillingen|forslaget)|(?:fuld|bred|stor|klar) opbakning"
        r"|(?:der er|der var) (?:\w+ )?opbakning til"
        r"|bakker (?:vi )?op om (?:indstillingen|forslaget)"
        r"|grønt lys|noterer (?:et|en) ja\b|s(?:iger|agt|agde) (?:vi )?god for|(?:det|den) er vi enige om|så gør vi det"
        r"|det siger vi ja til"
        r"|hermed vedtaget|^så er (?:vi|regionen|kommunen|udvalget|direktionen) med(?=\.?$)"
        r"|(?:lad os|så) prøve[r]? (?:vi )?(?:det|den|ordningen|strukturen)\b"
        r"|\bvi prøver(?: det| den)?(?: af)?(?=[.!]?$)"  # "Det synes jeg, vi prøver."
        r"|\bvi prøver (?:den|det|ordningen) (?:af )?(?:i )?(?:et|en) |\bprøver vi (?:\w+ ){1,3}i (?:et|en) (?:halvt )?"
        r"(?:år|måned|kvartal)|giver? (?:den|det|ordningen|\w+en) en chance"
        r"|^(?:så )?(?:er )?der (?:er )?(?:et )?flertal(?=\.?$|,? og )"
        r"|(?:efter|som|følger(?: vi)?) (?:\w+s |den |de )?anbefaling(?:en|erne)?\b"
        r"|(?:(?:jeg|vi) (?:tager|opfatter|betragter|tolker)|(?:tager|opfatter|betragter|tolker) (?:jeg|vi))"
        r" det som et ja"
        # (not agreed not to or to wait: "Der er enighed om ikke at sælge.", "… om at vente med salget.")
        r"|(?:der er|er der) (?:\w+ )?enighed om(?! (?:ikke|at (?:vente|udsætte|udskyde))\b)"
        r"|går (?:vi )?med (?:det|den|de) \w+)\b"),
        0.9, "Fire for, ingen imod."),
    Family("noted", "taking a report to efterretning", _rx(
        # (not the secretary writing it down: "Den noterer jeg.", a choice: "Så noterer vi de to.")
        # (nor a concern written into an approval: "Den er godkendt. Regionsrådet noterer sig med bekymring …")
        # (nor a yes recorded: "Jeg noterer et ja.", nor a vote against: "Jeg noterer, at Taler 3 er imod.")
        r"\btil (?:efterretning|orientering)\b|\bnoter(?:er|et)\b(?<!de[nmt] noterer)(?! (?:et|en) (?:ja|nej)\b)"
        r"(?!,? at (?:\w+ ){1,3}(?:er|var|stemmer|stemte) imod\b)"
        r"(?! sig med (?:bekymring|tilfredshed))"
        r"(?! vi (?:dem|de (?:to|tre|fire|fem|seks))\b)"
        r"|\b(?:fået|har fået|modtaget|modtog) (?:orienteringen|oplægget|redegørelsen|præsentationen)\b"
        r"|\borienteringen er (?:modtaget|noteret)\b"
        r"|\borienteringen (?:er )?givet\b|\b(?:det|orienteringen|redegørelsen|meddelelsen\w*) er hørt\b"
        r"|\bhørt (?:orienteringen|redegørelsen)\b|\bhar vi hørt (?:det|orienteringen)\b"
        # (not others informed: "De er orienteret", "Beboerne er orienteret", "…, når MED er orienteret")
        r"|(?<!\bde )(?<!\bhan )(?<!\bhun )(?<!rne )(?<!\bnår \w{3} )(?<!\bnår \w{4} )(?<!\bnår \w{5} )"
        r"\b(?:hermed|er) orienteret\b|\ber vi (?:hermed )?orienteret\b"
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
        # (not one recommendation by its number or subject: "… lægger vægt på anbefaling to om faste teams"; nor the
        # administration's advice told: "Forvaltningen anbefaler et nej, og det følger vi.")
        r"(?<!\bforvaltningen )(?<!\badministrationen )"
        r"\banbefal(?!inger|ing (?:nummer |nr\. )?(?:\d+|et|to|tre|fire|fem|seks|syv|otte|om)\b)\w*\b"
        r"|\boversend\w* (?:\w+ )?til (?:byrådet|regionsrådet|kommunalbestyrelsen|økonomiudvalget)\b"),
        0.5, "Venstre anbefaler den."),
    Family("discussed", "a discussion", _rx(
        r"\b(?:drøft\w*|debat\w*|talt om|snakket om|god snak|tak for (?:input\w*|inputtet|dine input|snakken"
        r"|bidragene|debatten|de gode input\w*|kommentarerne|de gode kommentarer"
        r"|(?:de gode )?bemærkninger(?:ne)?)|vendt (?:det|sagen|punktet)"
        r"|oppe at vende|dialog\w*"
        r"|discussed)\b"), 0.5, "Tak for en god drøftelse."),
)
