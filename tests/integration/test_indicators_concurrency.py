"""Several indicator consumers at once, on committed data (threads use their own connections)."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from django.db import connection

from claims.core import eventstore
from tests.system import workload
from tests.system.testdb import ensure_test_database
from tracker import consumers


@pytest.fixture
def committed(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    """Commit for real (no wrapping transaction, no flush): the threads must see the data."""
    with ensure_test_database(django_db_blocker):
        yield


def test_concurrent_consumers_process_every_event_exactly_once(committed: None) -> None:
    rng = random.Random(7)
    w = workload.world(n_indicators=2, n_sources=3)
    workload.run(w, rng, 60)
    consumers.catch_up()  # start level with the log
    workload.run(w, rng, 120)
    start, head = consumers.checkpoint_position(), eventstore.head_position()
    assert head > start
    processed: list[int] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(500):
                result = consumers.process_batch(limit=5)
                processed.append(result.events)
                if result.events == 0 and not result.busy:
                    return
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sum(processed) == head - start  # every event once across the workers, none twice
    assert consumers.checkpoint_position() == head
    assert consumers.compare(consumers.stored(), consumers.full_recompute()) == []
