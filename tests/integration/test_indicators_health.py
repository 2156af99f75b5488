"""/healthz: database, Redis, worker heartbeat, consumer lag; 503 when something is down."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from claims.core import demo, eventstore
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
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"]["ok"]
    assert body["checks"]["redis"]["ok"]
    assert body["checks"]["worker"]["worker"] == "celery@test"
    head = eventstore.head_position()
    lag = body["checks"]["consumers"]["indicators"]
    assert lag["lag"] == head - consumers.checkpoint_position() > 0
    assert lag["lag_seconds"] >= 0
    consumers.catch_up()
    lag = Client().get("/healthz").json()["checks"]["consumers"]["indicators"]
    assert (lag["position"], lag["lag"], lag["lag_seconds"]) == (head, 0, 0)


def test_redis_down_is_503_and_answers_quickly(settings: Any) -> None:
    settings.REDIS_URL = f"redis://127.0.0.1:{free_port()}/0"
    beat()
    started = time.monotonic()
    response = Client().get("/healthz")
    assert time.monotonic() - started < 3
    assert response.status_code == 503
    assert response.json()["checks"]["redis"] == {"ok": False, "error": "ConnectionError"}


def test_no_heartbeat_or_a_stale_one_is_503(live_redis: str) -> None:
    WorkerHeartbeat.objects.all().delete()
    response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["worker"]["ok"] is False
    beat(age_seconds=3600)
    response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["worker"]["age_seconds"] >= 3600
    beat()
    assert Client().get("/healthz").status_code == 200
