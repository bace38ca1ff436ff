"""What an item proposes, read from its Indstilling (or title): the kind it asks for, its own act
said as done ("at grunden sælges" → "Så sælger vi grunden"), and its opposite ("holdes lukket" →
"Den holdes åben"). Pure; docs/minutes.md lists the forms.
"""

from __future__ import annotations

import re

from referat.minutes.sentences import normalize
from referat.minutes.stems import indefinite
from referat.types import AgendaItem

# What the Indstilling asks for, strongest first. One that asks for none of these proposes
# something to do ("at kommunen deltager i netværket"): agreeing to it approves it.
# An Indstilling that refuses in its own verb: "at forslaget afvises", "at der meddeles afslag på ansøgningen".
REFUSED_IN_ITS_VERB = r"(?:afvises|afslås|meddeles afslag)"
INDSTILLING_KINDS = (
    ("noted", re.compile(r"til efterretning|til orientering")),
    # (also not joining or doing: "at kommunen ikke deltager i partnerskabet")
    ("rejected", re.compile(r"\bikke (?:imødekommes|godkendes|bevilges|gives|ydes|deltager|indgår|tilslutter"
                            r"|etableres|indføres|igangsættes|sælges|støttes)\b|\b" + REFUSED_IN_ITS_VERB + r"\b")),
    # "at udvalget anbefaler regionsrådet at godkende …", "at Økonomiudvalget over for Byrådet anbefaler, at …"
    # (the forum's verb inside the clause); not "Udvalget X anbefaler, at …": its author
    # (also a long name: "at Social- og Sundhedsudvalget over for Økonomiudvalget og Byrådet anbefaler, at …")
    ("recommended", re.compile(r"\banbefaler\b(?!,? at\b)|\bat (?:[\w-]+ ){1,9}anbefaler\b")),
    # a choice left to the forum: "at Direktionen beslutter, om …", "at udvalget tager stilling til, om …"
    ("decided", re.compile(r"\budpeger\b|\bvælger\b|\bbeslutter,? (?:\w+(?:et|en)|hvilke|hvem|hvilken|hvor|om)\b"
                           r"|\btager stilling til,? om\b")),
    ("approved", re.compile(r"godkend|vedtag|tiltræd|bevilg|imødekomm|i høring|fordeles|gives|sælges|indføres|genåbnes"
                     r"|fastsættes|revurderes|udmøntes|beslutter")),
    ("recommended", re.compile(r"anbefal(?!er,? at\b)")),
    ("discussed", re.compile(r"drøft")),
)

# An item with no Indstilling asks for what its title says: "Meddelelser" are taken to
# efterretning, "Eventuelt" is talked about, "Godkendelse af dagsorden" is approved.
TITLE_KINDS = (
    ("noted", re.compile(r"^(?:orientering\w*|meddelelse\w*|information\w*|oplæg|status|nyt fra|redegørelse"
                         r"|siden sidst)\b")),
    ("discussed", re.compile(r"^(?:drøftelse|temadrøftelse|tema|eventuelt|evt)\b")),
    ("approved", re.compile(r"^(?:godkendelse|beslutninger? om dagsorden\w*)\b")),
)

# The Indstilling's own verb said as done: "at grunden sælges" → "Så sælger vi grunden",
# "at der gives en bevilling" → "Bevillingen er givet". Verbs too common to say which act is
# meant are left out (the families know "godkend-" and the rest already).
_COMMON_VERBS = {"tag", "gør", "hav", "bliv", "drøft", "godkend", "vedtag", "tiltræd", "anbefal"}
_PARTICIPLES = {"sælg": "solg", "vælg": "valg"}  # the irregular ones, less their "t"; "-sætt" → "-sa(t)" below


# Words of an Indstilling that say nothing of what it proposes.
_FRAME = {"indstiller", "indstilles", "godkender", "godkendes", "direktionen", "udvalget", "administrationen",
          "forvaltningen", "koncerndirektionen", "kommunaldirektøren", "borgmesteren", "følgende", "samt"}


def restates(indstilling: str, norm: str) -> bool:
    """The sentence says what one "at …" of the Indstilling proposes, in most of its own words:
    "Så er regionen med i det fælles indkøb" for "at regionen indgår i det fælles indkøb"."""
    said = set(re.findall(r"\w{4,}", norm))
    for clause in re.split(r"\bat\b|\n", indstilling.casefold())[1:]:
        proposed = set(re.findall(r"\w{4,}", clause)) - _FRAME
        if len(proposed) >= 2 and len(proposed & said) >= max(2, 0.6 * len(proposed)):
            return True
    return False


