"""Celery entry points: thin. The rows decide what is sent, not the messages.

- `deliver`: published after each committed append (and after each webhook change): produce
  and send for a while.
- `sweep`: the same on the beat schedule, for retries that came due and lost nudges.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from celery import shared_task
from django.db import DatabaseError, connections

from claims.core.nudges import Nudger
from claims.webhooks import conf, sender
from claims.webhooks.models import Subscription

log = logging.getLogger(__name__)

# A run's length; the task's time limits leave room for the attempts in flight to end.
RUN_SECONDS = 20.0
NUDGE_EXPIRES_SECONDS = 300
_TASK: dict[str, Any] = {
    "acks_late": True,
    "ignore_result": True,
    "soft_time_limit": 60,
    "time_limit": 90,
    "autoretry_for": (DatabaseError,),
    "retry_backoff": 1,
    "retry_backoff_max": 30,
    "retry_jitter": True,
    "max_retries": 5,
}


@shared_task(**_TASK)
def deliver() -> dict[str, Any]:
    """Turn new events into deliveries and send what is due."""
    return asdict(sender.run(RUN_SECONDS))


@shared_task(**_TASK)
def sweep() -> dict[str, Any]:
    """The scheduled safety net: the same run, whatever happened to the nudges."""
    return asdict(sender.run(RUN_SECONDS))


# --- The nudge ---------------------------------------------------------------------------------

_breaker = threading.Lock()
_quiet_until = 0.0
_any_until = 0.0
_any = False
ANY_SUBSCRIPTION_TTL = 2.0


def publish_nudge() -> bool:
    """Publish `deliver` without retries; never raise. Return whether it was sent.

    The broker's socket timeouts are bounded in settings; after a failure, nudges are skipped
    for CLAIMS_NUDGE_BACKOFF_SECONDS and the sweep covers what they would have announced.
    """
    global _quiet_until
    if time.monotonic() < _quiet_until:
        return False
    try:
        deliver.apply_async(retry=False, expires=NUDGE_EXPIRES_SECONDS)
    except Exception as exc:  # a nudge must never fail a committed write
        with _breaker:
            _quiet_until = time.monotonic() + conf.nudge_backoff_seconds()
        log.warning("could not publish the webhook nudge (%s: %s)", type(exc).__name__, exc)
        return False
    return True


def _subscribed() -> bool:
    """Whether any subscription is active (asked at most every ANY_SUBSCRIPTION_TTL seconds)."""
    global _any, _any_until
    now = time.monotonic()
    if now >= _any_until:
        try:
            _any = Subscription.objects.filter(active=True).exists()
        except DatabaseError:
            _any = True
        _any_until = now + ANY_SUBSCRIPTION_TTL
    return _any


def subscriptions_changed() -> None:
    """Ask the database again at the next commit (a subscription was added or removed)."""
    global _any_until
    _any_until = 0.0


# A run that a nudge starts watches the log until IDLE_SECONDS after the last event it saw
# (claims/webhooks/sender.py), so a second nudge this soon after one adds a message to Redis
# and tells the workers nothing they would not see. (Should the run end meanwhile, the next
# append's nudge or the sweep starts another.)
NUDGE_EVERY_SECONDS = 0.5
_nudged_at = float("-inf")


def _nudge_if_anyone_listens() -> None:
    """The nudger's publish: at most once every NUDGE_EVERY_SECONDS, when a subscription is
    active (asked of the database at most every ANY_SUBSCRIPTION_TTL seconds, and only by this
    thread's own connection, which it closes: it is not a request's)."""
    global _nudged_at
    now = time.monotonic()
    if now - _nudged_at < NUDGE_EVERY_SECONDS:
        return
    try:
        if not _subscribed():
            return
    finally:
        connections.close_all()
    _nudged_at = now
    publish_nudge()


# The writes ask; a thread of this process publishes (claims/core/nudges.py).
nudger = Nudger("webhooks", _nudge_if_anyone_listens)


def on_events_committed(records: Sequence[Any]) -> None:
    """Listener for committed appends: tell a worker there is news, when anyone listens."""
    if conf.nudge_enabled() and records:
        nudger.request()
