"""Turn every exception a view can raise into a JSON answer with `detail` and field messages.

| exception | status |
|---|---|
| ValidationError (serializers, filters) | 400 `{"detail": "Invalid input.", "<field>": [..]}` |
| ParseError (malformed JSON, NaN, bad encoding) | 400 |
| CommandRejected (the domain refuses: bad value or a forbidden transition) | 400 with its field |
| ConcurrencyError (stale If-Match / expected_version) | 409 `{"detail", "current_version"}` |
| IntegrityError | 409 |
| DataError | 400 |
| AppendLockTimeout, OperationalError (database busy) | 503 with Retry-After |
| Http404 / NotFound | 404 |
| anything else | 500 with a request id, never a traceback |
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

from claims.core.domain.errors import CommandRejected
from claims.core.eventstore import AppendLockTimeout, ConcurrencyError, TooManyEvents

logger = logging.getLogger("claims.api")

RETRY_AFTER_SECONDS = 1


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


class IdempotencyKeyInProgress(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "A request with this Idempotency-Key is still being processed; retry."
    default_code = "idempotency_key_in_progress"


def field_error(field: str, message: str) -> exceptions.ValidationError:
    """Return a 400 naming one field."""
    return exceptions.ValidationError({field: [message]})


def _clean(value: Any) -> Any:
    """Replace lone surrogates echoed back from the input, which UTF-8 cannot encode."""
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, Mapping):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def _body(detail: Any) -> dict[str, Any]:
    if isinstance(detail, Mapping):
        fields = dict(detail)
        message = fields.pop("detail", None)
        return {"detail": message if isinstance(message, str) else "Invalid input.", **fields}
    if isinstance(detail, list):
        return {"detail": "Invalid input.", "non_field_errors": detail}
    return {"detail": detail}


def _answer(body: dict[str, Any], code: int, headers: dict[str, str] | None = None) -> Response:
    set_rollback()
    return Response(_clean(body), status=code, headers=headers)


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """Answer 404 as JSON under /api/ (routes that match no view), else Django's page."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    """Answer 500 as JSON under /api/, with the request id and no traceback."""
    if request.path.startswith("/api/"):
        request_id = getattr(request, "request_id", None)
        return JsonResponse(
            {"detail": "Internal server error.", "request_id": request_id}, status=500
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
            {"ETag": f'"{exc.current_version}"'},
        )
    if isinstance(exc, CommandRejected):
        body: dict[str, Any] = {"detail": exc.message}
        body.update(exc.as_dict())
        return _answer(body, status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, TooManyEvents):
        return _answer({"detail": str(exc)}, status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, AppendLockTimeout | OperationalError):
        if isinstance(exc, OperationalError):
            logger.warning("database unavailable: %s", exc)
        return _answer(
            {"detail": "The service is busy; retry shortly."},
            status.HTTP_503_SERVICE_UNAVAILABLE,
            {"Retry-After": str(RETRY_AFTER_SECONDS)},
        )
    if isinstance(exc, IntegrityError):
        return _answer(
            {"detail": "The request conflicts with data stored meanwhile; retry."},
            status.HTTP_409_CONFLICT,
        )
    if isinstance(exc, DataError):
        return _answer({"detail": "A value is out of range."}, status.HTTP_400_BAD_REQUEST)
    response = drf_exception_handler(exc, context)
    if response is not None:
        if isinstance(exc, exceptions.ValidationError) or not isinstance(response.data, dict):
            response.data = _body(response.data)
        response.data = _clean(response.data)
        return response
    request = context.get("request")
    request_id = getattr(request, "request_id", None) if request is not None else None
    logger.exception("unhandled error in %s (request %s)", context.get("view"), request_id)
    return _answer(
        {"detail": "Internal server error.", "request_id": request_id},
        status.HTTP_500_INTERNAL_SERVER_ERROR,
    )
