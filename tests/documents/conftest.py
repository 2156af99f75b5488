"""Fixtures for the article importer: the demo data and users, API clients and admin logins."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from rest_framework.test import APIClient

from claims.core import demo as demo_data
from claims.tokens.models import ApiToken
from tests.factories import DemoIds

DEMO_SENTENCE = (
    "The homicide rate fell from nearly 39 per 100,000 in 2011 to 34.5 per 100,000 in 2012, "
    "according to the U.N."
)
# The seed interview (World Politics Review, March 2013) in our own words, as the demo's
# document: its figures are the demo's claims (claims/fixtures/demo.json).
SEED_INTERVIEW = (
    "Interview: Guatemala's security situation and the drug trade\n\n"
    "Guatemala remains one of the most violent countries in Central America. The homicide rate "
    "fell from nearly 39 per 100,000 in 2011 to 34.5 per 100,000 in 2012, according to the U.N. "
    "Last year, organized crime was a factor in up to 45 percent of homicides, Guatemalan "
    "officials have stated.\n\n"
    "More than 80 percent of the cocaine trafficked to the United States passes through Central "
    "America, according to the U.S. Department of State. In 2012, more than 200 police officers "
    "were removed from the force in a purge, the Wilson Center found."
)
SEED_PUBLISHED = "2013-03-01"
SEED_URL = "https://www.worldpoliticsreview.com/interview-guatemala-security"
# A Spanish news paragraph on Guatemala's homicide rate.
SPANISH_RATE = (
    "La tasa de homicidios en Guatemala bajó a casi 34,5 por cada 100.000 habitantes en 2012, "
    "según la Organización de las Naciones Unidas (ONU). En 2011 la tasa había sido de 38,6, "
    "informó el organismo."
)


@pytest.fixture(autouse=True)
def _fresh_throttles() -> Iterator[None]:
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def users(demo: DemoIds) -> dict[str, Any]:
    """The demo user per role, plus a second contributor ('contributor2') and anonymous."""
    model = get_user_model()
    found: dict[str, Any] = {
        role: model.objects.get(username=name)
        for role, name in demo_data.ensure_roles_and_users().items()
    }
    other, _ = model.objects.get_or_create(username="contributor2")
    other.groups.set([Group.objects.get(name="contributor")])
    found["contributor2"] = other
    found["anonymous"] = None
    return found


@pytest.fixture
def api(users: dict[str, Any]) -> Callable[[str], APIClient]:
    """An APIClient with the role's token ('anonymous': none)."""

    def client(role: str = "contributor") -> APIClient:
        c = APIClient()
        user = users[role]
        if user is not None:
            token = ApiToken.objects.issue(user).key
            c.credentials(HTTP_AUTHORIZATION=f"Token {token}")
        return c

    return client


@pytest.fixture
def login(demo: DemoIds) -> Callable[[str], Client]:
    """A test client logged in to the admin as a demo user."""

    def make(username: str = "contributor") -> Client:
        client = Client()
        assert client.login(username=username, password=settings.CLAIMS_DEMO_PASSWORD)
        return client

    return make
