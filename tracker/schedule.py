"""The beat schedule, kept as django-celery-beat rows (editable in the admin).

Rows are created when missing (after `migrate`) and never overwritten, so an interval changed in
the admin stays changed.
"""

from __future__ import annotations

from typing import Any

from config.routers import holds_beat_tables
from tracker import conf

SWEEP = "tracker: sweep the event log"
HEARTBEAT = "tracker: worker heartbeat"
NIGHTLY_VERIFY = "tracker: nightly verify indicators"


def ensure_periodic_tasks(using: str = "default", **_kwargs: Any) -> None:
    """Create the tracker's periodic tasks if they do not exist yet."""
    from django_celery_beat.models import CrontabSchedule, IntervalSchedule, PeriodicTask

    def every(seconds: int) -> IntervalSchedule:
        schedule, _ = IntervalSchedule.objects.using(using).get_or_create(
            every=seconds, period=IntervalSchedule.SECONDS
        )
        return schedule

    sweep, beat = conf.sweep_seconds(), conf.heartbeat_seconds()
    nightly, _ = CrontabSchedule.objects.using(using).get_or_create(
        minute="30", hour="3", day_of_week="*", day_of_month="*", month_of_year="*", timezone="UTC"
    )
    wanted: list[tuple[str, str, dict[str, Any]]] = [
        # An expiry: sweeps queued while no worker runs are dropped, not replayed in a burst.
        (SWEEP, "tracker.tasks.sweep", {"interval": every(sweep), "expire_seconds": sweep * 3}),
        (
            HEARTBEAT,
            "tracker.tasks.heartbeat",
            {"interval": every(beat), "expire_seconds": beat * 2},
        ),
        (
            NIGHTLY_VERIFY,
            "tracker.tasks.nightly_verify",
            {"crontab": nightly, "expire_seconds": 3600},
        ),
    ]
    for name, task, fields in wanted:
        PeriodicTask.objects.using(using).get_or_create(
            name=name, defaults={"task": task, **fields}
        )


def on_post_migrate(sender: Any, using: str = "default", **kwargs: Any) -> None:
    if not holds_beat_tables(using):
        return
    ensure_periodic_tasks(using=using)
