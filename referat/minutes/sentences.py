"""Sentences inside utterances, and Danish number words. Pure helpers.

Segmentation and decision drafting both reason about sentences ("Så går vi
videre til punkt fire.") rather than whole utterances, because one speaker
often closes an item and opens the next in a single breath.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from referat.minutes.commas import written_out
from referat.types import AgendaItem, Utterance, Word, join_words

_ABBREVIATIONS = {"pkt.", "nr.", "ca.", "kr.", "jf.", "mio.", "mia.", "bl.a.", "f.eks.", "dvs.", "evt.", "inkl.",
                  "ekskl.", "kl.", "ang.", "vedr.", "iht.", "stk.", "pr.", "mht.", "ift.", "vha.", "mv.", "osv.",
                  "m.fl."}  # "kl. 15", "stk. 2": the number follows; "to til fire pr. afdeling"
_SENTENCE_END = re.compile(r"[.!?…]['\")\]]*$")
# A statement ending in a tag that asks for a yes: "…, ikke?", "…, vel?" (not "Hvorfor ikke?", "Kan vi det, ikke?")
_TAG = r",\s*(?:ikke|vel|ik|ikke også|ikke sandt)\?\s*$"
_TAG_QUESTION = re.compile(r"^(?!(?:(?:men|og|ja|jamen|nå),? )?"
                           r"(?:kan|skal|må|vil|er|har|bør|hvad|hvem|hvor\w*|hvilke\w*|hvorfor|hvordan)\b)"
                           r"[^?]*\w" + _TAG, re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    speaker: str
    start: float
    end: float
    words: tuple[Word, ...]
    text: str

    @property
    def is_question(self) -> bool:
        # (not a statement with a tag that asks for a yes: "Så udsætter vi den, ikke?" says what it says)
        return self.text.rstrip().endswith("?") and _TAG_QUESTION.search(self.text) is None


def split_sentences(utterance: Utterance) -> Iterator[Sentence]:
    """Cut an utterance after words ending in . ! ? (whisper keeps punctuation)."""
    if not utterance.words:
        if utterance.text:
            yield Sentence(utterance.speaker, utterance.start, utterance.end, (), written_out(utterance.text))
        return
    current: list[Word] = []
    words = utterance.words
    for k, word in enumerate(words):
        current.append(word)
        following = words[k + 1].text.strip() if k + 1 < len(words) else ""
        # "den 15. juni", "jf. pkt. 4": an ordinal before a lower-case word, or an abbreviation, ends nothing
        said = word.text.strip().casefold()
        ordinal = re.fullmatch(r"\d{1,2}\.", said) is not None and following[:1].islower()
        abbreviation = said in _ABBREVIATIONS and (following[:1].islower() or following[:1].isdigit())
        if _SENTENCE_END.search(word.text.strip()) and not (ordinal or abbreviation):
            yield _sentence(utterance.speaker, current)
            current = []
    if current:
        yield _sentence(utterance.speaker, current)


def iter_sentences(utterances: Iterable[Utterance]) -> Iterator[Sentence]:
    for utterance in utterances:
        yield from split_sentences(utterance)


def _sentence(speaker: str, words: list[Word]) -> Sentence:
    text = written_out(join_words(words))
    return Sentence(speaker, words[0].start, words[-1].end, tuple(words), text)


# Hesitation a perfect recogniser writes down ("øh", "øhm", "hmm"), and a word or two said again
# ("det, øh, det skriver vi ind", "lad os, lad os sige 350"): neither changes what was said.
_HESITATION = r"(?<![\w-])(?:øh+m?|æh+m?|hm+)"
_FILLER = _HESITATION + r"\b[,.]?"
_RESTART_AROUND_FILLER = re.compile(r"\b(\w+(?:\s+\w+){0,2}),?\s+" + _FILLER + r"\s+\1\b", re.IGNORECASE)
_FILLER_AND_COMMAS = re.compile(r",?\s*" + _FILLER, re.IGNORECASE)
# A hesitation between two commas before a clause word leaves one: "Så skifter vi til LED, øh, med varmt lys"
# keeps its ", med …" (not "og caféerne, øh, venter": no comma belongs there; nor "med" after a first "Ikke",
# "Nej" or "Ja": "Ikke, øh, med den økonomi." is "Ikke med den økonomi.").
# So does one after a first "Ja", "Jo", "Nej" or "Okay": "Ja, øhm, så lader vi være." is "Ja, så lader vi være." (not
# before a comma of its own: "Ja, øh,, det gør vi." is "Ja, det gør vi."; nor inside "Godt, øh, forslag." or "Ja, øh,
# til strategien.")
_FILLER_BETWEEN_COMMAS = re.compile(r",\s*" + _HESITATION + r",(?=\s+(?:men|dog|når|forudsat|bare|idet)\b)"
                                    r"|(?<!^ikke)(?<!^nej)(?<!^ja),\s*" + _HESITATION + r",(?=\s+med\b)"
                                    r"|(?:(?<=^ja)|(?<=^jo)|(?<=^nej)|(?<=^okay)),\s*" + _HESITATION
                                    + r",(?!\s+(?:med|til)\b)(?!\s*,)",
                                    re.IGNORECASE)
# Without a hesitation between, only a restart on a little word ("lad os, lad os", "det, det") is one
# ("hundrede tusind, tusind tak" is not).
_RESTART = re.compile(r"\b((?:det|den|de|vi|jeg|så|der|lad|og|men|han|hun|man|hvis|at)\b(?:\s+\w+){0,2}),\s+\1\b",
                      re.IGNORECASE)


def fluent(text: str) -> str:
    """``text`` without hesitation and restarts: "Så øh, så godkender vi den" → "Så godkender vi den"."""
    text = _FILLER_AND_COMMAS.sub(" ", _FILLER_BETWEEN_COMMAS.sub(",", _RESTART_AROUND_FILLER.sub(r"\1", text)))
    while (said := _RESTART.sub(r"\1", text)) != text:
        text = said
    return re.sub(r"\s+([,.!?])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()


# "Vi godkender planen" says what "Så godkender vi planen" says: a decision in the main-clause order,
# read in the order the decision patterns know. Not a modal or a verb of opinion, advice or news
# ("Vi skal …", "Vi mener …", "Vi anbefaler at deltage", "Vi har besluttet …").
_WE_FIRST = re.compile(r"^(?P<opening>(?:(?:godt|fint|ja|okay|jo),?\s+)?)(?P<we>vi)\s+"
                       r"(?P<verb>(?!(?:har|er|skal|vil|kan|må|bør|bliver|mener|synes|tror|ved|foreslår|anbefaler"
                       r"|ønsker|mangler|håber|savner|vurderer|forventer|regner|hører|kender|får|arbejder)\b)\w+er)\b",
                       re.IGNORECASE)


def forum_as_we(text: str, forum: str = "") -> str:
    """The forum naming itself after "så" said as "vi": "Så godkender udvalget indstillingen" → "Så godkender vi
    indstillingen"; and its act dictated to the minutes in the past, read as said now: "Udvalget afslog ansøgningen"
    → "Udvalget afslår ansøgningen"."""
    names = "udvalget|direktionen|chefforum" + (f"|{re.escape(forum)}" if forum else "")
    text = re.sub(rf"^((?:{names})\s+)({_PAST_ACTS})\b",
                  lambda said: said[1] + _NOW[said[2].casefold()], text, count=1, flags=re.IGNORECASE)
    return re.sub(rf"^((?:\w+,?\s+)?så\s+\w+er)\s+(?:{names})\b", r"\1 vi", text, count=1, flags=re.IGNORECASE)


# The forum's acts in the past, as the minutes are dictated ("Udvalget afslog …"), and said now.
_NOW = {"afslog": "afslår", "valgte": "vælger", "besluttede": "beslutter", "ønskede": "ønsker", "fulgte": "følger",
        "tog": "tager", "gav": "giver", "sendte": "sender", "udsatte": "udsætter", "udskød": "udskyder",
        "afviste": "afviser", "fastholdt": "fastholder", "holdt": "holder", "bad": "beder", "lod": "lader",
        "sagde": "siger", "stemte": "stemmer", "trak": "trækker", "satte": "sætter", "traf": "træffer"}
_PAST_ACTS = "|".join(_NOW)


def so_we(text: str) -> str:
    """``text`` with a leading "Vi <verb>er" said as "Så <verb>er vi": "Vi giver 300.000" → "Så giver vi
    300.000"."""
    return _WE_FIRST.sub(lambda m: f"{m['opening']}{'Så' if m['we'] == 'Vi' else 'så'} {m['verb']} vi", text, count=1)


