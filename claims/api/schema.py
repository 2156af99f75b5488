"""OpenAPI helpers: optional auth on reads, and the error answers each kind of operation gives."""

from __future__ import annotations

from typing import Any

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from rest_framework.permissions import SAFE_METHODS

from claims.api.idempotency import HEADER as IDEMPOTENCY_HEADER
from claims.api.serializers import ConflictOutput, ErrorOutput

ERROR_DESCRIPTIONS = {
    400: "Invalid input, or a command the claim's status does not allow: `detail` and a list "
    "of messages per field.",
    401: "No valid credentials (send `Authorization: Token <token>`).",
    403: "Your role does not allow this (or CSRF failed on a session request).",
    404: "No such resource (or, with `as_of`, it did not exist yet).",
    409: "The resource changed since the version you sent: `current_version` tells where it is.",
    412: "Precondition failed.",
    413: "The request body is too large.",
    415: "Send `Content-Type: application/json`.",
    422: "This Idempotency-Key was already used with a different request.",
    428: 'No version given: send `If-Match: "<version>"` or `expected_version`.',
    429: "Too many requests: wait for the seconds in Retry-After.",
    503: "The event store is busy: retry after the seconds in Retry-After.",
}

READ_ERRORS = (400, 401, 403, 429)
DETAIL_ERRORS = (400, 401, 403, 404, 429)
CREATE_ERRORS = (400, 401, 403, 413, 415, 422, 429, 503)
COMMAND_ERRORS = (400, 401, 403, 404, 409, 413, 415, 422, 428, 429, 503)
PATCH_ERRORS = (400, 401, 403, 404, 409, 413, 415, 428, 429, 503)


def responses(ok: dict[int, Any], errors: tuple[int, ...]) -> dict[int, Any]:
    """Combine the success answers with documented error answers."""
    out: dict[int, Any] = dict(ok)
    for code in errors:
        serializer = ConflictOutput if code == 409 else ErrorOutput
        out[code] = OpenApiResponse(serializer, description=ERROR_DESCRIPTIONS[code])
    return out


IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=False,
    pattern=r'^"[0-9]{1,10}"$',
    description='The version the change is based on, quoted: `"3"` (or send `expected_version`).',
)
IDEMPOTENCY_KEY = OpenApiParameter(
    IDEMPOTENCY_HEADER,
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=False,
    pattern=r"^[!-~]{1,255}$",
    description="Any unique string; a retry with the same key and body replays the first answer "
    "without appending again (same key, other body: 422). Keys are per user and expire after "
    "CLAIMS_IDEMPOTENCY_TTL_HOURS (24 by default).",
)


class ApiSchema(AutoSchema):
    """Tag operations by resource; mark reads as possible without credentials."""

    def get_tags(self) -> list[str]:
        parts = [p for p in self.path.split("/") if p and not p.startswith("{")]
        return [parts[2] if len(parts) > 2 else "api"]

    def get_auth(self) -> list[dict[str, Any]]:
        auths: list[dict[str, Any]] = super().get_auth()
        if auths and self.method in SAFE_METHODS and {} not in auths:
            auths.append({})
        return auths


def _header(name: str, codes: list[int], description: str) -> OpenApiParameter:
    return OpenApiParameter(
        name, OpenApiTypes.STR, OpenApiParameter.HEADER, description=description, response=codes
    )


ETAG = _header("ETag", [200, 304], 'The version of what was answered, quoted: `"3"`.')
IF_NONE_MATCH = OpenApiParameter(
    "If-None-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=False,
    description='ETags the client holds (`"3"`, a list, or `*`): when one is current the '
    "answer is 304 with no body.",
)
NOT_MODIFIED = {304: OpenApiResponse(description="Not modified: the ETag you hold is current.")}
ETAG_CREATED = _header("ETag", [201], 'The version of what was created: `"1"`.')
LOCATION = _header("Location", [201], "The URL of what was created.")
RETRY_AFTER_READ = _header("Retry-After", [429], "Seconds to wait before retrying.")
RETRY_AFTER_WRITE = _header("Retry-After", [429, 503], "Seconds to wait before retrying.")
