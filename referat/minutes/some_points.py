"""How an approval of some points, and not the others, is said: the patterns of the decision
family "approval of some points, not others" (phrases.py). Pure; docs/minutes.md lists them.
"""

from __future__ import annotations

from referat.minutes.point_names import NUMBER_DIGITS
from referat.minutes.postponements import MONTH
from referat.minutes.task_words import BODIES

# A point by its number, bare or named: "4", "fire", "punkt fire" (not "et", as often the article).
_POINT_NUMBER = r"(?:indstilling |punkt |nummer )?(?:\d|" + "|".join(w for w in NUMBER_DIGITS if w != "et") + r")\b"

# The case's own act, which a clause holds off for the whole: "…, og høringen må vente"
_ITS_ACT = r"(?:høringen|beslutningen|godkendelsen|vedtagelsen|behandlingen)"

# "Så godkender vi indstilling 1, 2 og 3, men ikke 4", "…, og resten venter", "Udendørs ja, caféerne nej".
SOME_POINTS = (
    # (not the noun: "Godkendelsen udskydes." puts the whole off)
    # (not refused: "Vi kan ikke godkende lejeforhøjelsen, så den afvises.")
    # (not the noun: "Anbefaling fire udskydes til august." puts one off)
    r"(?<!\bikke )\b(?:godkend(?!else)\w*|vedta(?!gelse)\w*|tiltræd\w*|bevilg\w*|udmønt\w*|anbefal(?!ing)\w*|indstiller"
    r"|følger (?:vi )?(?:alle|de)"
    r"|går vi videre med|enige om|gives|grønt lys|kører (?:vi )?med"
    r"|(?:starter|(?:gen)?åbner|indfører|giver) (?:vi )?(?:med )?|sætter (?:vi )?gang i|sætter vi i gang"
    r"|bakker (?:vi )?op om|er (?:helt )?på plads"
    # (not the verb said with "ikke": "Vi vedtager den ikke i aften, men venter på …")
    r"|siger (?:vi )?(?:ja|god) (?:til|for)|opbakning til|flertal for"
    # (also said short, or by what gets the money: "Ja til taget, resten venter.", "Taget får pengene nu, …")
    r"|^(?:så )?ja til|får (?:\w+ )?(?:pengene|bevilling\w*|midlerne|tilskud\w*))\b"
    r"(?!\s?(?:\w+ )?ikke\b)(?:[^.?!]|(?<=\d)\.)*?"
    r"(?:(?:,? og|,) resten (?:senere|næste år|til næste år|bagefter)\b|,? og (?:vi )?venter? med resten\b"
    # the next stage: "Første etape bevilges nu, anden etape venter."
    r"|(?:,? og|,) (?:den )?(?:anden|sidste|næste) (?:etape|del|fase|halvdel) (?:venter|må vente|kommer (?:igen"
    r"|senere|næste år)|tager vi (?:senere|næste år|op igen))\b"
    r"|(?:,? og|,) resten (?:af \w+ )?"
    r"(?:venter|må vente|tager vi stilling til|tager vi (?:senere|næste gang|op igen)|(?:tages|kommer) med i budget\w*"
    r"|udsættes|udskydes)|(?:,? og|,)? (?:det|de|den) (?:to |tre )?(?:sidste|resterende|øvrige|andre?|anden|andet)"
    r" (?:\w+ )?"
    # (or taken later: "…, og de to andre tager vi, når der er en løsning")
    r"(?:kommer (?:igen|tilbage)|venter|må vente|tager vi,? (?:når|senere|igen|op igen)\b)"
    # (also a part dropped: "…, og erfaringsindsamlingen dropper vi")
    # (not a body coming back: "Godkendt, og forvaltningen kommer igen med en status."; also "indsatserne om fravær")
    r"|(?:,? (?:og|men|mens)|,) (?!(?:det|den|de|vi|så|(?:ændrings)?forslaget|ønsket|id[eé]en|sagen|punktet"
    # (nor the case's own act: "Så holder vi en temadrøftelse i september, og høringen må vente." puts off)
    r"|indstillingen|" + _ITS_ACT + "|" + BODIES + r")\b)"
    r"\w+(?:en|et|ne|erne) (?:(?:om|for|til|med) [\w-]+ )?"
    r"(?:venter|må vente|dropper vi|springer vi over|siger vi nej til|kommer (?:igen|tilbage)\b"
    # "…, og opfølgningsdelen laver vi om"
    r"|(?:laver|skriver|tager) vi om\b"
    r"|tager vi stilling til (?:i|efter|når|på)\b"
    # "…, men caféerne forbliver lukket indtil videre", "…, og caféerne kommer, når personalet er klar"
    r"|(?:forbliver|bliver|holdes) lukke[td]e?|holder vi lukket|kommer,? (?:når|senere|efter)"
    # "…, og referatet tager vi næste gang"
    r"|tager vi (?:på )?(?:næste gang|på næste møde|senere|næste år))\b"
    # "Så genåbner vi det udendørs den 15. og venter med caféerne" (also asked: "Kan vi godkende de to første og
    # vente med evalueringen?")
    r"|,? og (?:vi )?venter? med (?!(?:det|den|dem|de|resten)\b)\w+(?:en|et|ne|erne)\b"
    # the other part left as it is: "… og lader caféerne være lukket indtil videre"
    r"|,? og (?:vi )?lader (?!(?:det|den|dem|de)\b)\w+(?:en|et|ne|erne) (?:være|forblive|blive) lukke[td]e?\b"
    # (not a time: "…, men ikke i dag" puts the whole off)
    r"|,? men ikke(?! (?:i dag|nu|endnu|i aften|før)\b)|,? men \w+er ikke\b"
    r"|,? men nej til\b(?! (?:indstillingen|indstillingerne|forslaget|sagen|planen)\b)"
    r"|,? mens \w+ (?:\w+ )?(?:udsætte\w*|udskyde\w*)"
    # "Så godkender vi de fem og ikke den om nattevagterne."
    r"|,? og ikke (?:den|det|de) (?:om|med|til)\b"
    # … or left out: "Så følger vi de andre anbefalinger og lader den om nattevagterne ude."
    r"|,? og (?:vi )?(?:lader|holder) (?:vi )?(?:den|det|de) (?:om|med) [^.?!,]+? (?:ude|udenfor|uden for)\b"
    # "…, og 4 venter", "…, og fire og fem kommer tilbage på et senere møde"
    r"|(?:,? (?:og|men)|,) " + _POINT_NUMBER + r"[\w ,]*? (?:udsætter|udskyder"
    r"|skyder|parkerer|venter|må vente|kommer (?:tilbage|igen)|udsættes|udskydes|tager vi en anden gang"
    # "…, og nummer to tager vi op i august"
    r"|tager vi op\b|tager vi (?:næste gang|senere))"
    r"|,? og (?:vi )?(?:udsætter|udskyder) \w"
    # the verb before the points' bare numbers: "Vi godkender et, to og fire og dropper tre og fem."
    r"|,? og (?:vi )?(?:dropper|afviser|siger nej til|venter med) " + _POINT_NUMBER +
    # a thing by a name of its own: "…, retningslinjerne godkendt, og awareness venter til efteråret"
    r"|,? (?:og|men|mens) (?!(?:det|den|de|vi|så|alle|resten|sagen|punktet)\b)[\w-]{4,} (?:(?:venter|må vente)"
    r" (?:til|på)\b|tager vi (?:op )?(?:senere|igen|næste gang)\b)"
    # (or coming again at a time, a thing in lower case and no body: "…, og transport kommer igen på næste møde",
    # "…, og ældretaksterne kommer på næste møde")
    r"|,? (?:og|men|mens) (?!(?:det|den|de|dem|vi|så|alle|resten|sagen|punktet|" + BODIES + r")\b)"
    r"(?-i:[a-zæøå])[\w-]{3,} kommer (?:(?:igen|tilbage) (?:på|i|til|efter) (?!os\b|udvalget\b)"
    r"|på (?:det )?(?:næste|et senere|et kommende) møde)"
    # which by their order: "Vi godkender første og andet punkt."
    r"|\b(?:det |den )?(?:første|anden|andet) og (?:det |den )?(?:anden|andet|tredje|fjerde) (?:punkt|indstilling)\b"
    # only one by its place: "Vi godkender kun det første punkt."
    r"|\bkun (?:det |den )?(?:første|anden|andet|sidste) (?:punkt|indstilling|del)\b"
    # how many of them: "Vi godkender to ud af tre."
    r"|\b(?:et|en|to|tre|fire|fem) (?:ud )?af (?:to|tre|fire|fem|seks|syv)\b"
    # a part taken into the budget talks: "… godkender status og retningslinjer og tager forløbet med i
    # budgetforhandlingerne"
    r"|,? og (?:så )?tager (?:vi )?(?!(?:det|den|dem|sagen|punktet)\b)\w+(?:en|et|ne|erne) med i budget\w*"
    # "…, og faste teams venter, til personalet er hørt": a thing by its adjective and noun
    r"|,? og (?!(?:det|den|de|vi|så|alle)\b)\w+e \w{3,} (?:venter|må vente)\b"
    # "…, og nummer fire venter, til vi kender prisen"
    r"|,? og (?:nummer|punkt|anbefaling|indstilling) \w+ (?:venter|må vente|udsættes|udskydes)\b"
    # (also a bare number or one by its order: "… alle undtagen fire", "… undtagen den fjerde", "…, minus nummer fire")
    r"| (?:undtagen|bortset fra|på nær|minus|andre? end) (?:(?:indstilling|nummer|punkt|anbefaling) \w+"
    r"|(?:to|tre|fire|fem|seks|syv|otte)\b|den (?:første|anden|tredje|fjerde|femte|sjette|sidste)\b)"

    # the part left out put off in its relative clause: "… alt undtagen velkomstpakken, som vi ser på igen"
    r"| (?:undtagen|bortset fra|på nær) \w+(?:en|et|ne|erne),? (?:som|der) (?:vi )?(?:ser på igen|tager op igen"
    r"|venter med|kommer igen|udsætter)"
    # "Tilgangen godkender vi, men pengene bevilger vi ikke"
    # (not the Indstilling as a whole: "Så er vi enige om tilgangen, men indstillingerne godkender vi ikke")
    # (also the amount: "Vi godkender tilgangen, men de 100.000 bevilger vi ikke"; agreeing is no approval)
    r"|,? men (?:\w+ )?(?:(?!indstilling)\w+(?:en|et|ne|erne)|\d[\d.,]*(?: kroner| kr)?)"
    r" (?:godkender|vedtager|bevilger) vi ikke\b"
    r"|,? men \w+ (?:\w+ )?(?:udsætter|venter med)"
    # only one part: "Så godkender vi kun dagsordenen i dag."
    # (not a share of an amount: "Vi giver den, men kun halvdelen.")
    r"|(?<=\s)kun (?!halvdelen\b|delen\b)\w+(?:en|et|ne|erne)(?: i dag| nu| denne gang)?[.!]?$"
    # "Så anbefaler vi kun punkt et.", "Vi kan kun anbefale den første."
    r"|(?<=\s)kun (?:(?:punkt|indstilling|nummer) (?:\d+|et|en|to|tre|fire|fem|seks)|(?:den|det) (?:første|sidste))"
    r"[.!]?$"
    # "Så åbner vi kun udendørs i første omgang." (not a limit: "…, dog kun for beboerne i første omgang")
    r"|(?<=\s)kun (?!for\b)(?:de |den |det )?[\w-]+(?: [\w-]+)? (?:i første omgang|indtil videre|i første runde)[.!]?$"
    # "Retningslinjerne er godkendt, men forløbet skal vi se på igen"
    r"|(?:,? men|,) (?!(?:det|den|de|vi|så)\b)\w+(?:en|et|ne|erne) (?:skal vi (?:se|kigge) på igen"
    r"|(?:ser|kigger) vi på igen|tager vi op igen)"
    r"|,? (?:og |mens |men )?(?:indstilling |punkt )?[^.?!]*?\b(?:er |bliver |blev )?"
    r"(?:udsat|udsættes|udskudt|udskydes|afvist|afvises|ikke godkendt|godkendes ikke)\b)"
    # all else done: "Vi åbner alt andet end caféerne."
    r"|\b(?:åbner|starter|godkender|vedtager|tager) (?:vi )?(?:alt|alle) andet? end (?:de |den |det )?[\w-]+"
    # one left out by its number, the others approved: "Anbefaling fire udgår, de andre er godkendt.", "Alle på nær
    # fire er godkendt."; a range and more: "Vi vedtager anbefaling et til tre plus fem og seks."
    r"|\b(?:anbefaling|nummer|punkt|indstilling) \w+ (?:udgår|er ude|tages ud),? (?:og |men )?(?:resten|de (?:\w+ )?"
    r"(?:andre|øvrige))\b"
    r"|^alle (?:på nær|undtagen|bortset fra|minus) (?:\w+ ){1,2}(?:er|bliver) (?:godkendt|vedtaget)\b"
    r"|\b(?:anbefaling|nummer|punkt|indstilling) \w+ til \w+ (?:plus|samt|og så) \w+"
    # only one part for now, said alone: "Kun udendørs for nu."
    r"|^kun (?!for\b)(?:de |den |det )?[\w-]+(?: [\w-]+)? (?:for nu|i første omgang|indtil videre)(?:[.!;]|$)"
    # "Kun retningslinjerne og status i dag." (also taken: "Så tager vi kun dagsordenen i dag.")
    r"|^kun (?!for\b)[\w-]+(?: og [\w-]+)? i dag(?:[.!;]|$)"
    r"|\btager (?:vi )?kun (?!halvdelen\b|delen\b)[\w-]+(?:en|et|ne|erne) (?:i dag|nu|denne gang)(?:[.!;]|$)"
    # the part put off first, then the part done: "Caféerne udsættes, men de udendørs aktiviteter går i gang."
    # (also with the time: "Caféerne venter til august, men …")
    # (also a part by a word of its own, after a comma alone: "Indendørs venter, udendørs starter.")
    # (not the case itself: "Sagen venter, men forvaltningen starter en analyse.")
    r"|\b(?!(?:sagen|punktet|den|det|vi|så)\b)(?:\w+(?:en|et|ne|erne)|[\w-]{4,}) (?:udsættes|venter|må vente)"
    r"(?: til \w+)?,? (?:men |mens )?(?:de |den |det )?(?:[\w-]+ ){0,2}[\w-]+"
    r" (?:går i gang|kan (?:starte|åbne|begynde|gå i gang)|starter|åbner|genoptages|kører)\b"
    # one part done in the passive, another kept waiting: "de udendørs aktiviteter genoptages, caféerne forbliver
    # lukkede til august"
    # (or with "kan" and a start: "De udendørs aktiviteter kan starte. Caféerne forbliver lukkede indtil videre.")
    r"|\b(?:\w{4,}es|kan (?:starte|åbne|genåbne|begynde|gå i gang))\b[^.?!,]*?[,.]?\s+(?:og\s+|men\s+|mens\s+)?"
    r"(?!(?:det|den|de|vi|så)\b)\w+(?:en|et|ne|erne)\s+"
    # (or left undone: "Aftalen forlænges, men tilskuddet hæves ikke")
    r"(?:venter|(?:må|skal) vente|\w{3,}es\s+ikke"
    r"|(?:forbliver|bliver|holdes)\s+lukke[td]e?)\b"
    # one thing done, another left to wait: "Så forlænger vi aftalen, og tilskuddet venter til budgettet"
    # (not the case's own act: "…, og høringen må vente" puts off)
    r"|^(?:(?:ja|jo|godt),? )?så \w+er vi\b[^.?!]*?,? og (?!(?:det|den|de|vi|så|sagen|punktet|" + _ITS_ACT + r")\b)"
    r"\w+(?:en|et|ne|erne) (?:venter|må vente)\b"
    # part now, the rest later: "så tager vi indsats et til fire nu, og fem kommer næste år"
    r"|\b(?:tager|bevilger|giver|godkender|udmønter|\w+er vi) (?:vi )?[^.?!]*?\bnu\b[^.?!]*?,? og [^.?!]*?"
    r"\b(?:kommer|venter|udsættes|(?:med|ind) i budget\w*)\b"
    # "Så det bliver udendørs nu og caféerne senere", "… udendørs først og caféerne bagefter" (the part by name, not
    # a second act: "Så holder vi mødet først og tager sagen bagefter")
    # (also by a month, after a comma: "Vi åbner udendørs nu, caféerne i august.")
    # (also from a date: "Udendørs den 15. juni, caféerne i august.", "… udendørs fra den 15. og caféerne senere")
    r"|\b[\w-]+ (?:nu|først|(?:fra )?den \d+\.?(?: " + MONTH + r")?)(?:,? og|,) (?!(?:det|den|de|vi|så|resten)\b)"
    r"(?:de |den |det )?\w+(?:en|et|ne|erne)"
    r" (?:senere|bagefter|efter sommer\w*|til (?:efteråret|sommer)|i " + MONTH + r")[.!]?$"
    # (or the rest: "Seks millioner nu og resten næste år.")
    r"|\b[\w-]+ (?:nu|først)(?:,? og|,) resten (?:senere|bagefter|næste år|til næste år|i budget\w*)[.!]?$"
    # one numbered part left to wait: "Den femte om nattevagterne venter vi med"
    r"|\b(?:den|det|nummer) (?:første|anden|andet|tredje|fjerde|femte|sjette|sidste) (?:\w+ ){0,3}"
    r"(?:venter vi med|må vente|udsætter vi)\b"
    # the minutes' formal limit: "Vi godkender for så vidt angår de to første punkter."
    r"|\b(?:godkend\w*|vedta\w*|tiltræd\w*)(?: vi)?,? for så vidt angår (?:de \w+ (?:første|sidste)"
    r"|(?:punkt|indstilling|nummer|anbefaling)(?:erne)? \w+)"
    # "Så tager vi de fire første" of five
    r"|\b(?:tager|godkender|vedtager|siger) (?:vi )?(?:ja til )?(?:kun )?de "
    r"(?:\w+ (?:første|sidste)|(?:første|sidste) \w+)\b"
    # (or the others, after one was named: "Vi tager de fem andre.")
    r"|\btager (?:vi )?de (?:\w+ )?(?:andre|øvrige)(?=[.!]?$)"
    # "Så springer vi det over og godkender de to første"
    r"|\bspringer (?:vi )?\w+ over og (?:godkender|vedtager)\b"
    # "Så siger vi ja til et og to og nej til forløbet"
    # (also without "og": "Ja til tilgangen, nej til pengene.")
    # (not the whole said no to: "Vi siger ja til tanken, men nej til indstillingen.")
    r"|\b(?:ja til|godkender vi|vi godkender) [^.?!]*?(?:\bog|,) nej til\b"
    r"(?! (?:indstillingen|indstillingerne|forslaget|sagen|planen)\b)|\bnej til [^.?!]*?(?:\bog|,) ja til\b"
    # "Caféerne holder vi lukket, men udendørs må gerne åbne."
    r"|\b(?:holder vi|forbliver) (?:\w+ )?lukke(?:de?|t)?,? men (?:\w+ ){1,3}(?:må|kan) (?:gerne |godt )?(?:åbne|starte"
    r"|gå i gang)\b"
    # "…, og retningslinjerne godkender vi, men awarenessforløbet siger vi nej til"
    r"|\b(?:godkend\w*|vedta\w*|ja til)\b[^.?!]*?, men (?:\w+ ){1,3}(?:siger vi nej til|afviser vi|dropper vi)\b"
    # "Udendørs ja, caféerne nej" (also as what it comes to: "Så det bliver udendørs ja, caféer nej.")
    r"|(?:^|, |\bdet bliver )(?!(?:ja|nej|så)\b)\w+ ja,? (?:men )?(?!(?:ja|nej|men)\b)\w+ nej\b"
    # "Sønderborg ja, Haderslev venter."
    r"|^(?!(?:ja|nej|så)\b)\w+ ja,? (?:men )?(?!(?:ja|nej|men)\b)\w+ (?:venter|må vente|kommer igen"
    r"|først (?:i|til|efter)\b)"
    r"|^(?!(?:ja|nej|så)\b)\w+ ja,? (?:men )?resten (?:senere|næste år|venter|må vente|kommer (?:igen|senere))\b"
    # "De første fem er godkendt"; "Så dropper vi den og godkender de fem andre"; "Så venter indstilling seks,
    # og resten er godkendt"; "Så godkender vi ikke referatet endnu, men dagsordenen er fin"
    r"|\bde (?:\w+ )?(?:første|sidste)(?: \w+)? (?:er|bliver) (?:godkendt|vedtaget|på plads)\b"
    r"|\b(?:dropper|afviser|udsætter|udskyder) (?:vi )?\w+ og (?:godkender|vedtager) (?:vi )?(?:de \w+ )?"
    r"(?:andre|øvrige|resten|resterende)\b"
    # (or the other part started: "Vi udskyder caféerne til august og åbner udendørs den 15.")
    r"|\b(?:udsætter|udskyder|venter med) (?:vi )?(?!(?:den|det|dem|sagen|punktet)\b)(?:[\w-]+ ){1,3}og "
    r"(?:åbner|genåbner|starter|går i gang med) (?:de |den |det )?[\w-]+"
    r"|\b(?:venter|udsættes|udskydes|afvises)\b[^.?!]*?,? og resten (?:er|bliver) (?:godkendt|vedtaget)\b"
    # … or the rest said last without "og": "Indstilling 3 udsættes, resten godkendes."; "Vi godkender ikke
    # forløbet, men de to andre."
    r"|\b(?:venter|udsættes|udskydes|afvises|udsætter vi|udskyder vi|venter vi med|parkerer vi)\b[^.?!]*?,"
    r" (?:og |men )?(?:resten|de (?:\w+ )?(?:andre|øvrige)(?: \w+)?)"
    r" (?:(?:er|bliver) (?:godkendt|vedtaget)|godkendes|vedtages|kan vi|godkender vi|vedtager vi)\b"
    r"|\bgodkender (?:vi )?ikke [\w ]+?,? men (?:gerne )?(?:de (?:to |tre )?andre|resten)[.!]?$"
    # (in the passive: "Anbefaling fire godkendes ikke, men resten gør.")
    r"|\b(?:godkendes|vedtages) ikke,? men (?:resten|de (?:\w+ )?andre)\b"
    # "Den første og den anden er godkendt, den tredje ikke."
    r"|\bden (?:første|anden|tredje|fjerde|femte) (?:og den \w+ )?(?:er|blev) (?:godkendt|vedtaget),? (?:men )?den \w+"
    r" ikke\b"
    r"|\bikke (?:\w+ ){0,2}(?:endnu|i dag|nu),? men (?:\w+ ){1,2}er (?:fin|godkendt|i orden)\b"
)
