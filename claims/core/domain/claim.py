"""The Claim aggregate: decide(state, command) -> events and evolve(state, event) -> state.

The rules, as a fact-checker reads them (docs/domain.md tells them to users):

- **Two kinds of claim.** A figure claim carries a value: its *primary* figure, attributed to
  the claim's source. A *proposition* ("X was killed") carries none (`value` None): its verdict
  is the whole story. Commands that need a figure (adding one, a counter value, correcting the
  value, accepting one) are refused on a proposition, naming the field; a proposition never
  turns into a figure claim (report the figure as a claim of its own). A figure claim whose
  figure only stood for a statement ("1 people" for "X was killed") is recast as a proposition
  by `RecastAsProposition`: its figures are withdrawn, and the log keeps them.
- **One value, one figure.** The claim's value is its *value figure*'s: the primary, unless an
  upheld dispute accepted a competing figure. At most one figure is confirmed, and it is the
  value figure: accepting a figure supersedes one confirmed earlier, correcting the value
  supersedes the accepted one (the events list what they superseded). Rejecting a dispute means
  the claim's own figure stands: it may accept (confirm) the value figure and nothing else.
- **Competing disputes.** A dispute whose counter figure an earlier resolution made the value
  has been met: upholding it, naming that figure or none, keeps the claim corrected at it;
  rejecting it is refused (the claim's figure is the challenger's).
- **A source is held to its report.** The state keeps what the source reported; a claim whose
  figure or statement was corrected counts as corrected on its source's record
  (`record_status`) even once confirmed, unless refuted or retracted.
- **Verdicts close disputes.** Confirming, refuting or retracting resolves every open dispute as
  superseded, with the verdict's reason (confirming then needs a reason). Refuted and retracted
  claims take no further decision until reopened.
- **A verdict's evidence is the claim's.** The link a confirmation or a refutation gives joins
  the claim's evidence, marked with the verdict (`given_with`) and noted with its reason; a
  dispute's or a reopening's link stays with the dispute it opens.
- **Reopen.** A refuted, retracted or confirmed claim can be reopened with a reason: a new
  dispute opens and the claim is disputed. Rejecting that dispute restores the verdict.
- **Units.** A competing figure must be in the claim's unit. A correction may change the unit;
  its event says so (`unit_changed`), and an indicator shows the figure as left out for its unit
  rather than mixing units.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, replace
from typing import Any

from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain.errors import CommandRejected
from claims.core.domain.values import (
    Document,
    Period,
    Quantity,
    clean_text,
    http_url,
    moment_text,
    optional_text,
    units_match,
    visible_text,
)

PRIMARY_FIGURE = "primary"  # the claim's own figure, from the source it is attributed to
LANGUAGES = ("en", "es")  # ISO 639-1 codes of the languages claims may be recorded in
MAX_RELAYS = 10


class ClaimStatus(enum.StrEnum):
    REPORTED = "reported"
    DISPUTED = "disputed"
    CONFIRMED = "confirmed"
    CORRECTED = "corrected"
    REFUTED = "refuted"
    RETRACTED = "retracted"


FINAL_STATUSES = frozenset({ClaimStatus.REFUTED, ClaimStatus.RETRACTED})
VERDICTS = frozenset({ClaimStatus.REFUTED, ClaimStatus.RETRACTED, ClaimStatus.CONFIRMED})


class FigureStatus(enum.StrEnum):
    REPORTED = "reported"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"  # was the confirmed value; another figure or a correction replaced it
    WITHDRAWN = "withdrawn"  # the claim was recast as a proposition


class DisputeStatus(enum.StrEnum):
    OPEN = "open"
    UPHELD = "upheld"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"  # closed by a verdict on the claim


@dataclass(frozen=True, kw_only=True, slots=True)
class Figure:
    figure_id: str
    source: str  # the source the figure is attributed to
    value: Quantity
    status: FigureStatus = FigureStatus.REPORTED
    reported_in: Document | None = None
    reason: str = ""
    added_in_version: int = 1
    said_by: str | None = None
    relayed_by: tuple[str, ...] = ()
    period: Period | None = None  # None: the claim's period

    @property
    def attributed_to(self) -> str:
        return self.source


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
    """A link the claim is checked against: attached (`AttachEvidence`), or given with a verdict
    (`given_with` "confirmed" or "refuted", its note the verdict's reason, its id
    `verdict_evidence_id`)."""

    evidence_id: str
    url: str
    title: str = ""
    kind: str = ""
    note: str = ""
    given_with: str | None = None  # the verdict it came with; None: attached on its own
    added_in_version: int = 1


# The verdicts whose evidence joins the claim's (a dispute's or a reopening's stays with its
# dispute); ids of the form "<verdict>-<version>" are theirs, refused to AttachEvidence.
VERDICT_EVIDENCE = (ClaimStatus.CONFIRMED, ClaimStatus.REFUTED)
_VERDICT_EVIDENCE_ID = re.compile(r"(?:confirmed|refuted)-[0-9]+")


def verdict_evidence_id(verdict: ClaimStatus, version: int) -> str:
    """The id of the evidence a verdict gave, at the claim version the verdict made."""
    return f"{verdict.value}-{version}"


@dataclass(frozen=True, kw_only=True, slots=True)
class ClaimState:
    claim_id: str
    version: int
    status: ClaimStatus
    statement: str
    subject: str
    value: Quantity | None  # None: a proposition
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
    said_by: str | None = None
    relayed_by: tuple[str, ...] = ()
    language: str = "en"
    # What the source reported, kept through corrections: what its record is judged against.
    reported_statement: str
    reported_value: Quantity | None

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_STATUSES

    @property
    def is_proposition(self) -> bool:
        return self.value is None

    @property
    def open_disputes(self) -> tuple[Dispute, ...]:
        return tuple(d for d in self.disputes if d.status is DisputeStatus.OPEN)

    @property
    def value_figure(self) -> Figure | None:
        """The figure the claim's value is: the primary, or the one an upheld dispute accepted."""
        return _value_figure(self.figures) if self.value is not None else None

    def figure(self, figure_id: str | None) -> Figure | None:
        return next((f for f in self.figures if f.figure_id == figure_id), None)

    def dispute(self, dispute_id: str) -> Dispute | None:
        return next((d for d in self.disputes if d.dispute_id == dispute_id), None)

    @property
    def report_corrected(self) -> bool:
        """Whether the claim no longer says what its source reported: its statement, or its
        figure (a proposition, or a claim recast as one, has none to compare), was corrected,
        by a correction or by an upheld dispute that accepted another figure. A correction
        undone (worded back, or corrected back to the reported figure) leaves the report as
        it was."""
        if self.statement != self.reported_statement:
            return True
        value, reported = self.value, self.reported_value
        if value is None or reported is None:
            return value is not None and value != reported
        # (a unit's letter case or spacing tidied is not a correction of what the source said)
        return (value.amount, value.qualifier) != (
            reported.amount,
            reported.qualifier,
        ) or not units_match(value.unit, reported.unit)

    @property
    def record_status(self) -> ClaimStatus:
        """What the claim counts as on its source's record: its status, except that a claim
        whose report was corrected counts as `corrected` (half failed) for as long as it stays
        corrected, whatever follows short of a refutation or a retraction: confirming the
        corrected figure confirms the figure that replaced the source's, not the source's."""
        if self.report_corrected and self.status not in FINAL_STATUSES:
            return ClaimStatus.CORRECTED
        return self.status


