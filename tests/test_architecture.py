"""The import rules of docs/architecture.md, read from the source (not from what happens to be imported)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "drill"
MODULES = {p: ".".join(p.relative_to(SRC.parent).with_suffix("").parts) for p in SRC.rglob("*.py")}
WORKER_SIDE = {"drill.worker", "drill.entries", "drill.solution", "drill.runtime", "drill.protocol", "drill.bigstack"}
PRESENTATION = ("drill.cli", "drill.commands", "drill.render")
DECIDING = ("drill.judge", "drill.decide", "drill.checkers", "drill.attempts")


def imports_of(path: Path) -> set[str]:
    """Every module a file imports, anywhere in it (lazy imports inside functions included), absolute."""
    name = MODULES[path]
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            out.add(module)
            out.update(f"{module}.{alias.name}" for alias in node.names)  # `from . import x` imports drill.x
    return out


def within(module: str, prefixes) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


@pytest.mark.parametrize("path", sorted(MODULES), ids=lambda p: MODULES[p])
def test_only_the_presentation_layers_import_click_or_rich(path):
    if within(MODULES[path], PRESENTATION):
        return
    ui = {m for m in imports_of(path) if within(m, ("click", "rich"))}
    assert not ui, f"{MODULES[path]} imports {sorted(ui)}"


@pytest.mark.parametrize("name", sorted(WORKER_SIDE))
def test_the_worker_side_imports_only_itself_and_the_standard_library(name):
    path = next(p for p, n in MODULES.items() if n == name)
    outside = {m for m in imports_of(path) if within(m, ("drill",)) and m != "drill" and not within(m, WORKER_SIDE)}
    assert not outside, f"{name} imports {sorted(outside)}"
    third_party = {m.split(".")[0] for m in imports_of(path)} & {"hypothesis", "click", "rich", "tomllib", "tomli"}
    assert not third_party, f"{name} imports {sorted(third_party)}"


@pytest.mark.parametrize("path", sorted(p for p, n in MODULES.items() if within(n, DECIDING)), ids=lambda p: MODULES[p])
def test_deciding_code_never_imports_wording(path):
    wording = {m for m in imports_of(path) if within(m, ("drill.render", "drill.commands", "drill.cli"))}
    assert not wording, f"{MODULES[path]} imports {sorted(wording)}"


def test_the_rules_see_lazy_imports():
    # A rule that reads only top-level imports would miss `def f(): import rich`.
    probe = SRC / "commands" / "check.py"
    assert "drill.render.report" in imports_of(probe)
