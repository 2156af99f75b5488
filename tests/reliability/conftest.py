"""Reliability scenarios (S1–S14 and W1–W4 of docs/reliability.md): fixtures, figure report.

Every scenario calls `figure("S3a [PostgreSQL]: 0 skipped of 7200 ...")`; the lines are printed
in the test's output and again, all together, at the end of the run ("reliability figures").

Data here is committed for real when a scenario needs several connections: the event table
refuses DELETE and TRUNCATE, so pytest-django's flush cannot clean it. Such tests use fresh ids
and assert only about what they wrote. Scenarios that kill a database or a writer work on a
scratch database (or cluster) of their own.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from django.db import connection, connections

from tests.system.testdb import ensure_test_database

ROOT = Path(__file__).resolve().parents[2]
FIGURES: list[str] = []


def engine() -> str:
    return "PostgreSQL" if connection.vendor == "postgresql" else "SQLite"


def figure(scenario: str, text: str) -> str:
    """Record and print one scenario's figure, e.g. figure("S1", "400 events, 0 lost")."""
    line = f"{scenario} [{engine()}]: {text}"
    FIGURES.append(line)
    print(line)
    return line


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if FIGURES:
        terminalreporter.section("reliability figures")
        for line in FIGURES:
            terminalreporter.write_line(line)


def requires_postgres() -> Any:
    return pytest.mark.skipif(
        connection.vendor != "postgresql", reason="this scenario runs on PostgreSQL"
    )


@pytest.fixture
def committed(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    """The test database without a wrapping transaction (real commits, never flushed).

    Created here if no collected test asked pytest-django for it (tests/system/testdb.py).
    """
    with ensure_test_database(django_db_blocker):
        yield
        connections.close_all()


# --- Subprocesses and scratch databases -----------------------------------------------------------


def child_env(**extra: Any) -> dict[str, str]:
    """This process's environment for a Django child process, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_OWNER_URL", "DJANGO_ENV"}}
    env.update(DJANGO_SETTINGS_MODULE="config.settings", CLAIMS_NUDGE="false", PYTHONUNBUFFERED="1")
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(*args: str, timeout: float = 300, **env: Any) -> subprocess.CompletedProcess[str]:
    """Run manage.py in a child process (its output captured); the caller checks the result."""
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=child_env(**env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def python_module(module: str, *args: str, timeout: float = 300, **env: Any) -> str:
    """Run `python -m module`; return its stdout (fail the test with stderr if it failed)."""
    result = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=child_env(**env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, f"{module} failed:\n{result.stderr[-4000:]}"
    return result.stdout


def pg_params(**override: Any) -> dict[str, Any]:
    """psycopg connect() keywords for the cluster the tests run on (its superuser by default)."""
    db = connection.settings_dict
    params = {
        "host": db["HOST"],
        "port": db["PORT"],
        "user": db["USER"],
        "password": db["PASSWORD"],
        "dbname": db["NAME"],
    }
    params.update(override)
    return params


def pg_url(dbname: str, user: str | None = None, password: str | None = None) -> str:
    db = connection.settings_dict
    user = user or db["USER"]
    password = password if password is not None else db["PASSWORD"]
    return (
        f"postgres://{quote(str(user), safe='')}:{quote(str(password), safe='')}"
        f"@{db['HOST']}:{db['PORT']}/{dbname}"
    )


def pg_admin_execute(*statements: str, dbname: str = "postgres") -> None:
    """Run statements as the cluster's superuser, outside any transaction (CREATE DATABASE …)."""
    import psycopg

    with psycopg.connect(**pg_params(dbname=dbname), autocommit=True) as admin:
        for statement in statements:
            admin.execute(statement)


@contextlib.contextmanager
def scratch_database(prefix: str) -> Iterator[str]:
    """A fresh, migrated database of the engine under test; yield its DATABASE_URL.

    SQLite: a new file. PostgreSQL: a new database on the same cluster (dropped afterwards).
    """
    if connection.vendor == "sqlite":
        with tempfile.TemporaryDirectory(prefix=f"claims-{prefix}-") as tmp:
            url = f"sqlite:///{Path(tmp) / 'scratch.sqlite3'}"
            _migrate(url)
            yield url
        return
    name = f"{prefix}_{secrets.token_hex(4)}"
    pg_admin_execute(f'CREATE DATABASE "{name}"')
    try:
        url = pg_url(name)
        _migrate(url)
        yield url
    finally:
        pg_admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _migrate(url: str) -> None:
    result = manage("migrate", "--noinput", "-v", "0", DATABASE_URL=url)
    assert result.returncode == 0, result.stderr[-4000:]