def _value_figure(figures: tuple[Figure, ...]) -> Figure:
    primary = figures[0]  # a figure claim's first figure is its own
    if primary.status is not FigureStatus.REJECTED:
        return primary
    # Only an upheld dispute rejects the primary, confirming the figure it accepts instead.
    return next(f for f in figures if f.status is FigureStatus.CONFIRMED)


# --- decide ---------------------------------------------------------------------------------------

TEXT_MAX = 2000
NAME_MAX = 200
ID_MAX = 64


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
                    superseded_disputes=_open_ids(state),
                )
            ]
        case c.RetractClaim():
            _require_live(state, "retracted")
            return [
                e.ClaimRetracted(
                    reason=_reason(command.reason),
                    by=_retracted_by(state, command.by),
                    superseded_disputes=_open_ids(state),
                )
            ]
        case c.ReopenClaim():
            return _reopen(state, command)
        case c.RecastAsProposition():
            return _recast(state, command)
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
    attributed_to = clean_text(cmd.attributed_to, "attributed_to", max_len=ID_MAX)
    indicator = optional_text(cmd.indicator, "indicator", max_len=100)
    if cmd.value is None and indicator is not None:
        raise CommandRejected(
            "A claim without a figure (a proposition) cannot feed an indicator.", "indicator"
        )
    return [
        e.ClaimReported(
            claim_id=clean_text(cmd.claim_id, "claim_id", max_len=ID_MAX),
            statement=visible_text(
                cmd.statement, "statement", max_len=TEXT_MAX, what="A statement"
            ),
            subject=clean_text(cmd.subject, "subject", max_len=NAME_MAX),
            value=cmd.value,
            attributed_to=attributed_to,
            indicator=indicator,
            period=cmd.period,
            place=clean_text(cmd.place, "place", max_len=NAME_MAX, required=False),
            reported_in=_reported_in(cmd.reported_in),
            note=clean_text(cmd.note, "note", max_len=TEXT_MAX, required=False),
            said_by=optional_text(cmd.said_by, "said_by", max_len=NAME_MAX),
            relayed_by=_relays(cmd.relayed_by, attributed_to),
            language=language_code(cmd.language),
        )
    ]


