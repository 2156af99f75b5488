"""W1, W2, W4: webhook deliveries under a receiver that fails, a worker killed, a receiver
that hangs — with a real Celery worker, beat and Redis (tests/system/conftest.Stack) and
receivers on loopback. (W3, the fan-out latency, is a benchmark figure: bench/fig_w3_webhooks.py.)

- W1: the receiver answers 500 for 60 s, then 200, while 500 events are appended: every event
  is delivered, none lost; a repeat is only ever a retry of an id not yet acknowledged (same
  id); each subscription receives in log order.
- W2: the whole worker is killed (SIGKILL) while deliveries are in flight, then restarted: every
  event is delivered; duplicates are at most the deliveries in flight at the kill, each with its
  original id.
- W4: one receiver accepts connections and never answers: the other subscriptions' delivery p99
  stays within 1.2 × what it is without the hung one (same run); the hung one times out at 5 s
  per attempt and backs off.
"""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from django.db import connections

from claims.core import services
from claims.core.domain import commands as c
from claims.core.models import Claim
from claims.webhooks import services as webhooks
from claims.webhooks.models import Attempt, Delivery
from tests import factories
from tests.reliability.conftest import figure, requires_postgres
from tests.system.conftest import Stack, running_stack, wait_for
from tests.webhooks.receiver import Behaviour, Received, Receiver

pytestmark = pytest.mark.chaos

CTX = services.Context(actor="chaos")
ALLOW = {
    "CLAIMS_WEBHOOK_ALLOW_HTTP": "true",
    "CLAIMS_WEBHOOK_ALLOW_PRIVATE": "true",
    # Retries at most 5 s apart, so recovery after the outage is measured in seconds (the
    # production default, 900 s, only stretches the last wait).
    "CLAIMS_WEBHOOK_BACKOFF_MAX_SECONDS": "5",
}


@pytest.fixture
def stack(committed: None, settings: Any) -> Iterator[Stack]:
    settings.CLAIMS_WEBHOOK_ALLOW_HTTP = True
    settings.CLAIMS_WEBHOOK_ALLOW_PRIVATE = True
    with running_stack("claims-w-", catch_up_timeout=120, **ALLOW) as s:
        yield s


class Subscriptions:
    def __init__(self) -> None:
        self.ids: list[str] = []

    def add(self, url: str, claim_id: str) -> str:
        registered = webhooks.register(url, ["*"], claim_id, "chaos")
        self.ids.append(str(registered.subscription.pk))
        return str(registered.subscription.pk)

    def remove(self) -> None:
        for subscription_id in self.ids:
            webhooks.remove(uuid.UUID(subscription_id))


@pytest.fixture
def subscriptions(stack: Stack) -> Iterator[Subscriptions]:
    made = Subscriptions()
    yield made
    made.remove()


def fresh_claim() -> str:
    return str(factories.report(factories.source("Chaos wire")).state.claim_id)


def append_notes(
    claim_id: str, n: int, seconds: float, committed_at: dict[str, float] | None = None
) -> list[str]:
    """n notes on one claim, evenly over `seconds`; the event ids, in log order."""
    ids = []
    started = time.monotonic()
    version = int(Claim.objects.get(pk=claim_id).version)
    for i in range(n):
        time.sleep(max(0.0, started + i * seconds / n - time.monotonic()))
        result = services.note(claim_id, c.AddNote(text=f"chaos note {i}"), CTX, version)
        version = result.version
        event_id = str(result.records[-1].event_id)
        if committed_at is not None:
            committed_at[event_id] = time.time()
        ids.append(event_id)
    return ids


def delivered(subscription_id: str) -> int:
    return Delivery.objects.filter(subscription_id=subscription_id, state="delivered").count()


def repeats(receivers: list[Receiver]) -> str:
    """Each event a receiver got more than once: every arrival (time, the delivery and attempt
    numbers it carried) beside the attempts the database holds for that delivery, so a failed
    count says whether the sender sent again what it had recorded, or recorded one attempt for
    two requests."""
    lines = []
    for n, receiver in enumerate(receivers):
        seen = Counter(receiver.ids())
        for event_id, count in seen.items():
            if count < 2:
                continue
            got = [r for r in receiver.received if r.event_id == event_id]
            arrivals = ", ".join(
                f"{r.at:.3f} (delivery {r.headers.get('X-Claims-Delivery')}, attempt "
                f"{r.headers.get('X-Claims-Attempt')})"
                for r in got
            )
            delivery = got[0].headers.get("X-Claims-Delivery") or "0"
            recorded = "; ".join(
                f"#{a.number} {a.status_code} {a.error!r} at {a.started_at:%H:%M:%S.%f}"
                f" ({a.duration_ms} ms)"
                for a in Attempt.objects.filter(delivery_id=int(delivery)).order_by("number")
            )
            lines.append(
                f"receiver {n}, event {event_id}: received {arrivals}; recorded {recorded}"
            )
    return "\n".join(lines)


