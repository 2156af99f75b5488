"""Admin test fixtures: the demo data and users, and a logged-in test client per demo role."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.conf import settings
from django.test import Client

from claims.core.models import Claim, Event
from tests.factories import DemoIds

ROLE_USERS = {
    "reader": "reader",
    "contributor": "contributor",
    "editor": "editor",
    "admin": "admin",
}


@pytest.fixture
def login(demo: DemoIds) -> Callable[..., Client]:
    """A test client logged in as a demo user ('reader', 'contributor', 'editor', 'admin')."""

    def make(role: str = "editor", *, enforce_csrf_checks: bool = False) -> Client:
        client = Client(enforce_csrf_checks=enforce_csrf_checks)
        assert client.login(username=ROLE_USERS[role], password=settings.CLAIMS_DEMO_PASSWORD)
        return client

    return make


def claim_url(claim_id: str, action: str = "change") -> str:
    return f"/admin/claims/claim/{claim_id}/{action}/"


def version_of(claim_id: str) -> int:
    return Claim.objects.get(pk=claim_id).version


def event_count() -> int:
    return Event.objects.count()


def last_event() -> Event:
    found = Event.objects.order_by("-position").first()
    assert found is not None
    return found
