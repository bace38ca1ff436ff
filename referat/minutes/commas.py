"""What a recogniser leaves out of a sentence, put back before the rules read it. Pure.

Whisper writes Danish with few commas ("Fordelingen er godkendt men skytteforeningen får ikke tilskud i år",
"Så godkender vi indsatsen og pengene tager vi i budgettet"), often ends a question with a full stop ("Er der
nogen, der er imod."), and writes the points' numbers as digits ("1, 2 og 3 er godkendt. 4 og 5 venter."), while
the rules find a remark, a part refused or a part put off by the comma that opens its clause, a question by its
question mark, and a list of points by its number words. Only what Danish writes anyway goes back, and only where
the words make it plain: the comma before "men", before "dog" or "bare" after an approval, before "når" with its
subject and verb (and before "selvom", "fordi", "eftersom" or "skønt" with theirs), before an "og" that opens a
clause of its own after one with a verb, and between the number words of a list; the question mark after a verb
first and its subject, a question word or a call for objections; and a list of points by its digits alone in
words.
"""

from __future__ import annotations

import re

# "… godkendt men …": a clause or a contrast after "men" takes a comma in Danish ("ikke nu, men til foråret").
_BEFORE_BUT = re.compile(r"(?<=[\w)])(?= men\b)", re.IGNORECASE)
# "Vedtaget dog holdes augustmødet …", "Budgettet er godkendt dog højst 80.000 kroner", "Godkendt bare lederne får
# et kursus": a "dog" or "bare" after the approval (not "Vi kan dog godkende …", an adverb inside the clause).
_BEFORE_HOWEVER = re.compile(r"\b(?P<done>godkendt|vedtaget|bevilget|foreslået|indstillet|godkendes|vedtages|gives"
                             r"|givet|udmøntes|udmøntet|besluttet|anbefalet|anbefales)(?= (?:dog|bare)\b)",
                             re.IGNORECASE)
# "…, og pengene tager vi i budgettet", "…, og overskuddet overføres til næste år", "…, og vi tager dem op igen":
# "og" then a subject and its verb, or a thing by its definite form and a verb.
_CLAUSE_AFTER_AND = re.compile(r"^(?:så )?(?:(?:vi|der|jeg|man) \w+|(?:det|den|de) (?:\w+es|kan|skal|må|bliver|er)\b"
                               r"|[\w-]+(?:ne|en|et) (?!og\b)\w+(?:er|es|r)\b"
                               # the thing first: "… og SF's ønske tager vi med", "… og status noterer vi"
                               r"|[\w'-]+(?: [\w'-]+)? \w+er vi\b)", re.IGNORECASE)
# A verb in the clause before "og": a subject pronoun, a passive, a participle of a decision or a finite "er".
_CLAUSE_BEFORE_AND = re.compile(r"\b(?:vi|jeg|man|der|er|bliver|kan|skal|godkendt|vedtaget|bevilget)\b|\w{3,}es\b",
                                re.IGNORECASE)
# "Vi vender tilbage til det når vi ved mere": the clause of time after "når" (or of condition after "hvis": "Vi
# giver garantien hvis festivalen sender et budget"), its subject and verb, after three words or more (not the
# verb "nå" in second place: "Det når vi ikke i dag", "Den store sag når vi ikke").
_WHEN = re.compile(r"(?<=\w) (?=(?:når|hvis) (?:vi|der|de|den|det|man|jeg|[\w-]+(?:ne|en|et)) "
                   r"(?!ikke|nok|jo|også|først|aldrig|det|den|dem)\w)", re.IGNORECASE)
# "Vi sælger selvom prisen ikke er den højeste": a clause of reason or concession, its subject and verb, after two
# words or more.
_BECAUSE = re.compile(r"(?<=\w) (?=(?:selvom|selv om|fordi|eftersom|skønt) (?:vi|der|de|den|det|man|jeg|han|hun"
                      r"|[\w-]+(?:ne|en|et)) \w)", re.IGNORECASE)
_NUMBER_WORD = r"(?:en|et|én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti)"
# "Et to og tre er godkendt", "nummer et to og tre": the list of number words before "og" gets its commas.
_NUMBER_LIST = re.compile(rf"\b{_NUMBER_WORD}(?: {_NUMBER_WORD})+(?= og {_NUMBER_WORD}\b)", re.IGNORECASE)


# "1, 2 og 3 er godkendt. 4 og 5 venter": a recogniser writes the points' numbers as digits, the rules read a list
# of points said alone by its number words (not an amount, a time or a date: "2 og 3 millioner", "kl. 2 og 3",
# "1. og 2. juni"; a list after its noun, "indstilling 1, 2 og 4", is read as written, and a Beslutning names it so).
_DIGIT_LIST = re.compile(r"(?<![\d.,])(?<!\d, )(?<!\d og )(?<!\d til )(?<!kl\. )(?<!uge )"
                         r"(?<!punkt )(?<!nummer )(?<!indsats )(?<!punkterne )"
                         r"(?<!indstilling )(?<!anbefaling )(?<!indstillingerne )(?<!anbefalingerne )"
                         r"\b[1-8](?:(?:, | og | til )[1-8])+\b(?![.,]?\d)"
                         r"(?! (?:kr|kroner|mio|millioner|mia|procent|pct|%|timer|dage|uger|måneder|år|gange)\b)"
                         r"(?!\.\w)", re.IGNORECASE)
