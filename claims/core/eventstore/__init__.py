"""The event store: append with optimistic concurrency, load a stream, read the global log.

Promises (see DESIGN.md, "The event store"): an append writes all or nothing; a stale
expected_version raises ConcurrencyError naming the current version; a retried append with the
same event ids at the same versions returns the original records; position order is commit order
(appends are serialised: a transaction-scoped advisory lock on PostgreSQL, an IMMEDIATE write
transaction on SQLite); recorded_at never decreases along position; each stream is a SHA-256
hash chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
from django.conf import settings
from django.db import IntegrityError, OperationalError, connection, transaction
from django.utils import timezone

from claims.core import fastsql
from claims.core.domain.events import Event as DomainEvent
from claims.core.domain.events import decode
from claims.core.domain.upcasters import upcast
from claims.core.models import Event

# Key of the transaction-scoped advisory lock that serialises appends on PostgreSQL. The same key
# is taken by the BEFORE INSERT statement trigger installed in the migrations.
APPEND_LOCK_KEY = 7_201_311_2013
GENESIS_HASH = "0" * 64


class EventStoreError(Exception):
    """Base of the event store's errors."""


class ConcurrencyError(EventStoreError):
    """The stream is not at the version the caller based its decision on."""

    def __init__(self, stream_id: str, expected_version: int | None, current_version: int) -> None:
        super().__init__(
            f"Stream {stream_id} is at version {current_version}, not {expected_version}."
        )
        self.stream_id = stream_id
        self.expected_version = expected_version
        self.current_version = current_version


class DuplicateEventError(ConcurrencyError):
    """Event ids already stored at other positions were appended again."""


class AppendLockTimeout(EventStoreError):
    """The append lock could not be taken in time (another transaction holds it)."""


class TooManyEvents(EventStoreError):
    """One append carried more events than CLAIMS_MAX_EVENTS_PER_APPEND."""


@dataclass(frozen=True, slots=True)
class NewEvent:
    """An event to append: the domain event, its valid time, and optionally a fixed id."""

    event: DomainEvent
    occurred_at: dt.datetime | None = None
    event_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class RecordedEvent:
    position: int
    event_id: uuid.UUID
    stream_type: str
    stream_id: str
    version: int
    event_type: str
    schema_version: int
    data: dict[str, Any]
    metadata: dict[str, Any]
    recorded_at: dt.datetime
    occurred_at: dt.datetime | None
    hash: str

    @property
    def event(self) -> DomainEvent:
        """The typed domain event, with old schema versions upcast."""
        return decode(self.event_type, upcast(self.event_type, self.schema_version, self.data))

    @classmethod
    def from_row(cls, row: Event) -> RecordedEvent:
        return cls(
            position=row.position,
            event_id=row.event_id,
            stream_type=row.stream_type,
            stream_id=row.stream_id,
            version=row.version,
            event_type=row.event_type,
            schema_version=row.schema_version,
            data=row.data,
            metadata=row.metadata,
            recorded_at=row.recorded_at,
            occurred_at=row.occurred_at,
            hash=row.hash,
        )


@dataclass(frozen=True, slots=True)
class AppendResult:
    records: list[RecordedEvent]
    replayed: bool = False  # True when an identical earlier append was returned instead
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def version(self) -> int:
        return self.records[-1].version


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 text: the form an event's hash is taken over."""
    return _canonical_bytes(value).decode("utf-8")


_CANONICAL = (
    orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
)


def _canonical_bytes(value: Any) -> bytes:
    # orjson's sorted compact output is byte-for-byte json.dumps(value, sort_keys=True,
    # separators=(",", ":"), ensure_ascii=False) for what events carry (text, ints, bools, null,
    # lists, string-keyed objects; tests/domain/test_canonical_json.py checks it with hypothesis),
    # at a tenth of the cost. What orjson refuses (ints beyond 64 bits, non-string keys, lone
    # surrogates) goes through json as before, so a stored chain always verifies the same.
    try:
        return orjson.dumps(value, option=_CANONICAL)
    except orjson.JSONEncodeError:
        text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return text.encode("utf-8")


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.astimezone(dt.UTC).isoformat() if moment is not None else None


