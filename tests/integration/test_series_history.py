"""A series keeps its history (`?as_of=`), says what it leaves out and why (a unit changed by a
correction), and is computed with the hedge band the deployment or the indicator sets."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from decimal import Decimal as D
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from rest_framework.test import APIClient

from claims.core import demo, services
from claims.core.domain import commands as c
from claims.core.domain.events import ClaimCorrected
from claims.core.domain.values import Quantity
from claims.core.models import Claim
from config.env import env_decimal
from tests import factories
from tracker import consumers
from tracker.services import define_indicator

pytestmark = pytest.mark.django_db
CTX = services.Context(actor="test-editor")
RATE = "gt-homicide-rate"
UNIT = "per 100,000 people"
STAMPS = ("as_of_position", "computed_at")


@pytest.fixture
def client(db: Any, settings: Any) -> Callable[[str], APIClient]:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    demo.load(define_indicator=define_indicator)
    demo.ensure_roles_and_users()

    def make(role: str) -> APIClient:
        api = APIClient()
        user = get_user_model().objects.create_user(f"{role}-series", password="x")
        user.groups.add(Group.objects.get(name=role))
        api.force_authenticate(user)
        return api

    return make


def _series(api: APIClient, key: str = RATE, **query: str) -> dict[str, Any]:
    response = api.get(f"/api/v1/indicators/{key}/series/", query)
    assert response.status_code == 200, response.json()
    return dict(response.json())


def _points(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The points without the stamps a recompute changes."""
    return [{k: v for k, v in p.items() if k not in STAMPS} for p in body["results"]]


def _moment() -> str:
    """Now, as a query value: a moment after every event recorded so far."""
    at = timezone.now()
    return at.isoformat().replace("+00:00", "Z")


def test_as_of_before_each_correction_is_the_series_shown_then(
    client: Callable[[str], APIClient],
) -> None:
    reader = client("reader")
    claim_2012 = demo.demo_id("claim", "homicide-rate-2012")
    un = demo.demo_id("source", "un")
    rng = random.Random(15)
    shown: list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]] = []
    for step in range(5):
        consumers.catch_up()
        body = _series(reader)
        shown.append((_moment(), _points(body), body["left_out"]))
        claim = services.load_claim(claim_2012)
        assert claim is not None
        amount = f"{rng.randint(300, 400) / 10}"
        qualifier = rng.choice(["exact", "approximately", "nearly", "more_than"])
        if step == 2:
            # Another source's figure, then an upheld dispute accepting it.
            services.dispute(
                claim_2012,
                c.DisputeClaim(
                    dispute_id=f"d{step}",
                    reason="Another count.",
                    by=un,
                    counter_value=Quantity.of(amount, UNIT, qualifier),
                ),
                CTX,
                claim.version,
            )
            continue
        services.correct(
            claim_2012,
            c.CorrectClaim(reason=f"Revised ({step}).", value=Quantity.of(amount, UNIT, qualifier)),
            CTX,
            claim.version,
        )
    consumers.catch_up()
    now = _points(_series(reader))
    assert now != shown[0][1]  # the corrections changed the series
    for moment, points, left_out in shown:
        then = _series(reader, as_of=moment)
        assert _points(then) == points
        assert then["left_out"] == left_out
        assert all(p["as_of_position"] is None for p in then["results"])
        # The indicator's latest point is the series' own then, not today's.
        latest = then["indicator"]["latest"]
        assert {k: v for k, v in latest.items() if k not in STAMPS} == points[-1]
        assert then["indicator"]["n_points"] == len(points)
    before = _series(reader, as_of="1999-01-01T00:00:00Z")
    assert before["results"] == []
    assert before["indicator"]["latest"] is None


