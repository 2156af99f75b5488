"""The operations an editor (or contributor) can perform on a claim, read top to bottom.

Each is a command of the table (`claims.core.commands`: its form, service and least role come
from there) with how the admin shows it: a title, the success message, one line on its page,
when it applies to a claim (buttons for operations the claim's state refuses are not shown; the
domain still decides), and its style. Decisions come first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from django.utils.module_loading import import_string

from claims.core import services
from claims.core.commands import COMMANDS, Spec
from claims.workspace.forms import ClaimOperationForm

FINAL = ("refuted", "retracted")
VERDICTS = ("refuted", "retracted", "confirmed")


@dataclass(frozen=True, slots=True)
class Operation:
    spec: Spec
    form: type[ClaimOperationForm]
    title: str
    done: str  # success message
    intro: str  # one line on the form page
    applies: Callable[[Mapping[str, Any]], bool]
    style: str = ""  # "primary" | "danger" | ""
    decision: bool = False  # an editor's decision (shown first, styled as such)

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def slug(self) -> str:
        """Its URL segment: /admin/claims/claim/<id>/<slug>/."""
        return self.spec.name.replace("_", "-")

    def run(
        self, claim_id: str, form: ClaimOperationForm, ctx: services.Context, expected: int
    ) -> services.Result:
        assert form.command is not None
        return self.spec.run(claim_id, form.command, ctx, expected)


def operation(name: str, title: str, done: str, intro: str, applies: Any, **kw: Any) -> Operation:
    spec = COMMANDS[name]
    assert spec.form is not None, f"{name} has no admin form"
    return Operation(spec, import_string(spec.form), title, done, intro, applies, **kw)


def _live(doc: Mapping[str, Any]) -> bool:
    return doc["status"] not in FINAL


def _has_open_dispute(doc: Mapping[str, Any]) -> bool:
    return _live(doc) and int(doc.get("open_disputes") or 0) > 0


def _confirmable(doc: Mapping[str, Any]) -> bool:
    return _live(doc) and not doc.get("open_disputes") and doc["status"] != "confirmed"


def _always(doc: Mapping[str, Any]) -> bool:
    return True


def _has_figure(doc: Mapping[str, Any]) -> bool:
    return doc.get("value") is not None


def _takes_figures(doc: Mapping[str, Any]) -> bool:
    return _live(doc) and _has_figure(doc)


def _has_verdict(doc: Mapping[str, Any]) -> bool:
    return doc["status"] in VERDICTS


OPERATIONS: tuple[Operation, ...] = (
    operation(
        "resolve",
        "Resolve dispute",
        "Dispute resolved.",
        "Decide an open dispute, choosing the figure you accept.",
        _has_open_dispute,
        style="primary",
        decision=True,
    ),
    operation(
        "confirm",
        "Confirm",
        "Claim confirmed.",
        "Confirm the claim as it stands now: the figure it gives now, if it gives one, becomes "
        "the accepted one.",
        _confirmable,
        style="primary",
        decision=True,
    ),
    operation(
        "correct",
        "Correct",
        "Claim corrected.",
        "Replace the figure or the wording; the old one stays in the history.",
        _live,
        decision=True,
    ),
    operation(
        "refute",
        "Refute",
        "Claim refuted.",
        "Mark the claim shown false by others. Only Reopen undoes it.",
        _live,
        style="danger",
        decision=True,
    ),
    operation(
        "retract",
        "Retract",
        "Claim retracted.",
        "Record that the claim's own source withdrew it. Only Reopen undoes it.",
        _live,
        style="danger",
        decision=True,
    ),
    operation(
        "reopen",
        "Reopen",
        "Claim reopened: it is disputed again.",
        "Question the verdict again when new evidence arrives: a dispute opens and the claim "
        "is disputed until you decide anew.",
        _has_verdict,
        decision=True,
    ),
    operation(
        "dispute",
        "Dispute",
        "Dispute opened.",
        "Challenge the claim, optionally with another source's figure.",
        _live,
        decision=True,
    ),
    operation(
        "assign",
        "Assign review",
        "Review assigned.",
        "Give the claim's review to an editor.",
        _always,
    ),
    operation(
        "add_figure",
        "Add figure",
        "Figure added.",
        "Add a competing figure for the same fact from another source.",
        _takes_figures,
    ),
    operation(
        "attach_evidence",
        "Attach evidence",
        "Evidence attached.",
        "Link a document that supports or contradicts the claim.",
        _always,
    ),
    operation("note", "Add note", "Note added.", "Leave a note for the other editors.", _always),
    operation(
        "recast",
        "Recast as a proposition",
        "Claim recast as a proposition.",
        "The figure only stood for a statement (“1 people” for “was killed”): the claim becomes "
        "a statement without a figure. Its figures are withdrawn, the history keeps them, and "
        "it stops feeding its indicator. The verdict is kept.",
        _has_figure,
        style="danger",
    ),
)
