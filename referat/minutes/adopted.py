"""A member's demand taken up by the approver without a remark word: the approver's own sentence just before the
approval makes the change ("Der mangler en deadline." "Gruppen afleverer inden sommerferien. Så er kommissoriet
godkendt."), a yes to the demand opens the approval ("Ja, og så er ordningen godkendt."), or the approval's first
clause does what was asked ("Så gælder det alle, og vi indfører det."). The last reading of the remark rules
(remarks.py); it quotes the demand as said. Pure."""

from __future__ import annotations

import re

from referat.minutes.answers import PUT_TO_ROOM, ROOM_YES, what_proposed
from referat.minutes.postponements import MONTH
from referat.minutes.quotes import Remark, quoted
from referat.minutes.requests import DEMAND
from referat.minutes.sentences import Sentence, normalize, plainly

# What a member says to change the thing: "… skal …", "… bør …", "Der mangler …", "Kan vi ikke …?", "Der står
# intet om mangfoldighed."
# (not a reminder or praise: "Vi skal huske at følge op på svaret.", "Jeg vil gerne rose personalet.")
_DEMAND = re.compile(r"\b(?:skal(?! huske\b)|bør|burde|skulle|behøver (?:\w+ )?ikke|mangler|savner|i stedet"
                     r"|vil (?:\w+ )?gerne(?! (?:rose|takke|sige tak|kvittere|anerkende)\b)"
                     r"|vil have|foreslår|må gerne|ville være (?:godt|rart|en god idé|fint)"
                     r"|må ikke|(?:står|er) (?:der )?(?:intet|ikke noget) om|er ikke nævnt"
                     # a proposal as a possibility ("Vi kunne tage vinduespudsning med"), a thing found too much
                     # or too little ("Musikfestivalen fik for lidt.")
                     r"|vi (?:kan|kunne) (?!ikke\b)\w+|for (?:lidt|meget|høj|lav|vag|dyr|lang|kort|mange|få))\b",
                     re.IGNORECASE)
_PROPOSED_AS_QUESTION = re.compile(r"(?:kan|kunne) vi\b|(?:må|kan) jeg (?:\w+ )?foreslå\b", re.IGNORECASE)
# A gap pointed out as a question: "Hvad med de deltidsansatte?", "Hvad så med pensionisterne?"
_WHAT_ABOUT = re.compile(r"^(?:men,?\s+)?hvad,? (?:så,? )?med\b", re.IGNORECASE)  # (read plainly: "Hvad, øh, med …")
# A topic's praise before the approver's answer to it: "God pointe, den skriver vi ind."
_GOOD_POINT_FIRST = re.compile(r"^(?:(?:ja|jo),?\s+)?(?:(?:det er )?(?:en )?(?:god|fin) (?:idé|pointe)|godt set),?\s+",
                               re.IGNORECASE)
# … or by its name alone: "Mangfoldighed?"
_BARE_TOPIC = re.compile(r"^(?:og |men )?[\w-]{4,}(?: [\w-]+){0,2}\?$", re.IGNORECASE)
# A change asked for as a question: "Kan vi ikke skrive mangfoldighed ind?", "Kunne vi tage seniorerne med?"
_CHANGE_ASKED = re.compile(r"\b(?:skrive (?:\w+ ){0,3}ind|tilføje|tage (?:\w+ ){0,3}med|få (?:\w+ ){0,3}med|rette"
                           r"|ændre|flytte|sætte (?:\w+ ){0,3}ind)\b", re.IGNORECASE)
