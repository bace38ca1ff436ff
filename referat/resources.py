"""The files referat carries inside its package: templates, samples, the review page.

In a source checkout they live in the top-level ``templates/`` and ``samples/``
folders (where a municipality edits its templates); the build maps those into
the package as ``referat.templates`` and ``referat.samples`` (pyproject.toml).
Either way they are found with ``importlib.resources``, never relative to the
checkout, so an installed wheel works on its own.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from referat.errors import ReferatError
from referat.i18n import _

TEMPLATES = "referat.templates"
SAMPLES = "referat.samples"


def packaged_file(package: str, name: str) -> Path:
    """A file that ships with referat, as a path on disk (docx templates need one)."""
    try:
        path = Path(str(resources.files(package).joinpath(name)))
    except ModuleNotFoundError as exc:
        raise ReferatError(_("This referat installation lacks {package}; reinstall referat.").format(
                               package=package)) from exc
    if not path.is_file():
        raise ReferatError(_("This referat installation lacks its own file "
                             "{name} ({package}); reinstall referat.").format(
                               name=name, package=package))
    return path


def template_file(name: str) -> Path:
    return packaged_file(TEMPLATES, name)


def sample_file(name: str) -> Path:
    return packaged_file(SAMPLES, name)
