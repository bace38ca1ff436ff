"""Read an agenda document into numbered lines, whatever it is: plain text in
any common encoding, Word (.docx), PDF or a saved web page (.htm/.html).

Municipal files are often Windows-1252, sometimes UTF-16 from Notepad, and
sometimes an old .doc renamed; each gets a message that says what to do.
"""

from __future__ import annotations

import logging
from pathlib import Path

from referat.agenda.lines import Line
from referat.errors import AgendaError, InputError
from referat.i18n import _

log = logging.getLogger(__name__)


def read_bytes(path: Path) -> bytes:
    path = Path(path)
    if not path.exists():
        raise InputError(_("{path} does not exist. Check the file name.").format(path=path))
    if path.is_dir():
        raise InputError(_("{path} is a folder; give an agenda file (.toml, .docx, .pdf or .txt).").format(
                             path=path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(_("Cannot read {path}: {strerror}.").format(path=path, strerror=exc.strerror)) from exc
    if not data.strip():
        raise AgendaError(_("{path} is empty. Give a dagsorden or referat with a header and agenda items.").format(
                              path=path))
    return data


def decode_text(data: bytes, name: str = "the file") -> str:
    """Decode text bytes: BOMs, then UTF-8, then a detected legacy encoding."""
    if data.startswith(b"%PDF"):
        raise InputError(_("{name} is a PDF but is named like a text file. Give it the .pdf suffix and import it "
                           "again.").format(name=name))
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(_("{name} is an old binary Word (.doc) file. Open it in Word and save it as .docx.").format(
                             name=name))
    if data.startswith(b"PK\x03\x04"):
        raise InputError(_("{name} is a zip archive, not text. If it is a Word document, give it the .docx "
                           "suffix.").format(name=name))
    if data.startswith(b"\xef\xbb\xbf"):
        return normalise(data[3:].decode("utf-8", errors="replace"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return normalise(data.decode("utf-16"))
    if b"\x00" in data[:8192]:
        raise InputError(_("{name} is a binary file, not text. Give a .docx, .pdf, .txt or .toml agenda.").format(
                             name=name))
    try:
        return normalise(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    candidates = []
    best = from_bytes(data).best()
    if best is not None:
        candidates.append((best.encoding, str(best)))
    try:  # short Danish texts are often guessed as cp1250 (Ø -> Ř); weigh cp1252 too
        candidates.append(("cp1252", data.decode("cp1252")))
    except UnicodeDecodeError:
        pass
    if not candidates:
        raise InputError(_("{name} is not readable text (no known encoding "
                           "fits). Save it as UTF-8 text or .docx.").format(
                             name=name))
    encoding, text = max(candidates, key=lambda c: _western_score(c[1]))
    if best is None and _western_score(text) < 0.5:
        raise InputError(_("{name} is not readable text (no known encoding "
                           "fits). Save it as UTF-8 text or .docx.").format(
                             name=name))
    log.info("%s is not UTF-8; read it as %s", name, encoding)
    return normalise(text)


_WESTERN = set("æøåÆØÅéÉèüÜöÖäÄ–—‘’“”«»½§€°´·…•")


def _western_score(text: str) -> float:
    """Share of non-ASCII characters that Danish text actually uses."""
    extra = [c for c in text if ord(c) > 127]
    return sum(c in _WESTERN for c in extra) / len(extra) if extra else 1.0


def normalise(text: str) -> str:
    # PDF extraction and Word leave non-breaking spaces and CRs; they would
    # break exact matching of headings such as "Punkt 1:".
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")


def text_lines(text: str) -> list[Line]:
    return [Line(i, raw.rstrip()) for i, raw in enumerate(text.split("\n"), start=1)]


def read_text_lines(path: Path) -> list[Line]:
    return text_lines(decode_text(read_bytes(path), str(path)))
