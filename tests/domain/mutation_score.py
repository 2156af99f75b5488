"""The mutation score of claims/core/domain, from the results of the last `mutmut run`.

    .venv/bin/python -m tests.domain.mutation_score [--min 90]

Run from the project root after `mutmut run` (`make mutation` does both). A mutant counts as
killed when a test failed or timed out on it. Two kinds of surviving mutants are set aside,
neither killed nor survived:

- *message-only*: the mutant changes nothing but the wording of an error message (the first
  argument of a `raise`), which no test pins word for word; recognised here from the code;
- *equivalent*: the mutant behaves exactly as the original for every input the domain can
  receive; each is listed with its reason in tests/domain/mutation-equivalents.md, by function
  and mutated line (so the list survives renumbering).

Prints the score per module and overall, and every survivor that is neither; exits 1 when the
score is below --min.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import textwrap
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

EQUIVALENTS = Path(__file__).with_name("mutation-equivalents.md")
KILLED = {"killed", "timeout", "caught by type check"}
_ROW = re.compile(r"^\|\s*`(?P<function>[^`]+)`\s*\|\s*`(?P<line>.+)`\s*\|(?P<reason>.+)\|\s*$")


@dataclass(frozen=True)
class Mutant:
    name: str
    module: str
    function: str  # module.Class.function, without the mutant number
    status: str
    diff: str
    original: str = ""  # the whole function, before and after the mutation
    mutated: str = ""

    @property
    def added(self) -> list[str]:
        return [
            line[1:].strip()
            for line in self.diff.splitlines()
            if line.startswith("+") and not line.startswith("+++")
        ]


def function_of(name: str) -> str:
    """'claims.core.domain.values.xǁQuantityǁinterval__mutmut_3' -> '…values.Quantity.interval'."""
    base = name.rsplit("__mutmut_", 1)[0]
    module, _, function = base.rpartition(".")
    if function.startswith("xǁ"):
        function = ".".join(part for part in function[2:].split("ǁ") if part)
    elif function.startswith("x_"):
        function = function[2:]
    return f"{module}.{function}"


def load_mutants() -> list[Mutant]:
    # mutmut reads its configuration when imported: only here, from the project root.
    import libcst as cst
    from mutmut.__main__ import SourceFileMutationData, walk_mutatable_files
    from mutmut.mutation.diff_apply import (
        get_diff_for_mutant,
        read_mutant_function,
        read_mutants_module,
        read_original_function,
    )
    from mutmut.stats import status_by_exit_code

    found = []
    for path in walk_mutatable_files():
        data = SourceFileMutationData(path=path)
        data.load()
        module = str(path).removesuffix(".py").replace("/", ".")
        mutants_module = None
        for name, exit_code in data.exit_code_by_key.items():
            status = status_by_exit_code[exit_code]
            if status in KILLED:
                found.append(Mutant(name, module, function_of(name), status, ""))
                continue
            mutants_module = mutants_module or read_mutants_module(path)
            original, mutated = (
                cst.Module([read(mutants_module, name).with_changes(name=cst.Name("f"))]).code
                for read in (read_original_function, read_mutant_function)
            )
            diff = get_diff_for_mutant(name, path=path)
            found.append(Mutant(name, module, function_of(name), status, diff, original, mutated))
    return found


class _WithoutMessages(ast.NodeTransformer):
    """Replace the message of every raised exception by the same placeholder."""

    def visit_Raise(self, node: ast.Raise) -> ast.Raise:
        if isinstance(node.exc, ast.Call) and node.exc.args and _is_text(node.exc.args[0]):
            node.exc.args[0] = ast.Constant("message")
        return node


def _is_text(node: ast.expr) -> bool:
    """A message: a string, an f-string, or strings added together."""
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) and _is_text(node.right)
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def message_only(mutant: Mutant) -> bool:
    """Whether the mutant and the original differ only in the messages they raise."""
    try:
        trees = [ast.parse(textwrap.dedent(code)) for code in (mutant.original, mutant.mutated)]
    except SyntaxError:
        return False
    plain = [ast.dump(_WithoutMessages().visit(tree)) for tree in trees]
    return plain[0] == plain[1]


def listed_equivalents() -> dict[tuple[str, str], str]:
    listed = {}
    for line in EQUIVALENTS.read_text(encoding="utf-8").splitlines():
        match = _ROW.match(line)
        if match:
            key = (match["function"].strip(), match["line"].strip().replace("\\|", "|"))
            listed[key] = match["reason"].strip()
    return listed


def classify(mutants: list[Mutant]) -> dict[str, list[Mutant]]:
    listed = listed_equivalents()
    groups: dict[str, list[Mutant]] = {
        "killed": [],
        "message-only": [],
        "equivalent": [],
        "survived": [],
    }
    for m in mutants:
        if m.status in KILLED:
            groups["killed"].append(m)
        elif m.status in ("not checked", "check was interrupted by user"):
            groups.setdefault("not checked", []).append(m)
        elif message_only(m):
            groups["message-only"].append(m)
        elif any((m.function, line) in listed for line in m.added):
            groups["equivalent"].append(m)
        else:
            groups["survived"].append(m)
    return groups


def score(groups: dict[str, list[Mutant]]) -> float:
    counted = len(groups["killed"]) + len(groups["survived"])
    return 100.0 * len(groups["killed"]) / counted if counted else 100.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min", type=float, default=90.0, help="fail below this score (%%)")
    parser.add_argument("--quiet", action="store_true", help="do not print the survivors")
    args = parser.parse_args(argv)
    mutants = load_mutants()
    if not mutants:
        print("No mutation results: run `mutmut run` first.")
        return 1
    groups = classify(mutants)
    if not args.quiet:
        for m in groups["survived"]:
            print(f"--- survived ({m.status}): {m.name}\n{m.diff}\n")
    by_module: dict[str, Counter[str]] = {}
    for group, members in groups.items():
        for m in members:
            by_module.setdefault(m.module, Counter())[group] += 1
    print(f"{'module':40} {'killed':>7} {'survived':>9} {'message':>8} {'equiv':>6} {'score':>7}")
    for module, counts in sorted(by_module.items()):
        counted = counts["killed"] + counts["survived"]
        module_score = 100.0 * counts["killed"] / counted if counted else 100.0
        print(
            f"{module:40} {counts['killed']:7} {counts['survived']:9} "
            f"{counts['message-only']:8} {counts['equivalent']:6} {module_score:6.1f}%"
        )
    total = score(groups)
    if groups.get("not checked"):
        print(f"{len(groups['not checked'])} mutants not checked yet: run `mutmut run`.")
    print(
        f"mutation score: {total:.1f}% ({len(groups['killed'])} killed, "
        f"{len(groups['survived'])} survived; set aside: {len(groups['message-only'])} "
        f"message-only, {len(groups['equivalent'])} equivalent; {len(mutants)} mutants)"
    )
    return 0 if total >= args.min else 1


if __name__ == "__main__":
    sys.exit(main())
