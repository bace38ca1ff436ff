"""Follow-up points (opfølgning): who promised to do what, and by when. Pure, rule-based.

A commitment is a clause whose subject is a person or a body and whose verb
promises work ("Trine eftersender …", "forvaltningen udarbejder en ny sag",
"vi vender tilbage i august"), a request someone accepts ("Charlotte, vil du
undersøge det?" "Ja."), or a wish for something to be put forward ("indstilling 5
vil vi gerne have forelagt snarest"). Precision comes first: a clause counts only
when both its subject and its verb are on the lists below, and never when it is
negated, conditional or a question nobody said yes to.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from referat.minutes.requested import request, taken_on
from referat.minutes.requests import DELIVERY
from referat.minutes.sentences import Sentence, fluent, normalize
from referat.minutes.task_words import BODIES, DOCUMENTS, INFINITIVES, VERBS, split_when, the_case_again
from referat.minutes.written_in import taken_into
from referat.types import Evidence, FollowUp, Meeting

_NEGATED = re.compile(r"\b(?:ikke|aldrig|hvis|måske|eventuelt|evt)\b"
                      # what someone does anyway, told: "Foreningen laver mange gode arrangementer"
                      r"|\b(?:mange|altid|ofte|allerede|plejer)\b"
                      # a routine a body has, told: "Kommunen laver hvert år en rapport om rekruttering."
                      r"|^(?!vi\b|jeg\b)(?-i:[A-ZÆØÅ])\w+ \w+er hvert? (?:år|måned|uge|kvartal)\b", re.IGNORECASE)
# (a clause after ", så" keeps its "så": "Godt, så sender Charlotte programmet rundt" has its subject after the verb)
_CLAUSES = re.compile(r",\s*(?:og|men)\s+|,\s*(?=så\s)|;\s*|\.\s+|\s+og så\s+|\s+og\s+(?=beder\b)"
                      r"|\s+[–-]\s+(?:og\s+|men\s+)?"
                      # "Vi er enige om, at HR laver …", "Så er vi landet på, at forvaltningen skærper …"
                      r"|(?:(?<=enige om)|(?<=onklusionen er)|(?<=onklusionen bliver)|(?<=landet på)"
                      r"|(?<=nået frem til)),\s+at\s+")


# The speaker announcing what they present at once: "Jeg giver en status på budget 2026."
_GIVES_NOW = re.compile(r"^(?:så )?jeg (?:giver|vil give|vil gerne give|skal give) (?:jer )?(?:en|et) "
                        r"(?:kort |hurtig )?(?:status|orientering|overblik|oplæg|opdatering)\b", re.IGNORECASE)


def find_followups(sentences: Sequence[Sentence], meeting: Meeting, names: Mapping[str, str],
                   forum: str, act: re.Pattern[str] | None = None, proposal: str = "") -> tuple[FollowUp, ...]:
    """The commitments said in an item; ``act`` matches doing what its Indstilling
    proposes ("Så sender vi bemærkningerne"), which is the decision, not a task, and so does
    doing the very thing ``proposal`` (the Indstilling) names ("Så laver vi en hundeskov ved Fovrfelt")."""
    people = _people(meeting, names)
    found: list[FollowUp] = []
    last_named: str | None = None  # whom "han"/"hun" refers to: the last person the speaker named
    for k, sentence in enumerate(sentences):
        speaker = names.get(sentence.speaker, sentence.speaker)
        if k and sentences[k - 1].speaker != sentence.speaker:
            last_named = None
        if sentence.is_question:
            asked = request(sentence, sentences[k + 1:k + 3], people, sentences[k - 1] if k else None)
            if asked is not None:
                found.append(asked)
            continue
        if k and sentences[k - 1].is_question and re.search(r"\bhvis\b", sentences[k - 1].text, re.IGNORECASE):
            continue  # "Hvad sker der, hvis …?" "Så kommer vi tilbage til regionsrådet.": if, not a task
        # read without hesitation: "Så, øh, Kristine tager dem med …" as "Så Kristine tager dem med …"
        for n, clause in enumerate(_CLAUSES.split(fluent(sentence.text).strip().rstrip(".!"))):
            mentioned = _mentioned(clause, people)
            last_named = mentioned or last_named
            if ((act is not None and act.search(normalize(clause))) or _proposal_done(clause, proposal)
                    or taken_into(clause, proposal)):
                continue
            item = _commitment(clause, speaker, forum, people, last_named, inside=n > 0) or (
                taken_on(sentences, k, speaker) if n == 0 else None)
            # (also the presenter's first sentence after the chair's opening, when someone else closes the item)
            # (not a wish: "Vi vil have en kvartalsvis status." asks for work)
            opening = k == 0 or (k == 1 and sentence.speaker not in (sentences[0].speaker, sentences[-1].speaker)
                                 and not re.match(r"vi\s+(?:vil|skal|ønsker|beder|må)\b", clause, re.I))
            if item is not None and opening and n == 0 and len(sentences) > 1 and re.match(r"vi\s", clause, re.I):
                continue  # "Vi samler supporten i ét team …" opening the item presents the proposal
            if (item is not None and sentence.speaker != sentences[-1].speaker
                    and re.match(r"(?:så\s+)?vi\s+(?:skal|bør|burde)\s", clause.strip(), re.I)):
                continue  # a member's "Vi skal kigge på visitationen" proposes; whoever closes the item commits
            following = sentences[k + 1] if k + 1 < len(sentences) else None
            if (item is not None and following is not None and following.speaker != sentence.speaker
                    and names.get(following.speaker) == item[0]):
                continue  # "Marie giver en kort status på budgettet." and Marie gives it at once
            if item is not None and n == 0 and _GIVES_NOW.match(clause.strip()) and following is not None \
                    and following.speaker == sentence.speaker:
                continue  # "Jeg giver en status på budget 2026." and goes on to give it
            if item is not None and _SEEN_AGAIN.search(item[1]):
                continue  # "Vi sender den til HR og ser den igen i maj.": the case put off, no task
            if item is not None:
                who, what, when = item
                found.append(FollowUp(who, what, when, Evidence(sentence.speaker, sentence.start, sentence.text)))
    return tuple(_unique(found))


def besides_decision(followups: tuple[FollowUp, ...], decided: Sequence[tuple[float, str]],
                     forum: str, kind: str) -> tuple[FollowUp, ...]:
    """``followups`` less the forum's own act in a sentence that approves, refuses or decides (``decided``:
    their start and text): "Så samler vi supporten fra næste kvartal." is what was decided, not a task.
    Something new to make stays work to do ("Så laver vi en plan for hundeskoven"), and so does a
    promise to come back ("Vi vender tilbage i august"), and what a discussion, a postponement or an orientation
    closes on; but a postponement's own return of the case is the postponement ("Vi vender tilbage med den.",
    "… og beder CBA om at komme igen")."""
    if kind == "postponed":
        return tuple(task for task in followups if not the_case_again(task.what, by_the_forum=task.who == forum))
    if kind in ("discussed", "noted"):
        return followups
    def the_decision(task: FollowUp) -> bool:
        if task.who != forum or task.evidence is None or (task.evidence.start, task.evidence.text) not in decided:
            return False
        act = _ACT.match(task.evidence.text.strip())
        verb = (act["so"] or act["we"]).casefold() if act is not None else ""
        return (bool(verb) and verb not in ("vender", "kommer") and task.what.casefold().startswith(verb)
                and not re.match(r"\w+ (?:en|et) ", task.what))

    return tuple(task for task in followups if not the_decision(task))


def besides_remark(followups: tuple[FollowUp, ...], said: Sentence, approval: Sentence,
                   sentences: Sequence[Sentence], rest: str = "") -> tuple[FollowUp, ...]:
    """``followups`` less the promise that made a remark, said before the approval (``said``: the
    sentence the remark quotes): "Der skal stå noget om praktikanter." "Vi laver et afsnit." is the
    change approved, not a task; and less a wish before the approval that the remark (``rest``) grants:
    "Kan vi få et møde mere i efteråret?" … "godkendt med et ekstra møde i oktober". A task in the
    approval itself stays ("…, men vi evaluerer igen om et halvt år"), unless it is the change the remark
    says ("Vi tilføjer et afsnit om seniorer, og så er politikken vedtaget.")."""
    at = sentences.index(said)
    promised = [said] + [s for s in sentences[at + 1:at + 2] if s.speaker != said.speaker]
    starts = {s.start for s in promised if s.start < approval.start}
    granted = set(re.findall(r"\w{4,}", rest.casefold()))
    def the_change(task: FollowUp) -> bool:  # the forum's own change ("vi tilføjer …"; "HR tilføjer …" is a task)
        return (task.evidence is not None and task.evidence.start == approval.start
                and bool(_MAKES_TEXT.match(task.what)) and f"vi {task.what}".casefold() in rest.casefold())
    return tuple(task for task in followups if task.evidence is None or (
        (task.evidence.start not in starts or not _MAKES_TEXT.match(task.what)) and not the_change(task)
        and not (task.who is None and task.evidence.start < approval.start
                 and granted & set(re.findall(r"\w{4,}", task.what.casefold())))))


# The case itself sent somewhere and seen again: the postponement's own words (not work done first: "… laver en
# brugertest først og tager den igen bagefter" is a task).
_SEEN_AGAIN = re.compile(r"^sender (?:den|det|dem) (?:\w+ ){1,3}og (?:så )?(?:ser|tager|behandler) (?:vi )?"
                         r"(?:den|det|dem) igen\b"
                         # "Vi kommer tilbage til den.": the case itself back, no task
                         r"|^kommer tilbage til (?:den|sagen|punktet)\b", re.IGNORECASE)
# The verbs of a change to the text or the thing itself, promised by the presenter.
# (also taken into the document itself: "tager det med i kontrakten")
_MAKES_TEXT = re.compile(r"(?:laver|tilføjer|skriver|udarbejder|retter|ændrer|indfører|tilpasser|skærer)\b"
                         r"|tager (?:\w+ )?med i (?:\w+ )?" + DOCUMENTS)


# The decision said as the forum's own act: "Så samler vi …", "Vi tilføjer …".
_ACT = re.compile(r"^(?:(?:godt|fint|ja|okay),?\s+)?(?:så\s+(?P<so>\w+er)\s+vi|vi\s+(?P<we>\w+er))\b", re.IGNORECASE)


def _proposal_done(clause: str, proposal: str) -> bool:
    """"Så laver vi en hundeskov ved Fovrfelt" on "at der etableres en hundeskov ved Fovrfelt": the
    chair's "Så <verb> vi" with nothing in its object that the Indstilling does not name."""
    done = re.match(r"(?:så\s+)?\w+er\s+vi\s+(?P<what>.+)$", clause.strip(), re.IGNORECASE)
    if done is not None and re.fullmatch(r"(?:det|den|dem)", done["what"].strip(), re.IGNORECASE):
        return True  # "Så laver vi den": the thing proposed, by its pronoun
    named = set(re.findall(r"\w{5,}", done["what"].casefold())) if done else set()
    return bool(named) and named <= set(re.findall(r"\w{5,}", proposal.casefold()))