# … answered with what they will get: "De får én dag.", "Den skal være obligatorisk.", "Dem tager vi hensyn til."
# (also in the passive or as what comes along: "Der bruges tolk.", "Der følger 20 pladser med.")
_PROVIDES = re.compile(r"\b(?:får|skal|tager vi|bliver)\b|^der (?:\w+es|følger|kommer)\b", re.IGNORECASE)
# Asked for later or for the record, which is no change to the thing: a status, a point next time, a note.
_NOT_A_CHANGE = re.compile(r"\b(?:referat|status|punkt om|næste gang|orienter\w*)\b", re.IGNORECASE)
# A problem with the thing: "Ventetiden i telefonen er lang.", "Familierne rammes hårdt.", "Der er kø.", "Aftalen
# binder os i fem år."
_PROBLEM = re.compile(r"\b(?:ikke|intet|ingen|mangler|klager|svær\w*|lang\w*|problem\w*|kø|uklar\w*|rammes|dårlig\w*"
                      r"|dyrt|urealistisk\w*|umulig\w*"
                      r"|binder|bange|frygte\w*|nervøse|døde|sen|sent|rammer|bekymre\w*|alene|utilfreds\w*"
                      r"|forsinke\w*|for (?:lidt|meget|få|mange|lang|lange|kort|sent|tidligt|høj|højt|lav|lavt|dyr"
                      r"|vag|tyk|tung"
                      r"|stor|lille|stram\w*|komplicere\w*|bureaukratisk\w*|generel\w*|snæver|upræcis\w*))\b",
                      re.IGNORECASE)
# A question about the case, not a proposal: "Hvor skal den holdes?", "Er det lige så godt?"
_ASKS_ABOUT = re.compile(r"^(?:hvor|hvad|hvem|hvornår|hvordan|hvorfor|hvilke?n?|er|har|giver)\b", re.IGNORECASE)

# The approver's words that do not make the change: a no, "already", "always", later or elsewhere ("… i budgettet",
# "til efteråret", "Den kommer i version to."), only noted or looked into, a vote, a reason, the thing as proposed,
# agreement or understanding, an opinion or wish of the approver's own, "Det må høringen vise.", taken into another
# document ("Det tager vi med i handlingsplanen."), or a state ("Det er der taget højde for."; but "Det er et krav."
# makes it).
_NO_CHANGE = re.compile(
    # ("allerede" as already, not as early as: "MED kommer ind allerede i marts.")
    r"\b(?:ikke|nej|ingen|hverken|aldrig|allerede(?! (?:i|fra) " + MONTH + r")|altid|senere|næste|efteråret|foråret"
    r"|(?:på )?et andet tidspunkt|en anden gang"
    r"|budget\w*|opfølgning\w*"
    r"|noter\w*|referat\w*|status|kigger|ser på|finder (?:vi )?ud|undersøg\w*|vender tilbage|sørger|husker"
    r"|får vi|kommer (?:med|tilbage) (?:en|et|til)|sætter (?:vi )?(?:det|den) på"
    r"|stemm\w*|afstemning|imod|flertal\w*|faldet|bortfald\w*|fordi|men|nødvendig\w*|mangler|klar|du|hører|forstår"
    r"|som foreslået|som indstillet|holder (?:os|vi) til|holder (?:vi )?fast|lytter|er vi i gang|på plads|styr på|højde"
    r"|aftalt|fint|undtagen|alle for|sag om"
    # the thing kept as it is: "Så beholder vi datoen.", "Så lader vi den være."
    r"|beholder|bevarer|bliver,? hvor (?:den|det|de) er|lader (?:vi )?(?:den|det|dem) (?:være|stå)"
    # as the case already has it: "…, det står i sagen.", "…, det er et lovkrav."
    r"|står i (?:sagen|indstillingen|planen|aftalen)|lovkrav|loven"
    r"|tak|spørgsmål|hvad|hvordan"
    # an approval or refusal of its own ("Retningslinjerne er godkendt. Forslaget om rabat afviser vi.")
    r"|godkend\w*|vedtag\w*|afvis\w*|dropper)\b"
    r"|\bmå (?:\w+ )?(?:selv )?(?:vise|bestemme|afgøre)\b|^(?:jeg er )?enig\b|\bdet (?:synes|mener|tror) jeg\b"
    r"|^jeg (?:synes|mener|tror|vil gerne)\b|\bmå vi se\b|\bdet hele\b|\bkommer i\b"
    # taken into another document or process, a follow-up: "Det tager vi med i handlingsplanen."
    r"|\b(?:det|den|dem) tager vi med i\b|\btager (?:vi )?(?:det|den|dem) med i\b"
    r"|^det (?:kan|vil) vi (?:godt|gerne|sagtens)[.!]?$"
    r"|^(?:det|den|de|der) (?:er|var)\b(?! (?:et krav|en betingelse|et must|en forudsætning))",
    re.IGNORECASE)
