"""The wheel carries every package and every file referat reads from its own
installation (the wheel itself is built, installed and run by scripts/wheel-check.sh)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from referat.output.render import DEFAULT_TEMPLATES, default_template
from referat.resources import SAMPLES, TEMPLATES, sample_file, template_file

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]


def test_every_subpackage_and_the_mapped_folders_are_in_the_wheel():
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "referat").rglob("__init__.py")}
    assert set(SETUPTOOLS["packages"]) == found | {TEMPLATES, SAMPLES}
    assert SETUPTOOLS["package-dir"] == {TEMPLATES: "templates", SAMPLES: "samples"}


def test_the_package_data_patterns_cover_every_file_the_code_asks_for():
    data = SETUPTOOLS["package-data"]

    def shipped(package: str, name: str) -> bool:
        return any(Path(name).match(pattern) for pattern in data[package])

    for fmt, name in DEFAULT_TEMPLATES.items():
        assert shipped(TEMPLATES, name) and default_template(fmt).is_file()
    for name in ("demo-meeting.flac", "demo-meeting.marks.json", "demo-agenda.toml"):
        assert shipped(SAMPLES, name) and sample_file(name).is_file()
    assert template_file("referat.docx").stat().st_size > 10_000


def test_nothing_is_found_relative_to_the_checkout():
    """Only a checkout's own models/ folder is looked for beside the package, and
    only when it is there (asr/models.py); everything else is package data."""
    offenders = []
    for path in (ROOT / "referat").rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.search(r"parents\[[2-9]\]|\.parent\.parent", line):
                offenders.append(f"{path.relative_to(ROOT)}: {line.strip()}")
    assert offenders == ['referat/asr/models.py: folder = Path(__file__).resolve().parents[2] / "models"']


def test_ray_is_an_extra_pinned_exactly_and_not_a_base_dependency():
    project = PYPROJECT["project"]
    assert not [d for d in project["dependencies"] if d.lower().startswith("ray")]
    assert project["optional-dependencies"]["cluster"] == ["ray==2.60.0"]
