"""The bulk import path: many commands, batches of ~1,000 events per transaction, bulk projections.

`import_streams()` takes commands grouped by stream (claims or sources, new to the log or
continued from an earlier batch of the same import), decides them in memory against the folded
state, and writes each batch in one transaction: the events with their hash chains (one
multi-row INSERT, or COPY on PostgreSQL), then the read models built in bulk with the same
`projections.*_fields` functions as the incremental path and `rebuild_projections`, so the rows
are the ones those paths write (a test checks incremental == bulk == rebuild).

The promises of `eventstore.append` hold per batch: the append lock is held, every stream is
checked to be where this import left it (a stream written by anyone else meanwhile raises
ConcurrencyError and the batch is rolled back), `recorded_at` never decreases along position,
and the positions are taken under the lock, so position order is commit order.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from claims.core import eventstore, fastsql, models, projections, registry, services
from claims.core.domain import citation as citation_domain
from claims.core.domain import claim as claim_domain
from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain import snapshots
from claims.core.domain import source as source_domain
from claims.core.domain.errors import CommandRejected
from claims.core.domain.events import Event as DomainEvent
from claims.core.eventstore import GENESIS_HASH, ConcurrencyError, RecordedEvent

DEFAULT_BATCH = 1000


@dataclass(frozen=True, slots=True)
class StreamCommands:
    """Commands for one stream, in order. The same stream may come again later (continued)."""

    stream_type: str  # "claim" or "source"
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
    """What the import knows about a stream it wrote (or is about to write)."""

    stream_type: str
    stream_id: str
    state: Any = None
    version: int = 0  # version stored in the log
    last_hash: str = GENESIS_HASH
    times: projections.ClaimTimes | None = None
    source_created_at: dt.datetime | None = None
    evidence_times: dict[str, dt.datetime] = field(default_factory=dict)
    # Events decided but not yet written: (event, metadata, the state after it).
    pending: list[tuple[DomainEvent, dict[str, Any], Any]] = field(default_factory=list)
    material_version: int = 0  # a claim's last material change, as of `state`


def import_streams(
    items: Iterable[StreamCommands | tuple[str, str, Sequence[c.Command]]],
    ctx: services.Context,
    *,
    batch: int = DEFAULT_BATCH,
    check: bool = True,
) -> ImportResult:
    """Decide and append every command, about `batch` events per transaction; project in bulk.

    A rejected command raises CommandRejected (naming the stream); batches already committed
    stay. `check=False` skips the reference checks (sources, indicators, assignees) for callers
    that have validated them already.
    """
    importer = _Importer(ctx, batch, check)
    with fastsql.fewer_checkpoints():
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
        self.dirty: dict[str, _Stream] = {}
        self.n_pending = 0
        self.result = ImportResult()
        self.known_sources: set[str] = set()
        self.known_indicators: set[str] = set()
        self.known_users: set[str] = set()
        self.refs: list[tuple[str, str, str]] = []  # (kind, value, stream id)
        self.queue: list[StreamCommands] = []
        self.n_queued = 0

    # --- deciding, in memory --------------------------------------------------------------------

    def add(self, item: StreamCommands) -> None:
        self.queue.append(item)
        self.n_queued += len(item.commands)
        if self.n_queued >= self.batch:
            self.flush()

    def _decide_queue(self) -> None:
        """Decide the queued commands against each stream's state (loading streams in bulk)."""
        queue, self.queue, self.n_queued = self.queue, [], 0
        unknown = [
            item
            for item in queue
            if item.stream_id not in self.streams
            and item.commands
            and not isinstance(item.commands[0], c.ReportClaim | c.RegisterSource)
        ]
        if unknown:
            self._load_existing(unknown)
        for item in queue:
            self._decide(item)

    def _load_existing(self, items: list[StreamCommands]) -> None:
        """Streams this import continues from the log: their state, times and chain head."""
        claim_ids = list({i.stream_id for i in items if i.stream_type == "claim"})
        for start in range(0, len(claim_ids), 500):
            chunk = claim_ids[start : start + 500]
            rows = models.Claim.objects.filter(pk__in=chunk).values(
                "id",
                "snapshot",
                "created_at",
                "updated_at",
                "occurred_at",
                "last_position",
                "material_version",
            )
            evidence: dict[str, dict[str, dt.datetime]] = {}
            for claim_id, evidence_id, at in models.Evidence.objects.filter(
                claim_id__in=chunk
            ).values_list("claim_id", "evidence_id", "attached_at"):
                evidence.setdefault(claim_id, {})[evidence_id] = at
            for row in rows:
                if not row["snapshot"]:
                    continue  # no snapshot: replayed below
                stream = _Stream("claim", row["id"])
                stream.state = snapshots.claim_from_data(row["snapshot"]["state"])
                stream.times = projections.times_from_snapshot(row)
                stream.evidence_times = evidence.get(row["id"], {})
                stream.material_version = row["material_version"]
                self.streams[row["id"]] = stream
        for item in items:
            if item.stream_id in self.streams:
                continue
            records = eventstore.load(item.stream_id)
            if not records:
                continue  # a new stream after all: decide() refuses or creates it
            stream = _Stream(item.stream_type, item.stream_id)
            evolve = claim_domain.evolve if item.stream_type == "claim" else source_domain.evolve
            for rec in records:
                before = stream.state
                stream.state = evolve(before, rec.event)
                if item.stream_type == "claim" and citation_domain.is_material(
                    before, stream.state
                ):
                    stream.material_version = stream.state.version
                if isinstance(rec.event, e.EvidenceAttached):
                    stream.evidence_times[rec.event.evidence_id] = rec.recorded_at
            if item.stream_type == "claim":
                stream.times = projections.times_from_records(records)
            else:
                stream.source_created_at = records[0].recorded_at
            self.streams[item.stream_id] = stream
        loaded = [
            i.stream_id
            for i in items
            if (st := self.streams.get(i.stream_id)) is not None and st.version == 0
        ]
        for stream_id, (version, last_hash) in _heads(loaded).items():
            self.streams[stream_id].version = version
            self.streams[stream_id].last_hash = last_hash

    def _decide(self, item: StreamCommands) -> None:
        stream = self.streams.get(item.stream_id)
        if stream is None:
            stream = _Stream(item.stream_type, item.stream_id)
            self.streams[item.stream_id] = stream
            self.result.streams += 1
        elif stream.stream_type != item.stream_type:
            raise CommandRejected(f"Stream {item.stream_id} is a {stream.stream_type}.", "stream")
        decide, evolve = (
            (claim_domain.decide, claim_domain.evolve)
            if item.stream_type == "claim"
            else (source_domain.decide, source_domain.evolve)
        )
        state = stream.state
        for command in item.commands:
            if self.check:
                self._note_refs(command, item.stream_id)
            try:
                events = decide(state, command)
            except CommandRejected as exc:
                raise CommandRejected(f"{item.stream_id}: {exc.message}", exc.field) from exc
            meta = self.ctx.metadata(getattr(command, "reason", None))
            for event in events:
                before, state = state, evolve(state, event)
                if isinstance(state, claim_domain.ClaimState) and citation_domain.is_material(
                    before, state
                ):
                    stream.material_version = state.version
                stream.pending.append((event, meta, state))
            self.n_pending += len(events)
            if isinstance(command, c.RegisterSource):
                self.known_sources.add(item.stream_id)
        stream.state = state
        self.dirty[item.stream_id] = stream

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
            self.known_sources |= set(
                models.Event.objects.filter(
                    stream_type="source", version=1, stream_id__in=list(sources)
                ).values_list("stream_id", flat=True)
            )
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

    # --- writing a batch -------------------------------------------------------------------------

    def flush(self) -> None:
        self._decide_queue()
        streams = [s for s in self.dirty.values() if s.pending]
        if not streams:
            return
        if self.check:
            self._check_refs()
        with transaction.atomic():
            eventstore.lock_appends()
            last_recorded = self._check_heads(streams)
            now = timezone.now()
            recorded_at = max(now, last_recorded) if last_recorded else now
            positions = _allocate_positions(self.n_pending)
            records = self._write_events(streams, positions, recorded_at)
            _Projector(streams, records).write()
        for stream in streams:
            stream.pending = []
        self.dirty = {}
        self.result.events += self.n_pending
        self.result.batches += 1
        self.result.last_position = positions[-1]
        self.n_pending = 0

    def _check_heads(self, streams: list[_Stream]) -> dt.datetime | None:
        """Every stream is where this import left it; return the log's last recorded_at."""
        heads: dict[str, int] = {}
        ids = [s.stream_id for s in streams]
        with connection.cursor() as cursor:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ", ".join(["%s"] * len(chunk))
                cursor.execute(
                    "SELECT stream_id, MAX(version) FROM claims_event "  # noqa: S608 (placeholders)
                    f"WHERE stream_id IN ({marks}) GROUP BY stream_id",
                    chunk,
                )
                heads.update((row[0], int(row[1])) for row in cursor.fetchall())
            for s in streams:
                current = heads.get(s.stream_id, 0)
                if current != s.version:
                    raise ConcurrencyError(s.stream_id, s.version, current)
        return (
            models.Event.objects.order_by("-position").values_list("recorded_at", flat=True).first()
        )

    def _write_events(
        self, streams: list[_Stream], positions: list[int], recorded_at: dt.datetime
    ) -> dict[str, list[RecordedEvent]]:
        occurred_at = self.ctx.occurred_at
        out: dict[str, list[RecordedEvent]] = {}
        rows: list[dict[str, Any]] = []
        it = iter(positions)
        for s in streams:
            recs = out[s.stream_id] = []
            prev_hash = s.last_hash
            version = s.version
            for event, meta, _ in s.pending:
                version += 1
                data = event.to_data()
                event_id = uuid.uuid4()
                event_type = event.event_type
                digest = eventstore.event_hash(
                    prev_hash=prev_hash,
                    event_id=event_id,
                    stream_type=s.stream_type,
                    stream_id=s.stream_id,
                    version=version,
                    event_type=event_type,
                    schema_version=event.SCHEMA_VERSION,
                    data=data,
                    metadata=meta,
                    recorded_at=recorded_at,
                    occurred_at=occurred_at,
                )
                prev_hash = digest
                rec = RecordedEvent(
                    next(it),
                    event_id,
                    s.stream_type,
                    s.stream_id,
                    version,
                    event_type,
                    event.SCHEMA_VERSION,
                    data,
                    meta,
                    recorded_at,
                    occurred_at,
                    digest,
                )
                recs.append(rec)
                rows.append(
                    {
                        "position": rec.position,
                        "event_id": event_id,
                        "stream_type": s.stream_type,
                        "stream_id": s.stream_id,
                        "version": version,
                        "event_type": event_type,
                        "schema_version": event.SCHEMA_VERSION,
                        "data": data,
                        "metadata": meta,
                        "recorded_at": recorded_at,
                        "occurred_at": occurred_at,
                        "hash": digest,
                    }
                )
            s.version = version
            s.last_hash = prev_hash
        try:
            _event_writer().copy(rows)
        except IntegrityError as exc:
            first = streams[0]
            raise ConcurrencyError(first.stream_id, first.version, first.version) from exc
        return out