def language_code(raw: str) -> str:
    """The ISO 639-1 code of a language claims are recorded in, or CommandRejected."""
    code = clean_text(raw, "language", max_len=10).lower()
    if code not in LANGUAGES:
        raise CommandRejected(
            f"Unsupported language {code!r}; expected one of: {', '.join(LANGUAGES)}.", "language"
        )
    return code


def _relays(raw: tuple[str, ...], origin: str) -> tuple[str, ...]:
    """The sources that relayed a figure, in order: distinct, and none of them its origin."""
    if isinstance(raw, str) or not isinstance(raw, tuple | list):
        raise CommandRejected("Give the relaying sources as a list of source ids.", "relayed_by")
    if len(raw) > MAX_RELAYS:
        raise CommandRejected(f"At most {MAX_RELAYS} sources can relay a figure.", "relayed_by")
    relays = tuple(clean_text(r, "relayed_by", max_len=ID_MAX) for r in raw)
    if len(set(relays)) != len(relays):
        raise CommandRejected("A source appears twice in the chain.", "relayed_by")
    if origin in relays:
        raise CommandRejected("The source a figure is attributed to cannot relay it.", "relayed_by")
    return relays


def _require_live(state: ClaimState, verb: str) -> None:
    if state.is_final:
        raise CommandRejected(f"A {state.status.value} claim cannot be {verb}.", "status")


def _require_figure(state: ClaimState, field: str) -> Quantity:
    if state.value is None:
        raise CommandRejected(
            "This claim is a proposition: it has no figure. Report the figure as a claim of "
            "its own.",
            field,
        )
    return state.value


def _reason(raw: str) -> str:
    return clean_text(raw, "reason", max_len=TEXT_MAX)


def _by(raw: str | None) -> str | None:
    return optional_text(raw, "by", max_len=ID_MAX)


def _reported_in(document: Document | None) -> Document | None:
    """Where a claim or figure was seen: its link, like every link, is http(s) only."""
    if document is not None:
        _url(document.url, "reported_in", required=False)
    return document


def _url(raw: str | None, field: str, *, required: bool) -> str:
    return http_url(raw, field, max_len=2000, required=required)


def _retracted_by(state: ClaimState, raw: str | None) -> str | None:
    """Who withdrew the claim: its own source or one that relayed it (its record takes the
    retraction as a failure); another source's word against it is a refutation."""
    by = _by(raw)
    if by is not None and by != state.attributed_to and by not in state.relayed_by:
        raise CommandRejected(
            "A claim is retracted by its own source or a source that relayed it; to record that "
            "another source showed it false, refute it.",
            "by",
        )
    return by


def _open_ids(state: ClaimState) -> tuple[str, ...]:
    return tuple(d.dispute_id for d in state.open_disputes)


def _same_unit(value: Quantity, claim_value: Quantity, field: str) -> None:
    if not units_match(value.unit, claim_value.unit):
        raise CommandRejected(
            f"A competing figure must be in the claim's unit ({claim_value.unit!r}).", field
        )


def _new_dispute_id(state: ClaimState, raw: str) -> str:
    dispute_id = clean_text(raw, "dispute_id", max_len=ID_MAX)  # compare what is stored
    # A counter value becomes a figure named after its dispute: the ids share one namespace.
    if state.dispute(dispute_id) is not None or state.figure(dispute_id) is not None:
        raise CommandRejected("This dispute already exists.", "dispute_id")
    return dispute_id


