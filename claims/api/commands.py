"""One view per command on a claim: validate the input, build the command, call the service,
answer with the claim as it now stands.

Every command needs the version it is based on: `If-Match: "<version>"` or `expected_version`
in the body (neither: 428; both and different: 400). A stale version answers 409 with
`current_version`; a command the claim's status forbids answers 400 naming the field.
"""

from __future__ import annotations

from typing import Any, ClassVar

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api import serializers as s
from claims.api.base import ApiView, expected_version
from claims.api.idempotency import idempotent
from claims.api.permissions import CONTRIBUTOR, EDITOR
from claims.api.schema import (
    COMMAND_ERRORS,
    ETAG,
    IDEMPOTENCY_KEY,
    IF_MATCH,
    RETRY_AFTER_WRITE,
    responses,
)
from claims.api.views import claim_response, document, quantity
from claims.core import models, services
from claims.core.domain import commands as c


def command_schema(action: str, summary: str, request: type[serializers.Serializer]) -> Any:
    """Document a claim command: its body, headers, and every answer it can give."""
    return extend_schema(
        operation_id=f"claims_{action.replace('-', '_')}",
        summary=summary,
        request=request,
        parameters=[IF_MATCH, IDEMPOTENCY_KEY, ETAG, RETRY_AFTER_WRITE],
        responses=responses({200: s.ClaimOutput}, COMMAND_ERRORS),
    )


