"""Admin test fixtures: the demo data and users, and a logged-in test client per demo role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from claims import demo as demo_data
from claims.models import Claim, Event
from tracker.services import define_indicator

FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ROLE_USERS = {
    "reader": "reader",
    "contributor": "contributor",
    "editor": "editor",
    "admin": "admin",
}


class DemoIds(dict[str, str]):
    """Demo ids by key: ids['claim:organized-crime-share'], ids['source:un']."""

    def __missing__(self, key: str) -> str:
        kind, _, name = key.partition(":")
        return demo_data.demo_id(kind, name)


@pytest.fixture
def demo(db: Any, settings: Any) -> DemoIds:
    """The demo sources, indicators, claims and role users, loaded through the services."""
    settings.PASSWORD_HASHERS = FAST_HASHERS
    demo_data.load(define_indicator=define_indicator)
    demo_data.ensure_roles_and_users()
    return DemoIds()


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
