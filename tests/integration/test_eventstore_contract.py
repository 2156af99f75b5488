"""The event store's contract: one suite, run unchanged against each backend.

`make test` runs it on SQLite (the SqliteBackend) and on PostgreSQL (the PostgresBackend); the
`store` fixture checks that the backend under test is the one of the database, so each pass holds
its own backend to every promise (the way pyeventsourcing runs one recorder test case against
each of its recorders). The public functions of `claims.core.eventstore` are the interface.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from typing import Any

import pytest
from django.db import DatabaseError, connection, connections, transaction
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.core import eventstore, models
from claims.core.domain.events import ClaimReported, NoteAdded, SourceRegistered
from claims.core.domain.values import Quantity
from claims.core.eventstore import (
    AppendBatch,
    ConcurrencyError,
    DuplicateEventError,
    Increment,
    Insert,
    NewEvent,
    RecordedEvent,
    Update,
)
from claims.core.eventstore.base import Backend, uuid_of_hex

BACKENDS = {"sqlite": "SqliteBackend", "postgresql": "PostgresBackend"}


def _backend() -> Backend:
    backend = eventstore.backend()
    assert type(backend).__name__ == BACKENDS[connection.vendor]
    return backend


@pytest.fixture
def store(db: None) -> Backend:
    """The backend of the test database, in a test transaction rolled back after the test."""
    return _backend()


@pytest.fixture
def committed_store(committed_db: None) -> Backend:
    """The backend of the test database, committing for real (several connections)."""
    return _backend()


def _sid() -> str:
    return f"contract-{uuid.uuid4()}"


def _reported(claim_id: str) -> ClaimReported:
    return ClaimReported(
        claim_id=claim_id,
        statement="Six activists were killed.",
        subject="Totonicapán",
        value=Quantity.of("6", "people"),
        attributed_to="src",
    )


def _notes(n: int, ids: bool = False) -> list[NewEvent]:
    return [
        NewEvent(NoteAdded(text=f"note {i}"), event_id=uuid.uuid4() if ids else None)
        for i in range(n)
    ]


def _fields(record: RecordedEvent) -> tuple[Any, ...]:
    return (
        record.position,
        record.event_id,
        record.stream_type,
        record.stream_id,
        record.version,
        record.event_type,
        record.schema_version,
        record.data,
        record.metadata,
        record.recorded_at,
        record.occurred_at,
        record.hash,
        record.log_hash,
    )


# --- append ------------------------------------------------------------------------------------


@pytest.mark.usefixtures("store")
def test_append_returns_what_a_read_gives_back() -> None:
    sid = _sid()
    occurred = dt.datetime(2013, 3, 1, 12, 5, tzinfo=dt.UTC)
    result = eventstore.append(
        "claim",
        sid,
        [NewEvent(_reported(sid), occurred), *_notes(2)],
        0,
        {"actor": "ana", "reason": "why"},
    )
    assert [r.version for r in result.records] == [1, 2, 3]
    positions = [r.position for r in result.records]
    assert positions == sorted(set(positions))
    assert len({r.recorded_at for r in result.records}) == 1  # one append, one moment
    assert result.records[0].occurred_at == occurred
    assert all(r.metadata == {"actor": "ana", "reason": "why"} for r in result.records)
    stored = eventstore.read_stream(sid)
    assert [_fields(r) for r in stored] == [_fields(r) for r in result.records]
    assert isinstance(stored[0].event, ClaimReported)
    assert eventstore.read_stream(sid, after_version=1, until_version=2) == stored[1:2]
    assert all(link is None for _, link in eventstore.verify())


@pytest.mark.usefixtures("store")
def test_a_stale_expected_version_is_refused_naming_the_current_one() -> None:
    sid = _sid()
    eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0)
    eventstore.append("claim", sid, _notes(1), 1)
    for stale in (0, 1, 5):
        with pytest.raises(ConcurrencyError) as info:
            eventstore.append("claim", sid, _notes(1), stale)
        assert (info.value.expected_version, info.value.current_version) == (stale, 2)
    assert eventstore.append("claim", sid, _notes(1), None).version == 3  # None: at the head
    assert [r.version for r in eventstore.read_stream(sid)] == [1, 2, 3]


@pytest.mark.usefixtures("store")
def test_a_conflict_leaves_the_callers_transaction_usable() -> None:
    sid = _sid()
    eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0)
    with transaction.atomic():
        with pytest.raises(ConcurrencyError):
            eventstore.append("claim", sid, _notes(1), 0)
        assert eventstore.append("claim", sid, _notes(1), 1).version == 2


@pytest.mark.usefixtures("store")
def test_an_append_is_all_or_nothing() -> None:
    sid, other = _sid(), _sid()
    taken = uuid.uuid4()
    eventstore.append("claim", other, [NewEvent(_reported(other), event_id=taken)], 0)
    batch = [NewEvent(_reported(sid)), NewEvent(NoteAdded(text="x"), event_id=taken)]
    with pytest.raises(DuplicateEventError):
        eventstore.append("claim", sid, batch, 0)
    assert eventstore.read_stream(sid) == []
    assert not eventstore.stream_exists(sid)


@pytest.mark.usefixtures("store")
def test_a_retried_append_returns_the_original_records() -> None:
    sid = _sid()
    batch = [NewEvent(_reported(sid), event_id=uuid.uuid4()), *_notes(2, ids=True)]
    first = eventstore.append("claim", sid, batch, 0)
    again = eventstore.append("claim", sid, batch, 0)
    assert again.replayed
    assert [_fields(r) for r in again.records] == [_fields(r) for r in first.records]
    assert len(eventstore.read_stream(sid)) == 3


@pytest.mark.usefixtures("store")
def test_the_same_ids_at_other_versions_conflict() -> None:
    sid = _sid()
    note = NewEvent(NoteAdded(text="n"), event_id=uuid.uuid4())
    eventstore.append("claim", sid, [NewEvent(_reported(sid)), note], 0)
    assert eventstore.append("claim", sid, [note], 1).replayed  # same id, same version
    with pytest.raises(ConcurrencyError):
        eventstore.append("claim", sid, [note], 0)  # the id sits at version 2, not 1
    with pytest.raises(DuplicateEventError):
        eventstore.append("claim", sid, [note], 2)  # right version, id already used
    assert len(eventstore.read_stream(sid)) == 2


@pytest.mark.usefixtures("store")
def test_recorded_at_increases_between_appends_even_when_the_clock_goes_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sid = _sid()
    first = eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0).records[0]
    skewed = first.recorded_at - dt.timedelta(hours=1)
    monkeypatch.setattr(timezone, "now", lambda: skewed)
    later = eventstore.append("claim", sid, _notes(2), 1).records
    assert later[0].recorded_at > first.recorded_at
    assert later[0].recorded_at == later[1].recorded_at
    log = eventstore.read_all(first.position - 1, 100)
    times = [r.recorded_at for r in log]
    assert times == sorted(times)


# --- reads -------------------------------------------------------------------------------------


@pytest.mark.usefixtures("store")
def test_read_all_in_position_order_with_filters() -> None:
    start = eventstore.head_position()
    a, b = _sid(), _sid()
    first = eventstore.append("claim", a, [NewEvent(_reported(a))], 0).records
    eventstore.append("claim", b, [NewEvent(_reported(b)), *_notes(2)], 0)
    eventstore.append("claim", a, _notes(1), 1)
    log = eventstore.read_all(start, 100)
    assert [(r.stream_id, r.version) for r in log] == [(a, 1), (b, 1), (b, 2), (b, 3), (a, 2)]
    assert [r.position for r in log] == sorted(r.position for r in log)
    assert eventstore.head_position() == log[-1].position
    assert eventstore.read_all(start, 2) == log[:2]
    assert eventstore.read_all(log[1].position, 2) == log[2:4]
    assert [r.version for r in eventstore.read_all(start, 100, stream_id=a)] == [1, 2]
    notes = eventstore.read_all(start, 100, event_types=["NoteAdded"])
    assert [(r.stream_id, r.version) for r in notes] == [(b, 2), (b, 3), (a, 2)]
    early = eventstore.read_all(start, 100, until_recorded=first[0].recorded_at)
    assert [r.position for r in early] == [first[0].position]
    assert list(eventstore.iter_all(start, batch=2)) == log


@pytest.mark.usefixtures("store")
def test_heads_and_existence() -> None:
    a, b, missing = _sid(), _sid(), _sid()
    eventstore.append("claim", a, [NewEvent(_reported(a)), *_notes(1)], 0)
    recorded = eventstore.append(
        "source", b, [NewEvent(SourceRegistered(source_id=b, name="B", kind="media"))], 0
    ).records
    heads = eventstore.heads([a, b, missing])
    assert set(heads) == {a, b}
    assert heads[a].version == 2
    assert heads[b].hash == recorded[0].hash
    assert eventstore.stream_head(missing) == (0, eventstore.GENESIS_HASH)
    assert eventstore.stream_exists(a)
    assert not eventstore.stream_exists(missing)
    assert eventstore.existing_streams("source", [a, b, missing]) == {b}
    assert eventstore.events_by_id([recorded[0].event_id, uuid.uuid4()]) == recorded


# --- append_many -------------------------------------------------------------------------------


@pytest.mark.usefixtures("store")
def test_append_many_writes_many_streams_as_one_moment() -> None:
    a, b = _sid(), _sid()
    eventstore.append("claim", a, [NewEvent(_reported(a))], 0)
    results = eventstore.append_many(
        [
            AppendBatch("claim", b, [NewEvent(_reported(b)), *_notes(1)], 0, {"actor": "imp"}),
            AppendBatch(
                "claim",
                a,
                [NewEvent(NoteAdded(text="own"), metadata={"actor": "imp", "reason": "r"})],
                1,
                {"actor": "imp"},
            ),
        ]
    )
    records = [r for result in results for r in result.records]
    assert [(r.stream_id, r.version) for r in records] == [(b, 1), (b, 2), (a, 2)]
    assert [r.position for r in records] == sorted(r.position for r in records)
    assert len({r.recorded_at for r in records}) == 1
    assert records[0].metadata == {"actor": "imp"}
    assert records[2].metadata == {"actor": "imp", "reason": "r"}
    assert [_fields(r) for r in eventstore.read_stream(a)][1] == _fields(records[2])
    assert all(link is None for _, link in eventstore.verify())


@pytest.mark.usefixtures("store")
def test_append_many_with_one_stale_stream_writes_nothing() -> None:
    a, b = _sid(), _sid()
    eventstore.append("claim", a, [NewEvent(_reported(a))], 0)
    with pytest.raises(ConcurrencyError) as info:
        eventstore.append_many(
            [
                AppendBatch("claim", b, [NewEvent(_reported(b))], 0),
                AppendBatch("claim", a, _notes(1), 0),
            ]
        )
    assert (info.value.stream_id, info.value.current_version) == (a, 1)
    assert not eventstore.stream_exists(b)
    assert len(eventstore.read_stream(a)) == 1


# --- rows written with the events --------------------------------------------------------------


def _history_row(record: RecordedEvent) -> dict[str, Any]:
    """A row whose columns and JSON embed the record's time and position."""
    return {
        "claim_id": record.stream_id,
        "version": record.version,
        "recorded_from": record.recorded_at,
        "position": record.position,
        "status": "reported",
        "subject": "s",
        "attributed_to": "src",
        "statement": "s",
        "created_at": record.recorded_at,
        "document": {
            "at": record.recorded_at.isoformat().replace("+00:00", "Z"),
            "exact": record.recorded_at.isoformat(),
            "position": record.position,
            "text": "a note naming 2013-03-01T12:05:00Z and 12345",
        },
    }


