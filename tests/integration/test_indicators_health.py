"""The health probes: /healthz reports the database, Redis, the cache, the worker heartbeat and
the consumer lag; only the database down answers 503 (on /livez, /readyz and /healthz), anything
else is 200 "degraded" naming what is down."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest
from django.db import OperationalError
from django.test import Client
from django.utils import timezone

from claims.core import demo, eventstore, health, registry
from config.devservices import free_port
from tracker import consumers
from tracker.models import WorkerHeartbeat
from tracker.services import define_indicator

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_redis(settings: Any, redis_url: str) -> str:
    settings.REDIS_URL = redis_url
    return redis_url


def beat(age_seconds: float = 0) -> None:
    WorkerHeartbeat.objects.update_or_create(
        worker="celery@test",
        defaults={"beat_at": timezone.now() - dt.timedelta(seconds=age_seconds)},
    )


def test_all_up_is_200_with_the_consumer_lag(live_redis: str) -> None:
    demo.load(define_indicator=define_indicator)
    beat()
    response = Client().get("/healthz")
    assert response.status_code == 200, response.json()
    assert response["Cache-Control"] == "no-store"
    body = response.json()
    assert body["status"] == "ok"
    assert (body["down"], body["degraded"]) == ([], [])
    assert body["checks"]["database"]["ok"]
    assert body["checks"]["redis"]["ok"]
    assert body["checks"]["cache"]["ok"]
    assert body["checks"]["worker"]["worker"] == "celery@test"
    head = eventstore.head_position()
    lag = body["checks"]["consumers"]["indicators"]
    assert lag["lag"] == head - consumers.checkpoint_position() > 0
    assert lag["lag_seconds"] >= 0
    consumers.catch_up()
    lag = Client().get("/healthz").json()["checks"]["consumers"]["indicators"]
    assert (lag["position"], lag["lag"], lag["lag_seconds"]) == (head, 0, 0)


def test_redis_down_degrades_without_failing_a_probe_and_answers_quickly(settings: Any) -> None:
    """Writes survive a Redis outage, so no probe may take the node out of rotation for it."""
    settings.REDIS_URL = f"redis://127.0.0.1:{free_port()}/0"
    beat()
    started = time.monotonic()
    full = Client().get("/healthz")
    ready = Client().get("/readyz")
    live = Client().get("/livez")
    assert time.monotonic() - started < 3
    assert (full.status_code, ready.status_code, live.status_code) == (200, 200, 200)
    for response in (full, ready):
        body = response.json()
        assert body["status"] == "degraded"
        assert (body["down"], body["degraded"]) == ([], ["redis"])
        assert body["checks"]["redis"] == {"ok": False, "error": "ConnectionError"}
    assert live.json()["status"] == "ok"
    assert set(live.json()["checks"]) == {"database"}  # liveness never looks at Redis


def test_no_heartbeat_or_a_stale_one_degrades(live_redis: str) -> None:
    WorkerHeartbeat.objects.all().delete()
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["degraded"] == ["worker"]
    assert response.json()["checks"]["worker"]["ok"] is False
    beat(age_seconds=3600)
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json()["checks"]["worker"]["age_seconds"] >= 3600
    # Readiness does not depend on the worker: web nodes serve while it is away.
    assert Client().get("/readyz").json()["status"] == "ok"
    beat()
    assert Client().get("/healthz").json()["status"] == "ok"


@pytest.mark.parametrize("probe", ["/livez", "/readyz", "/healthz"])
def test_the_database_down_is_503_on_every_probe(
    probe: str, live_redis: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    beat()
    real = health.DATABASE

    def unreachable() -> dict[str, Any]:
        raise OperationalError("connection refused")

    monkeypatch.setattr(health, "DATABASE", health.Registered("database", unreachable, True))
    monkeypatch.setattr(health, "BUILT_IN", (health.DATABASE, health.REDIS, health.CACHE))
    response = Client().get(probe)
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "down"
    assert body["down"] == ["database"]
    assert body["checks"]["database"] == {"ok": False, "error": "OperationalError"}
    assert real.critical


def test_a_registered_check_is_critical_only_when_it_says_so(
    live_redis: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    beat()
    monkeypatch.setattr(registry.extensions, "health_checks", registry.health_checks())
    monkeypatch.setattr(registry.extensions, "critical_checks", set())
    registry.register_health_check("search-index", lambda: {"ok": False})
    assert Client().get("/healthz").status_code == 200
    registry.register_health_check("search-index", lambda: {"ok": False}, critical=True)
    response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json()["down"] == ["search-index"]
    assert Client().get("/readyz").status_code == 200  # readiness: built-in checks only