def _heads(stream_ids: list[str]) -> dict[str, tuple[int, str]]:
    """Version and last hash of each of these streams, 500 per query."""
    out: dict[str, tuple[int, str]] = {}
    ids = list(dict.fromkeys(stream_ids))
    with connection.cursor() as cursor:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join(["%s"] * len(chunk))
            cursor.execute(
                "SELECT e.stream_id, e.version, e.hash FROM claims_event e JOIN ("  # noqa: S608
                " SELECT stream_id, MAX(version) AS v FROM claims_event"
                f" WHERE stream_id IN ({marks}) GROUP BY stream_id) m"
                " ON e.stream_id = m.stream_id AND e.version = m.v",
                chunk,
            )
            out.update((row[0], (int(row[1]), row[2])) for row in cursor.fetchall())
    return out


def _event_writer() -> fastsql.Writer:
    return fastsql.Writer(models.Event, eventstore.EVENT_FIELDS)


def _allocate_positions(n: int) -> list[int]:
    """n positions after every stored one, taken under the append lock."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence('claims_event', 'position')) "
                "FROM generate_series(1, %s)",
                [n],
            )
            return sorted(int(row[0]) for row in cursor.fetchall())
        cursor.execute(
            "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'claims_event'), 0),"
            " COALESCE((SELECT MAX(position) FROM claims_event), 0))"
        )
        row = cursor.fetchone()
        start = int(row[0] if row else 0) + 1
        return list(range(start, start + n))


class _Projector:
    """Build the read-model rows of a batch in memory and write them in bulk."""

    def __init__(self, streams: list[_Stream], records: dict[str, list[RecordedEvent]]) -> None:
        self.streams = streams
        self.records = records

    def write(self) -> None:
        claims_new: list[dict[str, Any]] = []
        claims_old: list[dict[str, Any]] = []
        versions: list[dict[str, Any]] = []
        figures: list[dict[str, Any]] = []
        disputes: list[dict[str, Any]] = []
        evidence: list[dict[str, Any]] = []
        sources_new: list[dict[str, Any]] = []
        sources_old: list[dict[str, Any]] = []
        closes: list[tuple[dt.datetime, str, int]] = []
        stat_sources: set[str] = set()
        for s in self.streams:
            recs = self.records[s.stream_id]
            if s.stream_type == "source":
                if s.source_created_at is None:
                    s.source_created_at = recs[0].recorded_at
                row = {
                    "id": s.stream_id,
                    **projections.source_fields(s.state, s.source_created_at, recs[-1]),
                }
                (sources_new if recs[0].version == 1 else sources_old).append(row)
                continue
            first_version = recs[0].version
            if first_version > 1:
                closes.append((recs[0].recorded_at, s.stream_id, first_version - 1))
            times = s.times
            last = len(recs) - 1
            doc: str = ""
            for n, (rec, (event, _meta, state)) in enumerate(zip(recs, s.pending, strict=True)):
                times = projections.advance_times(times, rec)
                if isinstance(event, e.EvidenceAttached):
                    s.evidence_times[event.evidence_id] = rec.recorded_at
                # Dumped once: the history row and (for the newest version) the claim row.
                doc = fastsql.dumps(projections.claim_document(state, times))
                row = projections.version_fields(state, times, doc)
                if n < last:
                    row["recorded_to"] = recs[n + 1].recorded_at
                versions.append(row)
            s.times = times
            final: claim_domain.ClaimState = s.state
            assert times is not None
            fields = projections.claim_fields(final, times, doc)
            fields["material_version"] = s.material_version
            (claims_new if first_version == 1 else claims_old).append(
                {"id": final.claim_id, **fields}
            )
            stat_sources.add(final.attributed_to)
            figures += [
                {"claim_id": final.claim_id, **projections.figure_fields(f, times)}
                for f in final.figures
            ]
            disputes += [
                {"claim_id": final.claim_id, **projections.dispute_fields(d, times)}
                for d in final.disputes
            ]
            evidence += [
                {
                    "claim_id": final.claim_id,
                    **projections.evidence_fields(ev, s.evidence_times[ev.evidence_id]),
                }
                for ev in final.evidence
            ]
        if claims_old:
            # Streams continued from an earlier batch: close their open history row, replace
            # their child rows, update the claim row.
            continued = [row["id"] for row in claims_old]
            for model in (models.Figure, models.Dispute, models.Evidence):
                model.objects.filter(claim_id__in=continued).delete()
            for at, claim_id, version in closes:
                models.ClaimVersion.objects.filter(claim_id=claim_id, version=version).update(
                    recorded_to=at
                )
            for row in claims_old:
                # Raw UPDATE: the document is JSON text already (fastsql.JsonText), which the
                # ORM would store as a JSON string.
                claim_id = row.pop("id")
                projections.update_row(models.Claim, row, {"id": claim_id})
        for row in sources_old:
            models.Source.objects.filter(pk=row.pop("id")).update(**row)
        projections.bulk_insert(models.Source, sources_new)
        projections.bulk_insert(models.Claim, claims_new)
        projections.bulk_insert(models.ClaimVersion, versions)
        projections.bulk_insert(models.Figure, figures)
        projections.bulk_insert(models.Dispute, disputes)
        projections.bulk_insert(models.Evidence, evidence)
        if stat_sources:
            projections.refresh_source_stats(stat_sources)
