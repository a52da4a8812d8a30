"""No module of warta binds the same top-level name twice: a second `_PATTERN = …` far down
a long rules module silently replaces the first for every rule above it that reads it."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

_SOURCES = sorted((Path(__file__).resolve().parent.parent / "src" / "warta").rglob("*.py"))


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_the_check_sees_a_name_bound_twice() -> None:
    tree = ast.parse("_A = 1\ndef f():\n    return _A\n_A = 2\n")
    assert _top_level_names(tree)["_A"] == 2


@pytest.mark.parametrize("path", _SOURCES, ids=lambda p: str(p.name))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    twice = sorted(name for name, count in names.items() if count > 1 and name != "__all__")
    assert twice == [], f"{path}: bound more than once at top level: {twice}"
