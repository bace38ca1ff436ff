"""The chair's last word said with a hedge before it: "Jeg tror, så lader vi være." decides as "Så lader vi være."
(the set reads the chair's hedged last word as the decision: "Jeg synes, vi skal vente, til psykiatriplanen er
færdig." postpones); a member's "Jeg tror, …" stays a view, and so does the chair's before its last word ("Jeg tror,
det bliver rigtig godt. Godkendt."). The quote keeps the words as said. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from referat.minutes.sentences import Sentence, normalize
from referat.types import Evidence

_HEDGE = re.compile(r"^jeg tror,\s*(?=\w)", re.IGNORECASE)
# agreement alone, which the hedge leaves open: "Jeg tror, vi er enige." (not what is agreed: "… enige om at vente")
_AGREEMENT_ALONE = re.compile(r"^(?:vi er (?:alle )?enige|det er vi (?:alle )?enige om"
                              r"|(?:det er )?(?:fint|godt|i orden))[.!]?$")


def unhedged_last(sentences: Sequence[Sentence], chair: str | None) -> Sentence | None:
    """The chair's last sentence without its "Jeg tror," (None when it has none); not an agreement alone: "Jeg
    tror, vi er enige." is no "Vi er enige." to what a member just said."""
    if not sentences or sentences[-1].speaker != chair or sentences[-1].is_question:
        return None
    last = sentences[-1]
    hedge = _HEDGE.match(last.text.strip())
    if hedge is None:
        return None
    rest = last.text.strip()[hedge.end():]
    if _AGREEMENT_ALONE.match(normalize(rest)):
        return None
    return replace(last, text=rest[:1].upper() + rest[1:])


def quoted_as_said(quoted: tuple[Evidence, ...], read: Sentence | None,
                   said: Sentence | None) -> tuple[Evidence, ...]:
    """``quoted`` with the sentence ``read`` without its hedge quoted as ``said``."""
    if read is None or said is None:
        return quoted
    return tuple(replace(e, text=e.text.replace(read.text.strip(), said.text.strip(), 1))
                 if e.start == read.start and e.speaker == read.speaker else e for e in quoted)
