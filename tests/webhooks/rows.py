"""Webhook rows written directly, for tests of the sender's bookkeeping: a subscription to a
loopback address (the `allow_local` settings) and pending deliveries of it."""

from __future__ import annotations

import datetime as dt
import uuid

from django.utils import timezone

from claims.webhooks import services as webhooks
from claims.webhooks.models import PENDING, Delivery, Message


def subscription() -> uuid.UUID:
    registered = webhooks.register("http://127.0.0.1:9/in", ["claim.note_added"], None, "editor")
    return registered.subscription.pk


def pending(subscription_id: uuid.UUID, n: int = 1, *, due_in: float = 0.0) -> list[int]:
    """n pending deliveries in log order, due in `due_in` seconds; their ids."""
    now = timezone.now()
    ids = []
    for _ in range(n):
        message = Message.objects.create(
            id=uuid.uuid4(), type="claim.note_added", body="{}", created_at=now
        )
        delivery = Delivery.objects.create(
            subscription_id=subscription_id,
            message=message,
            state=PENDING,
            next_attempt_at=now + dt.timedelta(seconds=due_in),
            created_at=now,
        )
        ids.append(delivery.pk)
    return ids