class ClaimCommandView(ApiView):
    """Base of the command views: check the claim exists, validate, resolve the version."""

    required_roles: ClassVar[dict[str, str]] = {"POST": EDITOR}

    def validated(
        self, serializer_class: type[serializers.Serializer], request: Request, claim_id: str
    ) -> dict[str, Any]:
        if not models.Claim.objects.filter(pk=claim_id).exists():
            raise NotFound("No such claim.")
        serializer = serializer_class(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        data["expected_version"] = expected_version(request, data)
        return data


class AddFigureView(ClaimCommandView):
    """Add a competing figure from another source (contributors)."""

    required_roles: ClassVar[dict[str, str]] = {"POST": CONTRIBUTOR}

    class AddFigureInput(s.CommandInput):
        source = s.source_ref(  # type: ignore[assignment]
            "Id of the source giving this figure.", required=True
        )
        value = s.ValueInput()
        reported_in = s.DocumentInput(required=False, allow_null=True)
        reason = s.optional_text(2000)

    @command_schema("add-figure", "Add a competing figure from another source", AddFigureInput)
    @idempotent
    def post(self, request: Request, claim_id: str) -> Response:
        data = self.validated(self.AddFigureInput, request, claim_id)
        command = c.AddFigure(
            figure_id=services.new_id(),
            source=data["source"],
            value=quantity(data["value"]),  # type: ignore[arg-type]
            reported_in=document(data.get("reported_in")),
            reason=data.get("reason", ""),
        )
        result = services.add_figure(
            claim_id, command, self.context(request, data), data["expected_version"]
        )
        return claim_response(claim_id, result=result)


class DisputeClaimView(ClaimCommandView):
    """Open a dispute against the claim, optionally with a counter figure (editors)."""

    class DisputeInput(s.CommandInput):
        reason = s.text(2000)
        by = s.source_ref("Id of the source that disputes the claim.")
        counter_value = s.ValueInput(required=False, allow_null=True)
        evidence = s.optional_text(2000)

    @command_schema("dispute", "Dispute a claim", DisputeInput)
    @idempotent
    def post(self, request: Request, claim_id: str) -> Response:
        data = self.validated(self.DisputeInput, request, claim_id)
        command = c.DisputeClaim(
            dispute_id=services.new_id(),
            reason=data["reason"],
            by=data.get("by") or None,
            counter_value=quantity(data.get("counter_value")),
            evidence=data.get("evidence", ""),
        )
        result = services.dispute(
            claim_id, command, self.context(request, data), data["expected_version"]
        )
        return claim_response(claim_id, result=result)


class ResolveDisputeView(ClaimCommandView):
    """Resolve an open dispute: upheld (the challenge stands) or rejected (editors)."""

    class ResolveDisputeInput(s.CommandInput):
        resolution = s.ResolutionField(choices=s.RESOLUTIONS)
        reason = s.text(2000)
        accepted_figure = serializers.CharField(
            max_length=64, required=False, allow_null=True, allow_blank=True
        )
        dispute = serializers.CharField(
            max_length=64,
            required=False,
            allow_null=True,
            allow_blank=True,
            help_text="Id of the dispute to resolve; may be left out when only one is open.",
        )

    @command_schema("resolve-dispute", "Resolve a dispute", ResolveDisputeInput)
    @idempotent
    def post(self, request: Request, claim_id: str) -> Response:
        data = self.validated(self.ResolveDisputeInput, request, claim_id)
        command = c.ResolveDispute(
            resolution=data["resolution"],
            reason=data["reason"],
            dispute_id=data.get("dispute") or None,
            accepted_figure=data.get("accepted_figure") or None,
        )
        result = services.resolve_dispute(
            claim_id, command, self.context(request, data), data["expected_version"]
        )
        return claim_response(claim_id, result=result)


class ConfirmClaimView(ClaimCommandView):
    """Confirm the claim once no dispute is open (editors)."""

    class ConfirmInput(s.CommandInput):
        reason = s.optional_text(2000)
        by = s.source_ref("Id of the source that confirms the claim.")
        evidence = s.optional_text(2000)

    @command_schema("confirm", "Confirm a claim", ConfirmInput)
    @idempotent
    def post(self, request: Request, claim_id: str) -> Response:
        data = self.validated(self.ConfirmInput, request, claim_id)
        command = c.ConfirmClaim(
            reason=data.get("reason", ""),
            by=data.get("by") or None,
            evidence=data.get("evidence", ""),
        )
        result = services.confirm(
            claim_id, command, self.context(request, data), data["expected_version"]
        )
        return claim_response(claim_id, result=result)


class CorrectClaimView(ClaimCommandView):
    """Replace the claim's figure and/or statement; the old one stays in history (editors)."""

    class CorrectInput(s.CommandInput):
        reason = s.text(2000)
        value = s.ValueInput(required=False, allow_null=True)
        statement = serializers.CharField(
            max_length=2000, required=False, allow_null=True, allow_blank=True
        )
        by = s.source_ref("Id of the source of the correction.")

    @command_schema("correct", "Correct a claim's figure or statement", CorrectInput)
    @idempotent
    def post(self, request: Request, claim_id: str) -> Response:
        data = self.validated(self.CorrectInput, request, claim_id)
        command = c.CorrectClaim(
            reason=data["reason"],
            value=quantity(data.get("value")),
            statement=data.get("statement") or None,
            by=data.get("by") or None,
        )
        result = services.correct(
            claim_id, command, self.context(request, data), data["expected_version"]
        )
        return claim_response(claim_id, result=result)


class RefuteClaimView(ClaimCommandView):
    """Mark the claim shown false by others (editors)."""

    class RefuteInput(s.CommandInput):
        reason = s.text(2000)
        by = s.source_ref("Id of the source that refutes the claim.")
        evidence = s.optional_text(2000)

    @command_schema("refute", "Refute a claim (shown false by others)", RefuteInput)
    @idempotent
    def post(self, request: Request, claim_id: str) -> Response:
        data = self.validated(self.RefuteInput, request, claim_id)
        command = c.RefuteClaim(
            reason=data["reason"], by=data.get("by") or None, evidence=data.get("evidence", "")
        )
        result = services.refute(
            claim_id, command, self.context(request, data), data["expected_version"]
        )
        return claim_response(claim_id, result=result)


class RetractClaimView(ClaimCommandView):
    """Mark the claim withdrawn by its own source (editors)."""

    class RetractInput(s.CommandInput):
        reason = s.text(2000)
        by = s.source_ref("Id of the source that retracts the claim.")

    @command_schema("retract", "Retract a claim (withdrawn by its source)", RetractInput)
    @idempotent
    def post(self, request: Request, claim_id: str) -> Response:
        data = self.validated(self.RetractInput, request, claim_id)
        command = c.RetractClaim(reason=data["reason"], by=data.get("by") or None)
        result = services.retract(
            claim_id, command, self.context(request, data), data["expected_version"]
        )
        return claim_response(claim_id, result=result)


class AttachEvidenceView(ClaimCommandView):
    """Attach a piece of evidence (a URL) to the claim (contributors)."""

    required_roles: ClassVar[dict[str, str]] = {"POST": CONTRIBUTOR}

    class AttachEvidenceInput(s.CommandInput):
        url = s.text(2000)
        title = s.optional_text(400)
        kind = s.optional_text(50)
        note = s.optional_text(2000)

    @command_schema("attach-evidence", "Attach evidence to a claim", AttachEvidenceInput)
    @idempotent
    def post(self, request: Request, claim_id: str) -> Response:
        data = self.validated(self.AttachEvidenceInput, request, claim_id)
        command = c.AttachEvidence(
            evidence_id=services.new_id(),
            url=data["url"],
            title=data.get("title", ""),
            kind=data.get("kind", ""),
            note=data.get("note", ""),
        )
        result = services.attach_evidence(
            claim_id, command, self.context(request, data), data["expected_version"]
        )
        return claim_response(claim_id, result=result)


class AssignReviewView(ClaimCommandView):
    """Assign the claim's review to a user (editors)."""

    class AssignInput(s.CommandInput):
        assignee = s.text(150, help_text="Username of the editor to review the claim.")

    @command_schema("assign", "Assign the claim's review to a user", AssignInput)
    @idempotent
    def post(self, request: Request, claim_id: str) -> Response:
        data = self.validated(self.AssignInput, request, claim_id)
        command = c.AssignReview(assignee=data["assignee"])
        result = services.assign(
            claim_id, command, self.context(request, data), data["expected_version"]
        )
        return claim_response(claim_id, result=result)


class AddNoteView(ClaimCommandView):
    """Add a note to the claim (contributors)."""

    required_roles: ClassVar[dict[str, str]] = {"POST": CONTRIBUTOR}

    class NoteInput(s.CommandInput):
        text = s.text(10_000)

    @command_schema("note", "Add a note to a claim", NoteInput)
    @idempotent
    def post(self, request: Request, claim_id: str) -> Response:
        data = self.validated(self.NoteInput, request, claim_id)
        command = c.AddNote(text=data["text"])
        result = services.note(
            claim_id, command, self.context(request, data), data["expected_version"]
        )
        return claim_response(claim_id, result=result)


COMMAND_VIEWS: dict[str, type[ClaimCommandView]] = {
    "add-figure": AddFigureView,
    "dispute": DisputeClaimView,
    "resolve-dispute": ResolveDisputeView,
    "confirm": ConfirmClaimView,
    "correct": CorrectClaimView,
    "refute": RefuteClaimView,
    "retract": RetractClaimView,
    "attach-evidence": AttachEvidenceView,
    "assign": AssignReviewView,
    "note": AddNoteView,
}