# Someone by name given a task ("Marie laver en måling"): a follow-up, not the change (not "Stress kommer ind …").
_SOMEONES_TASK = re.compile(r"(?!(?:Vi|Der|Det|Den|De|Dem|Så)\b)[A-ZÆØÅ][a-zæøå]+ (?:laver|sender|ser|tager)\b"
                            r"|(?!(?:Vi|Der|Det|Den|De|Så)\b)[A-ZÆØÅ][a-zæøå]+ kommer (?!ind\b)"
                            # (the object first: "Den sender Lars rundt i dag.")
                            r"|\b(?:laver|sender|ser|tager) [A-ZÆØÅ][a-zæøå]+\b")
# A few words of assent only: "Godt tænkt.", "Helt enig.", "Fint, ja."
_ONLY_ASSENT = re.compile(r"^(?:(?:ja|jo|godt|fint|enig|okay|ok|fair|klart|selvfølgelig|absolut|rigtigt|præcis|helt"
                          r"|fuldstændig|meget|rigtig|tænkt|sagt|idé|pointe|en|god)\b[ ,.!]*){1,4}$", re.IGNORECASE)
# The approval sentence refusing something beside it: "Forslaget om rabat afviser vi."
_REFUSED = re.compile(r"\b(?:ikke|nej|afvis\w*|dropper|imod)\b", re.IGNORECASE)
# What the member who asked proposed, named by the approver: "…, som Kristine foreslog", "… det, Kristine sagde",
# "Vi følger Kristines forslag", "Kristines pointe" (not siding with someone: "Jeg er enig med Anders." may agree with
# the one who argued against the demand)
_BY_NAME = re.compile(r"\b(?:som|det,?) (?-i:[A-ZÆØÅ])\w+ (?:sagde|foreslog|nævnte)\b"
                      r"|\b(?-i:[A-ZÆØÅ])\w+s (?:forslag|pointe|idé|ønske)\b", re.IGNORECASE)
# "Ja, og så er ordningen godkendt.": the yes is to the demand just made.
_YES_AND = re.compile(r"(?:ja|jo),? og (?:så )?", re.IGNORECASE)
# "<the change>, og <the approval>": "Så gælder det alle, og vi indfører det."
_DONE_AND_APPROVED = re.compile(r"(?P<done>[^,]+?),? og (?:så )?(?:vi )?(?:\w+ ){0,3}(?:godkend\w*|vedtag\w*|bevilg\w*"
                                r"|indfør\w*|tiltræd\w*|gives|givet|sender (?:\w+ )?i (?:høring|udbud))\b",
                                re.IGNORECASE)
# "<the change>, inden <the act>": "Det tilføjer vi, inden den sendes i høring."
_DONE_BEFORE_ACT = re.compile(r"(?P<done>[^,]+?),? (?:inden|før) (?:den|det|de|\w+(?:en|et|ne|erne))"
                              r" (?:sendes|går|kommer) (?:i|til) (?:høring|udbud)\b", re.IGNORECASE)
# "<the approval>, og <the change>": "Så kører vi med det hele, og lederdagen bliver to halve dage."
_APPROVED_AND_DONE = re.compile(r"^[^,]+,? og (?:så )?(?P<done>(?:[\w-]+ ){1,3}(?:bliver|skal være|gøres|holdes|flyttes"
                                r"|ændres|rykkes)\b.*)$", re.IGNORECASE)
# The forum doing, beside the approval, what the demand asked in its own verb: "…, og vi tilbyder de små kommuner
# hjælp" after "… regionen skal tilbyde hjælp …"
_WE_DO_AS_ASKED = re.compile(r"^[^,]+,? og (?:så )?(?:vi|regionen|kommunen|udvalget) (?P<verb>\w{5,}er)\b",
                             re.IGNORECASE)
