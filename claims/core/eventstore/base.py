"""The event store's backend interface, its value types, and what the SQLite and PostgreSQL
backends share: statements through Django's cursor wrappers, read-model row writes, reading
records, and appends computed in Python under the append lock.

A backend is the only code that names the event table or knows its database's dialect. The
public functions in `claims.core.eventstore` pick the backend of the current connection
(`backend()`) and call it; `tests/integration/test_eventstore_contract.py` holds both backends
to the same behaviour.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, ClassVar, NamedTuple

import orjson
from django.db import DEFAULT_DB_ALIAS, IntegrityError, connection, connections, models, transaction
from django.utils import timezone

from claims.core.domain.events import Event as DomainEvent
from claims.core.domain.events import decode
from claims.core.domain.upcasters import upcast
from claims.core.eventstore.export import CsvColumn
from claims.core.models import Event

GENESIS_HASH = "0" * 64
TICK = dt.timedelta(microseconds=1)  # the resolution of recorded_at


# --- Errors ---------------------------------------------------------------------------------------


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


class BackupError(EventStoreError):
    """A backup could not be made or did not read back."""


class RestoreError(EventStoreError):
    """A log to restore is not whole, not in order, or does not verify; nothing is written."""


# --- Values ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NewEvent:
    """An event to append: the domain event, its valid time, optionally a fixed id, and its own
    metadata when it differs from the append's (an import's commands each have a reason)."""

    event: DomainEvent
    occurred_at: dt.datetime | None = None
    event_id: uuid.UUID | None = None
    metadata: Mapping[str, Any] | None = None


class RecordedEvent(NamedTuple):
    """One stored event as read back. A named tuple, not a frozen dataclass: a read of the log
    builds one per event, and a tuple is made in a tenth of the time (bench figure (c))."""

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
    log_hash: str = ""  # the log-wide chain at this position

    @property
    def event(self) -> DomainEvent:
        """The typed domain event, with old schema versions upcast."""
        return decode(self.event_type, upcast(self.event_type, self.schema_version, self.data))

    @classmethod
    def from_row(cls, row: Event) -> RecordedEvent:
        """The record of an ORM row (the admin lists events through the ORM)."""
        return cls(*(getattr(row, name) for name in EVENT_COLUMNS))


@dataclass(frozen=True, slots=True)
class AppendResult:
    records: list[RecordedEvent]
    replayed: bool = False  # True when an identical earlier append was returned instead
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def version(self) -> int:
        return self.records[-1].version


@dataclass(frozen=True, slots=True)
class AppendBatch:
    """Events for one stream, appended at expected_version (None: wherever the stream is)."""

    stream_type: str
    stream_id: str
    events: Sequence[NewEvent]
    expected_version: int | None
    metadata: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class StreamHead:
    version: int
    hash: str


@dataclass(frozen=True, slots=True)
class BrokenLink:
    position: int
    stream_id: str
    version: int
    reason: str


# --- Read-model rows written in an append's transaction -------------------------------------------


@dataclass(frozen=True, slots=True)
class Insert:
    """INSERT rows of a model, given as field values (every row with the same fields)."""

    model: type[models.Model]
    rows: Sequence[Mapping[str, Any]]


@dataclass(frozen=True, slots=True)
class Update:
    """UPDATE … SET values WHERE where (equalities)."""

    model: type[models.Model]
    values: Mapping[str, Any]
    where: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Increment:
    """UPDATE … SET column = column + delta WHERE where (counters)."""

    model: type[models.Model]
    deltas: Mapping[str, int]
    where: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Copy:
    """INSERT a copy of the row `where` selects (equalities; one row), with `values` in place
    of its own: a row that repeats a stored one but for a few columns is neither built nor sent
    again, and its copy is the stored row's, byte for byte."""

    model: type[models.Model]
    values: Mapping[str, Any]
    where: Mapping[str, Any]


RowWrite = Insert | Update | Increment | Copy
# Given the records an append is about to store, the read-model rows to write with them.
Projector = Callable[[list[RecordedEvent]], Sequence[RowWrite]]


# --- Values a backend fixes on the server, inside the append --------------------------------------


class PendingTime(dt.datetime):
    """The recorded_at of an append that the server fixes under its lock.

    A projector receives records carrying this instead of the time: it stands for the time in
    row values, and in text its `isoformat()` is `token` + "+00:00", the token being what the
    server replaces with the time (so "…Z" forms made from it work too).
    """

    token: str

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        return self.token + "+00:00"

    def astimezone(self, tz: dt.tzinfo | None = None) -> PendingTime:
        return self

    def __str__(self) -> str:
        return self.isoformat()


