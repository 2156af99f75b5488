"""Webhook secrets (made, stored encrypted, read back) and the signature of each delivery.

A secret is `whsec_` and 32 random bytes (URL-safe base64), shown once when the subscription
is created or its secret rotated. The database keeps it encrypted with Fernet (AES-128-CBC and
HMAC-SHA256, from the `cryptography` package) under a key derived from SECRET_KEY with HKDF,
so a dump of the database alone cannot sign a delivery. Keys derived from
SECRET_KEY_FALLBACKS still decrypt, so SECRET_KEY can be rotated the usual Django way.

The signature (Stripe's scheme): `X-Claims-Signature: t=<unix seconds>,v1=<hex>` where hex is
HMAC-SHA256 keyed with the secret (its UTF-8 bytes) over `"<t>.<raw body>"`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings

SECRET_PREFIX = "whsec_"  # noqa: S105 (a marker, not a secret)
SIGNATURE_HEADER = "X-Claims-Signature"
EVENT_ID_HEADER = "X-Claims-Event-Id"
_HKDF_INFO = b"claims-tracker webhook secrets v1"


def new_secret() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def _fernet_key(secret_key: str) -> bytes:
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_HKDF_INFO).derive(
        secret_key.encode("utf-8")
    )
    return base64.urlsafe_b64encode(derived)


def _cipher() -> MultiFernet:
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return MultiFernet([Fernet(_fernet_key(str(key))) for key in keys])


def encrypt(secret: str) -> str:
    """The form stored in the database."""
    return _cipher().encrypt(secret.encode("utf-8")).decode("ascii")


class SecretUnreadable(Exception):
    """The stored secret does not decrypt with SECRET_KEY or its fallbacks."""


def decrypt(stored: str) -> str:
    try:
        return _cipher().decrypt(stored.encode("ascii")).decode("utf-8")
    except (InvalidToken, ValueError) as exc:
        raise SecretUnreadable(
            "The webhook secret does not decrypt: was SECRET_KEY changed without keeping the "
            "old one in SECRET_KEY_FALLBACKS? Rotate the subscription's secret."
        ) from exc


def signature(secret: str, body: bytes, timestamp: int | None = None) -> str:
    """The X-Claims-Signature value for this body, signed now (or at `timestamp`)."""
    t = int(time.time()) if timestamp is None else timestamp
    mac = hmac.new(secret.encode("utf-8"), f"{t}.".encode() + body, hashlib.sha256)
    return f"t={t},v1={mac.hexdigest()}"


def verify(secret: str, body: bytes, header: str, tolerance: int = 300) -> bool:
    """Whether a signature header is this secret's over this body, made within `tolerance`
    seconds of now (what a receiver does; compared in constant time)."""
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        t = int(parts["t"])
        given = parts["v1"]
    except (KeyError, ValueError):
        return False
    if abs(time.time() - t) > tolerance:
        return False
    expected = signature(secret, body, t).rsplit("v1=", 1)[1]
    return hmac.compare_digest(expected, given)
