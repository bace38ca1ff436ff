"""How a postponement is said: the patterns of the decision family "a postponement" (phrases.py),
from "udsæt-" and "Vi tager det op igen" to a case handed to the budget, shelved, sent back or
waiting on something first. Pure; docs/minutes.md lists them.
"""

from __future__ import annotations

from referat.danish import MONTH_NAME
from referat.minutes.approval_later import APPROVAL_LATER
from referat.minutes.comes_back import COMES_AGAIN, COMES_BACK
from referat.minutes.set_aside import SET_ASIDE
from referat.minutes.waits_first import DECIDED_AFTER, TO_THE_BUDGET

# A Danish month name, for the forms that take one ("tages op i december", "fra 1. januar").
MONTH = MONTH_NAME

# A thing the meeting decides on ("lejemålet", "planen"), not a body that acts ("forvaltningen kommer tilbage, hvis …").
CASE_NOUN = (r"(?!(?:forvaltningen|administrationen|direktionen|sekretariatet|udvalget|regionen|kommunen"
             r"|borgmesteren|formanden)\b)\w+(?:en|et|ne)")

# The approval when something has come: "Så godkender vi den, når tallene er her.", "… dem samlet, når det er
# kommet.", "Vi tager det hele, når forhandlingerne er færdige." (not a change made first: "Vi godkender den, når
# afsnittet er tilføjet." is a condition)
WHEN_COME = (r"(?:\b(?:godkender|vedtager|tiltræder|tager) (?:vi )?(?:den|det|dem|sagen|det hele|begge dele)"
             r"(?: samlet)?"
             # (also in the passive: "Den kan godkendes, når tallene foreligger.", "Så kan den godkendes, når …")
             r"|\b(?:(?:den|det|de|sagen|planen) kan|kan (?:den|de|sagen|planen)) (?:godkendes|vedtages|tiltrædes)),?"
             r" når (?:\w+ ){1,3}(?:er (?:her|kommet|klar|færdige?|forhandlet|afsluttet)|foreligger|har svaret"
             r"|har meldt tilbage)(?=[.!]?$)")

