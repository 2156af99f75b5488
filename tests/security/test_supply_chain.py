"""Checklist #12: no known-vulnerable installed package (pip-audit), no high-severity bandit issue.

Both tools look at code, not at the database, so they run once, in the SQLite pass of
`make test`. Install them with the dev extras (pip-audit, bandit).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="database-independent: runs in the SQLite pass"
)


def _need(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"!!! {module} is not installed: pip install -e '.[dev]' !!!")


def test_bandit_finds_no_high_severity_issue(tmp_path: Path) -> None:
    _need("bandit")
    out = tmp_path / "bandit.json"
    args = ["-r", "claims", "tracker", "config", "-lll", "-q", "-f", "json", "-o", str(out)]
    result = subprocess.run(
        [sys.executable, "-m", "bandit", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert out.exists(), f"bandit wrote no report (exit {result.returncode}): {result.stderr}"
    report = json.loads(out.read_text())
    findings = [
        f"{r['filename']}:{r['line_number']} {r['test_id']} {r['issue_text']}"
        for r in report["results"]
    ]
    scanned = report["metrics"]["_totals"]["loc"]
    print(f"bandit -lll: {len(findings)} high-severity findings in {scanned} lines")
    assert report["errors"] == []
    assert scanned > 1000, "bandit scanned almost nothing: wrong directory?"
    assert findings == []


def test_pip_audit_finds_no_known_vulnerable_package() -> None:
    _need("pip_audit")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip_audit",
            "--format",
            "json",
            "--progress-spinner",
            "off",
            "--skip-editable",
            "--timeout",
            "10",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"pip-audit gave no report (exit {result.returncode}): {result.stderr[-2000:]}")
    deps = report["dependencies"]
    audited = [d for d in deps if "skip_reason" not in d]
    vulnerable = [
        f"{d['name']} {d['version']}: {', '.join(v['id'] for v in d['vulns'])}"
        for d in audited
        if d.get("vulns")
    ]
    print(f"pip-audit: {len(vulnerable)} vulnerable of {len(audited)} audited ({len(deps)} total)")
    assert vulnerable == []
    if not audited:
        # Only package registries are reachable from this machine: PyPI's JSON API (which
        # carries the advisories) answers 404 for every package. Say so loudly, never pass.
        reasons = {d["skip_reason"].split(":")[0] for d in deps}
        pytest.skip(
            "!!! pip-audit could not reach its vulnerability database: "
            f"0 of {len(deps)} packages audited ({'; '.join(sorted(reasons))}). "
            "Run `pip-audit` where PyPI's JSON API or OSV is reachable. !!!"
        )
