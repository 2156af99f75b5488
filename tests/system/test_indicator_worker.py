"""The indicator worker for real: Redis, `celery worker` and `celery beat` as child processes.

Each test shows one promise of docs/architecture.md and S5/S6 of docs/reliability.md: the log is
the outbox, the checkpoint decides, a lost, duplicated or late message never loses or doubles an
effect, and the beat-scheduled sweep bounds recovery.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import time
from decimal import Decimal as D
from typing import Any

import pytest
from django.test import Client
from rest_framework.test import APIClient

from claims.core import eventstore, services
from claims.core.domain import commands as c
from claims.core.domain.values import Period, Quantity
from tests.reliability.conftest import figure
from tests.system import workload
from tests.system.conftest import Stack, wait_for
from tracker import consumers, health, tasks
from tracker.models import IndicatorPoint, SourceReliability

CTX = services.Context(actor="system-test")
# S6: every write answers within this many seconds, whatever Redis does.
WRITE_BUDGET_SECONDS = 3.0


def series(key: str) -> list[dict[str, Any]]:
    response = APIClient().get(f"/api/v1/indicators/{key}/series/")
    assert response.status_code == 200
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def report(w: workload.World, year: int, amount: str, qualifier: str = "exact") -> str:
    claim_id = workload.fresh("claim")
    services.report(
        c.ReportClaim(
            claim_id=claim_id,
            statement=f"The homicide rate in {year} was {amount}.",
            subject="Guatemala",
            indicator=w.indicators[0],
            value=Quantity.of(amount, workload.UNIT, qualifier),
            period=Period(dt.date(year, 1, 1), dt.date(year, 12, 31)),
            attributed_to=w.sources[0],
        ),
        CTX,
    )
    return claim_id


def stored_rows() -> list[tuple[Any, ...]]:
    points = IndicatorPoint.objects.order_by("indicator_id", "period_key").values_list(
        "indicator_id", "period_key", "best", "as_of_position", "computed_at"
    )
    sources = SourceReliability.objects.order_by("source_id").values_list(
        "source_id", "reliability", "as_of_position", "computed_at"
    )
    return [*points, *sources]


def assert_equals_rebuild() -> None:
    assert consumers.compare(consumers.stored(), consumers.full_recompute()) == []


def test_a_correction_reaches_the_series_within_seconds(stack: Stack) -> None:
    w = workload.world(n_indicators=1, n_sources=1)
    claim_2011 = report(w, 2011, "39", "nearly")
    claim_2012 = report(w, 2012, "34.5")
    services.confirm(claim_2012, c.ConfirmClaim(reason="Matches UN data."), CTX, None)
    wait_for(lambda: len(series(w.indicators[0])) == 2, 10, "the first two points")
    # From "nearly 39" (best point 37.05 with the 10 % hedge band) to 34.5.
    assert series(w.indicators[0])[1]["change_pct"] == "-6.88"

    started = time.monotonic()
    new_value = Quantity.of("38.6", workload.UNIT)
    services.correct(claim_2011, c.CorrectClaim(reason="UN revision.", value=new_value), CTX, None)
    head = eventstore.head_position()

    def corrected() -> bool:
        point = series(w.indicators[0])[1]
        return bool(point["change_pct"] == "-10.62" and point["as_of_position"] >= head)

    wait_for(corrected, 10, "the corrected change")
    elapsed = time.monotonic() - started
    print(f"correction visible in the series after {elapsed:.2f}s")
    assert elapsed < 5  # the nudge, not the 5 s sweep
    assert_equals_rebuild()


def test_the_same_nudge_three_times_changes_nothing(stack: Stack) -> None:
    stack.wait_caught_up()
    wait_for(stack.redis_idle, 20, "an idle queue")
    before = stored_rows()
    for _ in range(3):
        tasks.process_new_events.delay()
    wait_for(stack.redis_idle, 20, "the three nudges to be processed")
    time.sleep(0.5)
    assert stored_rows() == before  # not one row rewritten: the checkpoint said "nothing new"

    # One event, announced three times: processed once, and equal to a rebuild.
    w = workload.world(n_indicators=1, n_sources=1)
    report(w, 2012, "12.5")
    for _ in range(2):
        tasks.process_new_events.delay()
    stack.wait_caught_up(timeout=20)
    wait_for(stack.redis_idle, 20, "the nudges to be processed")
    (point,) = IndicatorPoint.objects.filter(indicator_id=w.indicators[0])
    assert point.best == D("12.5")
    assert point.as_of_position == eventstore.head_position()
    assert_equals_rebuild()


def test_killed_worker_converges_to_the_clean_rebuild(stack: Stack) -> None:
    """S5: kill -9 of the pool child, then of the whole worker, mid catch-up."""
    stack.wait_caught_up()
    stack.stop_worker()
    rng = random.Random(2013)
    w = workload.world(n_indicators=3, n_sources=5)
    workload.run(w, rng, 400)
    start, head = consumers.checkpoint_position(), eventstore.head_position()
    assert head - start > 200

    # Small batches make the catch-up take a while, so the kills land inside it.
    stack.start_worker(CLAIMS_CONSUMER_BATCH="2")
    quarter = start + (head - start) // 4
    wait_for(lambda: consumers.checkpoint_position() > quarter, 60, "a quarter of the backlog")
    assert consumers.checkpoint_position() < head, "finished before the kill: test proves nothing"
    child = stack.worker_child()
    assert child is not None
    os.kill(child, signal.SIGKILL)  # the pool child: the main process forks a new one
    at_child_kill = consumers.checkpoint_position()

    half = start + (head - start) // 2
    wait_for(lambda: consumers.checkpoint_position() > max(half, at_child_kill), 60, "progress")
    assert consumers.checkpoint_position() < head, "finished before the kill: test proves nothing"
    stack.kill_worker()  # the whole worker; Redis will not redeliver its unacked message soon
    at_worker_kill = consumers.checkpoint_position()

    stack.start_worker()
    took = stack.wait_caught_up(timeout=60)  # the beat-scheduled sweep picks the work up
    print(f"killed at {at_child_kill} and {at_worker_kill} of {start}..{head}")
    print(f"caught up {took:.1f}s after the restart")
    assert consumers.checkpoint_position() == eventstore.head_position()
    assert_equals_rebuild()
    figure(
        "S5",
        f"pool child and whole worker killed (-9) mid-batch at positions {at_child_kill} and "
        f"{at_worker_kill} of {start}..{head}; caught up {took:.1f} s after the restart "
        "(bound 60 s), 0 differences against a clean rebuild",
    )


def test_redis_down_writes_succeed_and_the_sweep_catches_up(stack: Stack) -> None:
    """S6: Redis stopped (and hung): writes stay fast, nothing is lost, lag returns to 0."""
    stack.wait_caught_up()
    # Only Redis may be down below: the worker's heartbeat (beat's first tick comes a few
    # seconds after the stack starts) must be fresh before Redis stops.
    wait_for(lambda: health.worker()["ok"], 60, "a fresh worker heartbeat")
    w = workload.world(n_indicators=1, n_sources=2)
    rng = random.Random(6)
    durations: list[float] = []
    years: set[int] = set()

    def timed_write() -> None:
        year = rng.randint(2005, 2013)
        started = time.monotonic()
        report(w, year, f"{rng.randint(10, 60)}.{rng.randint(0, 9)}")
        durations.append(time.monotonic() - started)
        years.add(year)

    stack.stop_redis()
    for _ in range(15):
        timed_write()
    down = Client().get("/healthz")
    assert down.status_code == 200
    assert down.json()["degraded"] == ["redis"]
    assert down.json()["checks"]["redis"]["ok"] is False

    stack.start_redis()
    tasks._quiet_until = 0.0  # let the next write try to publish again at once
    stack.pause_redis(True)  # hung: accepts connections, never answers
    try:
        for _ in range(5):
            timed_write()
    finally:
        stack.pause_redis(False)
    print(f"write latency with Redis down or hung: max {max(durations):.2f}s")
    assert max(durations) < WRITE_BUDGET_SECONDS

    head = eventstore.head_position()
    took = stack.wait_caught_up(timeout=60)
    print(f"caught up {took:.1f}s after Redis returned")
    assert consumers.checkpoint_position() >= head
    points = series(w.indicators[0])
    assert [p["period"]["key"] for p in points] == [str(y) for y in sorted(years)]
    assert_equals_rebuild()

    def healthy() -> bool:
        response = Client().get("/healthz")
        return response.status_code == 200 and response.json()["status"] == "ok"

    wait_for(healthy, 30, "/healthz to answer ok again")
    assert Client().get("/healthz").json()["checks"]["consumers"]["indicators"]["lag"] == 0


@pytest.mark.parametrize("nudge", ["false"])
def test_without_nudges_the_sweep_alone_delivers(stack: Stack, nudge: str, settings: Any) -> None:
    """CLAIMS_NUDGE=false: results still arrive, within one sweep interval."""
    settings.CLAIMS_NUDGE = nudge == "true"
    stack.wait_caught_up()
    w = workload.world(n_indicators=1, n_sources=1)
    report(w, 2012, "7")
    took = stack.wait_caught_up(timeout=30)
    print(f"sweep delivered in {took:.1f}s")
    assert IndicatorPoint.objects.get(indicator_id=w.indicators[0]).best == D(7)
