"""Idempotency-Key on POST, and a command's `command_id`: a retried request gets the first
answer and appends nothing new.

- Keys are per user (anonymous users cannot POST), 1-255 visible ASCII characters.
- The request is fingerprinted by SHA-256 over method, path, If-Match and the canonical JSON body.
  The same key with the same fingerprint replays the stored status, body, ETag and Location
  (plus `Idempotent-Replayed: true`); the same key with another fingerprint answers 422.
- Only successful (2xx) answers are stored; a refused request can be retried with its key.
- Keys expire after `settings.CLAIMS_IDEMPOTENCY_TTL_HOURS` hours (default 24); an expired key
  counts as new.
- Race safety: the record is inserted before the command runs, inside the command's own
  transaction. A concurrent request with the same key blocks on the unique (user, key) index
  until the first commits (PostgreSQL) or waits for the write lock (SQLite opens write
  transactions IMMEDIATE), then finds the stored answer and replays it.

A `command_id` (a UUID in the body of any command from the command table; the views that take
one say so with `command_ids = True`) works the same way with two differences: it is remembered
for good (no expiry: an importer that retries a month later appends nothing), and it names one
command of one user, so the same id with another request — another body, path, If-Match, or
another user — answers 409 `command_id_reused`. Both may come together; each is checked.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from rest_framework.exceptions import NotAuthenticated
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api.errors import (
    CommandIdInProgress,
    CommandIdReused,
    IdempotencyKeyInProgress,
    IdempotencyKeyReused,
    field_error,
)
from claims.api.parsers import loads
from claims.core.models import CommandRecord, IdempotencyRecord

HEADER = "Idempotency-Key"
KEY_PATTERN = r"^[\x21-\x7e]{1,255}$"
_KEY = re.compile(KEY_PATTERN)
REPLAYED_HEADER = "Idempotent-Replayed"
COMMAND_ID = "command_id"
_KEPT_HEADERS = ("ETag", "Location")

Handler = Callable[..., Response]


def ttl() -> dt.timedelta:
    return dt.timedelta(hours=int(getattr(settings, "CLAIMS_IDEMPOTENCY_TTL_HOURS", 24)))


def _canonical(value: Any) -> str:
    def tag(obj: Any) -> Any:
        if isinstance(obj, Decimal):
            return {"$decimal": str(obj)}
        raise TypeError(type(obj).__name__)

    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=tag)


def fingerprint(request: Request) -> str:
    """Hash what makes two requests the same: method, path, If-Match and the JSON body."""
    parts = [
        request.method or "",
        request.path,
        request.headers.get("If-Match", ""),
        _canonical(request.data),
    ]
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _replay(record: IdempotencyRecord | CommandRecord, request_hash: str) -> Response:
    if record.request_hash != request_hash:
        if isinstance(record, CommandRecord):
            raise CommandIdReused()
        raise IdempotencyKeyReused()
    headers = {k: v for k, v in record.response_headers.items() if k in _KEPT_HEADERS}
    headers[REPLAYED_HEADER] = "true"
    return Response(record.response_body, status=record.status_code, headers=headers)


def _stored(user_id: int, key: str) -> IdempotencyRecord | None:
    return IdempotencyRecord.objects.filter(
        user_id=user_id, key=key, created_at__gte=timezone.now() - ttl()
    ).first()


def _stored_command(command_id: uuid.UUID) -> CommandRecord | None:
    return CommandRecord.objects.filter(command_id=command_id).first()


def command_id_of(request: Request) -> uuid.UUID | None:
    """The body's `command_id`, if it has one (a UUID; anything else is a 400 naming it)."""
    data = request.data
    raw = data.get(COMMAND_ID) if isinstance(data, dict) else None
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise field_error(COMMAND_ID, "Must be a valid UUID.")
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise field_error(COMMAND_ID, "Must be a valid UUID.") from None


def _user_hash(user_id: int, request_hash: str) -> str:
    """A command_id's fingerprint: the request's, and who sent it."""
    return hashlib.sha256(f"{user_id}\n{request_hash}".encode()).hexdigest()


def idempotent(handler: Handler) -> Handler:
    """Wrap a view's post() (or patch()) so a repeated Idempotency-Key or command_id replays the
    first answer (module docstring)."""

    @functools.wraps(handler)
    def wrapper(view: Any, request: Request, *args: Any, **kwargs: Any) -> Response:
        key = request.headers.get(HEADER) if request.method == "POST" else None
        command_id = command_id_of(request) if getattr(view, "command_ids", False) else None
        if key is None and command_id is None:
            return handler(view, request, *args, **kwargs)
        if key is not None and not _KEY.match(key):
            raise field_error(HEADER, "Use 1 to 255 visible ASCII characters.")
        if request.user.pk is None:
            raise NotAuthenticated()
        user_id = int(request.user.pk)
        request_hash = fingerprint(request)
        command_hash = _user_hash(user_id, request_hash)
        with transaction.atomic():
            if key is not None:
                IdempotencyRecord.objects.filter(
                    user_id=user_id, created_at__lt=timezone.now() - ttl()
                ).delete()
                existing = _stored(user_id, key)
                if existing is not None:
                    return _replay(existing, request_hash)
            if command_id is not None:
                remembered = _stored_command(command_id)
                if remembered is not None:
                    return _replay(remembered, command_hash)
            records: list[IdempotencyRecord | CommandRecord] = []
            try:
                with transaction.atomic():
                    if key is not None:
                        records.append(
                            IdempotencyRecord.objects.create(
                                user_id=user_id,
                                key=key,
                                method=request.method or "",
                                path=request.path[:500],
                                request_hash=request_hash,
                                status_code=0,
                                response_body={},
                                created_at=timezone.now(),
                            )
                        )
                    if command_id is not None:
                        records.append(
                            CommandRecord.objects.create(
                                command_id=command_id,
                                user_id=user_id,
                                method=request.method or "",
                                path=request.path[:500],
                                request_hash=command_hash,
                                status_code=0,
                                response_body={},
                                created_at=timezone.now(),
                            )
                        )
            except IntegrityError:
                # A concurrent request with this key or command_id committed first: answer as
                # it did.
                return _concurrent(user_id, key, command_id, request_hash, command_hash)
            response = handler(view, request, *args, **kwargs)
            if not 200 <= response.status_code < 300:
                transaction.set_rollback(True)
                return response
            body = loads(JSONRenderer().render(response.data).decode("utf-8"))
            headers = {k: response[k] for k in _KEPT_HEADERS if k in response}
            for record in records:
                record.status_code = response.status_code
                record.response_body = body
                record.response_headers = headers
                record.save(update_fields=["status_code", "response_body", "response_headers"])
        return response

    return wrapper


def _concurrent(
    user_id: int,
    key: str | None,
    command_id: uuid.UUID | None,
    request_hash: str,
    command_hash: str,
) -> Response:
    """The answer of the request that took this key or command_id first."""
    if command_id is not None:
        remembered = _stored_command(command_id)
        if remembered is not None:
            return _replay(remembered, command_hash)
    if key is not None:
        existing = _stored(user_id, key)
        if existing is not None:
            return _replay(existing, request_hash)
    if command_id is not None:
        raise CommandIdInProgress()
    raise IdempotencyKeyInProgress()
