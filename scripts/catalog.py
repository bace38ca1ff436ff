"""The translation catalogue, made and checked with Babel (developers' tool).

    python scripts/catalog.py extract   # referat/locale/referat.pot from the code, click's strings included
    python scripts/catalog.py update    # merge the template into referat/locale/da/LC_MESSAGES/referat.po
    python scripts/catalog.py compile   # referat.po -> referat.mo (what ships in the package)
    python scripts/catalog.py check     # every message translated, placeholders alike, .mo up to date

The messages are extracted from referat's Python code (``_``, ``ngettext``,
``N_``), the review page's script (``_("…")`` in ``app.js``) and page
(``{{ _("…") }}`` in ``index.html``), and from the installed click, whose own
strings ("Usage:", "Show this message and exit.") show in every help page.
``tests/test_i18n.py`` runs the same checks.
"""

from __future__ import annotations

import io
from datetime import datetime, timezone
import re
import string
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "referat"
LOCALE = PACKAGE / "locale"
TEMPLATE = LOCALE / "referat.pot"
LANGUAGES = ("da",)
# Reproducible files: the template's date is fixed, so extracting twice gives the same bytes.
FIXED_DATE = datetime(2026, 12, 1, tzinfo=timezone.utc)

METHODS = [
    ("**.py", "python"),
    ("review/static/app.js", "javascript"),
    ("review/static/index.html", "jinja2.ext:babel_extract"),
]


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "referat.po"


def mo_path(language: str) -> Path:
    return po_path(language).with_suffix(".mo")


def _messages(folder: Path, prefix: str, methods: list[tuple[str, str]]) -> Iterator[tuple]:
    for filename, lineno, message, comments, context in extract_from_dir(
        str(folder), methods, keywords=DEFAULT_KEYWORDS, comment_tags=("TRANSLATORS:",), strip_comment_tags=True
    ):
        yield f"{prefix}{filename}", lineno, message, comments, context


def extract() -> Catalog:
    """Every user-facing message of referat, and click's own."""
    import click

    template = Catalog(project="referat", version="0.1", fuzzy=False, creation_date=FIXED_DATE)
    sources = [(PACKAGE, "referat/", METHODS), (Path(click.__file__).parent, "click/", [("**.py", "python")])]
    for folder, prefix, methods in sources:
        for filename, lineno, message, comments, context in _messages(folder, prefix, methods):
            template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def write_catalog(catalog: Catalog, path: Path) -> None:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, sort_output=False, omit_header=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())


def read_catalog(path: Path, language: str | None = None) -> Catalog:
    with open(path, "rb") as fh:
        return read_po(fh, locale=language)


def compiled(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def update(language: str) -> None:
    template = read_catalog(TEMPLATE)
    path = po_path(language)
    if path.exists():
        catalog = read_catalog(path, language)
    else:
        catalog = Catalog(locale=language, project="referat", version="0.1", creation_date=FIXED_DATE)
    catalog.update(template, no_fuzzy_matching=True, update_creation_date=False)
    catalog.revision_date = FIXED_DATE
    write_catalog(catalog, path)


def fields(text: str) -> list[str]:
    """The ``{name}`` fields of a message, as ``str.format`` reads them (templates' own braces as text)."""
    try:
        return sorted(f"{name}!{conv}:{spec}" for _, name, spec, conv in string.Formatter().parse(text)
                      if name is not None)
    except ValueError:  # a message that is never formatted, e.g. showing "{%p for … %}"
        return sorted(re.findall(r"\{[^{}]*\}", text))


def problems(catalog: Catalog, template: Catalog) -> list[str]:
    """Untranslated, fuzzy, obsolete-against-the-code and placeholder mismatches."""
    found: list[str] = []
    for message in template:
        if not message.id:
            continue
        translated: Message | None = catalog.get(message.id, message.context)
        where = f"{message.id!r} ({', '.join(f'{f}:{n}' for f, n in message.locations[:1])})"
        if translated is None:
            found.append(f"not in the catalogue: {where}")
            continue
        strings = translated.string if isinstance(translated.string, (list, tuple)) else (translated.string,)
        if translated.fuzzy or not all(strings):
            found.append(f"not translated: {where}")
            continue
        originals = message.id if isinstance(message.id, (list, tuple)) else (message.id,)
        for text in strings:
            if fields(text) != fields(originals[-1]) and fields(text) != fields(originals[0]):
                found.append(f"placeholders differ: {where} -> {text!r}")
    return found


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "extract":
        write_catalog(extract(), TEMPLATE)
    elif command == "update":
        for language in LANGUAGES:
            update(language)
    elif command == "compile":
        for language in LANGUAGES:
            mo_path(language).write_bytes(compiled(read_catalog(po_path(language), language)))
    elif command == "check":
        template = extract()
        bad = []
        for language in LANGUAGES:
            catalog = read_catalog(po_path(language), language)
            bad += [f"{language}: {p}" for p in problems(catalog, template)]
            if mo_path(language).read_bytes() != compiled(catalog):
                bad.append(f"{language}: {mo_path(language).name} is older than the .po: run compile")
        print("\n".join(bad) or "catalogue complete")  # noqa: T201
        return 1 if bad else 0
    else:
        print(__doc__)  # noqa: T201
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
