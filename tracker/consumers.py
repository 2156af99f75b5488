"""The indicator consumer: read the log after its checkpoint, recompute, save, advance.

The event log is the outbox. A batch reads the events after the checkpoint (the event feed),
works out which indicators and sources they touch, recomputes exactly those from what claims'
selectors answer (claims promises its reads are never older than the events already in its
log), and writes the results together with the new checkpoint in one transaction. The
checkpoint row is locked for the batch (`SELECT … FOR UPDATE SKIP LOCKED` where the database
locks rows; SQLite's IMMEDIATE write transaction already holds its only write lock), so two
workers never process the same range. A crash anywhere before the commit leaves results and
checkpoint as they were; running a batch again is harmless. Messages only say "there may be
news": the checkpoint decides.

Why recompute whole indicators: a period's `change` depends on the previous period's best, so a
correction to 2011 changes the 2012 point too. A series has one point per period, so this is
cheap.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from claims.core import eventstore, selectors
from claims.core.domain.events import ClaimRecast
from claims.core.domain.values import Bound, Qualifier, Quantity
from claims.core.eventstore import RecordedEvent
from tracker import indicators as ind
from tracker import services
from tracker.conf import batch_size
from tracker.models import ConsumerCheckpoint, Indicator, IndicatorPoint, SourceReliability

log = logging.getLogger(__name__)

CONSUMER = "indicators"

PointKey = tuple[str, str]  # (indicator key, period key)


# --- Loading inputs from the claims read models --------------------------------------------------


def definitions(keys: Iterable[str] | None = None) -> dict[str, ind.IndicatorDef]:
    rows = Indicator.objects.all() if keys is None else Indicator.objects.filter(key__in=keys)
    return {row.key: services.definition(row) for row in rows}


def load_figures(keys: Iterable[str] | None = None) -> dict[str, list[ind.FigureIn]]:
    """Every figure of every claim carrying one of these indicators (all indicators if None)."""
    found: dict[str, list[ind.FigureIn]] = defaultdict(list)
    for f in selectors.indicator_figures(keys):
        found[f.indicator].append(
            ind.FigureIn(
                claim_id=f.claim_id,
                figure_id=f.figure_id,
                source_id=f.source_id,
                value=Quantity(f.amount, f.unit, Qualifier.parse(f.qualifier)),
                status=f.status,
                claim_status=f.claim_status,
                period_start=f.period_start,
                period_end=f.period_end,
                added_at=f.added_at,
                open_dispute=f.open_disputes > 0,
            )
        )
    return found


def compute_series(keys: Iterable[str] | None = None) -> dict[str, list[ind.Point]]:
    """Points of these indicators (all if None), computed from the read models."""
    defs = definitions(keys)
    figures = load_figures(defs.keys() if keys is not None else None)
    return {key: ind.series(d, figures.get(key, [])) for key, d in defs.items()}


def compute_sources(source_ids: Iterable[str] | None = None) -> dict[str, ind.SourceScore]:
    """Each source's record and reliability (all known sources if None).

    For given sources (the incremental path) the counts are the counters the sources' rows
    keep in the append's transaction: the cost does not grow with the number of claims. The
    full recompute (None) counts the claims, figures and disputes themselves, so `verify` still
    compares two independent derivations.
    """
    if source_ids is not None:
        wanted = set(source_ids)
        scores = {
            source_id: ind.score_source(services.source_counts(stats))
            for source_id, stats in selectors.source_counters(wanted).items()
        }
        wanted -= set(scores)
        if not wanted:
            return scores
        statuses = selectors.claim_statuses_by_source(wanted)
        record = selectors.record_by_source(wanted)
    else:
        scores = {}
        wanted = selectors.source_ids()
        statuses = selectors.claim_statuses_by_source()
        record = selectors.record_by_source()
    by_source: dict[str, dict[str, int]] = {source_id: {} for source_id in wanted}
    by_source.update(statuses)
    return scores | {
        source_id: ind.score_source(ind.counts_from_statuses(by_status, record.get(source_id)))
        for source_id, by_status in by_source.items()
    }


# Claim events that change only its evidence, assignee or note count: nothing an indicator or a
# source's score is computed from (tests/integration/test_indicator_skips.py holds the domain to
# it). A batch of only these advances the checkpoint and recomputes nothing.
NO_RESULT_CHANGE = frozenset({"NoteAdded", "ReviewAssigned", "EvidenceAttached"})


def affected_by(records: Iterable[RecordedEvent]) -> tuple[set[str], set[str]]:
    """The indicator keys and source ids whose results these events may change."""
    claim_ids: set[str] = set()
    source_ids: set[str] = set()
    keys: set[str] = set()
    for record in records:
        if record.event_type in NO_RESULT_CHANGE:
            continue
        if record.stream_type == "claim":
            claim_ids.add(record.stream_id)
        elif record.stream_type == "source":
            source_ids.add(record.stream_id)  # citations change no indicator
        if record.event_type == "ClaimRecast":
            # The recast claim no longer names the indicator it fed: that one changes too.
            event = record.event
            if isinstance(event, ClaimRecast) and event.old_indicator:
                keys.add(event.old_indicator)
    for indicator, source_id in selectors.indicators_and_sources_of(claim_ids):
        if indicator:
            keys.add(indicator)
        source_ids.add(source_id)
    # Figures and disputes count for their own sources (the whole record).
    source_ids |= selectors.record_sources_of(claim_ids)
    return keys, source_ids


# --- Rows <-> points -----------------------------------------------------------------------------


def _bound_fields(prefix: str, bound: Bound | None) -> dict[str, Any]:
    return {
        prefix: bound.value if bound else None,
        f"{prefix}_inclusive": bound.inclusive if bound else None,
    }


def point_fields(point: ind.Point) -> dict[str, Any]:
    return {
        "period_key": point.period_key,
        "period_start": point.period_start,
        "period_end": point.period_end,
        "best": point.best,
        "low": point.low,
        "low_inclusive": point.low_inclusive,
        "high": point.high,
        "high_inclusive": point.high_inclusive,
        "n_sources": point.n_sources,
        "disputed": point.disputed,
        "spread_pct": point.spread_pct,
        "change": point.change,
        "change_pct": point.change_pct,
        **_bound_fields("change_lower", point.change_lower),
        **_bound_fields("change_upper", point.change_upper),
        **_bound_fields("change_pct_lower", point.change_pct_lower),
        **_bound_fields("change_pct_upper", point.change_pct_upper),
        "explanation": point.explanation,
    }


def _bound(row: IndicatorPoint, prefix: str) -> Bound | None:
    value = getattr(row, prefix)
    return None if value is None else Bound(value, bool(getattr(row, f"{prefix}_inclusive")))


def row_point(row: IndicatorPoint) -> ind.Point:
    return ind.Point(
        period_key=row.period_key,
        period_start=row.period_start,
        period_end=row.period_end,
        best=row.best,
        low=row.low,
        low_inclusive=row.low_inclusive,
        high=row.high,
        high_inclusive=row.high_inclusive,
        n_sources=row.n_sources,
        disputed=row.disputed,
        spread_pct=row.spread_pct,
        change=row.change,
        change_pct=row.change_pct,
        change_lower=_bound(row, "change_lower"),
        change_upper=_bound(row, "change_upper"),
        change_pct_lower=_bound(row, "change_pct_lower"),
        change_pct_upper=_bound(row, "change_pct_upper"),
        explanation=row.explanation,
    )


def source_fields(score: ind.SourceScore) -> dict[str, Any]:
    counts = {name: getattr(score.counts, name) for name in services.COUNT_FIELDS}
    return {**counts, "reliability": score.reliability}


def row_score(row: SourceReliability) -> ind.SourceScore:
    counts = ind.SourceCounts(**{name: getattr(row, name) for name in services.COUNT_FIELDS})
    return ind.SourceScore(counts=counts, reliability=row.reliability)


# --- Writing results -----------------------------------------------------------------------------


def save_series(series: dict[str, list[ind.Point]], position: int, now: datetime) -> int:
    """Replace the stored points of these indicators; return the number of points written."""
    IndicatorPoint.objects.filter(indicator_id__in=list(series)).delete()
    rows = [
        IndicatorPoint(
            indicator_id=key, as_of_position=position, computed_at=now, **point_fields(point)
        )
        for key, points in series.items()
        for point in points
    ]
    IndicatorPoint.objects.bulk_create(rows, batch_size=500)
    return len(rows)


def save_sources(scores: dict[str, ind.SourceScore], position: int, now: datetime) -> None:
    SourceReliability.objects.filter(source_id__in=list(scores)).delete()
    SourceReliability.objects.bulk_create(
        [
            SourceReliability(
                source_id=source_id,
                as_of_position=position,
                computed_at=now,
                **source_fields(score),
            )
            for source_id, score in scores.items()
        ],
        batch_size=500,
    )


# --- The checkpoint ------------------------------------------------------------------------------


def checkpoint_position(name: str = CONSUMER) -> int:
    found = ConsumerCheckpoint.objects.filter(name=name).values_list("position", flat=True).first()
    return found or 0


def _ensure_checkpoint(name: str) -> None:
    if not ConsumerCheckpoint.objects.filter(name=name).exists():
        ConsumerCheckpoint.objects.get_or_create(name=name)


def _lock_checkpoint(name: str, *, wait: bool) -> ConsumerCheckpoint | None:
    """Lock the checkpoint row for this transaction; None if another worker holds it."""
    # Where rows can be locked (PostgreSQL), SKIP LOCKED: a second worker returns at once
    # instead of queueing on the lock; the holder loops until it has caught up, and the sweep
    # covers anything left. Django leaves the clause out where they cannot (SQLite, whose
    # IMMEDIATE write transaction already holds the only write lock).
    rows = ConsumerCheckpoint.objects.filter(name=name).select_for_update(skip_locked=not wait)
    return rows.first()


def _advance(name: str, position: int) -> None:
    ConsumerCheckpoint.objects.filter(name=name).update(
        position=position, updated_at=timezone.now()
    )


# --- Batches -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BatchResult:
    events: int = 0
    position: int = 0
    indicators: tuple[str, ...] = ()
    sources: int = 0
    busy: bool = False


def process_batch(
    limit: int | None = None,
    *,
    name: str = CONSUMER,
    before_commit: Callable[[], None] | None = None,
) -> BatchResult:
    """Process the next batch of events after the checkpoint, all in one transaction.

    `before_commit` runs after the results are written and before the checkpoint advances
    (tests use it to fail at the worst moment).
    """
    limit = limit or batch_size()
    start = checkpoint_position(name)
    if selectors.head_position() <= start:
        # Nothing new: answer without taking a write lock (SQLite would block appends).
        return BatchResult(position=start)
    _ensure_checkpoint(name)
    with transaction.atomic():
        checkpoint = _lock_checkpoint(name, wait=False)
        if checkpoint is None:
            return BatchResult(position=start, busy=True)
        records = eventstore.read_all(checkpoint.position, limit)
        if not records:
            return BatchResult(position=checkpoint.position)
        position = records[-1].position
        keys, source_ids = affected_by(records)
        now = timezone.now()
        # (Nothing affected, nothing to build: the queries would only find nothing.)
        series = compute_series(keys) if keys else {}
        if series:
            save_series(series, position, now)
        if source_ids:
            save_sources(compute_sources(source_ids), position, now)
        if before_commit is not None:
            before_commit()
        _advance(name, position)
    return BatchResult(
        events=len(records),
        position=position,
        indicators=tuple(sorted(series)),
        sources=len(source_ids),
    )


@dataclass(frozen=True, slots=True)
class CatchUp:
    events: int
    batches: int
    position: int
    caught_up: bool
    busy: bool = False


def catch_up(*, max_seconds: float = 20.0, name: str = CONSUMER) -> CatchUp:
    """Process batches until the log is exhausted, another worker holds the lock, or time is up."""
    deadline = time.monotonic() + max_seconds
    events = batches = 0
    while True:
        result = process_batch(name=name)
        if result.busy:
            return CatchUp(events, batches, result.position, caught_up=False, busy=True)
        if result.events == 0:
            return CatchUp(events, batches, result.position, caught_up=True)
        events += result.events
        batches += 1
        log.info(
            "processed %d events up to %d (indicators %s, %d sources)",
            result.events,
            result.position,
            ", ".join(result.indicators) or "-",
            result.sources,
        )
        if time.monotonic() > deadline:
            return CatchUp(events, batches, result.position, caught_up=False)


# --- From scratch, and the comparison ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Every indicator point and source score, from either the stored rows or a recompute."""

    points: dict[PointKey, ind.Point]
    sources: dict[str, ind.SourceScore]
    as_of_position: int