def _add_figure(state: ClaimState, cmd: c.AddFigure) -> list[e.Event]:
    _require_live(state, "given new figures")
    claim_value = _require_figure(state, "value")
    figure_id = clean_text(cmd.figure_id, "figure_id", max_len=ID_MAX)  # compare what is stored
    if state.figure(figure_id) is not None:
        raise CommandRejected("This figure already exists.", "figure_id")
    _same_unit(cmd.value, claim_value, "value")
    source = clean_text(cmd.source, "source", max_len=ID_MAX)
    return [
        e.FigureAdded(
            figure_id=figure_id,
            source=source,
            value=cmd.value,
            reported_in=_reported_in(cmd.reported_in),
            reason=clean_text(cmd.reason, "reason", max_len=TEXT_MAX, required=False),
            said_by=optional_text(cmd.said_by, "said_by", max_len=NAME_MAX),
            relayed_by=_relays(cmd.relayed_by, source),
            period=cmd.period,
        )
    ]


def _dispute(state: ClaimState, cmd: c.DisputeClaim) -> list[e.Event]:
    _require_live(state, "disputed")
    dispute_id = _new_dispute_id(state, cmd.dispute_id)
    by = _by(cmd.by)
    if cmd.counter_value is not None:
        claim_value = _require_figure(state, "counter_value")
        if by is None:
            raise CommandRejected("A counter value needs the source that gives it.", "by")
        _same_unit(cmd.counter_value, claim_value, "counter_value")
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
    upheld = cmd.resolution == DisputeStatus.UPHELD.value
    if not upheld and _figure_is_value(state, dispute):
        raise CommandRejected(
            "This dispute's figure is already the claim's value (an earlier resolution "
            "accepted it): it cannot be rejected; uphold it.",
            "resolution",
        )
    accepted = cmd.accepted_figure or None
    superseded: tuple[str, ...] = ()
    if accepted is not None:
        superseded = _acceptable(state, accepted, upheld, dispute)
    return [
        e.DisputeResolved(
            dispute_id=dispute.dispute_id,
            resolution=cmd.resolution,
            reason=_reason(cmd.reason),
            accepted_figure=accepted,
            superseded_figures=superseded,
        )
    ]


def _figure_is_value(state: ClaimState, dispute: Dispute) -> bool:
    """Whether the dispute's counter figure is the claim's value: an earlier resolution (of a
    competing dispute) accepted it while this dispute was open."""
    current = state.value_figure
    return current is not None and current.figure_id == dispute.dispute_id


def _acceptable(
    state: ClaimState, figure_id: str, upheld: bool, dispute: Dispute
) -> tuple[str, ...]:
    """Refuse a figure a resolution cannot accept; else the confirmed figures it supersedes."""
    figure = state.figure(figure_id)
    if figure is None:
        raise CommandRejected("No figure with this id on the claim.", "accepted_figure")
    if figure.status in (FigureStatus.REJECTED, FigureStatus.WITHDRAWN):
        raise CommandRejected(
            f"A {figure.status.value} figure cannot be accepted.", "accepted_figure"
        )
    current = state.value_figure
    is_current = current is not None and current.figure_id == figure_id
    if not upheld:
        if not is_current:
            raise CommandRejected(
                "Rejecting a dispute means the claim's own figure stands: it cannot accept a "
                "competing figure.",
                "accepted_figure",
            )
        return ()
    if is_current and figure_id != dispute.dispute_id:
        # A dispute's own figure is what it offered, never what it disputed: accepting it
        # again (an earlier resolution made it the value) changes nothing and supersedes none.
        raise CommandRejected(
            "Upholding a dispute cannot accept the disputed figure itself.", "accepted_figure"
        )
    return _replaced_by(state.figures, figure_id)


def _confirmed_besides(figures: tuple[Figure, ...], figure_id: str) -> tuple[str, ...]:
    """The confirmed figures other than `figure_id`."""
    return tuple(
        f.figure_id
        for f in figures
        if f.status is FigureStatus.CONFIRMED and f.figure_id != figure_id
    )


