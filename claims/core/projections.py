"""Projections: one function per event type, the only writers of the read models.

Every handler gets the event record and the aggregate state after it. Row contents come from the
shared `*_fields` functions, so the incremental path (one event at a time, inside the append's
transaction) and `rebuild_projections` (bulk, from the whole log) write identical rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models import Count, Q

from claims.core import fastsql, models
from claims.core.domain import citation as citation_domain
from claims.core.domain import claim as claim_domain
from claims.core.domain import events as e
from claims.core.domain import snapshots
from claims.core.domain import source as source_domain
from claims.core.domain.citation import CitationState
from claims.core.domain.claim import ClaimState
from claims.core.domain.source import SourceState
from claims.core.domain.values import Document, Quantity, decimal_str
from claims.core.eventstore import RecordedEvent

# --- Representations shared by both paths -------------------------------------------------------


# value_document and _iso run for every figure of every version (history rows, rebuilds,
# bulk imports), mostly on the same objects: states share unchanged figures. A small cache
# keyed by identity (checked, so a reused id never returns another object's entry).
_VALUE_DOCS: dict[int, tuple[Quantity, dict[str, Any]]] = {}
_ISO: dict[int, tuple[dt.datetime, str]] = {}
_CACHE_MAX = 20_000


def value_document(value: Quantity) -> dict[str, Any]:
    entry = _VALUE_DOCS.get(id(value))
    if entry is not None and entry[0] is value:
        return dict(entry[1])
    doc = _value_document(value)
    if len(_VALUE_DOCS) >= _CACHE_MAX:
        _VALUE_DOCS.clear()
    _VALUE_DOCS[id(value)] = (value, doc)
    return dict(doc)


def _value_document(value: Quantity) -> dict[str, Any]:
    lower, upper = value.lower, value.upper
    return {
        "amount": decimal_str(value.amount),
        "unit": value.unit,
        "qualifier": value.qualifier.value,
        "lower": decimal_str(lower.value) if lower else None,
        "lower_inclusive": lower.inclusive if lower else None,
        "upper": decimal_str(upper.value) if upper else None,
        "upper_inclusive": upper.inclusive if upper else None,
    }


def _document(doc: Document | None) -> dict[str, Any] | None:
    return doc.to_data() if doc is not None else None


def _iso(moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    entry = _ISO.get(id(moment))
    if entry is not None and entry[0] is moment:
        return entry[1]
    text = moment.isoformat().replace("+00:00", "Z")
    if len(_ISO) >= _CACHE_MAX:
        _ISO.clear()
    _ISO[id(moment)] = (moment, text)
    return text


@dataclass(frozen=True, slots=True)
class ClaimTimes:
    """When each part of a claim was recorded: derived from event records, not the state."""

    created_at: dt.datetime
    updated_at: dt.datetime
    occurred_at: dt.datetime | None
    position: int
    version_times: dict[int, dt.datetime]  # claim version -> recorded_at


def claim_document(state: ClaimState, times: ClaimTimes) -> dict[str, Any]:
    """Build the claim's API representation at this state."""
    vt = times.version_times
    return {
        "id": state.claim_id,
        "version": state.version,
        "status": state.status.value,
        "statement": state.statement,
        "subject": state.subject,
        "indicator": state.indicator,
        "value": value_document(state.value),
        "period": state.period.to_data() if state.period else None,
        "place": state.place,
        "attributed_to": state.attributed_to,
        "reported_in": _document(state.reported_in),
        "note": state.note,
        "assignee": state.assignee,
        "figures": [
            {
                "id": f.figure_id,
                "source": f.source,
                "value": value_document(f.value),
                "status": f.status.value,
                "is_primary": f.figure_id == claim_domain.PRIMARY_FIGURE,
                "reported_in": _document(f.reported_in),
                "reason": f.reason,
                "added_in_version": f.added_in_version,
                "added_at": _iso(vt.get(f.added_in_version)),
            }
            for f in state.figures
        ],
        "disputes": [
            {
                "id": d.dispute_id,
                "status": d.status.value,
                "reason": d.reason,
                "by": d.by,
                "counter_value": value_document(d.counter_value) if d.counter_value else None,
                "evidence": d.evidence,
                "resolution_reason": d.resolution_reason,
                "accepted_figure": d.accepted_figure,
                "opened_at": _iso(vt.get(d.opened_in_version)),
                "resolved_at": _iso(vt.get(d.resolved_in_version))
                if d.resolved_in_version
                else None,
            }
            for d in state.disputes
        ],
        "evidence": [
            {
                "id": ev.evidence_id,
                "url": ev.url,
                "title": ev.title,
                "kind": ev.kind,
                "note": ev.note,
            }
            for ev in state.evidence
        ],
        "open_disputes": len(state.open_disputes),
        "created_at": _iso(times.created_at),
        "updated_at": _iso(times.updated_at),
        "occurred_at": _iso(times.occurred_at),
        "last_position": times.position,
    }


