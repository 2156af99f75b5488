"""S3a and S3b: a reader tailing `position > checkpoint` never skips an event (PostgreSQL).

A position is taken at INSERT but becomes visible at COMMIT, so without serialised appends a
later position can commit first and a tailing reader moves its checkpoint past a hole that fills
later. Each scenario runs twice: through the event store (appends serialised by the BEFORE
INSERT trigger's advisory lock), and as a control on a scratch copy of the event table without
the trigger, with the same writers and the same reader. The control must detect skips, proving
the test can fail.
"""

from __future__ import annotations

import random
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
import pytest
from django.db import connection, connections, transaction

from claims.core import eventstore
from claims.core.domain.events import NoteAdded
from claims.core.eventstore import NewEvent
from tests.integration.test_eventstore import _reported
from tests.reliability.conftest import figure, pg_params, requires_postgres

pytestmark = [requires_postgres(), pytest.mark.usefixtures("committed")]

WRITERS, APPENDS = 8, 150
HOLD_MS = (0, 1, 2, 3)  # work inside the transaction after the INSERT widens the race


@dataclass
class Tail:
    """What a tailing reader delivered: positions in delivery order."""

    seen: list[int] = field(default_factory=list)

    def skipped(self, committed: set[int]) -> int:
        return len(committed - set(self.seen))

    def twice(self) -> int:
        return len(self.seen) - len(set(self.seen))

    def in_order(self) -> bool:
        return self.seen == sorted(self.seen)


def tail(table: str, start: int, stop: threading.Event) -> tuple[threading.Thread, Tail]:
    """A reader on its own connection: every 0.5 ms, rows with position > checkpoint."""
    result = Tail()

    def run() -> None:
        query = f"SELECT position FROM {table} WHERE position > %s ORDER BY position LIMIT 500"
        with psycopg.connect(**pg_params(), autocommit=True) as conn:
            checkpoint = start
            while True:
                stopping = stop.is_set()
                rows = conn.execute(query, [checkpoint]).fetchall()
                for (position,) in rows:
                    result.seen.append(position)
                    checkpoint = position
                if stopping and not rows:
                    return
                time.sleep(0.0005)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, result


def run_writers(write: Callable[[random.Random, int], None], seed: str) -> list[BaseException]:
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        rng = random.Random(f"{seed}-{n}")
        try:
            for i in range(APPENDS):
                write(rng, i)
        except BaseException as exc:  # collected and asserted on
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def serialised_round(seed: str, *, own: bool = False) -> tuple[int, int, int, bool]:
    """Writers append through the event store; return (committed, skipped, twice, in order).

    own: each append is its own transaction (the command path: BEGIN, the append, its rows and
    COMMIT in one round trip) instead of running in the writer's longer transaction."""
    tag = f"s3a-{seed}-"
    start = eventstore.head_position()
    stop = threading.Event()
    reader, seen = tail("claims_event", start, stop)

    def write(rng: random.Random, i: int) -> None:
        sid = f"{tag}{uuid.uuid4()}"
        if own:
            eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0)
            return
        with transaction.atomic():
            eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0)
            time.sleep(rng.choice(HOLD_MS) / 1000)

    errors = run_writers(write, seed)
    stop.set()
    reader.join()
    assert errors == []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT position FROM claims_event WHERE position > %s AND stream_id LIKE %s",
            [start, tag + "%"],
        )
        committed = {position for (position,) in cursor.fetchall()}
    mine = Tail([p for p in seen.seen if p in committed])
    return len(committed), mine.skipped(committed), mine.twice(), mine.in_order()


