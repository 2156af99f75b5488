"""API test fixtures: the demo data, a user, token and client per role, no throttle carry-over."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connections
from rest_framework.test import APIClient

from claims.core import demo as demo_data
from claims.tokens.models import ApiToken
from tests.factories import load_demo
from tests.system.testdb import ensure_test_database

ROLES = ("reader", "contributor", "editor", "superuser")


@pytest.fixture(autouse=True)
def _fresh_throttles() -> Iterator[None]:
    """Start every test with empty throttle counters (they live in the cache)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def users(demo: dict[str, str]) -> dict[str, Any]:
    """The demo user for each role (None for anonymous)."""
    by_role = demo_data.ensure_roles_and_users()
    model = get_user_model()
    found: dict[str, Any] = {role: model.objects.get(username=by_role[role]) for role in ROLES}
    found["anonymous"] = None
    return found


@pytest.fixture
def tokens(users: dict[str, Any]) -> dict[str, str]:
    return {
        role: ApiToken.objects.issue(user).key for role, user in users.items() if user is not None
    }


@pytest.fixture
def api(tokens: dict[str, str]) -> Callable[[str], APIClient]:
    """Return an APIClient signed in with a token for the role ('anonymous': no credentials)."""

    def client(role: str = "editor") -> APIClient:
        c = APIClient()
        if role != "anonymous":
            c.credentials(HTTP_AUTHORIZATION=f"Token {tokens[role]}")
        return c

    return client


@pytest.fixture(scope="session")
def committed_database(django_db_setup: Any, django_db_blocker: Any) -> Iterator[None]:
    """Make sure the test database exists, also when no selected test asked for `db`.

    pytest-django creates it only for tests that use `db` or a `django_db` mark; without this,
    running only the committing tests would write into the development database.
    """
    with ensure_test_database(django_db_blocker):
        yield


@pytest.fixture
def committed(
    committed_database: None, django_db_blocker: Any, settings: Any
) -> Iterator[dict[str, str]]:
    """Real commits (for tests with threads), with the demo loaded; return demo ids.

    The event table is append-only, so nothing written here can be flushed afterwards: tests
    using this fixture make unique ids and names, and assert only about what they wrote.
    Requesting neither `db` nor `transactional_db` also makes pytest-django run them last.
    """
    with django_db_blocker.unblock():
        yield load_demo(settings)
        connections.close_all()


@pytest.fixture
def committed_tokens(committed: dict[str, str]) -> dict[str, str]:
    model = get_user_model()
    by_role = demo_data.ensure_roles_and_users()
    return {
        role: ApiToken.objects.issue(model.objects.get(username=by_role[role])).key
        for role in ROLES
    }
