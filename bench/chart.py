"""Draw the benchmark ratios against the peers as an SVG chart (for README.md and bench/README.md).

    .venv/bin/python -m bench.chart [RESULTS.json] [--out docs/images/bench-ratios.svg]

Reads a run's results (bench/results/latest.json by default, as `make bench` writes it) and draws
one row per measurement that has a peer — the eventsourcing library, django-simple-history, a
plain ORM table, plain Django views — with a bar per database: the median of the pair-by-pair
ratios, on a log scale where 1× means "as good as the peer" and more is better (faster, or
quicker to answer). A target stated as a ratio is marked on its bar. Ratios against the
tracker's own readings (as of against now, one writer against sixteen, a small log against a
large one) are not peers and are left out; bench/README.md lists them.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from html import escape
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RESULTS = ROOT / "bench" / "results" / "latest.json"
DEFAULT_OUT = ROOT / "docs" / "images" / "bench-ratios.svg"

# What counts as a peer: another implementation of the same work, named by these prefixes.
PEER_PREFIXES = ("eventsourcing", "django-simple-history", "plain", "instance.history", "Model.")
DATABASES = (("sqlite", "SQLite", "#4c78a8"), ("postgres", "PostgreSQL", "#f58518"))
TARGET_RATIO = re.compile(r">=\s*([0-9.]+)x")

LO, HI = 0.1, 30.0  # the x axis, log scale
TICKS = (0.1, 0.2, 0.5, 1, 2, 5, 10, 20)
WIDTH, LEFT, RIGHT = 980, 430, 40
ROW, BAR, TOP = 46, 14, 92


def peer_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per (figure, measurement) that has a peer ratio, with a ratio per database."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for f in report.get("figures", []):
        peer = str(f.get("peer") or "")
        if not f.get("ratios") or not peer.startswith(PEER_PREFIXES):
            continue
        name = str(f.get("name", "")).strip()
        row = rows.setdefault(
            (f["figure"], name), {"figure": f["figure"], "name": name, "peers": {}, "bars": {}}
        )
        target = TARGET_RATIO.search(str(f.get("target") or ""))
        row["bars"][f.get("db", "")] = {
            "ratio": float(f.get("ratio_median") or 0.0),
            "target": float(target.group(1)) if target else None,
        }
        row["peers"][f.get("db", "")] = peer
    return sorted(rows.values(), key=lambda r: r["figure"])


def _x(ratio: float) -> float:
    ratio = min(max(ratio, LO), HI)
    span = math.log10(HI) - math.log10(LO)
    return LEFT + (math.log10(ratio) - math.log10(LO)) / span * (WIDTH - LEFT - RIGHT)


def _peer_label(peers: dict[str, str]) -> str:
    names = list(dict.fromkeys(peers.values()))
    if len(names) == 1:
        return f"vs {names[0]}"
    return "vs " + " · ".join(f"{peers[db]} ({label})" for db, label, _ in DATABASES if db in peers)


def svg(report: dict[str, Any]) -> str:
    rows = peer_rows(report)
    height = TOP + ROW * len(rows) + 56
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family="Helvetica, Arial, sans-serif" '
        f'font-size="12" role="img" aria-labelledby="title">',
        f'<title id="title">Claims Tracker against its peers: median ratios of the run of '
        f"{escape(str(report.get('when', '')))}</title>",
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
        '<text x="16" y="26" font-size="16" font-weight="bold">'
        "Claims Tracker against its peers (× the peer; more is better)</text>",
        f'<text x="16" y="46" fill="#555">make bench, mode {escape(str(report.get("mode", "")))}, '
        f"{escape(str(report.get('when', ''))[:10])}; median of the pair-by-pair ratios of "
        f"{report.get('reps', '?')} repetitions; ▏marks a target</text>",
    ]
    legend_x = 16
    for _, label, colour in DATABASES:
        out.append(f'<rect x="{legend_x}" y="58" width="12" height="12" fill="{colour}"/>')
        out.append(f'<text x="{legend_x + 18}" y="69">{label}</text>')
        legend_x += 110
    bottom = TOP + ROW * len(rows)
    for tick in TICKS:
        x = _x(tick)
        stroke = "#333" if tick == 1 else "#ddd"
        out.append(
            f'<line x1="{x:.1f}" y1="{TOP - 8}" x2="{x:.1f}" y2="{bottom}" stroke="{stroke}"/>'
        )
        out.append(
            f'<text x="{x:.1f}" y="{bottom + 16}" text-anchor="middle" fill="#333">{tick:g}×</text>'
        )
    out.append(
        f'<text x="{_x(1):.1f}" y="{bottom + 34}" text-anchor="middle" fill="#333">'
        "1× = as good as the peer</text>"
    )
    for i, row in enumerate(rows):
        y = TOP + ROW * i
        out.append(
            f'<text x="{LEFT - 10}" y="{y + 12}" text-anchor="end">'
            f"({escape(row['figure'])}) {escape(row['name'])}</text>"
        )
        out.append(
            f'<text x="{LEFT - 10}" y="{y + 27}" text-anchor="end" fill="#666" font-size="11">'
            f"{escape(_peer_label(row['peers']))}</text>"
        )
        for j, (db, _, colour) in enumerate(DATABASES):
            bar = row["bars"].get(db)
            if bar is None:
                continue
            top = y + j * (BAR + 2)
            start, end = _x(LO), _x(bar["ratio"])
            out.append(
                f'<rect x="{start:.1f}" y="{top}" width="{max(end - start, 1):.1f}" '
                f'height="{BAR}" fill="{colour}"/>'
            )
            out.append(
                f'<text x="{end + 4:.1f}" y="{top + BAR - 3}" font-size="11">'
                f"{bar['ratio']:.2f}×</text>"
            )
            if bar["target"] is not None:
                tx = _x(bar["target"])
                out.append(
                    f'<line x1="{tx:.1f}" y1="{top - 2}" x2="{tx:.1f}" y2="{top + BAR + 2}" '
                    'stroke="#000" stroke-width="2"/>'
                )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", nargs="?", type=Path, default=DEFAULT_RESULTS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    report = json.loads(args.results.read_text())
    if not peer_rows(report):
        print(f"{args.results}: no figure has a peer ratio; nothing to draw", file=sys.stderr)
        return 1
    args.out.write_text(svg(report))
    print(f"wrote {args.out} from {args.results} (run of {report.get('when')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
