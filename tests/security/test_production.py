"""Checklist #1, #7 and #10 under the real production profile (DJANGO_ENV=production).

Each test starts a fresh interpreter with the production environment, because settings are read
once at start-up: patching them into this process would test the patch, not the profile.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
HOST = "claims.example.org"


def production_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SECURE_", "ADMIN_URL"))}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DJANGO_ENV="production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS=HOST,
        ADMIN_URL="desk-7f3a9c/",
        DEBUG="",
    )
    env.update(extra)
    return env


def manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=production_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_reports_no_issues_under_the_production_profile() -> None:
    result = manage("check", "--deploy", "--fail-level", "WARNING")
    output = result.stdout + result.stderr
    print(f"check --deploy (production): exit {result.returncode}: {output.strip()}")
    assert result.returncode == 0, output
    assert "System check identified no issues (0 silenced)." in output


def test_a_custom_check_warns_while_the_admin_stays_at_admin() -> None:
    result = manage("check", "--deploy", "--fail-level", "WARNING", ADMIN_URL="admin/")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "claims.W001" in output
    assert "identified 1 issue" in output, output


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SECRET_KEY": "too-short"}, "SECRET_KEY of at least 50 characters"),
        ({"ALLOWED_HOSTS": ""}, "needs ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_a_real_key_and_hosts(
    env: dict[str, str], message: str
) -> None:
    result = manage("check", **env)
    assert result.returncode != 0
    assert message in result.stderr


@pytest.fixture(scope="module")
def probe() -> dict[str, Any]:
    """Responses of a few pages served under the production profile (see production_probe)."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.security.production_probe"],
        cwd=ROOT,
        env=production_env(LOG_REQUESTS="false"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout))


def test_production_runs_without_debug(probe: dict[str, Any]) -> None:
    assert probe["DEBUG"] is False
    assert probe["admin"] == "/desk-7f3a9c/"


@pytest.mark.parametrize("page", ["docs", "admin_login", "boom_html", "boom_api"])
def test_security_headers_on_every_response(probe: dict[str, Any], page: str) -> None:
    headers = probe[page]["headers"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    # drf-spectacular's Swagger UI deliberately answers `unsafe-none` (its OAuth2 pop-up).
    coop = "unsafe-none" if page == "docs" else "same-origin"
    assert headers["Cross-Origin-Opener-Policy"] == coop


def test_plain_http_is_redirected_to_https(probe: dict[str, Any]) -> None:
    assert probe["docs_http"]["status"] == 301
    assert probe["docs_http"]["headers"]["Location"] == f"https://{HOST}/api/docs/"


def test_cookies_are_secure_and_same_site(probe: dict[str, Any]) -> None:
    csrf = probe["admin_login"]["cookies"]["csrftoken"]
    assert csrf == {"secure": True, "samesite": "Lax"}


@pytest.mark.parametrize("page", ["boom_html", "boom_api"])
def test_a_500_shows_no_traceback_or_internals(probe: dict[str, Any], page: str) -> None:
    response = probe[page]
    assert response["status"] == 500
    body = response["body"]
    for leak in ("Traceback", "secret internals", "SELECT", "boom_urls.py", "RuntimeError"):
        assert leak not in body, f"{leak!r} in the 500 body of {page}"


def test_an_api_500_is_json_with_the_request_id(probe: dict[str, Any]) -> None:
    response = probe["boom_api"]
    body = json.loads(response["body"])
    assert body == {
        "detail": "Internal server error.",
        "code": "server_error",
        "request_id": response["headers"]["X-Request-Id"],
    }
