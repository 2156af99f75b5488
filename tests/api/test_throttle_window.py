"""The throttles' sliding window, kept as requests per second (claims/api/throttles.py).

Time is the throttle's own clock, set by each test; the counts go through the configured cache."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from rest_framework.test import APIRequestFactory

from claims.api.throttles import LoginThrottle

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _login_rate(settings: Any) -> None:
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "login": "5/min",
        },
    }
    cache.clear()


def _ask(at: float, address: str = "203.0.113.7") -> tuple[bool, LoginThrottle]:
    request = APIRequestFactory().post("/api/v1/auth/token/", REMOTE_ADDR=address)
    throttle = LoginThrottle()
    throttle.timer = lambda: at
    return throttle.allow_request(request, None), throttle


def test_the_limit_holds_over_a_sliding_minute() -> None:
    allowed = [_ask(1000.0 + i * 10)[0] for i in range(5)]  # 1000 … 1040
    assert allowed == [True] * 5
    refused, throttle = _ask(1045.0)
    assert not refused
    # the first request (second 1000) leaves the window once its second has: after 1061
    assert throttle.wait() == pytest.approx((60 - (1045.0 - 1001)) / 1)
    assert not _ask(1060.5)[0]
    assert _ask(1061.0)[0]
    # other clients are counted apart
    assert _ask(1045.0, address="198.51.100.2")[0]


def test_a_busy_client_keeps_one_pair_per_second() -> None:
    for i in range(4):
        assert _ask(2000.0 + i * 0.01)[0]  # four requests in one second
    allowed, throttle = _ask(2001.5)
    assert allowed
    assert not _ask(2001.6)[0]
    assert cache.get(throttle.key) == [(2001, 1), (2000, 4)]


def test_counts_kept_as_request_times_are_read() -> None:
    # a counter written by DRF's own throttle: one time per request, newest first
    _, throttle = _ask(0.0)  # (only to learn the key)
    cache.set(throttle.key, [3001.5, 3001.2, 3000.9, 3000.1], 60)
    assert _ask(3002.0)[0]
    assert not _ask(3002.1)[0]
