"""The agenda's names and terms put back where recognition nearly heard them. Pure.

Whisper's hotwords prompt costs a second decoder pass over its tokens in every
30-second window (ASR time doubled with a 26-term agenda, bench/vocabulary.py),
and it did not lower the error rate. This does the cheap half of the same job
after recognition: a recognised word that is one or two letters away from a
long agenda word ("gemgående" for "gennemgående", "Hanssen" for "Hansen")
becomes that word. Short words and words far from every term are left alone,
which is what keeps the precision high (measured in bench/vocabulary.py).
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from referat.types import Segment, Transcript, Word

MIN_LETTERS = 5  # shorter words have too many near neighbours ("dag", "dig", "dug")
MIN_SIMILARITY = 0.84  # difflib ratio; 0.84 lets one letter in six differ
# Danish endings: a heard word that differs from a term only in one of these, at
# its end, is another form of the same word ("skolen", "godkendes" against
# "skole", "godkendelse"), right as heard.
ENDINGS = frozenset(("", "e", "en", "et", "er", "ere", "erne", "ene", "ne", "n", "r", "s", "es", "ens", "ets", "ers",
                     "ernes", "t", "te", "de", "ede", "ende", "endes", "else", "elsen", "elser", "ing",
                     "ingen", "inger", "ig", "ige", "lig", "lige", "isk", "iske",
                     # after a term's own final e: kommune → kommuners, regione(n) → regionerne, deltage → deltagere
                     "re", "rs", "rne", "rnes", "ns", "ts"))
_WORD = re.compile(r"^(\W*)([\wæøåÆØÅ-]+)(\W*)$")


@dataclass(frozen=True)
class Correction:
    heard: str
    written: str
    start: float


@dataclass(frozen=True)
class Targets:
    """The term words to correct towards, by case-folded form, and which are names."""

    words: dict[str, str]
    names: frozenset[str]


def term_words(terms: Iterable[str]) -> Targets:
    """The words of the terms that are long enough to correct towards. A term of
    two to four capitalised words ("Henrik Harder", "Høje-Taastrup Kommune") is
    names: only their genitive is another form of them."""
    words: dict[str, str] = {}
    names: set[str] = set()
    for term in terms:
        parts = re.findall(r"[\wæøåÆØÅ]+", term)  # "AI-løsninger": each part on its own
        all_capitals = 1 < len(parts) <= 4 and all(w[:1].isupper() and w[1:].islower() for w in parts)
        for word in parts:
            if len(word) >= MIN_LETTERS and not word.isdigit():
                words.setdefault(word.casefold(), word)
                if all_capitals:
                    names.add(word.casefold())
    return Targets(words, frozenset(names))


def another_form(heard: str, term: str, name: bool = False) -> bool:
    """Whether ``heard`` is ``term`` with another Danish ending: they part in the
    last three letters at most, and what ``heard`` has there is an ending (also
    after the e that drops before an ending: forespørgsel, forespørgsler). A name
    has one other form only, its genitive."""
    if name:
        return heard == term + "s"
    syncope = re.sub(r"e([lrn])$", r"\1", heard)
    return _with_ending(heard, term) or (syncope != heard and _with_ending(syncope, term))


def _with_ending(heard: str, term: str) -> bool:
    same = len(os.path.commonprefix([heard, term]))
    if same < min(len(heard), len(term)) - 3:
        return False
    tail = heard[same:]
    if tail and same and tail[0] == heard[same - 1]:
        tail = tail[1:]  # a doubled consonant: program, programmet
    return tail in ENDINGS


def nearest_term(word: str, targets: Targets) -> str | None:
    """The term word ``word`` was nearly heard as, or None if none is near enough
    (or ``word`` already is one, or another form of one)."""
    folded = word.casefold()
    if len(folded) < MIN_LETTERS - 1 or folded in targets.words:
        return None
    if "-" in folded and folded.replace("-", "") in targets.words:
        return None  # "awareness-forløb": the term, hyphenated
    best, best_ratio = None, MIN_SIMILARITY
    for key, target in targets.words.items():
        if key[0] != folded[0] or abs(len(key) - len(folded)) > max(1, len(key) // 4):
            continue  # the first letter is rarely misheard; length bounds the distance
        if key in targets.names and len(folded) < MIN_LETTERS:
            continue  # "trin" is a word, not a misheard "Trine"
        if another_form(folded.replace("-", ""), key, key in targets.names):
            return None
        matcher = difflib.SequenceMatcher(None, folded, key)
        if _inserted_syllable(matcher, len(folded)):
            continue  # "ældreområdet" is another compound than "ældrerådet", not a mishearing
        ratio = matcher.ratio()
        if ratio > best_ratio or (ratio == best_ratio and best is not None and len(target) > len(best)):
            best, best_ratio = target, ratio
    return best


def _inserted_syllable(matcher: difflib.SequenceMatcher[str], end: int) -> bool:
    """Two or more letters heard inside the word (of ``end`` letters) where the term has none:
    another word part."""
    return any(tag in ("delete", "replace") and (i2 - i1) - (j2 - j1) >= 2 and i2 < end
               for tag, i1, i2, j1, j2 in matcher.get_opcodes())


def _written(heard: str, term: str) -> str:
    """The term in the heard word's case: names keep their capital, a lower-case
    term takes the capital of a sentence start."""
    if term[:1].isupper() or not heard[:1].isupper():
        return term
    return term[:1].upper() + term[1:]


def correct_word(word: Word, targets: Targets) -> tuple[Word, Correction | None]:
    match = _WORD.match(word.text.strip())
    if not match:
        return word, None
    before, core, after = match.groups()
    term = nearest_term(core, targets)
    if term is None:
        return word, None
    lead = word.text[: len(word.text) - len(word.text.lstrip())]
    written = _written(core, term)
    return replace(word, text=f"{lead}{before}{written}{after}"), Correction(core, written, word.start)


def correct_terms(transcript: Transcript, terms: Sequence[str]) -> tuple[Transcript, tuple[Correction, ...]]:
    """The transcript with near-miss words replaced by the agenda's own spelling,
    and the list of replacements (for the log and the bench)."""
    targets = term_words(terms)
    if not targets.words:
        return transcript, ()
    corrections: list[Correction] = []
    segments: list[Segment] = []
    for seg in transcript.segments:
        if not seg.words:
            segments.append(seg)
            continue
        words = []
        for word in seg.words:
            fixed, correction = correct_word(word, targets)
            words.append(fixed)
            if correction:
                corrections.append(correction)
        changed = any(a is not b for a, b in zip(words, seg.words, strict=True))
        text = "".join(w.text for w in words).strip()
        segments.append(replace(seg, words=tuple(words), text=text) if changed else seg)
    return replace(transcript, segments=tuple(segments)), tuple(corrections)
