"""The seeds rendered as Word: structure via python-docx, and LibreOffice
converts them (PDF and text) without error."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import docx
import pytest
from seed_skeletons import SEEDS

from referat.agenda.importer import import_agenda
from referat.output.render import render_docx
from referat.types import Minutes


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    from conftest import SEEDS_DIR

    if not SEEDS_DIR.is_dir():
        pytest.skip(f"seeds not found at {SEEDS_DIR}")
    out = tmp_path_factory.mktemp("docx")
    result = []
    for seed in SEEDS:
        meeting = import_agenda(SEEDS_DIR / seed["file"]).meeting
        path = render_docx(Minutes(meeting), out / (seed["file"][:3] + ".docx"))
        result.append((seed, meeting, path))
    return result


def test_docx_headings_and_paragraphs(rendered):
    for seed, _, path in rendered:
        document = docx.Document(str(path))
        styled = [(p.style.name, p.text) for p in document.paragraphs]  # style lookups are slow: once
        by_style = lambda name: [text for style, text in styled if style == name]  # noqa: E731
        assert by_style("Title") == [seed["title"]]
        assert by_style("Heading 1") == ["Indholdsfortegnelse"] + [f"Punkt {n}: {t}" for n, t, *_ in seed["items"]]
        assert by_style("Heading 2") == [name for *_, sections in seed["items"] for name in sections]
        assert by_style("Sagsnummer") == [case for _, _, case, *_ in seed["items"]]
        texts = [p.text for p in document.paragraphs]
        assert f"Mødedato\t{seed['meeting_date']}" in texts
        assert f"Mødested\t{seed['place']}" in texts
        assert any(t.startswith("Mødedeltagere\t" + seed["participants"][0][0]) for t in texts)
        lists = by_style("Liste") + by_style("Liste 2")
        assert len(lists) > 10 and all(re.match(r"^(\d+[.)]|-|\(\d\))", t) for t in lists)


def test_docx_reimports_to_the_same_meeting(rendered):
    """Word output read back by the importer: same meeting, up to blank lines."""

    def squeeze(meeting):
        return [(i.number, i.title, i.case_number, i.closed, i.decision,
                 [(s.name, re.sub(r"\n+", "\n", s.text)) for s in i.sections]) for i in meeting.items]

    for _, meeting, path in rendered:
        again = import_agenda(path).meeting
        assert (again.forum, again.date, again.start_time, again.place, again.participants) == \
            (meeting.forum, meeting.date, meeting.start_time, meeting.place, meeting.participants)
        assert squeeze(again) == squeeze(meeting)


def _soffice(args, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; scripts/setup.sh --dev installs it")
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    profile = (tmp_path / "lo-profile").as_uri()
    env = dict(os.environ, HOME=str(home))
    return subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", *args],
                          capture_output=True, text=True, timeout=240, env=env)


@pytest.mark.slow
def test_libreoffice_converts_to_pdf_and_text(rendered, tmp_path):
    paths = [str(path) for _, _, path in rendered]
    outdir = tmp_path / "pdf"
    proc = _soffice(["--convert-to", "pdf", "--outdir", str(outdir), *paths], tmp_path)
    assert proc.returncode == 0, proc.stderr
    for _, _, path in rendered:
        pdf = outdir / (path.stem + ".pdf")
        assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 20_000
    txtdir = tmp_path / "txt"
    proc = _soffice(["--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(txtdir), *paths], tmp_path)
    assert proc.returncode == 0, proc.stderr
    for seed, _, path in rendered:
        text = (txtdir / (path.stem + ".txt")).read_text(encoding="utf-8-sig")
        assert seed["title"] in text
        for number, title, case, _, sections in seed["items"]:
            assert f"Punkt {number}: {title}" in text
            assert case in text
            for name in sections:
                assert name in text