def full_recompute() -> Snapshot:
    """Compute every result from the read models, in memory (nothing is written)."""
    # The head first: the read models read afterwards reflect at least this position.
    head = selectors.head_position()
    series = compute_series(None)
    points = {(key, p.period_key): p for key, ps in series.items() for p in ps}
    return Snapshot(points, compute_sources(None), head)


def stored() -> Snapshot:
    """The results as the consumer stored them."""
    points = {
        (row.indicator_id, row.period_key): row_point(row) for row in IndicatorPoint.objects.all()
    }
    sources = {row.source_id: row_score(row) for row in SourceReliability.objects.all()}
    return Snapshot(points, sources, checkpoint_position())


@dataclass(frozen=True, slots=True)
class Difference:
    kind: str  # "point" or "source"
    key: str
    field: str
    stored: Any
    computed: Any

    def to_data(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "key": self.key,
            "field": self.field,
            "stored": _plain(self.stored),
            "computed": _plain(self.computed),
        }


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return ind.decimal_str(value)
    if isinstance(value, Bound):
        return {"value": ind.decimal_str(value.value), "inclusive": value.inclusive}
    if isinstance(value, dict | list | str | int | bool) or value is None:
        return value
    return str(value)


_POINT_FIELDS = tuple(name for name in ind.Point.__dataclass_fields__)


