"""Health checks the tracker registers with /healthz (see claims/health.py)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from claims import eventstore
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
    """Each consumer's checkpoint and its lag (log head − checkpoint); informational."""
    head = eventstore.head_position()
    rows = {row.name: row for row in ConsumerCheckpoint.objects.all()}

    names = sorted({CONSUMER, *rows})
    report: dict[str, Any] = {"ok": True, "head_position": head}
    for name in names:
        row = rows.get(name)
        position = row.position if row else 0
        report[name] = {
            "position": position,
            "lag": max(0, head - position),
            "updated_at": row.updated_at.isoformat().replace("+00:00", "Z") if row else None,
        }
    return report
