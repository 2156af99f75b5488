"""S14: a long writing transaction elsewhere (an admin bulk action, a migration) holds nothing back.

Only the xid8 variant of gap-free reading (wait for every older transaction) would stall behind
an unrelated writer; our appends are serialised by the advisory lock instead, so the reader and
the consumers see each event as soon as it commits. The alert for a consumer lagging beyond a
bound is `manage.py status --max-lag`
(test_operations.py::test_status_alerts_when_a_consumer_lags_past_the_bound).
"""

from __future__ import annotations

import time
import uuid

import psycopg
import pytest

from claims.core import eventstore
from claims.core.eventstore import NewEvent
from tests.integration.test_eventstore import _reported
from tests.reliability.conftest import figure, pg_params, requires_postgres
from tracker import consumers
from tracker.models import ConsumerCheckpoint

pytestmark = [pytest.mark.chaos, requires_postgres(), pytest.mark.usefixtures("committed")]


def test_s14_a_long_unrelated_writing_transaction_delays_no_reader() -> None:
    name = f"s14-{uuid.uuid4().hex[:8]}"
    consumers.process_batch(name=name)  # start the probe consumer at the current head
    while consumers.process_batch(name=name).events:
        pass
    start = eventstore.head_position()
    appends, open_for = 20, 3.0
    long = psycopg.connect(**pg_params())
    try:
        # A writing transaction on an unrelated table, open for the whole run (it has an xid).
        long.execute("INSERT INTO auth_group (name) VALUES (%s)", [name])
        opened = time.monotonic()
        delays: list[float] = []
        for _ in range(appends):
            sid = f"s14-{uuid.uuid4()}"
            committed_at = time.monotonic()
            eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0)
            # The tailing reader sees the event at once, while the other transaction is open.
            while not [r for r in eventstore.read_all(start, 1000) if r.stream_id == sid]:
                assert time.monotonic() - committed_at < open_for, "reader held back"
                time.sleep(0.001)
            delays.append(time.monotonic() - committed_at)
        batch = consumers.process_batch(name=name)
        assert long.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS
        time.sleep(max(0.0, open_for - (time.monotonic() - opened)))
    finally:
        long.rollback()
        long.close()
        ConsumerCheckpoint.objects.filter(name=name).delete()
    figure(
        "S14",
        f"with a writing transaction open {open_for:.0f} s elsewhere, the reader delivered "
        f"{len(delays)} of {appends} appends made meanwhile (slowest {max(delays) * 1000:.0f} ms "
        f"after its commit) and a consumer advanced over {batch.events} events to the head; "
        "lag alert: status --max-lag (default 30 s)",
    )
    assert len(delays) == appends
    assert batch.position == eventstore.head_position()
    assert batch.events >= appends