def event_hash(
    *,
    prev_hash: str,
    event_id: uuid.UUID,
    stream_type: str,
    stream_id: str,
    version: int,
    event_type: str,
    schema_version: int,
    data: dict[str, Any],
    metadata: dict[str, Any],
    recorded_at: dt.datetime,
    occurred_at: dt.datetime | None,
) -> str:
    """Hash the canonical form of one event chained to its predecessor in the stream."""
    body = _canonical_bytes(
        {
            "event_id": str(event_id),
            "stream_type": stream_type,
            "stream_id": stream_id,
            "version": version,
            "event_type": event_type,
            "schema_version": schema_version,
            "data": data,
            "metadata": metadata,
            "recorded_at": _iso(recorded_at),
            "occurred_at": _iso(occurred_at),
        }
    )
    return hashlib.sha256(prev_hash.encode("utf-8") + body).hexdigest()


def row_hash(row: Event, prev_hash: str) -> str:
    return event_hash(
        prev_hash=prev_hash,
        event_id=row.event_id,
        stream_type=row.stream_type,
        stream_id=row.stream_id,
        version=row.version,
        event_type=row.event_type,
        schema_version=row.schema_version,
        data=row.data,
        metadata=row.metadata,
        recorded_at=row.recorded_at,
        occurred_at=row.occurred_at,
    )


def lock_appends() -> None:
    """Hold the append lock until the current transaction ends (appends and rebuilds)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [APPEND_LOCK_KEY])
    # SQLite: the connection opens write transactions IMMEDIATE, so this transaction already
    # holds the database's single write lock.


def _is_lock_timeout(exc: OperationalError) -> bool:
    cause = exc.__cause__
    sqlstate = getattr(cause, "sqlstate", None) or getattr(cause, "pgcode", None)
    return sqlstate == "55P03" or "lock timeout" in str(exc).lower()


def stream_head(stream_id: str) -> tuple[int, str]:
    """Return the stream's current version and last hash (0 and the genesis hash if empty)."""
    last = (
        Event.objects.filter(stream_id=stream_id)
        .order_by("-version")
        .values_list("version", "hash")
        .first()
    )
    return (last[0], last[1]) if last else (0, GENESIS_HASH)


_HEADS_SQL = (
    "SELECT h.version, h.hash,"
    " (SELECT recorded_at FROM claims_event ORDER BY position DESC LIMIT 1){positions}"
    " FROM (SELECT 1 AS one) AS one LEFT JOIN"
    " (SELECT version, hash FROM claims_event WHERE stream_id = %s"
    " ORDER BY version DESC LIMIT 1) AS h ON 1 = 1"
)
# PostgreSQL: also the positions of the new events, taken under the append lock.
_PG_HEADS_SQL = _HEADS_SQL.format(
    positions=", ARRAY(SELECT nextval(pg_get_serial_sequence('claims_event', 'position'))"
    " FROM generate_series(1, %s))"
)
_HEADS_SQL = _HEADS_SQL.format(positions="")


def _db_datetime(value: Any) -> dt.datetime | None:
    """A timestamp read by a raw query: SQLite gives Django's naive-UTC text."""
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        value = dt.datetime.fromisoformat(str(value))
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _heads(stream_id: str) -> tuple[int, str, dt.datetime | None]:
    """Return the stream's version and last hash, and the log's last recorded_at, in one query."""
    rows = fastsql.execute(_HEADS_SQL, [stream_id], fetch=True)
    return _head_values(rows[0] if rows else None)


def _head_values(row: Any) -> tuple[int, str, dt.datetime | None]:
    version, last_hash, recorded = row[:3] if row is not None else (None, None, None)
    if version is None:
        return 0, GENESIS_HASH, _db_datetime(recorded)
    return int(version), str(last_hash), _db_datetime(recorded)


def _lock_and_heads(
    stream_id: str, n_events: int
) -> tuple[int, str, dt.datetime | None, list[int]]:
    """Take the append lock, then read the heads (on PostgreSQL, and the new positions).

    On PostgreSQL the lock and the heads go in one round trip when the connection is in
    pipeline mode (services._execute): the second statement starts after the first returned,
    so the heads are read under the lock.
    """
    if connection.vendor != "postgresql":
        # SQLite: the IMMEDIATE write transaction already holds the database's write lock.
        return (*_heads(stream_id), [])
    fastsql.execute("SELECT pg_advisory_xact_lock(%s)", [APPEND_LOCK_KEY])
    row = fastsql.execute(_PG_HEADS_SQL, [n_events, stream_id], fetch=True)[0]
    return (*_head_values(row), sorted(int(p) for p in row[3]))