def _people(meeting: Meeting, names: Mapping[str, str]) -> dict[str, str]:
    """First names and full names of everyone who may be given a task, to their full name."""
    people: dict[str, str] = {}
    for name in [p.name for p in meeting.participants] + list(names.values()):
        people[name.casefold()] = name
        people.setdefault(name.split()[0].casefold(), name)
    return people


def _mentioned(clause: str, people: Mapping[str, str]) -> str | None:
    for word in re.findall(r"\b[A-ZÆØÅ][a-zæøå]+\b", clause):
        if word.casefold() in people:
            return people[word.casefold()]
    return None


_NAMEISH = r"[A-ZÆØÅ][\wæøåÆØÅ-]*"
_SUBJECT = re.compile(
    r"^(?i:(?:så|og|ja|jo|godt|fint|tak|at)\s*,?\s+)*(?P<subject>(?i:jeg|vi|han|hun|" + BODIES + r")|" + _NAMEISH
    + r"(?:\s+og\s+(?:(?i:jeg)|" + _NAMEISH + r"))?)\s+(?i:(?:skal|vil)\s+(?:nok\s+|gerne\s+)?"
    r"(?P<infinitive>" + INFINITIVES + r")|(?P<verb>" + VERBS + r"))\b(?P<rest>.*)$")
