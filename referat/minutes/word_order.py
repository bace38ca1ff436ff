"""Another order of the same words, read where the order said matches no decision family: the modal before the case
after "Så" ("Så må den komme igen." as "Så den må komme igen."). Pure.
"""

from __future__ import annotations

import re

_MODAL_FIRST = re.compile(r"^(?P<so>så )(?P<modal>må|skal|kan) (?P<case>den|sagen|punktet|planen) ")


def case_before_modal(norm: str) -> str:
    """A normalized sentence with the case before its modal: "så må den komme igen." as "så den må komme igen."
    (not "så må det blive et andet år.", a no in its own order)."""
    return _MODAL_FIRST.sub(lambda m: f"{m['so']}{m['case']} {m['modal']} ", norm)
