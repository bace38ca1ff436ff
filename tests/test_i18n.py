"""Danish for the secretary: every user-facing message is in the catalogue and
translated, the language follows the locale (REFERAT_LANG overrides it), and
the compiled catalogue is the one the .po files build."""

from __future__ import annotations

import ast
import importlib.util
import io
import json
import os
import re
import shutil
import string
import subprocess
import sys
from pathlib import Path

import pytest

from referat import i18n
from referat.i18n import _

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "referat"
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "REFERAT_LANG")


def _catalog_tool():
    spec = importlib.util.spec_from_file_location("catalog", ROOT / "scripts" / "catalog.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


catalog = _catalog_tool()


@pytest.fixture(scope="module")
def template():
    return catalog.extract()


@pytest.fixture(scope="module")
def danish():
    return catalog.read_catalog(catalog.po_path("da"), "da")


# -- the catalogue ----------------------------------------------------------------


def test_every_message_has_a_danish_translation_with_the_same_placeholders(template, danish):
    assert len([m for m in template if m.id]) > 400  # referat's own and click's
    assert catalog.problems(danish, template) == []


def test_click_own_strings_are_in_the_catalogue(template, danish):
    for message in ("Show this message and exit.", "Usage:", "Error: {message}", "Try '{command} {option}' for help."):
        assert template.get(message) is not None, message
        assert danish.get(message).string and danish.get(message).string != message


def test_the_shipped_catalogue_is_what_the_po_file_compiles_to(danish):
    assert catalog.mo_path("da").read_bytes() == catalog.compiled(danish)
    # and compiling is reproducible: the same bytes twice
    assert catalog.compiled(danish) == catalog.compiled(catalog.read_catalog(catalog.po_path("da"), "da"))


def test_gnu_msgfmt_check_is_clean():
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "GNU gettext's msgfmt is missing: scripts/setup.sh --dev installs it (package gettext)"
    done = subprocess.run([msgfmt, "--check", "-o", os.devnull, str(catalog.po_path("da"))],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_check_catches_an_untranslated_message_and_a_wrong_placeholder(template, danish):
    from babel.messages.catalog import Catalog

    broken = Catalog(locale="da")
    for message in danish:
        if message.id:
            broken.add(message.id, message.string, context=message.context)
    broken.get("Show this message and exit.").string = ""
    broken.get("{path} is not a regular file.").string = "{sti} er ikke en almindelig fil."
    found = catalog.problems(broken, template)
    assert any("not translated: 'Show this message and exit.'" in p for p in found)
    assert any("placeholders differ: '{path} is not a regular file.'" in p for p in found)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _marked_calls(tree: ast.AST):
    """(call, msgid(s)) for every ``_("…")`` and ``ngettext("…", "…", n)`` with literal text."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
            texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if texts:
                yield node, texts


def test_every_formatted_message_is_given_exactly_its_placeholders():
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        formatted = {}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
                    and isinstance(node.func.value, ast.Call)):
                formatted[id(node.func.value)] = {k.arg for k in node.keywords}
        for call, texts in _marked_calls(tree):
            wanted = set().union(*(_fields(t) for t in texts))
            given = formatted.get(id(call))
            if given is None:  # shown as it is: braces there are text ("{who, what, when}"), never a name
                given = set()
                wanted = {name for name in wanted if name.isidentifier()}
            if wanted != given:
                wrong.append(f"{path.relative_to(ROOT)}:{call.lineno}: fields {sorted(wanted)}, given {sorted(given)}")
    assert wrong == []


ERRORS = {"ReferatError", "InputError", "ModelError", "AgendaError", "TemplateError", "OutputError", "DeviceError",
          "ClusterError", "EditError", "SpeakerCountError", "StaleEdit", "ClickException", "UsageError", "BadParameter"}


def _is_text(node: ast.AST) -> bool:
    """Words, not just placeholders ("%s", "{path}")."""
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return isinstance(node, ast.JoinedStr)
    return any(c.isalpha() for c in re.sub(r"%(?:\(\w+\))?[-#0 +]*\d*(?:\.\d+)?[sdfrgi]|\{[^{}]*\}", "", node.value))


def test_no_user_facing_text_bypasses_the_catalogue():
    """Error messages, help texts, what the commands print and the warnings logged are never bare literals."""
    bare = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            receiver = ast.unparse(func.value) if isinstance(func, ast.Attribute) else ""
            shown = name in ERRORS or (name == "echo" and receiver == "click") or (
                name in ("warning", "error") and receiver == "log")  # shown by default; debug and info stay English
            checked = list(node.args[:1]) if shown else []
            checked += [k.value for k in node.keywords if k.arg in ("help", "show_default")]
            if name == "Problem":
                checked += node.args[1:2]
            for arg in checked:
                literal = arg if _is_text(arg) else None
                if isinstance(arg, ast.JoinedStr):  # values and units alone are fine ("{path}", "{rate} Hz")
                    words = " ".join(v.value for v in arg.values if isinstance(v, ast.Constant))
                    literal = arg if re.search(r"[^\W\d_]{3,}", words) else None
                if literal is not None:
                    bare.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(arg)[:70]}")
    assert bare == []


def test_the_page_script_carries_exactly_the_messages_babel_extracts():
    from babel.messages.extract import extract

    from referat.review.app import SCRIPT_MESSAGE, _static

    source = _static("app.js")
    extracted = {message for _, message, _, _ in extract("javascript", io.BytesIO(source))}
    found = {json.loads(f'"{m}"') for m in SCRIPT_MESSAGE.findall(source.decode())}
    assert found == extracted and len(found) > 30


# -- which language -------------------------------------------------------------------


@pytest.fixture
def locale_env(monkeypatch):
    """A clean slate of locale variables; ``set(**values)`` applies them as a new process would."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)

    def set_(**values: str) -> str:
        for name, value in values.items():
            monkeypatch.setenv(name, value)
        i18n.apply()
        return i18n.language()

    return set_


@pytest.mark.parametrize("values, expected", [
    ({"LANG": "da_DK.UTF-8"}, "da"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({}, "en"),
    ({"LANG": "C.UTF-8", "LC_MESSAGES": "da_DK.UTF-8"}, "da"),
    ({"LANG": "da_DK.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "da"}, "da"),
    ({"LANG": "da_DK.UTF-8", "REFERAT_LANG": "en"}, "en"),
    ({"LANG": "C.UTF-8", "REFERAT_LANG": "da"}, "da"),
    ({"LANGUAGE": "sv", "LANG": "C.UTF-8", "REFERAT_LANG": "DA"}, "da"),
    ({"LANG": "da_DK.UTF-8", "REFERAT_LANG": "fr"}, "da"),  # an unknown override is no override
])
def test_the_language_follows_the_locale_and_referat_lang_overrides_it(locale_env, values, expected):
    assert locale_env(**values) == expected
    said = _("Show this message and exit.")
    assert said == ("Vis denne hjælp og afslut." if expected == "da" else "Show this message and exit.")


def test_danish_plurals(locale_env):
    locale_env(LANG="da_DK.UTF-8")
    assert i18n.ngettext("{count} file to process", "{count} files to process", 1).format(count=1) == \
        "1 fil skal behandles"
    assert i18n.ngettext("{count} file to process", "{count} files to process", 3).format(count=3) == \
        "3 filer skal behandles"


def test_progress_labels_and_batch_words_in_danish(locale_env):
    from referat.commands.batch import STATUS
    from referat.pipeline import STAGES

    locale_env(LANG="da_DK.UTF-8")
    assert [_(label) for label in STAGES.values()] == [
        "Indlæser lyd", "Tale til tekst", "Finder talere", "Punkter og beslutninger", "Skriver filer"]
    assert [_(word) for word in STATUS.values()] == ["færdig", "sprunget over", "dublet", "fejlede", "ignoreret"]
    locale_env(REFERAT_LANG="en")
    assert _(STAGES["asr"]) == "Speech to text"


def test_the_review_page_in_each_language(locale_env):
    from referat.review.app import page

    locale_env(LANG="da_DK.UTF-8")
    danish = page().decode()
    assert '<html lang="da">' in danish and "<title>Gennemse referat</title>" in danish
    assert "Lav referat" in danish and '"Kontrolleret"' in danish  # the script's messages travel as data
    locale_env(LANG="C.UTF-8")
    english = page().decode()
    assert '<html lang="en">' in english and "<title>Review the referat</title>" in english
    assert '<script id="messages" type="application/json">{}</script>' in english


# -- the commands, as a secretary runs them ------------------------------------------------------


def run_referat(*args: str, lang: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    env.update(LANG=lang, PYTHONPATH=str(ROOT))
    # The installed command, as a secretary types it (its name shows in "Usage: referat …").
    command = Path(sys.executable).parent / "referat"
    return subprocess.run([str(command), *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


def test_danish_locale_gives_danish_help_and_errors(tmp_path):
    top = run_referat("--help", lang="da_DK.UTF-8", cwd=tmp_path)
    assert top.returncode == 0
    assert "Show this message and exit." not in top.stdout
    for danish in ("Brug: referat", "Tilvalg:", "Kommandoer:", "Vis denne hjælp og afslut.",
                   "Lokale referater af møder i danske kommuner"):
        assert danish in top.stdout
    transcribe = run_referat("transcribe", "--help", lang="da_DK.UTF-8", cwd=tmp_path)
    assert "Transskribér optagelser" in transcribe.stdout and "Mødets dagsorden" in transcribe.stdout
    assert "Show this message and exit." not in transcribe.stdout
    missing = run_referat("transcribe", "møde.wav", lang="da_DK.UTF-8", cwd=tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.strip() == "Fejl: møde.wav: filen findes ikke. Tjek stien og filnavnet."
    (tmp_path / "dagsorden.wav").write_text("Punkt 1: Godkendelse af dagsorden\n", encoding="utf-8")
    text = run_referat("transcribe", "dagsorden.wav", lang="da_DK.UTF-8", cwd=tmp_path)
    assert text.returncode == 1
    assert text.stderr.strip() == ("Fejl: dagsorden.wav er en tekstfil, ikke lyd (trods navnet). "
                                   "Angiv selve optagelsen.")
    usage = run_referat("transcribe", lang="da_DK.UTF-8", cwd=tmp_path)
    assert usage.returncode == 2 and "Fejl: Mangler argument 'FILES...'." in usage.stderr


def test_other_locales_give_english(tmp_path):
    top = run_referat("--help", lang="C.UTF-8", cwd=tmp_path)
    assert "Usage: referat" in top.stdout and "Show this message and exit." in top.stdout
    transcribe = run_referat("transcribe", "--help", lang="C.UTF-8", cwd=tmp_path)
    assert "Transcribe recordings" in transcribe.stdout
    missing = run_referat("transcribe", "meeting.wav", lang="C.UTF-8", cwd=tmp_path)
    assert missing.stderr.strip() == "Error: meeting.wav: no such file. Check the path and the file name."
    (tmp_path / "agenda.wav").write_text("Punkt 1: Godkendelse af dagsorden\n", encoding="utf-8")
    text = run_referat("transcribe", "agenda.wav", lang="C.UTF-8", cwd=tmp_path)
    assert text.stderr.strip() == ("Error: agenda.wav is a text file, not audio (despite its name). "
                                   "Give the recording itself.")
