"""/api/v1/indicators/ and /series/ through the real URLconf, permissions and error handler."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from rest_framework.test import APIClient

from claims.core import demo, services
from claims.core.domain import commands as c
from tracker import consumers
from tracker.services import define_indicator

pytestmark = pytest.mark.django_db

NEW = {
    "key": "gt-prison-population",
    "subject": "Guatemala",
    "measure": "prison population",
    "unit": "people",
    "tolerance_pct": "10",
}


@pytest.fixture
def api(db: Any, settings: Any) -> Callable[[str], APIClient]:
    """A client signed in with the given role ('anonymous': none), on the demo data."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()  # throttle counters
    demo.load(define_indicator=define_indicator)
    demo.ensure_roles_and_users()

    def client(role: str) -> APIClient:
        c_ = APIClient()
        if role != "anonymous":
            user = get_user_model().objects.create_user(f"{role}-user", password="x")
            user.groups.add(Group.objects.get(name=role))
            c_.force_authenticate(user)
        return c_

    return client


def test_list_shows_definitions_with_their_latest_point(api: Callable[[str], APIClient]) -> None:
    consumers.catch_up()
    response = api("anonymous").get("/api/v1/indicators/")
    assert response.status_code == 200
    by_key = {row["key"]: row for row in response.json()["results"]}
    rate = by_key["gt-homicide-rate"]
    assert (rate["unit"], rate["tolerance_pct"], rate["n_points"]) == ("per 100,000 people", "5", 2)
    assert rate["latest"]["period"] == {"key": "2012", "start": "2012-01-01", "end": "2012-12-31"}
    assert rate["latest"]["best"] == "34.5"
    assert by_key["gt-homicides-organized-crime-share"]["latest"]["disputed"] is True


def test_series_fields(api: Callable[[str], APIClient]) -> None:
    consumers.catch_up()
    body = api("reader").get("/api/v1/indicators/gt-homicide-rate/series/").json()
    assert body["consumer_position"] == body["head_position"]
    first, second = body["results"]
    assert first["period"]["key"] == "2011"
    # "nearly 39": [35.1, 39) with the 10 % hedge band, best point 37.05.
    assert (first["best"], first["low"], first["high"], first["high_inclusive"]) == (
        "37.05",
        "35.1",
        "39",
        False,
    )
    assert (first["change"], first["change_pct"], first["change_lower"]) == (None, None, None)
    expected = {
        "best": "34.5",
        "low": "34.5",
        "high": "34.5",
        "n_sources": 1,
        "disputed": False,
        "change": "-2.55",
        "change_pct": "-6.88",
        "change_lower": {"value": "-4.5", "inclusive": False},
        "change_upper": {"value": "-0.6", "inclusive": True},
        "change_pct_lower": {"value": "-11.54", "inclusive": False},
        "change_pct_upper": {"value": "-1.7", "inclusive": True},
        "as_of_position": body["head_position"],
    }
    assert {k: second[k] for k in expected} == expected
    assert second["explanation"]["method"] == "confirmed"
    assert second["computed_at"].endswith("Z")


def test_series_of_an_unknown_indicator_is_404(api: Callable[[str], APIClient]) -> None:
    response = api("anonymous").get("/api/v1/indicators/no-such-thing/series/")
    assert response.status_code == 404
    assert "detail" in response.json()


def test_editors_define_indicators(api: Callable[[str], APIClient]) -> None:
    editor = api("editor")
    response = editor.post("/api/v1/indicators/", NEW, format="json")
    assert response.status_code == 201
    assert response.json()["key"] == NEW["key"]
    assert response.json()["latest"] is None
    assert response["Location"].endswith(f"/api/v1/indicators/{NEW['key']}/")
    assert editor.get(f"/api/v1/indicators/{NEW['key']}/").json()["tolerance_pct"] == "10"
    # The same definition again is a no-op; a different one under the same key is refused.
    assert editor.post("/api/v1/indicators/", NEW, format="json").status_code == 200
    changed = editor.post("/api/v1/indicators/", {**NEW, "unit": "inmates"}, format="json")
    assert changed.status_code == 400
    assert "key" in changed.json()


@pytest.mark.parametrize(
    ("role", "status"), [("anonymous", 401), ("reader", 403), ("contributor", 403)]
)
def test_only_editors_define_indicators(
    api: Callable[[str], APIClient], role: str, status: int
) -> None:
    response = api(role).post("/api/v1/indicators/", NEW, format="json")
    assert response.status_code == status


@pytest.mark.parametrize(
    "bad",
    [
        {"key": "Not A Slug!"},
        {"tolerance_pct": 5.5},
        {"tolerance_pct": "-1"},
        {"tolerance_pct": "1e400"},
        {"unit": ""},
        {"subject": "x" * 201},
    ],
)
def test_invalid_definitions_are_400(api: Callable[[str], APIClient], bad: dict[str, Any]) -> None:
    response = api("editor").post("/api/v1/indicators/", {**NEW, **bad}, format="json")
    assert response.status_code == 400, response.json()


def test_a_claim_naming_an_unknown_indicator_is_400(api: Callable[[str], APIClient]) -> None:
    body = {
        "statement": "A figure for an indicator nobody defined.",
        "subject": "Guatemala",
        "indicator": "no-such-indicator",
        "value": {"amount": "1", "unit": "people"},
        "attributed_to": demo.demo_id("source", "un"),
    }
    response = api("contributor").post("/api/v1/claims/", body, format="json")
    assert response.status_code == 400
    assert "indicator" in response.json()


def test_a_refuted_claims_source_shows_it_in_stats_and_reliability(
    api: Callable[[str], APIClient],
) -> None:
    claim_id = demo.demo_id("claim", "organized-crime-share")
    services.refute(
        claim_id, c.RefuteClaim(reason="No evidence."), services.Context(actor="t"), None
    )
    source = api("anonymous").get(f"/api/v1/sources/{demo.demo_id('source', 'gt-officials')}/")
    assert source.status_code == 200
    body = source.json()
    assert body["stats"]["refuted"] == 1
    assert body["reliability"] == "0.4000"  # (0 + 2) / (0 + 1 + 0 + 2 + 2)