# Verb before subject after an adverb or an object: "Så laver forvaltningen en ny sag", "det tager
# administrationen med i udkastet".
_V2 = re.compile(r"^(?i:(?:godt|fint|ja|tak)\s*,?\s+)?"
                 r"(?:(?i:så|derefter|bagefter|og så)|(?P<object>(?i:det|den|dette|dem)))\s+"
                 # "Det giver vi videre til museet"; "Det tager jeg med.", "Det tager styringsgruppen med." (a
                 # member's or a body's own task, not the forum's "Det tager vi med", a change taken in)
                 r"(?P<verb>(?i:" + VERBS + r"|tager(?= \w+ med (?:i|til|videre))|tager(?= (?!vi\b)\w+ med[.!]?$)"
                 r"|arbejder(?= (?!vi\b)\w+ videre\b)"
                 r"|giver(?= \w+ videre\b)|giver(?= \w+ \w+ (?:besked|svar)\b)|følger(?= \w+ op\b)"
                 r"|kigger(?= \w+ på\b)(?![^,.]*\bigen\b)|tager(?= \w+ op med\b)"
                 # taken up in another body: "Det tager vi op i forebyggelsesudvalget."
                 r"|tager(?= \w+ op i \w*(?:udvalg|råd|gruppe|forum)\w*\b)"
                 r"|sætter(?= \w+ på (?:dagsordenen|årshjulet)\b)))\s+"
                 r"(?P<subject>(?i:vi|jeg|" + BODIES + r")|"
                 + _NAMEISH + r")\b(?P<rest>.*)$")
