"""Fixtures for tests that need real commits (threads, other connections)."""

from collections.abc import Iterator

import pytest
from django.db import connection

from tests.system.testdb import ensure_test_database


@pytest.fixture
def committed_db(django_db_setup: None, django_db_blocker: pytest.FixtureRequest) -> Iterator[None]:
    """Unblock the test database without a wrapping transaction.

    The event table refuses DELETE and TRUNCATE, so pytest-django's flush-based transactional
    tests cannot clean it; tests using this fixture commit for real and use fresh ids. The test
    database is created here if no collected test asked pytest-django for it (run alone, these
    tests would otherwise commit to the development database: tests/system/testdb.py).
    """
    with ensure_test_database(django_db_blocker):
        yield
        connection.close()


def is_postgres() -> bool:
    return connection.vendor == "postgresql"
