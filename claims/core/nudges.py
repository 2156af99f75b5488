"""Publish the workers' nudges off the write path: a committed write asks, a thread publishes.

A nudge tells a worker there is news in the log (what it does with it, the checkpoint decides).
Publishing one is a round trip to the broker — about a millisecond, and up to the broker's
socket timeout when Redis is down — and the CPU to build the message, on the write that
committed. Here the write only sets a flag: each `Nudger` has one daemon thread per process
that publishes when asked, and the asks made while it publishes are answered by its next
publish (they coalesce: one message says "there is news", however many writes made it). A
process that exits waits up to EXIT_WAIT_SECONDS for its last publish; a nudge it never got
to publish, or one the broker refused, is covered by the sweep, as before.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)

EXIT_WAIT_SECONDS = 2.0


class Nudger:
    def __init__(self, name: str, publish: Callable[[], object]) -> None:
        self.name = name
        self._publish = publish
        self._changed = threading.Condition()
        self._asked = 0  # asks so far
        self._answered = 0  # asks a finished publish came after
        self._thread: threading.Thread | None = None
        self._pid = 0
        # A process that exits right after a write (a management command) gives the publish
        # a moment first.
        atexit.register(self.wait_idle, EXIT_WAIT_SECONDS)

    def request(self) -> None:
        """Ask for a publish soon (never waits for the broker, never raises)."""
        with self._changed:
            self._asked += 1
            thread = self._thread
            if thread is None or self._pid != os.getpid() or not thread.is_alive():
                # A forked child (a web or worker process) inherits the object, not the thread.
                self._pid = os.getpid()
                self._thread = threading.Thread(
                    target=self._loop, name=f"nudge-{self.name}", daemon=True
                )
                self._thread.start()
            self._changed.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until every ask so far has been answered by a publish (tests, shutdown)."""
        with self._changed:
            return self._changed.wait_for(lambda: self._answered == self._asked, timeout)

    def _loop(self) -> None:
        while True:
            with self._changed:
                self._changed.wait_for(lambda: self._answered != self._asked)
                covered = self._asked
            try:
                self._publish()
            except Exception:  # the publisher's own errors are its business; keep serving
                log.exception("publishing the %s nudge failed", self.name)
            with self._changed:
                self._answered = covered
                self._changed.notify_all()