def claim_fields(
    state: ClaimState, times: ClaimTimes, document: dict[str, Any] | str | None = None
) -> dict[str, Any]:
    """The claim row at this state (`document`: its representation when already built)."""
    return {
        "version": state.version,
        **claim_columns(state),
        "document": claim_document(state, times) if document is None else document,
        "snapshot": {
            "state": snapshots.claim_to_data(state),
            "version_times": {
                str(v): t.isoformat() for v, t in sorted(shown_times(state, times).items())
            },
        },
        "created_at": times.created_at,
        "updated_at": times.updated_at,
        "occurred_at": times.occurred_at,
        "last_position": times.position,
    }


def claim_columns(state: ClaimState) -> dict[str, Any]:
    """The claim row's columns that follow from the state alone (most of them indexed)."""
    period = state.period
    value = state.value
    return {
        "status": state.status.value,
        "statement": state.statement,
        "subject": state.subject,
        "indicator": state.indicator,
        "amount": value.amount,
        "unit": value.unit,
        "qualifier": value.qualifier.value,
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "place": state.place,
        "attributed_to_id": state.attributed_to,
        "assignee": state.assignee,
        "open_disputes": len(state.open_disputes),
        "n_figures": len(state.figures),
    }


# Set once, when the claim is reported: an UPDATE never needs to write them again.
_FIXED_CLAIM_COLUMNS = ("created_at", "occurred_at")


def changed_claim_fields(fields: dict[str, Any], before: ClaimState) -> dict[str, Any]:
    """The fields of an UPDATE of the claim row: those that differ from the row `before` wrote.

    Most commands change a few columns (version, document, snapshot, times); leaving the
    others out of the SET spares SQLite the rewrite of their index entries (status, subject,
    indicator, assignee, created_at each have one) and the pages that go with them.
    """
    old = claim_columns(before)
    out = {}
    for name, value in fields.items():
        if name in _FIXED_CLAIM_COLUMNS:
            continue
        if name in old:
            prior = old[name]
            if prior == value and type(prior) is type(value):
                continue
        out[name] = value
    return out


def versions_shown(state: ClaimState) -> set[int]:
    """Versions whose recorded time the claim's representation shows (and the current one)."""
    shown = {state.version}
    shown.update(f.added_in_version for f in state.figures)
    for d in state.disputes:
        shown.add(d.opened_in_version)
        if d.resolved_in_version:
            shown.add(d.resolved_in_version)
    return shown


def shown_times(state: ClaimState, times: ClaimTimes) -> dict[int, dt.datetime]:
    return {v: times.version_times[v] for v in versions_shown(state)}


def times_from_snapshot(row: Mapping[str, Any]) -> ClaimTimes:
    """Rebuild a claim's ClaimTimes from its read-model row (see `claim_fields`)."""
    version_times = {
        int(v): dt.datetime.fromisoformat(t) for v, t in row["snapshot"]["version_times"].items()
    }
    return ClaimTimes(
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        occurred_at=row["occurred_at"],
        position=row["last_position"],
        version_times=version_times,
    )


def times_from_records(records: Iterable[RecordedEvent]) -> ClaimTimes | None:
    """Derive a claim's ClaimTimes from its events (when no read-model row exists)."""
    times = None
    for rec in records:
        times = advance_times(times, rec)
    return times


