"""The admin adds indicator definitions through the service and shows results read-only."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from claims.core import demo
from tracker import consumers
from tracker.models import Indicator
from tracker.services import define_indicator

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(db: Any) -> Client:
    user = get_user_model().objects.create_superuser("root", "root@example.org", "x")
    client = Client()
    client.force_login(user)
    return client


def test_an_editor_adds_an_indicator_through_the_service(admin_client: Client) -> None:
    data = {
        "key": "gt-extortion-cases",
        "subject": "Guatemala",
        "measure": "extortion cases",
        "unit": "cases",
        "tolerance_pct": "10",
    }
    response = admin_client.post("/admin/tracker/indicator/add/", data)
    assert response.status_code == 302
    assert Indicator.objects.get(pk="gt-extortion-cases").created_by == "root"
    again = admin_client.post("/admin/tracker/indicator/add/", {**data, "key": "Bad Key"})
    assert again.status_code == 200  # the form again, with the error
    assert not Indicator.objects.filter(subject="Guatemala", key="Bad Key").exists()


def test_results_are_view_only(admin_client: Client) -> None:
    demo.load(define_indicator=define_indicator)
    consumers.catch_up()
    for page in ("indicatorpoint", "sourcereliability", "consumercheckpoint", "indicator"):
        assert admin_client.get(f"/admin/tracker/{page}/").status_code == 200
    assert admin_client.get("/admin/tracker/indicatorpoint/add/").status_code == 403
    change = admin_client.post(
        "/admin/tracker/indicator/gt-homicide-rate/change/", {"tolerance_pct": "50"}
    )
    assert change.status_code == 403
    assert Indicator.objects.get(pk="gt-homicide-rate").tolerance_pct == 5
