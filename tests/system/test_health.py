"""The health probes with a real Redis stopped: writes through the API still succeed, /livez and
/readyz answer 200 (/readyz and /healthz say `degraded`, naming Redis), and all say `ok` again
once Redis is back.

Redis is the devservices server this test starts and stops; this process publishes its nudges
to it, so the writes below really try (and fail) to reach it after it stops.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.test.utils import override_settings
from rest_framework.test import APIClient

from claims.tokens.models import ApiToken
from config.devservices import RedisServer, free_port
from tests.system import workload
from tests.system.conftest import _point_celery_at
from tracker import tasks

# A write with Redis down does not wait for the broker (the nudge is published by a thread of
# its own); the budget is a write's own time with room for a loaded machine.
WRITE_BUDGET_SECONDS = 3.0


@pytest.fixture
def redis(system_db: None) -> Iterator[RedisServer]:
    """A Redis of our own, with this process's settings and nudges pointed at it."""
    from config.celery import app

    previous = app.conf.broker_url
    with tempfile.TemporaryDirectory(prefix="claims-health-") as data:
        server = RedisServer(port=free_port(), data_dir=Path(data))
        server.start()
        url = server.url
        with override_settings(REDIS_URL=url, CELERY_BROKER_URL=url):
            _point_celery_at(url)
            try:
                yield server
            finally:
                server.stop()
                _point_celery_at(previous)


def _statuses() -> dict[str, tuple[int, dict[str, Any]]]:
    return {
        probe: ((r := Client().get(f"/{probe}")).status_code, r.json())
        for probe in ("livez", "readyz", "healthz")
    }


def _write(client: APIClient, source: str) -> tuple[int, float]:
    started = time.monotonic()
    response = client.post(
        "/api/v1/claims/",
        {
            "statement": f"Health check write {uuid.uuid4().hex}: the rate was 34.5.",
            "subject": "Guatemala",
            "value": {"amount": "34.5", "unit": workload.UNIT, "qualifier": "exact"},
            "attributed_to": source,
        },
        format="json",
    )
    return response.status_code, time.monotonic() - started


def test_redis_stopped_degrades_readiness_but_fails_no_probe_and_no_write(
    redis: RedisServer,
) -> None:
    w = workload.world(n_indicators=0, n_sources=1)
    user = get_user_model().objects.create_superuser(f"health-{uuid.uuid4().hex[:8]}")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {ApiToken.objects.issue(user).key}")

    up = _statuses()
    assert {probe: code for probe, (code, _) in up.items()} == dict.fromkeys(up, 200)
    assert up["readyz"][1]["status"] == "ok"
    assert up["readyz"][1]["checks"]["redis"]["ok"] is True
    assert _write(client, w.sources[0])[0] == 201

    redis.stop()
    tasks._quiet_until = 0.0  # the next write tries to publish at once
    writes = [_write(client, w.sources[0]) for _ in range(3)]
    assert [code for code, _ in writes] == [201, 201, 201]
    assert max(took for _, took in writes) < WRITE_BUDGET_SECONDS
    # The writes did try Redis: the failed nudge put the publisher in its back-off.
    assert tasks.nudger.wait_idle(30)
    assert tasks._quiet_until > time.monotonic()

    down = _statuses()
    assert {probe: code for probe, (code, _) in down.items()} == dict.fromkeys(down, 200)
    assert down["livez"][1]["status"] == "ok"
    for probe in ("readyz", "healthz"):
        body = down[probe][1]
        assert body["status"] == "degraded", body
        assert "redis" in body["degraded"]
        assert body["down"] == []
        assert body["checks"]["redis"]["ok"] is False
        assert body["checks"]["database"]["ok"] is True

    redis.start()
    back = _statuses()
    assert back["readyz"][0] == 200
    assert back["readyz"][1]["status"] == "ok"
    assert back["readyz"][1]["checks"]["redis"]["ok"] is True
