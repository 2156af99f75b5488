"""A Django process that appends until told to stop, printing what was acknowledged.

Used by test_s7_s8_crashes.py, which kills this process (S8) or the database under it (S7).
One line per fact, flushed at once, so nothing acknowledged is ever missing from the output:

    BEGIN <stream>            an append is about to start (S8: in flight if no ACK follows)
    ACK <stream> <event_id>   the append's commit returned
    UNKNOWN <stream> <event_id> <error>   the connection broke: committed or not, unknown
    RESOLVED <stream> <event_id> replayed|appended   the retry with the same ids succeeded

    python -m tests.reliability.crash_writer --mode s7 --writers 8 --stop-file F
    python -m tests.reliability.crash_writer --mode s8 --batch 400 --stop-file F
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
import uuid
from pathlib import Path

_out = threading.Lock()


def say(*parts: object) -> None:
    with _out:
        sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
        sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["s7", "s8"], required=True)
    parser.add_argument("--writers", type=int, default=1)
    parser.add_argument("--batch", type=int, default=1)
    parser.add_argument("--prefix", default=uuid.uuid4().hex[:8])
    parser.add_argument("--stop-file", type=Path, required=True)
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.db import DatabaseError, connections

    from claims.core import eventstore
    from claims.core.domain.events import NoteAdded
    from claims.core.eventstore import NewEvent
    from tests.integration.test_eventstore import _reported

    def batch(stream: str, first_id: uuid.UUID) -> list[NewEvent]:
        notes = [NewEvent(NoteAdded(text=f"{stream} {i}")) for i in range(1, args.batch)]
        return [NewEvent(_reported(stream), event_id=first_id), *notes]

    def writer(n: int) -> None:
        i = 0
        while not args.stop_file.exists():
            i += 1
            stream, event_id = f"{args.mode}-{args.prefix}-{n}-{i}", uuid.uuid4()
            events = batch(stream, event_id)
            say("BEGIN", stream)
            try:
                eventstore.append("claim", stream, events, 0, {"actor": args.mode})
                say("ACK", stream, event_id)
                continue
            except DatabaseError as exc:
                say("UNKNOWN", stream, event_id, type(exc).__name__)
            # The outcome is unknown: retry the same events (same ids, same expected version)
            # until the database answers; the store replays or appends, never both.
            while True:
                connections.close_all()
                try:
                    result = eventstore.append("claim", stream, events, 0, {"actor": "retry"})
                    say("RESOLVED", stream, event_id, "replayed" if result.replayed else "appended")
                    break
                except DatabaseError:
                    time.sleep(0.2)
        connections.close_all()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(args.writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


if __name__ == "__main__":
    main()
