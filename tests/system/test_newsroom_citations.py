"""A newsroom relies on two claims in a story and learns when either changes (issue 13).

Through the API, with a real Celery worker, beat and Redis: the story of 22 February 2013 cites
the 45 % organized-crime share and the report that a cartel leader was killed; the editor
refutes the report; the story's citation turns stale, its diff shows the status going to
`refuted` with the editor's reason, a signed webhook reaches the newsroom's receiver on
loopback (its signature checked here), and acknowledging clears the flag. When the 45 % figure
is corrected later, that citation turns stale too, with `value.amount` among its changes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from django.test.utils import override_settings
from rest_framework.test import APIClient

from claims.core import demo as demo_data
from claims.core.models import Claim
from claims.tokens.models import ApiToken
from claims.webhooks import services as webhooks
from tests.factories import DemoIds, load_demo
from tests.system import workload
from tests.system.conftest import Stack, running_stack, wait_for
from tests.webhooks.receiver import Receiver, verify

ALLOW = {"CLAIMS_WEBHOOK_ALLOW_HTTP": "true", "CLAIMS_WEBHOOK_ALLOW_PRIVATE": "true"}
STORY = "https://news.example.org/2013/02/22/guatemala-violence-" + workload.fresh("story")


@pytest.fixture(scope="module")
def newsroom_stack(system_db: None) -> Iterator[Stack]:
    with (
        override_settings(**dict.fromkeys(ALLOW, True)),
        running_stack("claims-newsroom-", catch_up_timeout=90, **ALLOW) as stack,
    ):
        yield stack


@pytest.fixture(scope="module")
def clients(newsroom_stack: Stack, django_db_blocker: Any) -> dict[str, APIClient]:
    from django.conf import settings
    from django.contrib.auth import get_user_model

    load_demo(settings)
    users = demo_data.ensure_roles_and_users()
    out = {}
    for role in ("contributor", "editor"):
        user = get_user_model().objects.get(username=users[role])
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {ApiToken.objects.issue(user).key}")
        out[role] = client
    return out


def ok(response: Any, code: int = 200) -> dict[str, Any]:
    assert response.status_code == code, response.json()
    return dict(response.json())


def claim_version(claim_id: str) -> str:
    return f'"{Claim.objects.get(pk=claim_id).version}"'


def test_a_story_learns_that_what_it_relied_on_changed(
    clients: dict[str, APIClient], newsroom_stack: Stack
) -> None:
    contributor, editor = clients["contributor"], clients["editor"]
    share = DemoIds()["claim:organized-crime-share"]
    shared = ok(contributor.get(f"/api/v1/claims/{share}/"))
    assert shared["value"]["unit"] == "percent"
    # 45 in the seed (other tests of this session commit too: whatever it says now).
    before_amount = shared["value"]["amount"]
    after_amount = "40" if before_amount != "40" else "39"
    with Receiver() as receiver:
        # The newsroom's receiver, told about refutations, corrections and stale citations.
        hook = ok(
            editor.post(
                "/api/v1/webhooks/",
                {
                    "url": receiver.url,
                    "events": ["claim.refuted", "claim.corrected", "citation.stale"],
                },
                format="json",
            ),
            201,
        )
        secret = hook["secret"]
        try:
            # 22 February, 08:00: the report that a cartel leader was killed.
            early = ok(
                contributor.post(
                    "/api/v1/sources/",
                    {"name": f"Early reports {workload.fresh('src')}", "kind": "media"},
                    format="json",
                ),
                201,
            )
            report = ok(
                contributor.post(
                    "/api/v1/claims/",
                    {
                        "statement": "One of Mexico's most wanted drug traffickers was killed "
                        "in a shootout in Guatemala.",
                        "subject": "Mexican cartel leadership",
                        "value": {"amount": "1", "unit": "people", "qualifier": "exact"},
                        "place": "Petén, Guatemala",
                        "attributed_to": early["id"],
                        "occurred_at": "2013-02-22T08:00:00Z",
                    },
                    format="json",
                ),
                201,
            )
            # The story relies on both claims.
            cited = {}
            for key, claim_id in (("share", share), ("report", report["id"])):
                cited[key] = ok(
                    contributor.post(
                        "/api/v1/citations/",
                        {
                            "claim": claim_id,
                            "url": STORY,
                            "title": "Violence in Guatemala",
                            "published_at": "2013-02-22T10:00:00Z",
                        },
                        format="json",
                    ),
                    201,
                )
            assert not any(c["stale"] for c in cited.values())

            # 23 February: the editor refutes the report.
            reason = "The reports were false: the trafficker had not been killed."
            ok(
                editor.post(
                    f"/api/v1/claims/{report['id']}/refute/",
                    {"reason": reason},
                    format="json",
                    HTTP_IF_MATCH=claim_version(report["id"]),
                )
            )
            stale = ok(contributor.get("/api/v1/citations/", {"url": STORY, "stale": "true"}))
            assert [c["id"] for c in stale["results"]] == [cited["report"]["id"]]
            diff = ok(contributor.get(f"/api/v1/citations/{cited['report']['id']}/diff/"))
            status = [c for c in diff["changes"] if c["field"] == "status"]
            assert [(c["from"], c["to"]) for c in status] == [("reported", "refuted")]
            refuted = [e for e in diff["events"] if e["event_type"] == "ClaimRefuted"]
            assert [(e["actor"], e["reason"]) for e in refuted] == [("editor", reason)]

            # The receiver hears of it, signed.
            wait_for(
                lambda: (
                    {"claim.refuted", "citation.stale"}
                    <= {r.payload["type"] for r in receiver.received}
                ),
                60,
                "the refutation and the stale citation to reach the receiver",
            )
            by_type = {r.payload["type"]: r for r in receiver.received}
            for got in by_type.values():
                assert verify(secret, got), got.headers
                assert got.headers["X-Claims-Event-Id"] == got.payload["id"]
            notice = by_type["citation.stale"].payload
            assert notice["claim"]["id"] == report["id"]
            assert notice["claim"]["status"] == "refuted"
            assert [c["url"] for c in notice["citations"]] == [STORY]

            # The newsroom updates its story and acknowledges.
            acked = ok(
                contributor.post(
                    f"/api/v1/citations/{cited['report']['id']}/acknowledge/", {}, format="json"
                )
            )
            assert acked["stale"] is False
            still = ok(contributor.get("/api/v1/citations/", {"url": STORY, "stale": "true"}))
            assert still["count"] == 0

            # Later the 45 % figure is corrected: that citation turns stale.
            ok(
                editor.post(
                    f"/api/v1/claims/{share}/correct/",
                    {
                        "reason": "The prosecutor's office revised the share.",
                        "value": {"amount": after_amount, "unit": "percent", "qualifier": "up_to"},
                    },
                    format="json",
                    HTTP_IF_MATCH=claim_version(share),
                )
            )
            stale = ok(contributor.get("/api/v1/citations/", {"url": STORY, "stale": "true"}))
            assert [c["id"] for c in stale["results"]] == [cited["share"]["id"]]
            diff = ok(contributor.get(f"/api/v1/citations/{cited['share']['id']}/diff/"))
            amount = [c for c in diff["changes"] if c["field"] == "value.amount"]
            assert [(c["from"], c["to"]) for c in amount] == [(before_amount, after_amount)]
            wait_for(
                lambda: sum(r.payload["type"] == "citation.stale" for r in receiver.received) >= 2,
                60,
                "the second stale citation to reach the receiver",
            )
        finally:
            webhooks.remove(uuid.UUID(hook["id"]))