def append(
    stream_type: str,
    stream_id: str,
    events: Sequence[NewEvent],
    expected_version: int | None,
    metadata: dict[str, Any] | None = None,
) -> AppendResult:
    """Append events to a stream at expected_version, all or nothing.

    Must be called inside a transaction (services wrap it together with the projections);
    a standalone call opens its own.
    """
    if not events:
        raise ValueError("append() needs at least one event")
    if len(events) > settings.CLAIMS_MAX_EVENTS_PER_APPEND:
        raise TooManyEvents(f"At most {settings.CLAIMS_MAX_EVENTS_PER_APPEND} events per append.")
    try:
        with transaction.atomic(savepoint=False):
            outcome = _append_locked(
                stream_type, stream_id, events, expected_version, metadata or {}
            )
    except OperationalError as exc:
        if _is_lock_timeout(exc):
            raise AppendLockTimeout("The event store is busy; retry shortly.") from exc
        raise
    # A conflict is raised outside the atomic block: nothing was written, so a caller's
    # enclosing transaction stays usable (it may retry or report the current version).
    if isinstance(outcome, ConcurrencyError):
        raise outcome
    return outcome


def _append_locked(
    stream_type: str,
    stream_id: str,
    events: Sequence[NewEvent],
    expected_version: int | None,
    metadata: dict[str, Any],
) -> AppendResult | ConcurrencyError:
    version, prev_hash, last_recorded, positions = _lock_and_heads(stream_id, len(events))
    ids = [new.event_id or uuid.uuid4() for new in events]
    if expected_version is not None and version != expected_version:
        replay = _replayed(stream_id, ids, expected_version)
        if replay is not None:
            return AppendResult(replay, replayed=True)
        return ConcurrencyError(stream_id, expected_version, version)
    # Transaction time never runs backwards along position, whatever this server's clock says.
    now = timezone.now()
    recorded_at = max(now, last_recorded) if last_recorded else now
    records = []
    writer = _event_writer()
    try:
        for offset, (new, event_id) in enumerate(zip(events, ids, strict=True), start=1):
            event = new.event
            data = event.to_data()
            event_type = event.event_type
            digest = event_hash(
                prev_hash=prev_hash,
                event_id=event_id,
                stream_type=stream_type,
                stream_id=stream_id,
                version=version + offset,
                event_type=event_type,
                schema_version=event.SCHEMA_VERSION,
                data=data,
                metadata=metadata,
                recorded_at=recorded_at,
                occurred_at=new.occurred_at,
            )
            prev_hash = digest
            row: list[Any] = [
                event_id,
                stream_type,
                stream_id,
                version + offset,
                event_type,
                event.SCHEMA_VERSION,
                data,
                metadata,
                recorded_at,
                new.occurred_at,
                digest,
            ]
            if positions:  # PostgreSQL: taken with the heads, under the lock
                position = positions[offset - 1]
                fastsql.execute(writer.with_position, writer.params([position, *row]))
            else:  # SQLite: the rowid the insert got
                position = int(fastsql.execute(writer.without_position, writer.params(row, skip=1)))
            records.append(RecordedEvent(position, *row))
    except IntegrityError as exc:
        # The version was checked under the lock, so only a reused event id can clash.
        raise DuplicateEventError(stream_id, expected_version, version) from exc
    return AppendResult(records)


# The event table's columns in the order the writers use (position first: SQLite's path leaves
# it out and takes the rowid). claims.core.bulk writes the same columns.
EVENT_FIELDS = (
    "position",
    "event_id",
    "stream_type",
    "stream_id",
    "version",
    "event_type",
    "schema_version",
    "data",
    "metadata",
    "recorded_at",
    "occurred_at",
    "hash",
)


class _EventWriter:
    """The event INSERT, with the fast per-column conversions of claims.core.fastsql."""

    def __init__(self) -> None:
        from claims.core.fastsql import Writer

        writer = Writer(Event, EVENT_FIELDS)
        self.convert = writer.convert
        self.with_position = writer.insert_sql
        cols = ", ".join(connection.ops.quote_name(c) for c in writer.columns[1:])
        marks = ", ".join(writer.placeholder(f) for f in writer.fields[1:])  # type: ignore[arg-type]
        self.without_position = f"INSERT INTO {writer.table} ({cols}) VALUES ({marks})"  # noqa: S608

    def params(self, values: list[Any], skip: int = 0) -> list[Any]:
        return [conv(v) for conv, v in zip(self.convert[skip:], values, strict=True)]


