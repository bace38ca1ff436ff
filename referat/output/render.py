"""Render minutes: Word via docxtpl, markdown and HTML via jinja2.

The default templates live in ``templates/``; a municipality can pass its own
(its letterhead and styles) as long as it uses the required fields. Every
output is written atomically and owner-only (``referat.files``).
"""

from __future__ import annotations

import logging
import re
import zipfile
from pathlib import Path

import jinja2
from jinja2 import meta, nodes

from referat import files
from referat.errors import OutputError, TemplateError
from referat.i18n import N_, _
from referat.output.context import RenderOptions, build_context
from referat.resources import template_file
from referat.types import Meeting, Minutes

log = logging.getLogger(__name__)

DEFAULT_TEMPLATES = {"docx": "referat.docx", "md": "referat.md.j2", "html": "referat.html.j2"}

# Without these a template cannot show the minutes; each alternative suffices.
REQUIRED_TOP = (("items",), ("title", "forum"))
REQUIRED_ITEM = (("heading", "number"), ("heading", "title"), ("sections",))
_HINTS = {
    "items": N_("the loop over agenda items: {%p for item in items %} … {%p endfor %}"),
    "title": N_("the document title: {{ title }} (or {{ forum }} and {{ date }})"),
    "forum": N_("the document title: {{ title }} (or {{ forum }} and {{ date }})"),
    "heading": N_("the item heading inside the items loop: {{ item.heading }} "
                  "(or {{ item.number }} and {{ item.title }})"),
    "number": N_("the item number inside the items loop: {{ item.number }} or {{ item.heading }}"),
    "sections": N_("the sections loop inside the items loop: {%p for s in item.sections %} … {%p endfor %}"),
}


def minutes_from_meeting(meeting: Meeting) -> Minutes:
    """Minutes with no recording yet: the agenda as it stands (for checking)."""
    return Minutes(meeting=meeting)


def default_template(fmt: str) -> Path:
    return template_file(DEFAULT_TEMPLATES[fmt])


# --- template checks ---------------------------------------------------------------


def check_template_source(source: str, name: str) -> None:
    """Raise TemplateError naming the first required field the template lacks."""
    env = jinja2.Environment()
    try:
        ast = env.parse(source)
    except jinja2.TemplateSyntaxError as exc:
        message = (exc.message or "").rstrip(".")
        raise TemplateError(_("Template {name} has a Jinja syntax error on line {lineno}: {message}. Fix the "
                              "tag, or start again from the default template.").format(
                                name=name, lineno=exc.lineno, message=message)) from exc
    top = meta.find_undeclared_variables(ast)
    item_fields = _loop_fields(ast, "items")
    for group in REQUIRED_TOP:
        if not any(field in top for field in group):
            _missing(name, group[0])
    for group in REQUIRED_ITEM:
        if not any(field in item_fields for field in group):
            # Name the field the template half-uses: number without title, or the other way.
            partial = group[0] == "heading" and ({"number", "title"} & item_fields)
            _missing(name, "item." + (group[-1] if partial else group[0]))


def _missing(name: str, field: str) -> None:
    hint = _(_HINTS[field.split(".")[-1]]) if field.split(".")[-1] in _HINTS else ""
    raise TemplateError(_("Template {name} is missing the required field '{field}' ({hint}). Add it, or start "
                          "from the default template in templates/.").format(
                            name=name, field=field, hint=hint))


def _loop_fields(ast: nodes.Template, iterable: str) -> set[str]:
    """Attributes used on the loop variable of every `for x in <iterable>`."""
    found: set[str] = set()
    for loop in ast.find_all(nodes.For):
        if isinstance(loop.iter, nodes.Name) and loop.iter.name == iterable and isinstance(loop.target, nodes.Name):
            var = loop.target.name
            for body in loop.body:
                for attr in body.find_all(nodes.Getattr):
                    if isinstance(attr.node, nodes.Name) and attr.node.name == var:
                        found.add(attr.attr)
                for sub in body.find_all(nodes.Getitem):
                    if isinstance(sub.node, nodes.Name) and sub.node.name == var and isinstance(sub.arg, nodes.Const):
                        found.add(str(sub.arg.value))
    return found


def _strict_env(autoescape: bool) -> jinja2.Environment:
    return jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=autoescape,
                              trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def _render_error(name: str, exc: Exception) -> TemplateError:
    if isinstance(exc, jinja2.UndefinedError):
        return TemplateError(_("Template {name} uses a field referat does not provide: {message}. See "
                               "docs/agenda.md for the field names.").format(name=name, message=exc.message))
    return TemplateError(_("Template {name} could not be rendered: {exc}.").format(name=name, exc=exc))


