"""Deliveries end to end in this process: produced from the log, sent to a loopback receiver,
signed, in order, retried, timed out, never redirected, refused on a rebound address.

The sender serves each subscription in a thread of its own, which reads what the test wrote:
so these tests commit for real (the `committed` fixture), use fresh claims, and remove their
subscriptions afterwards.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from claims.core import services
from claims.core.domain import commands as c
from claims.core.models import Claim
from claims.webhooks import sender
from claims.webhooks import services as webhooks
from claims.webhooks.models import Attempt, Delivery
from tests import factories
from tests.conftest import PUBLIC, FakeResolver
from tests.webhooks.receiver import Behaviour, Listener, Receiver, verify

CTX = services.Context(actor="editor")


@pytest.fixture
def fast(settings: Any, allow_local: None) -> None:
    settings.CLAIMS_WEBHOOK_BACKOFF_MAX_SECONDS = 0.2
    settings.CLAIMS_WEBHOOK_TIMEOUT_SECONDS = 1
    settings.CLAIMS_NUDGE = False


@pytest.fixture
def subscriptions(committed: dict[str, str]) -> Iterator[list[str]]:
    made: list[str] = []
    yield made
    for subscription_id in made:
        webhooks.remove(uuid.UUID(subscription_id))


def subscribe(made: list[str], url: str, events: list[str], claim: str | None = None) -> str:
    registered = webhooks.register(url, events, claim, "editor")
    made.append(str(registered.subscription.pk))
    return registered.secret


def drain(until: Callable[[], bool], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        sender.run(max_seconds=2)
        if until():
            return
        time.sleep(0.05)
    seen = list(Delivery.objects.values_list("subscription_id", "state", "attempts", "last_error"))
    raise AssertionError(f"the deliveries did not arrive in time: {seen}")


def fresh_claim() -> str:
    return str(factories.report(factories.source("Wire service")).state.claim_id)


def version(claim_id: str) -> int:
    return int(Claim.objects.get(pk=claim_id).version)


def test_a_refutation_reaches_the_receiver_signed_with_its_stale_citation(
    fast: None, subscriptions: list[str]
) -> None:
    claim_id = fresh_claim()
    with Receiver() as receiver:
        secret = subscribe(subscriptions, receiver.url, ["claim.refuted", "citation.stale"])
        cited = services.cite(
            c.CiteClaim(citation_id=services.new_id(), claim=claim_id, url="https://n.example/s"),
            CTX,
        )
        services.note(claim_id, c.AddNote(text="not sent"), CTX, version(claim_id))
        services.refute(claim_id, c.RefuteClaim(reason="Shown false."), CTX, version(claim_id))
        drain(lambda: len(receiver.received) >= 2)
        first, second = receiver.received[:2]
    assert [r.payload["type"] for r in (first, second)] == ["claim.refuted", "citation.stale"]
    for got in (first, second):
        assert verify(secret, got)
        assert got.headers["Content-Type"] == "application/json"
        assert got.headers["X-Claims-Event-Id"] == got.payload["id"]
        assert got.payload["claim"]["status"] == "refuted"
        assert got.payload["claim"]["id"] == claim_id
        assert [x["id"] for x in got.payload["citations"]] == [cited.state.citation_id]
        assert got.payload["citations"][0]["url"] == "https://n.example/s"
        # Where the receiver reads the claim and where readers see it (paths without
        # CLAIMS_PUBLIC_BASE_URL: a worker knows no request's host)
        assert got.payload["links"] == {
            "api": f"/api/v1/claims/{claim_id}/",
            "page": f"/claims/{claim_id}/",
        }
    assert first.payload["position"] == second.payload["position"]
    assert second.payload["event_id"] == first.payload["id"] != second.payload["id"]
    tampered = type(first)(first.at, first.path, first.headers, first.body + b" ")
    assert not verify(secret, tampered)


def test_links_are_absolute_under_the_public_base_url(
    fast: None, subscriptions: list[str], settings: Any
) -> None:
    settings.CLAIMS_PUBLIC_BASE_URL = "https://claims.example.org/desk"
    claim_id = fresh_claim()
    with Receiver() as receiver:
        subscribe(subscriptions, receiver.url, ["claim.confirmed"])
        services.confirm(claim_id, c.ConfirmClaim(), CTX, version(claim_id))
        drain(lambda: len(receiver.received) >= 1)
    assert receiver.received[0].payload["links"] == {
        "api": f"https://claims.example.org/desk/api/v1/claims/{claim_id}/",
        "page": f"https://claims.example.org/desk/claims/{claim_id}/",
    }


def test_failures_are_retried_with_the_same_id_and_order_is_kept(
    fast: None, subscriptions: list[str]
) -> None:
    claim_id = fresh_claim()
    answers = iter([500, 503, 200, 500, 200, 200, 200])
    with Receiver(Behaviour(status=lambda r: next(answers, 200))) as receiver:
        subscribe(subscriptions, receiver.url, ["*"], claim=claim_id)
        for n in range(4):
            services.note(claim_id, c.AddNote(text=f"note {n}"), CTX, version(claim_id))
        drain(
            lambda: (
                Delivery.objects.filter(subscription_id=subscriptions[0], state="delivered").count()
                == 4
            )
        )
        ids = receiver.ids()
        positions = [r.payload["position"] for r in receiver.received]
    first_seen = list(dict.fromkeys(ids))
    assert len(first_seen) == 4
    assert ids[:3] == [first_seen[0]] * 3  # retried until delivered, before the next one
    assert positions == sorted(positions)
    attempts = Attempt.objects.filter(delivery__subscription_id=subscriptions[0])
    codes = sorted(int(code or 0) for code in attempts.values_list("status_code", flat=True))
    assert codes == [200] * 4 + [500, 500, 503]


def test_a_hung_receiver_times_out_and_is_tried_again(fast: None, subscriptions: list[str]) -> None:
    claim_id = fresh_claim()
    with Receiver(Behaviour(hang=True)) as receiver:
        subscribe(subscriptions, receiver.url, ["*"], claim=claim_id)
        services.note(claim_id, c.AddNote(text="into the void"), CTX, version(claim_id))
        drain(
            lambda: Attempt.objects.filter(delivery__subscription_id=subscriptions[0]).count() >= 2
        )
        # Read before the receiver closes: an attempt still in flight then ends with the
        # connection closed under it, not in a timeout.
        attempts = list(Attempt.objects.filter(delivery__subscription_id=subscriptions[0]))
    assert len(attempts) >= 2
    assert all(a.error == "timeout after 1 s" for a in attempts)
    assert all(900 <= a.duration_ms < 3000 for a in attempts)
    delivery = Delivery.objects.get(subscription_id=subscriptions[0])
    assert delivery.state == "pending"


def test_redirects_are_not_followed(fast: None, subscriptions: list[str]) -> None:
    claim_id = fresh_claim()
    with Listener() as elsewhere, Receiver(Behaviour(status=302)) as receiver:
        receiver.behaviour.location = elsewhere.url
        subscribe(subscriptions, receiver.url, ["*"], claim=claim_id)
        services.note(claim_id, c.AddNote(text="moved"), CTX, version(claim_id))
        drain(
            lambda: Attempt.objects.filter(delivery__subscription_id=subscriptions[0]).count() >= 2
        )
        time.sleep(0.3)
        assert elsewhere.connections == 0
    assert set(
        Attempt.objects.filter(delivery__subscription_id=subscriptions[0]).values_list(
            "status_code", flat=True
        )
    ) == {302}


def test_a_huge_answer_is_read_no_further_than_64_kb(fast: None, subscriptions: list[str]) -> None:
    claim_id = fresh_claim()
    with Receiver(Behaviour(body=b"x" * (4 * 1024 * 1024))) as receiver:
        subscribe(subscriptions, receiver.url, ["*"], claim=claim_id)
        services.note(claim_id, c.AddNote(text="big answer"), CTX, version(claim_id))
        drain(
            lambda: Delivery.objects.filter(
                subscription_id=subscriptions[0], state="delivered"
            ).exists()
        )
    attempt = Attempt.objects.get(delivery__subscription_id=subscriptions[0])
    assert attempt.status_code == 200
    assert len(attempt.response_excerpt) <= 500


def test_a_name_is_called_at_the_checked_address_with_its_host_header(
    fast: None, subscriptions: list[str], resolver: FakeResolver
) -> None:
    claim_id = fresh_claim()
    with Receiver() as receiver:
        resolver.names["receiver.example.test"] = ["127.0.0.1"]
        subscribe(
            subscriptions, f"http://receiver.example.test:{receiver.port}/hook", ["*"], claim_id
        )
        services.note(claim_id, c.AddNote(text="by name"), CTX, version(claim_id))
        drain(lambda: len(receiver.received) >= 1)
        assert receiver.received[0].headers["Host"] == f"receiver.example.test:{receiver.port}"


def test_a_name_that_rebinds_to_a_private_address_is_refused_without_a_socket(
    settings: Any,
    subscriptions: list[str],
    resolver: FakeResolver,
    no_connections: list[object],
) -> None:
    settings.CLAIMS_WEBHOOK_ALLOW_HTTP = False
    settings.CLAIMS_WEBHOOK_ALLOW_PRIVATE = False
    settings.CLAIMS_NUDGE = False
    claim_id = fresh_claim()
    resolver.names["rebind.example.test"] = [PUBLIC]
    subscribe(subscriptions, "https://rebind.example.test/hook", ["*"], claim_id)
    resolver.names["rebind.example.test"] = ["10.0.0.8"]
    services.note(claim_id, c.AddNote(text="rebound"), CTX, version(claim_id))
    drain(lambda: Attempt.objects.filter(delivery__subscription_id=subscriptions[0]).exists())
    attempts = list(Attempt.objects.filter(delivery__subscription_id=subscriptions[0]))
    assert attempts
    for attempt in attempts:  # each retry is refused the same way, before any socket
        assert attempt.status_code is None
        assert attempt.error.startswith("refused:")
        assert "10.0.0.8" in attempt.error


def test_after_the_retry_window_a_delivery_fails_and_the_next_goes_out(
    fast: None, settings: Any, subscriptions: list[str]
) -> None:
    settings.CLAIMS_WEBHOOK_RETRY_HOURS = 0
    claim_id = fresh_claim()
    answers = iter([500])
    with Receiver(Behaviour(status=lambda r: next(answers, 200))) as receiver:
        subscribe(subscriptions, receiver.url, ["*"], claim=claim_id)
        services.note(claim_id, c.AddNote(text="lost"), CTX, version(claim_id))
        services.note(claim_id, c.AddNote(text="kept"), CTX, version(claim_id))
        drain(lambda: len(receiver.received) >= 2)
    states = list(
        Delivery.objects.filter(subscription_id=subscriptions[0])
        .order_by("id")
        .values_list("state", flat=True)
    )
    assert states == ["failed", "delivered"]
