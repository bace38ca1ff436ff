"""How a refusal is said: the patterns of the decision family "a refusal" (phrases.py), from
"afvis-" and "Så siger vi nej" to things kept as they are against something new. Pure;
docs/minutes.md lists them.
"""

from __future__ import annotations

import re

# "Vi afviser indstillingen", "Så bliver det ikke til noget", "Så beholder vi aktierne", "Så aflyser vi studieturen."
REFUSALS = (
    r"\b(?:afvis\w*|forkast\w*|afslå\w*|siger (?:vi )?nej|nej tak til"
    # asked: "Skal vi (ikke) sige nej til den?", "Kan vi sige nej?", "Kan vi leve med at sige nej?" (answered yes, the
    # room's no)
    # (not a no ruled out: "Det kan vi ikke sige nej til.")
    r"|skal vi (?:ikke )?(?:bare )?(?:sige nej|droppe (?:den|det|dem|\w+(?:en|et|ne|erne))\b)"
    # (also "Skal vi lade den falde?", "Kan vi ikke bare lade sagen falde?", "Lad os lade den falde.")
    r"|\b(?:skal vi|kan vi|lad os) (?:ikke )?(?:bare )?lade (?:den|det|dem|sagen|forslaget|planen|indstillingen)"
    r" falde\b"
    r"|^kan vi (?:ikke )?(?:bare )?(?:godt )?(?:leve med at )?sige nej"
    r"|\bkan vi (?:bare |godt )?(?:leve med at )?sige nej"
    # back to the drawing board for something wholly new: "Så må HR tilbage til tegnebrættet med en helt ny politik."
    r"|\btilbage til tegnebrættet med (?:en|et) (?:helt )?nyt?\b"
    r"|\b(?:må|skal) \w+ (?:lave|skrive|komme med) (?:en|et) helt nyt?\b"
    # "Det er et no-go."; put on ice for good: "Udbuddet er lagt på is for altid."
    r"|\bno[ -]go\b|\bpå is for (?:altid|godt)\b"
    # proposed: "Vi bør sige nej.", "Jeg synes, vi skal sige nej tak." (taken up, the meeting's no)
    r"|\bvi (?:bør|skal|burde) (?:\w+ )?sige nej\b|\blad os (?:bare )?sige nej\b"
    # "Vi skal lade være med at sælge.", "Lad os lade det være."
    r"|\b(?:vi (?:bør|skal|burde|må|vil)|lad os) (?:bare |hellere )?lade (?:det |den )?være(?=[.!?]?$| med at\b)"
    # "Det lader vi være.", "Vi må melde pas.", "Vi trækker stikket.", "Den får lov at falde."
    r"|^(?:så )?(?:det|den|dem) lader vi (?:bare )?være(?=[.!]?$)|\bmelde[r]? (?:vi )?pas\b|\btrækker (?:vi )?stikket\b"
    r"|\bfår lov (?:til )?at falde\b"
    # shot down, or no approval said alone: "Den skydes ned.", "Så skyder vi den ned.", "Ingen godkendelse."
    r"|\b(?:den|det|de|sagen|forslaget|planen|indstillingen) (?:skydes|bliver skudt|er skudt) ned\b"
    r"|\bskyder (?:vi )?(?:den|det|dem|sagen|forslaget|planen|indstillingen) ned\b"
    r"|^(?:så )?(?:ingen|ikke nogen) godkendelse(?=[.!]?$)"
    # "Så skrotter vi dem"; "Så giver vi ingen garanti i år"
    r"|skrott(?:er|es|e)\b|(?:giver|bevilger|yder) (?:vi |udvalget |direktionen |regionen |kommunen )?ingen\b"
    # "Der gives ingen bevilling i år", "Ingen af os kan anbefale den"
    r"|\b(?:gives|ydes|bevilges) (?:der )?ingen\b|\bingen af (?:os|dem) kan (?:anbefale|godkende|støtte)\b"
    r"|(?:indstillingen|forslaget|sagen|planen|ansøgningen|indstillingerne|forslagene) (?:er |blev )?"
    r"(?:også |hermed |dermed )?faldet"  # (also "Ændringsforslaget er faldet. Indstillingen er også faldet.")
    # "Den er faldet." (not a figure that fell: "Det er faldet lidt", "… faldet med ti procent", "Det er faldet. Godt.")
    r"|(?:indstillingen|indstillingerne|forslaget|sagen|planen|ansøgningen) (?:faldt|falder)"
    r"|\bden (?:er |blev )?faldet(?=\s*[.,!]|\s*$)"
    # (also by its votes: "Så er den faldet med to stemmer mod en.")
    # (by name, "Indstillingen er faldet med …" and the like are read by the "er faldet" alternative before)
    r"|\b(?:den|de) (?:(?:er |blev )?(?:hermed )?faldet|faldt) med (?:\w+ ){1,3}stemmer? mod\b"
    # "Indstillingen bortfaldt." (not a member's amendment that lapsed: "Forslaget er bortfaldet")
    r"|(?:indstillingen|indstillingerne|ansøgningen) (?:bortfaldt|er bortfaldet)\b"
    # (the thing by name as the conclusion: "Så er lokalplanen faldet."; not news: "Sygefraværet er faldet.")
    r"|^så er \w*(?:plan|forslag|ansøgning|politik|strategi|aftale|standard|ordning|bevilling|lejemål|udbud|garanti"
    r"|tilskud|projekt|model|struktur|retningslinje)\w* faldet(?=[.!]?$)"
    r"|ikke fremme|(?:bliver|blev|er) (?:det )?et (?:\w+ )?nej"
    # "Så er de faldet." after the members' no; the chair hearing the room's no, said last: "Jeg hører et nej."
    r"|^(?:så )?er (?:den|de) (?:hermed )?faldet(?=[.!]?$)|\bhører (?:et|en) (?:klart |tydeligt )?nej(?=[.!]?$)"
    # "Så melder vi pas på lederdagen i år"; "Den får ikke byrådets godkendelse"; "Så må vi sige fra over for piloten."
    r"|\b(?:siger (?:vi |\w+ )?|må (?:vi|udvalget|direktionen|\w+rådet) sige )fra over for\b"
    r"|\bmelder (?:vi |udvalget |direktionen )?pas\b"
    # the applicant left to comply, on a dispensation or a permission: "Ansøgeren må bygge den lavere."
    # (complying or asking again, not a condition: "Godkendt. Ansøgeren må plante en hæk." approves with it)
    r"|^(?:så )?(?:ansøgeren|bygherren|ejeren) må (?:(?:bygge|lave|gøre) (?:den|det|dem|\w+(?:en|et)) (?:lavere|mindre"
    r"|kortere|smallere)|overholde|følge (?:lokalplanen|reglerne)|rette sig efter|søge (?:igen|på ny))\b"
    # left to others to carry themselves: "Hundeskoven må hundeklubben selv stå for."
    r"|^(?:så )?(?:den|det|dem|\w+(?:en|et|ne|erne)) må (?:\w+ ){1,2}selv (?:stå for|betale|finansiere|klare)"
    r"(?=[.!]?$)"
    r"|\b(?:får|opnår) (?:den |det )?ikke (?:\w+s )?godkendelse\b"
    # "Tilskuddet bortfalder i år" (not a member's amendment voted down: "Forslaget er bortfaldet")
    r"|\b(?:tilskuddet|bevillingen|støtten|garantien|ansøgningen) bortfalder\b"
    # the chair closing on the case itself: "Nej, det har vi ikke. Forslaget bortfalder."
    r"|^(?:så )?(?:forslaget|indstillingen|sagen) bortfalder(?=[.!]?$)"
    # "Vi lader den falde", "Den idé lægger vi i graven", "Indkøbet droppes", "Fordelingen underkendes", "Det
    # projekt stopper vi her", "Der kommer ingen hundeskov", "Festivalen må klare sig uden garanti"
    r"|\blader (?:vi )?(?:den|det|dem|sagen|forslaget|planen) falde\b|\bi graven\b|\bdroppes\b|\bunderkend\w*"
    # (the thing first: "Den lader vi falde.")
    r"|^(?:så )?(?:den|det|dem|sagen|forslaget|planen) lader vi (?:bare )?falde\b"
    # "Salget er droppet.", "Så er salget droppet.", "Mødefri fredag er droppet."
    r"|^(?:så )?(?:(?:den|det|[\w-]+(?:en|et|ne|erne)|[\w-]+ [\w-]+) (?:er|bliver|blev)"
    r"|(?:er|blev) (?:den|det|[\w-]+(?:en|et|ne|erne))) (?:hermed )?droppet(?=[.!]?$)"
    r"|^(?:\w+,? )?(?:det|den|dette) (?:\w+ )?stopper vi\b"
    r"|\b(?:der (?:kommer|bliver)|(?:kommer|bliver) der) (?:ingen|intet|ikke nogen)\b"
    # neither of two: "Så bliver der hverken cykelstier eller fortove."
    r"|\b(?:der|det|vi) (?:bliver|kommer|får|giver|gives) (?:\w+ )?hverken\b|\bbliver (?:der|det) hverken\b"
    r"|\bklare sig uden\b"
    # no new money: "Lederdagen må holdes inden for det eksisterende budget"; another one sought: "Så leder vi videre
    # efter et andet lejemål", said as the close: "Vi finder en anden periode."
    r"|\bmå (?:\w+ )?(?:holdes|klares|løses|ske|finansieres) inden for (?:det|den|de) (?:eksisterende|nuværende)\b"
    r"|\b(?:leder|kigger|ser) (?:vi )?(?:videre )?efter (?:et|en) (?:andet|anden)\b"
    r"|^(?:så )?(?:vi finder|finder vi) (?:så )?(?:et|en) (?:andet|anden) \w+(?=[.!]?$)"
    # not needed: "Så er det ikke nødvendigt med et tredje."; our own instead: "Så bruger vi vores egne bygninger."
    # (said by itself as the close, not a wish: "Jeg vil gerne have, at vi bruger vores egne erfarne ledere")
    r"|^(?:så )?er det ikke nødvendigt\b|^(?:så )?bruger vi (?:vores|vore) egne?\b"
    # (also room found in our own: "Vi finder plads i vores egne bygninger.", "Så rykker vi sammen i stedet.")
    r"|^(?:så )?(?:vi finder|finder vi) (?:\w+ )?plads i (?:vores|vore) egne?\b|\brykker (?:vi )?sammen i stedet\b"
    # "Festivalen får ingen garanti", "…, at festivalen ikke får nogen garanti" (as the sentence's own act, not a part
    # after an approval: "Fordelingen er godkendt, men skytteforeningen får ikke tilskud i år")
    r"|^(?:så )?(?:\w+ ){0,2}(?:ikke får|får (?:\w+ )?(?:ikke|ingen)) (?:nogen |en )?(?:garanti|bevilling|tilskud"
    r"|støtte|penge)(?:en|det|ne|n)?\b"
    # "Så må festivalen finde pengene et andet sted" (or "… selv")
    r"|\bfinde[r]? (?:pengene|finansieringen|midlerne) (?:et )?(?:andet sted|andetsteds|andre steder)\b"
    # "Festivalen må finde pengene selv."
    r"|\bmå (?:\w+ )?finde (?:pengene|finansieringen|midlerne) selv\b"
    # a recommendation withheld or against: "Regionsrådet får den ikke med vores anbefaling", "Så sender vi den videre
    # uden anbefaling", "Vi anbefaler regionsrådet at sige nej", "Den må regionsrådet tage stilling til uden os"
    r"|\bikke (?:\w+ ){0,2}(?:med )?(?:vores |udvalgets |nogen )?anbefaling\b|\buden (?:\w+ )?anbefaling\b"
    r"|\banbefale[rs]? (?:\w+ ){0,2}(?:at sige nej|at afvise|at forkaste|ikke at)\b|\bstilling til uden os\b"
    # (also what there is kept: "Udvalget anbefaler regionsrådet at fastholde den nuværende åbningstid.")
    r"|\banbefale[rs]? (?:\w+ ){0,2}at (?:fastholde|beholde|bevare) (?:den|det|de) (?:nuværende|eksisterende)\b"
    # gone or dead: "Retningslinjerne ryger.", "Den ryger ud.", "Den er død." (not "Så ryger den i høring")
    r"|^(?:så )?(?:den|det|de|forslaget|[\w-]+(?:en|et|ne|erne)) (?:ryger(?: ud)?|er død|er dødt)(?=[.!]?$)"
    r"|\bryger ud\b"
    # … said the other way round: "Så ryger den.", "Så er den død / ude.", "Så er det slut med den."
    r"|^så (?:ryger (?:den|det|de|dem)(?: ud)?|er (?:den|det) (?:død|dødt|ude)"
    r"|er det slut med (?:den|det|dem|[\w-]+(?:en|et|ne|erne)))(?=[.!]?$)"
    # "Sagen afsluttes uden bevilling"
    r"|\b(?:afsluttes|lukkes|er (?:\w+ )?(?:afsluttet|lukket)) uden (?:bevilling|tilskud|garanti|støtte)\b"
    # chosen away, or kept away from: "Det vælger vi fra.", "Så fravælger vi det.", "Så holder vi os fra det.", "Så
    # lægger vi den fra os.", "Så bliver det uden os."
    r"|\bvælger (?:vi )?(?:det|den|dem|\w+(?:en|et|ne|erne) )?fra(?=[.!]?$)|\b(?:vi )?fravælger (?:vi )?"
    r"(?:det|den|dem|\w+(?:en|et|ne|erne))\b"
    r"|\bholder (?:vi )?os fra (?:det|den|dem)(?=[.!]?$)|\blægger (?:vi )?(?:det|den|dem) fra os\b"
    # (the thing first: "Netværket fravælger vi."; let pass: "Vi lader den gå."; the room: "Alle er imod.")
    r"|^(?:så )?(?:det|den|dem|\w+(?:en|et|ne|erne)) fravælger vi(?=[.!]?$)"
    r"|^(?:så )?(?:vi lader|lader vi) (?:den|det) gå(?=[.!]?$)|^(?:og )?alle er imod(?=[.!]?$)"
    # staying out asked or agreed: "Kan vi blive enige om at stå udenfor?", "Skal vi stå udenfor?"
    r"|\b(?:enige om at|skal vi|kan vi|lad os) (?:bare )?stå (?:udenfor|uden for)\b"
    r"|^(?:så )?(?:bliver det|det bliver) uden os(?: i år| denne gang| i denne omgang)?(?=[.!]?$)"
    # without what was asked for: "Det bliver uden garanti fra os."
    r"|^(?:så )?(?:det|den) bliver uden (?:garanti|tilskud|bevilling|støtte|penge|vores (?:godkendelse|opbakning))\b"
    # "Så lader vi være." (not "… og lader børneprisen være": a part kept, in an approval; not "Så lader vi det
    # være op til afdelingen")
    r"|^(?:(?:godt|fint|nej|okay),? )?(?:så )?(?:lader vi|vi lader) (?:det |den )?være(?=[.!]?$| med\b)"
    # staying out of what is proposed to join: "Så står vi udenfor", "Vi holder os uden for netværket"
    # (not a thing kept out by its name first: "Udbud ja, men rådhuset holder vi udenfor.")
    r"|(?:^(?:så )?|\bså |,? (?:og|men) (?:så )?)(?:står|bliver|holder) (?:vi|kommunen|regionen)"
    r" (?:os )?(?:udenfor|uden for|ude(?=[.!]?$))\b"
    r"|\b(?:vi|kommunen|regionen) (?:står|bliver|holder) (?:os )?(?:udenfor|uden for|ude(?=[.!]?$))\b"
    # not this year and no time named: "Så må det blive et andet år." (not "Måske næste år.", which puts it off)
    r"|^(?:så )?må det blive et andet år(?=[.!]?$)"
    r"|\bgår ikke igennem\b"
    # left to make do without it: "Festivalen må klare sig selv.", "Rådhuset må klare sig med det nuværende.",
    # "Arden må klare sig med den institution, der er."; a no given: "Vi giver dem et nej."
    r"|\bmå (?:de |den |det |\w+(?:en|et|ne|erne) )?(?:klare sig|nøjes) (?:selv\b|uden\b"
    r"|med (?:det|den|de) (?:nuværende|eksisterende)\b"
    r"|(?:med|i) (?:de|den|det) \w+,? (?:der er|vi har)\b)"
    r"|\bgiver (?:vi )?(?:dem |den |det |\w+ )?et nej\b"
    # the thing falls: "Standarden falder.", "Forslaget om 45 kroner falder.", "Så falder bevillingen."
    r"|^(?:så )?(?:den|det|\w+(?:en|et|ne|erne))(?: om [^.!?,]+)? falder(?=[.!]?$)"
    r"|^så falder (?:den|det|\w+(?:en|et|ne|erne))(?=[.!]?$)"
    # the conclusion drawn from the objections: "Så går den ikke." (not a member's "Det går ikke, at …")
    r"|^(?:(?:nej|okay|godt),? )?så går (?:den|det) ikke(?=[.!]?$)"
    # what was to go on ends as planned: "Projektet stopper ved årets udgang, som planlagt." (on an Indstilling that
    # asks it to stop, stops_as_asked reads it as the act); staying home: "Så bliver vi hjemme i år."
    r"|^(?:så )?(?:den|det|\w+(?:en|et|ne|erne)) (?:stopper|ophører|slutter|udløber)\b[^.!?]*\bsom (?:planlagt|aftalt)"
    r"|^(?:så )?(?:bliver vi|vi bliver) hjemme(?: i år)?(?=[.!]?$)"
    # a no to a part by name beside a yes to another: "Udendørs ja. Caféerne nej."
    r"|^(?!(?:så|men|og|ja|nej|jo)\b)[\w-]+(?:en|et|ne|erne) nej(?=[.!]?$)"
    # "Det bliver et afslag", "Så giver vi dem afslag" (not "…, som får afslag": a part inside an approval)
    r"|(?:bliver|blev|er) (?:det )?(?:et )?afslag|giver (?:vi )?(?:\w+ )?(?:et )?afslag\b|^(?:så )?gives der afslag\b"
    r"|^(?:så )?der gives (?:\w+ )?afslag\b"
    # the refusal they get, said with the thing first: "Det får de et afslag på."
    # (not "…, som får afslag", above: the one getting it first only at the start)
    r"|\b(?:får|fik) (?:de|han|hun|\w+(?:en|et|ne|erne)) (?:et )?afslag\b"
    # (or a no: "Indstillingerne får et nej fra direktionen.")
    r"|^(?:så )?(?:de|han|hun|det|den|\w+(?:en|et|ne|erne)) (?:får|fik) (?:et )?(?:afslag|nej)\b"
    # "Så det, vi siger, er nej til gratis parkering", "Svaret er nej"
    r"|\ber nej til|(?:svaret|beslutningen|konklusionen) (?:er|bliver|blev) nej"
    r"|går ikke videre med"
    # (also the thing first: "Gratis parkering bliver det ikke til.")
    r"|skrinlægg\w*|bliver (?:\w+ )?ikke til noget|\bbliver det ikke til(?:(?: i år)?(?=[.!]?$))"
    r"|bliver der (?:ingen|ikke nogen) \w+|^(?:så )?nej tak(?=[.!]?$)|^så nej(?=[.!]?$)"
    r"|lader (?:vi )?(?:den|det|dem|sagen|forslaget|ordningen) være\b(?! op til)"
    # a new proposal instead: "Så vender vi tilbage med et nyt forslag"
    # (not after a renegotiation, which puts the case off: "Administrationen forhandler og kommer tilbage med …")
    r"|(?<!forhandler og )(?:vender|kommer) (?:vi |\w+ )?tilbage med (?:et )?nyt (?:forslag|oplæg)"
    # (also said as what we do: "Det går vi ikke med til."; and "Vi ser os ikke i stand til at imødekomme den.")
    r"|\bser (?:vi |\w+ )?(?:os|sig) ikke i stand til\b"
    r"|(?:kan|vil) (?:vi |\w+ )?ikke gå med til|\bgår (?:vi |\w+ )?ikke med til\b|takke[rs]? nej"
    r"|(?:udvalget|direktionen|et flertal|flertallet) er imod (?:planen|forslaget|indstillingen|sagen)"
    r"|dropper (?:vi )?\w+(?! ikke\b)|står (?:vi )?(?:af|over)\b"
    # one point by its number left out: "Nummer fire er ude.", "Fire tager vi ikke med." (beside "Resten er godkendt."
    # a part: points.py)
    r"|^(?:(?:anbefaling|nummer|punkt|indstilling) )?(?:to|tre|fire|fem|seks|syv|otte|\d) (?:er ude|udgår"
    r"|tager vi ikke med)(?=[.!]?$)"
    # "Så sparer vi lederdagen i år." (the case by the title; a part by name is the approval's change: clauses.py)
    r"|\bsparer (?:vi )?(?:den|det|\w+(?:en|et|ne|erne))(?: (?:væk|helt|i år))*(?=[.!]?$)"
    # "Så springer vi over i år.", "Vi afstår fra at deltage.", "Vi undlader at melde os ind."
    # (not a vote held back: "Jeg afstår fra at stemme.")
    r"|\bspringer (?:vi )?over(?=[.!]?$| (?:i år|denne gang|i denne omgang)\b)"
    r"|\b(?:(?:vi|udvalget|direktionen) (?:afstår|undlader)|(?:afstår|undlader) vi)(?! (?:fra )?at stemme\b)"
    r"(?: fra\b| at\b|(?=[.!]?$))"
    # "Så lad os droppe den idé."
    r"|lad os droppe (?:den|det|dem|\w+(?:en|et|ne|erne))\b"
    # "Så aflyser vi studieturen." (alone; not "Så aflyser vi juli, og mødeplanen er godkendt")
    r"|^(?:så )?aflyser vi (?:den|det|dem|det hele|hele \w+|\w+(?:en|et|ne|erne))(?: i år)?(?=[.!]?$)"
    # in the passive: "Ja, lederdagen aflyses i år."; kept at its level: "Så lader vi puljen ligge på det nuværende."
    r"|^(?:(?:ja|nej|godt),? )?(?:så )?(?:den|det|\w+(?:en|et|ne|erne)) (?:aflyses|er aflyst|bliver aflyst)(?: i år)?"
    r"(?=[.!]?$)"
    r"|\b(?:ligge|ligger|blive|bliver) på (?:det|sit|samme) (?:nuværende|niveau)\b"
    r"|ikke (?:noget )?grundlag for"
    # ("… at ændre den" keeps it; "… at sige nej" approves)
    r"|ingen grund til at(?! (?:vente|udsætte|gøre mere|tøve|diskutere|ændre|sige nej|afvise|modsætte))"
    # what is started stopped: "Så stopper vi projektet", "Så afblæser vi pilotprojektet" (not "Så stopper vi her",
    # nor the talk: "… diskussionen"); "Pilotprojektet er afblæst"
    r"|(?:stopper|standser|afbryder|opgiver|afblæser|annullerer) (?:vi )?(?!(?:diskussionen|debatten|drøftelsen)\b)"
    r"(?:det|den|\w+(?:en|et|ne|erne))\b|\ber (?:blevet )?(?:afblæst|annulleret)\b"
    r"|melder (?:vi )?(?:os )?fra\b|melder (?:vi )?os ikke (?:ind|til)\b"
    # "Vi beholder den ordning, vi har": things stay as they are
    # (also "Så fortsætter vi med den struktur, vi har")
    r"|(?:beholder|bevarer|fortsætter (?:vi )?med|bliver (?:vi )?ved) (?:vi )?(?:den|det|de) \w+,? (?:som |der )?"
    r"(?:vi )?(?:har|er|kender|plejer|bruger)\b"
    # put away for good: "Dem lægger vi væk." (also "Så lægger vi retningslinjerne væk")
    r"|\b(?:(?:den|det|dem) lægger vi|lægger (?:vi )?(?:den|det|dem|sagen|\w+(?:en|et|ne|erne))) (?:helt )?væk\b"
    # "Vi klarer os med det, vi har", "Så nøjes vi med dem, vi har"
    r"|(?:klarer (?:vi )?os|nøjes (?:vi )?) med (?:det|den|dem|de)(?: \w+)?,? (?:som )?vi har\b"
    r"|(?:bliver|forbliver)(?: \w+)?,? (?:som|hvor) (?:den|det|de) er|\bstår,? hvor (?:den|det|de) står\b"
    # "Det forbliver som i dag.", "Status quo." said as the close (not "Resten bliver som i dag." beside an approval)
    r"|^(?:så )?(?!resten\b)(?:det|den|de|alt|\w+(?:en|et|ne|erne)) (?:for)?bliver,? som (?:i dag|nu)(?=[.!]?$)"
    # (also "Så fortsætter vi som i dag."; not "som nu", which on a discussion item goes on with what was discussed,
    # nor "som hidtil", often what the proposal keeps: "Så fortsætter vi som hidtil. Godkendt.")
    r"|^(?:så )?(?:fortsætter|kører) vi (?:videre )?som (?:i dag|før)(?=[.!]?$)"
    r"|^(?:så )?(?:(?:er|bliver) det )?status quo(?=[.!]?$)"
    # "Vi beholder strukturen, som den er", "Så lader vi organiseringen være, som den er"
    r"|\b(?:beholder|bevarer|lader) (?:vi )?(?:den|det|dem|\w+(?:en|et|ne|erne))(?: være)?,? som (?:den|det|de) er\b"
    r"|(?:fortsætter|kører) (?:vi)?(?: videre)?,? som (?:vi plejer|vi har det|vi gør nu)\b"
    # sticking with what there is: "Vi holder os til Excel, til det kommer", "Så forbliver fredag en almindelig
    # arbejdsdag"
    # (not what was proposed: "Vi holder os til de 80.000")
    r"|\bholder (?:vi )?os til (?!(?:de|den|det|planen|indstillingen|forslaget|rammen|budgettet)\b)[^\W\d]\w+"
    r"|^(?:så )?(?:[\w-]+ )?(?:for)?bliver (?:[\w-]+ )?(?:en |et )?(?:almindelig|uændret)\w*\b"
    # "Så lader vi afdelingerne fortsætte med deres egne."
    r"|\b(?:fortsætte[r]?|køre[r]? videre) med (?:deres|sine|sin|sit) egne?\b"
    # the thing proposed named as not to be: "Så bliver det ikke den struktur."
    r"|^(?:så |nej,? )?bliver det ikke (?:den|det|de) (?!\w+ere\b)\w+"
    # "Så gør vi det ikke", "Den kan vi ikke sige ja til"
    # (not the thing itself: "Det gør den ikke." answering "… hvis prisen ikke stiger")
    r"|(?:gør vi (?:det|den)|vi gør (?:det|den)|(?:det|den) gør vi) ikke\b|ikke sige ja til|nedstem\w*|stemt ned"
    r"|stemme[rs]? (?:\w+ ){0,2}ned"
    # "Så falder lejemålet"
    r"|(?:^(?:\w+,? )?|,? og )så falder (?:den|det|forslaget|indstillingen|\w+(?:en|et|ne))\b"
    r"(?! (?:på plads|i hak|ud|godt))|^(?:så )?(?:den|det) falder[.!]?$"
    # things stay as they are: "Vi bliver ved den nuværende ordning", "Det har vi ikke råd til"
    # (also "CBA må forhandle videre med den nuværende leverandør")
    r"|(?:bliver ved|beholder|holder fast i|bevarer|fortsætter med|kører (?:vi )?videre med|bliver det ved"
    r"|forhandle[rs]? videre med)"
    r" (?:vi )?(?:den|det|de) "
    r"(?:nuværende|eksisterende"
    r"|gamle)\b|(?:har|har vi|vi har|der er|er der) ikke råd til(?! at lade)"
    # "Det vil vi ikke." alone
    r"|^(?:nej,? )?det vil vi ikke(?=[.!]?$)"
    r"|ikke (?!bare |blot |kun |også )(?:\w+ )?(?:flertal|opbakning)|ikke (?:at )?gå videre(?: med\b|(?=[.!]?$))"
    # the forum against, by vote or as one: "Den stemmer vi imod.", "Vi er (alle) imod (indstillingen)."; shot down
    # the whole said no to, beside the idea backed: "Vi siger ja til tanken, men nej til indstillingen."
    r"|\bnej til (?:indstillingen|indstillingerne|forslaget|sagen|planen)\b"
    r"|\b(?:stemmer vi|vi stemmer) imod\b|^(?:så )?(?:alle|samtlige|flertallet|et flertal) stemmer (?:imod|nej)\b"
    r"|^(?:så )?(?:vi er|er vi) (?:alle |altså |også )?imod\b"
    # the thing first: "Den er vi imod.", "Indstillingen er vi alle imod."
    r"|^(?:så )?(?:den|det|dem|indstilling\w*|forslag\w*) er vi (?:alle |altså |også )?imod(?=[.!]?$)"
    # a red light, and put away for good: "Den får rødt lys.", "Den lægger vi i skuffen for altid."
    # (also left for good: "Så lader vi den ligge for godt."; a thumb down, the bin: "Den får tommelfingeren nedad.",
    # "Så ender den i papirkurven.")
    r"|\brødt lys\b|\bi skuffen for (?:altid|godt)\b|\bligge for (?:altid|godt)\b"
    r"|\btommel(?:fingeren)? (?:ned|nedad)\b|\b(?:i|til) papirkurven\b"
    # the forum by name: "Byrådet er imod."
    r"|^(?:så )?(?:\w+rådet|udvalget|direktionen|chefforum) er (?:\w+ )?imod(?=[.!]?$)"
    # "Vi går imod indstillingen." (the forum; not a member's "Jeg går imod")
    r"|^(?:så )?(?:vi går|går vi) (?:altså )?imod (?:den|det|dem|indstilling\w*|forslag\w*|[\w-]+(?:en|et|ne|erne))\b"
    # "Det bliver uden os.", "Der er ingen opbakning til den.", "Projektet stopper her.", "Vi lukker projektet ned."
    r"|\b(?:bliver|er) (?:det )?uden (?:os|mig|udvalget|direktionen)(?=[.!]?$)"
    r"|\b(?:ingen|ikke) (?:nogen )?opbakning til (?:den|det|dem|sagen|forslaget|indstilling\w*|[\w-]+(?:en|et|ne|erne))"
    r"(?=[.!]?$)"
    r"|^(?:så )?[\w-]+(?:en|et|ne|erne) stopper (?:her|nu)\b"
    r"|\blukker (?:vi )?(?:den|det|dem|[\w-]+(?:en|et|ne|erne)) ned\b"
    r"|\bskudt ned\b|\bskyder (?:vi )?(?:den|det|forslaget|indstillingen) ned\b"
    r"|kommer ikke videre med|giver (?:vi|udvalget|direktionen) ikke|(?:vi|udvalget|direktionen) giver ikke"
    r"|rejected|rejects?)\b"
)


