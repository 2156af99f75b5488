"""Shared fixtures: an embedded Redis for the session, which database the run uses, and the
database tests' access to every configured database."""

import os
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from config import devservices
from tests.factories import DemoIds, load_demo


def pytest_report_header(config: pytest.Config) -> str:
    from django.conf import settings

    db = settings.DATABASES["default"]
    where = f"{db.get('HOST')}:{db.get('PORT')}/{db['NAME']}" if db.get("HOST") else db["NAME"]
    return f"database: {db['ENGINE']} ({where})"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """A failed test that ran against a real stack (tests/system/conftest.py: Stack) reports what
    its worker and beat logged as errors and warnings: their logs are gone with the stack once
    the test ends, and a fault (a lost lease, an unwritten attempt) shows only there."""
    report = yield
    if report.when == "call" and report.failed:
        for name, value in getattr(item, "funcargs", {}).items():
            problems = getattr(value, "problems", None)
            if callable(problems):
                try:
                    report.sections.append((f"{name}: worker and beat errors", problems()))
                except OSError as exc:
                    report.sections.append((f"{name}: worker and beat errors", repr(exc)))
    return report


DB_FIXTURES = {
    "db",
    "transactional_db",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
    "live_server",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A database test may use every configured database: on SQLite the webhook tables have a
    file of their own (config/routers.py). Its own `databases`, where it says, stands."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker is None and not DB_FIXTURES & set(getattr(item, "fixturenames", ())):
            continue
        if marker is not None and "databases" in marker.kwargs:
            continue
        kwargs = {**(marker.kwargs if marker else {}), "databases": "__all__"}
        item.add_marker(pytest.mark.django_db(*(marker.args if marker else ()), **kwargs), False)


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """REDIS_URL if set (make test sets it), else an embedded Redis for this session."""
    url = os.environ.get("REDIS_URL")
    if url:
        yield url
        return
    with devservices.redis_server() as started:
        yield started


@pytest.fixture
def demo(db: Any, settings: Any) -> DemoIds:
    """The demo sources, indicators, claims and users (editor, contributor, reader, admin)."""
    return load_demo(settings)


# --- A resolver for webhook URLs: no test sends a DNS query --------------------------------------

PUBLIC = "93.184.215.14"  # a global address nothing here ever connects to


class FakeResolver:
    """socket.getaddrinfo for names the test declares; the real one for loopback names and
    address literals (which send no query); anything else does not resolve."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.names: dict[str, list[str]] = {}
        self.asked: list[str] = []
        self.default: list[str] | None = None  # the answer for any other name, if set

    def __call__(self, host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else str(host)
        self.asked.append(name)
        answer = self.names.get(name)
        if answer is None and self.default is not None and not _is_literal(name):
            answer = self.default if name != "localhost" else None
        if answer is not None:
            return [
                (
                    socket.AF_INET6 if ":" in ip else socket.AF_INET,
                    socket.SOCK_STREAM,
                    6,
                    "",
                    (ip, port or 0, 0, 0) if ":" in ip else (ip, port or 0),
                )
                for ip in answer
            ]
        if name in ("localhost", "127.0.0.1", "::1") or _is_literal(name):
            return self.real(host, port, *args, **kwargs)
        raise socket.gaierror(socket.EAI_NONAME, "not resolvable in tests")


def _is_literal(name: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


@pytest.fixture
def resolver(monkeypatch: pytest.MonkeyPatch) -> FakeResolver:
    fake = FakeResolver(socket.getaddrinfo)
    monkeypatch.setattr(socket, "getaddrinfo", fake)
    return fake