# A negation after the Indstilling's verb: "Så sælger vi ikke skolen", "… aldrig …", "… hverken …".
_NEG = r"(?:ikke|aldrig|ingen|intet|ingenting|hverken)"


def echo_pattern(indstilling: str) -> re.Pattern[str] | None:
    """A pattern for a sentence that does what the Indstilling proposes, from its passive verbs."""
    stems = set()
    # A passive verb follows its subject ("at grunden sælges", "at der gives"), not an article
    # ("det fælles indkøb": an adjective; "den videre proces", "en succes": nouns).
    for stem in re.findall(r"\b(?!(?:det|den|de|et|en)\b)\w+\s+(\w{2,})es\b", indstilling.casefold()):
        if stem in _COMMON_VERBS or stem.startswith(("indstill", "skriv")) or stem in ("fæll", "proc", "succ"):
            continue
        stems.add(stem)
    stems.update(re.findall(r"\b(?:holdes|forbliver) (\w{3,}?)(?:et|t)\b", indstilling.casefold()))
    stems.update(s for s in re.findall(r"\bat (?:kommunen|regionen|udvalget|direktionen) (?:ikke )?(\w{3,})er\b",
                                       indstilling.casefold()) if s not in _COMMON_VERBS)
    for stem in re.findall(r"\b(?:beslutter|vælger|godkender) at (\w{3,})e\b", indstilling.casefold()):
        if stem not in _COMMON_VERBS:
            stems.add(stem)
    for stem in list(stems):
        if stem.startswith("gen") and len(stem) > 5:
            stems.add(stem[3:])  # "genåbnes" → "Vi åbner caféerne"
    if not stems:
        return None
    verbs = "|".join(sorted(re.escape(s) for s in stems))
    participles = "|".join(sorted(re.escape(_PARTICIPLES.get(s, re.sub(r"sætt$", "sa", s))) for s in stems))
    # "ikke" right after the verb, or before the participle of "bliver" ("bliver puljen ikke øget"),
    # refuses it (not after "men": "Så sælger vi grunden men ikke under vurderingsprisen" limits it); "Prisen er
    # ikke hævet i fem år" tells how things stand and is no decision.
    return re.compile(
        rf"\b(?:(?:{verbs})er (?:vi|udvalget|direktionen)\b(?P<negated>(?: (?!men\b)\w+){{0,2}} {_NEG}\b)?"
        rf"|vi (?:(?!ikke\b)\w+ )?(?:{verbs})er\b(?P<negated_after>(?: (?!men\b)\w+){{0,2}} {_NEG}\b)?"
        # the order of a clause after "at": "Konklusionen er, at vi ikke deltager"
        rf"|vi (?P<negated_clause>{_NEG} )(?:\w+ )?(?:{verbs})er\b"
        # the thing as the subject: "Så genåbner caféerne 1. juli" on "at caféerne genåbnes 15. juni"
        rf"|^(?:\w+,? )?så (?:{verbs})er (?!(?:vi|udvalget|direktionen)\b)\w{{3,}}(?:en|et|ne|erne)\b"
        rf"(?P<negated_thing>(?: (?!men\b)\w+){{0,2}} {_NEG}\b)?"
        # … or first, as the item's last words: "Svømmehallen lukker i uge 29 og 30"
        rf"|^(?P<thing_first>(?!(?:vi|det|den|der|dem|de)\b)\w{{3,}}(?:en|et|ne|erne)) (?:{verbs})er\b"
        rf"(?P<negated_first>(?: (?!men\b)\w+){{0,2}} {_NEG}\b)?"
        rf"|(?:er|blev|bliver) (?:(?!ikke\b)\w+ )?(?:hermed |så |nu )?(?:{participles})\w*t\b"
        rf"|(?:bliver|blev) (?:(?!ikke\b)\w+ )?(?P<negated_passive>ikke )(?:{participles})\w*t\b"
        # (the "ikke" before it in a clause: "Beslutningen er, at grunden ikke sælges.")
        rf"|(?P<negated_clause_passive>{_NEG}) (?:{verbs})es\b"
        rf"|(?P<present>(?:{verbs})es\b)(?P<negated_present> ikke\b)?"
        # a modal before the passive: "Skolen skal ikke sælges"
        rf"|\b(?:skal|må|kan|vil|bør) (?:\w+ )?(?P<negated_modal>{_NEG} )(?:\w+ )?(?:{verbs})es\b"
        # "igangsættes" said in two words: "Konklusionen er, at piloten sættes i gang i to centre."
        + (r"|\bsætte[rs]? (?:(?!ikke\b)\w+ ){0,3}?(?P<negated_split>ikke )?i gang\b"
           if any(s.startswith("igangsæt") for s in stems) else "")
        + ")")