# --- text formats ----------------------------------------------------------------------


def _render_text(fmt: str, minutes: Minutes, options: RenderOptions, template: Path | None) -> str:
    path = Path(template) if template else default_template(fmt)
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise TemplateError(_("Template {path} does not exist. Check the --template path.").format(path=path)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(_("Template {path} is not a readable UTF-8 text template: {exc}.").format(
                                path=path, exc=exc)) from exc
    check_template_source(source, str(path))
    env = _strict_env(autoescape=(fmt == "html"))
    try:
        text = env.from_string(source).render(build_context(minutes, options))
    except jinja2.TemplateError as exc:
        raise _render_error(str(path), exc) from exc
    return re.sub(r"\n{3,}", "\n\n", text) if fmt == "md" else text


def render_markdown(minutes: Minutes, public: bool = False, template: Path | None = None,
                    decision_heading: str = "auto", excerpts: bool = True) -> str:
    options = RenderOptions(public=public, decision_heading=decision_heading, excerpts=excerpts)
    return _render_text("md", minutes, options, template)


def render_html(minutes: Minutes, public: bool = False, template: Path | None = None,
                decision_heading: str = "auto", excerpts: bool = True) -> str:
    options = RenderOptions(public=public, decision_heading=decision_heading, excerpts=excerpts)
    return _render_text("html", minutes, options, template)


# --- Word ---------------------------------------------------------------------------------


def _load_docx_template(path: Path):
    from docxtpl import DocxTemplate

    if not path.is_file():
        raise TemplateError(_("Template {path} does not exist. Check the --template path.").format(path=path))
    if not zipfile.is_zipfile(path):
        raise TemplateError(_("Template {path} is not a Word document (.docx). Save it from Word as .docx.").format(
                                path=path))
    try:
        tpl = DocxTemplate(str(path))
        tpl.init_docx()
        source = tpl.patch_xml(tpl.get_xml())
    except Exception as exc:  # python-docx raises several types for broken packages
        raise TemplateError(_("Template {path} is not a usable Word document: {exc}.").format(
                                path=path, exc=exc)) from exc
    check_template_source(source, str(path))
    return tpl


def check_docx_template(template: Path | None) -> None:
    """Refuse an unusable Word template now, before any slow work."""
    _load_docx_template(Path(template) if template else default_template("docx"))


def render_docx(minutes: Minutes, path: Path, template: Path | None = None, public: bool = False,
                overwrite: bool = False, decision_heading: str = "auto", excerpts: bool = True) -> Path:
    """Write the minutes as .docx from a docxtpl template (default: templates/referat.docx)."""
    path = Path(path)
    files.check_can_create(path, overwrite)
    template_path = Path(template) if template else default_template("docx")
    tpl = _load_docx_template(template_path)
    context = build_context(minutes, RenderOptions(public=public, decision_heading=decision_heading,
                                                   excerpts=excerpts))
    try:
        tpl.render(context, jinja_env=_strict_env(autoescape=True), autoescape=True)
    except jinja2.TemplateError as exc:
        raise _render_error(str(template_path), exc) from exc
    return files.write_with(path, lambda tmp: tpl.save(str(tmp)), overwrite=overwrite)


# --- one entry point ------------------------------------------------------------------------


def _write_text(fmt: str):
    def write(minutes: Minutes, path: Path, template=None, public=False, overwrite=False, **kw) -> Path:
        files.check_can_create(Path(path), overwrite)
        text = _render_text(fmt, minutes, RenderOptions(public=public, **kw), template)
        return files.write_text(Path(path), text, overwrite=overwrite)

    return write


WRITERS = {"docx": render_docx, "md": _write_text("md"), "html": _write_text("html")}
_SUFFIXES = {".docx": "docx", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def render(minutes: Minutes, path: Path, template: Path | None = None, public: bool = False,
           overwrite: bool = False, decision_heading: str = "auto", excerpts: bool = True) -> Path:
    """Render to ``path``; the format follows its suffix (.docx, .md or .html)."""
    fmt = _SUFFIXES.get(Path(path).suffix.lower())
    if fmt is None:
        raise OutputError(_("Cannot tell the output format of {path}: use a .docx, .md or .html file name.").format(
                              path=path))
    return WRITERS[fmt](minutes, Path(path), template=template, public=public, overwrite=overwrite,
                        decision_heading=decision_heading, excerpts=excerpts)