# The demand itself as the object of the approver's change: "Det tilføjer vi", "Den skriver vi ind".
# (also the forum first, with where it moves it: "Vi hæver det til 65 procent og sender den i høring."; not "Vi læser
# den igen og godkender strukturen.")
_IT_WE = re.compile(r"^(?:(?:ja|jo|godt|fint),? )?(?:(?:det|den|dem) \w+er vi"
                    r"|vi \w+er (?:det|den|dem) (?:til|op|ned|ind|ud))\b", re.IGNORECASE)
# Another speaker offering to make the change, and the approver taking it up: "Det kan vi skrive ind." "Så gør vi det,
# inden den sendes i høring."
_OFFERED = re.compile(r"\b(?:kan|vil) (?:vi|jeg) (?:godt )?(?:skrive (?:\w+ )?ind|tilføje|tage (?:\w+ )?med)\b",
                      re.IGNORECASE)
_WE_DO_IT = re.compile(r"^(?:(?:ja|godt|fint),? )?(?:så )?gør vi det$", re.IGNORECASE)
# An assent before the approver's own words: "Fint, det præciserer vi." is read as "det præciserer vi.", and "Det er
# en god idé, det gør vi." as "det gør vi."
_ASSENT_FIRST = re.compile(r"^(?:ja|jo|fint|godt|okay|enig|det er (?:en )?(?:god|fin|rigtig god) (?:idé|pointe|tanke)"
                           r"|godt forslag),?\s+(?=\w)", re.IGNORECASE)
# A demand that something should not be: "Vi skal ikke bruge penge på gaver.", "Det må ikke erstatte …"
_NOT_WANTED = re.compile(r"\b(?:skal|bør|må|behøver|skulle) (?:\w+ )?ikke\b", re.IGNORECASE)
# The thing asked for said back as fine: "Klokken 14 er fint."
_SAID_BACK_FINE = re.compile(r"^(?P<what>.+?) er (?:fint|fine|i orden)[.!]?$", re.IGNORECASE)


def taken_up(sentences: list[Sentence], approval: Sentence) -> Remark | None:
    """The member's demand that the approver takes up just before or in the approval, quoted; None when nothing
    was demanded or the approver's words do not make the change."""
    at = sentences.index(approval)
    if at < 1:
        return None
    demand = _demand_before(sentences, at)
    if demand is None:
        return None
    # (read without a leading "Jamen," or hesitation: "Jamen, det er den." as "det er den.")
    text, before = plainly(approval.text), sentences[at - 1]
    if _REFUSED.search(text):
        return None
    if _BY_NAME.search(text) or (before.speaker == approval.speaker and _BY_NAME.search(plainly(before.text))):
        return quoted(demand)  # "Godkendt, som Kristine foreslog.", "Vi tager Kristines pointe med. Godkendt."
    if _YES_AND.match(text) and before.speaker != approval.speaker and not demand.is_question:
        return quoted(demand)
    done = _DONE_AND_APPROVED.match(text) or _DONE_BEFORE_ACT.match(text)
    offered = before.speaker != approval.speaker and _OFFERED.search(before.text) is not None
    if (done and not _NO_CHANGE.search(done["done"])
            and (_shares_a_word(done["done"], demand.text) or _IT_WE.match(done["done"])
                 or (offered and _WE_DO_IT.match(done["done"])))  # "Det kan vi skrive ind." "Så gør vi det, inden …"
            and (before.speaker != approval.speaker or _ONLY_ASSENT.match(plainly(before.text)))):
        return quoted(demand)
    if ((after := _APPROVED_AND_DONE.match(text)) and not _NO_CHANGE.search(after["done"])
            and not _SOMEONES_TASK.search(after["done"]) and _shares_a_word(after["done"], demand.text)):
        return quoted(demand)
    if ((done := _WE_DO_AS_ASKED.match(text)) and demand.speaker != approval.speaker
            and done["verb"][:5].casefold() in demand.text.casefold()):
        return quoted(demand)  # "… regionen skal tilbyde hjælp …" "…, og vi tilbyder de små kommuner hjælp."
    if before.speaker != approval.speaker or before.is_question:
        return None
    own = _ASSENT_FIRST.sub("", plainly(before.text))
    if _NOT_WANTED.search(plainly(demand.text)):
        own = re.sub(r"^nej,?\s+(?=\w)", "", own, flags=re.IGNORECASE)  # "Nej, dem sparer vi.": a no that agrees
    if (said_back := _SAID_BACK_FINE.match(own)) and _shares_a_word(said_back["what"], demand.text, figures=True):
        return quoted(demand)
    if _ONLY_ASSENT.match(own) and demand.is_question and _CHANGE_ASKED.search(plainly(demand.text)):
        return quoted(demand)  # "Kan vi ikke skrive mangfoldighed ind?" "Jo." "Godkendt."
    if (len(own.split()) == 2 and not _ONLY_ASSENT.match(own) and not _NO_CHANGE.search(own)
            and _shares_a_word(own, demand.text)):
        return quoted(demand)  # "Vi bør følge op hvert kvartal." "Fint, kvartalsvis opfølgning. Så er … godkendt."
    if len(own.split()) < 3 or _ONLY_ASSENT.match(own) or _NO_CHANGE.search(own) or _SOMEONES_TASK.search(own):
        return None
    # "Hvad med …?" "De får én dag. …", "Mangfoldighed?" "God pointe, den skriver vi ind. …": the answer is the change
    if _WHAT_ABOUT.match(plainly(demand.text)) or _BARE_TOPIC.match(plainly(demand.text)):
        return Remark("med den bemærkning,", f"der blev svaret på »{demand.text.strip()}«: »{before.text.strip()}«",
                      before)
    return quoted(demand)


