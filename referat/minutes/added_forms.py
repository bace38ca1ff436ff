"""The forms of what the chair adds to an approval in their own words: a condition, a note, a wish, a limit, a
demand, something coming in or given; each with the remark phrase and text it makes. Pure; chair_adds.py reads
them."""

from __future__ import annotations

import re

from referat.minutes.point_names import CASE_PRESENTED_AT
from referat.minutes.remark_words import CONDITION_VERB

# The forum speaking of itself: "vi", "udvalget", "direktionen", "regionsrådet", "chefforum", also by its whole name:
# "Kultur- og Idrætsudvalget", "Sundhedsudvalget", "Koncerndirektionen", "Kommunalbestyrelsen".
FORUM = r"(?:vi|[\w-]+ og \w*udvalget|\w*udvalget|\w*direktionen|\w+rådet|\w+forum|kommunalbestyrelsen)"

# What the chair adds in their own words, in the approval or the sentence after it: a condition
# ("…, så længe vi får en årlig status", "Godkendt, bare …", "forudsat at …"), a note ("Og så
# præciserer vi, at …", "Vi bemærker, at …"; not "Så skal vi huske, at …", often a task), a wish ("…, og vi beder om
# …"), a limit ("…, men det er sidste gang", "for et år ad gangen"), a demand ("…, og køberen skal
# holde bygningen i god stand", "Men skolerne skal have besked i god tid"), something coming in
# ("Klima kommer med i oktober") or given ("…, og medarbejderne i Hjørring får jobgaranti"). After a short
# approval ("Den er godkendt. Og så præciserer vi, at …") the next sentence is read for these alone.
# The forum wanting something, in either order: "vi vil gerne", "vil vi dog gerne", "udvalget vil også".
_WE_WANT = r"(?:(?:vi|udvalget|direktionen) vil|vil (?:vi|udvalget|direktionen)) (?:dog |også )?(?:gerne )?"
# The people the case is for, by their group: "superbrugerne", "lederne" (not a body that takes a task: "IT",
# "forvaltningen").
_PEOPLE = (r"(?:superbrugerne|lederne|medarbejderne|cheferne|centercheferne|afdelingscheferne|vikarerne|mentorerne"
           r"|de ansatte|de timelønnede|de nye ledere)")
# A group by its article: "de små foreninger", "de timelønnede", "de ansatte" (not "de" alone, a pronoun).
_THE_MANY = r"de (?:\w+ ){0,2}\w+(?:erne|er|ene|e)"