# A second verb for the same subject: "Vi noterer os det og vender tilbage med en plan i foråret".
_COORDINATED = re.compile(r"^(?i:(?:så|ja|godt)\s*,?\s+)?(?P<subject>(?i:jeg|vi|" + BODIES + r")|" + _NAMEISH
                          + r")\s+(?:\w+\s+){1,4}?(?i:og)\s+(?P<verb>(?i:" + VERBS + r"))\b(?P<rest>.*)$")
_INVERTED = re.compile(r"^(?:det|den|så)\s+(?P<verb>vender|kommer)\s+(?P<subject>vi|jeg)\s+tilbage\s+til(?P<rest>.*)$",
                       re.IGNORECASE)
# Wanting something on what was said: "Det vil vi gerne have et oplæg om på næste møde."
# (also "Det skal vi have en særskilt sag om.")
_WANT_ON_IT = re.compile(r"^(?:det|den|dem)\s+(?:vil|ønsker|skal)\s+vi\s+(?:gerne\s+)?(?:have|se)\s+"
                         r"(?P<what>(?:en|et)\s+(?:særskilt\s+|selvstændig\s+|ny\s+)?\w+)\s+om\b(?P<rest>.*)$",
                         re.IGNORECASE)
# "Det vil vi gerne høre mere om på et senere møde."
_HEAR_MORE = re.compile(r"^(?:det|den|dem)\s+(?:vil|ønsker)\s+vi\s+(?:gerne\s+)?(?P<what>høre\s+(?:mere\s+)?om)\b"
                        r"(?P<rest>.*)$", re.IGNORECASE)
