"""SQLite's WAL is copied back by a thread of the process, not by the commit that fills it.

The checkpointer is exercised on a database file of its own (a real SQLite file in WAL mode,
written by a connection whose automatic checkpoint is off, as a busy engine's would be); the
engine's half checks that its connections keep SQLite's checkpoint only as a safety net and
that a commit asks the thread.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from django.db import connection, connections

from config.sqlite import checkpoints


def _wal_database(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE t (n INTEGER, pad TEXT)")
    return conn


def _write(conn: sqlite3.Connection, rows: int) -> None:
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(n, "x" * 500) for n in range(rows)])
    conn.execute("COMMIT")


def _uncopied_pages(conn: sqlite3.Connection) -> int:
    """Pages in the log not yet copied into the database (a PASSIVE checkpoint's own count,
    read with a checkpoint that copies nothing new when the thread did its work)."""
    busy, log_pages, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert busy == 0
    return int(log_pages) - int(copied)


def test_a_commit_asks_and_the_thread_copies_the_log_back(tmp_path: Path) -> None:
    path = tmp_path / "wal.sqlite3"
    conn = _wal_database(path)
    checkpointer = checkpoints.Checkpointer(str(path), every_seconds=0.05)
    _write(conn, 200)
    checkpointer.committed()
    assert checkpointer.wait_idle(10)
    assert checkpointer.runs == 1
    # The thread found the writer's pages still in the log (its own checkpoint is off) and
    # copied them all back.
    assert checkpointer.last is not None
    busy, pages, copied = checkpointer.last
    assert busy == 0
    assert pages > 10
    assert copied == pages
    conn.close()


def test_asks_within_an_interval_share_one_checkpoint(tmp_path: Path) -> None:
    path = tmp_path / "wal.sqlite3"
    conn = _wal_database(path)
    checkpointer = checkpoints.Checkpointer(str(path), every_seconds=0.5)
    _write(conn, 10)
    checkpointer.committed()
    assert checkpointer.wait_idle(10)
    for _ in range(20):
        _write(conn, 10)
        checkpointer.committed()
    assert checkpointer.wait_idle(10)
    assert checkpointer.runs == 2  # the first, then one for the twenty asks after it
    conn.close()


def test_a_reader_never_waits_for_it_nor_it_for_a_reader(tmp_path: Path) -> None:
    """PASSIVE: a long read holding an old snapshot neither blocks the checkpoint nor is
    blocked; the pages it still needs are copied later."""
    path = tmp_path / "wal.sqlite3"
    conn = _wal_database(path)
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM t").fetchone() == (0,)
    _write(conn, 100)
    checkpointer = checkpoints.Checkpointer(str(path), every_seconds=0.01)
    checkpointer.committed()
    assert checkpointer.wait_idle(10)
    assert reader.execute("SELECT count(*) FROM t").fetchone() == (0,)  # its snapshot
    reader.execute("COMMIT")
    checkpointer.committed()
    assert checkpointer.wait_idle(10)
    assert _uncopied_pages(conn) == 0
    reader.close()
    conn.close()


def test_a_removed_database_is_not_created_again(tmp_path: Path, caplog: Any) -> None:
    path = tmp_path / "gone.sqlite3"
    _wal_database(path).close()
    path.unlink()
    checkpointer = checkpoints.Checkpointer(str(path), every_seconds=0.01)
    checkpointer.committed()
    assert checkpointer.wait_idle(10)
    assert not path.exists()
    assert "failed" not in caplog.text  # a database removed on purpose is no warning


def _locked_by_another_process(path: Path) -> sqlite3.Connection:
    """A connection that holds the file as another process's checkpoint would (exclusively)."""
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("CREATE TABLE IF NOT EXISTS t (n INTEGER, pad TEXT)")
    holder.execute("INSERT INTO t VALUES (1, 'x')")
    return holder


def test_a_busy_file_is_tried_again_an_interval_later_without_a_warning(
    tmp_path: Path, caplog: Any
) -> None:
    path = tmp_path / "busy.sqlite3"
    holder = _locked_by_another_process(path)
    checkpointer = checkpoints.Checkpointer(str(path), every_seconds=0.05)
    checkpointer.committed()
    deadline = time.monotonic() + 10
    while checkpointer.busy_in_a_row < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert checkpointer.busy_in_a_row >= 3, "each interval tries again"
    assert checkpointer.runs == 0
    holder.close()
    assert checkpointer.wait_idle(10)
    assert checkpointer.runs == 1
    assert checkpointer.busy_in_a_row == 0
    assert "WAL checkpoint" not in caplog.text


def test_a_file_that_stays_busy_is_said(tmp_path: Path, caplog: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(checkpoints, "BUSY_WARNING_AFTER", 2)
    path = tmp_path / "busy.sqlite3"
    holder = _locked_by_another_process(path)
    checkpointer = checkpoints.Checkpointer(str(path), every_seconds=0.01)
    with caplog.at_level("WARNING", logger="config.sqlite.checkpoints"):
        checkpointer.committed()
        deadline = time.monotonic() + 10
        while "times in a row" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.01)
    assert "found the file busy 2 times in a row" in caplog.text
    holder.close()
    assert checkpointer.wait_idle(10)


def test_one_checkpointer_per_file_and_a_thread_per_process(tmp_path: Path) -> None:
    path = str(tmp_path / "one.sqlite3")
    assert checkpoints.checkpointer(path, 1.0) is checkpoints.checkpointer(path, 1.0)
    _wal_database(Path(path)).close()
    first = checkpoints.checkpointer(path, 1.0)
    first.committed()
    assert first.wait_idle(10)
    names = [t.name for t in threading.enumerate()]
    assert "sqlite-checkpoint" in names


@pytest.fixture
def sqlite_only() -> None:
    if connection.vendor != "sqlite":
        pytest.skip("an SQLite engine setting (PostgreSQL checkpoints on its own)")


@pytest.mark.django_db
@pytest.mark.usefixtures("sqlite_only")
def test_the_engine_keeps_sqlites_checkpoint_as_a_safety_net_and_a_commit_asks(
    monkeypatch: Any,
) -> None:
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_autocheckpoint")
        assert cursor.fetchone()[0] == checkpoints.SAFETY_NET_PAGES
    # A connection of its own (the test's is inside a transaction that is never committed).
    wrapper: Any = connections.create_connection("default")
    try:
        wrapper.ensure_connection()
        asked: list[int] = []
        assert wrapper._checkpointer is not None
        monkeypatch.setattr(wrapper._checkpointer, "committed", lambda: asked.append(1))
        wrapper.set_autocommit(False)
        with wrapper.cursor() as cursor:
            cursor.execute("CREATE TEMP TABLE checkpoint_probe (n INTEGER)")
            cursor.execute("INSERT INTO checkpoint_probe VALUES (1)")
        wrapper.commit()
        assert asked == [1]
    finally:
        wrapper.close()


@pytest.mark.django_db
@pytest.mark.usefixtures("sqlite_only")
def test_off_leaves_sqlites_own_checkpoint(settings: Any) -> None:
    settings.SQLITE_CHECKPOINT_MS = 0
    wrapper: Any = connections.create_connection("default")
    try:
        wrapper.ensure_connection()
        assert wrapper._checkpointer is None
        with wrapper.cursor() as cursor:
            cursor.execute("PRAGMA wal_autocheckpoint")
            assert cursor.fetchone()[0] == 1000
    finally:
        wrapper.close()