def advance_times(times: ClaimTimes | None, rec: RecordedEvent) -> ClaimTimes:
    """The claim's times after one more event."""
    if times is None:
        return ClaimTimes(
            rec.recorded_at,
            rec.recorded_at,
            rec.occurred_at,
            rec.position,
            {rec.version: rec.recorded_at},
        )
    return ClaimTimes(
        times.created_at,
        rec.recorded_at,
        times.occurred_at,
        rec.position,
        {**times.version_times, rec.version: rec.recorded_at},
    )


def version_fields(
    state: ClaimState, times: ClaimTimes, document: dict[str, Any] | str
) -> dict[str, Any]:
    """The history row of this version (`document`: the dict, or its JSON from fastsql.dumps)."""
    return {
        "claim_id": state.claim_id,
        "version": state.version,
        "recorded_from": times.updated_at,
        "recorded_to": None,
        "position": times.position,
        "status": state.status.value,
        "subject": state.subject,
        "indicator": state.indicator,
        "attributed_to": state.attributed_to,
        "period_start": state.period.start if state.period else None,
        "period_end": state.period.end if state.period else None,
        "statement": state.statement,
        "open_disputes": len(state.open_disputes),
        "created_at": times.created_at,
        "document": document,
    }


def figure_fields(figure: claim_domain.Figure, times: ClaimTimes) -> dict[str, Any]:
    return {
        "figure_id": figure.figure_id,
        "source_id": figure.source,
        "amount": figure.value.amount,
        "unit": figure.value.unit,
        "qualifier": figure.value.qualifier.value,
        "status": figure.status.value,
        "is_primary": figure.figure_id == claim_domain.PRIMARY_FIGURE,
        "reported_in": _document(figure.reported_in),
        "reason": figure.reason,
        "added_in_version": figure.added_in_version,
        "added_at": times.version_times[figure.added_in_version],
    }


def dispute_fields(dispute: claim_domain.Dispute, times: ClaimTimes) -> dict[str, Any]:
    vt = times.version_times
    return {
        "dispute_id": dispute.dispute_id,
        "reason": dispute.reason,
        "by": dispute.by,
        "counter_value": dispute.counter_value.to_data() if dispute.counter_value else None,
        "evidence": dispute.evidence,
        "status": dispute.status.value,
        "resolution_reason": dispute.resolution_reason,
        "accepted_figure": dispute.accepted_figure,
        "opened_at": vt[dispute.opened_in_version],
        "resolved_at": vt.get(dispute.resolved_in_version) if dispute.resolved_in_version else None,
        "opened_in_version": dispute.opened_in_version,
        "resolved_in_version": dispute.resolved_in_version,
    }


def evidence_fields(evidence: claim_domain.Evidence, attached_at: dt.datetime) -> dict[str, Any]:
    return {
        "evidence_id": evidence.evidence_id,
        "url": evidence.url,
        "title": evidence.title,
        "kind": evidence.kind,
        "note": evidence.note,
        "attached_at": attached_at,
    }


def source_fields(
    state: SourceState, created_at: dt.datetime, record: RecordedEvent
) -> dict[str, Any]:
    return {
        "version": state.version,
        "name": state.name,
        "kind": state.kind,
        "url": state.url,
        "wikidata_id": state.wikidata_id,
        "created_at": created_at,
        "updated_at": record.recorded_at,
        "last_position": record.position,
    }


def citation_fields(
    state: CitationState, created: RecordedEvent, record: RecordedEvent
) -> dict[str, Any]:
    """The citation row at this state (`created`: its first event, `record`: its latest)."""
    return {
        "version": state.version,
        "claim_id": state.claim_id,
        "url": state.url,
        "url_digest": url_digest(state.url),
        "title": state.title,
        "published_at": dt.datetime.fromisoformat(state.published_at)
        if state.published_at
        else None,
        "cited_version": state.cited_version,
        "acknowledged_version": state.acknowledged_version,
        "basis_version": state.basis_version,
        "cited_by": str(created.metadata.get("actor") or "")[:150],
        "cited_position": created.position,
        "created_at": created.recorded_at,
        "updated_at": record.recorded_at,
        "last_position": record.position,
    }


def url_digest(url: str) -> str:
    """What a citation's URL is looked up by (claims_citation.url_digest)."""
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()


