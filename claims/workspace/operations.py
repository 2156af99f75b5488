"""The operations an editor (or contributor) can perform on a claim, read top to bottom.

Each one: the role table's action name, its URL segment, its form, the service it calls, and
when it applies to a claim (buttons for operations the claim's state refuses are not shown; the
domain still decides).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from claims.core import services
from claims.workspace import forms

FINAL = ("refuted", "retracted")

# service(claim_id, command, context, expected_version) -> Result
Service = Callable[..., services.Result]


@dataclass(frozen=True, slots=True)
class Operation:
    action: str  # key in claims.core.roles.ACTIONS
    slug: str  # URL segment: /admin/claims/claim/<id>/<slug>/
    title: str
    form: type[forms.ClaimOperationForm]
    service: Service
    done: str  # success message
    intro: str  # one line on the form page
    applies: Callable[[Mapping[str, Any]], bool]
    style: str = ""  # "primary" | "danger" | ""
    decision: bool = False  # an editor's decision (shown first, styled as such)


def _live(doc: Mapping[str, Any]) -> bool:
    return doc["status"] not in FINAL


def _has_open_dispute(doc: Mapping[str, Any]) -> bool:
    return _live(doc) and int(doc.get("open_disputes") or 0) > 0


def _confirmable(doc: Mapping[str, Any]) -> bool:
    return _live(doc) and not doc.get("open_disputes") and doc["status"] != "confirmed"


def _always(doc: Mapping[str, Any]) -> bool:
    return True


OPERATIONS: tuple[Operation, ...] = (
    Operation(
        "resolve",
        "resolve",
        "Resolve dispute",
        forms.ResolveDisputeForm,
        services.resolve_dispute,
        "Dispute resolved.",
        "Decide an open dispute, choosing the figure you accept.",
        _has_open_dispute,
        "primary",
        decision=True,
    ),
    Operation(
        "confirm",
        "confirm",
        "Confirm",
        forms.ConfirmClaimForm,
        services.confirm,
        "Claim confirmed.",
        "Confirm the claim as reported: its own figure becomes the accepted one.",
        _confirmable,
        "primary",
        decision=True,
    ),
    Operation(
        "correct",
        "correct",
        "Correct",
        forms.CorrectClaimForm,
        services.correct,
        "Claim corrected.",
        "Replace the figure or the wording; the old one stays in the history.",
        _live,
        decision=True,
    ),
    Operation(
        "refute",
        "refute",
        "Refute",
        forms.RefuteClaimForm,
        services.refute,
        "Claim refuted.",
        "Mark the claim shown false by others. This is final.",
        _live,
        "danger",
        decision=True,
    ),
    Operation(
        "retract",
        "retract",
        "Retract",
        forms.RetractClaimForm,
        services.retract,
        "Claim retracted.",
        "Record that the claim's own source withdrew it. This is final.",
        _live,
        "danger",
        decision=True,
    ),
    Operation(
        "dispute",
        "dispute",
        "Dispute",
        forms.DisputeClaimForm,
        services.dispute,
        "Dispute opened.",
        "Challenge the claim, optionally with another source's figure.",
        _live,
        decision=True,
    ),
    Operation(
        "assign",
        "assign",
        "Assign review",
        forms.AssignReviewForm,
        services.assign,
        "Review assigned.",
        "Give the claim's review to an editor.",
        _always,
    ),
    Operation(
        "add_figure",
        "add-figure",
        "Add figure",
        forms.AddFigureForm,
        services.add_figure,
        "Figure added.",
        "Add a competing figure for the same fact from another source.",
        _live,
    ),
    Operation(
        "attach_evidence",
        "attach-evidence",
        "Attach evidence",
        forms.AttachEvidenceForm,
        services.attach_evidence,
        "Evidence attached.",
        "Link a document that supports or contradicts the claim.",
        _always,
    ),
    Operation(
        "note",
        "note",
        "Add note",
        forms.AddNoteForm,
        services.note,
        "Note added.",
        "Leave a note for the other editors.",
        _always,
    ),
)

BY_SLUG: dict[str, Operation] = {op.slug: op for op in OPERATIONS}