def first_seen_order(received: list[Received]) -> list[str]:
    return list(dict.fromkeys(r.event_id for r in received))


def test_w1_a_receiver_down_for_60_s_loses_nothing(
    stack: Stack, subscriptions: Subscriptions
) -> None:
    down_until = time.time() + 60
    answered: list[tuple[str, int]] = []
    lock = threading.Lock()

    def answer(got: Received) -> int:
        status = 500 if time.time() < down_until else 200
        with lock:
            answered.append((got.event_id, status))
        return status

    claim_id = fresh_claim()
    with Receiver(Behaviour(status=answer)) as receiver:
        sub = subscriptions.add(receiver.url, claim_id)
        ids = append_notes(claim_id, 500, 50)
        took = wait_for(lambda: delivered(sub) == 500, 240, "all 500 deliveries", interval=0.5)
        recovered = time.time() - down_until
        time.sleep(1)
        received = list(receiver.received)
    successes = Counter(event_id for event_id, status in answered if status == 200)
    failures = Counter(event_id for event_id, status in answered if status != 200)
    assert set(successes) == set(ids), "every event delivered, none lost"
    # A repeat is a retry: nothing is sent again once a 2xx acknowledged it.
    after_success = sum(n - 1 for n in successes.values())
    assert after_success == 0
    assert first_seen_order(received) == ids
    order = [i for i, status in answered if status == 200]
    assert order == ids, "delivered in log order"
    assert all(r.headers["X-Claims-Event-Id"] == r.payload["id"] for r in received)
    figure(
        "W1",
        f"500 events while the receiver answered 500 for 60 s: 500 delivered, 0 lost, "
        f"{sum(failures.values())} retries (each of an id not yet delivered, same id), "
        f"0 repeats after a 2xx, log order kept; all delivered {recovered:.1f} s after the "
        f"receiver recovered ({took:.0f} s after the last append)",
    )


@requires_postgres()
def test_w2_a_worker_killed_mid_delivery_loses_nothing(
    stack: Stack, subscriptions: Subscriptions
) -> None:
    in_process = 0
    lock = threading.Lock()

    def slow(got: Received) -> int:
        nonlocal in_process
        with lock:
            in_process += 1
        time.sleep(0.02)
        with lock:
            in_process -= 1
        return 200

    claims = [fresh_claim() for _ in range(3)]
    receivers = [Receiver(Behaviour(status=slow)) for _ in claims]
    for receiver in receivers:
        receiver.__enter__()
    try:
        subs = [subscriptions.add(r.url, claim) for r, claim in zip(receivers, claims, strict=True)]
        appended: dict[str, list[str]] = {}

        def write(claim: str) -> None:
            try:
                appended[claim] = append_notes(claim, 200, 20)
            finally:
                connections.close_all()

        writers = [threading.Thread(target=write, args=(cl,)) for cl in claims]
        for w in writers:
            w.start()
        wait_for(lambda: sum(delivered(s) for s in subs) >= 150, 120, "deliveries under way")
        stack.kill_worker()
        killed_at = time.monotonic()
        time.sleep(0.5)  # what the receivers were answering is answered
        # In flight at the kill: received by a receiver, not yet recorded as delivered.
        in_flight = 0
        for receiver, sub in zip(receivers, subs, strict=True):
            recorded = {
                str(m)
                for m in Delivery.objects.filter(
                    subscription_id=sub, state="delivered"
                ).values_list("message_id", flat=True)
            }
            in_flight += len(set(receiver.ids()) - recorded)
        for w in writers:
            w.join()
        stack.start_worker(**ALLOW)
        wait_for(
            lambda: all(delivered(s) == 200 for s in subs), 300, "every delivery after restart"
        )
        recovery = time.monotonic() - killed_at
        time.sleep(1)
    finally:
        for receiver in receivers:
            receiver.__exit__(None, None, None)
    duplicates = 0
    for receiver, claim in zip(receivers, claims, strict=True):
        seen = Counter(receiver.ids())
        assert set(seen) == set(appended[claim]), "every event delivered after the restart"
        duplicates += sum(n - 1 for n in seen.values())
        assert all(r.headers["X-Claims-Event-Id"] == r.payload["id"] for r in receiver.received)
        assert first_seen_order(receiver.received) == appended[claim]
    assert duplicates <= in_flight
    figure(
        "W2",
        f"kill -9 of the worker with {in_flight} deliveries in flight (received, not yet "
        f"recorded; 3 subscriptions x 200 events): 600 delivered after restart, 0 lost, "
        f"{duplicates} duplicate(s) (<= {in_flight}), each with its original id, log order "
        f"kept; all delivered {recovery:.0f} s after the kill (lease expiry included)",
    )


