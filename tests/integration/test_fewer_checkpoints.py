"""Bulk writes on SQLite checkpoint the WAL less often, and always put the setting back."""

from __future__ import annotations

import pytest
from django.db import connection, transaction

from claims.core import fastsql

pytestmark = pytest.mark.django_db


def _autocheckpoint() -> int:
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_autocheckpoint")
        return int(cursor.fetchone()[0])


@pytest.fixture
def sqlite_only() -> None:
    if connection.vendor != "sqlite":
        pytest.skip("a SQLite setting; PostgreSQL runs the same code path as a no-op")


@pytest.mark.usefixtures("sqlite_only")
def test_raised_during_and_restored_after() -> None:
    before = _autocheckpoint()
    with fastsql.fewer_checkpoints(pages=5000):
        assert _autocheckpoint() == 5000
    assert _autocheckpoint() == before


@pytest.mark.usefixtures("sqlite_only")
def test_restored_and_the_error_kept_when_the_writes_fail() -> None:
    before = _autocheckpoint()

    def failing_import() -> None:
        with fastsql.fewer_checkpoints(pages=5000), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        failing_import()
    assert _autocheckpoint() == before


def test_does_nothing_elsewhere() -> None:
    with fastsql.fewer_checkpoints():
        pass