def _demand_before(sentences: list[Sentence], at: int) -> Sentence | None:
    """What another speaker demanded in the last two sentences before the approver's turn, past one reply to it
    ("Vi bør kræve straffeattest for alle." "Det gør vi allerede for de fleste." "Så skriver vi det ind for alle."), or
    the problem they pointed out just before it."""
    approver = sentences[at].speaker
    k = at - 1
    while k >= 0 and sentences[k].speaker == approver:
        k -= 1
    for said in reversed(sentences[max(0, k - 1):k + 1]):
        if said.speaker == approver:
            break  # (the approver's own opening before it: the problem just before still counts)
        text = plainly(said.text)  # (read without hesitation: "Kan, øh, vi ikke få …?")
        if (said.is_question and _WHAT_ABOUT.match(text) and said is sentences[at - 2]
                and not _NOT_A_CHANGE.search(text) and _PROVIDES.search(plainly(sentences[at - 1].text))):
            return said
        if (said.is_question and _BARE_TOPIC.match(text) and said is sentences[at - 2]
                and _IT_WE.match(_GOOD_POINT_FIRST.sub("", plainly(sentences[at - 1].text)))):
            return said  # "Mangfoldighed?" "God pointe, den skriver vi ind."
        if said.is_question and not _PROPOSED_AS_QUESTION.match(text):
            return None
        if (_DEMAND.search(text) or _PROPOSED_AS_QUESTION.match(text)) and not _ASKS_ABOUT.match(text):
            return None if _NOT_A_CHANGE.search(text) else said
    # a problem pointed out just before the approver's one sentence and the approval: "Der er kø ved middagstid."
    # "Vi åbner en kasse mere. Ordningen er godkendt."
    # (or before the approval that says the change first: "Målet er for lavt." "Vi hæver det til 65 procent og sender
    # den i høring.")
    problem = sentences[k] if k >= 0 and (k == at - 2 or (k == at - 1 and _DONE_AND_APPROVED.match(
        plainly(sentences[at].text)))) else None
    if (problem is not None and not problem.is_question and _PROBLEM.search(problem.text)
            and not _NOT_A_CHANGE.search(problem.text)):
        return problem
    return None


def _shares_a_word(done: str, demand: str, figures: bool = False) -> bool:
    """The change names what was demanded: a word of five letters or more in common, by its first five (or, with
    ``figures``, a figure: "Klokken 14 er fint." to "… til klokken 14")."""
    def stems(text: str) -> set[str]:
        words = re.findall(r"\w{5,}" + (r"|\d+" if figures else ""), text.casefold())
        return {w[:5] for w in words}
    return bool(stems(done) & stems(demand))


