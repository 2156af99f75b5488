"""The read models' one writer: what rows a claim, source or citation state produces, and
`Projection`, which turns a run of events into row writes.

The same `Projection` serves three drivers, so they cannot disagree:
- inline: a command's records, inside the append's transaction (`services`, via
  `eventstore.append(project=...)`);
- batch: an import's records for many streams (`bulk`, via `eventstore.append_many`);
- rebuild: the whole log, streamed, history rows written as they become final (`rebuild`).

A run starts from the read models' state of each stream it continues (`seed_claim`) and ends
with `writes()`: claim rows inserted or updated (only the columns that changed), figures and
disputes that changed, evidence attached, one history row per version, the source counters moved
by the claims' status changes, citation rows inserted or updated. A claim row also keeps its
`material_version`, the last version that changed it materially
(`claims.core.domain.citation.is_material`), so whether a citation is stale is one join.

History rows (`ClaimVersion`): one per claim version, valid in transaction time
[recorded_from, recorded_to). A version superseded in the same append (same recorded_at: appends
take strictly increasing times) is valid for no moment, so its row keeps the columns and no
document; every other row holds the claim's document as of that version, so an as-of read is
one indexed lookup (`document_as_of`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import connection

from claims.core import eventstore, models, validtime
from claims.core.domain import citation as citation_domain
from claims.core.domain import claim as claim_domain
from claims.core.domain import snapshots
from claims.core.domain import source as source_domain
from claims.core.domain.citation import CitationState
from claims.core.domain.claim import ClaimState, Evidence
from claims.core.domain.source import SourceState
from claims.core.domain.values import DEFAULT_HEDGE_BAND_PCT, Document, Quantity, decimal_str
from claims.core.eventstore import (
    Increment,
    Insert,
    RecordedEvent,
    RowWrite,
    Update,
)
from claims.core.fastsql import dumps

# --- Representations ------------------------------------------------------------------------------


def hedge_band_pct() -> Decimal:
    """The deployment's hedge band in percent (CLAIMS_HEDGE_BAND_PCT): the interval a claim's
    document shows for each hedged figure (an indicator may use its own band)."""
    return Decimal(getattr(settings, "CLAIMS_HEDGE_BAND_PCT", DEFAULT_HEDGE_BAND_PCT))


def value_document(value: Quantity) -> dict[str, Any]:
    interval = value.interval(hedge_band_pct())
    lower, upper = interval.lower, interval.upper
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
    return moment.isoformat().replace("+00:00", "Z") if moment is not None else None


@dataclass(frozen=True, slots=True)
class ClaimTimes:
    """When each part of a claim was recorded: derived from event records, not the state."""

    created_at: dt.datetime
    updated_at: dt.datetime
    occurred_at: dt.datetime | None
    position: int
    version_times: dict[int, dt.datetime]  # claim version -> recorded_at (the versions shown)
    # The latest valid time among its events (occurred_at, else recorded_at): where the claim's
    # last stretch of valid time begins (claims.core.validtime). None when not known.
    known_since: dt.datetime | None = None


def claim_document(state: ClaimState, times: ClaimTimes) -> dict[str, Any]:
    """The claim's API representation at this state."""
    vt = times.version_times
    return {
        "id": state.claim_id,
        "version": state.version,
        "status": state.status.value,
        "statement": state.statement,
        "subject": state.subject,
        "indicator": state.indicator,
        "value": value_document(state.value) if state.value is not None else None,
        "period": state.period.to_data() if state.period else None,
        "place": state.place,
        "attributed_to": state.attributed_to,
        "said_by": state.said_by,
        "relayed_by": list(state.relayed_by),
        "reported_in": _document(state.reported_in),
        "language": state.language,
        "note": state.note,
        "assignee": state.assignee,
        "figures": [
            {
                "id": f.figure_id,
                "source": f.source,
                "value": value_document(f.value),
                "status": f.status.value,
                "is_primary": f.figure_id == claim_domain.PRIMARY_FIGURE,
                "said_by": f.said_by,
                "relayed_by": list(f.relayed_by),
                "reported_in": _document(f.reported_in),
                "period": f.period.to_data() if f.period else None,
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
                "given_with": ev.given_with,
                "added_in_version": ev.added_in_version,
                "added_at": _iso(vt.get(ev.added_in_version)),
            }
            for ev in state.evidence
        ],
        "open_disputes": len(state.open_disputes),
        "created_at": _iso(times.created_at),
        "updated_at": _iso(times.updated_at),
        "occurred_at": _iso(times.occurred_at),
        "last_position": times.position,
    }