class PendingPosition(int):
    """The position of the append's event number `offset`, fixed by the server under its lock.

    Its integer value is a token (a random 18-digit number) the server replaces in JSON text.
    """

    offset: int


# --- JSON -----------------------------------------------------------------------------------------

_CANONICAL = (
    orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
)


def canonical_bytes(value: Any) -> bytes:
    # orjson's sorted compact output is byte-for-byte json.dumps(value, sort_keys=True,
    # separators=(",", ":"), ensure_ascii=False) for what events carry (text, ints, bools, null,
    # lists, string-keyed objects; tests/integration/test_fast_json.py checks it with hypothesis),
    # at a tenth of the cost. What orjson refuses (ints beyond 64 bits, non-string keys, lone
    # surrogates) goes through json as before, so a stored chain always verifies the same.
    try:
        return orjson.dumps(value, option=_CANONICAL)
    except orjson.JSONEncodeError:
        text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return text.encode("utf-8")


_DUMP_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


class JsonText(str):
    """JSON already serialised (`dumps`): written as is, so a document is dumped once."""

    __slots__ = ()


def dump_text(value: Any) -> str:
    """JSON text of a value: orjson, or json.dumps for what orjson does not take (ints beyond
    64 bits, non-string keys), so anything Django's JSONField would store is stored.

    Same JSON value as json.dumps (compact separators; PostgreSQL parses it into jsonb anyway);
    what json.dumps refuses stays refused (datetimes, dataclasses: TypeError)."""
    try:
        return orjson.dumps(value, option=_DUMP_OPTIONS).decode()
    except orjson.JSONEncodeError:
        return json.dumps(value)


def loads(text: str | bytes) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)  # what orjson refuses (NaN, ints beyond 64 bits) json reads


_UUID_SET = object.__setattr__
_UUID_UNKNOWN = uuid.SafeUUID.unknown


def uuid_of_hex(text: str) -> uuid.UUID:
    """`uuid.UUID(text)` for the 32 hex digits (dashes allowed) a backend stores, in less than
    half the time: the log read makes one per event. It sets the two slots `uuid.UUID.__init__`
    sets, from the same integer; a malformed id raises ValueError as the constructor does."""
    hex_digits = text.replace("-", "")
    if len(hex_digits) != 32:
        return uuid.UUID(text)  # the constructor's own error (or its braces and urn: forms)
    value = uuid.UUID.__new__(uuid.UUID)
    _UUID_SET(value, "int", int(hex_digits, 16))
    _UUID_SET(value, "is_safe", _UUID_UNKNOWN)
    return value


# --- Hashes ---------------------------------------------------------------------------------------


def iso(moment: dt.datetime | None) -> str | None:
    """A time as the hash's canonical form writes it (UTC, `+00:00`)."""
    return moment.astimezone(dt.UTC).isoformat() if moment is not None else None


def hash_body(
    *,
    event_id: uuid.UUID,
    stream_type: str,
    stream_id: str,
    version: int,
    event_type: str,
    schema_version: int,
    data: Mapping[str, Any],
    metadata: Mapping[str, Any],
    recorded_at: str,
    occurred_at: dt.datetime | None,
) -> bytes:
    """The canonical bytes an event's hash is taken over (recorded_at as text: a token on a
    backend that fixes the time on the server)."""
    return canonical_bytes(
        {
            "event_id": str(event_id),
            "stream_type": stream_type,
            "stream_id": stream_id,
            "version": version,
            "event_type": event_type,
            "schema_version": schema_version,
            "data": data,
            "metadata": metadata,
            "recorded_at": recorded_at,
            "occurred_at": iso(occurred_at),
        }
    )


def chain_hash(prev_hash: str, body: bytes) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + body).hexdigest()


def astuple_record(record: RecordedEvent) -> list[Any]:
    """A record's values in `EVENT_COLUMNS` order."""
    return [
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
    ]


def log_link(prev_log_hash: str, digest: str, position: int) -> str:
    """The log-wide chain: each event's hash chained to the previous position's link, with its
    own position, so a deleted, altered or moved event breaks every link after it."""
    return hashlib.sha256(f"{prev_log_hash}{digest}{position}".encode("ascii")).hexdigest()


