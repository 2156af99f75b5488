"""A command's answer is the document its transaction stored, with that version as ETag.

The views answer from the command's own result (the state and times the projection used), not
by reading the claim back: the body must still equal the stored row, for every command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rest_framework.test import APIClient

from claims.core.models import Claim, ClaimVersion
from tests.api.test_claims import report_body

pytestmark = pytest.mark.django_db


def _same_as_stored(reply: Any, claim_id: str) -> dict[str, Any]:
    assert reply.status_code in (200, 201), reply.json()
    body = reply.json()
    row = Claim.objects.get(pk=claim_id)
    assert body == row.document
    assert reply["ETag"] == f'"{row.version}"'
    history = ClaimVersion.objects.get(claim_id=claim_id, version=row.version)
    assert body == history.document
    return dict(body)


def test_every_command_answers_with_the_stored_document(
    api: Callable[[str], APIClient], demo: dict[str, str], users: dict[str, Any]
) -> None:
    client = api("editor")
    created = client.post("/api/v1/claims/", report_body(demo), format="json")
    claim_id = created.json()["id"]
    assert created["Location"].endswith(f"/api/v1/claims/{claim_id}/")
    _same_as_stored(created, claim_id)
    unodc = demo["source:un"]
    steps: list[tuple[str, dict[str, Any]]] = [
        ("add-figure", {"source": unodc, "value": {"amount": "39", "unit": "per 100,000 people"}}),
        ("dispute", {"reason": "UNODC counts more.", "by": unodc}),
        ("resolve-dispute", {"resolution": "rejected", "reason": "Ministry figures hold."}),
        ("confirm", {"reason": "Registry checked."}),
        (
            "correct",
            {"reason": "Revised.", "value": {"amount": "34.6", "unit": "per 100,000 people"}},
        ),
        ("attach-evidence", {"url": "https://example.org/registry", "title": "Registry"}),
        ("assign", {"assignee": users["editor"].username}),
        ("note", {"text": "Checked twice."}),
        ("refute", {"reason": "Shown false."}),
    ]
    for version, (action, body) in enumerate(steps, start=2):
        reply = client.post(
            f"/api/v1/claims/{claim_id}/{action}/",
            body,
            format="json",
            HTTP_IF_MATCH=f'"{version - 1}"',
        )
        doc = _same_as_stored(reply, claim_id)
        assert doc["version"] == version, action