def claim_snapshot(state: ClaimState, times: ClaimTimes) -> dict[str, Any]:
    """What a command needs to go on from this version without replaying the stream."""
    snapshot: dict[str, Any] = {
        "state": snapshots.claim_to_data(state),
        "version_times": {str(v): t.isoformat() for v, t in sorted(times.version_times.items())},
    }
    if times.known_since is not None:
        snapshot["known_since"] = times.known_since.isoformat()
    return snapshot


def claim_fields(
    state: ClaimState, times: ClaimTimes, document: dict[str, Any] | str | None = None
) -> dict[str, Any]:
    """The claim row at this state (`document`: its representation when already built)."""
    return {
        "version": state.version,
        **claim_columns(state),
        "document": claim_document(state, times) if document is None else document,
        "snapshot": claim_snapshot(state, times),
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
        "record_status": state.record_status.value,
        "statement": state.statement,
        "subject": state.subject,
        "indicator": state.indicator,
        # None for a proposition, which has no figure.
        "amount": value.amount if value is not None else None,
        "unit": value.unit if value is not None else None,
        "qualifier": value.qualifier.value if value is not None else None,
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
    shown.update(ev.added_in_version for ev in state.evidence)
    for d in state.disputes:
        shown.add(d.opened_in_version)
        if d.resolved_in_version:
            shown.add(d.resolved_in_version)
    return shown


def times_from_snapshot(row: Mapping[str, Any]) -> ClaimTimes:
    """A claim's ClaimTimes from its read-model row (see `claim_fields`)."""
    version_times = {
        int(v): dt.datetime.fromisoformat(t) for v, t in row["snapshot"]["version_times"].items()
    }
    known_since = row["snapshot"].get("known_since")
    return ClaimTimes(
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        occurred_at=row["occurred_at"],
        position=row["last_position"],
        version_times=version_times,
        known_since=dt.datetime.fromisoformat(known_since) if known_since else None,
    )


def advance_times(
    times: ClaimTimes | None, rec: RecordedEvent, state: ClaimState | None = None
) -> ClaimTimes:
    """The claim's times after one more event (`state`: the claim after it, to keep only the
    versions its representation shows)."""
    valid = rec.occurred_at or rec.recorded_at
    if times is None:
        return ClaimTimes(
            rec.recorded_at,
            rec.recorded_at,
            rec.occurred_at,
            rec.position,
            {rec.version: rec.recorded_at},
            valid,
        )
    since = times.known_since
    since = None if since is None else max(since, valid)
    prior = times.version_times
    if state is None:
        version_times = {**prior, rec.version: rec.recorded_at}
    else:
        version_times = {v: prior[v] for v in versions_shown(state) if v in prior}
        version_times[rec.version] = rec.recorded_at
    return ClaimTimes(
        times.created_at, rec.recorded_at, times.occurred_at, rec.position, version_times, since
    )


def times_from_records(records: Iterable[RecordedEvent]) -> ClaimTimes | None:
    """A claim's ClaimTimes from its events (when no read-model row exists)."""
    times = None
    for rec in records:
        times = advance_times(times, rec)
    return times


def version_fields(
    state: ClaimState, times: ClaimTimes, document: dict[str, Any] | str | None
) -> dict[str, Any]:
    """The history row of this version (`document`: None for a version valid at no moment)."""
    period = state.period
    value = state.value
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
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "statement": state.statement,
        "place": state.place,
        # None for a proposition, which has no figure.
        "amount": value.amount if value is not None else None,
        "unit": value.unit if value is not None else None,
        "qualifier": value.qualifier.value if value is not None else None,
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
        "period_start": figure.period.start if figure.period else None,
        "period_end": figure.period.end if figure.period else None,
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


def evidence_fields(evidence: Evidence, attached_at: dt.datetime) -> dict[str, Any]:
    return {
        "evidence_id": evidence.evidence_id,
        "url": evidence.url,
        "title": evidence.title,
        "kind": evidence.kind,
        "note": evidence.note,
        "given_with": evidence.given_with or "",
        "attached_at": attached_at,
    }


def search_text(*names: str) -> str:
    """Names as a search compares them, one a line: blanks collapsed, decomposed, accents
    dropped, case folded ('Ministerio  Público' → 'ministerio publico'). A query is folded the
    same way, so it holds no line break and never matches across two names."""
    decomposed = unicodedata.normalize("NFKD", "\n".join(" ".join(n.split()) for n in names))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def source_fields(state: SourceState, record: RecordedEvent) -> dict[str, Any]:
    """The source row's columns that follow from its state (counters and created_at apart)."""
    return {
        "version": state.version,
        "name": state.name,
        "kind": state.kind,
        "url": state.url,
        "wikidata_id": state.wikidata_id,
        "aliases": "\n".join(state.aliases),  # one a line: selectors.aliases_in reads them
        "search": search_text(state.name, *state.aliases),
        "updated_at": record.recorded_at,
        "last_position": record.position,
    }


def citation_fields(
    state: CitationState, created: RecordedEvent, record: RecordedEvent
) -> dict[str, Any]:
    """The citation row at this state (`created`: its first event, `record`: its latest)."""
    return {
        **citation_columns(state, record),
        "cited_by": str(created.metadata.get("actor") or "")[:150],
        "cited_position": created.position,
        "created_at": created.recorded_at,
    }


def citation_columns(state: CitationState, record: RecordedEvent) -> dict[str, Any]:
    """The citation row's columns that its later events may change."""
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
        "updated_at": record.recorded_at,
        "last_position": record.position,
    }