def record_hash(record: RecordedEvent, prev_hash: str) -> str:
    """Recompute a stored event's hash from its content and its predecessor's hash."""
    body = hash_body(
        event_id=record.event_id,
        stream_type=record.stream_type,
        stream_id=record.stream_id,
        version=record.version,
        event_type=record.event_type,
        schema_version=record.schema_version,
        data=record.data,
        metadata=record.metadata,
        recorded_at=iso(record.recorded_at) or "",
        occurred_at=record.occurred_at,
    )
    return chain_hash(prev_hash, body)


# --- The backend interface ------------------------------------------------------------------------

EVENT_COLUMNS = (
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
    "log_hash",
)
TABLE = "claims_event"


def identity(value: Any) -> Any:
    return value


class _Statement:
    """A statement on a model's columns, and how values become its parameters.

    `fields` are the statement's fields in placeholder order; `convert` their converters.
    An insert also names the fields its rows give (`names`); the others (`defaults`) get the
    model's defaults, last.
    """

    __slots__ = ("_converted", "columns", "convert", "defaults", "fields", "names", "sql", "table")

    def __init__(
        self,
        sql: str,
        fields: Sequence[Any],
        convert: Sequence[Callable[[Any], Any]],
        names: Sequence[str] = (),
    ) -> None:
        self.sql = sql
        self.fields = list(fields)
        self.convert = list(convert)
        self.names = tuple(names)
        self.table = self.columns = ""
        self.defaults: list[Any] = []
        # Only the columns whose stored form differs from the value are converted.
        self._converted = [(i, c) for i, c in enumerate(convert) if c is not identity]

    def params(self, values: Sequence[Any]) -> list[Any]:
        """Values in placeholder order, converted to what Django would store."""
        out = list(values)
        for i, conv in self._converted:
            out[i] = conv(out[i])
        return out

    def rows(self, rows: Sequence[Mapping[str, Any]]) -> list[list[Any]]:
        """The parameters of an insert of these rows (given as field values)."""
        get = itemgetter(*self.names)
        params = self.params
        extra = [f.get_default() for f in self.defaults]
        if len(self.names) == 1:
            return [params([get(values), *extra]) for values in rows]
        if extra:
            return [params([*get(values), *extra]) for values in rows]
        return [params(get(values)) for values in rows]


