"""Known at (valid time): what the reports said about a claim by a moment, whenever we recorded it.

The state "known at K" folds, in version order, only the claim's events whose occurred_at is at
or before K (an event without one counts from when it was recorded). A claim whose report
happened after K is not known at K. `claims.core.models.ClaimKnown` keeps one row per stretch of
valid time with the same state, each valid in transaction time too, so a read at (known_at,
as_of) is one indexed lookup and a list is one filtered query.

The rows are written by the read models' one writer (`projections.Projection`, for commands
and imports alike) through `row_writes`: an event that happened no earlier than every event
before it (the usual case) ends the claim's last stretch and starts a new one holding the claim
as it now stands, without reading a row; a backdated one closes the claim's open stretches and
writes them again from its whole stream. `rebuild` writes every claim's rows from the log,
replaying each of its appends the same way.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from claims.core import eventstore, models
from claims.core.domain import claim as claim_domain
from claims.core.domain import events as e
from claims.core.domain.claim import ClaimState
from claims.core.eventstore import Copy, Insert, RecordedEvent, RowWrite, Update

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
    from claims.core.fastsql import dumps

    times = _times(included)
    document = dumps(projections.claim_document(state, times))
    return _fields(state, times.created_at, start, document)


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


@dataclasses.dataclass(frozen=True, slots=True)
class Step:
    """One event of a claim with the claim after it and its times (`projections.ClaimTimes`),
    as the read models' writer folded them."""

    record: RecordedEvent
    state: ClaimState
    times: Any


def in_valid_time_order(records: Sequence[RecordedEvent]) -> bool:
    """No event happened before one with a lower version (the usual history)."""
    moments = [occurred(r) for r in records]
    return all(a <= b for a, b in itertools.pairwise(moments))


def known_rows(
    records: Sequence[RecordedEvent],
    steps: Sequence[Step] | None = None,
    document: str | None = None,
) -> list[dict[str, Any]]:
    """The valid-time stretches of one claim from its events (version order, from version 1):
    row fields without the transaction-time columns, documents as JSON text, the last one open
    (known_to None).

    `steps`: the claim after each of these events, when the caller folded them, and `document`:
    the JSON text of the last one's document, when built. In valid-time order each stretch
    holds the claim after the last event of its moment, so nothing is folded again."""
    if not records:
        return []
    if steps is not None and in_valid_time_order(records):
        return _rows_in_order(records, steps, document)
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


def _rows_in_order(
    records: Sequence[RecordedEvent], steps: Sequence[Step], document: str | None
) -> list[dict[str, Any]]:
    from claims.core import projections
    from claims.core.fastsql import dumps

    rows: list[dict[str, Any]] = []
    created_at = records[0].recorded_at
    last = len(records) - 1
    for i, step in enumerate(steps):
        moment = occurred(step.record)
        if i < last and occurred(records[i + 1]) == moment:
            continue  # a later event of the same moment ends this stretch's state
        text = document
        if i < last or text is None:
            text = dumps(projections.claim_document(step.state, step.times))
        if rows:
            rows[-1]["known_to"] = moment
        rows.append(_fields(step.state, created_at, moment, text))
    return rows


_STRETCH_FIELDS = [
    f.attname
    for f in models.ClaimKnown._meta.fields
    if f.attname not in ("id", "recorded_from", "recorded_to")
]


def row_writes(
    before: ClaimState | None,
    times_before: Any,
    steps: Sequence[Step],
    document: str | None = None,
) -> list[RowWrite]:
    """The valid-time row writes of one claim's run of events (an append, or a stream of an
    import), from the claim before them (None: a new claim) through `steps`; `document`: the
    JSON text of the last step's document, when built.

    Usually the run's events happened at one moment no earlier than every event before them:
    the claim's open last stretch is closed in transaction time, a copy of it ends at that
    moment, and a new last stretch holds the claim as it now stands (all without reading a
    row). Otherwise (a backdated event) every open stretch of the claim is closed and its
    stretches are written again from its whole stream."""
    from claims.core import projections
    from claims.core.fastsql import dumps

    if not steps:
        return []
    records = [step.record for step in steps]
    at = records[-1].recorded_at
    if before is None:
        stretches = Stretches()
        appends = _appends(steps)
        for append in appends[:-1]:
            stretches.add(append)
        stretches.add(appends[-1], document)
        return [Insert(models.ClaimKnown, stretches.rows())]
    state, times = steps[-1].state, steps[-1].times
    claim_id = state.claim_id
    start = occurred(records[0])
    since = getattr(times_before, "known_since", None)
    if since is not None and start >= since and all(occurred(r) == start for r in records):
        closing = Update(
            models.ClaimKnown,
            {"recorded_to": at},
            {"claim_id": claim_id, "known_from": since, "recorded_from": times_before.updated_at},
        )
        writes: list[RowWrite] = [closing]
        if start > since:
            # The stretch that ends here is the open one as stored, but for its end in valid
            # time and its start in transaction time: copied on the database, not built again.
            writes.append(
                Copy(
                    models.ClaimKnown,
                    {"known_to": start, "recorded_from": at, "recorded_to": None},
                    closing.where,
                )
            )
        if document is None:
            document = dumps(projections.claim_document(state, times))
        row = {
            **_fields(state, times.created_at, start, document),
            "recorded_from": at,
            "recorded_to": None,
        }
        return [*writes, Insert(models.ClaimKnown, [row])]
    open_ids = models.ClaimKnown.objects.filter(
        claim_id=claim_id, recorded_to__isnull=True
    ).values_list("id", flat=True)
    earlier = [r for r in eventstore.load(claim_id) if r.version < records[0].version]
    rows = [
        {**row, "recorded_from": at, "recorded_to": None}
        for row in known_rows([*earlier, *records])
    ]
    closes: list[RowWrite] = [
        Update(models.ClaimKnown, {"recorded_to": at}, {"id": row_id}) for row_id in open_ids
    ]
    return [*closes, Insert(models.ClaimKnown, rows)]


