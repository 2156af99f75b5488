"""Migrations that change what the projection writes have the read models folded again from the
log once migrate has finished, with the whole schema in place: a database several releases
behind is brought up in one run (folding inside 0021 with today's code wrote a column only 0022
adds). Run as a deployment runs it, `manage.py` on a database file of its own (SQLite)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    "postgres" in os.environ.get("DATABASE_URL", ""),
    reason="runs manage.py on a SQLite file of its own (the PostgreSQL pass shares its server)",
)


def _manage(var: Path, *args: str) -> None:
    env = {**os.environ, "CLAIMS_VAR_DIR": str(var), "DJANGO_SETTINGS_MODULE": "config.settings"}
    env.pop("DATABASE_URL", None)
    subprocess.run(
        [sys.executable, "manage.py", *args, "--verbosity", "0"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )


def _documents(var: Path) -> dict[str, str]:
    with sqlite3.connect(var / "claims.sqlite3") as db:
        return dict(db.execute("SELECT id, document FROM claims_claim").fetchall())


def test_a_database_behind_two_refolding_migrations_is_brought_up_and_folded(
    tmp_path: Path,
) -> None:
    _manage(tmp_path, "migrate")
    _manage(tmp_path, "load_demo")
    _manage(  # (evidence rows, which 0022 gives a column)
        tmp_path,
        "shell",
        "-c",
        "from claims.core import models, services; from claims.core.domain import commands as c; "
        "claim = models.Claim.objects.order_by('id').first(); "
        "services.attach_evidence(claim.pk, c.AttachEvidence(evidence_id='e1', "
        "url='https://example.org/report'), services.Context(actor='editor'), claim.version)",
    )
    folded = _documents(tmp_path)
    with sqlite3.connect(tmp_path / "claims.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM claims_evidence").fetchone() == (1,)
    assert folded
    _manage(tmp_path, "migrate", "claims", "0020_source_search")
    with sqlite3.connect(tmp_path / "claims.sqlite3") as db:
        db.execute("DELETE FROM claims_claim")  # (what the fold puts back)
    assert _documents(tmp_path) == {}
    _manage(tmp_path, "migrate")
    assert _documents(tmp_path) == folded
