"""Health probes for orchestrators, load balancers and people: /livez, /readyz and /healthz.

Each check is a callable returning a dict with at least "ok" (bool); it is bounded in time
(Redis: a 0.5 s socket timeout) and reports, never raises. A check is *critical* when the node
cannot serve requests without it (the database), otherwise its failure only *degrades* the
service (Redis carries nudges that writes never wait on; the indicator worker computes derived
results later).

- `/livez` (liveness: restart the process if it fails): the process answers and reaches its
  database. 200 `ok` or 503 `down`.
- `/readyz` (readiness: send it traffic?): what serving requests needs, the database (critical),
  Redis and the cache of the throttle counters. 200 `ok` or `degraded`, 503 `down`.
- `/healthz` (the full report): every check, including those other apps register. 200 `ok` or
  `degraded`, 503 `down`.

Only a failed critical check answers 503, so a Redis outage never makes a load balancer pull
nodes that still serve reads and writes; the body's `degraded` lists what is down. claims never
imports tracker: the tracker app registers its checks (worker heartbeat, consumer lag) through
`claims.core.registry`; they only degrade.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse

from claims.core import registry

Check = Callable[[], dict[str, Any]]

REDIS_TIMEOUT_SECONDS = 0.5

OK, DEGRADED, DOWN = "ok", "degraded", "down"


@dataclass(frozen=True)
class Registered:
    name: str
    check: Check
    critical: bool


def database() -> dict[str, Any]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"ok": True, "engine": connection.display_name}


def redis() -> dict[str, Any]:
    import redis as redis_py

    client = redis_py.Redis.from_url(
        settings.REDIS_URL,
        socket_timeout=REDIS_TIMEOUT_SECONDS,
        socket_connect_timeout=REDIS_TIMEOUT_SECONDS,
        retry_on_timeout=False,
    )
    try:
        started = time.monotonic()
        client.ping()
        return {"ok": True, "ping_ms": round((time.monotonic() - started) * 1000, 1)}
    finally:
        client.close()


def cache() -> dict[str, Any]:
    """The cache that holds the throttle counters answers a read (no write: probes are frequent)."""
    from django.core.cache import caches

    default = caches["default"]
    started = time.monotonic()
    default.get("claims:health-probe")
    return {
        "ok": True,
        "backend": type(default).__name__,
        "ms": round((time.monotonic() - started) * 1000, 1),
    }


DATABASE = Registered("database", database, critical=True)
REDIS = Registered("redis", redis, critical=False)
# Without its cache the API still serves, unthrottled (claims/api/throttles.py).
CACHE = Registered("cache", cache, critical=False)
BUILT_IN = (DATABASE, REDIS, CACHE)


def run(check: Check) -> dict[str, Any]:
    """Run one check; any exception is reported as down with its type, never raised."""
    try:
        return check()
    except Exception as exc:  # any failure means "down", reported not raised
        return {"ok": False, "error": type(exc).__name__}


def liveness_checks() -> list[Registered]:
    return [DATABASE]


def readiness_checks() -> list[Registered]:
    return list(BUILT_IN)


def all_checks() -> list[Registered]:
    """The built-in checks, then every registered check in registration order."""
    names = {c.name for c in BUILT_IN}
    registered = registry.health_checks()
    return [
        *BUILT_IN,
        *(
            Registered(name, check, registry.is_critical(name))
            for name, check in registered.items()
            if name not in names
        ),
    ]


def report(checks: Iterable[Registered]) -> tuple[int, dict[str, Any]]:
    """Run the checks; return the HTTP status and the body: `status`, the names of the failed
    critical (`down`) and non-critical (`degraded`) checks, and each check's result.

    503 only when a critical check failed; a failed non-critical check gives 200 `degraded`.
    """
    results: dict[str, dict[str, Any]] = {}
    down: list[str] = []
    degraded: list[str] = []
    for item in checks:
        result = results[item.name] = run(item.check)
        if not result.get("ok"):
            (down if item.critical else degraded).append(item.name)
    status = DOWN if down else DEGRADED if degraded else OK
    body = {"status": status, "down": down, "degraded": degraded, "checks": results}
    return (503 if down else 200), body


def _answer(checks: Iterable[Registered]) -> JsonResponse:
    code, body = report(checks)
    response = JsonResponse(body, status=code)
    # A probe must see the node's state now, never a cached answer.
    response["Cache-Control"] = "no-store"
    return response


def livez(request: HttpRequest) -> JsonResponse:
    """Liveness (restart the process when it fails): the process answers and reaches its DB."""
    return _answer(liveness_checks())


def readyz(request: HttpRequest) -> JsonResponse:
    """Readiness (route traffic here?): the database required; Redis or the cache down only
    degrades."""
    return _answer(readiness_checks())


def healthz(request: HttpRequest) -> JsonResponse:
    """The full report: every check; 503 only when a critical one (the database) fails."""
    return _answer(all_checks())
