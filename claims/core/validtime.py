"""Known at (valid time): what the reports said about a claim by a moment, whenever we recorded it.

The state "known at K" folds, in version order, only the claim's events whose occurred_at is at
or before K (an event without one counts from when it was recorded). A claim whose report
happened after K is not known at K. `claims.core.models.ClaimKnown` keeps one row per stretch of
valid time with the same state, each valid in transaction time too, so a read at (known_at,
as_of) is one indexed lookup and a list is one filtered query.

Writers, one per driver of the read models:
- `write_append(records, state, times)`: a command's records, inside its transaction. An event
  that happened no earlier than every event before it (the usual case) ends the last stretch and
  starts a new one holding the claim as it is now; a backdated one rewrites the claim's rows
  from its whole stream.
- `write_streams(records_by_claim)`: an import's new claims (or a rewrite of existing ones).
- `rebuild(records)`: every claim from the whole log.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from django.db import connection

from claims.core import eventstore, models
from claims.core.domain import claim as claim_domain
from claims.core.domain import events as e
from claims.core.domain.claim import ClaimState
from claims.core.eventstore import RecordedEvent

UTC = dt.UTC


def known_moment(value: dt.date | dt.datetime) -> dt.datetime:
    """The moment a `known_at` value names: a bare date is the end of that day (UTC)."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return dt.datetime.combine(value, dt.time.max, tzinfo=UTC)


def occurred(record: RecordedEvent) -> dt.datetime:
    """When the event happened (valid time); when it was recorded if nobody said."""
    return record.occurred_at or record.recorded_at


def _times(records: Sequence[RecordedEvent]) -> Any:
    from claims.core import projections

    first, last = records[0], records[-1]
    return projections.ClaimTimes(
        created_at=first.recorded_at,
        updated_at=last.recorded_at,
        occurred_at=first.occurred_at,
        position=last.position,
        version_times={r.version: r.recorded_at for r in records},
    )


def _evolve(state: ClaimState | None, record: RecordedEvent) -> ClaimState | None:
    """Apply one event at its own version (the events before it may be left out)."""
    event = record.event
    if state is None:
        return claim_domain.evolve(None, event) if isinstance(event, e.ClaimReported) else None
    try:
        return claim_domain.evolve(dataclasses.replace(state, version=record.version - 1), event)
    except (KeyError, ValueError, LookupError, StopIteration):
        # An event that builds on one left out (a verdict on a dispute opened later in valid
        # time) cannot apply on its own: the state by then is the one without it.
        return state


def _row(
    state: ClaimState, included: Sequence[RecordedEvent], start: dt.datetime
) -> dict[str, Any]:
    from claims.core import projections

    times = _times(included)
    return _fields(state, times.created_at, start, projections.claim_document(state, times))


def _fields(
    state: ClaimState, created_at: dt.datetime, start: dt.datetime, document: Any
) -> dict[str, Any]:
    period = state.period
    return {
        "claim_id": state.claim_id,
        "version": state.version,
        "known_from": start,
        "known_to": None,
        "status": state.status.value,
        "statement": state.statement,
        "subject": state.subject,
        "indicator": state.indicator,
        "attributed_to": state.attributed_to,
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "place": state.place,
        "open_disputes": len(state.open_disputes),
        "created_at": created_at,
        "document": document,
    }


def known_rows(records: Sequence[RecordedEvent]) -> list[dict[str, Any]]:
    """The valid-time stretches of one claim from its events (version order): row fields
    without the transaction-time columns, the last one open (known_to None)."""
    if not records:
        return []
    moments = sorted({occurred(r) for r in records})
    rows: list[dict[str, Any]] = []
    state: ClaimState | None = None
    included: list[RecordedEvent] = []
    for moment in moments:
        now_in = [r for r in records if occurred(r) <= moment]
        added = now_in[len(included) :] if now_in[: len(included)] == included else None
        if added is None or (included and added and added[0].version < included[-1].version):
            # A backdated event joins the middle: fold again from the start.
            state, folded = None, now_in
        else:
            folded = added
        for record in folded:
            state = _evolve(state, record)
        included = now_in
        if state is None:
            continue  # not reported yet by this moment
        if rows:
            rows[-1]["known_to"] = moment
        rows.append(_row(state, [r for r in included if r.version <= state.version], moment))
    return rows


def _insert(rows: Iterable[dict[str, Any]], recorded_from: dt.datetime) -> None:
    models.ClaimKnown.objects.bulk_create(
        [models.ClaimKnown(**row, recorded_from=recorded_from) for row in rows], batch_size=1000
    )


_STRETCH_FIELDS = [
    f.attname
    for f in models.ClaimKnown._meta.fields
    if f.attname not in ("id", "recorded_from", "recorded_to")
]


def _following(
    last_from: dt.datetime | None,
    batch: Sequence[RecordedEvent],
    state: ClaimState,
    times: Any,
) -> tuple[bool, list[dict[str, Any]]] | None:
    """After an append whose events all happened at one moment no earlier than the claim's
    open last stretch began (`last_from`): whether that stretch goes on, ended at the moment,
    and the new last stretch (the claim as it now stands). None when the claim's rows must be
    written again from its whole stream (a backdated event, a new claim)."""
    if last_from is None or batch[0].version == 1:
        return None
    start = occurred(batch[0])
    if start < last_from or any(occurred(r) != start for r in batch):
        return None
    from claims.core import projections

    document = projections.claim_document(state, times)
    return start > last_from, [_fields(state, times.created_at, start, document)]