# "Den holdes åben" on "at svømmehallen holdes lukket": the Indstilling's verb with the opposite.
_OPPOSITE_WORDS = {"lukket": "åben|åbent", "åben": "lukket", "åbent": "lukket", "op": "ned", "ned": "op",
                   "mere": "mindre", "mindre": "mere", "flere": "færre", "færre": "flere", "genåbnes": "lukket|lukkede",
                   "åbnes": "lukket|lukkede",
                   # "Så beholder vi prisen på 40 kroner" on "at billetprisen hæves til 45 kr."
                   # "Prisen forbliver på 40 kroner"
                   # "Vi holder prisen på 40 kroner"
                   "hæves": "beholder|forbliver|fastholder|fastholdes|holdes|holder",
                   "øges": "beholder|forbliver|fastholder|fastholdes|holdes|holder",
                   "sænkes": "beholder|forbliver|fastholder",
                   # "Så opgraderer vi det gamle i stedet" on "at der indkøbes et nyt system"
                   "nyt": "gamle", "ny": "gamle", "nye": "gamle",
                   # "Så fortsætter vi med egen rengøring" on "at rengøringen sendes i udbud"
                   "udbud": "egen",
                   # "Så beholder vi aktierne" on "at kommunens aktier sælges"
                   "sælges": "beholder", "salget": "beholder",
                   # "Så bevarer vi Trekroner Bibliotek" on "at Trekroner Bibliotek nedlægges"; "Så fortsætter
                   # styregruppen et år mere" on "at styregruppen nedlægges"
                   # ("Rold Skole forbliver åben" on "at Rold Skole lukkes")
                   "nedlægges": "bevarer|fortsætter|beholder", "lukkes": "bevarer|fortsætter|beholder|forbliver",
                   # "Så fortsætter tidsregistreringen" on "at tidsregistrering for chefer ophører"
                   "ophører": "fortsætter|bevarer|beholder",
                   # "Så bliver den frivillig" on "at frokostordningen gøres obligatorisk"
                   "obligatorisk": "frivillig", "frivillig": "obligatorisk"}


# Keeping what there is: "Så bliver vi på den, vi har", "Så holder vi fast i den ordning, vi har", "Vi beholder vores
# egen løsning", "Så kører afdelingerne videre med deres egne forløb".
# (also chosen or agreed to: "Udvalget valgte at fastholde den nuværende ordning.")
_KEEP_OURS = re.compile(r"\b(?:bliver|blive|beholder?|bevarer?|fastholder?|fortsætter|holder (?:vi )?(?:fast|os til)"
                        r"|kører (?:\w+ )?videre)\b"
                        r"[^.?!]*?"
                        r"(?:\b(?:den|det|dem|de)(?: \w+)?,? (?:som )?vi (?:allerede )?har\b"
                        r"|\b(?:vores|deres|sine|sin|sit) (?:egen|eget|egne)\b"
                        r"|\b(?:den|det|de) (?:nuværende|eksisterende)\b)"
                        # "Vi bliver ved med at gøre det selv.", "Vi beholder rengøringen selv."
                        r"|\b(?:bliver (?:vi )?ved med|fortsætter (?:vi )?med) at (?:gøre|klare) det selv\b"
                        r"|\bbeholder (?:vi )?\w+(?:en|et|ne|erne) selv\b|\bklarer (?:vi )?det selv\b")
# Holding on to how things are, against any change proposed: "Vi holder fast i de normale åbningstider".
# (also the thing itself kept, said last: "Huslejen fastholdes.", "Puljen fastholdes på det nuværende niveau.")
_AS_USUAL = re.compile(r"\b(?:holder (?:vi )?fast i |fastholder (?:vi )?)(?:de|den|det) (?:normale|sædvanlige|hidtidige"
                       r"|nuværende|eksisterende)\b|^\w+(?:en|et|ne|erne) fastholdes\b"
                       # "Så fastholder vi tilskuddet på sidste års niveau."
                       r"|\bfastholder (?:vi )?\w+(?:en|et|ne|erne) på (?:sidste års|samme|det nuværende) niveau\b")
