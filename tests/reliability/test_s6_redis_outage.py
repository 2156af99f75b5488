"""S6 at full size: Redis down for 60 s, then hung (SIGSTOP), while 20 writes/s go on.

tests/system/test_indicator_worker.py runs the compressed variant (20 writes) on every change;
this is the README's S6 figure: 100 % of writes 201, p99 ≤ 3 s, 0 events lost, and after
Redis returns the indicator consumer back at the head within 60 s. Writes go through the HTTP
API (in-process WSGI) with a real worker, beat and Redis (tests/system/conftest.Stack).
"""

from __future__ import annotations

import statistics
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from rest_framework.test import APIClient

from claims.core import eventstore
from claims.core.models import Event
from claims.tokens.models import ApiToken
from tests.reliability.conftest import figure, requires_postgres
from tests.system import workload
from tests.system.conftest import Stack, running_stack
from tracker import consumers, tasks

pytestmark = [pytest.mark.chaos, requires_postgres()]

RATE_PER_SECOND, DOWN_SECONDS, HUNG_SECONDS = 20, 60, 15
WRITE_BUDGET_SECONDS, CATCH_UP_SECONDS = 3.0, 60


@pytest.fixture
def stack(committed: None) -> Iterator[Stack]:
    """Redis, one worker and beat (as tests/system's fixture), this process publishing to it."""
    with running_stack("claims-s6-", catch_up_timeout=120) as s:
        yield s


def _writes(client: APIClient, body: dict[str, Any], seconds: float, out: list[Any]) -> None:
    """POST reports at RATE_PER_SECOND for `seconds` (closed loop: never two at once)."""
    started = time.monotonic()
    n = 0
    while time.monotonic() - started < seconds:
        due = started + n / RATE_PER_SECOND
        time.sleep(max(0.0, due - time.monotonic()))
        statement = f"S6 write {uuid.uuid4().hex}: the rate was 34.5."
        t0 = time.monotonic()
        response = client.post("/api/v1/claims/", {**body, "statement": statement}, format="json")
        out.append((time.monotonic() - t0, response.status_code, response.json().get("id")))
        n += 1


def test_s6_redis_down_then_hung_while_writes_continue(stack: Stack, settings: Any) -> None:
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": dict.fromkeys(
            settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "1000000/min"
        ),
    }
    w = workload.world(n_indicators=1, n_sources=1)
    user = get_user_model().objects.create_superuser(f"s6-{uuid.uuid4().hex[:8]}")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {ApiToken.objects.issue(user).key}")
    body = {
        "subject": "Guatemala",
        "indicator": w.indicators[0],
        "value": {"amount": "34.5", "unit": workload.UNIT, "qualifier": "exact"},
        "period": {"start": "2012-01-01", "end": "2012-12-31"},
        "attributed_to": w.sources[0],
    }
    writes: list[Any] = []
    stack.stop_redis()
    _writes(client, body, DOWN_SECONDS, writes)
    stack.start_redis()
    tasks._quiet_until = 0.0  # publish again at once (the nudge backs off after a failure)
    stack.pause_redis(True)
    try:
        _writes(client, body, HUNG_SECONDS, writes)
    finally:
        stack.pause_redis(False)
    head = eventstore.head_position()
    took = stack.wait_caught_up(timeout=CATCH_UP_SECONDS)

    latencies = sorted(t for t, _, _ in writes)
    created = [claim_id for _, status, claim_id in writes if status == 201]
    stored = Event.objects.filter(stream_id__in=created, version=1).count()
    p99 = latencies[int(0.99 * (len(latencies) - 1))]
    figure(
        "S6",
        f"{len(created)} of {len(writes)} writes answered 201 with Redis stopped "
        f"{DOWN_SECONDS} s then hung {HUNG_SECONDS} s (target {RATE_PER_SECOND}/s); latency "
        f"median {statistics.median(latencies):.3f} s, p99 {p99:.3f} s, max "
        f"{latencies[-1]:.2f} s (bound {WRITE_BUDGET_SECONDS:.0f} s); {len(created) - stored} "
        f"lost; indicator consumer back at the head {took:.1f} s after Redis returned "
        f"(bound {CATCH_UP_SECONDS} s)",
    )
    assert len(created) == len(writes)
    assert p99 <= WRITE_BUDGET_SECONDS
    assert latencies[-1] < 30, "a request hung"
    assert stored == len(created)
    assert consumers.checkpoint_position() >= head
    assert len(writes) >= (DOWN_SECONDS + HUNG_SECONDS) * RATE_PER_SECOND // 2
