"""Shared fixtures: an embedded Redis for the session, and which database the run uses."""

import os
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