def test_rows_of_the_projector_are_written_with_the_events(store: Backend) -> None:
    source = _sid()
    models.Source.objects.create(
        id=source,
        version=1,
        name="S",
        kind="media",
        created_at=timezone.now(),
        updated_at=timezone.now(),
        last_position=0,
    )
    sid = _sid()

    def project(records: list[RecordedEvent]) -> list[eventstore.RowWrite]:
        last = records[-1]
        return [
            Insert(models.ClaimVersion, [_history_row(r) for r in records]),
            Update(
                models.Source,
                {"updated_at": last.recorded_at, "last_position": last.position},
                {"id": source},
            ),
            Increment(models.Source, {"claims_reported": 2, "claims_refuted": 1}, {"id": source}),
        ]

    result = eventstore.append(
        "claim", sid, [NewEvent(_reported(sid)), *_notes(1)], 0, project=project
    )
    rows = list(models.ClaimVersion.objects.filter(claim_id=sid).order_by("version"))
    assert [(r.recorded_from, r.position) for r in rows] == [
        (rec.recorded_at, rec.position) for rec in result.records
    ]
    for row, rec in zip(rows, result.records, strict=True):
        assert row.document == {
            "at": rec.recorded_at.isoformat().replace("+00:00", "Z"),
            "exact": rec.recorded_at.isoformat(),
            "position": rec.position,
            "text": "a note naming 2013-03-01T12:05:00Z and 12345",
        }
        assert row.created_at == rec.recorded_at
    source_row = models.Source.objects.get(pk=source)
    assert (source_row.updated_at, source_row.last_position) == (
        result.records[-1].recorded_at,
        result.records[-1].position,
    )
    assert (source_row.claims_reported, source_row.claims_refuted) == (2, 1)


