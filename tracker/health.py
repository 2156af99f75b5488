"""Health checks the tracker registers with /healthz (see claims/core/health.py)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from claims.core import eventstore, selectors
from tracker import conf
from tracker.consumers import CONSUMER
from tracker.models import ConsumerCheckpoint, WorkerHeartbeat


def worker() -> dict[str, Any]:
    """Ok when some worker ran the beat-scheduled heartbeat recently (so beat is alive too)."""
    latest = WorkerHeartbeat.objects.order_by("-beat_at").first()
    stale_after = conf.heartbeat_stale_seconds()
    if latest is None:
        return {"ok": False, "last_heartbeat": None, "stale_after_seconds": stale_after}
    age = (timezone.now() - latest.beat_at).total_seconds()
    return {
        "ok": age <= stale_after,
        "worker": latest.worker,
        "last_heartbeat": latest.beat_at.isoformat().replace("+00:00", "Z"),
        "age_seconds": round(age, 1),
        "stale_after_seconds": stale_after,
    }


def consumers() -> dict[str, Any]:
    """Each consumer's checkpoint and its lag (log head − checkpoint, and in seconds).

    Informational: lag alone never makes /healthz 503 (a busy worker lags for a moment).
    """
    head = selectors.head_position()
    rows = {row.name: row for row in ConsumerCheckpoint.objects.all()}

    names = sorted({CONSUMER, *rows})
    report: dict[str, Any] = {"ok": True, "head_position": head}
    now = timezone.now()
    for name in names:
        row = rows.get(name)
        position = row.position if row else 0
        pending = eventstore.read_all(position, 1) if head > position else []
        report[name] = {
            "position": position,
            "lag": max(0, head - position),
            # How long the oldest unprocessed event has waited (0 when caught up).
            "lag_seconds": round((now - pending[0].recorded_at).total_seconds(), 1)
            if pending
            else 0,
            "updated_at": row.updated_at.isoformat().replace("+00:00", "Z") if row else None,
        }
    return report
