"""Render bench/results/latest.json as a Markdown table (for bench/README.md).

.venv/bin/python -m bench.report [bench/results/latest.json]
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path
from typing import Any

from bench.common import fmt
from bench.run import RESULTS, describe_machine


def markdown(report: dict[str, Any]) -> str:
    lines = [
        f"Machine: {describe_machine(report['machine'])}.",
        f"Mode `{report['mode']}`, {report['reps']} repetitions per figure, "
        f"run {report['when']} in {report['seconds']:.0f} s.",
        "",
        "| fig | db | what | unit | min | median | max | vs peer (median, pair by pair) | target |",
        "|---|---|---|---|--:|--:|--:|---|---|",
    ]
    for f in report["figures"]:
        values = f.get("values") or []
        unit = f.get("unit", "")
        lo, med, hi = (
            (fmt(min(values), unit), fmt(statistics.median(values), unit), fmt(max(values), unit))
            if values
            else ("", "", "")
        )
        ratio = ""
        if f.get("ratios"):
            ratio = f"{statistics.median(f['ratios']):.2f}x {f.get('peer')}"
        target = f.get("target") or ""
        if target and f.get("met") is not None:
            target += " — **met**" if f["met"] else " — **missed**"
        name = str(f.get("name", "")).strip()
        lines.append(
            f"| {f['figure']} | {f.get('db', '')} | {name} | {unit} | {lo} | {med} | {hi} "
            f"| {ratio} | {target} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else RESULTS / "latest.json"
    print(markdown(json.loads(path.read_text())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
