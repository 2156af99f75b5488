"""Client command ids: a command's `command_id` is remembered for good; the same id and request
replay the first answer however late, another request with it is a 409, concurrent requests
with one id append once."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.db import connections
from django.utils import timezone
from rest_framework.test import APIClient

from claims.core import demo as demo_data
from claims.core.models import Claim, CommandRecord, Event, IdempotencyRecord

Ids = dict[str, str]


def _client(role: str) -> APIClient:
    """A client signed in as the demo user of this role, whatever the clock says (tokens
    expire; a session-less forced login does not)."""
    client = APIClient()
    username = demo_data.ensure_roles_and_users()[role]
    client.force_authenticate(get_user_model().objects.get(username=username))
    return client


def _report(ids: Ids, command_id: str, statement: str = "About 6,000 people died in 2012.") -> Any:
    return {
        "statement": statement,
        "subject": "Guatemala",
        "value": {"amount": "6000", "unit": "people", "qualifier": "approximately"},
        "attributed_to": ids["source:gt-gov"],
        "command_id": command_id,
    }


def _later(monkeypatch: Any, days: int) -> None:
    real_now = timezone.now
    monkeypatch.setattr(timezone, "now", lambda: real_now() + dt.timedelta(days=days))


def test_a_command_id_replayed_30_days_later_appends_nothing(
    demo: Ids, monkeypatch: Any, settings: Any
) -> None:
    settings.CLAIMS_IDEMPOTENCY_TTL_HOURS = 24
    client = _client("contributor")
    command_id = str(uuid.uuid4())
    first = client.post(
        "/api/v1/claims/",
        _report(demo, command_id),
        format="json",
        HTTP_IDEMPOTENCY_KEY="import-row-1",
    )
    assert first.status_code == 201, first.json()
    claim_id = first.json()["id"]
    note_id = str(uuid.uuid4())
    note = client.post(
        f"/api/v1/claims/{claim_id}/note/",
        {"text": "Checked against the ministry's table.", "command_id": note_id},
        format="json",
        HTTP_IF_MATCH='"1"',
    )
    assert note.status_code == 200, note.json()
    events = Event.objects.count()

    _later(monkeypatch, 30)
    # The Idempotency-Key has expired (24 h): only the command_id still names the request.
    assert not IdempotencyRecord.objects.filter(
        key="import-row-1", created_at__gte=timezone.now() - dt.timedelta(hours=24)
    ).exists()
    again = client.post(
        "/api/v1/claims/",
        _report(demo, command_id),
        format="json",
        HTTP_IDEMPOTENCY_KEY="import-row-1",
    )
    assert again.status_code == 201
    assert again.json() == first.json()
    assert again["Location"] == first["Location"]
    assert again["ETag"] == '"1"'
    assert again["Idempotent-Replayed"] == "true"
    note_again = client.post(
        f"/api/v1/claims/{claim_id}/note/",
        {"text": "Checked against the ministry's table.", "command_id": note_id},
        format="json",
        HTTP_IF_MATCH='"1"',  # stale now, but the command was already done: its answer
    )
    assert note_again.status_code == 200
    assert note_again.json() == note.json()
    assert Event.objects.count() == events
    assert Claim.objects.filter(statement=_report(demo, "")["statement"]).count() == 1


def test_the_same_command_id_with_another_request_is_a_409(demo: Ids) -> None:
    contributor = _client("contributor")
    command_id = str(uuid.uuid4())
    assert (
        contributor.post("/api/v1/claims/", _report(demo, command_id), format="json").status_code
        == 201
    )
    events = Event.objects.count()
    other_body = contributor.post(
        "/api/v1/claims/", _report(demo, command_id, "Another statement."), format="json"
    )
    assert other_body.status_code == 409
    assert other_body.json()["code"] == "command_id_reused"
    other_path = contributor.post(
        "/api/v1/sources/", {"name": "N", "kind": "ngo", "command_id": command_id}, format="json"
    )
    assert other_path.status_code == 409
    assert other_path.json()["code"] == "command_id_reused"
    # An id names one user's command: another user sending it is not answered with it.
    other_user = _client("editor").post("/api/v1/claims/", _report(demo, command_id), format="json")
    assert other_user.status_code == 409
    assert Event.objects.count() == events


def test_a_refused_command_leaves_its_id_free(demo: Ids) -> None:
    client = _client("contributor")
    command_id = str(uuid.uuid4())
    bad = _report(demo, command_id)
    bad["attributed_to"] = "nobody"
    assert client.post("/api/v1/claims/", bad, format="json").status_code == 400
    assert not CommandRecord.objects.filter(command_id=command_id).exists()
    assert (
        client.post("/api/v1/claims/", _report(demo, command_id), format="json").status_code == 201
    )
    assert CommandRecord.objects.filter(command_id=command_id).exists()


@pytest.mark.parametrize("bad", ["not-a-uuid", 12, ["x"], ""])
def test_a_command_id_that_is_not_a_uuid_is_a_400_naming_it(demo: Ids, bad: Any) -> None:
    answer = _client("contributor").post(
        "/api/v1/claims/", {**_report(demo, ""), "command_id": bad}, format="json"
    )
    assert answer.status_code == 400
    assert "command_id" in answer.json()


def test_every_command_of_the_table_takes_one(demo: Ids) -> None:
    editor = _client("editor")
    source_id = demo["source:gt-gov"]
    command_id = str(uuid.uuid4())
    path = f"/api/v1/sources/{source_id}/"
    version = editor.get(path).json()["version"]
    body = {"url": "https://www.minex.gob.gt", "command_id": command_id}
    first = editor.patch(path, body, format="json", HTTP_IF_MATCH=f'"{version}"')
    assert first.status_code == 200, first.json()
    again = editor.patch(path, body, format="json", HTTP_IF_MATCH=f'"{version}"')
    assert again.status_code == 200
    assert again["Idempotent-Replayed"] == "true"
    assert editor.get(path).json()["version"] == version + 1


def test_the_schema_declares_command_id_on_every_command(db: Any) -> None:
    schema = APIClient().get("/api/schema/", HTTP_ACCEPT="application/json").json()
    components = schema["components"]["schemas"]
    commands = 0
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            ref = (
                operation.get("requestBody", {})
                .get("content", {})
                .get("application/json", {})
                .get("schema", {})
                .get("$ref", "")
            )
            name = ref.rsplit("/", 1)[-1]
            if not name.endswith("InputRequest") or method not in ("post", "patch"):
                continue
            if not (path.startswith("/api/v1/claims/") or path.startswith("/api/v1/sources/")):
                continue
            commands += 1
            properties = components[name]["properties"]
            assert properties["command_id"]["format"] == "uuid", (path, method)
            assert "409" in operation["responses"], (path, method)
    assert commands == 15  # report, twelve claim commands, register and edit a source


def test_concurrent_requests_with_one_command_id_append_once(
    committed: Ids, committed_tokens: dict[str, str]
) -> None:
    command_id = str(uuid.uuid4())
    statement = f"Exactly 31 people were killed in Izabal ({command_id})."
    body = _report(committed, command_id, statement)
    barrier = threading.Barrier(4)
    answers: list[Any] = []
    lock = threading.Lock()

    def post() -> None:
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {committed_tokens['contributor']}")
        try:
            barrier.wait()
            response = client.post("/api/v1/claims/", body, format="json")
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
    assert sum(1 for r in answers if r.get("Idempotent-Replayed") == "true") == 3
    assert Claim.objects.filter(statement=statement).count() == 1
    assert Event.objects.filter(event_type="ClaimReported", data__statement=statement).count() == 1
