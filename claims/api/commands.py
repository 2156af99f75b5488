"""The API's commands, generated from the command table: an input serializer and a view each.

A command on a claim is `POST /api/v1/claims/{id}/<slug>/`: validate the input, build the
command, call the service, answer with the claim as it now stands. It needs the version it is
based on: `If-Match: "<version>"` or `expected_version` in the body (neither: 428; both and
different: 400). A stale version answers 409 with `current_version`; a command the claim's
status forbids answers 400 naming the field.
"""

from __future__ import annotations

from typing import ClassVar

from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api import serializers as s
from claims.api.base import ApiView, expected_version, validated
from claims.api.idempotency import idempotent
from claims.api.inputs import DOCS, INPUTS
from claims.api.schema import (
    COMMAND_ERRORS,
    ETAG,
    IDEMPOTENCY_KEY,
    IF_MATCH,
    RETRY_AFTER_WRITE,
    responses,
)
from claims.api.views import claim_response
from claims.core import commands, selectors
from claims.core.commands import Spec


class ClaimCommandView(ApiView):
    """Base of the command views: check the claim exists, validate, resolve the version."""

    spec: ClassVar[Spec]
    command_ids = True  # every command takes a command_id (claims/api/idempotency.py)

    def run(self, request: Request, claim_id: str) -> Response:
        if not selectors.claim_exists(claim_id):
            raise NotFound("No such claim.")
        data = validated(INPUTS[self.spec.name], request.data)
        version = expected_version(request, data)
        command = self.spec.build(data)
        result = self.spec.run(claim_id, command, self.context(request, data), version)
        return claim_response(claim_id, result=result)


def command_view(spec: Spec) -> type[ClaimCommandView]:
    """The view of one command on a claim, documented from the table."""
    _, summary, description = DOCS[spec.name]
    assert spec.api_slug is not None

    @extend_schema(
        operation_id=f"claims_{spec.api_slug.replace('-', '_')}",
        summary=summary,
        request=INPUTS[spec.name],
        parameters=[IF_MATCH, IDEMPOTENCY_KEY, ETAG, RETRY_AFTER_WRITE],
        responses=responses({200: s.ClaimOutput}, COMMAND_ERRORS),
    )
    @idempotent
    def post(self: ClaimCommandView, request: Request, claim_id: str) -> Response:
        return self.run(request, claim_id)

    return type(
        f"{spec.command.__name__}View",
        (ClaimCommandView,),
        {
            "__doc__": f"{description} ({spec.role}s).",
            "__module__": __name__,
            "spec": spec,
            "required_roles": {"POST": spec.role},
            "post": post,
        },
    )


# slug -> view, in table order: the routes of POST /api/v1/claims/{id}/<slug>/.
COMMAND_VIEWS: dict[str, type[ClaimCommandView]] = {
    spec.api_slug: command_view(spec) for spec in commands.CLAIM_COMMANDS if spec.api_slug
}
