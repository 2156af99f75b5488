"""Bulk import: many commands, about 1,000 events per transaction.

`import_streams()` takes commands grouped by stream (claims, sources or citations, new to the log
or continued from an earlier batch of the same import or from the log), validates their references
in bulk, decides them in memory against each stream's state, and hands each batch to
`eventstore.append_many` with the one read-model writer (`projections.Projection`), which the
command path and `rebuild_projections` use too. Every promise of an append holds per batch: a
stream written by anyone else meanwhile raises ConcurrencyError and the batch is rolled back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone

from claims.core import eventstore, models, projections, registry, services
from claims.core.domain import citation as citation_domain
from claims.core.domain import claim as claim_domain
from claims.core.domain import commands as c
from claims.core.domain import snapshots
from claims.core.domain import source as source_domain
from claims.core.domain.errors import CommandRejected
from claims.core.domain.events import Event as DomainEvent
from claims.core.domain.values import happened_by
from claims.core.eventstore import AppendBatch, NewEvent, RecordedEvent

DEFAULT_BATCH = 1000

# Each stream type's decide and evolve.
AGGREGATES: dict[str, tuple[Callable[[Any, c.Command], list[DomainEvent]], Callable[..., Any]]] = {
    "claim": (claim_domain.decide, claim_domain.evolve),
    "source": (source_domain.decide, source_domain.evolve),
    "citation": (citation_domain.decide, citation_domain.evolve),
}


@dataclass(frozen=True, slots=True)
class StreamCommands:
    """Commands for one stream, in order. The same stream may come again later (continued)."""

    stream_type: str  # "claim", "source" or "citation"
    stream_id: str
    commands: Sequence[c.Command]


@dataclass(slots=True)
class ImportResult:
    events: int = 0
    streams: int = 0
    batches: int = 0
    last_position: int = 0


@dataclass(slots=True)
class _Stream:
    """What the import knows about a stream: its state, and the version the log holds."""

    stream_type: str
    stream_id: str
    state: Any = None  # after the pending events
    version: int = 0  # in the log
    committed: Any = None  # at `version`: what the read models hold
    times: projections.ClaimTimes | None = None  # a claim's at `version`
    # Decided, not yet appended: (event, metadata, the state after it).
    pending: list[tuple[DomainEvent, dict[str, Any], Any]] = field(default_factory=list)


def import_streams(
    items: Iterable[StreamCommands | tuple[str, str, Sequence[c.Command]]],
    ctx: services.Context,
    *,
    batch: int = DEFAULT_BATCH,
    check: bool = True,
) -> ImportResult:
    """Decide and append every command, about `batch` events per transaction.

    A rejected command raises CommandRejected (naming the stream); batches already committed
    stay. `check=False` skips the reference checks (sources, indicators, assignees) for callers
    that have validated them already.
    """
    happened_by(ctx.occurred_at, timezone.now())  # (the domain has no clock)
    importer = _Importer(ctx, batch, check)
    with eventstore.backend().bulk_session():
        for item in items:
            if not isinstance(item, StreamCommands):
                item = StreamCommands(*item)
            importer.add(item)
        importer.flush()
    return importer.result


class _Importer:
    def __init__(self, ctx: services.Context, batch: int, check: bool) -> None:
        self.ctx = ctx
        self.batch = batch
        self.check = check
        self.streams: dict[str, _Stream] = {}
        self.result = ImportResult()
        self.known_sources: set[str] = set()
        self.known_indicators: set[str] = set()
        self.known_users: set[str] = set()
        self.refs: list[tuple[str, str, str]] = []  # (kind, value, stream id)
        self.queue: list[StreamCommands] = []
        self.n_queued = 0

    def add(self, item: StreamCommands) -> None:
        self.queue.append(item)
        self.n_queued += len(item.commands)
        if self.n_queued >= self.batch:
            self.flush()

    # --- validate and decide, in memory -----------------------------------------------------------

    def flush(self) -> None:
        queue, self.queue, self.n_queued = self.queue, [], 0
        unknown = [
            item.stream_id
            for item in queue
            if item.stream_id not in self.streams
            and item.commands
            and not isinstance(item.commands[0], c.ReportClaim | c.RegisterSource | c.CiteClaim)
        ]
        if unknown:
            self._load_existing(unknown)
        dirty: dict[str, _Stream] = {}
        for item in queue:
            stream = self._decide(item)
            if stream.pending:
                dirty[stream.stream_id] = stream
        if not dirty:
            return
        if self.check:
            self._check_refs()
        self._append(list(dirty.values()))

    def _load_existing(self, stream_ids: list[str]) -> None:
        """Streams this import continues from the log: their state (claims: from their row's
        snapshot, with their times; else replayed) and their version."""
        ids = list(dict.fromkeys(stream_ids))
        for start in range(0, len(ids), 500):
            rows = models.Claim.objects.filter(pk__in=ids[start : start + 500]).values(
                "id", "snapshot", "created_at", "updated_at", "occurred_at", "last_position"
            )
            for row in rows:
                if row["snapshot"]:
                    try:
                        state = snapshots.claim_from_data(row["snapshot"]["state"])
                    except snapshots.OutdatedSnapshot:
                        continue  # written under older rules: replayed below
                    stream = _Stream("claim", row["id"], state, state.version, state)
                    stream.times = projections.times_from_snapshot(row)
                    self.streams[row["id"]] = stream
        for stream_id in ids:
            if stream_id in self.streams:
                continue
            records = eventstore.read_stream(stream_id)
            if not records:
                continue  # a new stream after all: _decide() refuses or creates it
            stream_type = records[0].stream_type
            evolve = AGGREGATES[stream_type][1]
            folded: Any = None
            for rec in records:
                folded = evolve(folded, rec.event)
            stream = _Stream(stream_type, stream_id, folded, records[-1].version, folded)
            if stream_type == "claim":
                stream.times = projections.times_from_records(records)
            self.streams[stream_id] = stream

    def _decide(self, item: StreamCommands) -> _Stream:
        stream = self.streams.get(item.stream_id)
        if stream is None:
            stream = self.streams[item.stream_id] = _Stream(item.stream_type, item.stream_id)
            self.result.streams += 1
        elif stream.stream_type != item.stream_type:
            raise CommandRejected(f"Stream {item.stream_id} is a {stream.stream_type}.", "stream")
        if item.stream_type not in AGGREGATES:
            raise CommandRejected(f"Unknown stream type {item.stream_type[:20]!r}.", "stream")
        decide, evolve = AGGREGATES[item.stream_type]
        state = stream.state
        for command in item.commands:
            if self.check:
                self._note_refs(command, item.stream_id)
            command = self._with_claim_version(command, state)
            try:
                events = decide(state, command)
            except CommandRejected as exc:
                raise CommandRejected(f"{item.stream_id}: {exc.message}", exc.field) from exc
            meta = self.ctx.metadata(getattr(command, "reason", None))
            for event in events:
                state = evolve(state, event)
                stream.pending.append((event, meta, state))
            if isinstance(command, c.RegisterSource):
                self.known_sources.add(item.stream_id)
        stream.state = state
        return stream

    def _with_claim_version(self, command: c.Command, state: Any) -> c.Command:
        """A citation command with its claim's current version (as `services.cite` gives it):
        the version this import has decided so far, else the read model's."""
        if isinstance(command, c.CiteClaim):
            claim_id = command.claim
        elif isinstance(command, c.AcknowledgeCitation) and state is not None:
            claim_id = state.claim_id
        else:
            return command
        claim = self.streams.get(claim_id)
        if claim is not None and claim.stream_type == "claim" and claim.state is not None:
            version = int(claim.state.version)
        else:
            version = services.claim_version(claim_id)
        return dataclasses.replace(command, claim_version=version)

    def _note_refs(self, command: c.Command, stream_id: str) -> None:
        for name in ("attributed_to", "source", "by"):
            value = getattr(command, name, None)
            if value:
                self.refs.append(("source", value, stream_id))
        reported_in = getattr(command, "reported_in", None)
        if reported_in is not None and reported_in.publisher:
            self.refs.append(("source", reported_in.publisher, stream_id))
        indicator = getattr(command, "indicator", None)
        if isinstance(command, c.ReportClaim) and indicator:
            self.refs.append(("indicator", indicator, stream_id))
        if isinstance(command, c.AssignReview):
            self.refs.append(("user", command.assignee, stream_id))

    def _check_refs(self) -> None:
        refs, self.refs = self.refs, []
        sources = {v for kind, v, _ in refs if kind == "source"} - self.known_sources
        if sources:
            self.known_sources |= eventstore.existing_streams("source", list(sources))
        users = {v for kind, v, _ in refs if kind == "user"} - self.known_users
        if users:
            self.known_users |= set(
                get_user_model()
                .objects.filter(username__in=list(users), is_active=True)
                .values_list("username", flat=True)
            )
        for kind, value, stream_id in refs:
            if kind == "source" and value not in self.known_sources:
                raise CommandRejected(f"{stream_id}: no source with id {value[:64]!r}.", "source")
            if kind == "user" and value not in self.known_users:
                raise CommandRejected(f"{stream_id}: no active user {value!r}.", "assignee")
            if kind == "indicator" and value not in self.known_indicators:
                if not registry.indicator_exists(value):
                    raise CommandRejected(f"Unknown indicator {value[:100]!r}.", "indicator")
                self.known_indicators.add(value)

    # --- append, with the rows --------------------------------------------------------------------

    def _append(self, streams: list[_Stream]) -> None:
        occurred_at = self.ctx.occurred_at
        batches = [
            AppendBatch(
                s.stream_type,
                s.stream_id,
                [NewEvent(event, occurred_at, None, meta) for event, meta, _ in s.pending],
                s.version,
            )
            for s in streams
        ]
        afters = {s.stream_id: [after for _, _, after in s.pending] for s in streams}
        projection = projections.Projection()

        def project(records: list[RecordedEvent]) -> list[eventstore.RowWrite]:
            for s in streams:
                if s.stream_type == "claim" and s.version > 0:
                    assert s.times is not None
                    projection.seed_claim(s.committed, s.times)
            offsets: dict[str, int] = {}
            for record in records:
                n = offsets.get(record.stream_id, 0)
                offsets[record.stream_id] = n + 1
                projection.apply(record, afters[record.stream_id][n])
            times = {s.stream_id: projection.times(s.stream_id) for s in streams}
            writes = projection.writes()
            for s in streams:
                s.times = times[s.stream_id]
            return writes

        results = eventstore.append_many(batches, project=project)
        n_events = 0
        for s, result in zip(streams, results, strict=True):
            s.version = result.version
            s.committed = s.state
            n_events += len(s.pending)
            s.pending = []
        self.result.events += n_events
        self.result.batches += 1
        self.result.last_position = max(r.records[-1].position for r in results)