def asked_as_said(text: str) -> str:
    """A question that asks to approve, said as the approval it asks for once answered yes: "Godkender vi den med
    vikarer tilføjet?" → "Så godkender vi den med vikarer tilføjet."."""
    return _ASKS_OUR_ACT.sub(lambda m: f"Så {m['verb'].lower()} vi {m['rest']}.", text.strip(), count=1)


_ASKS_OUR_ACT = re.compile(r"^(?P<verb>godkender|vedtager|tiltræder|anbefaler) vi (?P<rest>[^?]+)\?$", re.IGNORECASE)

_MODAL_PARTICLE = re.compile(r"(?<=\w) (?:jo|altså|lige|egentlig|sgu|(?<!ikke )bare)(?= \w)", re.IGNORECASE)
_SPOKEN_OPENING = re.compile(r"^(?:jamen|nå|altså|tja|men altså)(?:,\s*|\s+)(?=\w)", re.IGNORECASE)


def said_plainly(text: str) -> str:
    """``text`` without the small words of speech, which say nothing of the decision: "Jamen, så godkender vi
    jo bare planen" → "så godkender vi planen" (not "ikke bare": not only); the meeting's support said as
    its approval: "Så bakker vi op om planen" and "Så siger vi ja til planen" → "Så godkender vi planen"; a
    suggestion as its question: "Skal vi ikke bare vente?" → "skal vi vente?"; a no not said as a yes: "Vi siger ikke
    nej til den." → "vi siger ja til den" (and so "vi godkender den")."""
    plain = _SPOKEN_OPENING.sub("", _MODAL_PARTICLE.sub("", text.strip()))
    plain = _SUGGESTED.sub("skal vi ", plain)
    plain = _NO_NOT_SAID.sub(lambda m: f"siger {m['we'] or ''}ja til", plain)
    plain = _AGREED_TO_DO.sub(lambda m: f"{m['verb']}r vi" + (" ikke" if m["no"] else ""), plain)
    plain = _TALLY.sub(_majority, plain)
    plain = _STRONG_NO.sub("ikke", plain)
    return _SUPPORT.sub(lambda m: f"godkender {m['we']}" if m["we"] else f"{m['we_first']} godkender", plain)