# … and a point or a count said alone by its digit, at a clause's start or after "de": "3 afvises.", "4 afviser vi,
# og 5 kommer igen", "de 2 første" (not an amount, a time or a date: "2 millioner", "klokken 5", "2. juni")
_DIGIT_ALONE = re.compile(r"(?<!\d og )(?<!\d, )(?<!\d til )(?<!kl\. )(?<!nr\. )(?<!pkt\. )(?<!stk\. )(?<!ca\. )"
                          r"(?:^|(?<=[.!?;] )|(?<=, )|(?<=\bog )|(?<=\bde ))[1-8]"
                          r"(?![.,]?\d)(?!\. [a-zæøå])"
                          r"(?=[ .!?,]|$)(?! (?:kr|kroner|mio|millioner|mia|procent|pct|%|timer|dage|uger|måneder|år"
                          r"|gange|minutter)\b)")
_WORDS = {"1": "et", "2": "to", "3": "tre", "4": "fire", "5": "fem", "6": "seks", "7": "syv", "8": "otte"}


# A question a recogniser ended with a full stop: the verb first and its subject after it ("Kan vi godkende den.",
# "Er der nogen, der er imod.", "Giver I mig mandat."), a question word ("Hvad med mentor.", "Hvornår går I i
# gang."), or the call for objections ("Nogen imod.", "Indvendinger."). Not an order ("Gør det.", "Lad os det."),
# nor a statement without its subject ("Er enig.", "Kan godt se det.").
# (also the past: "Blev der sagt noget om anlægsloftet", "Fik vi svar fra KL")
_ASKS = re.compile(r"^(?:(?:kan|kunne|skal|skulle|vil|ville|må|bør|burde|er|var|har|havde|får|giver|tager|ved|blev|fik"
                   r"|synes|mener|tror|siger|hører|ser|kender|sender|kommer|bliver|godkender|vedtager|følger"
                   r"|støtter|accepterer) (?:vi|i|du|man|de|det|den|der|han|hun|nogen|alle|jeg|(?-i:[A-ZÆØÅ])\w+)\b"
                   # (a thing as the subject after a modal verb: "Kan høringsfristen blive seks uger.")
                   r"|(?:kan|kunne|skal|skulle|vil|ville|må|bør|burde|er) (?!meget\b|fortsat\b)"
                   r"[\w-]{3,}(?:en|et|ne|erne)\b"
                   # ("Gør I det?", not the order "Gør det.")
                   r"|gør (?:vi|i|du|man|de|han|hun|nogen|alle|jeg)\b"
                   r"|(?:hvad|hvem|hvornår|hvordan|hvorfor|hvilke|hvilken|hvilket|hvor)\b(?! angår\b)"
                   r"|(?:nogen|noget) (?:imod|indvendinger|bemærkninger|ønsker|kommentarer|spørgsmål|tilføjelser)\b"
                   r"|(?:indvendinger|bemærkninger|kommentarer|spørgsmål)\W*$)", re.IGNORECASE)


# A condition said verb first and what then follows, no question: "Bliver det dyrere end 80.000, skal den forelægges
# igen.", "Er I enige, så går vi videre."
_CONDITION_THEN = re.compile(r",\s*(?:så\s+)?(?:skal|må|kan|kommer|bliver|er|vil|får|tager|går|sender|gør|godkender"
                             r"|vedtager)\s+(?:den|det|de|vi|sagen|punktet|\w+(?:en|et))\b", re.IGNORECASE)


def with_question_mark(text: str) -> str:
    """``text`` with the question mark a recogniser left out put back."""
    stripped = text.rstrip()
    if stripped.endswith(".") and _ASKS.match(stripped.lstrip()) and not _CONDITION_THEN.search(stripped):
        return stripped[:-1] + "?" + text[len(stripped):]
    return text


def written_out(text: str) -> str:
    """``text`` as Danish writes it: the clause commas and the question mark a recogniser left out put back, and a
    list of points by their digits said in words."""
    text = _DIGIT_LIST.sub(lambda m: re.sub(r"\d", lambda d: _WORDS[d[0]], m[0]), text)
    text = _DIGIT_ALONE.sub(lambda m: _WORDS[m[0]].capitalize() if m.start() == 0 or m.string[m.start() - 2] in ".!?;"
                            else _WORDS[m[0]], text)
    text = _BEFORE_BUT.sub(",", text)
    text = _BEFORE_HOWEVER.sub(r"\g<done>,", text)
    text = _WHEN.sub(_comma_after_three_words, text)
    text = _BECAUSE.sub(lambda at: ", " if len(_clause_before(at.string[:at.start()]).split()) >= 2 else " ", text)
    text = _NUMBER_LIST.sub(lambda m: ", ".join(m[0].split()), text)
    return with_question_mark(_and_opens_a_clause(text))


def _clause_before(text: str) -> str:
    """The words of ``text`` since its last comma or full stop: the clause a new one would follow."""
    return re.split(r"[,;:.!?]", text)[-1]


def _and_opens_a_clause(text: str) -> str:
    parts = text.split(" og ")
    out = parts[0]
    for part in parts[1:]:
        clause_before = _clause_before(out)
        if (not out.endswith(",") and _CLAUSE_AFTER_AND.match(part) and _CLAUSE_BEFORE_AND.search(clause_before)
                and len(clause_before.split()) >= 2):
            out += ","
        out += " og " + part
    return out


def _comma_after_three_words(when: re.Match[str]) -> str:
    return ", " if len(_clause_before(when.string[:when.start()]).split()) >= 3 else " "
