"""The event store under concurrency: real commits from several connections (SQLite and PG)."""

from __future__ import annotations

import threading
import time
import uuid

import pytest
from django.db import connection, connections, transaction

from claims.core import eventstore, services
from claims.core.domain import commands as c
from claims.core.eventstore import AppendLockTimeout, ConcurrencyError, NewEvent
from claims.core.models import Event
from tests import factories
from tests.integration.test_eventstore import _reported, _stream

# --- concurrency (real commits, several connections) ----------------------------------------------


def _in_thread(fn, results: list, errors: list):
    def run() -> None:
        try:
            results.append(fn())
        except Exception as exc:  # collected and asserted on by the test
            errors.append(exc)
        finally:
            connections.close_all()

    return threading.Thread(target=run)


@pytest.mark.usefixtures("committed_db")
def test_concurrent_writers_on_one_stream_get_contiguous_versions() -> None:
    source_id = factories.source()
    claim_id = factories.report(source_id).state.claim_id
    writers, commands = 6, 15
    conflicts: list[int] = []

    def writer(n: int):
        def run() -> int:
            done = 0
            while done < commands:
                version = eventstore.stream_head(claim_id)[0]
                try:
                    services.note(
                        claim_id,
                        c.AddNote(text=f"w{n}-{done}"),
                        services.Context(actor="t"),
                        version,
                    )
                    done += 1
                except ConcurrencyError:
                    conflicts.append(1)
            return done

        return run

    results: list[int] = []
    errors: list[Exception] = []
    threads = [_in_thread(writer(n), results, errors) for n in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    versions = list(
        Event.objects.filter(stream_id=claim_id)
        .order_by("version")
        .values_list("version", flat=True)
    )
    assert versions == list(range(1, 1 + 1 + writers * commands))
    final = services.load_claim(claim_id)
    assert final is not None
    assert final.notes == writers * commands


@pytest.mark.usefixtures("committed_db")
def test_tailing_reader_never_skips_while_transactions_commit_out_of_order() -> None:
    """S3a in small: writers hold their transaction open a little; a reader tails `position`."""
    start = eventstore.head_position()
    writers, appends = 4, 40
    stop = threading.Event()
    seen: list[int] = []

    def reader() -> None:
        checkpoint = start
        try:
            while not stop.is_set():
                batch = eventstore.read_all(checkpoint, 500)
                for record in batch:
                    seen.append(record.position)
                    checkpoint = record.position
                time.sleep(0.0005)
        finally:
            connections.close_all()

    def writer(n: int):
        def run() -> int:
            for i in range(appends):
                sid = f"tail-{uuid.uuid4()}"
                with transaction.atomic():
                    eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0)
                    time.sleep(0.001 * (i % 3))  # work inside the transaction widens the race
            return n

        return run

    tail = threading.Thread(target=reader)
    tail.start()
    results: list[int] = []
    errors: list[Exception] = []
    threads = [_in_thread(writer(n), results, errors) for n in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    time.sleep(0.2)
    stop.set()
    tail.join()
    assert errors == []
    committed = list(
        Event.objects.filter(position__gt=start, stream_id__startswith="tail-").values_list(
            "position", flat=True
        )
    )
    tail_seen = [p for p in seen if p in set(committed)]
    assert len(tail_seen) == len(set(tail_seen)), "an event was delivered twice"
    assert sorted(tail_seen) == sorted(committed), (
        f"{len(set(committed) - set(tail_seen))} of {len(committed)} events skipped"
    )
    assert seen == sorted(seen)


@pytest.mark.usefixtures("committed_db")
def test_append_lock_wait_is_bounded_on_postgres() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the advisory append lock exists on PostgreSQL only")
    holding = threading.Event()
    release = threading.Event()

    def hold() -> None:
        try:
            with transaction.atomic():
                eventstore.lock_appends()
                holding.set()
                release.wait(10)
        finally:
            connections.close_all()

    holder = threading.Thread(target=hold)
    holder.start()
    assert holding.wait(5)
    sid = _stream()
    started = time.monotonic()
    try:
        with pytest.raises(AppendLockTimeout):
            eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0)
    finally:
        release.set()
        holder.join()
    assert time.monotonic() - started < 10  # bounded by lock_timeout, not a hang
    assert eventstore.load(sid) == []