def url_digest(url: str) -> str:
    """What a citation's URL is looked up by (claims_citation.url_digest)."""
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()


# A source's counters: the column, and its key in the source's stats. The claims attributed to
# it count by what they count as on its record (`ClaimState.record_status`: the status, but a
# claim whose report was corrected stays `corrected` unless refuted or retracted; `reported`:
# every one); the figures it gave besides its own claims' and
# the disputes it raised count by outcome. What reliability is scored from.
COUNTERS: dict[str, str] = {
    "claims_reported": "reported",
    "claims_confirmed": "confirmed",
    "claims_corrected": "corrected",
    "claims_refuted": "refuted",
    "claims_retracted": "retracted",
    "claims_disputed": "disputed",
    "figures_accepted": "figures_accepted",
    "figures_superseded": "figures_superseded",
    "disputes_upheld": "disputes_upheld",
    "disputes_rejected": "disputes_rejected",
}
_CLAIM_STATUS_COUNTERS = {
    status: f"claims_{status}"
    for status in ("confirmed", "corrected", "refuted", "retracted", "disputed")
}
# A figure of a claim by its current status (not the claim's own: that is the claim's status).
FIGURE_COUNTERS = {
    claim_domain.FigureStatus.CONFIRMED: "figures_accepted",
    claim_domain.FigureStatus.SUPERSEDED: "figures_superseded",
}
# A dispute by its resolution (open and superseded disputes carry no verdict on the challenger).
DISPUTE_COUNTERS = {
    claim_domain.DisputeStatus.UPHELD: "disputes_upheld",
    claim_domain.DisputeStatus.REJECTED: "disputes_rejected",
}


def row_stats(row: models.Source) -> dict[str, int]:
    """A source row's counters by stats key (what reliability is scored from)."""
    return {key: int(getattr(row, column)) for column, key in COUNTERS.items()}


def _claim_counts(state: ClaimState) -> list[tuple[str, str]]:
    if state.attributed_to is None:
        return []
    found = [(state.attributed_to, "claims_reported")]
    # By what the claim counts as (a corrected report stays corrected once confirmed).
    status = _CLAIM_STATUS_COUNTERS.get(state.record_status.value)
    if status is not None:
        found.append((state.attributed_to, status))
    return found


def _figure_counts(state: ClaimState) -> list[tuple[str, str]]:
    found = []
    for figure in state.figures:
        column = FIGURE_COUNTERS.get(figure.status)
        if column is not None and figure.figure_id != claim_domain.PRIMARY_FIGURE:
            found.append((figure.source, column))
    return found


def _dispute_counts(state: ClaimState) -> list[tuple[str, str]]:
    found = []
    for dispute in state.disputes:
        column = DISPUTE_COUNTERS.get(dispute.status)
        if column is not None and dispute.by:
            found.append((dispute.by, column))
    return found


