"""Each module of the extractor defines a top-level name once.

The extractor's modules hold hundreds of module-level word lists and patterns. A second
definition of a name lower in a module silently replaces the first for every function that reads
it: two such collisions changed what the extractor proposed before the development sets showed
it. This test reads the modules' syntax (no import) and names any top-level name bound twice.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

EXTRACTION = Path(__file__).resolve().parents[2] / "claims" / "importing" / "extraction"


def _bound_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", sorted(EXTRACTION.glob("*.py")), ids=lambda path: path.name)
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = sorted(name for name, count in Counter(_bound_names(tree)).items() if count > 1)
    assert twice == [], f"{path.name} binds these names more than once: {twice}"


def test_a_name_bound_twice_is_found() -> None:
    tree = ast.parse("_WORDS = 1\ndef f() -> None: ...\n_WORDS = 2\n")
    assert Counter(_bound_names(tree))["_WORDS"] == 2