@pytest.mark.usefixtures("store")
def test_a_failing_projector_stores_no_event() -> None:
    sid = _sid()
    models.ClaimVersion.objects.create(**{**_fake_row(sid), "version": 1})

    def project(records: list[RecordedEvent]) -> list[eventstore.RowWrite]:
        return [Insert(models.ClaimVersion, [_history_row(r) for r in records])]  # clashes

    with transaction.atomic():
        with pytest.raises(DatabaseError):
            eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0, project=project)
        assert not eventstore.stream_exists(sid)  # and the caller's transaction goes on
    assert eventstore.read_stream(sid) == []


def _fake_row(sid: str) -> dict[str, Any]:
    now = timezone.now()
    return {
        "claim_id": sid,
        "recorded_from": now,
        "position": 0,
        "status": "reported",
        "subject": "s",
        "attributed_to": "src",
        "statement": "s",
        "created_at": now,
        "document": {},
    }


# --- concurrency (real commits) ----------------------------------------------------------------


def _threads(*targets: Any) -> list[BaseException]:
    errors: list[BaseException] = []
    start = threading.Barrier(len(targets))

    def run(target: Any) -> None:
        try:
            start.wait()
            target()
        except BaseException as exc:  # collected and asserted on
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(t,)) for t in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.mark.usefixtures("committed_store")
def test_concurrent_batches_never_interleave_their_positions() -> None:
    a, b = _sid(), _sid()
    size = 300

    def write(sid: str) -> Any:
        return lambda: eventstore.append_many(
            [AppendBatch("claim", sid, [NewEvent(_reported(sid)), *_notes(size - 1)], 0)]
        )

    assert _threads(write(a), write(b)) == []
    pa = [r.position for r in eventstore.read_stream(a)]
    pb = [r.position for r in eventstore.read_stream(b)]
    assert len(pa) == len(pb) == size
    assert max(pa) < min(pb) or max(pb) < min(pa)


