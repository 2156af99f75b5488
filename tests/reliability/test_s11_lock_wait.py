"""S11: the append lock held elsewhere → the API answers 503 with Retry-After within 3 s.

tests/integration/test_eventstore_concurrency.py checks that the store raises AppendLockTimeout;
this goes through HTTP, where the promise is made (lock_timeout 2 s, PG_LOCK_TIMEOUT_MS).
"""

from __future__ import annotations

import threading
import time
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.db import connections, transaction
from rest_framework.test import APIClient

from claims.core import eventstore
from claims.core.models import Event
from claims.tokens.models import ApiToken
from tests import factories
from tests.reliability.conftest import figure, requires_postgres

pytestmark = [requires_postgres(), pytest.mark.usefixtures("committed")]

BOUND_SECONDS = 3.0


def test_s11_a_held_append_lock_gives_503_with_retry_after_within_3_s() -> None:
    claim = factories.report(factories.source())
    claim_id, version = claim.state.claim_id, claim.version
    user = get_user_model().objects.create_superuser(f"s11-{uuid.uuid4().hex[:8]}")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {ApiToken.objects.issue(user).key}")
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        """Another session (e.g. a rebuild, a stuck admin action) holding the append lock."""
        try:
            with transaction.atomic():
                eventstore.lock_appends()
                holding.set()
                release.wait(30)
        finally:
            connections.close_all()

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert holding.wait(10)
        started = time.monotonic()
        response = client.post(
            f"/api/v1/claims/{claim_id}/note/",
            {"text": "while locked"},
            format="json",
            HTTP_IF_MATCH=f'"{version}"',
        )
        took = time.monotonic() - started
        read_started = time.monotonic()
        read = client.get(f"/api/v1/claims/{claim_id}/")
        read_took = time.monotonic() - read_started
    finally:
        release.set()
        holder.join()
    after = client.post(
        f"/api/v1/claims/{claim_id}/note/",
        {"text": "after release"},
        format="json",
        HTTP_IF_MATCH=f'"{version}"',
    )
    figure(
        "S11",
        f"append while the lock was held elsewhere: {response.status_code} with Retry-After "
        f"{response.get('Retry-After')} in {took:.2f} s (bound {BOUND_SECONDS:.0f} s); reads "
        f"meanwhile: {read.status_code} in {read_took:.2f} s; after release: {after.status_code}",
    )
    assert response.status_code == 503
    assert int(response["Retry-After"]) >= 1
    assert response.json()["detail"]
    assert took < BOUND_SECONDS
    assert read.status_code == 200
    assert after.status_code == 200
    notes = Event.objects.filter(stream_id=claim_id, event_type="NoteAdded")
    assert [e.data["text"] for e in notes] == ["after release"]
