"""Make sure the test database exists, also when no collected test carries a django_db mark.

pytest-django's session fixture `django_db_setup` creates test databases only for the aliases
that marked tests (or tests using `db`) ask for. Tests that commit for real (no mark, because a
mark wraps them in a transaction or flushes tables the event log refuses to empty) may be the
only ones collected; then nothing would create the database, and they would run against the
development database. This creates it in that case, and drops it afterwards.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from django.db import connection, connections
from django.test.utils import setup_databases, teardown_databases


def is_test_database(alias: str = "default") -> bool:
    name = str(connections[alias].settings_dict["NAME"])
    return Path(name).name.startswith("test_") or name.startswith("test_")


@contextlib.contextmanager
def ensure_test_database(blocker: object) -> Iterator[None]:
    """Inside blocker.unblock(): the test databases (every alias: on SQLite the webhook tables
    have one of their own), created here if nobody else did."""
    with blocker.unblock():  # type: ignore[attr-defined]
        created = None
        missing = {alias: False for alias in connections if not is_test_database(alias)}
        if missing:
            connections.close_all()
            created = setup_databases(verbosity=0, interactive=False, aliases=missing)
        try:
            yield
        finally:
            connection.close()
            if created is not None:
                teardown_databases(created, verbosity=0)