def slowest(label: str, deliveries: list[tuple[float, float]], n: int = 12) -> str:
    """A phase's slowest deliveries, each with the time its event was committed (UTC, as the
    worker logs its runs' ends): whether they come together, after a run's end, or spread."""
    worst = sorted(deliveries, reverse=True)[:n]
    return f"{label}, slowest: " + ", ".join(
        f"{latency * 1000:.0f} ms (committed {_clock(at)})" for latency, at in worst
    )


def _clock(at: float) -> str:
    return dt.datetime.fromtimestamp(at, dt.UTC).strftime("%H:%M:%S.%f")[:-3]


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


@requires_postgres()
def test_w4_a_hung_receiver_does_not_delay_the_others(
    stack: Stack, subscriptions: Subscriptions
) -> None:
    claim_id = fresh_claim()
    receivers = [Receiver() for _ in range(3)]
    for receiver in receivers:
        receiver.__enter__()
    hung = Receiver(Behaviour(hang=True))
    hung.__enter__()
    # The comparison keeps four subscriptions: the fourth answers at first, then is replaced by
    # one whose receiver hangs, so the only difference is the hung receiver (not one more
    # subscription's deliveries to produce).
    fourth = Receiver()
    fourth.__enter__()
    try:
        for receiver in receivers:
            subscriptions.add(receiver.url, claim_id)

        def phase(n: int) -> list[tuple[float, float]]:
            """Each healthy delivery's (latency, commit time)."""
            committed: dict[str, float] = {}
            start = [len(r.received) for r in receivers]
            ids = append_notes(claim_id, n, n / 10, committed)
            wait_for(
                lambda: all(
                    len(r.received) - s >= n for r, s in zip(receivers, start, strict=True)
                ),
                120,
                "the healthy receivers",
            )
            latencies = []
            for receiver, s in zip(receivers, start, strict=True):
                for got in receiver.received[s:]:
                    if got.event_id in committed:
                        at = committed[got.event_id]
                        latencies.append((got.at - at, at))
            assert len(latencies) == 3 * len(ids), repeats(receivers)
            return latencies

        warmup = phase(20)
        healthy_sub = subscriptions.add(fourth.url, claim_id)
        without = phase(300)
        webhooks.remove(uuid.UUID(healthy_sub))
        subscriptions.ids.remove(healthy_sub)
        hung_sub = subscriptions.add(hung.url, claim_id)
        with_hung = phase(300)
        attempts = list(Attempt.objects.filter(delivery__subscription_id=hung_sub))
    finally:
        hung.__exit__(None, None, None)
        fourth.__exit__(None, None, None)
        for receiver in receivers:
            receiver.__exit__(None, None, None)
    assert warmup
    latencies_without = [latency for latency, _ in without]
    latencies_with = [latency for latency, _ in with_hung]
    p99_without, p99_with = _p99(latencies_without), _p99(latencies_with)
    p50_without = statistics.median(latencies_without)
    p50_with = statistics.median(latencies_with)
    ratio = p99_with / p99_without
    timeouts = [a for a in attempts if a.error.startswith("timeout")]
    assert timeouts, "the hung receiver's attempts time out"
    assert all(4500 <= a.duration_ms <= 7000 for a in timeouts)
    starts = sorted(a.started_at for a in attempts)
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(starts)]
    assert all(g >= 5 for g in gaps), "one attempt at a time, each waiting for its timeout"
    assert ratio <= 1.2, "\n".join(
        [
            f"p99 {p99_without * 1000:.0f} ms -> {p99_with * 1000:.0f} ms",
            slowest("without the hung one", without),
            slowest("with the hung one", with_hung),
            "the worker's runs:",
            *stack.log_lines("webhooks: produced"),
        ]
    )
    figure(
        "W4",
        f"3 healthy subscriptions x 300 events at 10/s beside a 4th healthy one, then with "
        f"the 4th hung: delivery p99 {p99_without * 1000:.0f} ms -> {p99_with * 1000:.0f} ms "
        f"(x{ratio:.2f}, p50 {p50_without * 1000:.0f} -> {p50_with * 1000:.0f} ms); the hung "
        f"one: {len(timeouts)} attempts, "
        f"each timed out at {min(a.duration_ms for a in timeouts) / 1000:.1f}-"
        f"{max(a.duration_ms for a in timeouts) / 1000:.1f} s, gaps between attempts "
        f"{', '.join(f'{g:.0f}' for g in gaps[:6])} s (backoff)",
    )