# ("… ønsker direktionen forelagt snarest": "ønsker" without "have")
_WISH = re.compile(r"^(?:og\s+)?(?P<what>(?!(?:udvalget|direktionen|vi|jeg)\b).+?)\s+"
                   r"(?:vil\s+(?:vi|\w+)\s+(?:gerne\s+)?(?:have|at få)"
                   r"|ønsker\s+(?:vi|\w+)\s+(?:gerne\s+)?(?:(?:have|at få)\s+)?)\s*"
                   r"(?P<verb>forelagt|præsenteret|tilsendt|belyst)(?P<rest>.*)$", re.IGNORECASE)
# The verb first: "…, og vi ønsker indstilling fem forelagt snarest", "Vi godkender det hele og vil have … forelagt"
_WISH_FIRST = re.compile(r"(?:^|\bog\s+)(?:(?:vi|udvalget|direktionen)\s+)?(?:vil\s+(?:gerne\s+)?(?:have|at få)"
                         r"|ønsker\s+(?:(?:at få|have)\s+)?)\s*"
                         r"(?P<what>(?!at\b|(?:sagen|punktet)\s+belyst\b)\w[^,.!?]*?)\s+"
                         r"(?P<verb>forelagt|præsenteret|tilsendt|belyst)(?P<rest>[^,.!?]*)$", re.IGNORECASE)
# Something sent on, said in the passive: "Udvalgets bemærkninger sendes til museets bestyrelse" (not "Sagen sendes
# tilbage til forvaltningen": the case put off).
_SENT_ON = re.compile(r"^(?P<what>(?!sagen\b|punktet\b|den\b|det\b)(?:\w+s\s+)?\w+(?:erne|ene|en|et|ne|er)\s+"
                      r"(?:sendes|oversendes|videresendes|gives videre)\s+til\s+(?!.*\btilbage\b).+)$", re.IGNORECASE)
# Something announced from a body: "Der kommer en handleplan fra jobcentret i september."
_COMES_FROM = re.compile(r"^(?:(?:og|så)\s+)?der kommer (?P<what>(?:en|et|\w+e)\s+\w+(?:\s+\w+)?)\s+fra\s+"
                         r"(?P<who>\w+)(?P<rest>.*)$", re.IGNORECASE)
# What the meeting wants delivered: "vi vil gerne have en ny tidsplan i august".
_WISHES = r"(?:vil|ønsker)\s+(?:gerne\s+)?(?:have|at få|få|se)"
# (not a focus to keep: "vi vil have et særligt fokus på de små arbejdspladser")
_WANT = re.compile(r"^(?:og\s+)?(?:vi|udvalget|direktionen|\w+rådet|chefforum)\s+"
                   r"(?:" + _WISHES + r"|skal\s+se|ønsker)\s+"
                   # the verb first: "…, og så vil vi gerne se et nyt oplæg med en konkret plan"
                   r"(?P<what>(?:en|et)\s+(?!(?:\w+\s+)?fokus\b).+"
                   # the thing itself back: "…, og vi vil gerne have den til evaluering om et år"
                   r"|(?:den|det|dem)\s+(?:til|i)\s+(?:evaluering|gennemsyn|revision)\b.*)$"
                   r"|^(?:og\s+)?så\s+vil\s+vi\s+gerne\s+(?:have|se|få)\s+"
                   r"(?P<inverted>(?:en|et)\s+.+)$", re.IGNORECASE)
# What the meeting will be given, said as ours: "…, og vi får en status, før der bruges flere penge".
_GETS = re.compile(r"^(?:så\s+)?(?:vi|udvalget|direktionen)\s+får\s+(?P<what>(?:en|et)\s+(?:\w+\s+)?" + DELIVERY
                   + r"\b.*)$", re.IGNORECASE)