# An Indstilling that itself asks to stop something: "at tidsregistrering for chefer ophører".
_ASKS_TO_STOP = re.compile(r"\b(?:ophører|stoppes|standses|afbrydes|nedlægges|afvikles|afskaffes|annulleres"
                           r"|afblæses)\b", re.IGNORECASE)
_STOPS = re.compile(r"\b(?:stopper|standser|afbryder|afblæser|annullerer|nedlægger|afvikler|afskaffer|lukker)\b")


def stops_as_asked(norm: str, indstilling: str) -> bool:
    """"Så stopper vi tidsregistreringen" on "at tidsregistrering for chefer ophører": the act asked for."""
    return _STOPS.search(norm) is not None and _ASKS_TO_STOP.search(indstilling) is not None


# Someone else who may refuse, inside what we approve: "…, men med tilføjelse af, at lederen kan afslå."
# (not the thing first and we who refuse: "Ansøgningen må vi afslå.")
_OTHERS_MAY_REFUSE = re.compile(r"\b(?:[\w-]+(?:en|et|ne|erne)|de|han|hun|man) (?:kan|må|skal|kunne|får lov til at) "
                                r"(?:(?!vi\b|udvalget\b|direktionen\b)\w+ ){0,2}?(?:afslå|afvise|sige nej|sige fra)\w*")


def others_may_refuse(norm: str, refusal: re.Pattern[str]) -> bool:
    """The sentence refuses only in what someone else may refuse: "Godkendt, men med tilføjelse af, at lederen kan
    afslå." approves."""
    said = _OTHERS_MAY_REFUSE.sub("", norm)
    return said != norm and refusal.search(said) is None
