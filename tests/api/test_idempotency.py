"""Idempotency-Key: replay the first answer, refuse reuse with another body, expire, no races."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Callable
from typing import Any

from django.db import connections
from rest_framework.test import APIClient

from claims.core.models import Claim, Event, IdempotencyRecord

Api = Callable[[str], APIClient]
Ids = dict[str, str]


def _report(ids: Ids, statement: str = "About 6,000 people were killed in 2012.") -> dict[str, Any]:
    return {
        "statement": statement,
        "subject": "Guatemala",
        "value": {"amount": "6000", "unit": "people", "qualifier": "approximately"},
        "attributed_to": ids["source:gt-gov"],
    }


def test_the_same_key_and_body_replay_the_first_answer(api: Api, demo: Ids) -> None:
    client = api("contributor")
    first = client.post("/api/v1/claims/", _report(demo), format="json", HTTP_IDEMPOTENCY_KEY="k1")
    events = Event.objects.count()
    again = client.post("/api/v1/claims/", _report(demo), format="json", HTTP_IDEMPOTENCY_KEY="k1")
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again["Location"] == first["Location"]
    assert again["ETag"] == first["ETag"]
    assert again["Idempotent-Replayed"] == "true"
    assert Event.objects.count() == events


def test_a_replayed_command_appends_nothing(api: Api, demo: Ids) -> None:
    client = api("editor")
    path = f"/api/v1/claims/{demo['claim:homicide-rate-2011']}/note/"
    kwargs: dict[str, Any] = {"format": "json", "HTTP_IF_MATCH": '"1"', "HTTP_IDEMPOTENCY_KEY": "n"}
    first = client.post(path, {"text": "once"}, **kwargs)
    again = client.post(path, {"text": "once"}, **kwargs)
    assert first.status_code == again.status_code == 200
    assert again.json()["version"] == 2
    assert Event.objects.filter(stream_id=demo["claim:homicide-rate-2011"]).count() == 2


def test_the_same_key_with_another_body_is_422(api: Api, demo: Ids) -> None:
    client = api("contributor")
    client.post("/api/v1/claims/", _report(demo), format="json", HTTP_IDEMPOTENCY_KEY="k2")
    other = client.post(
        "/api/v1/claims/", _report(demo, "Another."), format="json", HTTP_IDEMPOTENCY_KEY="k2"
    )
    assert other.status_code == 422
    assert "Idempotency-Key" in other.json()["detail"]
    elsewhere = client.post(
        "/api/v1/sources/", {"name": "N", "kind": "ngo"}, format="json", HTTP_IDEMPOTENCY_KEY="k2"
    )
    assert elsewhere.status_code == 422


def test_keys_are_per_user(api: Api, demo: Ids) -> None:
    a = api("contributor").post(
        "/api/v1/claims/", _report(demo), format="json", HTTP_IDEMPOTENCY_KEY="shared"
    )
    b = api("editor").post(
        "/api/v1/claims/", _report(demo), format="json", HTTP_IDEMPOTENCY_KEY="shared"
    )
    assert a.status_code == b.status_code == 201
    assert a.json()["id"] != b.json()["id"]


def test_refused_requests_are_not_stored(api: Api, demo: Ids) -> None:
    client = api("contributor")
    bad = _report(demo)
    bad["attributed_to"] = "nobody"
    assert (
        client.post("/api/v1/claims/", bad, format="json", HTTP_IDEMPOTENCY_KEY="k3").status_code
        == 400
    )
    assert not IdempotencyRecord.objects.filter(key="k3").exists()


def test_keys_expire(api: Api, demo: Ids, settings: Any) -> None:
    settings.CLAIMS_IDEMPOTENCY_TTL_HOURS = 24
    client = api("contributor")
    first = client.post("/api/v1/claims/", _report(demo), format="json", HTTP_IDEMPOTENCY_KEY="old")
    IdempotencyRecord.objects.filter(key="old").update(
        created_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=25)
    )
    again = client.post("/api/v1/claims/", _report(demo), format="json", HTTP_IDEMPOTENCY_KEY="old")
    assert again.status_code == 201
    assert again.json()["id"] != first.json()["id"]
    assert "Idempotent-Replayed" not in again


def test_concurrent_identical_requests_append_once(
    committed: Ids, committed_tokens: dict[str, str]
) -> None:
    key = f"race-{uuid.uuid4()}"
    statement = f"Exactly 27 people were killed in Petén ({key})."
    body = _report(committed, statement)
    barrier = threading.Barrier(4)
    answers: list[Any] = []
    lock = threading.Lock()

    def post() -> None:
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {committed_tokens['contributor']}")
        try:
            barrier.wait()
            response = client.post("/api/v1/claims/", body, format="json", HTTP_IDEMPOTENCY_KEY=key)
            with lock:
                answers.append(response)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert [r.status_code for r in answers] == [201] * 4
    assert len({r.json()["id"] for r in answers}) == 1
    assert Claim.objects.filter(statement=statement).count() == 1
    assert Event.objects.filter(event_type="ClaimReported", data__statement=statement).count() == 1
