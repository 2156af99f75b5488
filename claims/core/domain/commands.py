"""Commands: imperative requests that decide() may refuse.

Identifiers a command introduces (claim, figure, dispute, evidence ids) are chosen by the caller,
so that deciding stays a pure function of state and command.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.core.domain.values import Document, Period, Quantity


@dataclass(frozen=True, kw_only=True, slots=True)
class Command:
    """Base of every command."""


@dataclass(frozen=True, kw_only=True, slots=True)
class ReportClaim(Command):
    claim_id: str
    statement: str
    subject: str
    attributed_to: str
    value: Quantity | None = None  # None: a proposition, a statement with no figure
    indicator: str | None = None
    period: Period | None = None
    place: str = ""
    reported_in: Document | None = None
    note: str = ""
    said_by: str | None = None
    relayed_by: tuple[str, ...] = ()
    language: str = "en"


@dataclass(frozen=True, kw_only=True, slots=True)
class AddFigure(Command):
    figure_id: str
    source: str
    value: Quantity
    reported_in: Document | None = None
    reason: str = ""
    said_by: str | None = None
    relayed_by: tuple[str, ...] = ()
    period: Period | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class DisputeClaim(Command):
    dispute_id: str
    reason: str
    by: str | None = None
    counter_value: Quantity | None = None
    evidence: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class ResolveDispute(Command):
    resolution: str
    reason: str
    dispute_id: str | None = None  # None: the only open dispute
    accepted_figure: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class ConfirmClaim(Command):
    reason: str = ""
    by: str | None = None
    evidence: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class CorrectClaim(Command):
    reason: str
    value: Quantity | None = None
    statement: str | None = None
    by: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class RefuteClaim(Command):
    reason: str
    by: str | None = None
    evidence: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class RetractClaim(Command):
    reason: str
    by: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class ReopenClaim(Command):
    """Question a verdict again (refuted, retracted or confirmed): opens dispute `dispute_id`."""

    dispute_id: str
    reason: str
    by: str | None = None
    evidence: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class RecastAsProposition(Command):
    """Turn a figure claim whose figure only stood for a statement into a proposition."""

    reason: str
    by: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class AttachEvidence(Command):
    evidence_id: str
    url: str
    title: str = ""
    kind: str = ""
    note: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class AssignReview(Command):
    assignee: str


@dataclass(frozen=True, kw_only=True, slots=True)
class AddNote(Command):
    text: str


@dataclass(frozen=True, kw_only=True, slots=True)
class RegisterSource(Command):
    source_id: str
    name: str
    kind: str
    url: str = ""
    wikidata_id: str = ""
    aliases: tuple[str, ...] = ()  # other names it is known by ("Ministerio Público")


@dataclass(frozen=True, kw_only=True, slots=True)
class UpdateSource(Command):
    name: str | None = None
    kind: str | None = None
    url: str | None = None
    wikidata_id: str | None = None
    aliases: tuple[str, ...] | None = None  # the whole new list; () removes them all


@dataclass(frozen=True, kw_only=True, slots=True)
class CiteClaim(Command):
    """Record that something published relied on a claim.

    `version` is the claim version it relied on (None: the current one). `claim_version` is
    the claim's current version (0: no such claim), which the service reads before deciding.
    """

    citation_id: str
    claim: str
    url: str
    title: str = ""
    published_at: str | None = None
    version: int | None = None
    claim_version: int = 0


@dataclass(frozen=True, kw_only=True, slots=True)
class AcknowledgeCitation(Command):
    """Mark a citation handled at its claim's current version (`claim_version`, read by the
    service before deciding)."""

    claim_version: int = 0
