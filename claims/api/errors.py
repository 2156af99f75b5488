"""Turn every exception a view can raise into a JSON answer with `detail`, a machine-readable
`code` and, for invalid input, messages per field.

- ValidationError (serializers, filters): 400 `validation_error`,
  `{"detail": "Invalid input.", "code", "<field>": [..]}`; `invalid_combination` (or
  `url_refused`, `language_refused`) when every error in it has that code
- ParseError (malformed JSON, NaN, bad encoding): 400 `parse_error`
- CommandRejected (the domain refuses a transition, or an id that names nothing): 400
  `command_rejected`, its field; InvalidValue (a value the domain refuses): 400 `validation_error`
- TooManyEvents, DataError: 400 `validation_error`
- NotAuthenticated, AuthenticationFailed: 401 `not_authenticated`, `authentication_failed`,
  `token_expired` or `token_revoked`
- PermissionDenied: 403 `permission_denied`; Http404 / NotFound: 404 `not_found`
- ConcurrencyError (stale If-Match / expected_version): 409 `conflict`, with `current_version`
- IntegrityError: 409 `conflict`
- AppendLockTimeout, OperationalError (database busy): 503 `unavailable` with Retry-After
- any other APIException: its status and its `default_code` (ERROR_CODES lists them all)
- anything else: 500 `server_error` with a request id, never a traceback
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from django.db import DataError, IntegrityError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views import defaults
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler
from rest_framework.views import set_rollback

from claims.core.domain.errors import CommandRejected, InvalidValue
from claims.core.eventstore import AppendLockTimeout, ConcurrencyError, TooManyEvents

logger = logging.getLogger("claims.api")

RETRY_AFTER_SECONDS = 1

# Every `code` an error body can carry, with what it means: the schema's error components list
# them (tests/api/test_errors.py checks that each answer's code is one of these).
ERROR_CODES: dict[str, str] = {
    "validation_error": "400: invalid input; the body names each invalid field.",
    "parse_error": "400: the body is not JSON this API accepts (malformed, NaN, bad encoding).",
    "invalid_combination": "400: values valid one by one do not go together (a period that "
    "ends before it starts; If-Match and expected_version that differ); the body names them.",
    "url_refused": "400: the webhook URL will not be called: its form, its scheme (plain http "
    "needs CLAIMS_WEBHOOK_ALLOW_HTTP) or an address its host resolves to (not public, unless "
    "CLAIMS_WEBHOOK_ALLOW_PRIVATE); the message says which.",
    "command_rejected": "400: the command does not apply to the resource as it stands (its "
    "status forbids it, an id it names does not exist, or its occurred_at cannot be: later "
    "than now, or before what it acts on); the field is named.",
    "invalid_file": "400: the uploaded file cannot be imported (not a CSV in the export's "
    "columns, or rows that do not validate); the body lists each bad row.",
    "language_refused": "400: the text is in a language the importer does not read (detected, "
    "when no language was given): it reads English and Spanish; the field is named.",
    "not_authenticated": "401: no credentials were sent.",
    "authentication_failed": "401: unknown token, inactive user or wrong credentials.",
    "token_expired": "401: the token expired; get a new one from POST /api/v1/auth/token/.",
    "token_revoked": "401: the token was revoked; get a new one from POST /api/v1/auth/token/.",
    "permission_denied": "403: your role does not allow this (or CSRF failed on a session).",
    "not_found": "404: no such resource (or not yet at `as_of`).",
    "method_not_allowed": "405: this method is not allowed here.",
    "not_acceptable": "406: no representation matches the Accept header.",
    "conflict": "409: the resource changed since the version sent (see current_version).",
    "idempotency_key_in_progress": "409: a request with this Idempotency-Key is still running.",
    "command_id_reused": "409: this command_id was used before with another request.",
    "command_id_in_progress": "409: a request with this command_id is still running.",
    "candidate_decided": "409: this extracted candidate was already accepted or rejected.",
    "payload_too_large": "413: the request body is too large.",
    "unsupported_media_type": "415: send Content-Type: application/json.",
    "idempotency_key_reused": "422: this Idempotency-Key was used with another request.",
    "precondition_required": '428: send If-Match: "<version>" or expected_version.',
    "throttled": "429: too many requests; wait for the seconds in Retry-After.",
    "server_error": "500: an unexpected error; the body carries the request id.",
    "unavailable": "503: the service is busy; retry after the seconds in Retry-After.",
}
ERROR_CODE_CHOICES = list(ERROR_CODES)


class PreconditionRequired(exceptions.APIException):
    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_detail = (
        'Send the version your change is based on: an If-Match: "<version>" header '
        "or expected_version in the body."
    )
    default_code = "precondition_required"


class IdempotencyKeyReused(exceptions.APIException):
    status_code = status.HTTP_422_UNPROCESSABLE_ENTITY
    default_detail = "This Idempotency-Key was already used with a different request."
    default_code = "idempotency_key_reused"


class CommandIdReused(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = (
        "This command_id was already used with a different request: a command_id names one "
        "command for good (send a new one for a new command)."
    )
    default_code = "command_id_reused"


class CommandIdInProgress(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "A request with this command_id is still being processed; retry."
    default_code = "command_id_in_progress"


class IdempotencyKeyInProgress(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "A request with this Idempotency-Key is still being processed; retry."
    default_code = "idempotency_key_in_progress"


INVALID_COMBINATION = "invalid_combination"
URL_REFUSED = "url_refused"  # a webhook URL the server will not call (claims.webhooks.addresses)
LANGUAGE_REFUSED = "language_refused"  # a text the importer does not read (claims.importing)


def field_error(field: str, message: str, code: str | None = None) -> exceptions.ValidationError:
    """Return a 400 naming one field (`code`: INVALID_COMBINATION where it is only wrong
    together with another value)."""
    return exceptions.ValidationError({field: [message]}, code=code)


def _leaf_codes(codes: Any) -> list[Any]:
    if isinstance(codes, Mapping):
        return [leaf for value in codes.values() for leaf in _leaf_codes(value)]
    if isinstance(codes, list):
        return [leaf for value in codes for leaf in _leaf_codes(value)]
    return [codes]


def _clean(value: Any) -> Any:
    """Replace lone surrogates echoed back from the input, which UTF-8 cannot encode."""
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, Mapping):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def _body(detail: Any, code: str) -> dict[str, Any]:
    if isinstance(detail, Mapping):
        fields = dict(detail)
        fields.pop("code", None)
        message = fields.pop("detail", None)
        message = message if isinstance(message, str) else "Invalid input."
        return {"detail": message, "code": code, **fields}
    if isinstance(detail, list):
        return {"detail": "Invalid input.", "code": code, "non_field_errors": detail}
    return {"detail": detail, "code": code}


def _code(exc: Exception, status_code: int) -> str:
    """The `code` of an exception DRF turned into a response."""
    if isinstance(exc, exceptions.ValidationError):
        leaves = _leaf_codes(exc.get_codes())
        for code in (INVALID_COMBINATION, URL_REFUSED, LANGUAGE_REFUSED):
            if leaves and all(leaf == code for leaf in leaves):
                return code
        return "validation_error"
    if isinstance(exc, exceptions.APIException):
        codes = exc.get_codes()
        if isinstance(codes, str) and codes in ERROR_CODES:
            return codes
        if exc.default_code in ERROR_CODES:
            return str(exc.default_code)
    # Django's Http404 and PermissionDenied (which DRF answers as 404 and 403), or an exception
    # with a code of its own that ERROR_CODES does not list: the general code of its status.
    return code_for_status(status_code)


def code_for_status(status_code: int) -> str:
    """The general `code` of an error status (for answers no exception of ours explains)."""
    return _BY_STATUS.get(status_code, "server_error" if status_code >= 500 else "validation_error")


_BY_STATUS = {
    401: "authentication_failed",
    403: "permission_denied",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    428: "precondition_required",
    429: "throttled",
    503: "unavailable",
}


def _answer(
    body: dict[str, Any], status_code: int, code: str, headers: dict[str, str] | None = None
) -> Response:
    set_rollback()
    return Response(_clean({**body, "code": code}), status=status_code, headers=headers)


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """Answer 404 as JSON under /api/ (routes that match no view), else Django's page."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found.", "code": "not_found"}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    """Answer 500 as JSON under /api/, with the request id and no traceback."""
    if request.path.startswith("/api/"):
        request_id = getattr(request, "request_id", None)
        return JsonResponse(
            {"detail": "Internal server error.", "code": "server_error", "request_id": request_id},
            status=500,
        )
    return defaults.server_error(request)


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response:
    """Map exc to a JSON response (see the module docstring)."""
    if isinstance(exc, ConcurrencyError):
        detail = (
            f"Version {exc.expected_version} is stale: it is now at version "
            f"{exc.current_version}. Read it again and retry."
            if exc.expected_version is not None
            else f"This conflicts with version {exc.current_version}."
        )
        return _answer(
            {"detail": detail, "current_version": exc.current_version},
            status.HTTP_409_CONFLICT,
            "conflict",
            {"ETag": f'"{exc.current_version}"'},
        )
    if isinstance(exc, CommandRejected):
        body: dict[str, Any] = {"detail": exc.message}
        body.update(exc.as_dict())
        code = "validation_error" if isinstance(exc, InvalidValue) else "command_rejected"
        return _answer(body, status.HTTP_400_BAD_REQUEST, code)
    if isinstance(exc, TooManyEvents):
        return _answer({"detail": str(exc)}, status.HTTP_400_BAD_REQUEST, "validation_error")
    if isinstance(exc, AppendLockTimeout | OperationalError):
        if isinstance(exc, OperationalError):
            logger.warning("database unavailable: %s", exc)
        return _answer(
            {"detail": "The service is busy; retry shortly."},
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "unavailable",
            {"Retry-After": str(RETRY_AFTER_SECONDS)},
        )
    if isinstance(exc, IntegrityError):
        return _answer(
            {"detail": "The request conflicts with data stored meanwhile; retry."},
            status.HTTP_409_CONFLICT,
            "conflict",
        )
    if isinstance(exc, DataError):
        return _answer(
            {"detail": "A value is out of range."}, status.HTTP_400_BAD_REQUEST, "validation_error"
        )
    response = drf_exception_handler(exc, context)
    if response is not None:
        code = _code(exc, response.status_code)
        if isinstance(exc, exceptions.ValidationError) or not isinstance(response.data, dict):
            response.data = _body(response.data, code)
        else:
            response.data = {**response.data, "code": code}
        response.data = _clean(response.data)
        return response
    request = context.get("request")
    request_id = getattr(request, "request_id", None) if request is not None else None
    logger.exception("unhandled error in %s (request %s)", context.get("view"), request_id)
    return _answer(
        {"detail": "Internal server error.", "request_id": request_id},
        status.HTTP_500_INTERNAL_SERVER_ERROR,
        "server_error",
    )