CHAIR_ADDS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), phrase, rest) for p, phrase, rest in (
    (r"(?:,?\s+(?:så længe|forudsat,?(?: at)?|så snart)|,\s+(?:hvis )?bare)\s+(?P<rest>[^.!?]+)",
     "under forudsætning af",
     "at {rest}"),
    # "Godkendt, plus et afsnit om seniorer.", "Vi etablerer enheden samt en sansehave."
    # (not a thing named just before: "… som foreslået plus tillægget", which the member's words say better)
    (r",?\s+(?:plus|samt) (?!\w+(?:en|et|ne|erne)[.!]?$)(?P<rest>[^.!?]+)", "med tilføjelse af", "{rest}"),
    # "Vi godkender den i en justeret udgave, hvor lederne selv vælger indsatser."
    (r"\bi en (?:justeret|ændret|revideret|tilrettet) (?:udgave|form|version),? hvor (?P<rest>[^.!?]+)",
     "med den ændring,", "at {rest}"),
    # "Godkendt, i den form Trine foreslog."; "Godkendt i den form, vi har aftalt."
    (r"\bi den (?:form|udgave),? (?:som |der )?(?P<rest>(?-i:[A-ZÆØÅ])\w+ (?:foreslog|foreslår|nævnte|beskrev)"
     r"|vi (?:har |lige har )?(?:aftalt|drøftet|talt om))",
     "i den form, som", "{rest}"),
    # a member's proposal by its owner's name, taken along: "Vi tager Trines forslag med, og så er den godkendt."
    (r"^(?:(?:godt|fint|ja),? )?(?:så )?(?:vi )?tager (?:vi )?(?P<rest>(?-i:[A-ZÆØÅ])\w+s (?:ændrings)?forslag"
     r"|(?-i:[A-ZÆØÅ])\w+s (?:tilføjelse|ønske|rettelse))\s+med\b", "med", "{rest}"),
    # "Vi godkender den i en revideret form." (what changed is what was said before it)
    (r"\bi (?P<rest>en (?:justeret|ændret|revideret|tilrettet) (?:udgave|form|version))(?=[.!]?$)", "i", "{rest}"),
    # "Godkendt, herunder at der kommer salatbar"; "Godkendt, inklusive tilføjelsen om mentorordning"
    (r",?\s+herunder,? at (?P<rest>[^.!?]+)", "med den bemærkning,", "at {rest}"),
    (r",?\s+(?:inklusive|inkl\.|herunder) (?P<rest>[^.!?]+)", "inklusive", "{rest}"),
    # more whom or where it reaches, after a comma: "Godkendt, også for vikarerne.", "Den sendes i høring, også hos
    # ældrerådet." (not a time, "…, også i år", nor us: "…, også for os", nor the room: "…, også af mig")
    (r",\s+også (?P<rest>(?:for|hos|til|med|i|på) (?!(?:os|mig|jer|det|den|dem|år|i år|dag|i dag|næste|sigt)\b)"
     r"[^.!?]+)", "med tilføjelsen:", "også {rest}"),
    # how it is done: "… i den form, at hvert center …", "… på den måde, at badminton får onsdag aften";
    # "Godkendt, så det også omfatter elever"; "Godkendt, hvor taksten for madservice dog holdes i ro"
    (r"\b(?:i den form|på den måde),? at (?P<rest>[^.!?]+)", "med den bemærkning,", "at {rest}"),
    (r",?\s+så (?P<rest>(?:det|den|de) også [^.!?]+)", "med den bemærkning,", "at {rest}"),
    (r"^(?:\w+ ){0,3}(?:godkendt|vedtaget|godkendes|vedtages),?\s+hvor (?P<rest>[^.!?]+)", "med den bemærkning,",
     "at {rest}"),
    # what the chair adds after a short approval: "Bemærkning: institutionen skal kunne udvides.", "Vi vil gerne have
    # et program senest en måned før."
    (r"^bemærkning(?:er)?:\s*(?P<rest>[^.!?]+)", "med den bemærkning,", "at {rest}"),
    # (also "Og så vil vi gerne have en status efter et år.", "Vi vil dog gerne se mentorordningen beskrevet
    # nærmere.": the thing and how it should be)
    (r"(?:^(?:og )?|,? og )(?:så )?" + _WE_WANT + r"(?:have|se) (?P<rest>(?:en|et) [^.!?]+)", "med ønske om", "{rest}"),
    (r"^(?:og )?(?:så )?" + _WE_WANT + r"(?P<see>have|se) "
     r"(?P<rest>(?!det\b|den\b|dem\b)\w+(?:en|et|ne|erne) (?:\w+ )?(?!først\b)\w+(?:et|t)\b[^.!?]*)",
     "med ønske om at", "{see} {rest}"),
    # a wish taken note of: "Godkendt, og vi noterer os ønsket om en mentorordning."
    (r"(?:^(?:og )?|,? og )(?:så )?(?:vi|udvalget|direktionen) noterer (?:os|sig) ønsket om (?P<rest>[^.!?]+)",
     "med ønske om", "{rest}"),
    # a matter taken into the further work: "Vi tager mentorordningen med i den videre proces."
    (r"^(?:og )?(?:så )?(?:vi tager|tager vi) (?P<rest>(?!det\b|den\b|dem\b|sagen\b|punktet\b)\w+(?:en|et|ne|erne)"
     r"(?: om [^.!?]+?)?) med i (?:den videre proces|det videre arbejde)",
     "med den bemærkning,", "at {rest} tages med i det videre arbejde"),
    # the thing first: "Talentforløbet vil vi gerne se snarest.", "Sagen om talentforløbet vil vi gerne have forelagt"
    # (also a numbered point, or a thing by its adjective, after the approval in the same turn: "… godkendt. Og
    # indstilling 5 vil vi gerne se snarest.", "Og store lederdag vil vi gerne have holdt som hidtil.")
    (r"(?:^|[.!]\s+|,\s+(?=og\s))(?:og\s+)?(?P<rest>(?!(?:Det|Den|De|Dem|Så|Nu|Også|Men|Jeg|Vi|Der|Dette)\b)"
     r"(?:(?:\w+ om )?\w+(?:en|et|ne|erne)|(?:indstilling|punkt) (?:\d+|et|to|tre|fire|fem|seks)|\w+e \w{4,}))"
     r" vil (?:vi|udvalget|direktionen) (?:gerne )?(?P<see>have|se) (?P<more>[^.!?]+)", "med ønske om at",
     "{see} {rest} {more}"),
    # "Jeg vil dog gerne have, at HR følger op hvert kvartal." (not a delivery wanted: "…, at vi får en status om et
    # år", a follow-up)
    (r"^(?:og |men )?(?:jeg|vi|udvalget|direktionen) vil (?:dog |også )?gerne have,? at "
     r"(?![^.!?]*\b(?:status|orientering|redegørelse|rapport)\b)(?P<rest>[^.!?]+)",
     "med ønske om,", "at {rest}"),
    # a deadline or a demand said before the room's agreement: "Gruppen afleverer inden sommerferien, og så er vi
    # enige."
    (r"^(?:(?:godt|fint|ja),? )?(?P<rest>(?!det\b|den\b|vi\b|så\b)\w+ [^,.!?]*\b(?:inden|senest|skal)\b[^,.!?]*),? og "
     r"(?:så )?er vi enige[.!]?$", "med den bemærkning,", "at {rest}"),
    # the condition named: "Godkendt, forudsætningen er dog, at der er penge til det." (also "Betingelsen er, at …",
    # "En betingelse er, at …")
    (r"(?:^|,?\s+)(?:forudsætningen|betingelsen|en (?:forudsætning|betingelse)) er(?: dog)?,? at (?P<rest>[^.!?]+)",
     "under forudsætning af", "at {rest}"),
    # a decision on one matter named first, after the approval: "Ift. store lederdag er det besluttet, at den
    # fortsætter." → "med den bemærkning om store lederdag, at den fortsætter"
    (r"^(?:ift\.?|i forhold til|hvad angår|angående|vedrørende|mht\.?) (?P<what>[^,]+?),? (?:er|blev) det (?:også )?"
     r"besluttet,? at (?P<rest>[^.!?]+)", "med den bemærkning om", "{what}, at {rest}"),
    # "Godkendt, og det er en forudsætning, at hver afdeling udpeger superbrugere."
    (r",?\s+og det er (?:en |et )?(?:forudsætning|betingelse|krav),? at (?P<rest>[^.!?]+)", "under forudsætning af",
     "at {rest}"),
    # "Godkendt, og det er vigtigt, at MED inddrages."
    # (also as the next sentence: "Godkendt. Det er vigtigt, at formålet er klart.")
    # (also "Det er vigtigt for os, at medarbejderne bliver taget med på råd.")
    (r"(?:,?\s+og |^)(?P<rest>det er (?:vigtigt|afgørende|centralt)(?: for (?:os|mig|\w+(?:en|et|ne)))?,? at [^.!?]+)",
     "med den bemærkning,", "at {rest}"),
    # the rest to come: "Vi godkender principperne i dag. Detaljerne kommer på et senere møde."
    (r"^(?P<rest>(?!det\b|den\b|de\b|sagen\b|punktet\b)\w+(?:en|et|ne|erne) kommer (?:på|tilbage|igen)\b[^.!?]*)",
     "med den bemærkning,", "at {rest}"),
    # (also "…, og vi forventer, at …", "Udvalget forudsætter, at …", "…, og det præciseres / skal fremgå, at …")
    # (also "…, og der lægges vægt på, at …", "…, og vi er enige om, at …", "Vi forventer dog, at …"; not a
    # reminder, "…, og så skal vi huske, at ejeren skal orienteres", which is a follow-up)
    (r"(?:^(?:og )?|,? og )(?:så )?(?:vi |udvalget |direktionen |\w+rådet |\w+forum |det |der )?"
     r"(?:præciserer|understreger(?: vigtigheden af)?|bemærker|tilføjer|forventer|forudsætter|lægger (?:\w+ )?vægt på"
     r"|(?:blev )?præciseret|præciseres|forudsættes|understreges|bemærkes|skal fremgå|gør (?:\w+ )?opmærksom på"
     r"|lægger (?:\w+ )?til grund|(?:skal )?sikres|sikrer|lægges (?:\w+ )?vægt på|henstiller(?: til)?"
     # (not the decision itself: "Vi er enige om at godkende den med …")
     r"|er enige om(?=,? at (?!godkende|vedtage|sige|anbefale|tiltræde|bevilge|sende)\b)"
     # (a detail agreed or noted beside the approval: "Godkendt. Vi aftaler, at forløbet højst varer en time.";
     # not a dissent noted, "Vi noterer, at Morten er imod.")
     r"|aftaler|noterer(?: os)?(?=,? at (?![^.!?]*\b(?:imod|uenig)))"
     # "Jeg vil bare understrege, at …", "Bemærk, at …", "Dertil kommer, at …"
     r"|jeg (?:vil|skal) (?:bare |gerne |lige )?(?:understrege|præcisere|tilføje|bemærke)|bemærk|dertil kommer)(?: vi)?"
     r"(?: dog| også| samtidig)?,? at "
     r"(?P<rest>[^.!?]+)",
     "med den bemærkning,", "at {rest}"),
    # (also "…, og vi beder om, at formålet bliver skrevet tydeligere")
    (r",? og (?:samtidig |så )?" + FORUM + r" (?:beder|anmoder) om,? (?P<rest>[^.!?]+)", "med ønske om", "{rest}"),
    # "…, og jeg vil gerne, at formålsbeskrivelsen tager afsæt i KL's fem spor"
    (r",? og (?:jeg|vi) (?:vil (?:samtidig |også )?gerne(?: have)?|ønsker(?: samtidig)?),? at (?P<rest>[^.!?]+)",
     "med ønske om,", "at {rest}"),
    (r",? og (?:samtidig |så )?beder (?:vi|udvalget|direktionen) om,? (?P<rest>[^.!?]+)", "med ønske om", "{rest}"),
    # the forum's wish in the approval: "Det vedtages, og regionsrådet ønsker en status om et år."
    # (also with the subject of the approval: "Regionsrådet godkender aftalen og ønsker en status om et år.")
    (r"(?:,? og (?:" + FORUM + r"|regionen|kommunen)"
     r"|^(?:så )?(?:" + FORUM + r"|regionen|kommunen) (?:godkender|vedtager|imødekommer|tiltræder|bevilger)"
     r" [^.!?,]+ og)"
     r" ønsker (?:samtidig |også )?(?P<rest>(?:en|et) [^.!?]+)",
     "med ønske om", "{rest}"),
    # a condition: "Vi siger ja, mod at centrene selv betaler", "Godkendt, betinget af at MED får en plads"
    # (also without the comma a recogniser leaves out)
    (r",?\s+(?:mod|betinget af,?) at (?P<rest>[^.!?]+)", "under forudsætning af", "at {rest}"),
    # (also a thing in return: "Vi giver garantien mod et revideret budget.")
    (r"\b(?:giver|godkender|bevilger|gives|godkendes|bevilges)\b[^.!?]*?\smod (?P<rest>(?:et|en) [^.!?]+)",
     "under forudsætning af", "{rest}"),
    # approved in principle: "Det er godkendt i princippet. Detaljerne aftaler vi med IT."
    (r"\b(?:godkendt|vedtaget|godkendes|vedtages) i princippet\b(?P<rest>)", "med den bemærkning,",
     "at det er godkendt i princippet"),
    # the forum's own sentence after a short approval: "Udvalget beder om, at stigningen forklares bedre",
    # "Udvalget ønsker en status på rengøringen om et år", "Udvalget opfordrer til særligt fokus på …",
    # "Direktionen lægger vægt på et vegetarisk alternativ hver dag"
    (r"^(?:og )?(?:så )?(?:" + FORUM + r"|regionen|kommunen) (?:beder om|anmoder om"
     r"|ønsker(?: også| samtidig)?),? "
     r"(?P<rest>(?:at|en|et) [^.!?]+)", "med ønske om", "{rest}"),
    # (also with a clause: "Direktionen opfordrer til, at centrene bruger puljen aktivt.")
    (r"(?:^(?:og )?|,? og )(?:så )?" + FORUM + r" opfordrer til,? at (?P<rest>[^.!?]+)",
     "med en opfordring til,", "at {rest}"),
    (r"(?:^(?:og )?|,? og )(?:så )?" + FORUM + r" opfordrer til (?P<rest>[^.!?]+)",
     "med en opfordring til", "{rest}"),
    # "Direktionen understreger vigtigheden af en god fordeling."
    (r"(?:^(?:og )?|,? og )(?:så )?" + FORUM + r" (?:understreger|fremhæver|betoner) (?:vigtigheden|betydningen) af "
     r"(?P<rest>[^.!?]+)", "med vægt på", "{rest}"),
    # "… og opfordrer klubberne til at dele tiderne"
    (r",? og (?:så )?(?:" + FORUM + r" )?opfordrer (?P<who>(?!til\b)\w+(?: \w+)?) til (?P<rest>[^.!?]+)",
     "med en opfordring til", "{who} om {rest}"),
    # something written into it with the approval: "Vi godkender den og skriver vikarer ind.", "Skal vi godkende den og
    # skrive vikarer ind?"
    (r",? og (?:så )?(?:vi )?(?:skriver|skrive|føjer|føje) (?P<rest>(?!det\b|den\b|dem\b)[^.!?]+?) ind[.!?]?$",
     "med den ændring,", "at {rest} skrives ind"),
    # including something in it: "Vi skal huske at få ældreidrætten med."
    (r"^(?:og )?(?:så )?(?:vi skal (?:huske|sørge for) at|husk at) få (?P<rest>(?!det\b|den\b)\w[^.!?]*?) med[.!]?$",
     "med den bemærkning,", "at {rest} kommer med"),
    (r"(?:^(?:og )?|,? og )(?:så )?" + FORUM + r" lægger (?:\w+ )?vægt på "
     r"(?P<rest>(?!at\b)[^.!?]+)", "med den bemærkning,", "at der lægges vægt på {rest}"),
    # "…, blot skal der også være et mål for sygefraværet"
    (r",\s+blot skal (?P<who>der|\w+(?:en|et|ne|erne)) (?P<also>også )?(?P<rest>[^.!?]+)", "med den bemærkning,",
     "at {who} {also}skal {rest}"),
    # (not "som sidste gang": like last time)
    (r"\b(?:det er|for|en) sidste gang\b(?P<rest>)", "med den bemærkning,", "at det er sidste gang"),
    # the forum's expectation of a thing: "Vi forventer en status til jul."
    (r"(?:^(?:og )?|,? og )(?:så )?(?:vi|udvalget|direktionen|\w+rådet) forventer (?P<rest>(?:en|et) [^.!?]+)",
     "med forventning om", "{rest}"),
    # whom it is for: "Retningslinjerne gælder ikke for ledere.", "Ordningen gælder også for vikarer."
    (r"^(?:og )?(?P<who>(?!det\b|den\b|de\b)\w+(?:en|et|ne|erne)) gælder (?P<how>ikke|kun|også|alene) "
     r"(?P<rest>[^.!?]+)", "med den bemærkning,", "at {who} {how} gælder {rest}"),
    # a ceiling on the money: "Beløbet må ikke overstige 60.000." (also joined: "…, og prisen må ikke stige.")
    (r"(?:^(?:og )?|,? og )(?P<who>beløbet|udgiften|udgifterne|prisen|budgettet|omkostningerne) (?P<modal>må|skal) "
     r"(?P<how>ikke|højst) (?P<rest>(?:overstige|koste|være|blive) [^!?]+?|stige)[.!]?$",
     "med den bemærkning,", "at {who} {how} {modal} {rest}"),
    # a condition and what then follows: "Bliver det dyrere end 80.000, skal den forelægges igen."
    (r"^(?:men |og )?(?P<rest>(?:hvis [^,]+|" + CONDITION_VERB + r" (?:det|den|de|prisen|udgiften"
     r"|udgifterne|beløbet) [^,]+),\s*(?:skal|kommer|må) (?:den|det|de|sagen) [^!?]+?)[.!]?$",
     "med den bemærkning,", "at {rest}"),
    # (also "for en toårig periode", "for et halvt år"; not thanks "for et godt år")
    (r"\b(?P<rest>for (?:et|ét|en|én|to|tre|fire|fem|\d+) (?:[\w-]+årig |halvt |helt )?"
     r"(?:år|måneder|måned|uger|periode)(?: ad gangen)?)\b"
     r"(?! siden)",
     "med den bemærkning,", "at det gælder {rest}"),
    # how it is paid for: "…, men finansieret inden for teknik og miljøs ramme"
    (r",\s+men\s+(?P<rest>(?:finansieret|betalt|dækket)\s[^.!?]*)", "dog", "{rest}"),
    # "Så forlænger vi kun med et år"
    (r"\bkun (?P<rest>(?:med|i|for) (?:et|en|to|tre|fire|fem|\d+) (?:år|måneder|måned|uger|uge))\b", "dog",
     "kun {rest}"),
    # (not the case itself, by name or pronoun: "…, og sagen skal videre til byrådet", "…, og den skal i høring")
    (r"(?:^(?:og |men )?(?:så )?|,? og )(?P<rest>(?!vi\b|jeg\b|det\b|den\b|der\b|sagen\b(?! om\b)|punktet\b)\w+"
     # ("…, og vejen til Hadsund Syd skal have en cykelsti"; "…, og sagen om talentforløbet skal komme snarest")
     r"(?: i \w+| (?:et|to|tre|fire|fem|seks|\d+)|(?<=sagen) om \w+"
     r"|(?<=en|et|ne) (?:til|ved|i|på) (?-i:[A-ZÆØÅ]\w+)(?: (?-i:[A-ZÆØÅ]\w+))?)?"
     r" skal "
     r"(?:også |dog |lige )?(?!vi\b|videre\b)\w[^.!?]*)", "med den bemærkning,", "at {rest}"),
    # the condition in a sentence of its own: "Vi indkøber systemet. Det er en forudsætning, at det kan tale med …"
    (r"^(?:og )?det er en (?:forudsætning|betingelse),? at (?P<rest>[^.!?]+)", "under forudsætning af,", "at {rest}"),
    # the forum's standing duty: "Den er vedtaget, og vi følger op på målene hvert år."
    (r",? og (?P<rest>" + FORUM + r" \w+er [^.!?]*\bhver[t]? (?:år|kvartal|måned)\b[^.!?]*)", "med den bemærkning,",
     "at {rest}"),
    # a limit said with "dog" in the sentence after the approval: "Madservice holdes dog i ro på 2014-niveau."
    (r"^(?P<rest>(?-i:[A-ZÆØÅ])\w+(?: \w+)? (?:\w+es|skal|må|bliver) dog [^.!?]+)", "med den bemærkning,", "at {rest}"),
    # (also joined to the approval: "Regionsrådet godkender rapporten og noterer sig med bekymring merforbruget …")
    (r",? og (?:" + FORUM + r" )?noterer sig (?P<how>med (?:bekymring|tilfredshed)),? (?P<rest>[^.!?]+)",
     "og noterede sig", "{how} {rest}"),
    # a concern written down: "Regionsrådet noterer sig med bekymring merforbruget på psykiatrien."
    (r"^(?P<rest>" + FORUM + r" noterer sig med (?:bekymring|tilfredshed),? [^.!?]+)", "med den bemærkning,",
     "at {rest}"),
    # where or how the thing is placed or paid: "Skulpturen købes, og den placeres ved stationen."
    # (also a thing by name, held somewhere: "Vi godkender de 80.000, og dagen holdes på rådhuset.")
    (r",? og (?P<rest>(?:den|det|de) (?:placeres|opstilles|opsættes|indrettes|finansieres|betales) [^.!?]+"
     r"|(?!sagen\b|punktet\b)\w+(?:en|et|ne|erne) (?:holdes|afholdes) (?:på|i|hos|ved) [^.!?]+)",
     "med den bemærkning,", "at {rest}"),
    # what the thing itself must be: "Vi indfører fælles onboarding, og den skal være digital" (not "…, og den skal i
    # høring": sent on)
    # (also "…, og den skal også gælde for elever" → "at den også skal gælde for elever")
    (r",? og (?P<it>den|det) skal (?P<also>(?:også|altid) )?"
     r"(?P<rest>(?:være|have|kunne|fungere|omfatte|gælde) [^.!?]+)",
     "med den bemærkning,", "at {it} {also}skal {rest}"),
    # a demand on the thing to remember: "Og så skal vi huske, at data skal ligge i Danmark." (not a task to
    # remember: "Så skal vi huske at sende den til MED.", "…, at ejeren skal orienteres.")
    (r"(?:^(?:og )?(?:så )?|,? og (?:så )?)(?:skal vi|vi skal) (?:lige )?huske,? at "
     r"(?P<rest>(?!vi\b|jeg\b)\w+(?: \w+)? (?:skal|må) (?!\w+es\b)[^.!?]+)", "med den bemærkning,", "at {rest}"),
    # who speaks for the forum in it: "Vi melder os ind, og digitaliseringschefen repræsenterer os."
    # (also "…, og digitaliseringschefen deltager for os")
    (r",? og (?P<rest>(?!vi\b|jeg\b)\w+(?: \w+)? (?:repræsenterer|deltager for|sidder for) "
     r"(?:os|kommunen|regionen|udvalget|direktionen)\b[^.!?]*)",
     "med den bemærkning,", "at {rest}"),
    # a meeting held with it: "Planen sendes i høring, og der holdes et borgermøde i Viby."
    (r",? og (?P<rest>der (?:holdes|afholdes) (?:et|en) [^.!?]+)", "med den bemærkning,", "at {rest}"),
    # how it is done: "Så gør vi det sådan, at skolerne beholder en fast kontaktperson"
    (r"\b(?:gør vi det|lad os gøre det|gør vi) sådan,? at (?P<rest>[^.!?]+)", "med den bemærkning,", "at {rest}"),
    # something still to come into it: "…, men der skal et afsnit ind om landdistrikterne", "…, og der skal være en
    # evaluering" (not "…, men der skal ikke …")
    # (also the verb first after "så": "Og så skal der udpeges superbrugere i alle afdelinger.")
    (r"(?:^|,? (?:og|men) )(?:så )?(?:der skal|(?<=så )skal der) (?:også |lige |dog |bare |blot )?"
     r"(?P<rest>(?!ikke\b|vi\b)\w[^.!?]*)",
     "med den bemærkning,", "at der skal {rest}"),
    # a condition on each unit: "…, men hver afdeling skal udpege to til fire superbrugere", "…, og så udpeger hver
    # afdeling to til fire …", "Hver afdeling udpeger to til fire superbrugere."
    (r"(?:^|,? (?:og|men) )(?:så )?(?P<who>(?:hver|hvert) \w+) (?P<verb>(?:skal |må )?\w+)(?P<rest>[^.!?]*)",
     "med den bemærkning,", "at {who} {verb} {rest}"),
    # (also every unit by the plural: "…, og så udpeger afdelingerne superbrugere")
    # (also "Samtidig udpeger hver afdeling to til fire superbrugere." after a short approval)
    (r"(?:,? (?:og|men) (?:så )?|^(?:og )?(?:samtidig|desuden|derudover|endvidere) )"
     r"(?P<verb>\w+er) (?P<who>(?:hver|hvert) \w+|afdelingerne|centrene|alle afdelinger)"
     r"(?P<rest>[^.!?]*)", "med den bemærkning,", "at {who} {verb} {rest}"),
    # a requirement: "Alle godkendt, og mentor er et krav", "…, og kurset bliver obligatorisk"
    (r"(?:^|,? og )(?P<rest>(?!det\b|den\b)\w+(?: \w+)? (?:er|bliver) (?:dog |også )?(?:et )?(?:krav|obligatorisk\w*)\b"
     r"[^.!?]*)", "med den bemærkning,", "at {rest}"),
    # a condition said with the approval: "Den kan godkendes, hvis uddannelse får sit eget kapitel."
    (r"^(?:(?:den|det|de|\w+(?:en|et|ne|erne)) kan (?:godt )?(?:godkendes|vedtages)"
     r"|(?:vi|udvalget|direktionen) kan (?:godt )?(?:godkende|vedtage) \w+),? hvis (?P<rest>[^.!?]+)",
     "under forudsætning af", "at {rest}"),
    # the object first: "Den anbefaler vi, hvis der kommer en kørselsordning."
    (r"^(?:den|det|de|\w+(?:en|et|ne|erne)) (?:anbefaler|godkender|vedtager) (?:vi|udvalget|direktionen),? hvis "
     r"(?P<rest>[^.!?]+)", "under forudsætning af", "at {rest}"),
    # a condition in the question that approves: "Kan vi godkende det, hvis mentor bliver obligatorisk?"
    (r"^(?:kan|skal|vil) (?:vi|udvalget|direktionen|i) (?:godkende|vedtage|sige ja til|tiltræde)\b[^,.!?]*,? hvis "
     r"(?P<rest>[^.!?]+)", "under forudsætning af", "at {rest}"),
    # something to be approved later: "…, og superbrugerne laver en formålsbeskrivelse, som vi skal godkende"
    (r",? og (?P<rest>[^.!?]*\bsom (?:vi|\w+) (?:\w+ )?skal (?:godkende|vedtage)\b[^.!?]*)", "med den bemærkning,",
     "at {rest}"),
    # a change written in by someone: "…, og Trine skriver det om borgerdata ind i retningslinjerne"
    # (also negotiated in: "…, og forvaltningen forhandler en opsigelsesret ind")
    (r",? og (?P<rest>(?!det\b|den\b|der\b)\w+ (?:skriver|tilføjer|indarbejder|føjer|forhandler) [^.!?]*\b(?:ind|til)\b"
     r"[^.!?]*)",
     "med den ændring,", "at {rest}"),
    # (also in a sentence of its own after a short approval: "Forvaltningen tilføjer et afsnit om de frivillige.")
    (r"^(?:og )?(?:så )?(?P<rest>(?!vi\b|jeg\b|det\b|den\b|der\b)\w+ (?:tilføjer|indarbejder) (?:en|et) [^.!?]+)",
     "med den ændring,", "at {rest}"),
    # (not "Det kommer med i budgettet": another process)
    # (also joined to the approval and without a time: "Vi bakker op, og mentorerne kommer med.")
    # (also a group by its article: "…, og de timelønnede kommer med.")
    (r"(?:^|,? og )(?P<rest>(?:(?!det\b|den\b|de\b)\w+|" + _THE_MANY + r") kommer (?:med|ind)(?: (?:i|på) [^.!?]+)?)"
     r"(?=[.!]?$)",
     "med den ændring,", "at {rest}"),
    # "…, og HR får ansvaret", "…, og Hjørring beholder de ambulante tilbud"
    # ("…, og håndbold får to timer ekstra om lørdagen")
    # (not "…, og vi får en status om et år": a delivery, a follow-up)
    (r",? og (?P<rest>(?!(?:vi|de|det|den|jeg|man|i)\b)\w+ får "
     r"(?:to|tre|fire|fem|\d+|en|et|flere|mere|ekstra)\b[^.!?]*)",
     "med den bemærkning,",
     "at {rest}"),
    # ("…, og de timelønnede får samme vilkår")
    (r",? og (?P<rest>(?:\w+(?:erne|ene|en|et)|(?-i:[A-ZÆØÅ]\w+)|" + _THE_MANY + r")(?: i \w+)? (?:får|beholder) "
     r"(?!det\b|den\b|dem\b)\w[^.!?]*)",
     "med den bemærkning,", "at {rest}"),
    # leeway given with it: "…, og store lederdag kan blive to halve dage"
    (r",? og (?P<rest>(?!det\b|den\b|de\b|vi\b|der\b|man\b)\w+(?: \w+)? kan (?:godt )?(?:blive|være|deles|holdes"
     r"|gennemføres|afholdes)\b[^.!?]*)", "med den bemærkning,", "at {rest}"),
    # a part left to apply again: "Thisted-projektet må søge igen."; a look again wished: "Vi vil dog gerne se den
    # igen om et halvt år."
    (r"^(?P<rest>[\w-]+ (?:må|kan) søge igen\b[^.!?]*)", "med den bemærkning,", "at {rest}"),
    (r"^(?:og )?(?:vi|udvalget|direktionen) vil (?:dog |også )?(?:gerne )?se (?P<what>den|det|dem) igen "
     r"(?P<rest>(?:om|efter|til|i) [^.!?]+)", "med den bemærkning,", "at {what} tages op igen {rest}"),
    # a numbered point to come: "…, og indstilling fem kommer i september"
    (r",? og (?P<rest>(?:(?:indstilling|punkt|nummer|sag) \w+|to|tre|fire|fem|seks|syv|otte) kommer "
     r"(?:i|til|på|inden|senest|snarest)\b[^.!?]*)",
     "med den bemærkning,", "at {rest}"),
    # a second act beside the approval, for the same "vi": "Vi godkender og sætter samtidig superbrugerne i gang."
    # (not the case's own next step: "… og sender den samtidig i høring", "… og går videre")
    (r"\b(?:godkender|vedtager|tiltræder)\b[^,.!?]*?,? og (?P<verb>(?!går\b|sender\b|oversender\b)\w+er) "
     r"(?P<also>samtidig|også) (?P<rest>(?!(?:det|den|dem|videre)\b)\w[^.!?]*)", "med den bemærkning,",
     "at vi {also} {verb} {rest}"),
    # the thing approved widened or fitted: "…, og den udvides til de timelønnede"
    (r",? og (?P<rest>(?:den|det|\w+(?:en|et|ne|erne)) (?:udvides|suppleres|tilpasses|justeres|ændres) "
     r"(?:til|med|så)\b[^.!?]*)", "med den ændring,", "at {rest}"),
    # something kept in by the approval: "Godkendt, så de timelønnede også er med."
    (r",? så (?P<rest>(?!vi\b)(?:\w+ ){1,3}også (?:er|kommer|bliver) med\b[^.!?]*)", "med den bemærkning,",
     "at {rest}"),
    # a demand taken note of beside the approval: "…, og vi noterer, at lederne skal inddrages" (not a dissent noted,
    # "Jeg noterer mig, at Morten er uenig.")
    (r",? og (?:vi noterer(?: os)?|det noteres),? at "
     r"(?P<rest>(?:\w+ ){1,3}(?:skal|bør|må|inddrages|involveres)\b[^.!?]*)",
     "med den bemærkning,", "at {rest}"),
    # how it is paid for: "…, og udgiften dækkes af puljen", "Så godkender vi den og finder pengene i reserven."
    (r",? og (?P<rest>(?:udgiften|udgifterne|merudgiften|pengene|beløbet|finansieringen|\w+forbruget) "
     r"(?:dækkes|finansieres|tages|findes|hentes|kommer) (?:af|fra|inden for|i|via)\b[^.!?]*)", "med den bemærkning,",
     "at {rest}"),
    (r"\b(?:godkender|vedtager)\b[^.!?]*?\s+og\s+(?:vi\s+)?finder\s+(?:pengene|finansieringen|midlerne)\s+"
     r"(?P<rest>(?:i|inden for|fra|via)\s[^.!?]*)", "med den bemærkning,", "at pengene findes {rest}"),
    # the one change named: "Godkendt. Eneste ændring er, at forløbet bliver frivilligt."
    (r"(?:^|,\s+)(?:den |vores )?(?:eneste |ene )?(?:ændring|tilføjelse|justering|præcisering)(?:en)? er,? at "
     r"(?P<rest>[^.!?]+)", "med den ændring,", "at {rest}"),
    # something laid on top: "Vi siger ja til alle tre og lægger superbrugerne oveni."
    (r",? og (?:vi )?lægger (?P<rest>(?!det\b|den\b|dem\b)\w[^.!?]*?) oveni\b(?P<more>[^.!?]*)", "med tilføjelse af",
     "{rest}{more}"),
    # every unit by the passive: "…, og der udpeges to til fire superbrugere i hver afdeling"
    (r",? og (?P<rest>der \w+es [^.!?]*\bhver[t]? \w+[^.!?]*)", "med den bemærkning,", "at {rest}"),
    # another forum it also goes to: "Så sender vi dem også til MED, og så er de godkendt."
    (r"^(?:(?:godt|fint|ja),? )?(?:så )?(?:sender|lægger) vi (?P<it>den|det|dem) også (?P<rest>(?:til|forbi|i) "
     r"(?!høring\b)[^,.!?]+)", "med den bemærkning,", "at vi også sender {it} {rest}"),
    # another thing kept as it is, after a short approval: "Alle fem er godkendt. Store lederdag fortsætter som hidtil."
    (r"^(?:og )?(?P<rest>(?!(?:det|den|de|vi|sagen|punktet|resten|alt|så)\b)(?:\w+ )?\w{4,} (?:fortsætter|holdes|kører)"
     r"(?: videre)? som (?:hidtil|før|nu|i dag)\b[^.!?]*)", "med den bemærkning,", "at {rest}"),
    # how a part is shaped beside the approval: "…, og talentforløbet prioriteres højest", "Netværkene lægges på tværs
    # af centrene."
    (r"(?:^(?:og )?|,? og )(?P<rest>(?!(?:det|den|de|sagen|punktet|indstilling\w*)\b)(?:\w+e )?\w{4,} "
     r"(?:prioriteres|organiseres|tilrettelægges|indfases|lægges (?:på|som|i)|holdes som|deles (?:i|op)"
     r"|(?:rykkes|flyttes|skubbes) (?:til|en|et|to|tre|fire|\d+)\b|holdes (?:ude|uden for|udenfor)\b"
     r"|gøres (?!det\b)\w+|laves (?:sammen|i samarbejde) med)\b"
     r"[^,.!?]*)", "med den bemærkning,", "at {rest}"),
    # a new date found: "Vi finder en ny dato til budgetseminaret, og så er det godkendt."
    (r"^(?:så )?(?:vi finder|finder vi) (?P<rest>(?:en ny|et nyt|en anden|et andet) (?:dato|tidspunkt|uge|dag|sted)"
     r" (?:til|for) [^,.!?]+)", "med den ændring,", "at der findes {rest}"),
    # the new case a point promises, given a time: "Godkendt. Sagen om talentforløb forelægges i september."
    (r"^(?:og )?(?P<rest>" + CASE_PRESENTED_AT + r"[^.!?]*)", "med den bemærkning,", "at {rest}"),
    # a thing wished done: "Vi ønsker dog talentforløbet fremrykket."
    (r"^(?:og )?(?:vi|udvalget|direktionen) ønsker (?:dog |også )?"
     r"(?P<rest>(?P<who>(?!det\b|den\b)\w+(?:en|et|ne|erne)) (?P<how>\w+(?:et|t)))[.!]?$", "med ønske om,",
     "at {who} bliver {how}"),
    # the same "vi" doing it in steps: "Vi godkender det hele og indfaser det over to år."
    (r"\b(?:godkender|vedtager)\b[^.!?]*?,? og (?:vi )?(?P<rest>(?:indfaser|implementerer|gennemfører|ruller) "
     r"(?:det|den|dem) (?:ud )?(?:over|i løbet af|gradvist|trinvis)[^.!?]*)", "med den bemærkning,", "at vi {rest}"),
    # what the people it is for do with it: "Godkendt, og superbrugerne laver en formålsbeskrivelse.", "Godkendt.
    # Superbrugerne mødes en gang om måneden."
    (r"(?:,? og |^(?:og )?)(?P<rest>" + _PEOPLE + r" (?:skal |må |kan )?(?!er\b|var\b|har\b|blev\b|bliver\b)"
     r"\w+(?:er|es)\b[^.!?]*)", "med den bemærkning,", "at {rest}"),
    # what the thing becomes: "Godkendt, og awareness-forløbet bliver online." (not the case: "…, og sagen bliver sendt
    # videre")
    # (a state it takes, not a task done: "…, og frokosten bliver bestilt")
    (r",? og (?P<rest>(?!(?:sagen|punktet|indstilling\w*)\b)[\w-]+(?:en|et|ne|erne) bliver "
     r"(?:online|digital\w*|fysisk\w*|frivillig\w*|obligatorisk\w*|valgfri\w*|gratis|permanent\w*|midlertidig\w*"
     r"|fælles|kortere|længere|billigere|dyrere|større|mindre)\b[^.!?]*)", "med den bemærkning,", "at {rest}"),
    # a deadline or a plan set with it: "Så godkender vi, og vi sætter en deadline for superbrugerne."
    (r",? og (?:vi )?(?P<rest>(?:sætter|fastsætter|aftaler|laver) (?:en|et) (?:deadline|frist|tidsplan|dato)\b"
     r"[^.!?]*)", "med den bemærkning,", "at vi {rest}"),
    # a later start after a short approval: "Godkendt. Awareness starter først efter sommerferien."
    (r"^(?:og )?(?P<rest>(?!(?:det|den|de|vi|sagen|punktet)\b)[\w-]+(?: [\w-]+)? (?:starter|begynder) først "
     r"(?:efter|i|til|fra) [^.!?]+)", "med den bemærkning,", "at {rest}"),
    # "…, og de små foreninger skal have fortrinsret"
    # ("…, og de timelønnede skal med")
    (r",? og (?P<rest>" + _THE_MANY + r" skal (?!vi\b|videre\b)\w[^.!?]*)", "med den bemærkning,",
     "at {rest}"),
))
