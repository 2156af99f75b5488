"""Tracker knobs: Django settings when present, else environment variables, else defaults.

`CLAIMS_SWEEP_SECONDS` and `CLAIMS_NUDGE` live in config/settings.py; the rest can move there too.
"""

from __future__ import annotations

from django.conf import settings

from config.env import env_int


def _setting(name: str, default: int) -> int:
    value = getattr(settings, name, None)
    return int(value) if value is not None else env_int(name, default)


def batch_size() -> int:
    """Events per consumer transaction (CLAIMS_CONSUMER_BATCH, default 500)."""
    return max(1, _setting("CLAIMS_CONSUMER_BATCH", 500))


def sweep_seconds() -> int:
    return max(1, _setting("CLAIMS_SWEEP_SECONDS", 5))


def heartbeat_seconds() -> int:
    """How often the worker writes its heartbeat (CLAIMS_HEARTBEAT_SECONDS, default 5)."""
    return max(1, _setting("CLAIMS_HEARTBEAT_SECONDS", 5))


def heartbeat_stale_seconds() -> int:
    """A heartbeat older than this reports the worker down (/healthz: degraded; default 30 s)."""
    return max(heartbeat_seconds() * 2, _setting("CLAIMS_HEARTBEAT_STALE_SECONDS", 30))


def nudge_backoff_seconds() -> int:
    """After a failed nudge, skip nudges for this long (CLAIMS_NUDGE_BACKOFF_SECONDS, 5)."""
    return max(0, _setting("CLAIMS_NUDGE_BACKOFF_SECONDS", 5))


def nudge_enabled() -> bool:
    return bool(getattr(settings, "CLAIMS_NUDGE", True))