def compare(stored_: Snapshot, computed: Snapshot) -> list[Difference]:
    """Every field that differs between two snapshots (stamps are not compared)."""
    diffs: list[Difference] = []
    for key in sorted(stored_.points.keys() | computed.points.keys()):
        label = f"{key[0]}/{key[1]}"
        a, b = stored_.points.get(key), computed.points.get(key)
        if a is None or b is None:
            diffs.append(Difference("point", label, "*", a is not None, b is not None))
            continue
        diffs.extend(
            Difference("point", label, name, getattr(a, name), getattr(b, name))
            for name in _POINT_FIELDS
            if getattr(a, name) != getattr(b, name)
        )
    for source_id in sorted(stored_.sources.keys() | computed.sources.keys()):
        sa, sb = stored_.sources.get(source_id), computed.sources.get(source_id)
        if sa != sb:
            diffs.append(Difference("source", source_id, "*", _score(sa), _score(sb)))
    return diffs


def _score(score: ind.SourceScore | None) -> dict[str, Any] | None:
    if score is None:
        return None
    return {**source_fields(score), "reliability": ind.decimal_str(score.reliability)}


def rebuild(*, name: str = CONSUMER, progress: Callable[[int], None] | None = None) -> Snapshot:
    """Replace every stored result with a from-scratch recompute and move the checkpoint to it.

    `progress(1)` is called once per indicator and once for the sources.
    """
    _ensure_checkpoint(name)
    with transaction.atomic():
        _lock_checkpoint(name, wait=True)
        # The head first: the read models read afterwards reflect at least this position.
        head = selectors.head_position()
        series = compute_series(None)
        sources = compute_sources(None)
        now = timezone.now()
        IndicatorPoint.objects.all().delete()
        SourceReliability.objects.all().delete()
        for key, points in series.items():
            save_series({key: points}, head, now)
            if progress is not None:
                progress(1)
        save_sources(sources, head, now)
        if progress is not None:
            progress(1)
        _advance(name, head)
    flat = {(key, p.period_key): p for key, ps in series.items() for p in ps}
    return Snapshot(flat, sources, head)


@dataclass(frozen=True, slots=True)
class Verification:
    as_of_position: int
    compared: bool  # False when the log kept moving and no quiet moment was found
    differences: list[Difference] = field(default_factory=list)
    attempts: int = 1


def verify(*, name: str = CONSUMER, attempts: int = 3) -> Verification:
    """Catch up, then compare the stored results with a from-scratch recompute.

    Differences count only when the log did not move during the comparison; otherwise the
    comparison is retried (a moving log makes the two sides legitimately differ).
    """
    diffs: list[Difference] = []
    position = 0
    compared = False
    for attempt in range(1, attempts + 1):
        catch_up(name=name, max_seconds=60)
        _ensure_checkpoint(name)
        with transaction.atomic():
            checkpoint = _lock_checkpoint(name, wait=True)
            position = checkpoint.position if checkpoint else 0
            if selectors.head_position() != position:
                continue  # new events arrived since the catch-up: catch up again
            diffs = compare(stored(), full_recompute())
            compared = True
            moved = selectors.head_position() != position
        if not diffs or not moved:
            return Verification(position, True, diffs, attempt)
    return Verification(position, compared, diffs, attempts)