def _replaced_by(figures: tuple[Figure, ...], accepted: str) -> tuple[str, ...]:
    """What accepting a figure supersedes: any other confirmed figure but the primary, which
    the upheld dispute rejects."""
    return tuple(f for f in _confirmed_besides(figures, accepted) if f != PRIMARY_FIGURE)


def _confirm(state: ClaimState, cmd: c.ConfirmClaim) -> list[e.Event]:
    _require_live(state, "confirmed")
    if state.status is ClaimStatus.CONFIRMED:
        raise CommandRejected("The claim is already confirmed.", "status")
    superseded = _open_ids(state)
    reason = clean_text(cmd.reason, "reason", max_len=TEXT_MAX, required=False)
    if superseded and not reason:
        raise CommandRejected(
            "Confirming closes the open dispute: say why it no longer stands.", "reason"
        )
    if state.status is ClaimStatus.DISPUTED and not reason:
        # (no dispute open: one was upheld against the claim and still stands)
        raise CommandRejected(
            "An upheld dispute stands against this claim: say why it is confirmed all the same.",
            "reason",
        )
    return [
        e.ClaimConfirmed(
            reason=reason,
            by=_by(cmd.by),
            evidence=_url(cmd.evidence, "evidence", required=False),
            superseded_disputes=superseded,
        )
    ]


def _correct(state: ClaimState, cmd: c.CorrectClaim) -> list[e.Event]:
    _require_live(state, "corrected")
    reason = _reason(cmd.reason)
    statement = optional_text(cmd.statement, "statement", max_len=TEXT_MAX)
    if statement is not None:
        statement = visible_text(statement, "statement", max_len=TEXT_MAX, what="A statement")
    new_statement = statement if statement is not None and statement != state.statement else None
    old_value = new_value = None
    unit_changed = False
    superseded: tuple[str, ...] = ()
    if cmd.value is not None and cmd.value != state.value:
        old_value, new_value = _require_figure(state, "value"), cmd.value
        unit_changed = not units_match(new_value.unit, old_value.unit)
        superseded = _confirmed_besides(state.figures, PRIMARY_FIGURE)
    if new_value is None and new_statement is None:
        raise CommandRejected("Give a new value or statement that differs from the current one.")
    return [
        e.ClaimCorrected(
            reason=reason,
            old_value=old_value,
            new_value=new_value,
            old_statement=state.statement if new_statement is not None else None,
            new_statement=new_statement,
            by=_by(cmd.by),
            unit_changed=unit_changed,
            superseded_figures=superseded,
        )
    ]


def _reopen(state: ClaimState, cmd: c.ReopenClaim) -> list[e.Event]:
    if state.status not in VERDICTS:
        raise CommandRejected(
            f"Only a refuted, retracted or confirmed claim can be reopened; this one is "
            f"{state.status.value}: dispute it instead.",
            "status",
        )
    return [
        e.ClaimReopened(
            dispute_id=_new_dispute_id(state, cmd.dispute_id),
            reason=_reason(cmd.reason),
            verdict=state.status.value,
            by=_by(cmd.by),
            evidence=_url(cmd.evidence, "evidence", required=False),
        )
    ]


def _recast(state: ClaimState, cmd: c.RecastAsProposition) -> list[e.Event]:
    # Allowed whatever the status: it corrects how the claim was recorded, not its verdict.
    if state.value is None:
        raise CommandRejected("The claim is already a proposition.", "value")
    return [
        e.ClaimRecast(
            reason=_reason(cmd.reason),
            old_value=state.value,
            withdrawn_figures=tuple(f.figure_id for f in state.figures),
            old_indicator=state.indicator,
            by=_by(cmd.by),
        )
    ]


def _attach_evidence(state: ClaimState, cmd: c.AttachEvidence) -> list[e.Event]:
    evidence_id = clean_text(cmd.evidence_id, "evidence_id", max_len=ID_MAX)  # as stored
    if any(ev.evidence_id == evidence_id for ev in state.evidence):
        raise CommandRejected("This evidence already exists.", "evidence_id")
    if _VERDICT_EVIDENCE_ID.fullmatch(evidence_id):
        raise CommandRejected(
            "Ids of the form '<verdict>-<version>' name the evidence given with a verdict.",
            "evidence_id",
        )
    url = _url(cmd.url, "url", required=True)
    held = next((ev for ev in state.evidence if ev.url == url), None)
    if held is not None:
        raise CommandRejected(
            f"This link is attached to the claim already (evidence {held.evidence_id}).", "url"
        )
    return [
        e.EvidenceAttached(
            evidence_id=evidence_id,
            url=url,
            title=clean_text(cmd.title, "title", max_len=NAME_MAX * 2, required=False),
            kind=clean_text(cmd.kind, "kind", max_len=50, required=False),
            note=clean_text(cmd.note, "note", max_len=TEXT_MAX, required=False),
        )
    ]


