"""The benchmark scripts start and print their table on tiny sizes (SQLite only, no timings).

Not a benchmark: `make bench` measures. This only proves that bench/run.py, each figure script
and the peers still run against the current code, in well under a minute.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import common
from bench.fig_e_http import parse_wrk

ROOT = Path(__file__).resolve().parents[2]

WRK_OUTPUT = """Running 1s test @ http://127.0.0.1:1/x
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     5.10ms    1.20ms  20.00ms   90.00%
  Latency Distribution
     50%    4.90ms
     75%    5.50ms
     90%    6.10ms
     99%  1.20s
  3000 requests in 1.00s, 1.00MB read
  Non-2xx or 3xx responses: 2
Requests/sec:   2999.50
"""


def test_wrk_output_is_parsed() -> None:
    parsed = parse_wrk(WRK_OUTPUT)
    assert parsed["rps"] == 2999.5
    assert parsed["p50_ms"] == 4.9
    assert parsed["p99_ms"] == 1200.0
    assert parsed["errors"] == 2
    assert parsed["requests"] == 3000


def test_table_shows_ratio_and_target() -> None:
    fig = common.Figure(
        "a", "x", "cmd/s", [1.0, 2.0, 3.0], peer="p", ratios=[1.1, 1.2, 1.3], target=">= 1x"
    )
    fig.met = True
    text = common.table([fig])
    assert "1.20x p" in text
    assert "MET" in text


def test_scripts_run_on_tiny_sizes(tmp_path: Path) -> None:
    pytest.importorskip("eventsourcing")  # the peers (pip install -e '.[bench]')
    out = tmp_path / "latest.json"
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CLAIMS_VAR_DIR")}
    proc = subprocess.run(
        [
            *(sys.executable, "-m", "bench.run", "--tiny", "--db", "sqlite", "--only", "abcdf,w3"),
            *("--reps", "1", "--out", str(out), "--timeout", "120"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "=== Results ===" in proc.stdout
    report = json.loads(out.read_text())
    assert {"cpu", "cores", "python", "django", "sqlite"} <= set(report["machine"])
    figures = {f["figure"] for f in report["figures"]}
    assert figures == {"a", "b", "c", "d", "f", "w3"}
    assert all(f["values"] for f in report["figures"])


def test_concurrent_writers_figure_runs_on_tiny_sizes(tmp_path: Path) -> None:
    """(g) is PostgreSQL's figure in make bench; its script runs anywhere (here on SQLite)."""
    out = tmp_path / "g.json"
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CLAIMS_VAR_DIR")}
    env.update(CLAIMS_VAR_DIR=str(tmp_path), DEBUG="0", LOG_LEVEL="WARNING")
    proc = subprocess.run(
        [
            *(sys.executable, "-m", "bench.fig_g_writers", "--size", "tiny", "--reps", "1"),
            *("--db-url", f"sqlite:///{tmp_path / 'g.sqlite3'}", "--json", str(out)),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    figures = json.loads(out.read_text())["figures"]
    assert [f["figure"] for f in figures] == ["g", "g"]
    assert all(f["values"] and f["values"][0] > 0 for f in figures)
