"""Idempotency-Key on POST: a retried request gets the first answer and appends nothing new.

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
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
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

from claims.api.errors import IdempotencyKeyInProgress, IdempotencyKeyReused, field_error
from claims.api.parsers import loads
from claims.core.models import IdempotencyRecord

HEADER = "Idempotency-Key"
KEY_PATTERN = r"^[\x21-\x7e]{1,255}$"
_KEY = re.compile(KEY_PATTERN)
REPLAYED_HEADER = "Idempotent-Replayed"
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


def _replay(record: IdempotencyRecord, request_hash: str) -> Response:
    if record.request_hash != request_hash:
        raise IdempotencyKeyReused()
    headers = {k: v for k, v in record.response_headers.items() if k in _KEPT_HEADERS}
    headers[REPLAYED_HEADER] = "true"
    return Response(record.response_body, status=record.status_code, headers=headers)


def _stored(user_id: int, key: str) -> IdempotencyRecord | None:
    return IdempotencyRecord.objects.filter(
        user_id=user_id, key=key, created_at__gte=timezone.now() - ttl()
    ).first()


def idempotent(handler: Handler) -> Handler:
    """Wrap a view's post() so a repeated Idempotency-Key replays the first answer."""

    @functools.wraps(handler)
    def wrapper(view: Any, request: Request, *args: Any, **kwargs: Any) -> Response:
        key = request.headers.get(HEADER)
        if key is None:
            return handler(view, request, *args, **kwargs)
        if not _KEY.match(key):
            raise field_error(HEADER, "Use 1 to 255 visible ASCII characters.")
        if request.user.pk is None:
            raise NotAuthenticated()
        user_id = int(request.user.pk)
        request_hash = fingerprint(request)
        with transaction.atomic():
            IdempotencyRecord.objects.filter(
                user_id=user_id, created_at__lt=timezone.now() - ttl()
            ).delete()
            existing = _stored(user_id, key)
            if existing is not None:
                return _replay(existing, request_hash)
            try:
                with transaction.atomic():
                    record = IdempotencyRecord.objects.create(
                        user_id=user_id,
                        key=key,
                        method=request.method or "",
                        path=request.path[:500],
                        request_hash=request_hash,
                        status_code=0,
                        response_body={},
                        created_at=timezone.now(),
                    )
            except IntegrityError:
                # A concurrent request with this key committed first: answer as it did.
                existing = _stored(user_id, key)
                if existing is None:
                    raise IdempotencyKeyInProgress() from None
                return _replay(existing, request_hash)
            response = handler(view, request, *args, **kwargs)
            if not 200 <= response.status_code < 300:
                transaction.set_rollback(True)
                return response
            record.status_code = response.status_code
            record.response_body = loads(JSONRenderer().render(response.data).decode("utf-8"))
            record.response_headers = {k: response[k] for k in _KEPT_HEADERS if k in response}
            record.save(update_fields=["status_code", "response_body", "response_headers"])
        return response

    return wrapper
