"""Each module of claims/, tracker/ and config/ opens with a docstring saying what it is for."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted(
    path
    for package in ("claims", "tracker", "config")
    for path in (ROOT / package).rglob("*.py")
    if "migrations" not in path.parts
)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_module_says_what_it_is_for(path: Path) -> None:
    doc = ast.get_docstring(ast.parse(path.read_text()))
    assert doc is not None, f"{path.relative_to(ROOT)} has no docstring"
    assert doc.splitlines()[0].strip(), f"{path.relative_to(ROOT)}: the first line is empty"
