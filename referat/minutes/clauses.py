"""Which clause of a decision sentence says what was decided. Pure.

"Så dropper vi jobmessen og indfører fælles onboarding" drops a part, not the case; "Vi godkender
taksterne, og SF's ønske tager vi med i budgetforhandlingerne" approves first and only puts another
thing off; "Så går vi videre, og skolerne tager vi stilling til senere" is read in its first clause.
"""

from __future__ import annotations

import re

from referat.minutes.phrases import FAMILIES, Family
from referat.minutes.remark_words import REMARK

APPROVAL = next(f for f in FAMILIES if f.name == "an approval")
_POSTPONEMENTS = tuple(f for f in FAMILIES if f.kind == "postponed")


def first_clause(norm: str) -> str:
    return re.split(r",? og ", norm)[0]  # "Så går vi videre, og skolerne tager vi stilling til senere" approves


def part_dropped(norm: str, refusal: Family) -> bool:
    """A refusal said only as "dropper vi X" with another act after it: X is a part, not the case
    ("Så dropper vi jobmessen og indfører fælles onboarding"; not "Så dropper vi datatrækket.")."""
    dropped = re.search(r"\bdropper (?:vi )?\w+(?P<then>\s+og\s+(?:så\s+)?\w+er\b)?", norm)
    if dropped is None or refusal.pattern.search(norm[:dropped.start()] + norm[dropped.end():]):
        return False
    return dropped["then"] is not None


def approved_first(norm: str) -> bool:
    """The sentence approves first, and only a later clause ("…, og …") or its remark ("Godkendt, med den
    tilføjelse, at formålsbeskrivelsen kommer tilbage til godkendelse") puts something off."""
    remark = REMARK.search(norm)
    first, joint, _ = norm.partition(", og ")
    if remark is not None and remark.start() > 0 and (not joint or remark.start() < len(first)):
        first, joint = norm[:remark.start()], remark["phrase"]
    return bool(joint) and APPROVAL.pattern.search(first) is not None and "ikke" not in first.split() and not any(
        f.pattern.search(first) for f in _POSTPONEMENTS)