def plainly(text: str) -> str:
    """``text`` as said plainly, without hesitation and the small words of speech ("Jamen, det, øh, det er den."
    as "det er den.")."""
    return said_plainly(fluent(text)).strip()


# A no said strongly is a no: "Den kan på ingen måde godkendes.", "Den godkender vi under ingen omstændigheder.", "Den
# bliver aldrig godkendt.", "Den er langt fra god nok." (as "… ikke …")
_STRONG_NO = re.compile(r"\b(?:på ingen (?:måde|vis)|under ingen omstændigheder|overhovedet ikke|aldrig"
                        r"|langt fra(?= (?:god|godt|klar|moden|færdig)\w*\b))\b", re.IGNORECASE)
# A suggestion asked as "Skal vi ikke …?" is the question "Skal vi …?": "Skal vi ikke vente med den?" asks to wait.
_SUGGESTED = re.compile(r"^skal vi ikke (?:bare |lige |hellere )?(?=\w)", re.IGNORECASE)
# A no not said is a yes: "Vi siger ikke nej til den." → "Vi siger ja til den."
_NO_NOT_SAID = re.compile(r"\bsiger (?P<we>(?:vi|udvalget|direktionen) )?ikke nej til\b", re.IGNORECASE)
# The meeting agreed to do it, said as doing it: "Så er vi enige om at godkende planen" → "Så godkender vi planen",
# "… enige om ikke at sælge" → "sælger vi ikke".
_AGREED_TO_DO = re.compile(r"\b(?:er vi|vi er) (?:alle )?enige om,? (?P<no>ikke )?at (?P<verb>\w+e)\b", re.IGNORECASE)