@pytest.mark.usefixtures("committed_store")
def test_concurrent_appends_to_one_stream_give_one_winner_per_version() -> None:
    sid = _sid()
    eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0)
    outcomes: list[str] = []

    def write() -> None:
        try:
            eventstore.append("claim", sid, _notes(1), 1)
            outcomes.append("ok")
        except ConcurrencyError:
            outcomes.append("conflict")

    assert _threads(*[write] * 4) == []
    assert sorted(outcomes) == ["conflict"] * 3 + ["ok"]
    assert [r.version for r in eventstore.read_stream(sid)] == [1, 2]


# --- restore -------------------------------------------------------------------------------------


def _a_log() -> list[RecordedEvent]:
    """A small log written and read back, then rolled back: the database is empty again."""
    with transaction.atomic():
        a, b = _sid(), _sid()
        eventstore.append("claim", a, [NewEvent(_reported(a)), *_notes(2)], 0)
        eventstore.append("claim", b, [NewEvent(_reported(b))], 0)
        eventstore.append("claim", a, _notes(1), 3)
        records = list(eventstore.iter_all(0))
        transaction.set_rollback(True)
    assert eventstore.head_position() == 0
    return records


@pytest.mark.usefixtures("store")
def test_restore_writes_another_log_verbatim_and_appends_follow_it() -> None:
    records = _a_log()
    with transaction.atomic():
        assert eventstore.restore(iter(records)) == len(records)
    assert [_fields(r) for r in eventstore.iter_all(0)] == [_fields(r) for r in records]
    assert all(link is None for _, link in eventstore.verify())
    sid = records[0].stream_id
    after = eventstore.append("claim", sid, _notes(1), 4)
    assert after.records[0].position > records[-1].position
    assert all(link is None for _, link in eventstore.verify())


@pytest.mark.usefixtures("store")
def test_restore_refuses_a_tampered_or_reordered_log_and_a_log_that_is_not_empty() -> None:

    records = _a_log()
    tampered = [*records]
    tampered[1] = tampered[1]._replace(metadata={"actor": "someone else"})
    missing = records[:1] + records[2:]
    for bad, why in ((tampered, "hash does not match"), (missing, "follows")):
        with pytest.raises(eventstore.RestoreError, match=why), transaction.atomic():
            eventstore.restore(iter(bad))
        assert eventstore.head_position() == 0, "nothing written"
    with transaction.atomic():
        eventstore.restore(iter(records))
    with pytest.raises(eventstore.RestoreError, match="not empty"), transaction.atomic():
        eventstore.restore(iter(records))


# --- Reading ids: the fast UUID is the constructor's UUID ----------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.uuids(), st.booleans(), st.booleans())
def test_an_event_id_read_back_is_the_uuid_the_constructor_makes(value, dashed, upper):
    text = str(value) if dashed else value.hex
    text = text.upper() if upper else text

    read = uuid_of_hex(text)

    assert read == uuid.UUID(text)
    assert (str(read), read.hex, read.int, read.version) == (
        str(value),
        value.hex,
        value.int,
        value.version,
    )
    assert read.is_safe is uuid.SafeUUID.unknown
    assert hash(read) == hash(value)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789abcdefABCDEFx-_{} g", max_size=40))
def test_any_other_text_reads_as_the_constructor_reads_it_or_is_refused_alike(text):
    try:
        expected = uuid.UUID(text)
    except ValueError:
        with pytest.raises(ValueError):
            uuid_of_hex(text)
    else:
        assert uuid_of_hex(text) == expected