def _copy_ended(row_id: int, known_to: dt.datetime, at: dt.datetime) -> None:
    """Copy a stretch, ended at `known_to`, as recorded from `at` (in SQL: its document is
    never read back)."""
    meta = models.ClaimKnown._meta
    table = connection.ops.quote_name(meta.db_table)
    fields = [f for f in meta.fields if f.attname != "id"]
    names = ", ".join(connection.ops.quote_name(str(f.column)) for f in fields)
    given = {"known_to": "%s", "recorded_from": "%s", "recorded_to": "NULL"}
    values = ", ".join(
        given.get(f.attname, connection.ops.quote_name(str(f.column))) for f in fields
    )
    adapt = connection.ops.adapt_datetimefield_value
    params: list[Any] = []
    for f in fields:
        if f.attname == "known_to":
            params.append(adapt(known_to))
        elif f.attname == "recorded_from":
            params.append(adapt(at))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({names}) SELECT {values} FROM {table} WHERE id = %s",  # noqa: S608
            [*params, row_id],
        )


def write_append(records: Sequence[RecordedEvent], state: ClaimState, times: Any) -> None:
    """Project one append of a claim's events (inside its transaction)."""
    if not records:
        return
    claim_id = records[0].stream_id
    at = records[-1].recorded_at
    open_rows = models.ClaimKnown.objects.filter(claim_id=claim_id, recorded_to__isnull=True)
    last = None
    if records[0].version > 1:
        last = open_rows.filter(known_to__isnull=True).values_list("id", "known_from").first()
    plan = _following(last[1] if last else None, records, state, times)
    if plan is not None and last is not None:
        split, rows = plan
        if split:
            _copy_ended(last[0], occurred(records[0]), at)
        models.ClaimKnown.objects.filter(pk=last[0]).update(recorded_to=at)
    else:
        open_rows.update(recorded_to=at)
        rows = known_rows(eventstore.load(claim_id) if records[0].version > 1 else records)
    _insert(rows, at)


def write_streams(records_by_claim: Mapping[str, Sequence[RecordedEvent]]) -> None:
    """Project many claims' appended events at once (an import): new claims from their
    records, claims that existed before from their whole stream."""
    for claim_id, records in records_by_claim.items():
        if not records:
            continue
        at = records[-1].recorded_at
        if records[0].version == 1:
            _insert(known_rows(records), at)
        else:
            models.ClaimKnown.objects.filter(claim_id=claim_id, recorded_to__isnull=True).update(
                recorded_to=at
            )
            _insert(known_rows(eventstore.load(claim_id)), at)


def rebuild(records: Iterator[RecordedEvent], *, progress: Any = None) -> int:
    """Drop every row and write each claim's again from the whole log; return claims.

    Each append of a claim is replayed as `write_append` wrote it, so the rebuilt rows are
    the ones the incremental writers left, in transaction time too."""
    models.ClaimKnown.objects.all().delete()
    streams: dict[str, list[RecordedEvent]] = defaultdict(list)
    for record in records:
        if record.stream_type == "claim":
            streams[record.stream_id].append(record)
        if progress is not None:
            progress.update(1)
    pending: list[models.ClaimKnown] = []
    for stream in streams.values():
        pending += _history(stream)
        if len(pending) >= 2000:
            models.ClaimKnown.objects.bulk_create(pending, batch_size=1000)
            pending = []
    models.ClaimKnown.objects.bulk_create(pending, batch_size=1000)
    return len(streams)


def _history(stream: list[RecordedEvent]) -> list[models.ClaimKnown]:
    """One claim's rows in both times, replaying its appends (events recorded together)."""
    appends: list[list[RecordedEvent]] = []
    for record in stream:
        if appends and appends[-1][-1].recorded_at == record.recorded_at:
            appends[-1].append(record)
        else:
            appends.append([record])
    done: list[dict[str, Any]] = []
    open_rows: list[dict[str, Any]] = []
    seen: list[RecordedEvent] = []
    state: ClaimState | None = None
    for batch in appends:
        seen.extend(batch)
        for record in batch:
            state = claim_domain.evolve(state, record.event)
        assert state is not None
        at = batch[0].recorded_at
        last = next((row for row in open_rows if row["known_to"] is None), None)
        plan = _following(last["known_from"] if last else None, batch, state, _times(seen))
        if plan is not None and last is not None:
            split, rows = plan
            closing = [last]
            if split:
                ended = {name: last[name] for name in _STRETCH_FIELDS}
                rows = [{**ended, "known_to": occurred(batch[0])}, *rows]
        else:
            closing = list(open_rows)
            rows = known_rows(seen)
        for row in closing:
            row["recorded_to"] = at
            done.append(row)
            open_rows.remove(row)
        open_rows += [{**row, "recorded_from": at, "recorded_to": None} for row in rows]
    return [models.ClaimKnown(**row) for row in done + open_rows]