def record_counts(state: ClaimState | None) -> list[tuple[str, str]]:
    """(source, counter column) for each count this claim adds to a source's record."""
    if state is None:
        return []
    return _claim_counts(state) + _figure_counts(state) + _dispute_counts(state)


# --- The writer -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _ClaimRun:
    """One claim in a run: where the read models had it, where it is now, its new rows."""

    before: ClaimState | None
    state: ClaimState | None = None
    times: ClaimTimes | None = None
    history: list[dict[str, Any]] = field(default_factory=list)  # this run's versions, in order
    attached: list[tuple[Evidence, dt.datetime]] = field(default_factory=list)
    times_before: ClaimTimes | None = None
    steps: list[validtime.Step] = field(default_factory=list)  # for the valid-time rows
    # A rebuild's claim: its valid-time rows, built append by append as the log is read.
    stretches: validtime.Stretches | None = None
    material_version: int | None = None  # the last material change in this run, if any


@dataclass(slots=True)
class _SourceRun:
    registered: bool  # in this run (its row is inserted) or before (its row is updated)
    state: SourceState | None = None
    created_at: dt.datetime | None = None
    record: RecordedEvent | None = None


@dataclass(slots=True)
class _CitationRun:
    state: CitationState
    created: RecordedEvent | None  # its first event, when in this run (its row is inserted)
    record: RecordedEvent  # its latest


