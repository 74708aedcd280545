"""The extraction modules hold hundreds of module-level patterns and word lists; a second
assignment to a name silently replaces the first for every function that reads it (an
"_POSSESSIVE_END" written twice once broke "Lack's statement read ... The statement said").
Each name is bound once, unless the second binding derives from the first."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import articles.extraction as package

MODULES = sorted(Path(package.__file__).parent.glob("*.py"))


def _rebound(source: str) -> list[str]:
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if not isinstance(target, ast.Name):
                continue
            reads_itself = any(
                isinstance(n, ast.Name) and n.id == target.id for n in ast.walk(node.value or node)
            )
            if target.id in seen and not reads_itself:
                twice.append(target.id)
            seen.add(target.id)
    return twice


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_module_level_names_are_bound_once(module):
    assert _rebound(module.read_text(encoding="utf-8")) == []


def test_a_second_binding_is_found():
    assert _rebound("A = 1\nB = 2\nA = 3\nB = B + 1\n") == ["A"]
