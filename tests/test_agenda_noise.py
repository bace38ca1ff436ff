"""The importer under noise: what e-mail, Notepad, old Word exports and PDF viewers do to
a document. Whatever the noise, every item comes back with its number, title, case
number and closed flag, and no item is invented.

The documents are the real ones: the format catalogue and both seeds. Hypothesis
draws the noise (derandomized, so a run is repeatable); a fixed noisy copy of each
document also goes through LibreOffice to PDF and is read back.
"""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from office import convert, have_libreoffice

from referat.agenda import import_agenda
from referat.agenda.importer import parse_agenda_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
DOCUMENTS = sorted([*(SHARED / "formats").glob("*.txt"), *(SHARED / "seeds").glob("*.txt")])

pytestmark = pytest.mark.skipif(not DOCUMENTS, reason=f"the format catalogue and seeds are not in {SHARED}")

# Running headers of the kinds real agenda systems print at the top of each page.
RUNNING = ["Økonomiudvalget 19-06-2025", "Referat – Byrådet", "Region Hovedstaden · Forretningsudvalget"]


def items(meeting) -> list[tuple]:
    return [(i.number, i.title, i.case_number, i.closed) for i in meeting.items]


CLEAN = {path.name: items(parse_agenda_text(path.read_text(encoding="utf-8"))) for path in DOCUMENTS}


def titles_in(lines: list[str], name: str) -> set[int]:
    """Lines holding an item title, or a number and title: noise never breaks those."""
    words = [title for _, title, _, _ in CLEAN[name]]
    return {k for k, line in enumerate(lines) if any(title and title in line for title in words)}


def wrap(lines: list[str], keep: set[int], rng: random.Random, share: float) -> list[str]:
    """Break long lines of running text at a space, as a narrow window or an e-mail does. The
    break never leaves a digit or a capital opening the new line (that is a new point, not a wrap)."""
    out = []
    for k, line in enumerate(lines):
        spaces = [m.start() for m in re.finditer(" ", line)
                  if m.start() > 30 and re.match(r" [a-zæøå]", line[m.start():])]
        if k not in keep and len(line) > 70 and spaces and rng.random() < share:
            cut = rng.choice(spaces)
            out += [line[:cut], line[cut + 1:]]
        else:
            out.append(line)
    return out


def furnish(lines: list[str], page_length: int, header: str) -> list[str]:
    """Page furniture: each page after the first opens with a running header and every page
    closes with "Side N af M". A document with page breaks (form feeds) keeps its own; one
    without gets a break every ``page_length`` lines, and at least three pages: a header
    printed once, on the second page only, cannot be told from the text by anyone."""
    text = "\n".join(lines)
    if "\f" in text:
        pages = [page.split("\n") for page in text.split("\f")]
    else:
        page_length = max(1, min(page_length, len(lines) // 3))
        pages = [lines[i:i + page_length] for i in range(0, len(lines), page_length)]
    out: list[str] = []
    for n, page in enumerate(pages, start=1):
        out += ([f"\f{header}", ""] if n > 1 else []) + page + ["", f"Side {n} af {len(pages)}"]
    return out


@st.composite
def noise(draw):
    return {
        "seed": draw(st.integers(0, 2**16)),
        "wrap": draw(st.sampled_from([0.0, 0.3, 1.0])),
        "blank": draw(st.sampled_from([0.0, 0.1, 0.4])),
        "nbsp": draw(st.sampled_from([0.0, 0.2, 1.0])),
        "trailing": draw(st.booleans()),
        "page": draw(st.sampled_from([None, 25, 60])),
        "header": draw(st.sampled_from(RUNNING)),
        "crlf": draw(st.booleans()),
        "encoding": draw(st.sampled_from(["utf-8", "cp1252", "utf-8-sig"])),
    }


def noisy(path: Path, how: dict) -> bytes:
    rng = random.Random(how["seed"])
    lines = path.read_text(encoding="utf-8").split("\n")
    lines = wrap(lines, titles_in(lines, path.name), rng, how["wrap"])
    lines = [x for line in lines for x in ([line, ""] if rng.random() < how["blank"] else [line])]
    if how["page"]:
        lines = furnish(lines, how["page"], how["header"])
    lines = ["".join("\u00a0" if c == " " and rng.random() < how["nbsp"] else c for c in line) for line in lines]
    if how["trailing"]:
        lines = [line + " " * rng.randint(0, 3) + ("\t" if rng.random() < 0.1 else "") for line in lines]
    text = ("\r\n" if how["crlf"] else "\n").join(lines)
    return text.encode(how["encoding"], errors="strict") if _encodable(text, how["encoding"]) else text.encode()


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.stem for p in DOCUMENTS])
@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(how=noise())
def test_noise_neither_loses_nor_invents_an_item(path, how, tmp_path):
    copy = tmp_path / path.name
    copy.write_bytes(noisy(path, how))
    assert items(import_agenda(copy).meeting) == CLEAN[path.name]


def test_the_noise_is_real():
    """The noise must change the document, or the test above proves nothing."""
    path = DOCUMENTS[0]
    how = {"seed": 1, "wrap": 1.0, "blank": 0.4, "nbsp": 1.0, "trailing": True, "page": 25, "header": RUNNING[0],
           "crlf": True, "encoding": "cp1252"}
    data = noisy(path, how)
    assert b"\r\n" in data and b"\xa0" in data and b"\x0c" in data and re.search(rb"Side\W2\Waf", data)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert data.count(b"\r\n") > path.read_text(encoding="utf-8").count("\n") * 1.2


@pytest.fixture(scope="module")
def noisy_pdfs(tmp_path_factory) -> dict[str, Path]:
    if not have_libreoffice():
        pytest.skip("LibreOffice is not installed (scripts/setup.sh --dev installs it)")
    folder = tmp_path_factory.mktemp("noisy")
    how = {"seed": 7, "wrap": 0.3, "blank": 0.1, "nbsp": 0.2, "trailing": True, "page": None, "header": "",
           "crlf": False, "encoding": "utf-8"}
    sources = []
    for path in DOCUMENTS:
        sources.append(folder / path.name)
        sources[-1].write_bytes(noisy(path, how))
    convert(sources, "pdf", folder)
    for source in sources:
        shutil.move(source, source.with_suffix(".noisy.txt"))
    return {p.stem: p for p in folder.glob("*.pdf")}


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.stem for p in DOCUMENTS])
def test_a_noisy_copy_made_into_a_pdf_by_libreoffice(noisy_pdfs, path):
    assert items(import_agenda(noisy_pdfs[path.stem]).meeting) == CLEAN[path.name]