def row_stats(row: models.Source) -> dict[str, int]:
    """A source row's claim counters, by outcome (what reliability is scored from)."""
    return {
        "reported": row.claims_reported,
        "confirmed": row.claims_confirmed,
        "corrected": row.claims_corrected,
        "refuted": row.claims_refuted,
        "retracted": row.claims_retracted,
        "disputed": row.claims_disputed,
    }


STAT_FIELDS = {
    "claims_confirmed": "confirmed",
    "claims_corrected": "corrected",
    "claims_refuted": "refuted",
    "claims_retracted": "retracted",
    "claims_disputed": "disputed",
}


def source_stats(source_ids: Iterable[str]) -> dict[str, dict[str, int]]:
    """Count claims per status for each source, from the claims read model."""
    counts = {
        "claims_reported": Count("id"),
        **{name: Count("id", filter=Q(status=status)) for name, status in STAT_FIELDS.items()},
    }
    rows = (
        models.Claim.objects.filter(attributed_to_id__in=list(source_ids))
        .values("attributed_to_id")
        .annotate(**counts)
    )
    return {
        str(row["attributed_to_id"]): {
            k: int(str(v)) for k, v in row.items() if k != "attributed_to_id"
        }
        for row in rows
    }


def refresh_source_stats(source_ids: Iterable[str]) -> None:
    ids = set(source_ids)
    stats = source_stats(ids)
    zero = dict.fromkeys(("claims_reported", *STAT_FIELDS), 0)
    for source_id in ids:
        models.Source.objects.filter(pk=source_id).update(**stats.get(source_id, zero))


# --- Incremental handlers -----------------------------------------------------------------------


_STAT_COLUMN = {status: name for name, status in STAT_FIELDS.items()}


def _count_status_change(source_id: str, before: ClaimState | None, after: ClaimState) -> None:
    """Move the source's claim counts by one claim's change: what `source_stats` would count.

    One UPDATE of counters instead of recounting the source's claims (which grows with them);
    rebuild recounts, and the incremental == rebuild test compares the two.
    """
    changes: dict[str, int] = {}
    if before is None:
        changes["claims_reported"] = 1
    elif (old := _STAT_COLUMN.get(before.status.value)) is not None:
        changes[old] = changes.get(old, 0) - 1
    if (new := _STAT_COLUMN.get(after.status.value)) is not None:
        changes[new] = changes.get(new, 0) + 1
    changes = {column: delta for column, delta in changes.items() if delta}
    if not changes:
        return
    sets = ", ".join(f"{column} = {column} + %s" for column in changes)
    fastsql.execute(
        f"UPDATE claims_source SET {sets} WHERE id = %s",  # noqa: S608 (fixed column names)
        [*changes.values(), source_id],
    )


_STATEMENTS: dict[tuple[Any, ...], Any] = {}


def _insert(model: type[Any], values: dict[str, Any]) -> None:
    """INSERT one row given as field values (raw cursor, the ORM's stored values)."""
    key = ("insert", connection.vendor, model, tuple(values))
    writer = _STATEMENTS.get(key)
    if writer is None:
        writer = _STATEMENTS[key] = fastsql.Writer(model, list(values))
    fastsql.execute(writer.insert_sql, writer.row(values))


def update_row(model: type[Any], values: dict[str, Any], where: dict[str, Any]) -> None:
    """UPDATE … SET values WHERE where (equalities), raw cursor."""
    key = ("update", connection.vendor, model, tuple(values), tuple(where))
    statement = _STATEMENTS.get(key)
    if statement is None:
        statement = _STATEMENTS[key] = fastsql.updater(model, list(values), list(where))
    sql, convert, _names = statement
    params = [conv(v) for conv, v in zip(convert, [*values.values(), *where.values()], strict=True)]
    fastsql.execute(sql, params)


@dataclass(frozen=True, slots=True)
class Change:
    """What a handler needs: the event record, the state before and after it, and its times."""

    record: RecordedEvent
    before: Any
    after: Any
    times: ClaimTimes | None = None  # claim streams: the claim's times after this event


