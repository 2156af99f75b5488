"""Django's SQLite engine, with write transactions that queue for the write lock in small steps.

SQLite has one write lock per database, and the connection opens write transactions IMMEDIATE,
so a writer waits for it at BEGIN. SQLite's own busy handler waits by sleeping 1, 2, 5, 10, 15,
20, 25… ms between tries: a writer that finds the lock held for 3 ms usually waits 8 (1 + 2 +
5), and one behind a 10-ms transaction 18. On a busy database those steps, not the transactions
ahead, are most of a write's wait. Here BEGIN IMMEDIATE runs with SQLite's handler off and is
tried again after LOCK_POLL_FIRST_SECONDS, doubling up to LOCK_POLL_MAX_SECONDS, until the
connection's timeout (SQLITE_BUSY_TIMEOUT_S) has passed; then it fails as before ("database is
locked"). Every other statement keeps SQLite's busy timeout.

And the WAL checkpoints are taken off the commits: a write transaction's commit asks this
process's checkpointer thread for one (config/sqlite/checkpoints.py, SQLITE_CHECKPOINT_MS).
"""

from __future__ import annotations

import time
from typing import Any

from django.conf import settings
from django.db import OperationalError
from django.db.backends.sqlite3 import base

from config.sqlite import checkpoints

LOCK_POLL_FIRST_SECONDS = 0.0001
LOCK_POLL_MAX_SECONDS = 0.001
DEFAULT_TIMEOUT_SECONDS = 5.0  # the sqlite3 module's own default


def _locked(exc: BaseException) -> bool:
    return "database is locked" in str(exc) or "database table is locked" in str(exc)


def _file_path(name: object) -> str | None:
    """The database file's path, or None for an in-memory database."""
    text = str(name)
    if not text or text == ":memory:" or "mode=memory" in text or text.startswith("file:"):
        return None
    return text


class DatabaseWrapper(base.DatabaseWrapper):
    _checkpointer: checkpoints.Checkpointer | None = None

    def get_connection_params(self) -> dict[str, Any]:
        params: dict[str, Any] = super().get_connection_params()
        self.busy_timeout_seconds = float(params.get("timeout", DEFAULT_TIMEOUT_SECONDS))
        return params

    def get_new_connection(self, conn_params: dict[str, Any]) -> Any:
        conn = super().get_new_connection(conn_params)
        every_ms = int(getattr(settings, "SQLITE_CHECKPOINT_MS", 0))
        path = _file_path(self.settings_dict["NAME"])
        self._checkpointer = None
        if every_ms > 0 and path is not None:
            # SQLite's own checkpoint in the commit stays, at a higher mark, as a safety net.
            conn.execute(f"PRAGMA wal_autocheckpoint = {checkpoints.SAFETY_NET_PAGES}")
            self._checkpointer = checkpoints.checkpointer(path, every_ms / 1000)
        return conn

    def _commit(self) -> None:
        super()._commit()  # type: ignore[misc]
        if self._checkpointer is not None:
            self._checkpointer.committed()  # a thread copies the log back, not this commit

    def _start_transaction_under_autocommit(self) -> None:
        # (Neither is in django-stubs.)
        if getattr(self, "transaction_mode", None) != "IMMEDIATE":
            super()._start_transaction_under_autocommit()  # type: ignore[misc]
            return
        raw = self.connection
        cursor = self.cursor()
        timeout_ms = int(self.busy_timeout_seconds * 1000)
        deadline = time.monotonic() + self.busy_timeout_seconds
        pause = LOCK_POLL_FIRST_SECONDS
        raw.execute("PRAGMA busy_timeout = 0")
        try:
            while True:
                try:
                    cursor.execute("BEGIN IMMEDIATE")
                    return
                except OperationalError as exc:
                    if not _locked(exc) or time.monotonic() + pause > deadline:
                        raise
                time.sleep(pause)
                pause = min(pause * 2, LOCK_POLL_MAX_SECONDS)
        finally:
            raw.execute(f"PRAGMA busy_timeout = {timeout_ms}")
