"""`referat agenda init|import|check|render` through the click group."""

from __future__ import annotations

import shutil

import docx
from click.testing import CliRunner

from referat.cli import main


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)))


def test_init_then_check(tmp_path):
    path = tmp_path / "dagsorden.toml"
    result = run("agenda", "init", path)
    assert result.exit_code == 0, result.output
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert "# Ét [[items]] pr. dagsordenspunkt" in path.read_text(encoding="utf-8")
    again = run("agenda", "init", path)
    assert again.exit_code == 1 and "already exists" in again.output
    check = run("agenda", "check", path)
    assert check.exit_code == 0 and check.output.rstrip().endswith("OK")
    assert "Punkt 1: Godkendelse af dagsorden" in check.output


def test_import_seed_next_to_input_then_render(tmp_path, seeds_dir):
    source = tmp_path / "referat.txt"
    shutil.copy(seeds_dir / "000_21a8f7bef98305b8.txt", source)
    result = run("agenda", "import", source)
    assert result.exit_code == 0, result.output
    toml = tmp_path / "referat.toml"
    assert toml.is_file() and f"Wrote {toml}" in result.output
    assert "Punkt 3: Lederudviklingsaktiviteter [24/11351]" in result.output
    assert run("agenda", "check", toml).exit_code == 0

    public = tmp_path / "public.docx"
    result = run("agenda", "render", toml, "-o", public, "--public", "--decision-heading", "plain")
    assert result.exit_code == 0, result.output
    headings = [p.text for p in docx.Document(str(public)).paragraphs if p.style.name.startswith("Heading")]
    assert "Punkt 2: Lukket" in headings and "Beslutning" in headings
    assert "Beslutning Direktionen den 13-08-2024" not in headings
    md = tmp_path / "internal.md"
    assert run("agenda", "render", toml, "-o", md).exit_code == 0
    assert "### Beslutning Direktionen den 13-08-2024" in md.read_text(encoding="utf-8")


def test_import_writes_nothing_on_bad_input(tmp_path):
    bad = tmp_path / "tom.txt"
    bad.write_text("REFERAT Chefforum d. 19-06-2025\n\nIngen punkter.\n", encoding="utf-8")
    result = run("agenda", "import", bad, "-o", tmp_path / "out.toml")
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "found no agenda items" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out.toml").exists()
    toml = tmp_path / "a.toml"
    toml.write_text("x = 1\n")
    assert "already a TOML agenda" in run("agenda", "import", toml).output


def test_check_lists_problems_with_lines(tmp_path):
    path = tmp_path / "a.toml"
    path.write_text('[meeting]\nforum = "Chefforum"\ndate = "i morgen"\n\n[[items]]\nnumber = 1\ntitle = "A"\n\n'
                    '[[items]]\nnumber = 1\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["agenda", "check", str(path)])
    assert result.exit_code == 1
    assert f"{path}: line 3: unknown date format 'i morgen'" in result.output
    assert f"{path}: line 10: duplicate item number 1 (first on line 6)" in result.output
    assert f"{path}: line 9: item 1 has no title" in result.output
    assert "has 3 problems" in result.output


def test_render_with_broken_template(tmp_path):
    agenda = tmp_path / "a.toml"
    assert run("agenda", "init", agenda).exit_code == 0
    template = tmp_path / "kommune.docx"
    document = docx.Document()
    document.add_paragraph("{{ title }}")
    document.save(str(template))
    out = tmp_path / "out.docx"
    result = run("agenda", "render", agenda, "-o", out, "--template", template)
    assert result.exit_code == 1 and "missing the required field 'items'" in result.output
    assert not out.exists()
