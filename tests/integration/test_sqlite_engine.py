"""The SQLite engine's write transactions wait for the write lock in small steps, up to the
connection's timeout, and leave SQLite's busy timeout as it was for every other statement.

Each test opens its own database file with the engine (not the test database), and holds the
write lock from a plain sqlite3 connection, as another process would.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import OperationalError, connection

from config.sqlite.base import DatabaseWrapper


def _engine(path: Path, timeout: float) -> DatabaseWrapper:
    settings = dict(connection.settings_dict)
    settings.update(
        ENGINE="config.sqlite",
        NAME=str(path),
        OPTIONS={"transaction_mode": "IMMEDIATE", "timeout": timeout},
    )
    return DatabaseWrapper(settings, alias="engine-test")


@pytest.fixture
def database(tmp_path: Path, django_db_blocker: Any) -> Iterator[Path]:
    path = tmp_path / "lock.sqlite3"
    with sqlite3.connect(path) as setup:
        setup.execute("PRAGMA journal_mode=WAL")
        setup.execute("CREATE TABLE t (n INTEGER)")
    # Not the test database: a file of its own, opened through the engine.
    with django_db_blocker.unblock():
        yield path


def _hold_lock(path: Path, seconds: float, held: threading.Event) -> threading.Thread:
    """Another writer: takes the write lock, writes 1, holds the lock `seconds`, commits."""

    def body() -> None:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO t VALUES (1)")
        held.set()
        time.sleep(seconds)
        other.execute("COMMIT")
        other.close()

    thread = threading.Thread(target=body)
    thread.start()
    held.wait(5)
    return thread


def _busy_timeout(engine: DatabaseWrapper) -> Any:
    return engine.connection.execute("PRAGMA busy_timeout").fetchone()[0]


def test_a_writer_waits_for_the_lock_and_writes_after_the_holder_commits(database: Path) -> None:
    engine = _engine(database, timeout=10)
    engine.ensure_connection()
    held = threading.Event()
    holder = _hold_lock(database, 0.3, held)
    try:
        engine._start_transaction_under_autocommit()
        # The holder committed before this transaction could begin: its row is there.
        seen = engine.connection.execute("SELECT COUNT(*) FROM t").fetchone()[0]
        engine.connection.execute("INSERT INTO t VALUES (2)")
        engine.connection.execute("COMMIT")
    finally:
        holder.join()
    assert seen == 1
    assert _busy_timeout(engine) == 10_000
    engine.close()


def test_a_writer_gives_up_after_the_timeout_and_the_busy_timeout_is_restored(
    database: Path,
) -> None:
    engine = _engine(database, timeout=0.2)
    engine.ensure_connection()
    held = threading.Event()
    holder = _hold_lock(database, 1.0, held)
    try:
        with pytest.raises(OperationalError, match="database is locked"):
            engine._start_transaction_under_autocommit()
        assert not engine.connection.in_transaction
        assert _busy_timeout(engine) == 200
    finally:
        holder.join()
    engine.close()


def test_other_statements_keep_sqlites_busy_timeout(database: Path) -> None:
    engine = _engine(database, timeout=3)
    engine.ensure_connection()
    assert _busy_timeout(engine) == 3000
    engine._start_transaction_under_autocommit()
    assert _busy_timeout(engine) == 3000
    engine.connection.execute("ROLLBACK")
    engine.close()
