"""What a sentence is besides a decision: a member's view or proposal, assent, news reported, a summing up,
a refusal that only waits. Pure; the decision families are in phrases.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from referat.minutes.sentences import Sentence, normalize

# A member's view, not the meeting's decision: "Jeg mener, det bør udsættes."; and what another
# body advises: "Sundhedsstyrelsen anbefaler, at vi venter til juli".
PROPOSAL = re.compile(r"\b(?:jeg (?:mener|synes|foreslår|tror)|bør|burde|skulle vi|vi skal (?:nok )?overveje"
                      r"|jeg kan (?:\w+ )?(?:ikke|godt) (?:støtte|gå ind for)|(?:stillet )?forslag om at"
                      # a member's view put on record: "Ole, du er noteret for at ville erhverv"
                      r"|noteret (?:for|som)"
                      r"|(?:ønsker|ønskede|får|fik) (?:sin|sit|sine|\w+s) \w+ (?:ført til )?noteret)\b"
                      r"|^det kan jeg (?:heller )?ikke(?: støtte)?\.?$"
                      # a party group's position: "Dansk Folkeparti kunne ikke anbefale.", "Venstre stemmer imod."
                      r"|^(?:venstre|socialdemokratiet|sf|enhedslisten|(?:de )?konservative|dansk folkeparti|radikale"
                      r"|liberal alliance|alternativet|nye borgerlige|moderaterne|danmarksdemokraterne)\b"
                      r"|^(?!(?:vi|så|udvalget|direktionen|jeg)\b)(?:\w+ ){1,3}(?:anbefaler|foreslår|råder til),? at\b")

# What keeps a closing from confirming the Indstilling: a refusal, a delay, a condition.
# What holds a closing back beside a no or a later (decisions._LATER_OR_NOT reads those in context):
# waiting, a condition, an objection, things as they are.
NOT_AGREED = re.compile(r"\b(?:udsæt\w*|\w*vent\w*|udgår|når|inden|imod|uændret|som (?:den|det|de) er)\b")

# The Indstilling's act in a clause that only sets a time or condition: "…, før vi sender noget i høring".
SUBORDINATE = re.compile(r"\b(?:før|når|inden|hvis|efter at|så snart|medmindre)\s+(?:\w+\s+){0,2}$")

# (also a subject by its name: "… før MED har set den", "… før KL er kommet med svar")
_NOT_YET = re.compile(r"\b(?:før|inden|indtil) (?:vi|der|de|den|det|\w+(?:en|et|ne|erne)|\w+ (?:har|er|får)\b)\b"
                     # (not again together with something new: "… ikke godkendt i dag, og de kommer igen med …")
                     # (also a no for today: "Det er et nej i dag, men den kommer igen.")
                     r"|\b(?:ikke|nej) (?:\w+ ){0,2}(?:nu|endnu|i dag|i aften)\b.*\b(?:igen|senere)\b"
                     r"(?! (?:sammen )?med\b)"
                     # "Den bliver ikke godkendt i dag, men på næste møde."
                     r"|\bikke (?:\w+ ){0,2}(?:nu|i dag|i aften),? men (?:på|til) næste (?:møde|gang)\b"
                     # "Vi vedtager den ikke i aften, men venter på trafikanalysen.", "… ikke i dag, vi venter på …"
                     r"|\bikke (?:\w+ ){0,2}(?:nu|i dag|i aften),? (?:men )?(?:vi )?(?:venter|afventer)\b"
                     r"|\bikke (?:\w+ ){0,4}endnu\b"
                     # "Vi dropper det for nu og ser på det efter valget."
                     r"|\bfor (?:nu|i dag)\b.*\b(?:igen|senere|efter)\b"
                     # "Så kan vi ikke gøre det færdigt i dag."
                     r"|\bikke (?:\w+ ){0,3}færdig\w*\b"
                     # "Skolen bliver ikke solgt før til sommer."
                     r"|\bikke (?:\w+ ){0,3}før (?:til|i|efter|om)\b"
                     # "Vi når ikke at tage stilling i dag.", "Vi har ikke grundlag for at beslutte i dag."
                     r"|\bikke (?:\w+ ){0,3}(?:tage stilling|beslutte|vælge)\b(?: \w+)? i dag\b")


# Not today, with the case reworked in the speaker's next sentence: "Så vedtager vi den ikke i dag.
# Forvaltningen skriver den om." (but "Indstillingerne godkendes ikke i dag, og vi tager en dialog …" refuses)
_NOT_TODAY = re.compile(r"\bikke (?:\w+ ){0,3}(?:i dag|i aften)\b")
_REWORKS = re.compile(r"^(?:så )?\w+(?:en|et|erne)? (?:skriver|laver|retter|reviderer|justerer|tilretter|regner|ser)"
                      r" (?:\w+ ){0,3}?(?:om|igen|på (?:den|det|dem|sagen|tallene))\b"
                      # "Forvaltningen undersøger alternativerne.", "Administrationen taler med kommunen."
                      r"|^\w+(?:en|et|erne)? (?:undersøger|taler med) \w+")


def reworked_today(said: Sequence[Sentence]) -> bool:
    """A refusal for today whose next sentence, by the same speaker, gives the case to someone to rework."""
    return (len(said) == 2 and said[0].speaker == said[1].speaker and _NOT_TODAY.search(normalize(said[0].text))
            is not None and _REWORKS.match(normalize(said[1].text)) is not None)


def not_yet(norm: str) -> bool:
    """A refusal that only waits: "Vi sælger ikke, før …", "… ikke nu, men igen til foråret",
    "Så sender vi den ikke i høring endnu"."""
    return _NOT_YET.search(norm) is not None


# Someone else's decision reported to the meeting: a subject other than us, then "har godkendt".
# ("… har behandlet planen og besluttet …"; not "Ingen har indvendinger så de er godkendt": a new clause)
_REPORT = re.compile(r"^(?P<subject>(?:\w+ ){1,3}?)har (?!vi\b)(?:(?!så |men )\w+ ){0,4}?"
                     r"(?:godkendt|vedtaget|besluttet|bevilget|afvist|anbefalet|udskudt|udsat)\b")
_US = re.compile(r"^(?:vi|så|dermed|hermed|nu|og|udvalget|direktionen|forummet|mødet|det|den|planen|sagen"
                 r"|indstillingen)\b")


# (or asked which are: "Vi skal kunne se, hvilke værktøjer der er godkendt.")
_APPROVED_BY = re.compile(r"\b(?:der|som) (?:er|var|blev) (?:blevet )?(?:godkendt|vedtaget|bevilget) af\b"
                          r"|\b(?:hvilke|hvilken|hvilket|hvad) (?:\w+ ){0,2}(?:der|som) (?:er|var|blev) (?:blevet )?"
                          r"(?:godkendt|vedtaget|bevilget)\b")


# A status told: what is done beside what is put off ("15 af 22 er gennemført, og resten er … udskudt").
STATUS = re.compile(r"\b(?:gennemført|afsluttet|i gang|igangsat)\b[^.?!]*\b(?:udskudt|udsat|forsinket)\b"
                    r"|\b(?:udskudt|udsat|forsinket)\b[^.?!]*\b(?:gennemført|afsluttet|i gang|igangsat)\b")


# The item's title read out, a noun with no verb: "Godkendelse af procedure for whistleblowerordning.", "Punkt 5:
# Beslutning om ny mødestruktur." (not "Godkendelsen udskydes.", "Godkendelse: næste møde.")
_TITLE_READ = re.compile(r"^(?:punkt \w+[.:]?\s*)?(?:(?:endelig )?(?:godkendelse|vedtagelse) af|beslutning om"
                         r"|anbefaling (?:af|om))\b(?![^.!?]*\b(?:er|blev|bliver|sker|kan|skal|må|udsættes|udskydes"
                         r"|godkendes|vedtages|tages|gives|følger)\b)[^.!?]*[.!]?$")


def reported(norm: str, forum: str) -> bool:
    """"Miljøministeriet har godkendt indsatsen": news told to the meeting, not its decision; nor is the item's title
    read out ("Godkendelse af procedure for whistleblowerordning.")."""
    if _TITLE_READ.match(norm):
        return True
    # "Jeg har en meddelelse: Regionsrådet har godkendt …": the news after its announcement
    match = _REPORT.match(norm) or _REPORT.match(norm.split(": ", 1)[-1])
    if match is None:
        # "Vi bruger kun løsninger, der er godkendt af vores DPO": approved by someone else, described
        return _APPROVED_BY.search(norm) is not None
    subject = match["subject"].strip()
    return not _US.match(subject) and subject != forum.casefold()


# Agreement without a decision word: it confirms the Indstilling.
ASSENT = re.compile(
    r"\b(?:(?<!ikke )(?<!ikke er )enige?|fint|fornuftigt|god idé|godt udgangspunkt"
    r"|ingen (?:bemærkninger|indvendinger|kommentarer"
    r"|spørgsmål|ønsker ordet|beder om ordet)|det gør vi|tak for orienteringen|tak for gennemgangen"
    r"|tak for (?:status|tallene|opdateringen)|(?:fin|god|grundig) orientering|i orden"
    r"|er vi enige|agree|agreed|fine"
    r"|no objections?|sounds good|yes)\b|^(?:ja|jo|godt)\b"
    # The chair's "Så melder vi os ind.": doing what was proposed; not moving on or pausing.
    r"|^(?:(?:godt|fint|ja|okay),? )?så (?!går vi videre(?: til|[.!]?$)|tager vi (?:næste|en pause|pause|fat)"
    r"|holder vi (?:en )?pause|starter vi(?! med (?!punkt|mødet|dagens)\w)|slutter vi|siger vi tak)"
    r"(?!venter|afventer|udsætter|udskyder)(?:\w+er|går|gør|får|ser) vi\b"
    r"(?!(?: \w+){0,2} ikke\b)(?!.*\?$)|^så lander vi\b|^så har vi (?:en|et) \w+\.?$"
    r"|^(?:den|det|ordningen|forsøget) fortsætter\b(?!.*\bikke\b)"
    # "Den er fin.", "Det er fint"
    r"|^(?:den|det|de) er (?:helt )?(?:fin|fine|god|gode)\b"
    # the outcome said: "Så bliver det otte møder."
    r"|^så bliver det (?!ikke\b)\w"
)

# The chair summing up: "Det, jeg hører, er, at …", "Så konkluderer vi, at …", "Min opsummering er, at …";
# what follows is what was concluded.
SUMMED_UP = re.compile(r"^(?:så )?(?:konklusionen (?:er|bliver)|min (?:opsummering|konklusion) er"
                       r"|konkluderer (?:vi|jeg)"
                       r"|det,? (?:jeg|vi) hører,? er|jeg (?:hører|fornemmer|kan høre)"
                       # the minutes dictated: "Så skriver vi, at …", "Skal vi skrive, at …?", "Beslutningen er, at …"
                       r"|(?:så )?(?:skriver vi|vi skriver)|(?:skal|kan) vi (?:skrive|konkludere|notere)"
                       r"|beslutningen er|er vi (?:nået frem til|landet på)|(?:er )?der (?:er )?enighed om)"
                       r",? at (?P<what>.+)$"
                       # (also a conclusion before a colon: "Konklusionen er: den må komme igen.")
                       r"|^(?:så )?(?:til referat(?:et)?|beslutningen er|konklusionen (?:er|bliver)"
                       r"|min (?:opsummering|konklusion) er):\s*(?P<dictated>.+)$"
                       # "Så er vi landet på et nej", "Så er vi nået frem til 350 kroner i timen", "Så for at
                       # opsummere: …"
                       r"|^(?:(?:så )?er vi (?:nået frem til|landet på)|(?:så )?(?:opsummerende|sammenfattende"
                       r"|for at opsummere:?|kort sagt:?|opsummeret:))"
                       r" (?P<landed>.+)$",
                       re.IGNORECASE)


# A question for objections: "Er der nogen imod?" ("Nogen ønsker til ændringer?")
OBJECTIONS = re.compile(r"\b(?:nogen|nogle|der) (?:\w+ ){0,2}(?:imod|indvendinger|protesterer|ændringer"
                        r"|ændringsforslag|bemærkninger)\b"
                        # "Er der noget til dagsorden eller referat?"
                        r"|^(?:og )?er der noget (?:til|om|at sige til|at bemærke til)\b"
                        # the bare word asked: "Indvendinger?", "Nogen imod?"
                        r"|^(?:(?:godt|fint|okay),? )?(?:nogen )?(?:indvendinger|protester)\?$")

# The chair's bare "we agree" and the members' bare objections before it: "Jeg er imod." "Også mig." "Så er vi enige."
# (also the room's view settled in other words: "Så lander vi der.", "Så er det afgjort.", "Så bliver det ved det.")
_WE_AGREE = re.compile(r"^(?:(?:godt|okay|fint),? )?(?:så er vi enige|vi er enige|så er vi enige om det"
                       r"|så lander vi der|så er det (?:klart|afgjort)|så er den sag klar|så bliver det ved det"
                       # (also settled: "Så bliver det sådan.", "Så er det besluttet.", "Så siger vi det.")
                       r"|så ved vi det|så bliver det sådan|så er det (?:besluttet|aftalt)|så siger vi det)[.!]?$")
# … and, said last, the bare take-ups of what was just said: "Enig.", "Sådan gør vi.", "Så er det på plads." (not a
# member's "Enig." to another member)
_TAKEN_UP_LAST = re.compile(r"^(?:(?:godt|okay|fint|ja),? )?(?:enig|det er vi (?:alle )?enige om|lad os det"
                            r"|sådan (?:bliver det|gør vi)|så gør vi (?:det|sådan)|det gør vi|så er det på plads"
                            r"|(?:det|så) er (?:det )?konklusionen|så er vi der|det tager vi(?: (?:til )?os)?"
                            r"|så følger vi det)[.!]?$")
_AGAINST = re.compile(r"^(?:(?:jeg|vi) er (?:også |heller )?imod\b|nej\b|(?:også|heller ikke) (?:mig|jeg)\b"
                      r"|ikke mig\b|det er jeg (?:også )?imod\b)")


# A no in other words than "Nej": "Ikke med den økonomi.", "Jeg er imod.", "Det kan jeg ikke støtte."; agreeing with
# it: "Enig."
NO_IN_WORDS = re.compile(r"^(?:ikke (?:med|i|nu|på|uden|som|sådan|til|for)\b|jeg er (?:imod|ikke for)\b"
                         r"|det kan jeg ikke (?:støtte|gå med til|anbefale|stemme for)\b)")
# A member's view against the proposal: "Jeg synes ikke, vi skal gøre det.", "Det er en dårlig idé." (not against
# waiting or saying no: "Jeg synes ikke, vi skal vente.")
_VIEW_AGAINST = re.compile(r"^(?:jeg synes (?:altså |egentlig |faktisk )?ikke,? (?:at )?vi skal\b"
                           r"(?!,? (?:vente|udsætte|udskyde|afvise|sige nej|droppe)\b)"
                           r"|det er (?:en )?(?:dårlig|forkert) (?:idé|beslutning)\b"
                           # "Vi skal ikke bruge penge på en ny ordning."
                           r"|vi (?:skal|bør) ikke\b(?! (?:vente|udsætte|udskyde|afvise|sige nej|droppe)\b)"
                           # "Jeg stemmer nej.", "Nej, ikke med mig.", "Det er spild af penge.", "Den skal vi ikke bruge
                           # tid på.", "Vi skal blive ved det, vi har.", "Det giver ingen mening."
                           r"|jeg stemmer (?:nej|imod)\b|nej,? ikke med mig\b|det er (?!ikke\b)(?:\w+ )?spild af\b"
                           r"|(?:den|det|dem) skal vi ikke\b(?! (?:vente|udsætte|udskyde)\b)"
                           r"|vi skal blive ved (?:det|den),? vi har\b|det giver (?:ingen|ikke nogen) mening\b)")
_AGREED_WITH_IT = re.compile(r"^(?:(?:jeg er )?(?:helt )?enig|(?:det er )?jeg enig|det er jeg (?:helt )?enig i"
                             # (the chair's own assent first: "Fair nok. Sådan gør vi.", "Ja. Det er konklusionen.")
                             r"|ja|okay|fair nok|forstået|det lyder (?:fornuftigt|rigtigt)|(?:det er en )?god pointe)"
                             r"(?: med \w+)?[.!]?$")
_FOR = re.compile(r"\b(?:ja|jo|enige?|godkend\w*|støtter|bakker op|går ind for)\b"
                  r"|\ber for(?= (?:den|det|forslaget|indstillingen)\b|[.!]?$)")  # (not "for dyr": too)


def agreed_against(sentences: Sequence[Sentence], k: int) -> bool:
    """"Så er vi enige." (``sentences[k]``) after members who each said they were against, and nobody for: the
    room's no ("Jeg er imod. Den er for dyr." "Det er jeg også imod." "Så er vi enige.")."""
    closing = normalize(sentences[k].text)
    if not (_WE_AGREE.match(closing) or (k == len(sentences) - 1 and _TAKEN_UP_LAST.match(closing))):
        return False
    said: list[tuple[str, str]] = []
    chair_agrees = False
    for sentence in reversed(sentences[max(0, k - 4):k]):
        if sentence.speaker == sentences[k].speaker and not said and _AGREED_WITH_IT.match(normalize(sentence.text)):
            chair_agrees = True  # the chair's own "Det er jeg enig i." before "Så siger vi det."
            continue
        if sentence.speaker == sentences[k].speaker:
            break
        if chair_agrees and not said:  # … with the view against just before it
            text = normalize(sentence.text)
            if (_VIEW_AGAINST.match(text) or _AGAINST.match(text) or NO_IN_WORDS.match(text)) and not _FOR.search(text):
                return True
        said.append((sentence.speaker, normalize(sentence.text)))
    against = {speaker for speaker, text in said if _AGAINST.match(text)}
    if (bool(said) and against == {speaker for speaker, _ in said} and any("imod" in text for _, text in said)
            and not any(_FOR.search(text) for _, text in said)):
        return True
    replies = [text for _, text in reversed(said)]
    # a member's view against the proposal, the others agreeing with it: "Jeg synes ikke, vi skal gøre det." "Nej."
    # "Så er det afgjort."
    # (past the talk before the view, which says nothing for: "Prisen stiger." "Vi skal ikke bruge penge på en ny
    # ordning." "Enig." "Så er vi enige.")
    first = next((n for n, t in enumerate(replies) if _VIEW_AGAINST.match(t)), None)
    if (first is not None and not any(_FOR.search(t) for t in replies[:first + 1])
            and all(_AGAINST.match(t) or NO_IN_WORDS.match(t) or _VIEW_AGAINST.match(t) or _AGREED_WITH_IT.match(t)
                    for t in replies[first + 1:])):
        return True
    # the chair's own question answered no, the others agreeing with the no: "Kan vi godkende den?" "Nej, den er for
    # dyr." "Enig." "Så er vi enige." (not objections asked: "Er der nogen imod?" "Nej." "Så er vi enige.")
    at = k - len(said) - 1
    return (at >= 0 and bool(replies) and sentences[at].speaker == sentences[k].speaker and sentences[at].is_question
            and OBJECTIONS.search(normalize(sentences[at].text)) is None
            and (_AGAINST.match(replies[0]) is not None or NO_IN_WORDS.match(replies[0]) is not None)
            and all(_AGAINST.match(t) or NO_IN_WORDS.match(t) or _AGREED_WITH_IT.match(t) for t in replies[1:]))