def _save_claim(change: Change) -> ClaimTimes:
    after: ClaimState = change.after
    times = change.times
    assert times is not None
    fields = claim_fields(after, times)
    if citation_domain.is_material(change.before, after):
        fields["material_version"] = after.version
    # The hot path: raw statements with per-column conversions (claims.core.fastsql) write what the
    # ORM would; the document is serialised once for the claim and its history row.
    fields["document"] = fastsql.dumps(fields["document"])
    if change.before is None:
        _insert(models.Claim, {"id": after.claim_id, **fields})
    else:
        update_row(
            models.Claim, changed_claim_fields(fields, change.before), {"id": after.claim_id}
        )
        update_row(
            models.ClaimVersion,
            {"recorded_to": change.record.recorded_at},
            {"claim_id": after.claim_id, "version": after.version - 1},
        )
    _insert(models.ClaimVersion, version_fields(after, times, fields["document"]))
    before: ClaimState | None = change.before
    if before is None or before.status != after.status:
        _count_status_change(after.attributed_to, before, after)
    return times


def _save_figures(change: Change, times: ClaimTimes) -> None:
    before: ClaimState | None = change.before
    after: ClaimState = change.after
    old = {f.figure_id: f for f in before.figures} if before else {}
    for figure in after.figures:
        previous = old.get(figure.figure_id)
        if previous == figure:
            continue
        fields = figure_fields(figure, times)
        if previous is None:
            _insert(models.Figure, {"claim_id": after.claim_id, **fields})
        else:
            update_row(
                models.Figure, fields, {"claim_id": after.claim_id, "figure_id": figure.figure_id}
            )


def _save_disputes(
    before: ClaimState | None, after: ClaimState, times: ClaimTimes, dispute_ids: Iterable[str]
) -> None:
    # Whether the row exists follows from the state before the event (rows mirror the state),
    # so no statement depends on a row count (PostgreSQL pipeline mode, services._execute).
    for dispute_id in dispute_ids:
        dispute = after.dispute(dispute_id)
        if dispute is None:
            continue
        fields = dispute_fields(dispute, times)
        if before is not None and before.dispute(dispute_id) is not None:
            update_row(
                models.Dispute, fields, {"claim_id": after.claim_id, "dispute_id": dispute_id}
            )
        else:
            _insert(models.Dispute, {"claim_id": after.claim_id, **fields})


def on_claim_reported(change: Change) -> None:
    _save_figures(change, _save_claim(change))


def on_figure_added(change: Change) -> None:
    times = _save_claim(change)
    _save_figures(change, times)


def on_claim_disputed(change: Change) -> None:
    event: e.ClaimDisputed = change.record.event  # type: ignore[assignment]
    times = _save_claim(change)
    _save_figures(change, times)
    _save_disputes(change.before, change.after, times, [event.dispute_id])


def on_dispute_resolved(change: Change) -> None:
    event: e.DisputeResolved = change.record.event  # type: ignore[assignment]
    times = _save_claim(change)
    _save_figures(change, times)
    _save_disputes(change.before, change.after, times, [event.dispute_id])


def on_claim_confirmed(change: Change) -> None:
    times = _save_claim(change)
    _save_figures(change, times)


def on_claim_corrected(change: Change) -> None:
    times = _save_claim(change)
    _save_figures(change, times)


def on_claim_refuted(change: Change) -> None:
    _save_claim(change)


def on_claim_retracted(change: Change) -> None:
    _save_claim(change)


def on_evidence_attached(change: Change) -> None:
    event: e.EvidenceAttached = change.record.event  # type: ignore[assignment]
    _save_claim(change)
    evidence = next(ev for ev in change.after.evidence if ev.evidence_id == event.evidence_id)
    _insert(
        models.Evidence,
        {"claim_id": change.after.claim_id, **evidence_fields(evidence, change.record.recorded_at)},
    )


def on_review_assigned(change: Change) -> None:
    _save_claim(change)


def on_note_added(change: Change) -> None:
    _save_claim(change)


def on_source_registered(change: Change) -> None:
    rec = change.record
    models.Source.objects.create(
        id=change.after.source_id, **source_fields(change.after, rec.recorded_at, rec)
    )


