"""Words for the editors' pages: values with their qualifiers, bounds, and what each event did."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from claims.core import selectors
from claims.core.domain import events as ev
from claims.core.domain.values import QUALIFIER_WORDS, Quantity
from claims.core.selectors import EventView

# What a proposition (a claim without a figure) shows where a figure claim shows its value.
PROPOSITION = "A statement without a figure (a proposition)"

STATUS_HELP = {
    "reported": "Reported, not yet checked.",
    "disputed": "Challenged: an editor has to decide.",
    "confirmed": "Checked and confirmed by an editor.",
    "corrected": "Its figure or wording was replaced; the old one stays in the history.",
    "refuted": "Shown false by others.",
    "retracted": "Withdrawn by its own source.",
}


def status_help(doc: Mapping[str, Any]) -> str:
    """What a claim document's status means for this claim, in words: its disputes tell a
    claim an editor has decided about from one nobody has looked at."""
    status = str(doc.get("status") or "")
    disputes = [str(d.get("status")) for d in doc.get("disputes") or []]
    still_open = "open" in disputes
    if status == "reported" and "rejected" in disputes and not still_open:
        return "Reported; the dispute against it was rejected. No verdict has been given."
    if status == "disputed" and not still_open and "upheld" in disputes:
        return "An editor upheld a dispute against it: it stands disputed."
    if status in ("corrected", "confirmed") and still_open:
        return f"{STATUS_HELP[status]} A dispute against it is still open."
    return STATUS_HELP.get(status, "")


# What the evidence a verdict gave is marked with (claims.core.domain.claim.Evidence.given_with).
GIVEN_WITH = {
    "confirmed": "Given with the confirmation",
    "refuted": "Given with the refutation",
}


def evidence_origin(evidence: Mapping[str, Any]) -> str:
    """How a piece of evidence came to the claim: 'Given with the refutation (version 7)', or
    'Attached (version 3)'."""
    origin = GIVEN_WITH.get(evidence.get("given_with") or "", "Attached")
    version = evidence.get("added_in_version")
    return f"{origin} (version {version})" if version else origin


EVENT_LABELS = {
    "ClaimReported": "Reported",
    "FigureAdded": "Figure added",
    "ClaimDisputed": "Disputed",
    "DisputeResolved": "Dispute resolved",
    "ClaimConfirmed": "Confirmed",
    "ClaimCorrected": "Corrected",
    "ClaimRefuted": "Refuted",
    "ClaimRetracted": "Retracted",
    "ClaimReopened": "Reopened",
    "ClaimRecast": "Recast as a proposition",
    "EvidenceAttached": "Evidence attached",
    "ReviewAssigned": "Review assigned",
    "NoteAdded": "Note",
    "SourceRegistered": "Source registered",
    "SourceUpdated": "Source updated",
    "ClaimCited": "Cited",
    "CitationAcknowledged": "Citation acknowledged",
}


def qualifier_word(qualifier: str) -> str:
    return QUALIFIER_WORDS.get(qualifier, qualifier.replace("_", " "))


def value_text(value: Mapping[str, Any] | None) -> str:
    """'up to 45 percent' from a value document (amount, unit, qualifier)."""
    if not value:
        return "—"
    words = [qualifier_word(str(value.get("qualifier", "exact"))), str(value.get("amount", ""))]
    words.append(str(value.get("unit", "")))
    return " ".join(w for w in words if w)


def bounds_text(value: Mapping[str, Any] | None) -> str:
    """The interval a qualified figure allows: '≤ 45', '> 80', '= 34.5', 'between …'."""
    if not value:
        return ""
    lower, upper = value.get("lower"), value.get("upper")
    if lower is not None and upper is not None and lower == upper:
        return f"= {lower}"
    parts = []
    if lower is not None:
        parts.append(f"{'≥' if value.get('lower_inclusive') else '>'} {lower}")
    if upper is not None:
        parts.append(f"{'≤' if value.get('upper_inclusive') else '<'} {upper}")
    return " and ".join(parts) if parts else "unbounded"


def period_text(period: Mapping[str, Any] | None) -> str:
    if not period:
        return "—"
    start, end = str(period.get("start", "")), str(period.get("end", ""))
    if start.endswith("-01-01") and end == f"{start[:4]}-12-31":
        return start[:4]
    return start if start == end else f"{start} – {end}"


def http_url(raw: object) -> str:
    """The URL if it is http(s), else '' — stored URLs come from users and feeds alike."""
    url = str(raw or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else ""


def source_names(ids: Iterable[str | None]) -> dict[str, str]:
    """Names of these sources, by id."""
    return selectors.source_names(ids)


def moment(raw: str | dt.datetime | None) -> dt.datetime | None:
    """A datetime from an ISO string in a document ('…Z'), or None."""
    if raw is None or isinstance(raw, dt.datetime):
        return raw
    return parse_datetime(raw)


def parse_as_of(raw: str | None) -> dt.datetime | None:
    """Read an as-of moment: 'YYYY-MM-DDTHH:MM[:SS]' (UTC) or a date (the end of that day).

    Raise ValueError for anything else.
    """
    raw = (raw or "").strip()
    if not raw:
        return None
    day = parse_date(raw) if len(raw) == 10 else None
    parsed = dt.datetime.combine(day, dt.time.max) if day else parse_datetime(raw)
    if parsed is None:
        raise ValueError(raw)
    if timezone.is_naive(parsed):
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed


def as_of_param(moment_: dt.datetime) -> str:
    """The as-of value a link carries: UTC to the microsecond, so it lands on that version."""
    return moment_.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


@dataclass(frozen=True, slots=True)
class TimelineRow:
    position: int
    version: int
    event_type: str
    label: str
    summary: str
    actor: str
    recorded_at: dt.datetime
    occurred_at: dt.datetime | None
    reason: str
    request_id: str
    tone: str  # css hint: decision, dispute, info, danger

    @property
    def as_of(self) -> str:
        return as_of_param(self.recorded_at)


_TONES = {
    "ClaimDisputed": "dispute",
    "DisputeResolved": "decision",
    "ClaimConfirmed": "decision",
    "ClaimCorrected": "decision",
    "ClaimRefuted": "danger",
    "ClaimRetracted": "danger",
    "ClaimReopened": "dispute",
    "ClaimRecast": "decision",
}


def timeline(records: Iterable[EventView], names: Mapping[str, str]) -> list[TimelineRow]:
    """One row per event of a stream: who, what, when recorded, valid time, why.

    Each event is read typed, in its current shape (old schema versions upcast), so an event
    stored long ago reads like one stored today."""
    rows = []
    figures: dict[str, str] = {}
    for r in records:
        event, meta = r.event, r.metadata or {}
        summary = _summary(event, names, figures)
        # A note's text is its summary; it gives no reason.
        reason = (
            ""
            if isinstance(event, ev.NoteAdded)
            else meta.get("reason") or getattr(event, "reason", "")
        )
        rows.append(
            TimelineRow(
                position=r.position,
                version=r.version,
                event_type=r.event_type,
                label=EVENT_LABELS.get(r.event_type, r.event_type),
                summary=summary,
                actor=str(meta.get("actor") or "—"),
                recorded_at=r.recorded_at,
                occurred_at=r.occurred_at,
                reason=str(reason or ""),
                request_id=str(meta.get("request_id") or ""),
                tone=_TONES.get(r.event_type, "info"),
            )
        )
    return rows


def sources_named(records: Iterable[EventView]) -> set[str]:
    """The sources a timeline of these events names (who disputed, confirmed, relayed...)."""
    named: set[str] = set()
    for r in records:
        if by := getattr(r.event, "by", None):
            named.add(by)
        named.update(getattr(r.event, "relayed_by", ()))
    return named


def _name(names: Mapping[str, str], source_id: str | None) -> str:
    if not source_id:
        return ""
    return names.get(source_id, source_id[:8])


def _chain(event: ev.ClaimReported | ev.FigureAdded, names: Mapping[str, str]) -> str:
    """', said by X, relayed by Y then Z' for an event that carries an attribution chain."""
    text = f", said by {event.said_by}" if event.said_by else ""
    if event.relayed_by:
        text += ", relayed by " + " then ".join(_name(names, r) for r in event.relayed_by)
    return text


def quantity_text(value: Quantity | None) -> str:
    return value_text(value.to_data() if value is not None else None)


def _summary(event: ev.Event | None, names: Mapping[str, str], figures: dict[str, str]) -> str:
    by = _name(names, getattr(event, "by", None))
    by_text = f" by {by}" if by else ""
    match event:
        case ev.ClaimReported():
            source = _name(names, event.attributed_to) + _chain(event, names)
            if event.value is None:
                return f"A statement without a figure, attributed to {source}"
            value = quantity_text(event.value)
            figures["primary"] = f"{value} ({_name(names, event.attributed_to)})"
            return f"{value}, attributed to {source}"
        case ev.FigureAdded():
            text = f"{quantity_text(event.value)} from {_name(names, event.source)}"
            figures[event.figure_id] = text
            if event.period is not None:
                text += f" for {period_text(event.period.to_data())}"
            return text + _chain(event, names)
        case ev.ClaimDisputed():
            text = f"Challenged{by_text}"
            if event.counter_value is not None:
                counter = quantity_text(event.counter_value)
                figures[event.dispute_id] = f"{counter} ({by})"
                text += f", who gives {counter}"
            return text
        case ev.DisputeResolved():
            outcome = (
                "upheld: the challenge stands"
                if event.resolution == "upheld"
                else "rejected: the claim stands"
            )
            if event.accepted_figure:
                accepted = event.accepted_figure
                outcome += f"; accepted figure {figures.get(accepted, accepted)}"
            return f"Dispute {outcome}"
        case ev.ClaimConfirmed():
            return f"By {by}" if by else ""
        case ev.ClaimCorrected():
            parts = []
            if event.new_value is not None:
                old, new = quantity_text(event.old_value), quantity_text(event.new_value)
                parts.append(f"figure {old} → {new}")
                figures["primary"] = new
            if event.new_statement:
                parts.append(f"statement now “{event.new_statement}”")
            return "Corrected " + "; ".join(parts) + by_text
        case ev.ClaimRefuted():
            return f"Shown false{by_text}"
        case ev.ClaimRetracted():
            return f"Withdrawn{by_text}"
        case ev.ClaimReopened():
            return f"The {event.verdict} verdict is questioned again{by_text}: a dispute opens"
        case ev.ClaimRecast():
            withdrawn = f"{quantity_text(event.old_value)} withdrawn"
            if event.old_indicator:
                withdrawn += f"; no longer feeds {event.old_indicator}"
            return f"Now a statement without a figure ({withdrawn}){by_text}"
        case ev.EvidenceAttached():
            return event.title or event.url
        case ev.ReviewAssigned():
            previous = f" (was {event.previous})" if event.previous else ""
            return f"Assigned to {event.assignee}{previous}"
        case ev.NoteAdded():
            return event.text
        case ev.SourceRegistered():
            also = f"; also known as {' · '.join(event.aliases)}" if event.aliases else ""
            return f"{event.name} ({event.kind}){also}"
        case ev.SourceUpdated():
            return _source_changes(event)
    return ""


def _source_changes(event: ev.SourceUpdated) -> str:
    """What an edit of a source changed, field by field ("—" for a field it cleared)."""
    parts = [
        f"{label} {value or '—'}"
        for label, value in (
            ("name", event.name),
            ("kind", event.kind),
            ("website", event.url),
            ("Wikidata id", event.wikidata_id),
        )
        if value is not None
    ]
    if event.aliases is not None:
        parts.append(f"other names {' · '.join(event.aliases) or '—'}")
    return ("Changed " + "; ".join(parts)) if parts else ""
