"""Read typed settings from the environment; a value that does not parse names its variable.

Every reader raises `ImproperlyConfigured` naming the variable and what it expects, so a typo
stops the process at start-up with a message that says which line of the environment is wrong,
instead of a bare `ValueError` or, for booleans, a silent `false`.
"""

from __future__ import annotations

import os
import re
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ImproperlyConfigured

TRUE = frozenset({"1", "true", "yes", "on"})
FALSE = frozenset({"0", "false", "no", "off"})
_DECIMAL = re.compile(r"^[0-9]{1,9}(?:\.[0-9]{1,8})?$")


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_base_url(name: str) -> str:
    """An http(s) address with a host and maybe a path prefix, no query or fragment, without its
    trailing slash ('https://claims.example.org', 'https://example.org/claims'); unset or
    empty gives ''."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return ""
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise ImproperlyConfigured(
            f"{name}={raw!r} is not a base address: give http(s)://host[:port][/path], with no "
            "query or fragment (e.g. https://claims.example.org)."
        )
    if parts.username or parts.password:
        raise ImproperlyConfigured(f"{name}={raw!r} must not carry a user name or password.")
    return raw.rstrip("/")


def env_bool(name: str, default: bool) -> bool:
    """true/false, yes/no, on/off, 1/0 (any case); unset or empty gives the default."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name}={raw!r} is not a boolean: use true/false, yes/no, on/off or 1/0."
    )


def env_int(name: str, default: int, minimum: int | None = None) -> int:
    """A whole number (at least `minimum` when given); unset or empty gives the default."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name}={raw!r} must be at least {minimum}.")
    return value


def env_decimal(name: str, default: Decimal, minimum: Decimal, maximum: Decimal) -> Decimal:
    """A plain decimal number from `minimum` to `maximum` ("10", "7.5"; no exponent, never a
    float); unset or empty gives the default."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    text = raw.strip()
    if not _DECIMAL.match(text):
        raise ImproperlyConfigured(f"{name}={raw!r} is not a decimal number (e.g. 10 or 7.5).")
    value = Decimal(text)
    if not minimum <= value <= maximum:
        raise ImproperlyConfigured(f"{name}={raw!r} must be from {minimum} to {maximum}.")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


# Seconds a Redis cache waits to connect or for an answer: a hung Redis must not hang requests.
REDIS_CACHE_TIMEOUT_SECONDS = 0.5


def env_cache(name: str, default: str) -> dict[str, Any]:
    """Django's CACHES["default"] from a URL.

    - `locmem://` (optionally `locmem://NAME`): memory of this process.
    - `db://TABLE`: the database cache in TABLE (create it with `manage.py createcachetable`).
    - `redis://[:password@]host:port/db`, `rediss://…` (TLS), `unix:///path.sock?db=0`:
      Django's Redis cache, with short socket timeouts.
    """
    raw = os.environ.get(name) or default
    url = urlsplit(raw.strip())
    scheme = url.scheme.lower()
    if scheme == "locmem":
        return {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": url.netloc or "claims",
        }
    if scheme in {"db", "database"}:
        table = (url.netloc + url.path).strip("/")
        if not table or not table.replace("_", "").isalnum():
            raise ImproperlyConfigured(
                f"{name}={raw!r}: name the cache table, e.g. db://claims_cache "
                "(letters, digits and underscores)."
            )
        return {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": table}
    if scheme in {"redis", "rediss", "unix"}:
        if scheme == "unix" and not url.path:
            raise ImproperlyConfigured(f"{name}={raw!r}: give the socket path, unix:///path")
        if scheme != "unix" and not url.hostname:
            raise ImproperlyConfigured(f"{name}={raw!r}: give the host, redis://host:6379/1")
        if url.query and not parse_qs(url.query):
            raise ImproperlyConfigured(f"{name}={raw!r}: the query string does not parse.")
        return {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": raw.strip(),
            "OPTIONS": {
                "socket_connect_timeout": REDIS_CACHE_TIMEOUT_SECONDS,
                "socket_timeout": REDIS_CACHE_TIMEOUT_SECONDS,
            },
        }
    raise ImproperlyConfigured(
        f"{name}={raw!r}: use locmem://, db://TABLE or redis://host:port/db."
    )
