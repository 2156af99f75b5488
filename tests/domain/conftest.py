"""Pure domain tests: no Django, no database, no mocks.

Nothing here touches Django on purpose. These tests import only `claims.core.domain`, request no
database fixture and carry no `django_db` mark, so they run the same with or without the
pytest-django plugin (`pytest tests/domain -p no:django`).
"""

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Refuse, loudly, a test in tests/domain that asks for the database."""
    for item in items:
        if "tests/domain/" in str(item.path).replace("\\", "/") and item.get_closest_marker(
            "django_db"
        ):
            raise pytest.UsageError(f"{item.nodeid}: domain tests must not use the database")
