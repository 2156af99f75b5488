"""GET /healthz: database, Redis, and the checks other apps register (worker, consumers).

200 when every check is ok, 503 otherwise. Each check is bounded in time (Redis: a 0.5 s socket
timeout) and reports, never raises. Other apps add theirs through `claims.core.registry` (the
tracker: worker heartbeat, consumer lag).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse

from claims.core import registry

Check = Callable[[], dict[str, Any]]

REDIS_TIMEOUT_SECONDS = 0.5


def database() -> dict[str, Any]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"ok": True, "vendor": connection.vendor}


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


def _run(check: Check) -> dict[str, Any]:
    try:
        return check()
    except Exception as exc:  # any failure means "down", reported not raised
        return {"ok": False, "error": type(exc).__name__}


def healthz(request: HttpRequest) -> JsonResponse:
    checks = {"database": _run(database), "redis": _run(redis)}
    for name, check in registry.health_checks().items():
        checks[name] = _run(check)
    ok = all(result.get("ok") for result in checks.values())
    return JsonResponse(
        {"status": "ok" if ok else "down", "checks": checks}, status=200 if ok else 503
    )
