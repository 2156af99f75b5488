"""Webhook test fixtures: a fake resolver (no test sends a DNS query or connects anywhere but
loopback), the allow settings, and the API fixtures."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest

from tests.api.conftest import (  # noqa: F401 (fixtures)
    _fresh_throttles,
    api,
    committed,
    committed_database,
    committed_tokens,
    tokens,
    users,
)
from tests.conftest import PUBLIC, FakeResolver  # noqa: F401 (imported by tests)


@pytest.fixture
def no_connections(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Fail the test if the transport opens any socket; yields the attempts (none)."""
    opened: list[Any] = []

    def refuse(address: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(address)
        raise AssertionError(f"a connection to {address} was opened")

    monkeypatch.setattr(socket, "create_connection", refuse)
    yield opened
    assert opened == []


@pytest.fixture
def allow_local(settings: Any) -> None:
    """What the development stack and the delivering tests set: http and loopback allowed."""
    settings.CLAIMS_WEBHOOK_ALLOW_HTTP = True
    settings.CLAIMS_WEBHOOK_ALLOW_PRIVATE = True


@pytest.fixture
def strict(settings: Any) -> None:
    settings.CLAIMS_WEBHOOK_ALLOW_HTTP = False
    settings.CLAIMS_WEBHOOK_ALLOW_PRIVATE = False