@pytest.fixture
def scratch_copy(committed: None) -> Iterator[str]:
    """A copy of the event table (columns, defaults, identity, indexes), without its triggers."""
    table = f"s3_control_{secrets.token_hex(4)}"
    with psycopg.connect(**pg_params(), autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {table} (LIKE claims_event INCLUDING ALL)")
    try:
        yield table
    finally:
        with psycopg.connect(**pg_params(), autocommit=True) as conn:
            conn.execute(f"DROP TABLE {table}")


def _insert_sql(table: str) -> str:
    return (
        f"INSERT INTO {table} (event_id, stream_type, stream_id, version, event_type, "
        "schema_version, data, metadata, recorded_at, hash, log_hash) "
        "VALUES (%s, 'claim', %s, 1, 'ClaimReported', 1, '{}', '{}', now(), '', '')"
        " RETURNING position"
    )


def unserialised_round(table: str, seed: str) -> tuple[int, int, int, bool]:
    """The control: the same writers insert by raw SQL into the trigger-less copy."""
    local = threading.local()
    insert = _insert_sql(table)
    stop = threading.Event()
    reader, seen = tail(table, 0, stop)

    def write(rng: random.Random, i: int) -> None:
        if not hasattr(local, "conn"):
            local.conn = psycopg.connect(**pg_params())
        conn: psycopg.Connection[Any] = local.conn
        with conn.transaction():
            conn.execute(insert, [uuid.uuid4(), f"ctl-{uuid.uuid4()}"])
            time.sleep(rng.choice(HOLD_MS) / 1000)
        if i == APPENDS - 1:
            conn.close()

    errors = run_writers(write, seed)
    stop.set()
    reader.join()
    assert errors == []
    with psycopg.connect(**pg_params()) as conn:
        committed = {p for (p,) in conn.execute(f"SELECT position FROM {table}").fetchall()}
    return len(committed), seen.skipped(committed), seen.twice(), seen.in_order()


@pytest.mark.parametrize(
    "rounds",
    [pytest.param(1, id="ci-1200"), pytest.param(6, id="full-7200", marks=pytest.mark.chaos)],
)
def test_s3a_gap_free_feed_under_load(rounds: int, scratch_copy: str) -> None:
    total = skipped = twice = 0
    ordered = True
    for n in range(rounds):
        committed, s, t, o = serialised_round(f"{n}-{secrets.token_hex(3)}")
        total, skipped, twice, ordered = total + committed, skipped + s, twice + t, ordered and o
    c_total, c_skipped, _, _ = unserialised_round(scratch_copy, "control")
    figure(
        "S3a",
        f"{skipped} skipped of {total}, {twice} delivered twice, in order: {ordered} "
        f"({WRITERS} writers × {APPENDS} appends × {rounds} rounds, 0–3 ms held in the "
        f"transaction, reader every 0.5 ms) (control without the append lock: {c_skipped} "
        f"skipped of {c_total})",
    )
    assert total == rounds * WRITERS * APPENDS
    assert skipped == 0
    assert twice == 0
    assert ordered
    assert c_total == WRITERS * APPENDS
    assert c_skipped > 0, "the control run skipped nothing: this test could not fail"


def test_s3a_through_the_one_round_trip_append() -> None:
    """The same writers, each append its own transaction: BEGIN, claims_append(), COMMIT sent
    together, the lock held only while the server runs them."""
    committed, skipped, twice, ordered = serialised_round(f"own-{secrets.token_hex(3)}", own=True)
    figure(
        "S3a",
        f"one-round-trip appends: {skipped} skipped of {committed}, {twice} delivered twice, "
        f"in order: {ordered} ({WRITERS} writers × {APPENDS} appends, reader every 0.5 ms)",
    )
    assert committed == WRITERS * APPENDS
    assert (skipped, twice, ordered) == (0, 0, True)


# --- S3b ------------------------------------------------------------------------------------------


def _waiting_on_advisory_lock(conn: psycopg.Connection[Any]) -> bool:
    row = conn.execute(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE wait_event_type = 'Lock' AND wait_event = 'advisory' "
        "AND datname = current_database()"
    ).fetchone()
    return bool(row and row[0])


def _wait(condition: Callable[[], bool], what: str, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.005)


def _read(conn: psycopg.Connection[Any], table: str, after: int) -> list[int]:
    query = f"SELECT position FROM {table} WHERE position > %s ORDER BY position"
    return [p for (p,) in conn.execute(query, [after]).fetchall()]


def test_s3b_a_deterministic_hole(scratch_copy: str) -> None:
    """Txn A takes p and stays open; txn B takes p+1 and commits; the reader runs; A commits."""
    reader = psycopg.connect(**pg_params(), autocommit=True)
    try:
        # Serialised (the event store): B cannot even take its position while A is open.
        start = eventstore.head_position()
        a_inserted, release_a, b_done = threading.Event(), threading.Event(), threading.Event()
        positions: dict[str, int] = {}

        def txn_a() -> None:
            try:
                sid = f"s3b-a-{uuid.uuid4()}"
                with transaction.atomic():
                    result = eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0)
                    positions["A"] = result.records[0].position
                    a_inserted.set()
                    release_a.wait(10)
            finally:
                connections.close_all()

        def txn_b() -> None:
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SET lock_timeout = '20s'")  # wait for A, however slow CI is
                sid = f"s3b-b-{uuid.uuid4()}"
                result = eventstore.append(
                    "claim", sid, [NewEvent(_reported(sid)), NewEvent(NoteAdded(text="b"))], 0
                )
                positions["B"] = result.records[0].position
                b_done.set()
            finally:
                connections.close_all()

        a, b = threading.Thread(target=txn_a), threading.Thread(target=txn_b)
        a.start()
        assert a_inserted.wait(10)
        b.start()
        _wait(lambda: _waiting_on_advisory_lock(reader), "B to wait on the append lock")
        while_open = _read(reader, "claims_event", start)
        b_finished_early = b_done.is_set()
        release_a.set()
        a.join()
        b.join()
        after = _read(reader, "claims_event", start)
        assert while_open == []
        assert not b_finished_early
        assert positions["B"] > positions["A"]
        assert after == [positions["A"], positions["B"], positions["B"] + 1]

        # The control: the same two transactions by raw SQL on the trigger-less copy.
        insert = _insert_sql(scratch_copy)
        with psycopg.connect(**pg_params()) as conn_a, psycopg.connect(**pg_params()) as conn_b:
            p = conn_a.execute(insert, [uuid.uuid4(), "a"]).fetchone()
            with conn_b.transaction():
                q = conn_b.execute(insert, [uuid.uuid4(), "b"]).fetchone()
            checkpoint = 0
            naive_while_open = _read(reader, scratch_copy, checkpoint)
            checkpoint = max(naive_while_open, default=checkpoint)
            conn_a.commit()
            naive_after = _read(reader, scratch_copy, checkpoint)
        assert p is not None
        assert q is not None
        naive_skipped = [p[0]] if p[0] not in naive_while_open + naive_after else []
    finally:
        reader.close()
    figure(
        "S3b",
        f"serialised: while A held position {positions['A']} open, B waited on the append "
        f"lock and the reader saw {while_open}; after A's commit it delivered {after}: 0 "
        f"skipped (control without the lock: the reader saw {naive_while_open} while A was "
        f"open, then {naive_after}: position {naive_skipped} skipped forever)",
    )
    assert naive_while_open == [q[0]]
    assert naive_skipped == [p[0]], "the control did not open a hole: this test could not fail"