# --- valid time -----------------------------------------------------------------------------------
#
# Back-dating is how a claim's story is told: a command may say when its fact happened or was
# said (`occurred_at`, valid time), however long before it is recorded. What cannot have
# happened is refused: a decision on a claim dated before the claim was made (when both dates
# were given), and a decision dated before what it acts on happened (its valid time: when it
# happened, else when it was recorded): a resolution before the dispute it resolves, or the
# figure it accepts; a verdict before a dispute it closes; a reopening before the verdict it
# reopens. (A date later than now is refused beforehand, by `values.happened_by`.)


@dataclass(frozen=True, slots=True)
class Dated:
    """When one of a claim's events happened (valid time), and whether its command said so
    (else `moment` is when it was recorded)."""

    moment: dt.datetime
    given: bool


# The events that decide something about the claim: none can happen before the claim was made.
# (A figure, a piece of evidence or a note may be older than the claim: they are about the facts.)
_DECISIONS: dict[type[e.Event], str] = {
    e.ClaimDisputed: "A dispute",
    e.DisputeResolved: "A resolution",
    e.ClaimConfirmed: "A confirmation",
    e.ClaimCorrected: "A correction",
    e.ClaimRefuted: "A refutation",
    e.ClaimRetracted: "A retraction",
    e.ClaimReopened: "A reopening",
    e.ClaimRecast: "A recast",
}


def check_dates(
    state: ClaimState,
    events: list[e.Event],
    moment: dt.datetime,
    history: list[tuple[e.Event, Dated]],
) -> None:
    """Refuse events (decided on `state`) dated `moment` that cannot have happened then, given
    the claim's events so far in version order (`history`) with their valid times.

    Only a day before is impossible: a date without a time of day (an article's publication
    date, the workspace's "Happened on") is that day's midnight, and says nothing of the order
    of two things that happened on one day."""
    if not history:
        return
    made = history[0][1]
    for event in events:
        what = _DECISIONS.get(type(event))
        if what is None:
            continue
        if made.given and _day_before(moment, made.moment):
            raise CommandRejected(
                f"{what} dated {moment_text(moment)} would come before the claim was made "
                f"({moment_text(made.moment)}).",
                "occurred_at",
            )
        for version, after in _depends_on(state, event, history):
            earlier = history[version - 1][1]
            if _day_before(moment, earlier.moment):
                said = "" if earlier.given else ", when it was recorded: it gave no date"
                raise CommandRejected(
                    f"{what} dated {moment_text(moment)} would come before {after} "
                    f"({moment_text(earlier.moment)}{said}).",
                    "occurred_at",
                )


def _day_before(moment: dt.datetime, other: dt.datetime) -> bool:
    """Whether `moment` falls on a day (UTC) before `other`'s."""
    return moment.astimezone(dt.UTC).date() < other.astimezone(dt.UTC).date()


def _depends_on(
    state: ClaimState, event: e.Event, history: list[tuple[e.Event, Dated]]
) -> list[tuple[int, str]]:
    """The versions whose events this one acts on, each with how a refusal names it."""
    found: list[tuple[int, str]] = []
    match event:
        case e.DisputeResolved():
            dispute = state.dispute(event.dispute_id)
            if dispute is not None:
                found.append((dispute.opened_in_version, "the dispute it resolves was opened"))
            figure = state.figure(event.accepted_figure)
            if figure is not None:
                found.append((figure.added_in_version, "the figure it accepts was given"))
        case e.ClaimConfirmed() | e.ClaimRefuted() | e.ClaimRetracted():
            for dispute_id in event.superseded_disputes or ():  # (decide lists them all)
                closed = state.dispute(dispute_id)
                if closed is not None:
                    which = f"dispute {dispute_id}, which it closes, was opened"
                    found.append((closed.opened_in_version, which))
        case e.ClaimReopened():
            found.append(
                (_status_since(history), f"the {event.verdict} verdict it reopens was given")
            )
    return [(v, after) for v, after in found if 1 <= v <= len(history)]


