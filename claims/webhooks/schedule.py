"""The webhook sweep's beat row (django-celery-beat), created when missing after `migrate`."""

from __future__ import annotations

from typing import Any

from claims.webhooks import conf
from config.routers import holds_beat_tables

SWEEP = "webhooks: deliver and retry"


def ensure_periodic_tasks(using: str = "default", **_kwargs: Any) -> None:
    from django_celery_beat.models import IntervalSchedule, PeriodicTask

    seconds = conf.sweep_seconds()
    interval, _ = IntervalSchedule.objects.using(using).get_or_create(
        every=seconds, period=IntervalSchedule.SECONDS
    )
    # An expiry: sweeps queued while no worker runs are dropped, not replayed in a burst.
    PeriodicTask.objects.using(using).get_or_create(
        name=SWEEP,
        defaults={
            "task": "claims.webhooks.tasks.sweep",
            "interval": interval,
            "expire_seconds": seconds * 3,
        },
    )


def on_post_migrate(sender: Any, using: str = "default", **kwargs: Any) -> None:
    if not holds_beat_tables(using):
        return
    ensure_periodic_tasks(using=using)