# "bakker vi op om", "siger vi ja til"; "vi bakker op om", "vi siger ja til" (not "Jeg bakker op om …": a view)
_SUPPORT = re.compile(r"\b(?:(?:bakker|siger) (?P<we>vi|udvalget|direktionen) (?:op om|ja til)"
                      r"|(?P<we_first>vi|udvalget|direktionen) (?:bakker op om|siger ja til))\b", re.IGNORECASE)


def normalize(text: str) -> str:
    """Casefold, unify quotes/dashes and spaces so patterns stay simple; hesitation left out."""
    text = unicodedata.normalize("NFC", fluent(text)).casefold()
    text = re.sub(r"[\u2018\u2019\u201c\u201d\u201e\"']", "", text)
    text = re.sub(r"[\u2013\u2014]", "-", as_one_sentence(text))
    # A tag asking for a yes ("Den er godkendt, ikke?") says nothing against what it follows, with or
    # without its comma; "Godkender vi ikke?" keeps its "ikke".
    # (a statement with its tag is read as the statement: "Så udsætter vi den, ikke?" as "Så udsætter vi den.")
    if _TAG_QUESTION.search(text):
        text = re.sub(_TAG, ".", text)
    text = re.sub(r"(?<!\bvi)(?<!\bjeg)(?<!\bdet)(?<!\bden),?\s+(?:ikke|ik|vel)\?\s*$", "?", text)
    return re.sub(r"\s+", " ", said_plainly(text)).strip()


def tokens(text: str) -> list[str]:
    return re.findall(r"[0-9a-zæøåéü]+(?:[./-][0-9]+)*", normalize(text))


# Cardinal and ordinal number words (Danish, plus the English the demo speaks).
_DANISH_CARDINALS: dict[str, int] = {
    "en": 1, "et": 1, "ét": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
    "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12,
    "tretten": 13, "fjorten": 14, "femten": 15,
}
CARDINALS: dict[str, int] = {
    **_DANISH_CARDINALS,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}
ORDINALS: dict[str, int] = {
    "første": 1, "anden": 2, "andet": 2, "tredje": 3, "fjerde": 4, "femte": 5,
    "sjette": 6, "syvende": 7, "ottende": 8, "niende": 9, "tiende": 10,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}


# A vote told by its count: "To stemmer for og fem imod.", "2 for, 5 imod."
_COUNT = r"\d+|ingen|" + "|".join(sorted(_DANISH_CARDINALS, key=len, reverse=True))
_TALLY = re.compile(rf"\b(?P<yes>{_COUNT}) (?:stemmer |stemte |har stemt )?for,? (?:og |mens )?"
                    rf"(?P<no>{_COUNT}) (?:stemmer |stemte |har stemt )?imod\b", re.IGNORECASE)


def _majority(tally: re.Match[str]) -> str:
    """A vote lost, told by its count, said as its outcome: "to stemmer for og fem imod" → "flertallet stemmer imod".
    (A vote won stays as said: the sentence after it most often says what was carried, "Timeprisen bliver 350
    kroner.", and is the better evidence.)"""
    yes, no = (0 if word.casefold() == "ingen" else int(word) if word.isdigit() else _DANISH_CARDINALS[word.casefold()]
               for word in (tally["yes"], tally["no"]))
    return "flertallet stemmer imod" if no > yes else tally.group()


def number_value(word: str) -> int | None:
    """'4', '4.', 'fire', 'fjerde' → 4; anything else → None."""
    word = word.strip().rstrip(".:,")
    if word.isdigit():
        return int(word)
    return CARDINALS.get(word, ORDINALS.get(word))


