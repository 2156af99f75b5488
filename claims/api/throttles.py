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
    def get_rate(self) -> str | None:
        rate = api_settings.DEFAULT_THROTTLE_RATES.get(str(self.scope))
        return None if rate is None else str(rate)

    def allow_request(self, request: Request, view: Any) -> bool:
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        try:
            return super().allow_request(request, view)
        except (RedisError, DatabaseError, OSError) as exc:
            logger.warning("throttle %s not applied: cache unavailable (%r)", self.scope, exc)
            return True


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
