"""The webhook settings, read at call time (tests and the admin may change them)."""

from __future__ import annotations

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS

from config.routers import WEBHOOKS_DB


def db() -> str:
    """The database alias of the webhook tables: `webhooks` where they have a database of their
    own (SQLite: config/routers.py), else `default`."""
    return WEBHOOKS_DB if WEBHOOKS_DB in settings.DATABASES else DEFAULT_DB_ALIAS


def allow_http() -> bool:
    """Whether plain http:// endpoints may be registered (CLAIMS_WEBHOOK_ALLOW_HTTP)."""
    return bool(getattr(settings, "CLAIMS_WEBHOOK_ALLOW_HTTP", False))


def allow_private() -> bool:
    """Whether endpoints may resolve to loopback or private addresses
    (CLAIMS_WEBHOOK_ALLOW_PRIVATE)."""
    return bool(getattr(settings, "CLAIMS_WEBHOOK_ALLOW_PRIVATE", False))


def timeout_seconds() -> float:
    """How long one attempt may take, connecting included (CLAIMS_WEBHOOK_TIMEOUT_SECONDS)."""
    return float(getattr(settings, "CLAIMS_WEBHOOK_TIMEOUT_SECONDS", 5))


def retry_hours() -> float:
    """How long a delivery is retried before it is marked failed (CLAIMS_WEBHOOK_RETRY_HOURS)."""
    return float(getattr(settings, "CLAIMS_WEBHOOK_RETRY_HOURS", 24))


def backoff_max_seconds() -> float:
    """The longest wait between two attempts (CLAIMS_WEBHOOK_BACKOFF_MAX_SECONDS)."""
    return float(getattr(settings, "CLAIMS_WEBHOOK_BACKOFF_MAX_SECONDS", 900))


def sweep_seconds() -> int:
    """How often beat runs the sender, for retries and lost nudges
    (CLAIMS_WEBHOOK_SWEEP_SECONDS)."""
    return int(getattr(settings, "CLAIMS_WEBHOOK_SWEEP_SECONDS", 5))


def senders() -> int:
    """How many subscriptions one worker process serves at once (CLAIMS_WEBHOOK_SENDERS)."""
    return int(getattr(settings, "CLAIMS_WEBHOOK_SENDERS", 16))


def sender_nice() -> int:
    """How much lower the CPU priority of a worker's sending threads is than the rest of the
    process, in nice steps (CLAIMS_WEBHOOK_SENDER_NICE; 0 leaves it as it is)."""
    return max(0, min(19, int(getattr(settings, "CLAIMS_WEBHOOK_SENDER_NICE", 10))))


def sender_idle() -> bool:
    """Whether the lowered threads also take Linux's idle scheduling policy (SCHED_IDLE):
    any other work that wakes up on their core takes it from them at once
    (CLAIMS_WEBHOOK_SENDER_IDLE)."""
    return bool(getattr(settings, "CLAIMS_WEBHOOK_SENDER_IDLE", True)) and sender_nice() > 0


def nudge_enabled() -> bool:
    return bool(getattr(settings, "CLAIMS_NUDGE", True))


def nudge_backoff_seconds() -> int:
    return int(getattr(settings, "CLAIMS_NUDGE_BACKOFF_SECONDS", 5))
