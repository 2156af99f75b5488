"""An API token: the SHA-256 digest of a random key, its owner, when it expires or was revoked.

The key itself (43 URL-safe characters, 256 random bits) is shown once, in the answer that
issues it, and never stored: the database keeps its digest, which is useless to whoever reads
it, and the key's first characters (`prefix`) so people can tell their tokens apart. A single
unsalted SHA-256 is enough for a key with 256 random bits (no guess or precomputed table can
find it), and keeps authentication to one hash and one indexed lookup per request; a
password-style slow hash would cost milliseconds on every API call.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

PREFIX_LENGTH = 8
# Expired or revoked tokens are kept this long (their 401 says why), then deleted when their
# owner gets a new token.
KEEP_ENDED_DAYS = 30


def new_key() -> str:
    return secrets.token_urlsafe(32)


def digest_of(key: str) -> str:
    """The stored form of a key: its SHA-256, in hex."""
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def ttl() -> dt.timedelta:
    return dt.timedelta(hours=int(getattr(settings, "CLAIMS_TOKEN_TTL_HOURS", 720)))


class ApiTokenQuerySet(models.QuerySet["ApiToken"]):
    def active(self, now: dt.datetime | None = None) -> ApiTokenQuerySet:
        """Tokens that still authenticate: not revoked, not expired."""
        return self.filter(revoked_at__isnull=True, expires_at__gt=now or timezone.now())

    def revoke(self, by: str, now: dt.datetime | None = None) -> int:
        """Revoke every token of this queryset not revoked yet; return how many."""
        return self.filter(revoked_at__isnull=True).update(
            revoked_at=now or timezone.now(), revoked_by=by[:150]
        )


class _Issuer(models.Manager["ApiToken"]):
    def issue(self, user: Any, now: dt.datetime | None = None) -> ApiToken:
        """Create a token for `user`; the returned instance alone carries the plaintext `key`.

        Also deletes the user's tokens that ended (expired or revoked) over KEEP_ENDED_DAYS ago,
        so a script that logs in on every run does not pile rows up.
        """
        now = now or timezone.now()
        horizon = now - dt.timedelta(days=KEEP_ENDED_DAYS)
        ended = Q(expires_at__lt=horizon) | Q(revoked_at__lt=horizon)
        self.filter(user=user).filter(ended).delete()
        key = new_key()
        token = self.create(
            user=user,
            digest=digest_of(key),
            prefix=key[:PREFIX_LENGTH],
            created_at=now,
            expires_at=now + ttl(),
        )
        token.key = key
        return token


ApiTokenManager = _Issuer.from_queryset(ApiTokenQuerySet)


class ApiToken(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    digest = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(max_length=PREFIX_LENGTH, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.CharField(max_length=150, blank=True, default="")

    objects = ApiTokenManager()

    # The plaintext key, set only on the instance `ApiToken.objects.issue` returns.
    key: str = ""

    class Meta:
        verbose_name = "API token"
        indexes = [models.Index(fields=["user", "created_at"], name="tokens_user_created")]

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user_id})"

    def state(self, now: dt.datetime | None = None) -> str:
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at <= (now or timezone.now()):
            return "expired"
        return "active"