# "Så udsætter vi punktet", "Vi tager det op igen i august", "Så venter vi, til …", "Den må vi lade ligge"
POSTPONEMENTS = (
    r"\b(?:udsæt\w*|udsat|udskyd\w*|udskudt|hjemvis\w*|afvent\w*"
    r"|tage[rs]? (?:\w+ ){0,2}op (?:igen|på (?:et|næste)|senere)|venter,? (?:\w+ ){0,2}(?:med|til)\b|sendes tilbage"
    r"|(?:lader (?:vi )?(?:den|det|dem|sagen|punktet|\w+(?:en|et|ne|erne))|^(?:så )?(?:den|det|dem) lader vi) ligge"
    r"(?! for (?:godt|altid)\b)"
    # (not left for good, "… ligge for godt", nor keeping what there is: "Vi lader det ligge og klarer os med det")
    r"(?! og (?:klarer|nøjes|beholder|bliver ved|fortsætter med)\b| på (?:det|sit|samme) (?:nuværende|niveau)\b)"
    # (also the case first, left to lie or rest: "Den må ligge lidt.", "Den hviler vi lige.")
    r"|^(?:så )?(?:den|det|sagen|punktet) må (?:lige )?ligge(?: lidt| et stykke tid| en \w+)?"
    r"(?=[.!]?$| til\b| indtil\b)"
    r"|^(?:så )?(?:den|det|sagen|punktet) hviler vi\b"
    # "Den må vi lade ligge"
    r"|(?:den|det|dem|sagen|punktet) (?:må|skal) vi lade ligge\b"
    r"|venter (?:vi )?og ser\b|\ben (?:runde|tur) (?:mere|til)\b|venter vi,? (?:med|til)\b"
    # "Så må vi have den igen.", "Så må forvaltningen arbejde videre med den.", "Så må den blive liggende.", "Så hviler
    # den lidt.", "Så går den retur." ("Den går retur med bemærkningerne."), "Så bliver den ikke behandlet i dag.", "Vi
    # giver den en måned mere."
    r"|\bmå vi have (?:den|det|dem|sagen) (?:igen|tilbage)\b|\bog tage[rs]? (?:vi )?(?:den|det|dem) så igen\b"
    r"|\b(?:må|skal) \w+ arbejde videre med (?:den|det|dem|sagen)(?=[.!]?$| og\b)"
    r"|\bmå (?:den|det|de|sagen|punktet) (?:blive )?ligge(?:nde)?\b|\bhviler (?:den|det|dem|sagen)\b"
    # "Den hviler, til vi har set regnskabet." (not what it rests on: "Den hviler på et godt grundlag")
    r"|^(?:så )?(?:den|det|dem|sagen|punktet|[\w-]+(?:en|et|ne|erne)) hviler(?=,? (?:til|indtil|lidt|et|en)\b|[.!]?$)"
    # "Den lader vi lige hvile.", "Vi lægger den på is." (not for good: "… på is for altid" refuses)
    r"|\b(?:lader (?:vi )?(?:den|det|dem|sagen)|(?:den|det|dem|sagen) lader vi) (?:lige )?hvile\b"
    r"|\b(?:lægger|lagt|ligger) (?:\w+ )?på is\b(?! for (?:altid|godt))"
    r"|\b(?:går (?:den|det|sagen|de)|(?:den|det|sagen|de) går) retur\b"
    r"|\b(?:bliver|blev) (?:den |det |sagen |punktet )?ikke behandlet\b"
    r"|\bgiver (?:vi )?(?:den|det|dem|sagen) (?:en|et|to|tre) (?:uge|uger|måned|måneder) (?:mere|til)\b"
    # (also a few weeks said alone, and a meeting more: "Vi giver den lige et par uger.", "Den får et møde mere.")
    r"|\bgiver (?:vi )?(?:den|det|dem|sagen) (?:lige )?(?:et par|en|et|to|tre|nogle) (?:uger?|måned(?:er)?|møder?)"
    r"(?: mere| til| ekstra)?(?=[.!]?$)"
    r"|^(?:så )?(?:den|det|sagen|punktet) får (?:lige )?(?:en|et|to) (?:uge|måned|møde|runde|tur)"
    r"(?: mere| til| ekstra)(?=[.!]?$)"
    # a new case asked for: "Vi beder forvaltningen om en ny sag.", "Forvaltningen kommer med et nyt oplæg." (not "…
    # med et nyt forslag", a new proposal instead, which refuses)
    # (said alone: "Så siger direktionen nej i dag og beder om en ny sag" refuses)
    r"|^(?:så )?(?:vi )?beder (?:vi )?(?:\w+ ){0,2}om "
    r"(?:en ny (?:sag|indstilling|version|udgave)|et nyt (?:oplæg|udkast))\b"
    r"|\b(?:kommer|vender) (?:\w+ )?(?:tilbage |igen )?med et nyt oplæg\b"
    # "Den lader vi stå over.", "Vi beslutter det i september.", "Vi holder den i bero.", "Den må ligge til …"
    r"|\b(?:den|det) lader vi stå over\b|\blader (?:vi )?(?:den|det) stå over\b"
    r"|\bbeslutter (?:vi )?(?:det |den |[\w-]+(?:en|et|ne|erne) )?(?:i|til) " + MONTH + r"\b"
    r"|\b(?:sat|stillet) i bero\b|\bholder (?:vi )?(?:den|det|sagen|punktet) i bero\b"
    r"|^(?:den|det|sagen) må (?:blive )?ligge(?:nde)? (?:til|indtil)\b"
    # "…, og processen skal tilbage og strammes op", "Så må standarden tilbage til forvaltningen"
    r"|(?:skal|må) (?:\w+ )?tilbage (?:og|til (?:forvaltningen|administrationen|direktionen|udvalget"
    r"|styregruppen|tegnebrættet))\b(?! med (?:en|et) (?:helt )?nyt?\b)"
    # the case reworked and brought again: "Så beder vi forvaltningen om at forenkle den og komme igen."
    r"|beder (?:vi )?\w+ om at (?:\w+ ){1,5}og (?:så )?komme (?:igen|tilbage)\b"
    # "Det sælger vi ikke til. Vi prøver igen efter sommer."
    r"|prøve[r]? (?:vi )?(?:at \w+ )?(?:igen|en gang til) (?:efter|i|til|om|når|på)\b"
    # offered for sale again: "Så sætter vi den til salg igen.", "Vi sætter den i udbud igen og ser, hvad der kommer."
    r"|\bsætte[rs]? (?:vi )?(?:den|det|dem|\w+(?:en|et|ne|erne)) (?:til salg|i udbud) igen\b"
    r"|tage[rs]? (?:den|det|sagen|punktet) (?:op )?(?:på|til) (?:næste|et senere|et kommende) møde"
    r"|tage[rs]? (?:vi )?stilling,? (?:når|efter|senere|før|inden|igen|derefter|bagefter|herefter)\b"
    # the case itself by its pronoun: "Det tager vi stilling til senere." (not a thing by name beside an approval:
    # "Så går vi videre med det, og skolerne tager vi stilling til senere.")
    r"|^(?:så )?(?:det|den|dem|sagen|punktet) tager vi stilling til,? (?:senere|når|efter)\b"
    # "Bevillingen tager vi stilling til, når vi har en plan."; "Vi tager stilling til garantien, når regnskabet
    # foreligger." (not "… til resten efter et halvt år" after a start: a trial)
    r"|tage[rs]? (?:vi )?stilling til(?: (?!resten\b|de (?:øvrige|andre)\b)(?:\w+ ){0,2}\w+)?,?"
    r" (?:når|efter|før|inden)\b"
    # the case itself later: "Vi tager stilling til godkendelsen senere." (not a part: "… og skolerne tager vi
    # stilling til senere")
    r"|tage[rs]? (?:vi )?stilling til (?:den|det|dem|sagen|punktet|godkendelsen|beslutningen)"
    r" (?:senere|en anden gang|næste gang)\b"
    # not ready to decide: "Vi er ikke klar til at tage stilling endnu." (not ready to approve refuses)
    r"|ikke (?:er )?(?:klar|parate?|rede) til at (?:tage stilling|beslutte|træffe)"
    # the case back to us: "Vi får den igen i november.", "… og så får vi det igen", "… og så får vi aftalen igen"
    r"|\bfår (?:vi )?(?:den|det|dem|sagen|punktet) (?:igen|tilbage)\b|\bfår vi \w+(?:en|et|ne|erne) igen\b"
    # not finally: "Vi vedtager den ikke endeligt i dag."; something first: "…, men først skal MED høres."
    r"|(?:godkende|vedtage)[rs]? (?:vi )?(?:den |det |dem |sagen )?ikke endeligt\b"
    # finally only later: "… men vi tager den først endeligt i september"
    r"|\b(?:tager|behandler|vedtager|godkender|beslutter) (?:vi )?(?:den |det |dem |sagen )?(?:først )?endeligt"
    r" (?:i|på|til|efter|når)\b"
    # approved at a later meeting: "Den bliver godkendt på næste møde.", "Den skal vedtages i september."
    r"|\b(?:bliver|blive|skal|kan) (?:\w+ )?(?:godkendt|godkendes|vedtaget|vedtages|behandlet|behandles)"
    r" (?:på|til|ved|i) (?:næste|et senere|et kommende|" + MONTH + r")\b"
    # the case not ready: "Den er ikke klar til godkendelse." (we not ready to say yes refuses)
    r"|^(?:så )?(?:den|det|sagen|punktet|\w+(?:en|et)) er (?:bare |simpelthen )?ikke (?:klar|moden|færdig)"
    r"(?: (?:nok )?til (?:godkendelse|beslutning|behandling)|(?= endnu\b)"
    # (also "Den er ikke klar nok til at blive godkendt.")
    r"| nok til at (?:blive )?(?:godkendt|vedtaget|godkende|vedtage|behandle)\b)"
    # the condition said not met yet: "Vi siger ja, når beboerne er hørt, og det er de ikke endnu."
    r"|\bog det (?:er|har|gør) \w+ ikke (?:\w+ )?endnu\b|\bog det er ikke sket endnu\b"
    # the administration back with what is missing: "Forvaltningen kommer igen med driftstallene." (not a new proposal
    # instead, which refuses)
    r"|\b(?:forvaltningen|administrationen|sekretariatet) kommer (?:igen|tilbage) med "
    r"(?!(?:et|en) (?:helt )?nyt? (?:forslag|indstilling)\b)"
    # "…, men vi venter." (said last), "…, den kommer på næste gang" (not "det", often a part: "Kort, det kommer på
    # næste gang.")
    r"|\b(?:men |så )?vi venter(?=[.!]?$)"
    r"|\b(?:den|sagen|punktet) kommer på (?:igen |dagsordenen )?(?:næste gang|på næste møde)\b"
    # until then not: "Så længe beboerne ikke er hørt, kan vi ikke godkende den.", "Før MED har set den, siger vi
    # ikke ja."
    # (also without the comma a recogniser leaves out)
    r"|^(?:så længe|før|inden|indtil) [^,]+?,? (?:kan|vil|skal|siger) (?:vi|udvalget|direktionen|\w+rådet) ikke\b"
    # not today: "Den skal vi have godkendt inden sommer, men ikke i dag."
    r"|\bgodkendt\b[^.!?]{0,30}?,? men ikke (?:i dag|nu|endnu|i aften)\b"
    r"|,? men først (?:skal|må) \w+"
    # (or as its own sentence: "Først skal MED høres. Så tager vi den.")
    r"|^(?:nej,? |men )?først (?:skal|må) (?:\w+ ){1,3}(?:høres|inddrages|se \w+|have \w+|behandle \w+)"
    r"|(?:kan|kunne) (?:vi )?ikke tage stilling"
    r"|(?:beslutter|afgør|tager stilling|(?:træffer|tager) (?:\w+ )?beslutning\w*|vælger(?: \w+)?|udpeger)(?: vi)? "
    r"(?:på|til|i) "
    r"(?:næste|et senere|et kommende) (?:møde|måned)" + r"|(?:træffer|tager) (?:vi )?beslutning(?:en)? i " + MONTH +
    # the case, not a thing of it, moved on: "Punktet rykkes til mødet i april.", "Vi flytter beslutningen til april."
    # (not within the meeting: "Vi rykker punktet til sidst.")
    r"|\b(?:(?:punktet|sagen|beslutningen|behandlingen) (?:rykkes|flyttes|skubbes)"
    r"|(?:rykker|flytter|skubber) (?:vi )?(?:punktet|sagen|beslutningen|behandlingen)) (?:(?!frem\b)\w+ )?til\b"
    r"(?! sidst\b| slut\w*| efter (?:punkt|pausen|frokost)| først\b| start\w*| begyndelsen)"
    r"|sende[rs]? (?:\w+ ){0,3}(?:tilbage|retur)\b|til (?:et senere|et kommende) møde"
    r"|tager vi (?:\w+ )?(?:op )?(?:igen )?(?:på|til) (?:næste|et senere|et kommende) møde|når (?:det|den) ikke\b"
    # "…, og vi tager fordelingen på næste møde"; "Strategien behandles igen efter høringen"; "Vi holder sagen
    # tilbage, indtil …"; "Så sætter vi den på pause"
    r"|vi tager (?:den|det|dem|sagen|punktet|" + CASE_NOUN + r") (?:op )?(?:igen )?(?:på|til) (?:næste|et senere"
    r"|et kommende) møde|(?:behandles|drøftes|tages op) igen (?:efter|når|på|i)\b"
    r"|holder (?:vi )?(?:sagen|punktet|den|det|" + CASE_NOUN + r") tilbage\b"
    r"|sætter (?:vi )?(?:sagen|punktet|den|det|\w+(?:en|et))? ?på pause"
    # "Vi træffer beslutningen, når de er hørt", "… og træffer beslutning bagefter"
    # (also "Vi tager den endelige beslutning, når MED har udtalt sig", "Beslutningen tager vi i september")
    r"|(?:træffer|tager) (?:vi )?(?:\w+ ){0,2}beslutning\w*,? (?:når|efter|først|bagefter|senere|derefter)\b"
    r"|\b(?:beslutningen|den beslutning) (?:tager|træffer) (?:vi )?(?:i|på|efter|når)\b"
    # "Fire, fem og seks venter." (not "…, der venter")
    r"|^(?!.*\bder venter)(?:\w+,? ){1,5}venter(?=[.!]?$)"
    # "Vi tager hele AI-sagen igen i september"
    r"|tager (?:vi )?(?:hele )?[\w-]*sagen (?:op )?igen\b"
    r"|til næste gang|en anden (?:gang|dag)"
    # time to think: "Vi sover på det", "Vi tænker over det", "Vi tager en tænkepause", "Den skal have mere arbejde"
    r"|\bsove[r]? (?:lige )?på (?:det|den|dem|sagen)\b|^(?:så )?(?:den|det|dem|sagen) sover vi (?:lige )?på\b"
    # left to wait: "Den får lov at vente, til MED er hørt."
    r"|\bfår (?:\w+ )?lov (?:til )?at (?:vente|ligge|hvile)\b"
    r"|\btænke[r]? (?:lige )?over (?:det|den|dem|sagen)(?=[.!]?$)|\btænkepause\b|\b(?:skal|må) have mere arbejde\b"
    # to be made again, said alone: "Den skal skrives om.", "Så må Kristine lave dem om." (not a part inside an
    # approval: "Puljen godkender vi, men introprogrammet skal laves om og komme igen"; after a refusal it is
    # part of it: closing.refused_before)
    r"|^(?:så )?(?:den|det|de|dem|[\w-]+(?:en|et|ne|erne)) (?:skal|må) (?:\w+ )?(?:laves|skrives) om"
    r"(?: fra bunden)?(?=[.!]?$)|^(?:så )?(?:må|skal) \w+ (?:lave|skrive) (?:den|det|dem) om(?=[.!]?$)"
    # "Vi skubber salget", "Salget skubbes til efteråret"
    r"|skubbe[rs]? (?:vi )?(?:det|den|dem|sagen|punktet|[\w-]+(?:en|et|ne|erne))\b|\bskubbes\b"
    # "Så skyder vi punktet, til …", "Så skyder vi den.", "Den skyder vi til november" (not "… i gang": a start)
    r"|(?:skyde|parkere)[rs]? (?:vi )?(?:(?:det|den|dem|sagen|punktet|" + CASE_NOUN + r")"
    r"(?:,? (?:\w+ )?(?:ud|til)\b|(?=[,.!]|$| og))|til (?:næste|et senere|et kommende|efter)\b)"
    r"|\b(?:det|den|dem|sagen|punktet|[\w-]+(?:en|et|ne|erne)) (?:skyder|parkerer) vi\b(?! (?:\w+ )?i gang)"
    r"|genoptag\w*|genbehandl\w*"
    r"|parkere[rs]? (?:vi )?(?:sagen|punktet|den|det|dem)|(?:er|bliver) (?:\w+ )?parkeret|on hold|(?:på|on) standby"
    # "Salget skal have et ekstra kig.", "Salget bliver sat på næste dagsorden."
    r"|\bet ekstra kig\b|\bet kig (?:mere|til)\b"
    # (also the thing first: "Den sætter vi på næste dagsorden.")
    r"|(?:sat|sættes|sætter vi(?: \w+)?) på (?:næste|en senere|en kommende) dagsorden"
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
    # decided or chosen to wait: "Vi har besluttet at vente.", "Vi har valgt at vente med sagen."
    r"|\b(?:beslut\w*|valgt|vælger) (?:\w+ )?at (?:vente|udsætte|udskyde)\b"
    # the approval itself only after something, or later (approval_later.py); or when something has come
    r"|" + APPROVAL_LATER +
    # set aside a while (set_aside.py): "Den gemmer vi til næste møde.", "Det er for tidligt."
    r"|" + SET_ASIDE +
    r"|" + WHEN_COME +
    r"|(?:sættes|stilles) i bero|(?:sætter|stiller) (?:vi )?(?:sagen|punktet|den|\w+(?:en|et)) i bero"
    # "Det lægger vi i skuffen indtil videre", "Så beslutter vi det om to uger", "Lad os tage det næste gang"
    r"|\blægger (?:vi )?(?:\w+ )?i skuffen\b(?! for (?:altid|godt)\b)"
    r"|\bbeslutter (?:vi )?(?:det |den )?(?:om|efter) (?:en|et|to|tre|fire|\d+) (?:uger?|måneder?|dage)\b"
    # "Så beslutter vi det, når kontrakten er ved at udløbe."
    r"|\bbeslutter (?:vi,? )?(?:os )?(?:(?:det|den|dem|sagen),? )?(?:når|først|senere)\b"
    # "Så lægger vi budgettet fast, når tilmeldingen er lukket", "Så tager vi den ikke i dag"
    r"|\blægger (?:vi )?(?:\w+ )?fast,? (?:når|efter)\b"
    r"|\btager (?:vi )?(?:den|det|dem|sagen|punktet) ikke (?:i dag|nu|endnu)\b"
    # first this, then the decision: "Beregningen først, så beslutter vi", "… og så tager (behandler) vi den
    # derefter", "… og så ser vi den på næste møde", "… så den må vi arbejde videre med og tage igen"
    r"|\bførst,? (?:og )?så (?:beslutter|tager stilling)\b"
    r"|\b(?:tage[rs]?|behandler) (?:vi )?(?:den|det|dem|sagen) (?:derefter|bagefter|herefter)\b"
    # "Vi giver personalet tre uger til at svare og tager den så."
    r"|\bog tage[rs]? (?:vi )?(?:den|det|dem|sagen) så(?=[.!]?$)"
    # (the verb left out: "Den skal rettes til og så på næste møde.")
    r"|\bog så (?:igen )?på (?:næste|et senere) møde(?=[.!]?$)"
    r"|\bser vi (?:den|det|dem|sagen) (?:igen )?(?:på|til|i) (?:næste|et senere|et kommende)\b"
    r"|\b(?:den|det|dem) (?:må|skal) vi arbejde videre med\b|\bog tage (?:den |det |dem )?igen\b"
    # more to find out first: "Så går vi videre med undersøgelsen af alternativerne"
    r"|\bgår (?:vi )?videre med (?:at )?(?:undersøg\w*|analys\w*|afklar\w*|belys\w*)"
    r"|\btage[rs]? (?:vi )?(?:det|den|dem|sagen|punktet) (?:på |til )?næste gang\b"
    # … the object first: "Den tager vi igen næste gang.", "Sagen tager vi en anden gang."
    r"|^(?:så )?(?:den|det|dem|sagen|punktet) tager vi (?:op )?(?:igen )?(?:på |til )?(?:næste gang|på næste møde"
    r"|en anden gang)\b|^(?:så )?(?:den|det|dem|sagen|punktet) tager vi ikke (?:i dag|nu|endnu)\b"
    r"|^(?:så )?(?:den|det|sagen|punktet) vender vi tilbage til(?=[.!]?$| i | på | efter | når)"
    # a part by name put off: "Caféerne må vente", "Awareness kommer igen i efteråret", "Puljen tager vi ved
    # budgetopfølgningen", "Resten vil vi drøfte igen", "Punkt tre skal vi have regnet på", "Så venter referatet"
    r"|\b\w+(?:en|et|ne|erne) må vente\b"
    r"|^(?!(?:sagen|punktet|den|det|de|processen|planen|indstillingen|forslaget)\b)[\w-]+ kommer (?:igen|tilbage) "
    r"(?:i|efter|når|på)\b"
    # (also "Caféerne kommer senere.", said last beside a part started)
    r"|^(?!(?:sagen|punktet|den|det|de|processen|planen|indstillingen|forslaget|resten)\b)\w+(?:erne|ene|en|et) "
    r"kommer senere(?=[.!]?$)"
    r"|^(?:de \w+ \w+|den (?:første|anden|tredje|fjerde|femte|sjette|sidste)|(?!(?:så|og|men|nu|det|den|vi)\b)[\w-]+)"
    r" tager vi (?:op )?(?:ved|efter|på|i " + MONTH + r"|(?:igen )?næste gang|en anden gang|senere)\b"
    # "Ventilationen tager vi med i næste års budget"
    r"|^(?!(?:så|og|men|nu|det|den|vi)\b)\w+(?:en|et|ne|erne) tager vi (?:med )?i (?:næste års|det kommende) budget"
    r"|\bvil vi (?:drøfte|se|tage|kigge på|se på) (?:\w+ )?igen\b"
    r"|\bskal vi have (?:regnet på|mere at vide om|undersøgt|belyst)\b|\btager vi stilling til (?:i|efter|når|på)\b"
    # the forum by name, the thing after: "Regionsrådet tager stilling til aftalen i december."
    # (not the rest after a start: "Vi starter med et forsøg … og tager stilling til resten efter et halvt år.")
    r"|\btager stilling til (?:den|det|dem|sagen|punktet|(?!resten\b)[\w-]+(?:en|et|ne|erne)) (?:i (?:" + MONTH
    + r"|efteråret|foråret|vinteren|det nye år)|på (?:næste|et senere) møde|senere|efter \w+)\b"
    r"|^(?:så )?venter (?:\w+(?:en|et|ne|erne))\b|\bventer,? til\b"
    # "Jeg vil vente med budgettet, til …", "Jeg vil gerne vente på de nye retningslinjer", "Så tager vi stilling.",
    # "Så taler vi med håndbold og vender tilbage.", "Så får administrationen kriterierne tilbage"
    r"|\bvil (?:jeg |vi )?(?:gerne )?vente (?:med|på|til)\b"
    r"|^så tager vi stilling(?: til (?:den|det|dem))?(?: i " + MONTH + r"| efter sommer\w*| på næste møde)?(?=[.!]?$)"
    # (also after what is asked for first: "Vi beder om en høring af patientforeningerne, og så tager vi stilling.")
    r"|,? og så tager vi stilling(?: til (?:den|det|dem|sagen))?(?=[.!]?$)"
    r"|\bog vender tilbage(?=[.!]?$)|\bfår (?:\w+ )?\w+(?:en|et|ne|erne) tilbage\b"
    r"|(?:sagen|punktet|den|det|" + CASE_NOUN + r") må vente|må (?:\w+ ){1,2}vente\b"
    # the approval or the decision itself put to a later time: "Beslutningen tages i august.", "Vi kan godkende den i
    # august.", "Endelig godkendelse sker i august.", "Lad os godkende den næste gang.", "Vi vender tilbage med den.",
    # "Den er ikke moden til godkendelse.", "Vi behandler den færdig i august."
    r"|\bbeslutning(?:en)?(?: om \w+)? (?:tages|træffes),? (?:i|på|efter|når)\b|\btræffes beslutning (?:i|på)\b"
    r"|(?:godkende|vedtage)[rs]? (?:\w+ ){0,2}(?:i|til) " + MONTH + r"\b"
    r"|\b(?:endelig )?(?:godkendelse|vedtagelse)n? (?:sker|kommer|venter|tages) (?:i|på|efter|når)\b"
    r"|(?:godkende|vedtage|beslutte)[rs]? (?:\w+ ){0,2}(?:næste gang|en anden gang)\b"
    r"|\bvender? (?:vi )?tilbage med (?:den|det|dem|sagen)(?=[.!]?$)"  # (also asked: "… om at vende tilbage …")
    r"|ikke (?:moden?|modent|parat) til (?:godkendelse|vedtagelse|beslutning)"
    r"|\bbehandler (?:vi )?(?:den|det|dem|sagen) færdig\b|^(?:så )?(?:den|det|dem|sagen) behandler vi færdig\b"
    # "Det er for tidligt at godkende den.", "Den bliver liggende, til …", "… og ser den igen i maj"
    r"|for tidligt at (?:sige ja|tage stilling|(?!sige\b)\w+e)\b|bliver liggende\b"
    # (also asked: "Skal vi ikke se den igen i august?"; not a wish beside an approval: "… og vil gerne se den igen")
    r"|\b(?:ser (?:vi )?|(?:skal|kan|må) vi (?:ikke )?se )(?:den|det|dem) igen (?:i|efter|om|til|på) \w+"
    # "… og tager retningslinjerne i juni": taken up at a later meeting
    r"|tage[rs]? (?:vi )?(?:den|det|dem|sagen|punktet|" + CASE_NOUN + r") (?:op )?i " + MONTH + r"\b"
    # … or a season: "Ikke nu. Vi tager den i efteråret."; a better ground first: "Vi skal have et bedre
    # beslutningsgrundlag."
    r"|tage[rs]? (?:vi )?(?:den|det|dem|sagen|punktet) (?:op )?(?:i|til|efter) (?:foråret|sommeren|efteråret"
    r"|vinteren|sommerferien|jul)\b"
    r"|\b(?:skal|må) (?:vi )?have (?:et )?(?:bedre|nyt|mere solidt|grundigere) (?:beslutnings)?grundlag\b"
    # at a later meeting named by its month: "Så tager vi den på junimødet."
    r"|tage[rs]? (?:vi )?(?:den|det|dem|sagen|punktet|" + CASE_NOUN + r") (?:op )?på " + MONTH + r"mødet\b"
    # held until something is known: "Vi holder den, til MED har haft den."
    r"|\bholder (?:vi )?(?:den|det|dem|sagen),?\s*(?:til|indtil)\s+(?!\d)\w+"
    r"|(?:punktet|sagen) udgår|udgår (?:punktet|sagen)\b|tages af dagsordenen"
    # "Udvalget ønsker sagen belyst yderligere", "Den skal belyses nærmere"
    r"|belys(?:t|es) (?:yderligere|nærmere|bedre|grundigere)"
    r"|venter (?:vi )?på (?!at\b)\w+"
    r"|(?:godkende|vedtage)[rs]? (?:\w+ ){0,2}på (?:næste|et senere|et kommende) møde|(?:ligger|står) stille"
    r"|(?:beslutte|anbefale|godkende|vedtage)[rs]? (?:vi )?ikke (?:noget )?(?:i dag|endnu|nu)"
    r"|beslutte[rs]? (?:vi )?ikke noget,? (?:før|inden)"
    # the case named: "Vi beslutter den ikke i dag." (not "Vi godkender den ikke i dag.", a refusal in the minutes)
    r"|\bbeslutte[rs]? (?:vi )?(?:den|det|dem|sagen|punktet) ikke (?:i dag|endnu|nu)\b"
    # in a clause: "Min konklusion er, at vi ikke beslutter noget i dag"
    r"|\b(?:vi|udvalget|direktionen) ikke beslutter (?:noget )?(?:i dag|endnu|nu)\b"
    + DECIDED_AFTER +
    # "Så lader vi det hele hvile, til vi har set, hvad KL anbefaler"
    r"|\blader (?:vi )?(?:det hele|den|det|dem|sagen|punktet) hvile\b"
    # "Den får lov at ligge en måned", "Lad os give den en tur mere i MED"
    r"|(?:får|skal have) lov (?:til )?at ligge\b|\ben (?:tur|runde) (?:(?:mere|til) )?(?:i|hos|forbi)\b"
    # "De sidste tre vil jeg gerne drøfte med plejecentrene først."
    r"|\bvil (?:jeg|vi) (?:gerne )?(?:drøfte|tale om|høre|se på|kigge på) (?:\w+ ){0,5}først(?=[.!]?$)"
    # "Så lad os se tiden an", "Så må den modnes lidt endnu", "Vi beslutter efter prøvesmagningen"
    r"|\bse[rs]? tiden an\b|\b(?:må|skal) (?:\w+ )?modnes\b"
    r"|\bbeslutter (?:vi )?(?:det |den )?(?:først )?efter (?!at\b)\w+(?:en|et|ne|erne)\b"
    + TO_THE_BUDGET +
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
    r"|(?:tage|behandle|afgøre)[rs]? (?:vi )?(?:det|den|dem|sagen|punktet|" + CASE_NOUN + r")(?: sammen)?,? "
    r"(?:når|efter at)"
    + COMES_BACK +
    # first heard: "Først vil vi høre centercheferne"; not reached: "Det når vi ikke i dag"
    r"|^først (?:vil|skal|må) (?:vi )?(?:høre|se|have|tale med)\b|\b(?:den|det|sagen|punktet) når vi ikke\b"
    # (also the thing after: "Vi når ikke drøftelsen i dag.")
    r"|^(?:så )?(?:vi når|når vi) ikke (?:den|det|dem|sagen|punktet|[\w-]+(?:en|et|ne|erne)) (?:i dag|i aften)\b"
    # "Lad os vende tilbage til planen i september"; "… før den sendes ud"; "Vi træffer ikke beslutningen i dag";
    # "Navnet finder vi, når hallen står færdig"; "Det valg tager vi efter sommerferien"
    r"|\blad os vende tilbage til (?:planen|sagen|punktet|den|det)\b"
    # (also "…, inden planen kan vedtages"; not "Så kortes den ned, inden den sendes i høring": a condition)
    r"|\bfør (?:den|det|de|sagen|planen) (?:sendes|godkendes|vedtages)\b"
    # "Så får vi tallene, inden strategien vedtages" (also "… inden bevillingen gives"); "Den skal rådet have set,
    # inden den går i høring"; "Så holder vi igen, til vi ved, hvad det betyder"
    r"|\b(?:før|inden) (?:" + CASE_NOUN + r") (?:godkendes|vedtages|besluttes|gives|bevilges)\b"
    r"|\bskal (?:\w+ ){0,2}have (?:set|hørt|behandlet|læst)\b[^.!?]*\b(?:før|inden)\b"
    r"|\bholder (?:vi )?igen,? (?:til|indtil)\b"
    # agreed or decided to wait: "Der er enighed om at vente med salget.", "Det, vi har besluttet, er at vente med …"
    r"|\benig(?:hed|e) om at (?:vente|udsætte|udskyde)\b"
    r"|\ber at (?:vente|udsætte|udskyde) (?:med )?(?:den|det|dem|sagen|\w+(?:en|et|ne|erne))\b"
    # another body's yes first: "Så skal IT-sikkerhed godkende den først"; heard again: "… og så behandler vi
    # ansøgningen igen"
    r"|\bskal (?!vi\b)[\w-]+ (?:godkende|se|høre|behandle|vurdere)\b[^.!?]*\bførst\b"
    r"|\bbehandler (?:vi )?(?:den|det|sagen|" + CASE_NOUN + r") igen\b"
    # a new draft asked for, said alone: "Så må vi have et nyt udkast."
    r"|^(?:så )?(?:må|skal) vi have et nyt (?:udkast|oplæg)(?=[.!]?$)"
    # "Den vil vi se, før vi lukker noget."
    r"|\b(?:vil|skal|må) (?:vi |jeg )?(?:gerne )?(?:se|have)\b[^.!?]*,? (?:før|inden) (?:vi|der)\b"
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
    # the thing by name: "Lad os høre borgerne først og beslutte navnet derefter."
    r"|\bog (?:så )?(?:godkende|vedtage|beslutte|vælge)[rs]? (?:vi )?[\w-]+(?:en|et|ne|erne)"
    r" (?:bagefter|senere|derefter|herefter)\b"
    r"|^(?:(?:godt|ja|nej|okay),? )?så venter vi(?=[.!]?$)"
    # a hearing first, the decision after: "Så sender vi den i høring hos landbruget først"
    r"|sende[rs]? (?:vi )?(?:\w+ ){0,3}i høring (?:\w+ ){0,3}først(?=[.!]?$)"
    r"|tage[rs]? (?:vi )?(?:den|det|dem|sagen|punktet) (?:igen|tilbage\b)"
    # "Jeg vil lige have beboernes høringssvar først": a decision waiting on something (also "Nej, vi må have tallene
    # først.")
    r"|(?:vil|skal|må) (?:gerne |lige )*(?:have|se) [^.?!]*\bførst\b"
    # withdrawn: "Punktet trækkes.", "Sagen er trukket tilbage", "Vi trækker punktet"
    r"|trækkes (?:tilbage|af dagsordenen)|trukket (?:\w+ )?(?:tilbage|af dagsordenen|fra dagsordenen)"
    r"|(?:punktet|sagen) (?:trækkes|er trukket|blev trukket)\b|\btrækker (?:vi )?(?:punktet|sagen)\b"
    r"|(?:behandles|drøftes|tages op|genoptages|optages|(?:ser|kigger) vi på|vi (?:ser|kigger) på)"
    r" (?:\w+ ){0,2}(?:på|til|i) (?:næste|et senere"
    r"|et kommende|det kommende|et nyt|et andet) (?:møde|måned)|ser vi (?:den|det|dem) igen"
    # "Så gør vi det til næste år" (not "overskuddet overføres til næste år")
    r"|(?:gør|tager|gemmer|lægger|venter) (?:vi )?(?:det|den|dem) (?:\w+ )?til næste år"
    r"|(?:punktet|sagen) (?:blev |bliver |er )?(?:derfor )?ikke behandlet"
    r"|(?:blev|bliver) (?:derfor )?ikke behandlet|behandles ikke"
    + COMES_AGAIN +
    # (also asked: "Kan vi vente med den?", "Kan vi leve med at vente?")
    r"|(?:må|skal|bør|burde) (?:vi )?vente,? (?:med|til|på)"
    r"|\b(?:kan|kunne) vi (?:ikke )?(?:bare |lige )?vente,? (?:med|til)"
    r"|\bhvad med at (?:vente|udsætte|udskyde)\b"
    r"|vente med at (?:tage stilling|beslutte|behandle)"
    r"|\bkan vi (?:godt )?leve med at (?:vente|udsætte|udskyde)\b"
    # "Den kommer på mødet i oktober", "Regnskabet kommer til godkendelse i maj", "… og tager stilling om to
    # uger", "Fem og seks vil vi se nærmere på"
    r"|\bkommer (?:op )?på (?:mødet|et møde|dagsordenen) (?:i|den|efter)\b|\bkommer (?:op )?på " + MONTH + r"mødet\b"
    r"|\bkommer (?:til|op til) (?:godkendelse|beslutning|behandling|afgørelse) (?:i|på|efter|når)\b"
    r"|\btage[rs]? (?:vi )?stilling (?:om|efter) (?:en|et|to|tre|fire|\d+) (?:uger?|måned(?:er)?|dage)\b"
    r"|\b(?:vil|skal) vi se nærmere på\b|\bser vi nærmere på\b"
    # shelved: "Så lægger vi salget på hylden, indtil …"; no call or ground for a decision today: "Der er ikke
    # grundlag for at beslutte noget endnu."
    r"|lægge[rs]? (?:vi )?(?:\w+ ){1,2}på (?:hylden|is)"
    r"|(?:ingen grund|intet behov|ikke behov|intet grundlag|ikke grundlag) (?:for |til )?at "
    r"(?:beslutte|tage stilling|træffe (?:en )?beslutning)(?: \w+){0,2} (?:i dag|nu|endnu)"
    # back when something is there: "Den kommer, når resultaterne er klar"; no sense in deciding now: "Så giver det
    # ikke mening at vedtage den nu"
    r"|^(?:så )?(?:den|det|de|sagen|punktet|planen) kommer(?: igen)?,? (?:når|efter)\b"
    r"|\bgiver (?:det )?ikke mening at (?:vedtage|godkende|beslutte|sige ja til)\b[^.!?]*\b(?:nu|i dag|endnu)\b"
    r"|postponed?|deferred|put off)\b"
)
