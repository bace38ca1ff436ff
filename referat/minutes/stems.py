"""A Danish noun without its definite or plural ending, as the rules compare a thing said with the words of the
Indstilling or the title ("lederdagen" → "lederdag", "garantien" → "garanti"). Pure."""

from __future__ import annotations

import re

_ENDING = re.compile(r"(?:erne|ene|en|et|ne)$")


def indefinite(word: str) -> str:
    """``word`` without its definite or plural ending: "nattevagterne" → "nattevagt"."""
    return _ENDING.sub("", word)