# … in the passive, the Indstilling's own thing: "Taksterne holdes på sidste års niveau." (not one of them:
# "Svømmetaksten holdes på sidste års niveau. Resten vedtages." is a change)
_HELD_LEVEL = re.compile(r"^(?P<thing>\w+(?:en|et|ne|erne)) (?:fast)?holdes (?:uændret|på (?:sidste års|samme"
                         r"|det nuværende) niveau)(?=[.!]?$)")
# Going on as now: "Så fortsætter vi som nu.", "Vi holder møder om fredagen som hidtil.", "Centrene må finde deres
# vikarer selv, som de plejer."
_AS_NOW = re.compile(r"\bfortsætter (?:vi )?som (?:nu|hidtil|i dag|før)\b|\bsom hidtil\b"
                     # (also still free: "Så parkerer folk stadig gratis ved stranden.")
                     r"|\bselv,? som (?:vi|de) plejer\b|\b(?:stadig|fortsat) (?:gratis|som (?:nu|før|i dag))\b")
# A thing going on as now, by its name: "Store lederdag fortsætter som hidtil."
_NOT_A_THING = r"(?!(?:vi|det|den|de|sagen|punktet|alt|resten|så|og)\b)"
_THING_GOES_ON = re.compile(r"^(?:og )?(?:så )?(?:" + _NOT_A_THING + r"[\w-]+ )?" + _NOT_A_THING
                            + r"(?P<thing>[\w-]{4,}) (?:fortsætter|kører|holdes|bliver)\b")


def another_goes_on(norm: str, indstilling: str) -> bool:
    """A thing the Indstilling does not name goes on as now: "Store lederdag fortsætter som hidtil." beside an
    approval keeps another thing, no refusal of the proposal."""
    proposal = indstilling.casefold()
    named = _THING_GOES_ON.match(norm)
    if named is None or not _AS_NOW.search(norm):
        return False
    stem = indefinite(named["thing"])
    return not any(word.startswith(stem) for word in re.findall(r"\w+", proposal))


# Going on with the old one, which names the proposal as new: "Vi kører videre med den gamle ordning.", "Vi bliver
# ved det gamle system."
_THE_OLD_ONE = re.compile(r"\b(?:fortsætter|kører|bliver|beholder)(?: vi)?(?: videre)?(?: med| ved)? "
                          r"(?:den|det|de) gamle\b")
# An amount the thing stays at, against an Indstilling that changes it: "Så bliver prisen på 40 kroner" on "at
# billetprisen hæves til 45 kr." (another amount without "på" is a change: "Så bliver prisen 42 kroner")
_STAYS_AT = re.compile(r"\b(?:bliver|forbliver) (?:\w+ )?på (?P<amount>\d+)(?: kroner| kr\.?)?"
                       r"(?: i år| indtil videre| foreløbig)?(?:[.!]?$|,? og\b)")
# The thing the Indstilling closes kept, in the passive: "Biblioteket bevares." on "at Trekroner Bibliotek nedlægges"
# (not another thing kept beside the approval: "Godkendt. Bogbussen bevares dog.")
_KEPT = re.compile(r"^(?:så )?(?P<thing>[\w-]{4,}) (?:bevares|beholdes)\b")
_CLOSED = re.compile(r"\b(?:nedlægges|lukkes)\b")
_RAISED = re.compile(r"\b(?:hæves|øges|sænkes|forhøjes|nedsættes|reduceres)\b")
# … against an Indstilling for something new: "at kommunen tilslutter sig den fælles rekrutteringsportal".
_NEW = re.compile(r"\b(?:ny|nyt|nye|fælles|tilslutte[rs]?|indføres|indkøbes|udskiftes|skift\w*|overgang|udbud)\b")


# Something else in place of the proposal, or the proposal done without: "… i stedet for enheden.", "Så bliver det
# uden retningslinjer for hjemmearbejde." (the thing proposed last; not a part: "… to nattevagter i stedet for én")
_INSTEAD_OF = re.compile(r"\b(?:i stedet for|bliver det uden|klarer vi os uden) (?:den |det |de )?(?P<thing>[\w-]{4,})"
                         r"(?: (?:for|om|til) [\w-]+)?[.!]?$")