class Backend(ABC):
    """One database's event store: appends, reads, the lock, and the rows written with events."""

    vendor: ClassVar[str]
    # The database has login roles the application can be confined to (setup_db_roles).
    database_roles: ClassVar[bool] = False
    # Every write transaction on the database, whatever tables it touches, holds the one lock
    # appends wait for (SQLite's write lock): other writers should keep theirs short.
    single_writer: ClassVar[bool] = False

    def __init__(self) -> None:
        self._statements: dict[tuple[Any, ...], _Statement] = {}

    # --- statements (through Django's cursor wrappers, so tooling sees them) ----------------------

    @abstractmethod
    def _new_cursor(self, raw: Any, slot: int = 0) -> Any:
        """A driver cursor for the raw connection, in the style `cursor()` expects."""

    def cursor(self, slot: int = 0) -> Any:
        """A cursor wrapped like Django's own: execute_wrapper, connection.queries and
        assertNumQueries see its statements. The driver cursor is kept per connection (`slot`:
        another one, whose results outlive the next statement's)."""
        # The thread's connection looked up once: each attribute read through the `connection`
        # proxy is a context-local lookup, and this runs for every statement of a command.
        conn = connections[DEFAULT_DB_ALIAS]
        raw = conn.connection
        if raw is None:
            conn.ensure_connection()
            raw = conn.connection
        kept: tuple[Any, dict[int, Any]] | None = getattr(conn, "_claims_cursors", None)
        if kept is None or kept[0] is not raw:
            kept = (raw, {})
            conn._claims_cursors = kept  # type: ignore[attr-defined]
        cursor = kept[1].get(slot)
        if cursor is None:
            cursor = kept[1][slot] = self._new_cursor(raw, slot)
        if conn.queries_logged:
            return conn.make_debug_cursor(cursor)
        return conn.make_cursor(cursor)

    def execute(self, sql: str, params: Sequence[Any] = (), *, fetch: bool = False) -> Any:
        """Run one statement (%s placeholders); its rows when fetch."""
        cursor = self.cursor()
        cursor.execute(sql, params)
        return cursor.fetchall() if fetch else None

    # --- appends ----------------------------------------------------------------------------------

    @abstractmethod
    def append(self, batch: AppendBatch, project: Projector | None) -> AppendResult:
        """Append one stream's events at its expected version, with the projector's rows, in the
        caller's transaction or one of its own. Raise ConcurrencyError naming the current
        version (a retry of the same append returns the stored records instead)."""

    def append_many(
        self, batches: Sequence[AppendBatch], project: Projector | None
    ) -> list[AppendResult]:
        """Many streams in one transaction (imports, replays): all or nothing."""
        with transaction.atomic():
            results = self._append_locked(batches, project, replay=False)
        if isinstance(results, ConcurrencyError):
            raise results
        return results

    def _append_locked(
        self, batches: Sequence[AppendBatch], project: Projector | None, *, replay: bool
    ) -> list[AppendResult] | ConcurrencyError:
        """Appends computed here under the append lock: heads checked, one recorded_at, the
        positions after the log's head, the hash chains; then the events and the rows."""
        n_events = sum(len(b.events) for b in batches)
        (head_position, last_recorded, log_hash), heads = self._lock_and_heads(
            [b.stream_id for b in batches]
        )
        before = dict(heads)
        for batch in batches:
            head = heads.get(batch.stream_id, StreamHead(0, GENESIS_HASH))
            if batch.expected_version is not None and head.version != batch.expected_version:
                if replay:
                    replayed = self._replayed(batch)
                    if replayed is not None:
                        return [AppendResult(replayed, replayed=True)]
                return ConcurrencyError(batch.stream_id, batch.expected_version, head.version)
        # Transaction time never runs backwards along position, whatever this server's clock
        # says, and two appends never share a moment: each is its own cut of the log.
        now = timezone.now()
        if last_recorded is not None and now <= last_recorded:
            now = last_recorded + TICK
        recorded_at = now
        recorded_text = iso(recorded_at) or ""
        positions = self._positions(head_position, n_events)
        results = []
        all_records: list[RecordedEvent] = []
        n = 0
        for batch in batches:
            head = heads.get(batch.stream_id, StreamHead(0, GENESIS_HASH))
            version, prev_hash = head.version, head.hash
            common = dict(batch.metadata)
            records = []
            for new in batch.events:
                metadata = common if new.metadata is None else dict(new.metadata)
                version += 1
                event = new.event
                data = event.to_data()
                event_id = new.event_id or uuid.uuid4()
                event_type = event.event_type
                schema = event.SCHEMA_VERSION
                body = hash_body(
                    event_id=event_id,
                    stream_type=batch.stream_type,
                    stream_id=batch.stream_id,
                    version=version,
                    event_type=event_type,
                    schema_version=schema,
                    data=data,
                    metadata=metadata,
                    recorded_at=recorded_text,
                    occurred_at=new.occurred_at,
                )
                prev_hash = chain_hash(prev_hash, body)
                log_hash = log_link(log_hash, prev_hash, positions[n])
                records.append(
                    RecordedEvent(
                        positions[n],
                        event_id,
                        batch.stream_type,
                        batch.stream_id,
                        version,
                        event_type,
                        schema,
                        data,
                        metadata,
                        recorded_at,
                        new.occurred_at,
                        prev_hash,
                        log_hash,
                    )
                )
                n += 1
            heads[batch.stream_id] = StreamHead(version, prev_hash)
            results.append(AppendResult(records))
            all_records += records
        try:
            self._insert_events(all_records)
        except IntegrityError as exc:
            # Versions were checked under the lock, so only a reused event id can clash.
            first = batches[0]
            current = before.get(first.stream_id, StreamHead(0, GENESIS_HASH)).version
            raise DuplicateEventError(first.stream_id, first.expected_version, current) from exc
        if project is not None:
            self.write(project(all_records))
        return results

    def _lock_and_heads(
        self, stream_ids: Sequence[str]
    ) -> tuple[tuple[int, dt.datetime | None, str], dict[str, StreamHead]]:
        """`_lock_and_log_head()` and the heads of these streams (a backend may read both in
        one statement)."""
        return self._lock_and_log_head(), self.heads(stream_ids)

    @abstractmethod
    def _lock_and_log_head(self) -> tuple[int, dt.datetime | None, str]:
        """Take the append lock for this transaction; return the log's head position (or the
        highest position ever handed out), the last event's recorded_at and log hash."""

    @abstractmethod
    def _positions(self, head_position: int, n: int) -> list[int]:
        """n new positions after every stored one, under the lock."""

    def _insert_events(self, records: Sequence[RecordedEvent]) -> None:
        statement = self._insert_statement(Event, EVENT_COLUMNS)
        params = statement.params
        self._insert_params(statement, [params(astuple_record(r)) for r in records])

    def restore(self, records: Iterable[RecordedEvent], batch: int = 2000) -> int:
        """Write another database's log into this empty one verbatim (positions, ids, versions,
        times, both hash chains), checking every stream's chain and the log-wide chain on the
        way in; the first fault raises RestoreError. Run inside a transaction: a fault then
        leaves nothing behind. Returns the number of events written."""
        self.lock()
        if self.head_position() != 0:
            raise RestoreError("The log is not empty: restore only into a fresh database.")
        heads: dict[str, tuple[int, str]] = {}
        link, last = GENESIS_HASH, 0
        pending: list[RecordedEvent] = []
        count = 0
        for record in records:
            version, prev_hash = heads.get(record.stream_id, (0, GENESIS_HASH))
            where = f"position {record.position} (stream {record.stream_id}, v{record.version})"
            if record.position <= last:
                raise RestoreError(f"Position {record.position} does not follow {last}.")
            if record.version != version + 1:
                raise RestoreError(f"{where}: version {record.version} follows {version}.")
            if record_hash(record, prev_hash) != record.hash:
                raise RestoreError(f"{where}: the hash does not match the content.")
            link = log_link(link, record.hash, record.position)
            if link != record.log_hash:
                raise RestoreError(f"{where}: the log-wide chain breaks here.")
            heads[record.stream_id] = (record.version, record.hash)
            last = record.position
            pending.append(record)
            count += 1
            if len(pending) >= batch:
                self._insert_events(pending)
                pending = []
        if pending:
            self._insert_events(pending)
        self._restored(last)
        return count

    def _restored(self, last_position: int) -> None:  # noqa: B027 (most backends need nothing)
        """After a restore: new appends take positions after `last_position` (SQLite's
        AUTOINCREMENT follows the explicit positions by itself)."""

    def _replayed(self, batch: AppendBatch) -> list[RecordedEvent] | None:
        """The stored records if this exact append (same ids, same versions) already happened."""
        ids = [new.event_id for new in batch.events]
        if any(i is None for i in ids) or batch.expected_version is None:
            return None
        stored = {r.event_id: r for r in self.events_by_id([i for i in ids if i is not None])}
        if len(stored) != len(ids):
            return None
        out = []
        for offset, event_id in enumerate(ids, start=1):
            record = stored.get(event_id)  # type: ignore[arg-type]
            if (
                record is None
                or record.stream_id != batch.stream_id
                or record.version != batch.expected_version + offset
            ):
                return None
            out.append(record)
        return out

    @abstractmethod
    def lock(self) -> None:
        """Hold the append lock until the current transaction ends (rebuilds, bulk writes)."""

    @abstractmethod
    def lock_key(self, namespace: str, key: str) -> None:
        """Hold a lock on (namespace, key) until the current transaction ends (see
        `eventstore.lock_key`); ImproperlyConfigured outside a transaction."""

    @abstractmethod
    def is_lock_timeout(self, exc: Exception) -> bool:
        """Is this database error a lock wait that ran out of time?"""

    # --- reads ------------------------------------------------------------------------------------

    @abstractmethod
    def _select_columns(self) -> str:
        """The event columns of `EVENT_COLUMNS`, as `records()` reads them."""

    def _select(self, where: str, params: list[Any], tail: str = "") -> list[RecordedEvent]:
        sql = f"SELECT {self._select_columns()} FROM {TABLE} WHERE {where} {tail}"  # noqa: S608
        return self.records(self.execute(sql, params, fetch=True))

    def read_stream(
        self, stream_id: str, after_version: int = 0, until_version: int | None = None
    ) -> list[RecordedEvent]:
        where = "stream_id = %s AND version > %s"
        params: list[Any] = [stream_id, after_version]
        if until_version is not None:
            where += " AND version <= %s"
            params.append(until_version)
        return self._select(where, params, "ORDER BY version")

    def read_all(
        self,
        after: int = 0,
        limit: int = 1000,
        *,
        stream_id: str | None = None,
        event_types: Sequence[str] | None = None,
        until_recorded: dt.datetime | None = None,
    ) -> list[RecordedEvent]:
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
            params.append(self.datetime_param(until_recorded))
        params.append(limit)
        return self._select(" AND ".join(where), params, "ORDER BY position LIMIT %s")

    def events_by_id(self, event_ids: Sequence[uuid.UUID]) -> list[RecordedEvent]:
        if not event_ids:
            return []
        marks = ", ".join(["%s"] * len(event_ids))
        return self._select(
            f"event_id IN ({marks})", [self.uuid_param(i) for i in event_ids], "ORDER BY position"
        )

    def heads(self, stream_ids: Sequence[str]) -> dict[str, StreamHead]:
        """Version and last hash of each of these streams that exists, 500 per query."""
        out: dict[str, StreamHead] = {}
        ids = list(dict.fromkeys(stream_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join(["%s"] * len(chunk))
            rows = self.execute(
                f"SELECT e.stream_id, e.version, e.hash FROM {TABLE} e JOIN ("  # noqa: S608
                f" SELECT stream_id, MAX(version) AS v FROM {TABLE}"
                f" WHERE stream_id IN ({marks}) GROUP BY stream_id) m"
                " ON e.stream_id = m.stream_id AND e.version = m.v",
                chunk,
                fetch=True,
            )
            out.update((str(sid), StreamHead(int(v), str(h))) for sid, v, h in rows)
        return out

    def head_position(self) -> int:
        rows = self.execute(f"SELECT MAX(position) FROM {TABLE}", fetch=True)  # noqa: S608
        return int(rows[0][0] or 0) if rows else 0

    def log_head(self) -> tuple[int, str]:
        """The last event's position and log hash (0 and the genesis hash for an empty log)."""
        rows = self.execute(
            f"SELECT position, log_hash FROM {TABLE} ORDER BY position DESC LIMIT 1",  # noqa: S608
            fetch=True,
        )
        return (int(rows[0][0]), str(rows[0][1])) if rows else (0, GENESIS_HASH)

    def log_hash_at(self, position: int) -> str | None:
        rows = self.execute(
            f"SELECT log_hash FROM {TABLE} WHERE position = %s",  # noqa: S608
            [position],
            fetch=True,
        )
        return str(rows[0][0]) if rows else None

    def stream_exists(self, stream_id: str) -> bool:
        rows = self.execute(
            f"SELECT 1 FROM {TABLE} WHERE stream_id = %s LIMIT 1",  # noqa: S608
            [stream_id],
            fetch=True,
        )
        return bool(rows)

    def existing_streams(self, stream_type: str, stream_ids: Sequence[str]) -> set[str]:
        """Which of these streams exist with this type."""
        found: set[str] = set()
        ids = list(dict.fromkeys(stream_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join(["%s"] * len(chunk))
            rows = self.execute(
                f"SELECT stream_id FROM {TABLE} WHERE stream_type = %s AND version = 1"  # noqa: S608
                f" AND stream_id IN ({marks})",
                [stream_type, *chunk],
                fetch=True,
            )
            found.update(str(row[0]) for row in rows)
        return found

    @abstractmethod
    def _moment(self, value: Any) -> dt.datetime | None:
        """A timestamp as read from the driver (aware, UTC)."""

    def records(self, rows: Sequence[Sequence[Any]]) -> list[RecordedEvent]:
        """Rows of `_select_columns()` as RecordedEvents (no model instances)."""
        moment = self._moment
        fast_loads = orjson.loads
        new = tuple.__new__  # RecordedEvent._make without its length check (13 columns)
        text = (str, bytes)
        out: list[RecordedEvent] = []
        append = out.append
        # Events appended together share their recorded_at (and often occurred_at): convert
        # each distinct value once; datetimes are immutable, so records may share them.
        last_raw: Any = None
        last_moment: Any = None
        for row in rows:
            pos, eid, stype, sid, ver, etype, schema, data, meta, rec_at, occ_at, digest, link = row
            if rec_at != last_raw:
                last_raw, last_moment = rec_at, moment(rec_at)
            if occ_at is None:
                occurred = None
            else:
                occurred = last_moment if occ_at == rec_at else moment(occ_at)
            if isinstance(data, text):
                try:
                    data = fast_loads(data)
                except orjson.JSONDecodeError:
                    data = loads(data)
            if isinstance(meta, text):
                try:
                    meta = fast_loads(meta)
                except orjson.JSONDecodeError:
                    meta = loads(meta)
            if type(eid) is str:
                eid = uuid_of_hex(eid)
            append(
                new(
                    RecordedEvent,
                    (
                        pos,
                        eid,
                        stype,
                        sid,
                        ver,
                        etype,
                        schema,
                        data,
                        meta,
                        last_moment,
                        occurred,
                        digest,
                        link,
                    ),
                )
            )
        return out

    # --- read-model rows --------------------------------------------------------------------------

    @abstractmethod
    def converter(self, field: models.Field[Any, Any]) -> Callable[[Any], Any]:
        """A fast function giving the value Django would store for this field here."""

    def placeholder(self, field: models.Field[Any, Any]) -> str:
        return "%s"

    def datetime_param(self, value: dt.datetime) -> Any:
        return value

    def uuid_param(self, value: uuid.UUID) -> Any:
        return value

    def _fields(self, model: type[models.Model], names: Sequence[str]) -> list[Any]:
        opts = model._meta
        return [opts.get_field(name) for name in names]

    def _insert_statement(self, model: type[models.Model], names: tuple[str, ...]) -> _Statement:
        key = ("insert", model, names)
        statement = self._statements.get(key)
        if statement is None:
            given = self._fields(model, names)
            # Fields left out get the model's defaults, as with the ORM.
            defaults = [
                f
                for f in model._meta.concrete_fields
                if f.name not in names and f.attname not in names and f.has_default()
            ]
            fields = [*given, *defaults]
            qn = connection.ops.quote_name
            columns = ", ".join(qn(str(f.column)) for f in fields)
            marks = ", ".join(self.placeholder(f) for f in fields)
            table = qn(str(model._meta.db_table))
            # Table and column names come from the model, values are parameters.
            sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"  # noqa: S608
            statement = _Statement(sql, fields, [self.converter(f) for f in fields], names)
            statement.table, statement.columns, statement.defaults = table, columns, defaults
            self._statements[key] = statement
        return statement

    def _update_statement(
        self, model: type[models.Model], names: tuple[str, ...], where: tuple[str, ...], add: bool
    ) -> _Statement:
        key = ("increment" if add else "update", model, names, where)
        statement = self._statements.get(key)
        if statement is None:
            qn = connection.ops.quote_name
            set_fields = self._fields(model, names)
            where_fields = self._fields(model, where)
            convert: list[Callable[[Any], Any]]
            if add:
                sets = ", ".join(f"{qn(f.column)} = {qn(f.column)} + %s" for f in set_fields)
                convert = [identity for _ in set_fields]
            else:
                sets = ", ".join(f"{qn(f.column)} = {self.placeholder(f)}" for f in set_fields)
                convert = [self.converter(f) for f in set_fields]
            conds = " AND ".join(f"{qn(f.column)} = %s" for f in where_fields)
            table = qn(str(model._meta.db_table))
            sql = f"UPDATE {table} SET {sets} WHERE {conds}"  # noqa: S608 (model names)
            convert += [self.converter(f) for f in where_fields]
            statement = _Statement(sql, [*set_fields, *where_fields], convert)
            statement.table = table
            self._statements[key] = statement
        return statement

    def _copy_statement(
        self,
        model: type[models.Model],
        names: tuple[str, ...],
        where: tuple[str, ...],
        marks: Sequence[str] | None = None,
    ) -> _Statement:
        """INSERT INTO t (columns) SELECT … FROM t WHERE where: every concrete column but the
        primary key, the `names` ones as placeholders (`marks`: their SQL, then the where's;
        %s by default). Its `names` are the overridden fields in placeholder order."""
        key = ("copy", model, names, where, tuple(marks) if marks is not None else None)
        statement = self._statements.get(key)
        if statement is None:
            qn = connection.ops.quote_name
            given = set(names)
            fields = [
                f
                for f in model._meta.concrete_fields
                if not f.primary_key or (f.name in given or f.attname in given)
            ]
            set_fields = [f for f in fields if f.name in given or f.attname in given]
            if len(set_fields) != len(given):
                raise ValueError(f"Copy of {model.__name__}: unknown fields in {names}")
            where_fields = self._fields(model, where)
            if marks is None:
                marks = [self.placeholder(f) for f in set_fields] + ["%s"] * len(where_fields)
            set_marks = dict(zip([f.name for f in set_fields], marks, strict=False))
            exprs = [set_marks.get(f.name, qn(str(f.column))) for f in fields]
            conds = " AND ".join(
                f"{qn(str(f.column))} = {m}"
                for f, m in zip(where_fields, marks[len(set_fields) :], strict=True)
            )
            table = qn(str(model._meta.db_table))
            columns = ", ".join(qn(str(f.column)) for f in fields)
            sql = (
                f"INSERT INTO {table} ({columns}) SELECT {', '.join(exprs)}"  # noqa: S608
                f" FROM {table} WHERE {conds}"
            )
            convert = [self.converter(f) for f in set_fields]
            convert += [self.converter(f) for f in where_fields]
            by_name = {
                f.name: name for name in names for f in set_fields if name in (f.name, f.attname)
            }
            statement = _Statement(
                sql, [*set_fields, *where_fields], convert, [by_name[f.name] for f in set_fields]
            )
            statement.table, statement.columns = table, columns
            self._statements[key] = statement
        return statement

    def copy_params(self, write: Copy) -> tuple[_Statement, list[Any]]:
        """A Copy's statement and its parameters."""
        st = self._copy_statement(write.model, tuple(write.values), tuple(write.where))
        values = [write.values[name] for name in st.names]
        return st, st.params([*values, *write.where.values()])

    def write(self, writes: Sequence[RowWrite]) -> None:
        """Apply row writes in order, in the current transaction."""
        for w in writes:
            if isinstance(w, Insert):
                self.insert_rows(w.model, w.rows)
                continue
            if isinstance(w, Copy):
                st, params = self.copy_params(w)
                self.cursor().execute(st.sql, params)
                continue
            add = isinstance(w, Increment)
            values = w.deltas if isinstance(w, Increment) else w.values
            st = self._update_statement(w.model, tuple(values), tuple(w.where), add)
            self.cursor().execute(st.sql, st.params([*values.values(), *w.where.values()]))

    def insert_rows(self, model: type[models.Model], rows: Sequence[Mapping[str, Any]]) -> None:
        """Insert rows of one model given as field values, every row with the same fields, in
        one go (executemany; the PostgreSQL backend uses COPY for many rows)."""
        if rows:
            statement = self._insert_statement(model, tuple(rows[0]))
            self._insert_params(statement, statement.rows(rows))

    def _insert_params(self, statement: _Statement, params: list[list[Any]]) -> None:
        """Run an insert statement for each of these parameter lists."""
        cursor = self.cursor()
        if len(params) == 1:
            cursor.execute(statement.sql, params[0])
        elif params:
            cursor.executemany(statement.sql, params)

    def bulk_session(self, pages: int = 16_384) -> Any:
        """A context for bulk writes (see the SQLite backend); nothing by default."""
        import contextlib

        return contextlib.nullcontext()

    # --- exports ----------------------------------------------------------------------------------

    @abstractmethod
    def export_csv(
        self,
        query: str,
        params: Sequence[Any],
        columns: Sequence[CsvColumn],
        rows_per_chunk: int = 2000,
    ) -> Generator[bytes, None, None]:
        """A CSV file of the JSON documents a query selects (one column named `document`, in
        the query's order): the header, then `columns` of each document, a chunk of rows at a
        time, read as the chunks are (nothing runs before the first is asked for; closing the
        chunks ends the read at once). The dialect is `claims.core.eventstore.export`'s."""

    # --- operations -------------------------------------------------------------------------------

    @abstractmethod
    def backup(self, settings: Mapping[str, Any], target: Any) -> str:
        """Write a consistent online copy of the database to target; return a summary."""

    def roles_unsupported(self) -> str:
        """Why this database has no application role to set up ('' when it has one)."""
        return "This database has no roles."


# --- Choosing the backend -------------------------------------------------------------------------

_BACKENDS: dict[str, Backend] = {}


def backend(using: Any = None) -> Backend:
    """The event store backend of the default connection's database (or of `using`, a Django
    connection: for what does not run statements, e.g. whether the database has roles)."""
    vendor = (using or connection).vendor
    found = _BACKENDS.get(vendor)
    if found is None:
        if vendor == "postgresql":
            from claims.core.eventstore.postgres import PostgresBackend

            found = PostgresBackend()
        elif vendor == "sqlite":
            from claims.core.eventstore.sqlite import SqliteBackend

            found = SqliteBackend()
        else:
            raise EventStoreError(f"No event store backend for {vendor}.")
        _BACKENDS[vendor] = found
    return found


def iter_batches(
    read: Callable[[int, int], list[RecordedEvent]], after: int, batch: int
) -> Iterator[RecordedEvent]:
    while True:
        chunk = read(after, batch)
        if not chunk:
            return
        after = chunk[-1].position
        # Handed out last to first and let go of once handed: a record the reader does not keep
        # dies young instead of living on with its batch into the collector's older generations.
        chunk.reverse()
        pop = chunk.pop
        while chunk:
            yield pop()
        del chunk