# The same wish after what was decided: "Vi tager profilen til efterretning og vil gerne have et oplæg om …".
_AND_WANT = re.compile(r"^(?:så\s+)?(?:vi|udvalget|direktionen)\s+[^,]+?\s+og\s+" + _WISHES
                       + r"\s+(?P<what>(?:en|et)\s+.+)$", re.IGNORECASE)
# (also the forum's "Udvalget beder om, at stigningen forklares bedre …", said with its subject)
_ASK_FOR = re.compile(r"^(?:så\s+|samtidig\s+)?(?:(?:vi|jeg)\s+)?beder(?:\s+(?:vi|jeg))?\s+om\s+(?P<what>.+)$"
                      r"|^(?:vi|udvalget|direktionen)\s+beder\s+om,\s+(?P<that>at\s.+)$", re.IGNORECASE)
_MONEY = re.compile(r"[\d.,]+\s*(?:kr\b|kroner|mio\b|millioner)", re.IGNORECASE)
# Someone by their role: "centerchefen", "afdelingscheferne", "kommunaldirektøren".
_ROLE = re.compile(r"\w+(?:chefen|cheferne|direktøren|lederen|lederne|koordinatoren|konsulenten)")
# A task given to someone named or by their role: "vi beder HR om at starte forfra", "Vi beder centerchefen om …".
_ASK_SOMEONE = re.compile(r"^(?:(?i:så)\s+)?(?:(?i:vi|jeg)\s+)?(?i:beder|bad)(?:\s+(?i:vi|jeg))?\s+(?P<subject>(?i:"
                          + BODIES + "|" + _ROLE.pattern + r")|"
                          + _NAMEISH + r")\s+(?:(?i:om)\s+)?(?:(?i:at)\s+)?(?P<what>.+)$")


