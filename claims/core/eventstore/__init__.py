"""The event store: the only functions that read or write the event log.

Promises (each held by tests/integration/test_eventstore_contract.py on SQLite and PostgreSQL):
an append writes all or nothing; a stale expected_version raises ConcurrencyError naming the
current version; a retried append with the same event ids at the same versions returns the
original records; position order is commit order (appends are serialised by a lock: PostgreSQL's
transaction-scoped advisory lock, SQLite's IMMEDIATE write transaction); recorded_at is taken
under that lock and never decreases along position; each stream is a SHA-256 hash chain.

An append may carry the read-model rows its events produce (`project`): the backend writes them
in the append's transaction. The dialects live in `sqlite.py` and `postgres.py` behind
`base.Backend`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from django.conf import settings

from claims.core.eventstore.base import (
    GENESIS_HASH,
    AppendBatch,
    AppendLockTimeout,
    AppendResult,
    BrokenLink,
    ConcurrencyError,
    Copy,
    DuplicateEventError,
    EventStoreError,
    Increment,
    Insert,
    JsonText,
    NewEvent,
    PendingPosition,
    PendingTime,
    Projector,
    RecordedEvent,
    RestoreError,
    RowWrite,
    StreamHead,
    TooManyEvents,
    Update,
    backend,
    canonical_bytes,
    chain_hash,
    hash_body,
    iso,
    iter_batches,
    loads,
    log_link,
    record_hash,
)
from claims.core.eventstore.export import CsvColumn, CsvLookup

__all__ = [
    "GENESIS_HASH",
    "AppendBatch",
    "AppendLockTimeout",
    "AppendResult",
    "BrokenLink",
    "ConcurrencyError",
    "Copy",
    "CsvColumn",
    "CsvLookup",
    "DuplicateEventError",
    "EventStoreError",
    "Increment",
    "Insert",
    "JsonText",
    "NewEvent",
    "PendingPosition",
    "PendingTime",
    "Projector",
    "RecordedEvent",
    "RestoreError",
    "RowWrite",
    "StreamHead",
    "TooManyEvents",
    "Update",
    "append",
    "append_many",
    "backend",
    "canonical_json",
    "event_hash",
    "events_by_id",
    "existing_streams",
    "extends",
    "head_position",
    "heads",
    "iter_all",
    "load",
    "lock_appends",
    "lock_key",
    "log_head",
    "read_all",
    "read_stream",
    "restore",
    "stream_exists",
    "stream_head",
    "verify",
]

_loads = loads  # the name the JSON tests know


# --- Appends --------------------------------------------------------------------------------------


def append(
    stream_type: str,
    stream_id: str,
    events: Sequence[NewEvent],
    expected_version: int | None,
    metadata: Mapping[str, Any] | None = None,
    *,
    project: Projector | None = None,
) -> AppendResult:
    """Append events to a stream at expected_version, all or nothing, with the read-model rows
    `project` returns for the records (written in the same transaction).

    Runs in the caller's transaction if there is one, else in its own.
    """
    if not events:
        raise ValueError("append() needs at least one event")
    if len(events) > settings.CLAIMS_MAX_EVENTS_PER_APPEND:
        raise TooManyEvents(f"At most {settings.CLAIMS_MAX_EVENTS_PER_APPEND} events per append.")
    batch = AppendBatch(stream_type, stream_id, events, expected_version, metadata or {})
    return backend().append(batch, project)


def append_many(
    batches: Sequence[AppendBatch], *, project: Projector | None = None
) -> list[AppendResult]:
    """Append to many streams in one transaction (imports, replays): one recorded_at, positions
    in the order given, every stream checked against its expected version (a stale one raises
    ConcurrencyError and nothing is written)."""
    if not batches or not any(b.events for b in batches):
        return []
    return backend().append_many([b for b in batches if b.events], project)


def restore(records: Iterable[RecordedEvent]) -> int:
    """Write another database's whole log into this empty one verbatim (positions, ids,
    versions, times, hashes), both hash chains checked on the way in: RestoreError names the
    first fault. Run it in a transaction (nothing is left of a refused log). Returns events."""
    return backend().restore(records)


def lock_appends() -> None:
    """Hold the append lock until the current transaction ends (rebuilds)."""
    backend().lock()


def lock_key(namespace: str, key: str) -> None:
    """Hold a lock on `key` (in `namespace`) until the current transaction ends; raise
    ImproperlyConfigured outside a transaction.

    For a value no two streams may take (a source's name, a URL citing a claim): a command
    that locks it, then checks that no read-model row holds it, then appends in the same
    transaction, takes turns with any other doing the same, so the second one's check sees the
    first one's committed row. Only those commands pay for it (one statement on PostgreSQL, a
    transaction-scoped advisory lock on a 64-bit hash of namespace and key; nothing on SQLite,
    whose write transaction holds the database's one write lock from its BEGIN). Other keys,
    and appends that lock none, do not wait for it. A wait past `lock_timeout` raises
    AppendLockTimeout, as the append lock's does.

    Take it before the transaction's first append: an append holds the append lock to the
    transaction's end, so a transaction that appended and then waits for a key whose holder
    waits to append is a deadlock (PostgreSQL fails one of the two).
    """
    backend().lock_key(namespace, key)


# --- Reads ----------------------------------------------------------------------------------------


def read_stream(
    stream_id: str, after_version: int = 0, until_version: int | None = None
) -> list[RecordedEvent]:
    """A stream's events in version order (after_version < version <= until_version)."""
    return backend().read_stream(stream_id, after_version, until_version)


load = read_stream


def read_all(
    after: int = 0,
    limit: int = 1000,
    *,
    stream_id: str | None = None,
    event_types: Sequence[str] | None = None,
    until_recorded: dt.datetime | None = None,
) -> list[RecordedEvent]:
    """Events with position > after in global order (at most `limit`): the read path of
    rebuilds, consumers and the event feed."""
    return backend().read_all(
        after,
        limit,
        stream_id=stream_id,
        event_types=event_types,
        until_recorded=until_recorded,
    )


def iter_all(after: int = 0, batch: int = 500) -> Iterator[RecordedEvent]:
    """Every event after a position, in global order, read in batches."""
    store = backend()
    return iter_batches(lambda a, n: store.read_all(a, n), after, batch)


def heads(stream_ids: Sequence[str]) -> dict[str, StreamHead]:
    """Version and last hash of each of these streams that exists."""
    return backend().heads(stream_ids)


def stream_head(stream_id: str) -> tuple[int, str]:
    """The stream's current version and last hash (0 and the genesis hash if empty)."""
    head = backend().heads([stream_id]).get(stream_id)
    return (head.version, head.hash) if head is not None else (0, GENESIS_HASH)


def head_position() -> int:
    """The highest position in the log (0 when empty)."""
    return backend().head_position()


def stream_exists(stream_id: str) -> bool:
    return backend().stream_exists(stream_id)


def existing_streams(stream_type: str, stream_ids: Sequence[str]) -> set[str]:
    """Which of these ids are streams of this type."""
    return backend().existing_streams(stream_type, stream_ids) if stream_ids else set()


def events_by_id(event_ids: Sequence[uuid.UUID]) -> list[RecordedEvent]:
    """The stored events with these ids, in position order."""
    return backend().events_by_id(event_ids)


# --- Hashes and verification ----------------------------------------------------------------------


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 text: the form an event's hash is taken over."""
    return canonical_bytes(value).decode("utf-8")


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
    body = hash_body(
        event_id=event_id,
        stream_type=stream_type,
        stream_id=stream_id,
        version=version,
        event_type=event_type,
        schema_version=schema_version,
        data=data,
        metadata=metadata,
        recorded_at=iso(recorded_at) or "",
        occurred_at=occurred_at,
    )
    return chain_hash(prev_hash, body)


def verify(batch: int = 5000) -> Iterator[tuple[int, BrokenLink | None]]:
    """Walk the log in position order, checking every stream's hash chain and the log-wide
    chain; yield (position, None) per event, or the first broken link and stop.

    A stream's chain catches an altered event and a version out of place; the log-wide chain
    (each link over the previous position's link, the event's hash and its position) catches
    what a stream's chain cannot: a deleted tail of a stream, a deleted stream, a moved event.
    Only the newest events, after the last link someone kept, need a published head for that
    (`log_head()`, `verify_events --expect-head`).
    """
    heads: dict[str, tuple[int, str]] = {}
    link, previous = GENESIS_HASH, 0
    for record in iter_all(0, batch):
        expected_version, prev_hash = heads.get(record.stream_id, (0, GENESIS_HASH))
        reason = None
        if record.version != expected_version + 1:
            reason = f"version {record.version} follows {expected_version}"
        elif record_hash(record, prev_hash) != record.hash:
            reason = "hash does not match content"
        else:
            link = log_link(link, record.hash, record.position)
            if link != record.log_hash:
                reason = (
                    f"the log chain breaks after position {previous}: an event between them "
                    "was deleted, or one at or before it was altered or moved"
                )
        if reason is not None:
            yield (
                record.position,
                BrokenLink(record.position, record.stream_id, record.version, reason),
            )
            return
        heads[record.stream_id] = (record.version, record.hash)
        previous = record.position
        yield record.position, None


def log_head() -> tuple[int, str]:
    """The log's head to publish: the last position and its log hash (the whole log before it
    is pinned by that one value)."""
    return backend().log_head()


def extends(position: int, log_hash: str) -> str | None:
    """Does the log still hold the head once published as `log_hash` at `position`? None if
    so, else why not (the chain itself is checked by `verify`)."""
    stored = backend().log_hash_at(position)
    if stored is None:
        return f"position {position} is no longer in the log"
    if stored != log_hash:
        return f"position {position} has log hash {stored}, not the published {log_hash}"
    return None
