"""How a remark or a change is said around an approval: the remark words the minutes use ("med
bemærkning om, at …", "dog …", "…, idet …"), the remarks said as the discussion itself ("med de
bemærkninger, der faldt"), and the verbs and openings of a change ("Så rykker vi junimødet"). Pure.
"""

from __future__ import annotations

import re

# A word of agreement before a yes to what was asked: "Helt enig, det kommer med.", "Det er en god idé, det gør vi."
AGREEING_FIRST = (r"^(?:(?:ja|jo|fint|godt|okay|(?:helt )?enig|(?:det er )?(?:en )?god (?:idé|pointe)"
                  r"|det er (?:helt )?rimeligt|det lyder (?:fint|godt)),?\s+)?")
# A remark on an approval, in the forms the minutes use ("med bemærkning om, at …").
REMARK = re.compile(
    r"(?P<phrase>\bmed (?:den |det |de |en |et |én |ét |følgende |\w+'?s )?(?:ene |eneste |lille |enkelte )?"
    r"(?:bemærkning(?:erne|en|er)?(?: om)?"
    r"|præcisering(?:en|er)?(?: til"
    r" \w+ \d+| af| til)?|tilføjelse(?:rne|n|r)?(?: om| af)?|ændring(?:erne|en|er)?(?: af| om)?|rettelse(?:rne|n|r)?"
    r"|justering(?:erne|en|er)?|udvidelse(?:n|r)?(?: af| til)?|prioritering(?:en)?|betingelse(?:n|r)?"
    r"|tillæg(?:get)?(?: om)?(?=,? at\b|[.!]?$)"
    r"|forbehold(?: for)?|ønske(?:t)? om"
    r"|opfordring(?:en)?(?: til| om)?"
    # "med krav om, at …", "med en klar forventning om, at …", "med henblik på …"
    r"|(?:(?:klar|tydelig|stærk|særlig)e? )?(?:krav(?:et)?(?: om)?|forventning(?:en)?(?: om)?|besked(?:en)?(?: om)?)"
    r"|henblik på)"
    r"|\bunder forudsætning af|\bunder hensyntagen til"
    r"|\bpå betingelse af|\bpå den betingelse(?=,? at\b)|\bunder den betingelse(?=,? at\b)"
    r"|\b(?:under|på) den forudsætning(?=,? at\b)"
    r"|\bpå (?:det|de) vilkår(?=,? at\b)|\bpå vilkår af(?=,? at\b)|\bsåfremt(?= )"
    # said alone, pointing back to what was asked: "Lejemålet er godkendt på de betingelser.", "… på de vilkår."
    r"|\bpå (?:den|de|disse|denne) (?:betingelser?|vilkår)(?=[.!]?$)"
    r"|\bi lyset af(?= (?:drøftelsen|debatten))"
    # (not a reason: "…, idet vi er enige i forvaltningens vurdering")
    r"|\bdog (?:sådan|således)|\bsåledes|\bidet(?! (?:vi|\w+) (?:er|var) (?:helt )?enige? i\b)|(?:,\s*|\s)men med"
    r"|^med det(?= (?:er|blev|godkender|vedtager|siger) )"  # "Med det er … godkendt"
    # "Så sender vi den i høring med det."
    r"|(?:(?<=godkendt )|(?<=vedtaget )|(?<=i høring )|(?<=i udbud )|(?<=indstillingen )|(?<=indstillingerne ))"
    r"med d[eé]t(?=[.!]?$)"
    # Whisper may leave out the comma: ", dog …", ", men …", ", når …" count without it (not the votes against told:
    # "Den er vedtaget, dog med en stemme imod.", "…, dog ikke med Enhedslistens stemmer.")
    r"|(?:,\s*dog|\sdog(?= (?:med|kun|skal|uden)\b))(?= )(?! (?:ikke )?med (?:\w+ ){0,2}stemmer?\b)"
    r"|(?:,\s*|\s)men (?:(?:vi |udvalget |direktionen |\w+ )?(?:vil gerne have|ønsker|beder om)|vil have)"
    r"|\bønsker (?:dog|samtidig|også),? (?=at\b)|\bønsker, (?=at\b)"
    r"|(?:,\s*|\s)men(?= (?:forvaltningen|administrationen|sekretariatet|direktionen|udvalget|vi"
    r"|(?!(?:de|den|det|der)\b)\w+)"
    r" (?:skal|bør|må)\b)"
    r"|(?:,\s*|\s)men kun(?= )|(?:,\s*|\s)når(?= )|(?:,\s*|\s)men(?= det skal være )"
    # a condition in the approval itself: "Vi giver garantien, hvis festivalen sender et revideret budget." (not
    # the room asked: "…, hvis ingen har noget", "…, hvis I er enige")
    r"|,\s*hvis(?= (?!(?:ingen|alle|i|ikke|der ikke|det er|der er (?:enighed|opbakning)|vi er enige|vi kan|det kan"
    r"|muligt)\b))"
    # a limit on what is approved: "Så sælger vi grunden, men ikke under vurderingsprisen."
    r"|(?:,\s*|\s)men ikke(?= (?:under|over|før|mere end|mindre end|højere end|lavere end) )"
    # the forum's demand said on its own: "Men vi kræver, at byggeriet starter inden to år."
    r"|(?:^|,\s*|\.\s+)(?:men |og )?(?:vi|udvalget|direktionen|byrådet) kræver(?=,? at\b))"
    r"(?P<rest>,? ?.*)$"
    r"|\bwith (?:the |a )?(?P<english>remark|note|clarification|amendment)(?: that)?\s*,?\s*(?P<erest>.+)$",
    re.IGNORECASE,
)
# "med de bemærkninger, der faldt (på mødet)": the remarks are the discussion itself.
_SAID_NOUNS = r"(?:bemærkninger|kommentarer|input|pointer|rettelser|ændringer|tilføjelser)"
# How remarks are said to have been made ("der faldt", "Marie nævnte", "der er kommet"), and the meeting's own
# ("dagens", "mødets"): remarks.py reads a remark phrase that says either as standing alone.
SAID_VERBS = r"(?:fald\w*|nævnte?|talt om|aftalt|foreslog|kommet(?: frem)?|givet|sagt|fremført|rejst)"
THE_MEETINGS = r"(?:dagens|mødets|drøftelsens|debattens)"
SAID_REMARKS = re.compile(r"\bmed (?:de (?:(?:\w+ )?" + _SAID_NOUNS + r",? (?:der|som|vi"
                          # (also by a name: "med de rettelser, Marie nævnte")
                          r"|(?-i:[A-ZÆØÅ])\w+) (?:er |blev |har )?"
                          + SAID_VERBS +
                          r"(?: på mødet| i dag)?|faldne bemærkninger)"
                          # (or the meeting's: "med dagens kommentarer", "med bemærkningerne fra drøftelsen")
                          r"|" + THE_MEETINGS + " " + _SAID_NOUNS + r"(?=[.!,]|$| om\b)"
                          r"|(?:bemærkningerne|kommentarerne|input(?:tet)?|pointerne|rettelserne) fra "
                          r"(?:i dag|mødet|drøftelsen|debatten)(?=[.!,]|$))",
                          re.IGNORECASE)
