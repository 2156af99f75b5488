"""Checklist #3 and #13: privileged fields sent by a client are ignored or refused, never stored.

tests/api covers client-supplied event metadata on a command and the static `__all__`/`exclude`
check; this sends every server-owned field on the creating requests and the commands.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from rest_framework.test import APIClient

from claims.core.models import Claim, Event, Source
from claims.tokens.models import ApiToken
from tests import factories

pytestmark = pytest.mark.django_db

PRIVILEGED: dict[str, Any] = {
    "id": "11111111-1111-1111-1111-111111111111",
    "version": 99,
    "status": "confirmed",
    "position": 1,
    "recorded_at": "2001-01-01T00:00:00Z",
    "created_at": "2001-01-01T00:00:00Z",
    "created_by": "admin",
    "owner": "admin",
    "actor": "admin",
    "request_id": "forged",
    "metadata": {"actor": "admin", "request_id": "forged"},
    "snapshot": {"state": {}},
    "last_position": 1,
}


@pytest.fixture
def contributor() -> tuple[APIClient, str]:
    user = get_user_model().objects.create_user(f"contrib-{uuid.uuid4().hex[:6]}")
    user.groups.add(Group.objects.get_or_create(name="contributor")[0])
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {ApiToken.objects.issue(user).key}")
    return api, user.username


def _report_body(source_id: str) -> dict[str, Any]:
    return {
        "statement": "Guatemala's homicide rate in 2012 was 34.5 per 100,000 people.",
        "subject": "Guatemala",
        "value": {"amount": "34.5", "unit": "per 100,000 people", "qualifier": "exact"},
        "period": {"start": "2012-01-01", "end": "2012-12-31"},
        "attributed_to": source_id,
    }


def test_reporting_ignores_or_refuses_server_owned_fields(
    contributor: tuple[APIClient, str],
) -> None:
    api, username = contributor
    source_id = factories.source()
    before = Event.objects.count()
    response = api.post("/api/v1/claims/", {**_report_body(source_id), **PRIVILEGED}, format="json")
    assert response.status_code in (201, 400), response.content
    if response.status_code == 400:
        assert Event.objects.count() == before
        return
    claim = response.json()
    assert claim["id"] != PRIVILEGED["id"]
    assert not Claim.objects.filter(pk=PRIVILEGED["id"]).exists()
    assert (claim["version"], claim["status"]) == (1, "reported")
    [event] = Event.objects.filter(position__gt=0, stream_id=claim["id"])
    assert event.position != PRIVILEGED["position"]
    assert event.recorded_at.year > 2001
    assert event.metadata["actor"] == username
    assert event.metadata.get("request_id") != "forged"


def test_registering_a_source_ignores_or_refuses_server_owned_fields(
    contributor: tuple[APIClient, str],
) -> None:
    api, username = contributor
    body = {"name": "Prensa Libre", "kind": "media", **PRIVILEGED}
    response = api.post("/api/v1/sources/", body, format="json")
    assert response.status_code in (201, 400), response.content
    assert not Source.objects.filter(pk=PRIVILEGED["id"]).exists()
    if response.status_code == 201:
        source = response.json()
        assert source["id"] != PRIVILEGED["id"]
        [event] = Event.objects.filter(stream_id=source["id"])
        assert (event.version, event.metadata["actor"]) == (1, username)
        assert event.metadata.get("request_id") != "forged"


def test_a_command_cannot_set_status_version_or_metadata(
    contributor: tuple[APIClient, str],
) -> None:
    api, username = contributor
    claim_id = factories.report(factories.source()).state.claim_id
    response = api.post(
        f"/api/v1/claims/{claim_id}/note/",
        {"text": "hello", **PRIVILEGED, "version": 1},
        format="json",
        HTTP_IF_MATCH='"1"',
    )
    assert response.status_code in (200, 400), response.content
    stored = Claim.objects.get(pk=claim_id)
    assert stored.status == "reported"
    if response.status_code == 200:
        assert stored.version == 2
        event = Event.objects.get(stream_id=claim_id, version=2)
        assert event.metadata["actor"] == username
        assert event.metadata.get("request_id") != "forged"