def on_source_updated(change: Change) -> None:
    rec = change.record
    row = models.Source.objects.get(pk=change.after.source_id)
    models.Source.objects.filter(pk=row.pk).update(
        **source_fields(change.after, row.created_at, rec)
    )


def on_claim_cited(change: Change) -> None:
    _insert(
        models.Citation,
        {
            "id": change.after.citation_id,
            **citation_fields(change.after, change.record, change.record),
        },
    )


def on_citation_acknowledged(change: Change) -> None:
    state: CitationState = change.after
    fields = citation_fields(state, change.record, change.record)
    for fixed in ("cited_by", "cited_position", "created_at"):  # from its first event
        del fields[fixed]
    update_row(models.Citation, fields, {"id": state.citation_id})


EVENT_HANDLERS: dict[type[e.Event], Callable[[Change], None]] = {
    e.ClaimReported: on_claim_reported,
    e.FigureAdded: on_figure_added,
    e.ClaimDisputed: on_claim_disputed,
    e.DisputeResolved: on_dispute_resolved,
    e.ClaimConfirmed: on_claim_confirmed,
    e.ClaimCorrected: on_claim_corrected,
    e.ClaimRefuted: on_claim_refuted,
    e.ClaimRetracted: on_claim_retracted,
    e.EvidenceAttached: on_evidence_attached,
    e.ReviewAssigned: on_review_assigned,
    e.NoteAdded: on_note_added,
    e.SourceRegistered: on_source_registered,
    e.SourceUpdated: on_source_updated,
    e.ClaimCited: on_claim_cited,
    e.CitationAcknowledged: on_citation_acknowledged,
}

EVOLVE: dict[str, Callable[[Any, e.Event], Any]] = {
    "claim": claim_domain.evolve,
    "source": source_domain.evolve,
    "citation": citation_domain.evolve,
}


def project(
    records: Iterable[RecordedEvent], state: Any, times: ClaimTimes | None = None
) -> tuple[Any, ClaimTimes | None]:
    """Apply freshly appended records to the read models, from the state (and times) before them.

    Return the state and the claim times after the records.
    """
    for record in records:
        event = record.event
        after = EVOLVE[record.stream_type](state, event)
        if record.stream_type == "claim":
            times = advance_times(times, record)
        EVENT_HANDLERS[type(event)](Change(record, state, after, times))
        state = after
    return state, times


# --- Rebuild --------------------------------------------------------------------------------------

READ_MODELS: tuple[type[Any], ...] = (
    models.Citation,
    models.ClaimVersion,
    models.Evidence,
    models.Dispute,
    models.Figure,
    models.Claim,
    models.Source,
)


@dataclass
class _ClaimFold:
    state: ClaimState
    created_at: dt.datetime
    occurred_at: dt.datetime | None
    version_times: dict[int, dt.datetime]
    evidence_times: dict[str, dt.datetime]
    last_version: dict[str, Any] | None = None  # its history row (recorded_to still open)
    position: int = 0
    material_version: int = 1


def bulk_insert(model: type[Any], rows: list[dict[str, Any]]) -> None:
    """Insert rows given as field values in one go (executemany; COPY on PostgreSQL).

    Fields left out get the model's defaults; the values stored are the ORM's (claims.core.fastsql).
    """
    if not rows:
        return
    given = set(rows[0])
    defaults = {
        f.attname: f.get_default()
        for f in model._meta.concrete_fields
        if f.attname not in given and f.name not in given and f.has_default()
    }
    if defaults:
        rows = [{**defaults, **row} for row in rows]
    fastsql.Writer(model, list(rows[0])).copy(rows)


