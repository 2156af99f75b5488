"""The webhook endpoints: editors only, SSRF refusals naming `url`, the secret shown once,
rotate, ping, deliveries and redelivery."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from rest_framework.test import APIClient

from claims.webhooks.models import Delivery, Subscription
from claims.webhooks.signing import decrypt
from tests.conftest import PUBLIC, FakeResolver

Api = Callable[[str], APIClient]
pytestmark = pytest.mark.django_db


@pytest.fixture
def hooks(resolver: FakeResolver, strict: None) -> FakeResolver:
    resolver.names.update({"hooks.example.test": [PUBLIC], "inside.example.test": ["10.0.0.5"]})
    return resolver


def register(api: Api, url: str = "https://hooks.example.test/in", **extra: Any) -> Any:
    return api("editor").post(
        "/api/v1/webhooks/", {"url": url, "events": ["*"], **extra}, format="json"
    )


def test_registering_shows_the_secret_once(api: Api, hooks: FakeResolver) -> None:
    response = register(api, events=["claim.refuted", "citation.stale"])
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["events"] == ["claim.refuted", "citation.stale"]
    assert body["secret"].startswith("whsec_")
    assert response["Location"] == f"http://testserver/api/v1/webhooks/{body['id']}/"
    sub = Subscription.objects.get(pk=body["id"])
    assert decrypt(sub.secret_encrypted) == body["secret"]
    assert sub.created_by == "editor"
    listed = api("editor").get("/api/v1/webhooks/").json()
    assert [w["id"] for w in listed["results"]] == [body["id"]]
    assert "secret" not in listed["results"][0]
    assert "secret" not in api("editor").get(f"/api/v1/webhooks/{body['id']}/").json()


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/hook",
        "https://127.0.0.1/hook",
        "http://169.254.169.254/latest/meta-data/",
        "https://inside.example.test/hook",
        "http://0x7f000001/",
        "https://[::1]/",
        "http://hooks.example.test/plain-http",
    ],
)
def test_hostile_urls_are_a_400_naming_url(
    api: Api, hooks: FakeResolver, url: str, no_connections: list[object]
) -> None:
    response = register(api, url)
    assert response.status_code == 400, response.json()
    assert list(response.json()) == ["detail", "code", "url"]
    # Its own code: the schema cannot say which URLs settings and DNS refuse.
    assert response.json()["code"] == "url_refused"
    assert not Subscription.objects.exists()


def test_a_url_that_is_no_http_url_is_invalid_input(api: Api, hooks: FakeResolver) -> None:
    response = register(api, "ftp://hooks.example.test/in")
    assert response.status_code == 400
    assert (response.json()["code"], list(response.json())[2:]) == ("validation_error", ["url"])


@pytest.mark.parametrize(
    ("body", "field", "code"),
    [
        ({"events": []}, "events", "validation_error"),
        ({"events": ["claim.exploded"]}, "events", "validation_error"),
        ({"events": ["claim.reopened", "claim.recast"]}, None, None),
        ({"events": ["*", "claim.refuted"]}, "events", "invalid_combination"),
        ({"claim": "no-such-claim"}, "claim", "command_rejected"),
    ],
)
def test_bad_events_or_claim_name_the_field(
    api: Api,
    hooks: FakeResolver,
    demo: dict[str, str],
    body: dict[str, Any],
    field: str | None,
    code: str | None,
) -> None:
    response = api("editor").post(
        "/api/v1/webhooks/",
        {"url": "https://hooks.example.test/in", "events": ["*"], **body},
        format="json",
    )
    if field is None:
        assert response.status_code == 201, response.json()
        return
    assert response.status_code == 400
    assert field in response.json()
    assert response.json()["code"] == code


def test_only_editors_see_or_touch_webhooks(api: Api, hooks: FakeResolver) -> None:
    webhook = register(api).json()["id"]
    for role, code in (("anonymous", 401), ("reader", 403), ("contributor", 403)):
        assert api(role).get("/api/v1/webhooks/").status_code == code
        assert api(role).get(f"/api/v1/webhooks/{webhook}/deliveries/").status_code == code
        assert api(role).post(f"/api/v1/webhooks/{webhook}/test/").status_code == code
    assert register(api).status_code == 201


def test_deliveries_are_listed_by_state_newest_first(api: Api, hooks: FakeResolver) -> None:
    webhook = register(api).json()["id"]
    pings = [api("editor").post(f"/api/v1/webhooks/{webhook}/test/").json()["id"] for _ in range(4)]
    Delivery.objects.filter(pk__in=pings[:2]).update(state="failed", next_attempt_at=None)
    Delivery.objects.filter(pk=pings[2]).update(state="delivered", next_attempt_at=None)
    url = f"/api/v1/webhooks/{webhook}/deliveries/"

    def listed(query: str) -> list[int]:
        response = api("editor").get(url + query)
        assert response.status_code == 200, response.json()
        return [d["id"] for d in response.json()["results"]]

    assert listed("") == pings[::-1]
    assert listed("?state=failed") == [pings[1], pings[0]]
    assert listed("?state=delivered") == [pings[2]]
    assert listed("?state=pending") == [pings[3]]
    assert listed("?state=failed&page_size=1&page=2") == [pings[0]]
    refused = api("editor").get(url + "?state=lost")
    assert refused.status_code == 400
    assert refused.json()["code"] == "validation_error"
    assert "failed" in refused.json()["state"][0]


def test_rotate_ping_redeliver_and_delete(api: Api, hooks: FakeResolver) -> None:
    created = register(api).json()
    webhook = created["id"]
    rotated = api("editor").post(f"/api/v1/webhooks/{webhook}/rotate-secret/").json()
    assert rotated["secret"] != created["secret"]
    assert decrypt(Subscription.objects.get(pk=webhook).secret_encrypted) == rotated["secret"]
    ping = api("editor").post(f"/api/v1/webhooks/{webhook}/test/")
    assert ping.status_code == 202
    delivery = ping.json()
    assert (delivery["type"], delivery["state"], delivery["payload"]["type"]) == (
        "ping",
        "pending",
        "ping",
    )
    assert delivery["payload"]["id"] == delivery["event_id"]
    assert delivery["payload"]["links"] is None
    Delivery.objects.filter(pk=delivery["id"]).update(state="failed", next_attempt_at=None)
    again = api("editor").post(f"/api/v1/webhooks/{webhook}/deliveries/{delivery['id']}/redeliver/")
    assert again.status_code == 202
    assert again.json()["state"] == "pending"
    assert again.json()["event_id"] == delivery["event_id"]
    listed = api("editor").get(f"/api/v1/webhooks/{webhook}/deliveries/").json()
    assert [d["id"] for d in listed["results"]] == [delivery["id"]]
    other = api("editor").post(f"/api/v1/webhooks/{webhook}/deliveries/999999/redeliver/")
    assert other.status_code == 404
    assert api("editor").delete(f"/api/v1/webhooks/{webhook}/").status_code == 204
    assert api("editor").delete(f"/api/v1/webhooks/{webhook}/").status_code == 404
    assert not Delivery.objects.exists()


def test_the_deliveries_list_shows_the_body_sent(api: Api, hooks: FakeResolver) -> None:
    """Every key of the signed body, links included, as it was sent."""
    from claims.webhooks import outbox
    from claims.webhooks.models import Message
    from tests import factories

    webhook = register(api, events=["claim.reported"]).json()["id"]
    claim_id = str(factories.report(factories.source("Wire service")).state.claim_id)
    outbox.produce()
    (delivery,) = api("editor").get(f"/api/v1/webhooks/{webhook}/deliveries/").json()["results"]
    sent = json.loads(Message.objects.get(pk=delivery["event_id"]).body)
    assert sent["links"] == {"api": f"/api/v1/claims/{claim_id}/", "page": f"/claims/{claim_id}/"}
    assert delivery["payload"] == sent
