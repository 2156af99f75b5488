"""WAL checkpoints off the writes' path: a thread of each process runs them, not a commit.

In WAL mode SQLite appends each committed page to the write-ahead log and, by default, the
commit that takes the log past 1,000 pages (`wal_autocheckpoint`) copies the log back into the
database file and syncs it before it returns. That commit is whichever write happens to cross
the line: one append in a few hundred pays for the pages of all of them (a copy of a few MB and
an fsync — tens of milliseconds on a slow disk), and its caller waits for it. Here a write
transaction's commit only tells this process's `Checkpointer` there is something to copy; its
thread runs a PASSIVE checkpoint (one that never waits for readers or writers and never blocks
them) on a short-lived connection of its own, at most once every CHECKPOINT_SECONDS. The
engine leaves SQLite's automatic checkpoint on at a higher mark as a safety net
(SAFETY_NET_PAGES): should the thread fall behind, a commit copies the log as before.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
import urllib.parse

log = logging.getLogger(__name__)

# How many pages the log may hold before a commit copies it itself (4 KB pages: 32 MB).
SAFETY_NET_PAGES = 8000
# A checkpoint finds the file busy when another process's thread is checkpointing it at that
# moment (the web server's and a worker's, say): it is tried again an interval later, quietly,
# and said only when it stays busy this many times in a row.
BUSY_WARNING_AFTER = 30


class Checkpointer:
    """One per database file and process: `committed()` asks, the thread checkpoints."""

    def __init__(self, path: str, every_seconds: float) -> None:
        self.path = path
        self.every_seconds = every_seconds
        self._changed = threading.Condition()
        self._asked = False
        self._pid = 0
        self._thread: threading.Thread | None = None
        self._running = False
        self.runs = 0  # checkpoints run so far (tests, diagnostics)
        self.last: tuple[int, int, int] | None = None  # the last one's (busy, log, copied)
        self.busy_in_a_row = 0  # checkpoints that found the file locked, since the last one ran

    def committed(self) -> None:
        """A write transaction committed (never waits, never raises)."""
        with self._changed:
            self._asked = True
            thread = self._thread
            if thread is None or self._pid != os.getpid() or not thread.is_alive():
                # A forked child (a web or worker process) inherits the object, not the thread.
                self._pid = os.getpid()
                self._thread = threading.Thread(
                    target=self._loop, name="sqlite-checkpoint", daemon=True
                )
                self._thread.start()
            self._changed.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until every ask so far has been answered by a checkpoint (tests)."""
        with self._changed:
            return self._changed.wait_for(lambda: not self._asked and not self._running, timeout)

    def _loop(self) -> None:
        last = 0.0
        while True:
            with self._changed:
                self._changed.wait_for(lambda: self._asked)
            # At most one checkpoint per interval: the commits meanwhile share it.
            time.sleep(max(0.0, last + self.every_seconds - time.monotonic()))
            with self._changed:
                self._asked = False
                self._running = True
            try:
                self.checkpoint()
                self.busy_in_a_row = 0
            except sqlite3.Error as exc:  # the safety net copies the log should this keep failing
                if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY:
                    self._busy(exc)
                elif os.path.exists(self.path):
                    log.warning("WAL checkpoint of %s failed (%s)", self.path, exc)
            finally:
                last = time.monotonic()
                with self._changed:
                    self._running = False
                    self._changed.notify_all()

    def _busy(self, exc: sqlite3.Error) -> None:
        """Another connection held the file (most often another process's checkpoint): ask
        again, so that the next interval tries, and warn only when that keeps happening."""
        self.busy_in_a_row += 1
        with self._changed:
            self._asked = True
        if self.busy_in_a_row % BUSY_WARNING_AFTER == 0:
            log.warning(
                "WAL checkpoint of %s found the file busy %d times in a row (%s)",
                self.path,
                self.busy_in_a_row,
                exc,
            )
        else:
            log.debug("WAL checkpoint of %s: busy, tried again later (%s)", self.path, exc)

    def checkpoint(self) -> tuple[int, int, int]:
        """Run one PASSIVE checkpoint on a connection of its own; SQLite's (busy, log pages,
        pages copied). The connection is closed at once, so no file stays open, and it never
        creates the file (a database removed meanwhile is left removed)."""
        uri = "file:" + urllib.parse.quote(self.path) + "?mode=rw"
        conn = sqlite3.connect(uri, timeout=0, isolation_level=None, uri=True)
        try:
            row = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        finally:
            conn.close()
        self.runs += 1
        self.last = (int(row[0]), int(row[1]), int(row[2]))
        return self.last


_checkpointers: dict[str, Checkpointer] = {}
_lock = threading.Lock()


def checkpointer(path: str, every_seconds: float) -> Checkpointer:
    with _lock:
        found = _checkpointers.get(path)
        if found is None:
            found = _checkpointers[path] = Checkpointer(path, every_seconds)
        return found