def test_a_correction_that_changes_the_unit_leaves_the_series_with_its_reason(
    client: Callable[[str], APIClient],
) -> None:
    reader = client("reader")
    claim_2012 = demo.demo_id("claim", "homicide-rate-2012")
    consumers.catch_up()
    before_moment = _moment()
    before = _series(reader)
    assert [p["period"]["key"] for p in before["results"]] == ["2011", "2012"]
    claim = services.load_claim(claim_2012)
    assert claim is not None
    result = services.correct(
        claim_2012,
        c.CorrectClaim(reason="The report counted people.", value=Quantity.of("5155", "people")),
        CTX,
        claim.version,
    )
    corrected = result.records[-1].event
    assert isinstance(corrected, ClaimCorrected)
    assert corrected.unit_changed is True  # the event says so
    consumers.catch_up()
    after = _series(reader)
    assert [p["period"]["key"] for p in after["results"]] == ["2011"]
    [gone] = [x for x in after["left_out"] if x["claim"] == claim_2012]
    assert (gone["reason"], gone["period"], gone["unit"]) == ("unit", "2012", "people")
    assert gone["why"] == "its unit is not the indicator's"
    # Before the correction the point was there, and nothing was left out for its unit.
    then = _series(reader, as_of=before_moment)
    assert [p["period"]["key"] for p in then["results"]] == ["2011", "2012"]
    assert not [x for x in then["left_out"] if x["reason"] == "unit"]
    # The editors' series page names it too.
    admin = APIClient()
    admin.force_login(get_user_model().objects.get(username="admin"))
    page = admin.get(f"/admin/tracker/indicator/{RATE}/change/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'id="series-left-out"' in html
    assert re.search(
        r"its unit is not the indicator&#x27;s \(people, not per 100,000 people\)", html
    )


def test_the_hedge_band_comes_from_the_deployment_or_the_indicator(
    client: Callable[[str], APIClient], settings: Any
) -> None:
    editor = client("editor")
    consumers.catch_up()
    nearly = _series(editor)["results"][0]  # "nearly 39" in 2011
    assert (nearly["low"], nearly["best"], nearly["explanation"]["hedge_band_pct"]) == (
        "35.1",
        "37.05",
        "10",
    )
    settings.CLAIMS_HEDGE_BAND_PCT = D("20")
    consumers.rebuild()
    nearly = _series(editor)["results"][0]
    assert (nearly["low"], nearly["best"], nearly["explanation"]["hedge_band_pct"]) == (
        "31.2",
        "35.1",
        "20",
    )
    indicator = editor.get(f"/api/v1/indicators/{RATE}/").json()
    assert (indicator["hedge_band_pct"], indicator["hedge_band_own"]) == ("20", False)
    # A claim's document shows its figure's interval with the deployment's band.
    un = demo.demo_id("source", "un")
    claim = factories.report(un, amount="50", qualifier="approximately").state.claim_id
    value = Claim.objects.get(pk=claim).document["value"]
    assert (value["lower"], value["upper"]) == ("40", "60")
    # An indicator may set its own band.
    own = {
        "key": "gt-road-deaths",
        "subject": "Guatemala",
        "measure": "road deaths",
        "unit": "people",
        "tolerance_pct": "5",
        "hedge_band_pct": "2.5",
    }
    created = editor.post("/api/v1/indicators/", own, format="json")
    assert created.status_code == 201, created.json()
    assert (created.json()["hedge_band_pct"], created.json()["hedge_band_own"]) == ("2.5", True)
    factories.report(un, amount="2000", unit="people", qualifier="nearly", indicator=own["key"])
    consumers.catch_up()
    point = _series(editor, own["key"])["results"][0]
    assert (point["low"], point["best"]) == ("1950", "1975")
    too_wide = editor.post(
        "/api/v1/indicators/", {**own, "key": "x-wide", "hedge_band_pct": "101"}, format="json"
    )
    assert too_wide.status_code == 400
    assert "hedge_band_pct" in too_wide.json()


@pytest.mark.parametrize("raw", ["abc", "-1", "100.5", "1e2", "10,5", " 7.5x"])
def test_a_hedge_band_that_does_not_parse_stops_start_up(monkeypatch: Any, raw: str) -> None:
    monkeypatch.setenv("CLAIMS_HEDGE_BAND_PCT", raw)
    with pytest.raises(ImproperlyConfigured, match="CLAIMS_HEDGE_BAND_PCT"):
        env_decimal("CLAIMS_HEDGE_BAND_PCT", D(10), D(0), D(100))


def test_a_hedge_band_from_the_environment(monkeypatch: Any) -> None:
    for raw, value in (("7.5", D("7.5")), ("", D(10)), ("0", D(0)), ("100", D(100))):
        monkeypatch.setenv("CLAIMS_HEDGE_BAND_PCT", raw)
        assert env_decimal("CLAIMS_HEDGE_BAND_PCT", D(10), D(0), D(100)) == value


def test_as_of_a_moment_before_the_indicator_had_claims_is_empty(
    client: Callable[[str], APIClient],
) -> None:
    body = _series(client("reader"), as_of="2000-01-01T00:00:00Z")
    assert body["results"] == []
    assert body["left_out"] == []
