"""The language referat speaks to its user: Danish by locale, English otherwise.

Standard gettext. Messages are written in English in the code and marked with
``_()``; the Danish catalogue lives in ``referat/locale/da/LC_MESSAGES``
(``referat.po``, compiled to ``referat.mo`` by Babel: ``scripts/catalog.py``).

The language follows the locale the way gettext does (``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``, the first one set), and ``REFERAT_LANG=da|en``
overrides it. ``referat`` is made gettext's global domain so that click's own
strings ("Usage:", "Show this message and exit.") follow too: click calls the
plain ``gettext.gettext``, whose catalogue is the global domain's. For the
override to reach those calls, and child processes, it is written to
``LANGUAGE``, the variable gettext reads first.

What is *not* translated: the referat itself and its transcript (the documents
are Danish whatever the locale), debug logging, and IT documentation.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import MutableMapping
from pathlib import Path

DOMAIN = "referat"
LOCALE_DIR = Path(__file__).parent / "locale"
LANGUAGES = ("da", "en")  # the ones REFERAT_LANG takes; English is the messages' own language
OVERRIDE = "REFERAT_LANG"


def apply(environ: MutableMapping[str, str] = os.environ) -> None:
    """Make referat's catalogue gettext's global domain and honour ``REFERAT_LANG``."""
    chosen = environ.get(OVERRIDE, "").strip().lower()
    if chosen in LANGUAGES:
        environ["LANGUAGE"] = chosen
    gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    gettext.textdomain(DOMAIN)


def language() -> str:
    """``"da"`` when Danish messages are shown, else ``"en"``."""
    return "da" if gettext.find(DOMAIN, str(LOCALE_DIR)) else "en"


def _(message: str) -> str:
    """The message in the user's language (read at call time, so tests can switch)."""
    return gettext.dgettext(DOMAIN, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return gettext.dngettext(DOMAIN, singular, plural, n)


def N_(message: str) -> str:
    """Marks a message for the catalogue where it is defined; ``_()`` translates it where it is shown."""
    return message
