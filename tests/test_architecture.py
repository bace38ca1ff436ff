"""The architecture, checked by reading the code (docs/architecture.md describes it).

- The pure stages import only the shared types and each other: no model, no
  I/O library, no command code.
- No import cycle between referat's modules (imports inside functions count;
  imports only for type checking do not).
- No module is over 400 lines.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "referat"
MAX_LINES = 400

# Pure stages: plain functions over frozen values. Keep in step with the strict
# mypy section of pyproject.toml.
PURE = {
    "referat.types", "referat.errors", "referat.danish", "referat.i18n",
    "referat.minutes", "referat.minutes.build", "referat.minutes.decisions", "referat.minutes.segment",
    "referat.minutes.sentences", "referat.minutes.phrases", "referat.minutes.presenter", "referat.minutes.followups",
    "referat.minutes.points", "referat.minutes.remarks", "referat.minutes.answers", "referat.minutes.wording",
    "referat.minutes.requests", "referat.minutes.proposal",
    "referat.minutes.changes", "referat.minutes.quotes", "referat.minutes.evidence", "referat.minutes.asked",
    "referat.minutes.clauses", "referat.minutes.remark_words", "referat.minutes.closing", "referat.minutes.stances",
    "referat.minutes.task_words", "referat.minutes.requested", "referat.minutes.chair_adds",
    "referat.minutes.added_forms", "referat.minutes.weighing",
    "referat.minutes.some_points", "referat.minutes.refusals", "referat.minutes.postponements", "referat.minutes.trials",
    "referat.minutes.said_remarks", "referat.minutes.adopted", "referat.minutes.held_off", "referat.minutes.commas",
    "referat.minutes.approval_later", "referat.minutes.subsets", "referat.minutes.comes_back",
    "referat.minutes.waits_first", "referat.minutes.set_aside", "referat.minutes.hedged", "referat.minutes.word_order", "referat.minutes.written_in", "referat.minutes.granted", "referat.minutes.left_out",
    "referat.minutes.point_names", "referat.minutes.stems",
    "referat.record.model", "referat.record.build", "referat.record.views", "referat.record.edits",
    "referat.speakers.align", "referat.asr.postprocess", "referat.asr.terms", "referat.agenda.sections",
    "referat.agenda.vocabulary",
}
# What a pure stage may import from outside referat: the standard library only.
STDLIB = set(sys.stdlib_module_names) | {"__future__"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _type_checking_only(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return True
    return False


def imports_of(name: str) -> set[str]:
    """Every module ``name`` imports, at the top or inside functions."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    package = name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if _type_checking_only(node, parents):
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            found.add(base)
            # "from referat import files" imports the module referat.files
            found.update(f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in MODULES)
    return found


def referat_imports(name: str) -> set[str]:
    return {m for m in imports_of(name) if m in MODULES and m != name}


@pytest.mark.parametrize("name", sorted(PURE))
def test_pure_stages_import_only_types_and_each_other(name):
    assert name in MODULES, f"{name} is listed as pure but does not exist"
    outside = sorted(m for m in imports_of(name) if m.split(".")[0] != "referat" and m.split(".")[0] not in STDLIB)
    assert outside == [], f"{name} is a pure stage but imports {outside}"
    impure = sorted(m for m in referat_imports(name) if m not in PURE and m != "referat")
    assert impure == [], f"{name} is a pure stage but imports {impure}"


def test_no_import_cycles():
    graph = {name: referat_imports(name) for name in MODULES}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = path[path.index(nxt):] + [nxt]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_over_400_lines(name):
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{name} has {lines} lines; split it (docs/architecture.md)"