_EVENT_WRITERS: dict[str, _EventWriter] = {}


def _event_writer() -> _EventWriter:
    writer = _EVENT_WRITERS.get(connection.vendor)
    if writer is None:
        writer = _EVENT_WRITERS[connection.vendor] = _EventWriter()
    return writer


def _replayed(
    stream_id: str, ids: list[uuid.UUID], expected_version: int
) -> list[RecordedEvent] | None:
    """Return the stored records if this exact append already happened, else None."""
    stored = {row.event_id: row for row in Event.objects.filter(event_id__in=ids)}
    if not stored:
        return None
    same_place = len(stored) == len(ids) and all(
        (row := stored.get(event_id)) is not None
        and row.stream_id == stream_id
        and row.version == expected_version + offset
        for offset, event_id in enumerate(ids, start=1)
    )
    if not same_place:
        return None
    return [RecordedEvent.from_row(stored[event_id]) for event_id in ids]


def load(stream_id: str, after_version: int = 0) -> list[RecordedEvent]:
    """Return a stream's events in version order."""
    rows = Event.objects.filter(stream_id=stream_id, version__gt=after_version).order_by("version")
    return [RecordedEvent.from_row(row) for row in rows]


_EVENT_COLUMNS = (
    "position, event_id, stream_type, stream_id, version, event_type, schema_version,"
    " data, metadata, {recorded_at}, {occurred_at}, hash"
)


def read_all(
    after: int = 0,
    limit: int = 1000,
    *,
    stream_id: str | None = None,
    event_types: Sequence[str] | None = None,
    until_recorded: dt.datetime | None = None,
) -> list[RecordedEvent]:
    """Return events with position > after in global order (at most `limit`).

    One raw query; rows become RecordedEvents directly (no model instances): this is the read
    path of rebuilds, consumers and the event feed.
    """
    where = ["position > %s"]
    params: list[Any] = [after]
    if stream_id is not None:
        where.append("stream_id = %s")
        params.append(stream_id)
    if event_types:
        where.append(f"event_type IN ({', '.join(['%s'] * len(event_types))})")
        params += list(event_types)
    if until_recorded is not None:
        where.append("recorded_at <= %s")
        params.append(connection.ops.adapt_datetimefield_value(until_recorded))
    params.append(limit)
    sql = (
        f"SELECT {_select_columns()} FROM claims_event"  # noqa: S608 (fixed columns, placeholders)
        f" WHERE {' AND '.join(where)} ORDER BY position LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return _records(rows)


def _select_columns() -> str:
    if connection.vendor == "sqlite":
        # As text: datetime.fromisoformat is much faster than the decltype converter.
        return _EVENT_COLUMNS.format(
            recorded_at="CAST(recorded_at AS TEXT)", occurred_at="CAST(occurred_at AS TEXT)"
        )
    return _EVENT_COLUMNS.format(recorded_at="recorded_at", occurred_at="occurred_at")


def _loads(text: str | bytes) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)  # what orjson refuses (NaN, ints beyond 64 bits) json reads


def _records(rows: Sequence[Sequence[Any]]) -> list[RecordedEvent]:
    loads = _loads
    utc = dt.UTC
    fromiso = dt.datetime.fromisoformat
    out = []
    # Events appended together share their recorded_at (and often occurred_at): parse each
    # distinct text once. Datetimes are immutable, so records may share them.
    last_text: str | None = None
    last_moment: dt.datetime | None = None
    for pos, eid, stype, sid, ver, etype, schema, data, meta, rec_at, occ_at, digest in rows:
        if isinstance(rec_at, str):
            if rec_at != last_text:
                last_text, last_moment = rec_at, fromiso(rec_at).replace(tzinfo=utc)
            rec_at = last_moment
            if occ_at is not None:
                occ_at = rec_at if occ_at == last_text else fromiso(occ_at).replace(tzinfo=utc)
        out.append(
            RecordedEvent(
                pos,
                eid if isinstance(eid, uuid.UUID) else uuid.UUID(eid),
                stype,
                sid,
                ver,
                etype,
                schema,
                loads(data) if isinstance(data, str | bytes) else data,
                loads(meta) if isinstance(meta, str | bytes) else meta,
                rec_at,
                occ_at,
                digest,
            )
        )
    return out