# The remarks made taken in, by reference: "Vi tager kommentarerne med", "… og administrationen indarbejder
# bemærkningerne", "Bemærkningerne tages med", "Forvaltningen retter det, vi har nævnt" (not "Vi tager bemærkningerne
# til efterretning").
_MADE = r"(?:bemærkningerne|kommentarerne|input(?:tet)?|rettelserne|ændringerne)"
TAKEN_IN = re.compile(rf"\b(?:(?:tager|skriver) (?:\w+ )?(?P<taken>{_MADE}) (?:med|ind)"
                      rf"|(?:indarbejder|retter) (?:\w+ )?"
                      rf"(?P<worked>{_MADE}|det,? (?:vi|der) (?:har|er) (?:nævnt|sagt|talt om))"
                      rf"|(?P<first>{_MADE}) (?:tages med|indarbejdes|skrives ind))\b", re.IGNORECASE)
ENGLISH_REMARK = {"remark": "med bemærkning om", "note": "med bemærkning om", "clarification": "med præcisering af",
                  "amendment": "med den ændring"}
# Shared by the remark forms (remarks.py, changes.py): verbs that change a text or a plan, how a change
# opens, and no "ikke", "hvis" or question.
# (also "Så skubber vi det en uge", "Det lægger vi om")
CHANGE_VERBS = (r"(?:flytter|rykker|retter|ændrer|tilføjer|sletter|stryger|fjerner|forlænger|forkorter|aflyser"
                r"|strammer|skærper|justerer|tydeliggør|forenkler|bløder|nedtoner|skubber|lægger(?= vi om\b))")
# A change made in the proposal's text: the change verbs, "indarbejder", "lægger / skriver … ind".
WRITES_IN_VERBS = r"(?:" + CHANGE_VERBS + r"|indarbejder|indføjer|(?:lægger|skriver|sætter) (?:\w+ ){1,4}ind)"
# (also put as a proposal: "Så vil jeg foreslå, at vi holder svømmetaksten … og godkender resten")
CHANGE_OPENING = (r"^(?:(?:godt(?: set)?|fint|ja|okay),?\s+)?(?:så\s+)?"
                  r"(?:(?:vil\s+jeg\s+foreslå|jeg\s+(?:vil\s+)?foreslå[r]?),?\s+at\s+)?")
UNHEDGED = r"(?!.*\b(?:ikke|hvis)\b)(?!.*\?$)"
# The agenda's order changed: "Vi tager punkt syv før punkt fire", "behandle punkt 48 før punkt 45".
REORDER = re.compile(r"\bpunkt \w+ (?:\w+ ){0,2}(?:før|efter) punkt \w+|\bbytter (?:om|rundt)\b"
                     r"|\btager (?:vi )?punkt \w+ (?:som det (?:første|sidste)|først|til sidst)\b", re.IGNORECASE)
# A change someone says as done, which the chair then approves with the rest: "Så flytter vi seminaret
# til den 12." "Godt. Dermed er procesplanen godkendt."
CHANGE_SAID = re.compile(CHANGE_OPENING + r"(?:(?:(?:det|den|dem)\s+)?(?:vi\s+)?" + CHANGE_VERBS
                         # in the passive: "Ja, de to fredagsmøder flyttes til torsdag."
                         + r"|(?:ja,?\s+)?(?:de |den |det )?(?:\w+ ){0,2}(?:flyttes|rykkes|ændres|rettes|tilføjes"
                         r"|fjernes|forlænges|forkortes))\b" + UNHEDGED, re.IGNORECASE)
# A condition said verb first, and what it is about: "Bliver det dyrere, …", "Stiger udgiften, …" (phrases.py: no
# return of the case on it; wording.py: written last in the remark).
CONDITION_VERB = r"(?:bliver|stiger|overstiger|går|viser)"
CONDITION_SUBJECT = r"(?:det|den|de|prisen|udgiften|udgifterne|beløbet|\w+(?:en|et))"
