"""Editors see citations and webhooks in the admin: the stale panel on the review queue and on
each claim page, the side-by-side diff, who cited a claim, acknowledging; the webhook list, its
delivery log, redeliver and ping — each an operation calling a service."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.test import Client

from claims.core import services
from claims.core.domain import commands as c
from claims.core.models import Citation, Event
from claims.webhooks import services as webhooks
from claims.webhooks.models import Delivery
from tests.admin.conftest import claim_url
from tests.conftest import PUBLIC, FakeResolver
from tests.factories import DemoIds

Login = Callable[..., Client]
STORY = "https://news.example.org/2013/02/22/cartel-leader"


@pytest.fixture
def stale(demo: DemoIds) -> str:
    """A story that relied on the cartel-leader report as first reported (refuted since)."""
    result = services.cite(
        c.CiteClaim(
            citation_id="story-1",
            claim=demo["claim:trafficker-killed"],
            url=STORY,
            title="Cartel leader killed",
            version=1,
        ),
        services.Context(actor="contributor"),
    )
    return str(result.state.citation_id)


def test_the_claim_page_lists_who_cited_it_and_its_stale_citations(
    login: Login, demo: DemoIds, stale: str
) -> None:
    page = login("reader").get(claim_url(demo["claim:trafficker-killed"])).content.decode()
    assert 'id="cited-by"' in page
    assert "Cartel leader killed" in page
    assert 'id="stale-citations"' in page
    assert "<del>reported</del> → <ins>refuted</ins>" in page
    other = login("reader").get(claim_url(demo["claim:homicide-rate-2011"])).content.decode()
    assert "Nobody recorded a citation of this claim." in other
    assert "No stale citations." in other


def test_the_review_queue_shows_every_stale_citation(
    login: Login, demo: DemoIds, stale: str
) -> None:
    page = login("editor").get("/admin/review/").content.decode()
    assert 'id="stale-citations"' in page
    assert f'data-citation="{stale}"' in page
    assert "Acknowledge" in page


def test_the_citation_page_shows_the_claim_then_beside_now(
    login: Login, demo: DemoIds, stale: str
) -> None:
    response = login("reader").get(f"/admin/claims/citation/{stale}/change/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "As published (version 1)" in page
    assert 'class="ws-changed"' in page
    assert "The reports were false" in page  # the editor's reason, in the events since
    assert 'id="acknowledge"' not in page  # readers cannot acknowledge


def test_acknowledging_is_an_operation_with_a_role(login: Login, demo: DemoIds, stale: str) -> None:
    url = f"/admin/claims/citation/{stale}/acknowledge/"
    assert login("reader").post(url).status_code == 403
    before = Event.objects.count()
    response = login("contributor").post(url, {"next": "/admin/review/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/review/"
    assert Event.objects.count() == before + 1
    event = Event.objects.order_by("-position").first()
    assert event is not None
    assert (event.event_type, event.metadata["actor"]) == ("CitationAcknowledged", "contributor")
    row = Citation.objects.get(pk=stale)
    assert row.acknowledged_version == row.claim.version
    again = login("contributor").post(url, follow=True).content.decode()
    assert "Nothing was acknowledged" in again
    assert Event.objects.count() == before + 1
    off_site = login("contributor").post(url, {"next": "https://evil.example/"})
    assert off_site["Location"].startswith("/admin/claims/citation/")


@pytest.fixture
def webhook(demo: DemoIds, resolver: FakeResolver) -> str:
    resolver.names["hooks.example.test"] = [PUBLIC]
    registered = webhooks.register("https://hooks.example.test/in", ["*"], None, "editor")
    delivery = webhooks.ping(registered.subscription.pk)
    assert delivery is not None
    Delivery.objects.filter(pk=delivery.pk).update(state="failed", attempts=3, last_status=500)
    return str(registered.subscription.pk)


def test_editors_see_the_webhooks_and_their_delivery_log(login: Login, webhook: str) -> None:
    listing = login("editor").get("/admin/webhooks/subscription/")
    assert listing.status_code == 200
    assert "hooks.example.test" in listing.content.decode()
    page = login("editor").get(f"/admin/webhooks/subscription/{webhook}/change/").content.decode()
    assert 'id="deliveries"' in page
    assert "ping" in page
    assert "Redeliver" in page
    for role in ("reader", "contributor"):
        assert login(role).get("/admin/webhooks/subscription/").status_code == 403
        assert login(role).get(f"/admin/webhooks/subscription/{webhook}/change/").status_code == 403


def test_the_delivery_log_shows_one_state_at_a_time(login: Login, webhook: str) -> None:
    failed = Delivery.objects.get(subscription_id=webhook)
    sent = webhooks.ping(failed.subscription_id)
    assert sent is not None
    Delivery.objects.filter(pk=sent.pk).update(state="delivered")
    page = f"/admin/webhooks/subscription/{webhook}/change/"

    def shown(query: str) -> list[str]:
        response = login("editor").get(page + query)
        assert response.status_code == 200
        return re.findall(r'data-delivery="(\d+)"', response.content.decode())

    assert shown("") == [str(sent.pk), str(failed.pk)]
    assert shown("?state=failed") == [str(failed.pk)]
    assert shown("?state=delivered") == [str(sent.pk)]
    assert shown("?state=pending") == []
    assert "No pending delivery." in login("editor").get(page + "?state=pending").content.decode()
    assert shown("?state=nonsense") == [str(sent.pk), str(failed.pk)]


def test_redeliver_and_ping_are_operations(login: Login, webhook: str) -> None:
    delivery = Delivery.objects.get(subscription_id=webhook)
    url = f"/admin/webhooks/subscription/{webhook}/deliveries/{delivery.pk}/redeliver/"
    assert login("contributor").post(url).status_code == 403
    assert login("editor").get(url).status_code == 405
    response = login("editor").post(url)
    assert response.status_code == 302
    assert Delivery.objects.get(pk=delivery.pk).state == "pending"
    ping = login("editor").post(f"/admin/webhooks/subscription/{webhook}/test/")
    assert ping.status_code == 302
    assert Delivery.objects.filter(subscription_id=webhook).count() == 2