# … not a decision of its own, which gives the kind and no change: approve, refuse, put off, note, discuss.
_DECIDES = re.compile(r"\b(?:godkend\w*|vedta\w*|tiltræd\w*|anbefal\w*|afvis\w*|udsæt\w*|udskyd\w*|vent\w*|ikke|nej"
                      r"|efterretning|orientering|følger|drøft\w*|siger ja|som (?:foreslået|indstillet))\b",
                      re.IGNORECASE)
# The approver's own conditional question: "Kan vi godkende det, hvis alle nye ledere får en mentor?"
_IF_QUESTION = re.compile(r"\b(?:godkende|vedtage|sige ja til|støtte)\b[^.!?,]*,? hvis (?P<rest>[^.!?]{7,}?)\?$",
                          re.IGNORECASE)
# An approval that names nothing of its own: "Så gør vi det.", "Så er det godkendt."
_NAMES_NOTHING = re.compile(r"^(?:(?:godt|fint|ja|okay),? )?(?:så gør vi (?:det|det sådan|sådan)|det gør vi"
                            r"|(?:så )?(?:er )?(?:(?:det|den) (?:er )?)?(?:godkendt|vedtaget|besluttet|aftalt))[.!]?$",
                            re.IGNORECASE)


_THANKS = re.compile(r"(?:mange )?tak(?: for det)?[.!]?$", re.IGNORECASE)


def _room_yes(said: Sentence) -> bool:
    return _ONLY_ASSENT.match(plainly(said.text)) is not None or ROOM_YES.match(normalize(said.text)) is not None


def put_and_carried(sentences: list[Sentence], at: int) -> Remark | None:
    """The change carried by an approval that names nothing, past the room's yes and the approver's question to
    the room: a member's proposal ("Jeg foreslår, at garantien halveres til 100.000." "Kan vi det?" "Ja." "Så gør
    vi det.") or the approver's own condition ("Kan vi godkende det, hvis alle nye ledere får en mentor?" "Ja."
    "Så er det godkendt.")."""
    # (also the approver's question to the room itself, when only the room's yes follows it: "Jeg foreslår, at den
    # først træder i kraft 1. april." "Er der opbakning til det?" "Ja."; read from the question when the yes is taken)
    while at and not sentences[at].is_question and (sentences[at - 1].is_question or _room_yes(sentences[at - 1])) and (
            _THANKS.match(sentences[at].text.strip())  # (past thanks after the yes, the chair's own too)
            or (_room_yes(sentences[at]) and sentences[at - 1].speaker != sentences[at].speaker)):
        at -= 1
    approver = sentences[at].speaker
    answers = sentences[at + 1:]
    yes = (sentences[at].is_question and PUT_TO_ROOM.search(normalize(sentences[at].text)) is not None
           and bool(answers) and all((said.speaker != approver and _room_yes(said)) or _THANKS.match(said.text.strip())
                                     for said in answers)
           and any(_room_yes(said) for said in answers))
    if not yes and not _NAMES_NOTHING.match(plainly(sentences[at].text)):
        return None
    for said in reversed(sentences[max(0, at - 5):at]):
        text = plainly(said.text)
        if said.speaker != approver and _room_yes(said):
            yes = True
        elif said.speaker == approver and (condition := _IF_QUESTION.search(text)):
            return Remark("under forudsætning af,", f"at {condition['rest']}", said) if yes else None
        elif said.speaker == approver and said.is_question and PUT_TO_ROOM.search(normalize(said.text)):
            continue
        elif said.speaker == approver and yes and DEMAND.match(text) and not _DECIDES.search(text):
            return quoted(said)  # the approver's own demand put to the room: "Vikarerne skal med. Er vi enige om det?"
        else:
            # (the approver's own proposal too, once the room said yes: "Jeg foreslår, at vikarerne kommer med. Er vi
            # enige?" "Ja." "Godkendt.")
            proposal = what_proposed(normalize(said.text))
            return quoted(said) if ((said.speaker != approver or yes) and proposal is not None
                                    and not _DECIDES.search(proposal)) else None
    return None