def _commitment(clause: str, speaker: str, forum: str, people: Mapping[str, str],
                last_named: str | None, inside: bool = False) -> tuple[str | None, str, str | None] | None:
    """(who, what, when) of a commitment in ``clause``; ``inside``: the clause is not the
    sentence's first, so a capital letter at its start marks a name ("…, og Lejerbo orienterer …")."""
    clause = clause.strip()
    if not clause or _NEGATED.search(clause):
        return None
    if match := _WISH.match(clause) or _WISH_FIRST.search(clause):
        what, when = split_when(f"{match['what']} {match['verb']}{match['rest']}")
        return None, what, when
    if match := _SENT_ON.match(clause):
        what, when = split_when(match["what"])
        return None, what, when
    if (match := _COMES_FROM.match(clause)) and (re.fullmatch(BODIES, match["who"], re.IGNORECASE)
                                                 or _ORGANISATION.search(match["who"])):
        what, when = split_when(f"{match['what']}{match['rest']}")
        return match["who"], what, when
    if match := _ASK_SOMEONE.match(clause):
        what, when = split_when(match["what"])
        who = _who(match["subject"], speaker, forum, people, last_named)
        return (who, what, when) if who is not None else None
    if match := _WANT_ON_IT.match(clause) or _HEAR_MORE.match(clause):
        what, when = split_when(f"{match['what']}{match['rest']}")
        return None, what, when
    if match := _ASK_FOR.match(clause) or _WANT.match(clause) or _AND_WANT.match(clause) or _GETS.match(clause):
        said = match.groupdict()  # the wish, the verb-first wish or the forum's "beder om, at …"
        what, when = split_when(said.get("what") or said.get("inverted") or said.get("that") or "")
        if _MONEY.match(what) or re.fullmatch(r"(?:det|den|dem|de)", what.strip(" ."), re.IGNORECASE):
            return None  # "Vi beder om 100.000 kroner": the case's own request; "Så beder vi om det.": nothing named
        return None, what, when
    if noted := _NOTED_AND.match(clause):  # "Vi tager profilen til efterretning og vender tilbage til …"
        clause = f"{noted['subject']} {noted['then']}"
    if match := _INVERTED.match(clause):
        what, when = split_when(f"{match['verb']} tilbage til det{match['rest']}")
        return _who(match["subject"], speaker, forum, people, last_named), what, when
    if re.search(r"\bi høring\b|\btil efterretning\b|\bi udbud\b|\banbefaling\b"
                 r"|\b(?:sender|tager) (?:vi )?(?:\w+ ){0,2}(?:tilbage|retur)\b"
                 # the forum's own standing duty is part of the decision: "…, og vi følger op på målene hvert år"
                 r"|^(?:så\s+)?vi\s+\w+er\b[^.]*\bhver[t]? (?:år|kvartal|måned|uge)\b"
                 # the case sent to a hearing in MED before the decision: "Så sender vi ordningen til MED og …"
                 r"|\bsender (?:vi )?(?:\w+ ){0,2}til [\w-]*MED\b"
                 # … or to a council for its hearing first: "Ja, så sender vi den til ældrerådet først"
                 r"|\bsender (?:vi )?(?:den|det|dem|sagen) til \w+rådet først\b"
                 r"|^(?:så\s+)?vi melder os (?:ind|til)\b|\bskriver (?:vi|jeg) (?:i referatet|til referat)\b"
                 r"|\bskriver (?:vi )?under\b|\bskriver (?:jeg |vi )?(?:det |den |dem )?ned\b"  # a note
                 r"|^(?:så\s+)?(?:laver|gennemfører|starter) vi et forsøg\b"
                 # a change written into the text: "Så skriver vi i andet afsnit, at …" (the remark)
                 r"|^(?:så\s+)?(?:skriver vi|vi skriver)(?: i \w+ \w+)?,? at\b"
                 # the approved thing sent on, nothing more said: "…, og så sender vi bemærkningerne"
                 r"|^(?:så\s+)?sender vi (?:den|det|dem|\w+(?:en|et|ne|erne))$"
                 r"|^(?:så\s+)?(?:(?:det|den|dem) skriver vi|skriver vi|vi skriver) (?:\w+ ){0,5}?(?:ind|på listen)$"
                 r"|\bvidere til (?:byrådet|regionsrådet|kommunalbestyrelsen|økonomiudvalget|forretningsudvalget)\b"
                 # going on with what was proposed: "Regionsrådet går videre med processen som beskrevet"
                 r"|\bgår (?:\w+ )?videre med (?:processen|udbuddet|indstillingen|forslaget|sagen|planen)\b",
                 clause, re.IGNORECASE):
        return None  # the decision itself, not a task
    # The first reading that names who: "Det tager vi med i …" is no task of someone called "Det".
    found = ((m, who) for pattern in (_SUBJECT, _V2, _COORDINATED) if (m := pattern.match(clause))
             and (who := _who(m["subject"], speaker, forum, people, last_named, inside)) is not None)
    match, who = next(found, (None, None))
    if match is None or who is None or re.match(r"\s*,\s*(?:hvor|hvordan|hvad|hvem|om)\b", match["rest"]):
        return None
    verb = match.groupdict().get("infinitive") or match["verb"]
    if who == forum and verb.casefold().startswith("skriv") and not _WRITES_ELSEWHERE.match(match["rest"]):
        return None  # the meeting writing its own text is the change it approves (the remark), not a task
    obj = match.groupdict().get("object")
    # "…, som vi i øvrigt godkender" is the decision said along, not part of the task
    rest = re.sub(r",\s*(?:som|der)\s+(?:vi\s+)?(?:i øvrigt\s+)?(?:godkend|vedtag)\w*.*$", "", match["rest"])
    if obj and obj.casefold() in ("den", "det", "dem") and re.search(r"\b(?:videre med|på|om)$", rest.strip()):
        # "Dem arbejder CBA videre med": "arbejder videre med dem" (but "Det tager jeg med": "tager det med")
        what, when = split_when(f"{verb}{rest} {obj.lower()}")
    else:
        what, when = split_when(verb + (f" {obj.lower()}" if obj else "") + rest)
    return who, what, when