def iter_all(after: int = 0, batch: int = 5000) -> Iterator[RecordedEvent]:
    """Yield every event after a position, in global order, in batches."""
    while True:
        chunk = read_all(after, batch)
        if not chunk:
            return
        yield from chunk
        after = chunk[-1].position


def head_position() -> int:
    last = Event.objects.order_by("-position").values_list("position", flat=True).first()
    return last or 0


@dataclass(frozen=True, slots=True)
class BrokenLink:
    position: int
    stream_id: str
    version: int
    reason: str


def verify(batch: int = 5000) -> Iterator[tuple[int, BrokenLink | None]]:
    """Walk every stream's hash chain in log order; yield (position, first broken link or None)."""
    heads: dict[str, tuple[int, str]] = {}
    for record in iter_all(0, batch):
        expected_version, prev_hash = heads.get(record.stream_id, (0, GENESIS_HASH))
        if record.version != expected_version + 1:
            yield (
                record.position,
                BrokenLink(
                    record.position,
                    record.stream_id,
                    record.version,
                    f"version {record.version} follows {expected_version}",
                ),
            )
            return
        recomputed = event_hash(
            prev_hash=prev_hash,
            event_id=record.event_id,
            stream_type=record.stream_type,
            stream_id=record.stream_id,
            version=record.version,
            event_type=record.event_type,
            schema_version=record.schema_version,
            data=record.data,
            metadata=record.metadata,
            recorded_at=record.recorded_at,
            occurred_at=record.occurred_at,
        )
        if recomputed != record.hash:
            yield (
                record.position,
                BrokenLink(
                    record.position, record.stream_id, record.version, "hash does not match content"
                ),
            )
            return
        heads[record.stream_id] = (record.version, record.hash)
        yield record.position, None


# --- Restoring a whole log ------------------------------------------------------------------------


class RestoreError(EventStoreError):
    """A log to restore is not whole, not in order, or does not verify; nothing is written."""


def restore(records: Iterable[RecordedEvent], *, batch: int = 2000) -> int:
    """Write another database's log into this empty one verbatim: positions, event ids,
    versions, times and hashes kept. Every stream's hash chain is checked on the way in
    (as `verify` does) and positions must rise; the first fault raises RestoreError.

    Run it inside a transaction (the import command does): a fault then leaves nothing behind.
    Returns the number of events written.
    """
    lock_appends()
    if head_position() != 0:
        raise RestoreError("The log is not empty: restore only into a fresh database.")
    writer = _event_writer()
    heads: dict[str, tuple[int, str]] = {}
    last_position = 0
    pending: list[list[Any]] = []
    count = 0
    for record in records:
        if record.position <= last_position:
            raise RestoreError(f"Position {record.position} does not follow {last_position}.")
        version, prev_hash = heads.get(record.stream_id, (0, GENESIS_HASH))
        if record.version != version + 1:
            raise RestoreError(
                f"Stream {record.stream_id}: version {record.version} follows {version} "
                f"(position {record.position})."
            )
        recomputed = event_hash(
            prev_hash=prev_hash,
            event_id=record.event_id,
            stream_type=record.stream_type,
            stream_id=record.stream_id,
            version=record.version,
            event_type=record.event_type,
            schema_version=record.schema_version,
            data=record.data,
            metadata=record.metadata,
            recorded_at=record.recorded_at,
            occurred_at=record.occurred_at,
        )
        if recomputed != record.hash:
            raise RestoreError(
                f"Position {record.position} (stream {record.stream_id}, version "
                f"{record.version}): the hash does not match the content."
            )
        heads[record.stream_id] = (record.version, record.hash)
        last_position = record.position
        pending.append([getattr(record, name) for name in EVENT_FIELDS])
        count += 1
        if len(pending) >= batch:
            _write_restored(writer, pending)
    _write_restored(writer, pending)
    if connection.vendor == "postgresql" and last_position:
        with connection.cursor() as cursor:
            # New appends continue after the restored positions.
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence('claims_event', 'position'), %s)",
                [last_position],
            )
    return count


def _write_restored(writer: _EventWriter, rows: list[list[Any]]) -> None:
    if not rows:
        return
    with connection.cursor() as cursor:
        cursor.executemany(writer.with_position, [writer.params(row) for row in rows])
    rows.clear()