# The money spent on something else instead, said last.
_MONEY_ELSEWHERE = re.compile(r"\b(?:bruger|giver|lægger|sætter|flytter) (?:vi )?(?:pengene|midlerne|beløbet) "
                              r"(?:på|til) (?:\w+ )?(?P<other>[\w-]{4,})(?: \w+){0,3} i stedet[.!]?$")


def _proposed_thing(thing: str, proposal: str) -> bool:
    """``thing`` names what the Indstilling proposes: a word of it by its stem, or the last part of its compound
    ("enheden" of "demensenhed")."""
    stem = re.sub(r"(?:erne|ene|en|et|ne|er)$", "", thing)
    return len(stem) >= 4 and any(w.startswith(stem[:5]) or w.endswith(stem) for w in re.findall(r"\w+", proposal))


def opposite(norm: str, indstilling: str) -> bool:
    """The Indstilling's word said with its opposite: "Den holdes åben" on "holdes lukket"; keeping what
    there is ("Så bliver vi på den, vi har") on something new."""
    proposal = indstilling.casefold()
    # (what we have kept, against any Indstilling that does not itself keep it: "Vi holder os til det, vi har.")
    if _KEEP_OURS.search(norm) and not re.search(r"nuværende|eksisterende|uændret|fortsætter", proposal):
        return True
    if _AS_NOW.search(norm) and _NEW.search(proposal):
        return True
    if _THE_OLD_ONE.search(norm):  # "Så fortsætter vi med den gamle standard.": the proposal is the new one
        return True
    stays = _STAYS_AT.search(norm)
    if stays and _RAISED.search(proposal) and stays["amount"] not in re.findall(r"\d+", proposal):
        return True  # "Prisen bliver på 40 kroner" on "at billetprisen hæves til 45 kr.": where it is
    if _AS_USUAL.search(norm) and not re.search(r"nuværende|eksisterende|uændret|fortsætter", proposal):
        return True
    held = _HELD_LEVEL.search(norm)
    if held and re.search(r"\b" + indefinite(held["thing"])[:5], proposal):
        return True
    elsewhere = _MONEY_ELSEWHERE.search(norm)
    if elsewhere and not _proposed_thing(elsewhere["other"], proposal):
        return True  # "Så bruger vi pengene på legepladser i stedet." on "at der etableres en hundeskov"
    instead = _INSTEAD_OF.search(norm)
    if instead and _proposed_thing(instead["thing"], proposal) and not re.search(r"^\s*\d+\.", proposal, re.M):
        # (not one of numbered points: "Så bliver det uden frivilligkoordinering." leaves one point out)
        return True  # "Så prioriterer vi hjemmeplejen i stedet for enheden." on "at der etableres en demensenhed"
    kept = _KEPT.search(norm)
    if kept and _CLOSED.search(proposal) and any(w.startswith(kept["thing"][:5]) for w in re.findall(r"\w+", proposal)):
        return True
    said, proposed = set(re.findall(r"\w+", norm)), set(re.findall(r"\w+", proposal))
    # (not when the act itself is said too: "Så nedlægger vi aftenafgangene og beholder morgenafgangene")
    return any(said & set(_OPPOSITE_WORDS[w].split("|")) and not any(x.startswith(w[:max(3, len(w) - 2)]) for x in said)
               for w in proposed & _OPPOSITE_WORDS.keys())


def indstilling_kinds(item: AgendaItem) -> tuple[str, ...]:
    """What the Indstilling asks for, strongest first ("godkendes" → approved); without
    an Indstilling, what the title asks for ("Meddelelser" → noted)."""
    section = item.section("Indstilling")
    if section is None or not section.text.strip():
        title = normalize(item.title)
        return tuple(kind for kind, pattern in TITLE_KINDS if pattern.search(title))
    text = normalize(section.text)
    return tuple(kind for kind, pattern in INDSTILLING_KINDS if pattern.search(text)) or ("approved",)


def asks_approval(item: AgendaItem) -> bool:
    """The Indstilling asks for approval in so many words ("godkendes", "vedtages", "tiltrædes")."""
    section = item.section("Indstilling")
    return section is not None and re.search(r"godkend|vedtag|tiltræd", normalize(section.text)) is not None
