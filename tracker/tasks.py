"""Celery entry points: thin, idempotent, retried. The checkpoint decides, not the message.

- `process_new_events`: published after each committed append (the nudge); catches up.
- `sweep`: the same work on a beat schedule, so a lost nudge (Redis down, a killed worker whose
  message Redis never redelivers) only delays results by one sweep interval.
- `heartbeat`: stamps the worker's liveness for /healthz.
- `nightly_verify`: compares the stored results with a from-scratch recompute and records it.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from celery import shared_task
from django.db import DatabaseError
from django.utils import timezone

from claims.core.nudges import Nudger
from tracker import conf, consumers
from tracker.models import VerificationRun, WorkerHeartbeat

log = logging.getLogger(__name__)

# Database hiccups (SQLite busy, a PostgreSQL lock timeout, a dropped connection) are retried
# with exponential backoff; the work is idempotent, so a retry can never double anything.
_RETRIED: dict[str, Any] = {
    "autoretry_for": (DatabaseError,),
    "retry_backoff": 1,
    "retry_backoff_max": 30,
    "retry_jitter": True,
    "max_retries": 5,
}
# acks_late + reject on worker loss (settings): a message whose worker dies is redelivered.
_CONSUMER_TASK: dict[str, Any] = {
    "acks_late": True,
    "ignore_result": True,
    "soft_time_limit": 60,
    "time_limit": 90,
    **_RETRIED,
}
# Less than the soft time limit, so a long catch-up ends cleanly between batches.
CATCH_UP_SECONDS = 20.0
NUDGE_EXPIRES_SECONDS = 300


def _catch_up() -> dict[str, Any]:
    result = consumers.catch_up(max_seconds=CATCH_UP_SECONDS)
    if not result.caught_up and not result.busy:
        publish_nudge()  # more to do: queue another round rather than hold the worker
    return asdict(result)


@shared_task(**_CONSUMER_TASK)
def process_new_events() -> dict[str, Any]:
    """Process every event after the indicator consumer's checkpoint."""
    return _catch_up()


@shared_task(**_CONSUMER_TASK)
def sweep() -> dict[str, Any]:
    """The scheduled safety net: the same catch-up, whatever happened to the nudges."""
    return _catch_up()


@shared_task(bind=True, ignore_result=True, soft_time_limit=10, time_limit=20, **_RETRIED)
def heartbeat(self: Any) -> str:
    """Record that a worker (and beat, which schedules this) is alive."""
    now = timezone.now()
    worker = str(self.request.hostname or "unknown")
    WorkerHeartbeat.objects.update_or_create(worker=worker, defaults={"beat_at": now})
    WorkerHeartbeat.objects.filter(beat_at__lt=now - dt.timedelta(days=1)).delete()
    return worker


@shared_task(acks_late=True, ignore_result=True, soft_time_limit=1800, time_limit=1900)
def nightly_verify() -> dict[str, Any]:
    """Compare incremental results with a full recompute; record and log any difference."""
    started = timezone.now()
    result = consumers.verify()
    details = [d.to_data() for d in result.differences[:200]]
    VerificationRun.objects.create(
        started_at=started,
        finished_at=timezone.now(),
        as_of_position=result.as_of_position,
        differences=len(result.differences),
        details=details if result.compared else [{"note": "the log kept moving; not compared"}],
    )
    if result.differences:
        log.error(
            "nightly verify: %d differences at position %d (first: %s); "
            "run `manage.py recompute_indicators` to repair",
            len(result.differences),
            result.as_of_position,
            details[:3],
        )
    else:
        log.info("nightly verify: no differences at position %d", result.as_of_position)
    return {"as_of_position": result.as_of_position, "differences": len(result.differences)}


# --- The nudge -----------------------------------------------------------------------------------

_breaker = threading.Lock()
_quiet_until = 0.0


def publish_nudge() -> bool:
    """Publish `process_new_events` without retries; never raise. Return whether it was sent.

    Called by the nudger's thread, never by a write. The broker's socket timeouts are bounded
    in settings (CELERY_BROKER_*), so a dead or hung Redis holds that thread about two seconds
    at most; after a failure further nudges are skipped for CLAIMS_NUDGE_BACKOFF_SECONDS. The
    sweep picks up whatever the skipped nudges would have announced.
    """
    global _quiet_until
    if time.monotonic() < _quiet_until:
        return False
    try:
        process_new_events.apply_async(retry=False, expires=NUDGE_EXPIRES_SECONDS)
    except Exception as exc:  # a nudge must never fail a committed write
        with _breaker:
            _quiet_until = time.monotonic() + conf.nudge_backoff_seconds()
        log.warning("could not publish the indicator nudge (%s: %s)", type(exc).__name__, exc)
        return False
    return True


# The writes ask; a thread of this process publishes (claims/core/nudges.py).
nudger = Nudger("indicators", publish_nudge)


def on_events_committed(records: Sequence[Any]) -> None:
    """Listener for committed appends (registered with claims): tell the worker there is news.

    Only news it computes from: a commit of notes, assignments or evidence alone
    (`consumers.NO_RESULT_CHANGE`) changes no result, so it nudges nobody; the sweep (every
    CLAIMS_SWEEP_SECONDS) moves the checkpoint past such events, and the next nudge does too."""
    if conf.nudge_enabled() and any(
        record.event_type not in consumers.NO_RESULT_CHANGE for record in records
    ):
        nudger.request()
