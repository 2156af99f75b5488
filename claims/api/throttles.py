"""Throttles whose rates are read from settings at each request, so deployments and tests can
change them: `anon` and `user` on every request, `writes` per user on unsafe methods, `login`
per client address on the token endpoint. A throttled request gets 429 with Retry-After.

The counters live in Django's cache (CACHE_URL). When that cache cannot be reached (a Redis
cache that is down or hung, a database cache in trouble) the request goes through unthrottled
and a warning is logged: the API stays up through a cache outage, as writes stay up through a
broker outage, and the outage shows in the logs and in /healthz."""

from __future__ import annotations

import logging
from typing import Any

from django.db import DatabaseError
from redis.exceptions import RedisError
from rest_framework.permissions import SAFE_METHODS
from rest_framework.request import Request
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle, UserRateThrottle

logger = logging.getLogger("claims.api")


class _LiveRate(SimpleRateThrottle):
    """A sliding window, as DRF's, kept as requests per second instead of one timestamp per
    request.

    DRF stores every request's time of the last `duration` seconds and reads and writes the
    whole list at each request: at 6,000 requests a minute that is 6,000 floats pickled twice
    a request. Counts per second keep at most `duration` + 1 pairs, whatever the rate. A second's
    requests leave the window together, when the last moment they may have been made has left
    it, so the count is never below DRF's: the limit is never weaker, and at most one second
    longer."""

    def get_rate(self) -> str | None:
        rate = api_settings.DEFAULT_THROTTLE_RATES.get(str(self.scope))
        return None if rate is None else str(rate)

    def allow_request(self, request: Request, view: Any) -> bool:
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        try:
            return self._allow(request, view)
        except (RedisError, DatabaseError, OSError) as exc:
            logger.warning("throttle %s not applied: cache unavailable (%r)", self.scope, exc)
            return True

    def _allow(self, request: Request, view: Any) -> bool:
        limit, duration = self.num_requests, self.duration
        if self.rate is None or limit is None or duration is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        self.now = self.timer()
        second = int(self.now)
        # (a second's requests may have been made up to its end: they leave the window once
        # second + 1 <= now - duration)
        buckets = [b for b in _buckets(self.cache.get(self.key)) if b[0] + 1 > self.now - duration]
        self.history = buckets
        self.made = sum(count for _, count in buckets)
        if self.made >= limit:
            return bool(self.throttle_failure())
        if buckets and buckets[0][0] == second:
            buckets[0] = (second, buckets[0][1] + 1)
        else:
            buckets.insert(0, (second, 1))
        self.cache.set(self.key, buckets, duration + 1)
        return True

    def wait(self) -> float | None:
        """Seconds until a request would be allowed again, spread over what the window allows
        (as DRF computes it, from the oldest second's end)."""
        buckets: list[tuple[int, int]] = self.history
        limit, duration = self.num_requests or 0, self.duration or 0
        oldest_end = buckets[-1][0] + 1 if buckets else self.now
        remaining = duration - (self.now - oldest_end)
        available = limit - self.made + 1
        if available <= 0:
            return None
        return max(0.0, remaining) / float(available)


def _buckets(stored: Any) -> list[tuple[int, int]]:
    """The (second, count) pairs kept in the cache, newest first; a list of request times as DRF
    keeps them (a counter written before this format) is read as one request per time."""
    if not stored:
        return []
    out: list[tuple[int, int]] = []
    for item in stored:
        if isinstance(item, (int, float)):
            second = int(item)
            if out and out[-1][0] == second:
                out[-1] = (second, out[-1][1] + 1)
            else:
                out.append((second, 1))
        else:
            out.append((int(item[0]), int(item[1])))
    return out


class AnonThrottle(_LiveRate, AnonRateThrottle):
    """Count anonymous requests per client address."""


class UserThrottle(_LiveRate, UserRateThrottle):
    """Count signed-in users' requests per user."""


class WritesThrottle(_LiveRate):
    """Count each user's unsafe requests (commands, creations, edits)."""

    scope = "writes"

    def allow_request(self, request: Request, view: Any) -> bool:
        if request.method in SAFE_METHODS:
            return True
        return super().allow_request(request, view)

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        user = request.user
        ident = user.pk if user and user.is_authenticated else self.get_ident(request)
        return self.cache_format % {"scope": self.scope, "ident": ident}


class LoginThrottle(_LiveRate):
    """Count token requests per client address (NUM_PROXIES decides which address is real)."""

    scope = "login"

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
