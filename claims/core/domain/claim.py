"""The Claim aggregate: decide(state, command) -> events and evolve(state, event) -> state."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain.errors import CommandRejected
from claims.core.domain.fastreplace import replacer
from claims.core.domain.values import (
    Document,
    Period,
    Quantity,
    clean_text,
    optional_text,
)

PRIMARY_FIGURE = "primary"  # the claim's own figure, from the source it is attributed to


class ClaimStatus(enum.StrEnum):
    REPORTED = "reported"
    DISPUTED = "disputed"
    CONFIRMED = "confirmed"
    CORRECTED = "corrected"
    REFUTED = "refuted"
    RETRACTED = "retracted"


FINAL_STATUSES = frozenset({ClaimStatus.REFUTED, ClaimStatus.RETRACTED})


class FigureStatus(enum.StrEnum):
    REPORTED = "reported"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class DisputeStatus(enum.StrEnum):
    OPEN = "open"
    UPHELD = "upheld"
    REJECTED = "rejected"


@dataclass(frozen=True, kw_only=True, slots=True)
class Figure:
    figure_id: str
    source: str
    value: Quantity
    status: FigureStatus = FigureStatus.REPORTED
    reported_in: Document | None = None
    reason: str = ""
    added_in_version: int = 1


@dataclass(frozen=True, kw_only=True, slots=True)
class Dispute:
    dispute_id: str
    reason: str
    by: str | None = None
    counter_value: Quantity | None = None
    evidence: str = ""
    status: DisputeStatus = DisputeStatus.OPEN
    resolution_reason: str = ""
    accepted_figure: str | None = None
    opened_in_version: int = 1
    resolved_in_version: int | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Evidence:
    evidence_id: str
    url: str
    title: str = ""
    kind: str = ""
    note: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class ClaimState:
    claim_id: str
    version: int
    status: ClaimStatus
    statement: str
    subject: str
    value: Quantity
    attributed_to: str
    indicator: str | None = None
    period: Period | None = None
    place: str = ""
    reported_in: Document | None = None
    note: str = ""
    figures: tuple[Figure, ...] = ()
    disputes: tuple[Dispute, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    assignee: str | None = None
    status_before_dispute: ClaimStatus = ClaimStatus.REPORTED
    notes: int = 0

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_STATUSES

    @property
    def open_disputes(self) -> tuple[Dispute, ...]:
        return tuple(d for d in self.disputes if d.status is DisputeStatus.OPEN)

    def figure(self, figure_id: str) -> Figure | None:
        return next((f for f in self.figures if f.figure_id == figure_id), None)

    def dispute(self, dispute_id: str) -> Dispute | None:
        return next((d for d in self.disputes if d.dispute_id == dispute_id), None)


# --- decide ---------------------------------------------------------------------------------------

TEXT_MAX = 2000
NAME_MAX = 200


def decide(state: ClaimState | None, command: c.Command) -> list[e.Event]:
    """Return the events a command causes, or raise CommandRejected; never both."""
    if isinstance(command, c.ReportClaim):
        return _report(state, command)
    if state is None:
        raise CommandRejected("No such claim.")
    match command:
        case c.AddFigure():
            return _add_figure(state, command)
        case c.DisputeClaim():
            return _dispute(state, command)
        case c.ResolveDispute():
            return _resolve(state, command)
        case c.ConfirmClaim():
            return _confirm(state, command)
        case c.CorrectClaim():
            return _correct(state, command)
        case c.RefuteClaim():
            _require_live(state, "refuted")
            return [
                e.ClaimRefuted(
                    reason=_reason(command.reason),
                    by=_by(command.by),
                    evidence=_url(command.evidence, "evidence", required=False),
                )
            ]
        case c.RetractClaim():
            _require_live(state, "retracted")
            return [e.ClaimRetracted(reason=_reason(command.reason), by=_by(command.by))]
        case c.AttachEvidence():
            return _attach_evidence(state, command)
        case c.AssignReview():
            assignee = clean_text(command.assignee, "assignee", max_len=150)
            if assignee == state.assignee:
                raise CommandRejected(f"The claim is already assigned to {assignee}.", "assignee")
            return [e.ReviewAssigned(assignee=assignee, previous=state.assignee)]
        case c.AddNote():
            return [e.NoteAdded(text=clean_text(command.text, "text", max_len=10_000))]
    raise CommandRejected(f"{type(command).__name__} does not apply to a claim.")


def _report(state: ClaimState | None, cmd: c.ReportClaim) -> list[e.Event]:
    if state is not None:
        raise CommandRejected("This claim has already been reported.", "claim_id")
    return [
        e.ClaimReported(
            claim_id=clean_text(cmd.claim_id, "claim_id", max_len=64),
            statement=clean_text(cmd.statement, "statement", max_len=TEXT_MAX),
            subject=clean_text(cmd.subject, "subject", max_len=NAME_MAX),
            value=cmd.value,
            attributed_to=clean_text(cmd.attributed_to, "attributed_to", max_len=64),
            indicator=optional_text(cmd.indicator, "indicator", max_len=100),
            period=cmd.period,
            place=clean_text(cmd.place, "place", max_len=NAME_MAX, required=False),
            reported_in=_reported_in(cmd.reported_in),
            note=clean_text(cmd.note, "note", max_len=TEXT_MAX, required=False),
        )
    ]


def _require_live(state: ClaimState, verb: str) -> None:
    if state.is_final:
        raise CommandRejected(f"A {state.status.value} claim cannot be {verb}.", "status")


def _reason(raw: str) -> str:
    return clean_text(raw, "reason", max_len=TEXT_MAX)


def _by(raw: str | None) -> str | None:
    return optional_text(raw, "by", max_len=64)


def _reported_in(document: Document | None) -> Document | None:
    """Where a claim or figure was seen: its link, like every link, is http(s) only."""
    if document is not None:
        _url(document.url, "reported_in", required=False)
    return document


def _url(raw: str | None, field: str, *, required: bool) -> str:
    url = clean_text(raw, field, max_len=2000, required=required)
    if url and not url.lower().startswith(("http://", "https://")):
        raise CommandRejected("Give an http:// or https:// URL.", field)
    return url


def _same_unit(state: ClaimState, value: Quantity, field: str) -> None:
    if value.unit.casefold() != state.value.unit.casefold():
        raise CommandRejected(
            f"A competing figure must be in the claim's unit ({state.value.unit!r}).", field
        )


def _add_figure(state: ClaimState, cmd: c.AddFigure) -> list[e.Event]:
    _require_live(state, "given new figures")
    figure_id = clean_text(cmd.figure_id, "figure_id", max_len=64)  # compare what is stored
    if state.figure(figure_id) is not None:
        raise CommandRejected("This figure already exists.", "figure_id")
    _same_unit(state, cmd.value, "value")
    return [
        e.FigureAdded(
            figure_id=figure_id,
            source=clean_text(cmd.source, "source", max_len=64),
            value=cmd.value,
            reported_in=_reported_in(cmd.reported_in),
            reason=clean_text(cmd.reason, "reason", max_len=TEXT_MAX, required=False),
        )
    ]


def _dispute(state: ClaimState, cmd: c.DisputeClaim) -> list[e.Event]:
    _require_live(state, "disputed")
    dispute_id = clean_text(cmd.dispute_id, "dispute_id", max_len=64)  # compare what is stored
    if state.dispute(dispute_id) is not None or state.figure(dispute_id) is not None:
        raise CommandRejected("This dispute already exists.", "dispute_id")
    by = _by(cmd.by)
    if cmd.counter_value is not None:
        if by is None:
            raise CommandRejected("A counter value needs the source that gives it.", "by")
        _same_unit(state, cmd.counter_value, "counter_value")
    return [
        e.ClaimDisputed(
            dispute_id=dispute_id,
            reason=_reason(cmd.reason),
            by=by,
            counter_value=cmd.counter_value,
            evidence=_url(cmd.evidence, "evidence", required=False),
        )
    ]


def _resolve(state: ClaimState, cmd: c.ResolveDispute) -> list[e.Event]:
    # Resolving may change the status or the value, which a refuted or retracted claim keeps.
    _require_live(state, "resolved")
    open_disputes = state.open_disputes
    if not open_disputes:
        raise CommandRejected("There is no open dispute to resolve.", "dispute")
    if cmd.dispute_id is None:
        if len(open_disputes) > 1:
            raise CommandRejected("Several disputes are open: name the one to resolve.", "dispute")
        dispute = open_disputes[0]
    else:
        found = state.dispute(cmd.dispute_id)
        if found is None or found.status is not DisputeStatus.OPEN:
            raise CommandRejected("No open dispute with this id.", "dispute")
        dispute = found
    if cmd.resolution not in (DisputeStatus.UPHELD.value, DisputeStatus.REJECTED.value):
        raise CommandRejected("Resolution must be 'upheld' or 'rejected'.", "resolution")
    accepted = cmd.accepted_figure or None
    if accepted is not None:
        figure = state.figure(accepted)
        if figure is None:
            raise CommandRejected("No figure with this id on the claim.", "accepted_figure")
        if figure.status is FigureStatus.REJECTED:
            raise CommandRejected("A rejected figure cannot be accepted.", "accepted_figure")
        if cmd.resolution == DisputeStatus.UPHELD.value and accepted == PRIMARY_FIGURE:
            raise CommandRejected(
                "Upholding a dispute cannot accept the disputed figure itself.", "accepted_figure"
            )
    return [
        e.DisputeResolved(
            dispute_id=dispute.dispute_id,
            resolution=cmd.resolution,
            reason=_reason(cmd.reason),
            accepted_figure=accepted,
        )
    ]


def _confirm(state: ClaimState, cmd: c.ConfirmClaim) -> list[e.Event]:
    _require_live(state, "confirmed")
    if state.open_disputes:
        raise CommandRejected("Resolve the open dispute before confirming.", "status")
    if state.status is ClaimStatus.CONFIRMED:
        raise CommandRejected("The claim is already confirmed.", "status")
    return [
        e.ClaimConfirmed(
            reason=clean_text(cmd.reason, "reason", max_len=TEXT_MAX, required=False),
            by=_by(cmd.by),
            evidence=_url(cmd.evidence, "evidence", required=False),
        )
    ]


def _correct(state: ClaimState, cmd: c.CorrectClaim) -> list[e.Event]:
    _require_live(state, "corrected")
    reason = _reason(cmd.reason)
    statement = optional_text(cmd.statement, "statement", max_len=TEXT_MAX)
    new_value = cmd.value if cmd.value is not None and cmd.value != state.value else None
    new_statement = statement if statement is not None and statement != state.statement else None
    if new_value is None and new_statement is None:
        raise CommandRejected("Give a new value or statement that differs from the current one.")
    return [
        e.ClaimCorrected(
            reason=reason,
            old_value=state.value if new_value is not None else None,
            new_value=new_value,
            old_statement=state.statement if new_statement is not None else None,
            new_statement=new_statement,
            by=_by(cmd.by),
        )
    ]


def _attach_evidence(state: ClaimState, cmd: c.AttachEvidence) -> list[e.Event]:
    evidence_id = clean_text(cmd.evidence_id, "evidence_id", max_len=64)  # compare what is stored
    if any(ev.evidence_id == evidence_id for ev in state.evidence):
        raise CommandRejected("This evidence already exists.", "evidence_id")
    return [
        e.EvidenceAttached(
            evidence_id=evidence_id,
            url=_url(cmd.url, "url", required=True),
            title=clean_text(cmd.title, "title", max_len=NAME_MAX * 2, required=False),
            kind=clean_text(cmd.kind, "kind", max_len=50, required=False),
            note=clean_text(cmd.note, "note", max_len=TEXT_MAX, required=False),
        )
    ]


# --- evolve ---------------------------------------------------------------------------------------


def evolve(state: ClaimState | None, event: e.Event) -> ClaimState:
    """Apply one event to the state; events are facts, so this never refuses."""
    if isinstance(event, e.ClaimReported):
        return ClaimState(
            claim_id=event.claim_id,
            version=1,
            status=ClaimStatus.REPORTED,
            statement=event.statement,
            subject=event.subject,
            value=event.value,
            attributed_to=event.attributed_to,
            indicator=event.indicator,
            period=event.period,
            place=event.place,
            reported_in=event.reported_in,
            note=event.note,
            figures=(
                Figure(
                    figure_id=PRIMARY_FIGURE,
                    source=event.attributed_to,
                    value=event.value,
                    reported_in=event.reported_in,
                ),
            ),
        )
    if state is None:
        raise ValueError(f"{event.event_type} before ClaimReported")
    version = state.version + 1
    s = state
    match event:
        case e.FigureAdded():
            figure = Figure(
                figure_id=event.figure_id,
                source=event.source,
                value=event.value,
                reported_in=event.reported_in,
                reason=event.reason,
                added_in_version=version,
            )
            return _replace_state(s, version=version, figures=(*s.figures, figure))
        case e.ClaimDisputed():
            dispute = Dispute(
                dispute_id=event.dispute_id,
                reason=event.reason,
                by=event.by,
                counter_value=event.counter_value,
                evidence=event.evidence,
                opened_in_version=version,
            )
            figures = s.figures
            if event.counter_value is not None and event.by is not None:
                counter = Figure(
                    figure_id=event.dispute_id,
                    source=event.by,
                    value=event.counter_value,
                    reason=event.reason,
                    added_in_version=version,
                )
                figures = (*figures, counter)
            before = s.status if s.status is not ClaimStatus.DISPUTED else s.status_before_dispute
            return _replace_state(
                s,
                version=version,
                status=ClaimStatus.DISPUTED,
                status_before_dispute=before,
                disputes=(*s.disputes, dispute),
                figures=figures,
            )
        case e.DisputeResolved():
            return _resolved(s, event, version)
        case e.ClaimConfirmed():
            primary = s.figure(PRIMARY_FIGURE)
            figures = s.figures
            if primary is not None and primary.status is not FigureStatus.REJECTED:
                # A primary figure replaced by an accepted one keeps its rejection.
                figures = _set_figure(figures, PRIMARY_FIGURE, status=FigureStatus.CONFIRMED)
            return _replace_state(s, version=version, status=ClaimStatus.CONFIRMED, figures=figures)
        case e.ClaimCorrected():
            figures = s.figures
            if event.new_value is not None:
                # Only a new value changes the primary figure; a new wording leaves it alone.
                figures = _set_figure(
                    figures, PRIMARY_FIGURE, value=event.new_value, status=FigureStatus.REPORTED
                )
            return _replace_state(
                s,
                version=version,
                status=ClaimStatus.CORRECTED,
                status_before_dispute=ClaimStatus.CORRECTED,  # rejecting a dispute keeps this
                value=event.new_value or s.value,
                statement=event.new_statement or s.statement,
                figures=figures,
            )
        case e.ClaimRefuted():
            return _replace_state(s, version=version, status=ClaimStatus.REFUTED)
        case e.ClaimRetracted():
            return _replace_state(s, version=version, status=ClaimStatus.RETRACTED)
        case e.EvidenceAttached():
            evidence = Evidence(
                evidence_id=event.evidence_id,
                url=event.url,
                title=event.title,
                kind=event.kind,
                note=event.note,
            )
            return _replace_state(s, version=version, evidence=(*s.evidence, evidence))
        case e.ReviewAssigned():
            return _replace_state(s, version=version, assignee=event.assignee)
        case e.NoteAdded():
            return _replace_state(s, version=version, notes=s.notes + 1)
    raise ValueError(f"A claim cannot apply {event.event_type}")


def _resolved(s: ClaimState, event: e.DisputeResolved, version: int) -> ClaimState:
    resolution = DisputeStatus(event.resolution)
    disputes = tuple(
        _replace_dispute(
            d,
            status=resolution,
            resolution_reason=event.reason,
            accepted_figure=event.accepted_figure,
            resolved_in_version=version,
        )
        if d.dispute_id == event.dispute_id
        else d
        for d in s.disputes
    )
    accepted = s.figure(event.accepted_figure) if event.accepted_figure else None
    figures = s.figures
    if accepted is not None:
        figures = _set_figure(figures, accepted.figure_id, status=FigureStatus.CONFIRMED)
    still_open = any(d.status is DisputeStatus.OPEN for d in disputes)
    status = s.status
    value = s.value
    # Once no dispute is open, the claim returns to `returns_to`: the status it had before the
    # dispute, or the outcome of a resolution (or correction) made meanwhile.
    returns_to = s.status_before_dispute
    if resolution is DisputeStatus.UPHELD:
        if accepted is not None:
            # The challenger's figure replaces the claim's own.
            figures = _set_figure(figures, PRIMARY_FIGURE, status=FigureStatus.REJECTED)
            value = accepted.value
            status = ClaimStatus.CORRECTED
        else:
            status = ClaimStatus.DISPUTED  # the challenge stands: settled as contested
        returns_to = status
    else:
        if accepted is not None and accepted.figure_id == PRIMARY_FIGURE:
            returns_to = ClaimStatus.CONFIRMED
        if not still_open:
            status = returns_to
    if still_open and status is not ClaimStatus.CORRECTED:
        status = ClaimStatus.DISPUTED
    return _replace_state(
        s,
        version=version,
        disputes=disputes,
        figures=figures,
        value=value,
        status=status,
        status_before_dispute=returns_to,
    )


def _set_figure(figures: tuple[Figure, ...], figure_id: str, **changes: Any) -> tuple[Figure, ...]:
    return tuple(_replace_figure(f, **changes) if f.figure_id == figure_id else f for f in figures)


_replace_state = replacer(ClaimState)
_replace_figure = replacer(Figure)
_replace_dispute = replacer(Dispute)


def replay(events: list[e.Event], state: ClaimState | None = None) -> ClaimState | None:
    """Fold events into a state."""
    for event in events:
        state = evolve(state, event)
    return state