# The Danish cardinals an amount is made of: not "en"/"et", which are mostly articles.
_UNITS = {**{word: n for word, n in _DANISH_CARDINALS.items() if n > 1},
          "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19}
_TENS = {"tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50, "tres": 60, "halvfjerds": 70, "firs": 80,
         "halvfems": 90}
_SCALES = {"hundrede": 100, "tusind": 1000, "million": 1_000_000, "millioner": 1_000_000, "mio": 1_000_000,
           "milliard": 1_000_000_000, "milliarder": 1_000_000_000, "mia": 1_000_000_000}
_NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[a-zæøå]+")


def spoken_numbers(text: str) -> set[float]:
    """The amounts a sentence says, in digits or in Danish words: "400 kr." → {400}, "tre hundrede og
    halvtreds kroner" → {350}, "femogfyrre" → {45}, "80.000" → {80000}. A scale after digits multiplies
    them: "12 mio. kr." and "tolv millioner" are the same amount, and "3,5 mio." is 3 500 000."""
    found: set[float] = set()
    total, current, started = 0.0, 0.0, False
    said = re.sub(r"\btusind tak\b", "", normalize(text))  # thanks, not an amount
    for token in [*_NUMBER_TOKEN.findall(said), "."]:
        if token[0].isdigit():
            if started:  # "uge 28-31": two amounts
                found.add(total + current)
                total = 0.0
            current, started = float(token.replace(".", "").replace(",", ".")), True
            continue
        value = _word_value(token)
        if token in _SCALES:  # "hundrede tusind": a scale alone counts one of it
            current, started = (current or 1) * _SCALES[token], True
            if _SCALES[token] >= 1000:
                total, current = total + current, 0.0
        elif value is not None:
            current, started = current + value, True
        elif not (token == "og" and started) and started:
            found.add(total + current)
            total, current, started = 0.0, 0.0, False
    return found


def _word_value(token: str) -> int | None:
    """"fem" → 5, "fyrre" → 40, "femogfyrre" → 45."""
    if token in _UNITS or token in _TENS:
        return _UNITS.get(token) or _TENS[token]
    units, _, tens = token.partition("og")
    if units in _UNITS and tens in _TENS:
        return _UNITS[units] + _TENS[tens]
    return None


# The chair moving on to the next item: "Så går vi videre til næste punkt.", "Næste punkt er budgettet."
_MOVING_ON = re.compile(r"^(?:(?:godt|fint|ja|okay|tak),? )?(?:og )?(?:så )?"
                        r"(?:(?:går|kommer) vi (?:videre )?til |tager vi |videre til )?"
                        # (not points decided: "Punkt 1 og 2 er godkendt, punkt 3 er udsat.", "Punkt 4 udsættes.",
                        # "Punkt 2 parkerer vi.", "Punkt 2 kommer tilbage på et senere møde.")
                        r"(?:det )?(?:næste punkt|punkt \d+(?! og \d)(?!:? (?:er|blev|venter|\w+es|godkendt|vedtaget"
                        r"|udsat|afvist|dropper|skal|må|kan|bør|\w+ vi|kommer (?:igen|tilbage|senere)"
                        # (also "Punkt 3 afventer.", "Punkt 3: nej.")
                        r"|afventer|hviler|falder|bortfalder|udgår|ryger|ikke|nej)\b))\b"
                        r"[^.!?]*[.!]?$")


# A word that only acknowledges: "Okay.", "Godt.", "Fint."
_ACKNOWLEDGING = r"okay|ok|godt|fint|super|dejligt|perfekt"
# Thanks or a short yes said after the decision, by anyone: "Tak.", "Tak for det.", "Fint."
_PLEASANTRY = re.compile(rf"^(?:(?:ja|jo|tak|{_ACKNOWLEDGING})(?:,? (?:tak|godt|fint|så))*"
                         r"(?: for (?:det|nu|i dag))?(?: skal (?:i|du) have)?[.!]?)$")


def is_pleasantry(text: str) -> bool:
    """Thanks or a short yes and nothing else: "Tak.", "Tak for det.", "Fint."."""
    return _PLEASANTRY.match(normalize(text)) is not None


def before_moving_on(sentences: list[Sentence], decides: Callable[[Sentence], bool]) -> list[Sentence]:
    """The item's sentences without the chair's moving on at the end, and without thanks or a short yes said
    after a sentence that ``decides``: the item's last word is the one before them. (Thanks that are the only
    answer to one speaker's message stay: "Sekretariatet er flyttet." "Tak for det.")"""
    end = len(sentences)
    while end > 1 and (_MOVING_ON.match(normalize(sentences[end - 1].text))
                       or (is_pleasantry(sentences[end - 1].text)
                           and ((decides(sentences[end - 2]) and len({s.speaker for s in sentences[:end - 1]}) > 1)
                                or _own_thanks(sentences[end - 2], sentences[end - 1])))):
        end -= 1
    return sentences[:end]


def _own_thanks(said: Sentence, then: Sentence) -> bool:
    """Thanks a speaker ends their own statement with: "Det lejemål skal vi ikke have. Tak." (not after their
    own question: "Er der bemærkninger? Tak."; nor a yes after their own "Okay.": "Okay. Ja.")."""
    return (then.speaker == said.speaker and not said.is_question and not is_pleasantry(said.text)
            and re.match(r"(?:mange )?tak\b", normalize(then.text)) is not None)


# A sentence that goes on from the one before: "Så godkender vi planen. Men kun for et år." (a recogniser puts
# a full stop where the speaker paused before "men"); also a condition that cannot stand alone: "Den er vedtaget.
# Så længe vi får en årlig status.", "Den godkendes. Så snart MED har været hørt.", "Godkendt. Så det også omfatter
# elever."
# (also a purpose, subject first, split off by a pause: "… Så borgerne kan forstå den."; not "Så det kan vi godt.")
_CONDITION = (r"så længe|så snart|forudsat|så (?:det|den|de) også"
              r"|så (?:de|den|det|han|hun|man|[\w-]+(?:en|et|ne|erne)) (?:kan|skal|får|når)\b(?! (?:vi|jeg|i)\b)")
_GOES_ON = re.compile(rf"^(?:men|og|dog|mens|{_CONDITION})\s", re.IGNORECASE)


def with_continuations(sentences: list[Sentence], joins: Callable[[str, str], bool]) -> list[Sentence]:
    """``sentences`` with each one a speaker goes on with ("Men …", "Og …", "Dog …") joined to the one before
    where ``joins`` (the two texts) says so; the text keeps its full stop, and ``normalize`` reads it as the
    comma it stands for."""
    joined: list[Sentence] = []
    for sentence in sentences:
        before = joined[-1] if joined else None
        if (before is not None and before.speaker == sentence.speaker and not before.is_question
                and _GOES_ON.match(sentence.text.strip()) and joins(before.text, sentence.text)):
            joined[-1] = Sentence(before.speaker, before.start, sentence.end, before.words + sentence.words,
                                  f"{before.text.rstrip()} {sentence.text.strip()}")
        else:
            joined.append(sentence)
    return joined


def as_one_sentence(text: str) -> str:
    """A continuation read with its comma: "Godkendt. Men kun for et år." → "Godkendt, men kun for et år."."""
    return re.sub(rf"[.!]\s+(men|og|dog|mens|{_CONDITION})\b", lambda m: ", " + m[1].lower(), text, flags=re.IGNORECASE)


_ACKNOWLEDGEMENT = re.compile(rf"^(?:{_ACKNOWLEDGING})[.!]?$")


def without_acknowledgements(sentences: list[Sentence]) -> list[Sentence]:
    """``sentences`` without an "Okay." or "Godt." said on its own before the same speaker goes on: "Okay. Det
    skriver vi ind." reads as "Det skriver vi ind."."""
    return [s for k, s in enumerate(sentences)
            if not (_ACKNOWLEDGEMENT.match(normalize(s.text)) and k + 1 < len(sentences)
                    and sentences[k + 1].speaker == s.speaker)]


# Words that announce an item around its title: "Punkt 49: …", "Så går vi videre til punkt fem, …".
_ANNOUNCING = {"punkt", "pkt", "nummer", "næste", "er", "så", "vi", "går", "videre", "til", "nu", "og", "sag"}


def without_title_read(sentences: list[Sentence], item: AgendaItem) -> list[Sentence]:
    """The item's talk less its title read out in the first two sentences ("Punkt 49: Godkendelse af dagsorden til
    mødet den 4. juni 2020."), where its words look like an approval, a date or a figure: it names the item and says
    nothing of what is decided. (A title without such words stays, and so does one by a speaker who says nothing
    else: who speaks still tells a presentation from a discussion.)"""
    named = set(re.findall(r"\w+", item.title.casefold())) | _ANNOUNCING | {str(item.number)}

    def read_out(k: int, sentence: Sentence) -> bool:
        words = re.findall(r"\w+", sentence.text.casefold())
        return (k < 2 and len(words) >= 2 and not sentence.is_question and all(w in named for w in words)
                and re.search(r"godkend|vedta|beslut|bevilg|anbefal|\d", sentence.text, re.IGNORECASE) is not None
                and any(s.speaker == sentence.speaker for s in sentences[k + 1:]))

    return [s for k, s in enumerate(sentences) if not read_out(k, s)]