def _appends(steps: Sequence[Step]) -> list[list[Step]]:
    """Steps grouped by append (events recorded together share their recorded_at)."""
    out: list[list[Step]] = []
    for step in steps:
        if out and out[-1][-1].record.recorded_at == step.record.recorded_at:
            out[-1].append(step)
        else:
            out.append([step])
    return out


class Stretches:
    """One claim's rows in both times, built append by append (events recorded together) from
    its first event, as `row_writes` writes them: for a rebuild, which reads the log once, and
    for a new claim's first append."""

    __slots__ = ("_done", "_open", "_seen", "_since", "_state")

    def __init__(self) -> None:
        self._done: list[dict[str, Any]] = []
        self._open: list[dict[str, Any]] = []
        self._seen: list[RecordedEvent] = []
        self._state: ClaimState | None = None
        self._since: dt.datetime | None = None

    def add(self, steps: Sequence[Step], document: str | None = None) -> None:
        """One append's events (`document`: the JSON text of the last one's, when built)."""
        records = [step.record for step in steps]
        before, since = self._state, self._since
        state = steps[-1].state
        self._seen.extend(records)
        at = records[0].recorded_at
        start = occurred(records[0])
        last = next((row for row in self._open if row["known_to"] is None), None)
        if (
            before is not None
            and last is not None
            and since is not None
            and start >= since
            and all(occurred(r) == start for r in records)
        ):
            closing = [last]
            rows = []
            if start > since:
                ended = {name: last[name] for name in _STRETCH_FIELDS}
                rows.append({**ended, "known_to": start})
            if document is None:
                from claims.core import projections
                from claims.core.fastsql import dumps

                document = dumps(projections.claim_document(state, steps[-1].times))
            rows.append(_fields(state, self._seen[0].recorded_at, start, document))
        else:
            closing = list(self._open)
            whole = len(steps) == len(self._seen)  # the steps cover the stream so far
            rows = known_rows(self._seen, steps if whole else None, document)
        for row in closing:
            row["recorded_to"] = at
            self._done.append(row)
            self._open.remove(row)
        self._open += [{**row, "recorded_from": at, "recorded_to": None} for row in rows]
        latest = max(occurred(r) for r in records)
        self._since = latest if since is None else max(since, latest)
        self._state = state

    def take_done(self) -> list[dict[str, Any]]:
        """The rows no later append can change (closed in transaction time)."""
        done, self._done = self._done, []
        return done

    def rows(self) -> list[dict[str, Any]]:
        """Every row not yet taken."""
        return self._done + self._open


def rebuild(records: Iterator[RecordedEvent], *, progress: Any = None) -> int:
    """Drop every row and write each claim's again from the whole log; return claims.

    Each append of a claim is replayed as `row_writes` wrote it, so the rebuilt rows are the
    ones the incremental writers left, in transaction time too."""
    from claims.core import projections

    models.ClaimKnown.objects.all().delete()
    streams: dict[str, list[RecordedEvent]] = defaultdict(list)
    for record in records:
        if record.stream_type == "claim":
            streams[record.stream_id].append(record)
        if progress is not None:
            progress.update(1)
    store = eventstore.backend()
    pending: list[dict[str, Any]] = []
    for stream in streams.values():
        stretches = Stretches()
        state: ClaimState | None = None
        times = None
        steps: list[Step] = []
        for record in stream:
            state = claim_domain.evolve(state, record.event)
            times = projections.advance_times(times, record, state)
            steps.append(Step(record, state, times))
        for append in _appends(steps):
            stretches.add(append)
        pending += stretches.rows()
        if len(pending) >= 2000:
            store.insert_rows(models.ClaimKnown, pending)
            pending = []
    if pending:
        store.insert_rows(models.ClaimKnown, pending)
    return len(streams)