def _status_since(history: list[tuple[e.Event, Dated]]) -> int:
    """The version at which the claim last took the status it has."""
    state: ClaimState | None = None
    since = 1
    for version, (event, _) in enumerate(history, start=1):
        before = state.status if state is not None else None
        state = evolve(state, event)
        if state.status is not before:
            since = version
    return since


# --- evolve ---------------------------------------------------------------------------------------


def evolve(state: ClaimState | None, event: e.Event) -> ClaimState:
    """Apply one event to the state; events are facts, so this never refuses."""
    if isinstance(event, e.ClaimReported):
        return _reported(event)
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
                said_by=event.said_by,
                relayed_by=event.relayed_by,
                period=event.period,
            )
            return replace(s, version=version, figures=(*s.figures, figure))
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
            return replace(
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
            figures = s.figures
            current = s.value_figure
            if current is not None:
                figures = _set_figure(figures, current.figure_id, status=FigureStatus.CONFIRMED)
            return replace(
                s,
                version=version,
                status=ClaimStatus.CONFIRMED,
                figures=figures,
                disputes=_superseded(s.disputes, event.superseded_disputes, event.reason, version),
                evidence=_with_verdict_evidence(s.evidence, event, ClaimStatus.CONFIRMED, version),
            )
        case e.ClaimCorrected():
            return _corrected(s, event, version)
        case e.ClaimRefuted() | e.ClaimRetracted():
            status = (
                ClaimStatus.REFUTED if isinstance(event, e.ClaimRefuted) else ClaimStatus.RETRACTED
            )
            disputes = _superseded(s.disputes, event.superseded_disputes, event.reason, version)
            kept = s.evidence
            if isinstance(event, e.ClaimRefuted):
                kept = _with_verdict_evidence(kept, event, status, version)
            return replace(s, version=version, status=status, disputes=disputes, evidence=kept)
        case e.ClaimReopened():
            dispute = Dispute(
                dispute_id=event.dispute_id,
                reason=event.reason,
                by=event.by,
                evidence=event.evidence,
                opened_in_version=version,
            )
            return replace(
                s,
                version=version,
                status=ClaimStatus.DISPUTED,
                status_before_dispute=s.status,  # rejecting the new dispute restores the verdict
                disputes=(*s.disputes, dispute),
            )
        case e.ClaimRecast():
            withdrawn = set(event.withdrawn_figures)
            figures = tuple(
                replace(f, status=FigureStatus.WITHDRAWN) if f.figure_id in withdrawn else f
                for f in s.figures
            )
            return replace(s, version=version, value=None, indicator=None, figures=figures)
        case e.EvidenceAttached():
            evidence = Evidence(
                evidence_id=event.evidence_id,
                url=event.url,
                title=event.title,
                kind=event.kind,
                note=event.note,
                added_in_version=version,
            )
            return replace(s, version=version, evidence=(*s.evidence, evidence))
        case e.ReviewAssigned():
            return replace(s, version=version, assignee=event.assignee)
        case e.NoteAdded():
            return replace(s, version=version, notes=s.notes + 1)
    raise ValueError(f"A claim cannot apply {event.event_type}")


def _reported(event: e.ClaimReported) -> ClaimState:
    figures: tuple[Figure, ...] = ()
    if event.value is not None:
        primary = Figure(
            figure_id=PRIMARY_FIGURE,
            source=event.attributed_to,
            value=event.value,
            reported_in=event.reported_in,
            said_by=event.said_by,
            relayed_by=event.relayed_by,
        )
        figures = (primary,)
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
        figures=figures,
        said_by=event.said_by,
        relayed_by=event.relayed_by,
        language=event.language,
        reported_statement=event.statement,
        reported_value=event.value,
    )


def _with_verdict_evidence(
    evidence: tuple[Evidence, ...],
    event: e.ClaimConfirmed | e.ClaimRefuted,
    verdict: ClaimStatus,
    version: int,
) -> tuple[Evidence, ...]:
    """The claim's evidence with the link a verdict gave, if it gave one: the verdict's reason is
    its note, what it shows."""
    if not event.evidence:
        return evidence
    given = Evidence(
        evidence_id=verdict_evidence_id(verdict, version),
        url=event.evidence,
        note=event.reason,
        given_with=verdict.value,
        added_in_version=version,
    )
    return (*evidence, given)


