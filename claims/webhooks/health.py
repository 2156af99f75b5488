"""The webhooks' line in /healthz: how far delivery production lags the log, what waits."""

from __future__ import annotations

from typing import Any

from django.db.models import Min
from django.utils import timezone

from claims.core import eventstore
from claims.webhooks import outbox
from claims.webhooks.models import FAILED, PENDING, Delivery, Subscription

MAX_LAG_EVENTS = 10_000


def webhooks() -> dict[str, Any]:
    """Degraded (never critical) when production lags far behind the log."""
    head = eventstore.head_position()
    position = outbox.checkpoint_position()
    pending = Delivery.objects.filter(state=PENDING)
    oldest = pending.aggregate(first=Min("created_at"))["first"]
    lag = max(head - position, 0) if Subscription.objects.filter(active=True).exists() else 0
    return {
        "ok": lag <= MAX_LAG_EVENTS,
        "subscriptions": Subscription.objects.filter(active=True).count(),
        "checkpoint": position,
        "lag": lag,
        "pending": pending.count(),
        "failed": Delivery.objects.filter(state=FAILED).count(),
        "oldest_pending_seconds": round((timezone.now() - oldest).total_seconds(), 1)
        if oldest
        else None,
    }