class Projection:
    """The read-model rows a run of events produces (see the module docstring)."""

    def __init__(self, *, streamed: bool = False) -> None:
        self._claims: dict[str, _ClaimRun] = {}
        self._sources: dict[str, _SourceRun] = {}
        self._citations: dict[str, _CitationRun] = {}
        self._counters: dict[str, dict[str, int]] = {}
        # streamed (a rebuild): every claim starts from nothing, and the rows that can no
        # longer change are taken as the run goes (`take_final`).
        self._streamed = streamed

    def seed_claim(self, state: ClaimState, times: ClaimTimes) -> None:
        """A claim the read models hold at this state: the run continues it."""
        self._claims[state.claim_id] = _ClaimRun(
            before=state, state=state, times=times, times_before=times
        )

    def state(self, stream_id: str) -> Any:
        """A stream's state after the events applied so far (None if it has none)."""
        run = self._claims.get(stream_id)
        if run is not None:
            return run.state
        source = self._sources.get(stream_id)
        if source is not None:
            return source.state
        cited = self._citations.get(stream_id)
        return cited.state if cited is not None else None

    def times(self, claim_id: str) -> ClaimTimes | None:
        run = self._claims.get(claim_id)
        return run.times if run is not None else None

    def apply(self, record: RecordedEvent, after: Any = None) -> Any:
        """Fold one event in (`after`: the stream's state after it, when the caller has it, so
        the event need not be decoded and evolved again); return the state after it."""
        if record.stream_type == "source":
            return self._apply_source(record, after)
        if record.stream_type == "citation":
            return self._apply_citation(record, after)
        run = self._claims.get(record.stream_id)
        if run is None:
            run = self._claims[record.stream_id] = _ClaimRun(before=None)
        before = run.state
        state: ClaimState = (
            after if after is not None else claim_domain.evolve(before, record.event)
        )
        if before is not None and len(state.evidence) > len(before.evidence):
            run.attached += [
                (ev, record.recorded_at) for ev in state.evidence[len(before.evidence) :]
            ]
        history = run.history
        if history:
            previous = history[-1]
            previous["recorded_to"] = record.recorded_at
            # The version before stays valid for some moment only if this one came later
            # (it ends an append: a rebuild's valid-time rows take that append now).
            if previous["recorded_from"] != record.recorded_at:
                assert run.times is not None
                assert before is not None
                previous["document"] = dumps(claim_document(before, run.times))
                if run.stretches is not None:
                    run.stretches.add(run.steps, previous["document"])
                    run.steps = []
        if citation_domain.is_material(before, state):
            run.material_version = state.version
        times = advance_times(run.times, record, state)
        history.append(version_fields(state, times, None))
        run.state, run.times = state, times
        if self._streamed and run.stretches is None:
            run.stretches = validtime.Stretches()
        run.steps.append(validtime.Step(record, state, times))
        return state

    def _apply_source(self, record: RecordedEvent, after: SourceState | None) -> SourceState:
        run = self._sources.get(record.stream_id)
        if run is None:
            run = self._sources[record.stream_id] = _SourceRun(registered=record.version == 1)
        state: SourceState = (
            after if after is not None else source_domain.evolve(run.state, record.event)
        )
        if record.version == 1:
            run.created_at = record.recorded_at
        run.state, run.record = state, record
        return state

    def _apply_citation(self, record: RecordedEvent, after: CitationState | None) -> CitationState:
        run = self._citations.get(record.stream_id)
        state: CitationState = (
            after
            if after is not None
            else citation_domain.evolve(run.state if run else None, record.event)
        )
        if run is None:
            created = record if record.version == 1 else None
            self._citations[record.stream_id] = _CitationRun(state, created, record)
        else:
            run.state, run.record = state, record
        return state

    def take_final(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """History rows and valid-time rows that can no longer change (all but each claim's
        newest history row; the valid-time rows closed in transaction time), for a driver that
        writes them as it goes (rebuild)."""
        history: list[dict[str, Any]] = []
        known: list[dict[str, Any]] = []
        for run in self._claims.values():
            if len(run.history) > 1:
                history += run.history[:-1]
                del run.history[:-1]
            if run.stretches is not None:
                known += run.stretches.take_done()
        return history, known

    def writes(self) -> list[RowWrite]:
        """Every row write of the run, in an order the database accepts; the run is then over."""
        claims_new: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        figures_new: list[dict[str, Any]] = []
        disputes_new: list[dict[str, Any]] = []
        evidence_new: list[dict[str, Any]] = []
        updates: list[RowWrite] = []
        valid_time: list[RowWrite] = []
        for run in self._claims.values():
            if not run.history:
                continue  # seeded, no event
            state, times = run.state, run.times
            assert state is not None
            assert times is not None
            claim_id = state.claim_id
            doc = dumps(claim_document(state, times))
            run.history[-1]["document"] = doc
            history += run.history
            fields = claim_fields(state, times, doc)
            fields["snapshot"] = dumps(fields["snapshot"])
            if run.material_version is not None:
                fields["material_version"] = run.material_version
            before = run.before
            if before is None:
                claims_new.append({"id": claim_id, **fields})
            else:
                updates.append(
                    Update(models.Claim, changed_claim_fields(fields, before), {"id": claim_id})
                )
                updates.append(
                    Update(
                        models.ClaimVersion,
                        {"recorded_to": run.history[0]["recorded_from"]},
                        {"claim_id": claim_id, "version": before.version},
                    )
                )
            old_figures = {f.figure_id: f for f in before.figures} if before else {}
            for figure in state.figures:
                prior = old_figures.get(figure.figure_id)
                if prior is None:
                    figures_new.append({"claim_id": claim_id, **figure_fields(figure, times)})
                elif prior != figure:
                    key = {"claim_id": claim_id, "figure_id": figure.figure_id}
                    updates.append(Update(models.Figure, figure_fields(figure, times), key))
            old_disputes = {d.dispute_id: d for d in before.disputes} if before else {}
            for dispute in state.disputes:
                prior_dispute = old_disputes.get(dispute.dispute_id)
                if prior_dispute is None:
                    disputes_new.append({"claim_id": claim_id, **dispute_fields(dispute, times)})
                elif prior_dispute != dispute:
                    key = {"claim_id": claim_id, "dispute_id": dispute.dispute_id}
                    updates.append(Update(models.Dispute, dispute_fields(dispute, times), key))
            evidence_new += [
                {"claim_id": claim_id, **evidence_fields(ev, at)} for ev, at in run.attached
            ]
            self._count(before, state)
            if run.stretches is not None:
                if run.steps:
                    run.stretches.add(run.steps, doc)
                valid_time.append(Insert(models.ClaimKnown, run.stretches.rows()))
            else:
                valid_time += validtime.row_writes(before, run.times_before, run.steps, doc)
        sources_new: list[dict[str, Any]] = []
        for source_id, source in self._sources.items():
            assert source.state is not None
            assert source.record is not None
            fields = source_fields(source.state, source.record)
            if source.registered:
                counters = dict.fromkeys(COUNTERS, 0)
                for column, delta in self._counters.pop(source_id, {}).items():
                    counters[column] += delta
                sources_new.append(
                    {"id": source_id, **fields, "created_at": source.created_at, **counters}
                )
            else:
                updates.append(Update(models.Source, fields, {"id": source_id}))
        citations_new: list[dict[str, Any]] = []
        for citation_id, cited in self._citations.items():
            if cited.created is not None:
                citations_new.append(
                    {"id": citation_id, **citation_fields(cited.state, cited.created, cited.record)}
                )
            else:
                fields = citation_columns(cited.state, cited.record)
                updates.append(Update(models.Citation, fields, {"id": citation_id}))
        increments: list[RowWrite] = [
            Increment(models.Source, deltas, {"id": source_id})
            for source_id, deltas in self._counters.items()
            if any(deltas.values())
        ]
        self._claims, self._sources, self._citations, self._counters = {}, {}, {}, {}
        out: list[RowWrite] = []
        for model, rows in (
            (models.Source, sources_new),
            (models.Claim, claims_new),
            (models.Figure, figures_new),
            (models.Dispute, disputes_new),
            (models.Evidence, evidence_new),
            (models.ClaimVersion, history),
            (models.Citation, citations_new),
        ):
            if rows:
                out.append(Insert(model, rows))
        return out + updates + increments + valid_time

    def _count(self, before: ClaimState | None, after: ClaimState) -> None:
        """Move the source counters by one claim's change (what a recount would give)."""
        parts = [_claim_counts]
        if before is None or before.figures is not after.figures:
            parts.append(_figure_counts)
        if before is None or before.disputes is not after.disputes:
            parts.append(_dispute_counts)
        for state, sign in ((before, -1), (after, 1)):
            if state is None:
                continue
            for part in parts:
                for source, column in part(state):
                    deltas = self._counters.setdefault(source, {})
                    deltas[column] = deltas.get(column, 0) + sign


# --- Drivers --------------------------------------------------------------------------------------


def inline(
    stream_type: str, before: Any, times: ClaimTimes | None, afters: list[Any]
) -> eventstore.Projector:
    """The projector of one command's append: from the loaded state (and times), with the
    states after each of its events."""

    def project(records: list[RecordedEvent]) -> list[RowWrite]:
        projection = Projection()
        if stream_type == "claim" and before is not None:
            assert times is not None
            projection.seed_claim(before, times)
        for record, after in zip(records, afters, strict=True):
            projection.apply(record, after)
        return projection.writes()

    return project


READ_MODELS: tuple[type[Any], ...] = (
    models.ClaimKnown,
    models.Citation,
    models.ClaimVersion,
    models.Evidence,
    models.Dispute,
    models.Figure,
    models.Claim,
    models.Source,
)


def rebuild(records: Iterator[RecordedEvent], *, batch: int = 2000, progress: Any = None) -> int:
    """Drop every read model and fold the whole log into fresh rows; return events applied.

    Rows that can no longer change (history rows, closed valid-time rows) are written as they
    become final, about `batch` events at a time; each claim's and source's last rows at the end.
    """
    store = eventstore.backend()
    for model in READ_MODELS:
        model.objects.all().delete()
    projection = Projection(streamed=True)
    count = 0
    pending = 0
    for record in records:
        projection.apply(record)
        count += 1
        pending += 1
        if pending >= batch:
            history, known = projection.take_final()
            if history:
                store.insert_rows(models.ClaimVersion, history)
            if known:
                store.insert_rows(models.ClaimKnown, known)
            pending = 0
        if progress is not None:
            progress.update(1)
    store.write(projection.writes())
    return count


# --- Reading the history --------------------------------------------------------------------------

_AS_OF = (
    'SELECT "version", CAST("document" AS text) FROM "claims_claimversion"'
    ' WHERE "claim_id" = %s AND "recorded_from" <= %s'
    ' AND ("recorded_to" IS NULL OR "recorded_to" > %s)'
    ' ORDER BY "recorded_from" DESC LIMIT 1'
)


def document_as_of(claim_id: str, as_of: dt.datetime) -> tuple[int, str] | None:
    """The claim's version and document (JSON text) as the tracker held it at `as_of`, or None
    if it had not been reported then. One indexed query: the (claim_id, recorded_from) index
    newest first, stopping at the one row valid then, however long the history."""
    moment = connection.ops.adapt_datetimefield_value(as_of)
    rows = eventstore.backend().execute(_AS_OF, [claim_id, moment, moment], fetch=True)
    if not rows:
        return None
    version, text = rows[0]
    return int(version), str(text)