def _superseded(
    disputes: tuple[Dispute, ...], ids: tuple[str, ...] | None, reason: str, version: int
) -> tuple[Dispute, ...]:
    """The disputes with those a verdict closed marked superseded (None: every open one)."""
    if ids == ():
        return disputes  # most verdicts close nothing: no copy
    return tuple(
        replace(
            d,
            status=DisputeStatus.SUPERSEDED,
            resolution_reason=reason,
            resolved_in_version=version,
        )
        if (d.status is DisputeStatus.OPEN if ids is None else d.dispute_id in ids)
        else d
        for d in disputes
    )


def _supersede_figures(figures: tuple[Figure, ...], ids: tuple[str, ...]) -> tuple[Figure, ...]:
    if not ids:
        return figures
    return tuple(
        replace(f, status=FigureStatus.SUPERSEDED) if f.figure_id in ids else f for f in figures
    )


def _corrected(s: ClaimState, event: e.ClaimCorrected, version: int) -> ClaimState:
    figures = s.figures
    value = s.value
    if event.new_value is not None:
        replaced = event.superseded_figures
        if replaced is None:
            replaced = _confirmed_besides(figures, PRIMARY_FIGURE)
        # The new value is the primary figure's again (its source's figure, corrected), to be
        # confirmed anew; a figure that had replaced it is superseded. A new wording alone
        # leaves the figures alone.
        figures = _set_figure(
            _supersede_figures(figures, replaced),
            PRIMARY_FIGURE,
            value=event.new_value,
            status=FigureStatus.REPORTED,
        )
        value = event.new_value
    return replace(
        s,
        version=version,
        status=ClaimStatus.CORRECTED,
        status_before_dispute=ClaimStatus.CORRECTED,  # rejecting a dispute keeps this
        value=value,
        statement=event.new_statement if event.new_statement is not None else s.statement,
        figures=figures,
    )


def _resolved(s: ClaimState, event: e.DisputeResolved, version: int) -> ClaimState:
    resolution = DisputeStatus(event.resolution)
    accepted_id = event.accepted_figure
    resolved = s.dispute(event.dispute_id)
    if (
        resolution is DisputeStatus.UPHELD
        and accepted_id is None
        and resolved is not None
        and _figure_is_value(s, resolved)
    ):
        # Upholding a dispute whose figure an earlier resolution already made the value: the
        # challenge stood and was met by that figure, so it is the figure upheld with, as if
        # named (the claim stays corrected at it, not contested).
        accepted_id = resolved.dispute_id
    disputes = tuple(
        replace(
            d,
            status=resolution,
            resolution_reason=event.reason,
            accepted_figure=accepted_id,
            resolved_in_version=version,
        )
        if d.dispute_id == event.dispute_id
        else d
        for d in s.disputes
    )
    accepted = s.figure(accepted_id)
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
            # The challenger's figure replaces the claim's own, and any figure accepted before.
            replaced = event.superseded_figures
            if replaced is None:
                replaced = _replaced_by(s.figures, accepted.figure_id)
            figures = _set_figure(
                _supersede_figures(figures, replaced), PRIMARY_FIGURE, status=FigureStatus.REJECTED
            )
            value = accepted.value
            status = ClaimStatus.CORRECTED
        else:
            status = ClaimStatus.DISPUTED  # the challenge stands: settled as contested
        returns_to = status
    else:
        current = s.value_figure
        if accepted is not None and current is not None and accepted.figure_id == current.figure_id:
            returns_to = ClaimStatus.CONFIRMED  # the claim's own figure, checked and accepted
        if not still_open:
            status = returns_to
    if still_open and status is not ClaimStatus.CORRECTED:
        status = ClaimStatus.DISPUTED
    return replace(
        s,
        version=version,
        disputes=disputes,
        figures=figures,
        value=value,
        status=status,
        status_before_dispute=returns_to,
    )


def _set_figure(figures: tuple[Figure, ...], figure_id: str, **changes: Any) -> tuple[Figure, ...]:
    return tuple(replace(f, **changes) if f.figure_id == figure_id else f for f in figures)


def replay(events: list[e.Event], state: ClaimState | None = None) -> ClaimState | None:
    """Fold events into a state."""
    for event in events:
        state = evolve(state, event)
    return state
