"""Words for the editors' pages: values with their qualifiers, bounds, and what each event did."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from claims.core import models
from claims.core.eventstore import RecordedEvent

QUALIFIER_WORDS = {
    "exact": "",
    "approximately": "about",
    "nearly": "nearly",
    "at_least": "at least",
    "more_than": "more than",
    "up_to": "up to",
    "at_most": "at most",
    "less_than": "less than",
}

STATUS_HELP = {
    "reported": "Reported, not yet checked.",
    "disputed": "Challenged: an editor has to decide.",
    "confirmed": "Checked and confirmed by an editor.",
    "corrected": "Its figure or wording was replaced; the old one stays in the history.",
    "refuted": "Shown false by others.",
    "retracted": "Withdrawn by its own source.",
}

EVENT_LABELS = {
    "ClaimReported": "Reported",
    "FigureAdded": "Figure added",
    "ClaimDisputed": "Disputed",
    "DisputeResolved": "Dispute resolved",
    "ClaimConfirmed": "Confirmed",
    "ClaimCorrected": "Corrected",
    "ClaimRefuted": "Refuted",
    "ClaimRetracted": "Retracted",
    "EvidenceAttached": "Evidence attached",
    "ReviewAssigned": "Review assigned",
    "NoteAdded": "Note",
    "SourceRegistered": "Source registered",
    "SourceUpdated": "Source updated",
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
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return dict(models.Source.objects.filter(pk__in=wanted).values_list("id", "name"))


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
}


def timeline(records: Iterable[RecordedEvent], names: Mapping[str, str]) -> list[TimelineRow]:
    """One row per event of a stream: who, what, when recorded, valid time, why."""
    rows = []
    figures: dict[str, str] = {}
    for r in records:
        data, meta = r.data, r.metadata or {}
        summary = _summary(r.event_type, data, names, figures)
        reason = str(meta.get("reason") or data.get("reason") or "")
        if r.event_type == "NoteAdded":
            reason = ""
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
                reason=reason,
                request_id=str(meta.get("request_id") or ""),
                tone=_TONES.get(r.event_type, "info"),
            )
        )
    return rows


def _name(names: Mapping[str, str], source_id: Any) -> str:
    if not source_id:
        return ""
    return names.get(str(source_id), str(source_id)[:8])


def _summary(
    event_type: str, data: Mapping[str, Any], names: Mapping[str, str], figures: dict[str, str]
) -> str:
    by = _name(names, data.get("by"))
    by_text = f" by {by}" if by else ""
    match event_type:
        case "ClaimReported":
            value, source = value_text(data.get("value")), _name(names, data.get("attributed_to"))
            figures["primary"] = f"{value} ({source})"
            return f"{value}, attributed to {source}"
        case "FigureAdded":
            text = f"{value_text(data.get('value'))} from {_name(names, data.get('source'))}"
            figures[str(data.get("figure_id"))] = text
            return text
        case "ClaimDisputed":
            text = f"Challenged{by_text}"
            if data.get("counter_value"):
                counter = value_text(data["counter_value"])
                figures[str(data.get("dispute_id"))] = f"{counter} ({by})"
                text += f", who gives {counter}"
            return text
        case "DisputeResolved":
            outcome = (
                "upheld: the challenge stands"
                if data.get("resolution") == "upheld"
                else "rejected: the claim stands"
            )
            accepted = data.get("accepted_figure")
            if accepted:
                outcome += f"; accepted figure {figures.get(str(accepted), str(accepted))}"
            return f"Dispute {outcome}"
        case "ClaimConfirmed":
            return f"By {by}" if by else ""
        case "ClaimCorrected":
            parts = []
            if data.get("new_value"):
                old, new = value_text(data.get("old_value")), value_text(data["new_value"])
                parts.append(f"figure {old} → {new}")
                figures["primary"] = new
            if data.get("new_statement"):
                parts.append(f"statement now “{data['new_statement']}”")
            return "Corrected " + "; ".join(parts) + by_text
        case "ClaimRefuted":
            return f"Shown false{by_text}"
        case "ClaimRetracted":
            return f"Withdrawn{by_text}"
        case "EvidenceAttached":
            return str(data.get("title") or data.get("url") or "")
        case "ReviewAssigned":
            previous = data.get("previous")
            return f"Assigned to {data.get('assignee')}" + (
                f" (was {previous})" if previous else ""
            )
        case "NoteAdded":
            return str(data.get("text", ""))
    return ""