# Backing an idea or an approach, which is no approval of the case refused just before ("… op om at afprøve AI",
# "… op om tanken", "Der er opbakning til ideen.", "Vi siger ja til at arbejde videre med det.", "Cykelstier er
# vigtige, og det er vi enige om.", "Vi vil gerne godkende en plan, der er billigere.").
BACKS_THE_IDEA = re.compile(r"\bbakker (?:vi |direktionen |udvalget )?op om at\b|\bvi bakker op om at\b"
                            r"|\b(?:støtter|bakker|opbakning|enige|ja)\b.*\b(?:idéen|ideen|tanken|tilgangen"
                            r"|intention\w*|retningen|princippet|formålet)\b|\bja til at arbejde videre\b"
                            # (the idea first, against what was just said: "Men tilgangen bakker vi op om.",
                            # "Tilgangen er fin, men …"; not "Tilgangen bakker vi op om. Puljen tager vi …", the
                            # approval of a part)
                            r"|\bmen (?:idéen|ideen|tanken|tilgangen|retningen|princippet)\b"
                            r".*\b(?:støtter|bakker|enige)\b"
                            r"|\b(?:idéen|ideen|tanken|tilgangen|retningen|princippet) er (?:fin|god|rigtig),? men\b"
                            r"|\bdet er vi (?:alle )?enige om\b"
                            # a new or other one to come: "Vi godkender gerne en ny plan."
                            r"|\b(?:godkend\w*|vedta\w*|støtte\w*)\b.*\b(?:en|et) (?:ny|nyt|revideret|billigere"
                            r"|mindre)\b"
                            r"|\bvil (?:gerne )?godkende (?:en|et) (?:\w+ )?\w+,? (?:der|som)\b")