def rebuild(records: Iterator[RecordedEvent], *, batch: int = 2000, progress: Any = None) -> int:
    """Drop every read model and fold the whole log into fresh rows; return events applied."""
    for model in READ_MODELS:
        model.objects.all().delete()
    claims: dict[str, _ClaimFold] = {}
    sources: dict[str, tuple[SourceState, dt.datetime, RecordedEvent]] = {}
    citations: dict[str, tuple[CitationState, RecordedEvent, RecordedEvent]] = {}
    pending_versions: list[dict[str, Any]] = []
    flush_at = batch
    count = 0
    for record in records:
        count += 1
        event = record.event
        if record.stream_type == "source":
            prior = sources.get(record.stream_id)
            state = source_domain.evolve(prior[0] if prior else None, event)
            sources[record.stream_id] = (state, prior[1] if prior else record.recorded_at, record)
        elif record.stream_type == "citation":
            cited = citations.get(record.stream_id)
            cstate = citation_domain.evolve(cited[0] if cited else None, event)
            citations[record.stream_id] = (cstate, cited[1] if cited else record, record)
        else:
            fold = claims.get(record.stream_id)
            new_state = claim_domain.evolve(fold.state if fold else None, event)
            if fold is None:
                fold = _ClaimFold(new_state, record.recorded_at, record.occurred_at, {}, {})
                claims[record.stream_id] = fold
            if fold.state is not new_state and citation_domain.is_material(fold.state, new_state):
                fold.material_version = new_state.version
            fold.state = new_state
            fold.version_times[new_state.version] = record.recorded_at
            fold.position = record.position
            if isinstance(event, e.EvidenceAttached):
                fold.evidence_times[event.evidence_id] = record.recorded_at
            times = _fold_times(fold)
            if fold.last_version is not None:
                fold.last_version["recorded_to"] = record.recorded_at
            row = version_fields(new_state, times, fastsql.dumps(claim_document(new_state, times)))
            fold.last_version = row
            pending_versions.append(row)
            if len(pending_versions) >= flush_at:
                # Rows that may still get a recorded_to are flushed later, with their successor.
                _flush_versions(claims, pending_versions, final=False)
                flush_at = len(pending_versions) + batch
        if progress is not None:
            progress.update(1)
    _flush_versions(claims, pending_versions, final=True)
    bulk_insert(
        models.Source,
        [
            {"id": source_id, **source_fields(state, created_at, rec)}
            for source_id, (state, created_at, rec) in sources.items()
        ],
    )
    claim_rows, figure_rows, dispute_rows, evidence_rows = [], [], [], []
    for fold in claims.values():
        times = _fold_times(fold)
        st = fold.state
        # The newest history row holds the same document, already dumped.
        last = fold.last_version
        fields = claim_fields(st, times, last["document"] if last is not None else None)
        claim_rows.append({"id": st.claim_id, **fields, "material_version": fold.material_version})
        figure_rows += [{"claim_id": st.claim_id, **figure_fields(f, times)} for f in st.figures]
        dispute_rows += [{"claim_id": st.claim_id, **dispute_fields(d, times)} for d in st.disputes]
        evidence_rows += [
            {
                "claim_id": st.claim_id,
                **evidence_fields(ev, fold.evidence_times[ev.evidence_id]),
            }
            for ev in st.evidence
        ]
    bulk_insert(models.Claim, claim_rows)
    bulk_insert(models.Figure, figure_rows)
    bulk_insert(models.Dispute, dispute_rows)
    bulk_insert(models.Evidence, evidence_rows)
    bulk_insert(
        models.Citation,
        [
            {"id": cid, **citation_fields(state, created, last)}
            for cid, (state, created, last) in citations.items()
        ],
    )
    stats = source_stats(sources)
    zero = dict.fromkeys(("claims_reported", *STAT_FIELDS), 0)
    for source_id in sources:
        models.Source.objects.filter(pk=source_id).update(**stats.get(source_id, zero))
    return count


def _fold_times(fold: _ClaimFold) -> ClaimTimes:
    return ClaimTimes(
        fold.created_at,
        fold.version_times[fold.state.version],
        fold.occurred_at,
        fold.position,
        fold.version_times,
    )


def _flush_versions(
    claims: dict[str, _ClaimFold], pending: list[dict[str, Any]], *, final: bool
) -> None:
    if final:
        bulk_insert(models.ClaimVersion, pending)
        pending.clear()
        return
    # Keep each claim's newest version back: its recorded_to may still change.
    newest = {id(fold.last_version) for fold in claims.values() if fold.last_version is not None}
    ready = [row for row in pending if id(row) not in newest]
    keep = [row for row in pending if id(row) in newest]
    bulk_insert(models.ClaimVersion, ready)
    pending[:] = keep
