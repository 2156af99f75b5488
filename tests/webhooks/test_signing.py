"""Secrets: shown once, encrypted at rest, rotated; signatures that a one-byte change breaks
(checklist #15)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from django.core import serializers as dj_serializers

from claims.webhooks import signing
from claims.webhooks.models import Subscription


def test_a_secret_is_random_and_prefixed() -> None:
    a, b = signing.new_secret(), signing.new_secret()
    assert a != b
    assert a.startswith("whsec_")
    assert len(a) > 40


def test_stored_secrets_decrypt_only_with_the_secret_key(settings: Any) -> None:
    secret = signing.new_secret()
    stored = signing.encrypt(secret)
    assert secret not in stored
    assert signing.decrypt(stored) == secret
    settings.SECRET_KEY = "another-" + "k" * 60
    with pytest.raises(signing.SecretUnreadable):
        signing.decrypt(stored)
    settings.SECRET_KEY_FALLBACKS = [
        "dev-insecure-claims-tracker-key-do-not-use-in-production-0123456789"
    ]
    assert signing.decrypt(stored) == secret  # a rotated SECRET_KEY keeps the old as fallback


def test_signatures_verify_and_a_changed_byte_does_not() -> None:
    secret = signing.new_secret()
    body = b'{"id":"x","type":"claim.refuted"}'
    header = signing.signature(secret, body)
    assert signing.verify(secret, body, header)
    assert not signing.verify(secret, body[:-1] + b"]", header)
    assert not signing.verify(signing.new_secret(), body, header)
    old = signing.signature(secret, body, int(time.time()) - 3600)
    assert not signing.verify(secret, body, old)
    assert not signing.verify(secret, body, "garbage")


@pytest.mark.django_db
def test_a_database_dump_holds_no_usable_secret(
    api: Any, tokens: dict[str, str], resolver: Any, settings: Any
) -> None:
    resolver.names["hooks.example.test"] = ["93.184.215.14"]
    created = api("editor").post(
        "/api/v1/webhooks/", {"url": "https://hooks.example.test/x", "events": ["*"]}, format="json"
    )
    assert created.status_code == 201, created.json()
    secret = created.json()["secret"]
    dump = dj_serializers.serialize("json", Subscription.objects.all())
    assert secret not in dump
    assert secret[len("whsec_") :] not in dump
