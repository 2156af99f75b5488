"""Settings from the environment: a value that does not parse stops start-up naming its variable;
CACHE_URL picks the cache that holds the throttle counters."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection
from rest_framework.test import APIClient

from config import env
from config.devservices import free_port

ROOT = Path(__file__).resolve().parents[2]


def _manage_check(**extra: str) -> subprocess.CompletedProcess[str]:
    # On the default database (SQLite), whose settings include SQLITE_BUSY_TIMEOUT_S.
    skip = {"DEBUG", "CACHE_URL", "DATABASE_URL"}
    environ = {k: v for k, v in os.environ.items() if k not in skip}
    environ.update(DJANGO_SETTINGS_MODULE="config.settings", **extra)
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "check"],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("SQLITE_BUSY_TIMEOUT_S", "abc", "SQLITE_BUSY_TIMEOUT_S='abc' is not a whole number."),
        ("DEBUG", "x", "DEBUG='x' is not a boolean"),
        ("CLAIMS_TOKEN_TTL_HOURS", "0", "CLAIMS_TOKEN_TTL_HOURS='0' must be at least 1."),
        ("CACHE_URL", "memcached://cache:11211", "CACHE_URL='memcached://cache:11211': use"),
        ("CLAIMS_PUBLIC_BASE_URL", "claims.example.org", "is not a base address"),
    ],
)
def test_manage_py_refuses_to_start_naming_the_variable(
    variable: str, value: str, message: str
) -> None:
    result = _manage_check(**{variable: value})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


@pytest.mark.parametrize(
    ("raw", "base"),
    [
        ("https://claims.example.org", "https://claims.example.org"),
        (" https://claims.example.org/ ", "https://claims.example.org"),
        ("http://127.0.0.1:8000/tracker/", "http://127.0.0.1:8000/tracker"),
        ("", ""),
    ],
)
def test_base_addresses(monkeypatch: pytest.MonkeyPatch, raw: str, base: str) -> None:
    monkeypatch.setenv("CLAIMS_BASE", raw)
    assert env.env_base_url("CLAIMS_BASE") == base


@pytest.mark.parametrize(
    "raw",
    [
        "claims.example.org",
        "ftp://claims.example.org",
        "https://",
        "https://claims.example.org/?x=1",
        "https://claims.example.org/#top",
        "https://user:secret@claims.example.org",
    ],
)
def test_what_is_no_base_address_is_refused(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv("CLAIMS_BASE", raw)
    with pytest.raises(ImproperlyConfigured, match="CLAIMS_BASE"):
        env.env_base_url("CLAIMS_BASE")


@pytest.mark.parametrize("raw", ["1", "true", "TRUE", " yes ", "on"])
def test_true_values(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv("CLAIMS_FLAG", raw)
    assert env.env_bool("CLAIMS_FLAG", False) is True


@pytest.mark.parametrize("raw", ["0", "false", "False", "no", "off"])
def test_false_values(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv("CLAIMS_FLAG", raw)
    assert env.env_bool("CLAIMS_FLAG", True) is False


@pytest.mark.parametrize("raw", ["x", "2", "enabled", "tru"])
def test_unparseable_booleans_are_refused(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv("CLAIMS_FLAG", raw)
    with pytest.raises(ImproperlyConfigured, match="CLAIMS_FLAG"):
        env.env_bool("CLAIMS_FLAG", True)


def test_empty_or_unset_values_give_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMS_FLAG", " ")
    monkeypatch.delenv("CLAIMS_NUMBER", raising=False)
    assert env.env_bool("CLAIMS_FLAG", True) is True
    assert env.env_int("CLAIMS_NUMBER", 7) == 7
    monkeypatch.setenv("CLAIMS_NUMBER", " 12 ")
    assert env.env_int("CLAIMS_NUMBER", 7, minimum=1) == 12


@pytest.mark.parametrize(
    ("url", "backend", "location"),
    [
        ("locmem://", "django.core.cache.backends.locmem.LocMemCache", "claims"),
        ("locmem://other", "django.core.cache.backends.locmem.LocMemCache", "other"),
        ("db://claims_cache", "django.core.cache.backends.db.DatabaseCache", "claims_cache"),
        ("database://claims_cache", "django.core.cache.backends.db.DatabaseCache", "claims_cache"),
        (
            "redis://:secret@10.0.0.5:6380/2",
            "django.core.cache.backends.redis.RedisCache",
            "redis://:secret@10.0.0.5:6380/2",
        ),
        ("rediss://cache:6379/0", "django.core.cache.backends.redis.RedisCache", None),
        ("unix:///run/redis.sock?db=1", "django.core.cache.backends.redis.RedisCache", None),
    ],
)
def test_cache_urls(monkeypatch: pytest.MonkeyPatch, url: str, backend: str, location: Any) -> None:
    monkeypatch.setenv("CACHE_URL", url)
    cache = env.env_cache("CACHE_URL", "locmem://")
    assert cache["BACKEND"] == backend
    assert cache["LOCATION"] == (url if location is None else location)
    if backend.endswith("RedisCache"):
        # A hung Redis must not hang requests: short socket timeouts.
        assert cache["OPTIONS"]["socket_timeout"] <= 1


@pytest.mark.parametrize("url", ["db://", "db://bad-name;drop", "redis://", "ftp://x", "unix://"])
def test_bad_cache_urls_name_the_variable(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv("CACHE_URL", url)
    with pytest.raises(ImproperlyConfigured, match="CACHE_URL"):
        env.env_cache("CACHE_URL", "locmem://")


def test_the_default_cache_needs_no_service() -> None:
    """Tests, `manage.py` and `make run` work without Redis: this process's memory."""
    environ = {k: v for k, v in os.environ.items() if k != "CACHE_URL"}
    result = subprocess.run(
        [
            *(sys.executable, str(ROOT / "manage.py"), "shell", "-c"),
            "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])",
        ],
        cwd=ROOT,
        env={**environ, "DJANGO_SETTINGS_MODULE": "config.settings"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "django.core.cache.backends.locmem.LocMemCache"


def _login_rate(settings: Any, rate: str) -> None:
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "login": rate,
        },
    }


def _login_statuses(n: int) -> list[int]:
    client = APIClient()
    body = {"username": "nobody", "password": "wrong"}
    return [client.post("/api/v1/auth/token/", body, format="json").status_code for _ in range(n)]


@pytest.mark.django_db
def test_throttles_count_in_the_database_cache(settings: Any) -> None:
    """CACHE_URL=db://TABLE: the counters are rows every web process shares."""
    settings.CACHES = {
        "default": env.env_cache("CACHE_URL_TEST", "db://claims_cache_test"),
    }
    call_command("createcachetable", verbosity=0)
    _login_rate(settings, "3/min")
    assert _login_statuses(4) == [401, 401, 401, 429]
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM claims_cache_test")
        assert cursor.fetchone()[0] >= 1


@pytest.mark.django_db
def test_an_unreachable_cache_leaves_the_api_up_unthrottled(
    settings: Any, caplog: pytest.LogCaptureFixture
) -> None:
    settings.CACHES = {
        "default": env.env_cache("CACHE_URL_TEST", f"redis://127.0.0.1:{free_port()}/0")
    }
    _login_rate(settings, "1/min")
    with caplog.at_level(logging.WARNING, logger="claims.api"):
        assert _login_statuses(3) == [401, 401, 401]
    assert "throttle login not applied: cache unavailable" in caplog.text