# National bodies outside the organisation: "Sundhedsstyrelsen sender den endelige plan i oktober" is news.
_EXTERNAL = re.compile(r"\w*(?:styrelsen|ministeriet)|staten|regeringen|folketinget|kl|danmarks statistik")
# An orientation noted and a promise after it: the promise is the task.
_NOTED_AND = re.compile(r"^(?:(?:så|ja|godt)\s*,?\s+)?(?P<subject>vi|jeg|udvalget|direktionen)\s+(?:\w+\s+){1,5}?"
                        r"til efterretning\s+og\s+(?P<then>.+)$", re.IGNORECASE)
# Writing to someone or into another document is work for later: "Vi skriver til ministeriet",
# "Det skriver vi i høringssvaret".
_WRITES_ELSEWHERE = re.compile(r"\s*(?:\w+\s+){0,3}?(?:til\b|i\s+\w*(?:svar|brev|notat)\w*)", re.IGNORECASE)


# A definite noun that names a body ("Lægeforeningen", "Ejendomsafdelingen"), not the case
# itself ("Sagen kommer tilbage", "Udmøntningen samler behandlingen").
_ORGANISATION = re.compile(r"(?:forening|udvalg|råd|afdeling|cent(?:e)?r|sekretariat|forvaltning|enhed|team|gruppe"
                           r"|stab|ledelse|kontor|direktion|region|kommune|styrelse|ministerie|selskab|leverandør"
                           r"|revision|bestyrelse)(?:en|et|n|t)$")


def _who(subject: str, speaker: str, forum: str, people: Mapping[str, str], last_named: str | None,
         named: bool = False) -> str | None:
    """Who ``subject`` is; ``named``: a capitalised subject is a name even when nobody on the
    agenda has it (an organisation: "Lejerbo", "Sundhedsstyrelsen")."""
    key = subject.casefold()
    if key == "jeg":
        return speaker
    if key == "vi":
        return forum
    if key in ("han", "hun"):
        return last_named
    if " og " in key:  # "Per og jeg"; "IT og Digitalisering" is one body
        parts = [_who(part, speaker, forum, people, last_named) for part in subject.split(" og ")]
        if all(p in (speaker, *people.values()) for p in parts):
            return " og ".join(p for p in parts if p)
        return subject if subject.split(" og ")[0].isupper() else None
    if key in people:
        return people[key]
    if _EXTERNAL.fullmatch(key):
        return None  # what a national body will do is news, not the meeting's follow-up
    if re.fullmatch(BODIES, key) or subject.isupper() or _ORGANISATION.search(key) or _ROLE.fullmatch(key):
        return subject if subject.isupper() else subject[0].upper() + subject[1:]
    if named and " " not in subject and subject[:1].isupper() and subject[1:].islower():
        return subject
    return None


def _unique(found: list[FollowUp]) -> list[FollowUp]:
    """Each commitment once: the same words by the same one, and a thing asked for by nobody named that someone
    then takes on ("Kan vi få en redegørelse på næste møde?" "Ja." … "Administrationen kommer med en redegørelse.")
    as the one who takes it on, with the asker's time if it has none."""
    seen: set[tuple[str | None, str]] = set()
    out: list[FollowUp] = []
    for item in found:
        key = (item.who, item.what.casefold())
        if key not in seen:
            seen.add(key)
            out.append(item)
    taken = [(asked, doer) for asked in out if asked.who is None for doer in out
             if doer.who is not None and asked.what.casefold() in doer.what.casefold()]
    for asked, doer in taken:
        if asked in out and doer in out:
            out[out.index(doer)] = doer if doer.when or not asked.when else replace(doer, when=asked.when)
            out.remove(asked)
    return out
