"""Pure domain tests: no Django, no database, no mocks.

Nothing here touches Django on purpose. These tests import only `claims.core.domain`, request no
database fixture and carry no `django_db` mark, so they run the same with or without the
pytest-django plugin (`pytest tests/domain -p no:django`).
"""

import pytest
from hypothesis import Phase, settings

from claims.core.domain import events

# `make mutation` runs these tests once per mutant: the same examples every time, so that a
# mutant's verdict does not depend on the draw, fewer of them (see below), and no shrinking (a
# mutant needs a failure, not its smallest example).
settings.register_profile(
    "mutation",
    derandomize=True,
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    report_multiple_bugs=False,
)
MUTATION_EXAMPLES = 60  # per property test, and per state machine run


@pytest.fixture(autouse=True)
def _cold_caches() -> None:
    """Each test decodes from scratch: a decoder built and kept by an earlier test would hide a
    fault in building it (mutation testing forks its runs from a process that built them)."""
    events._plan.cache_clear()
    events._field_names.cache_clear()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Refuse, loudly, a test in tests/domain that asks for the database; under the mutation
    profile, cap the examples of every property test (its own settings name more) and run the
    example tests before the property tests: a mutant run stops at its first failure, and an
    example test that catches the mutant costs milliseconds where a property test costs up to
    seconds."""
    mutation = settings.get_current_profile_name() == "mutation"
    for item in items:
        if "tests/domain/" in str(item.path).replace("\\", "/") and item.get_closest_marker(
            "django_db"
        ):
            raise pytest.UsageError(f"{item.nodeid}: domain tests must not use the database")
        if mutation:
            _cap_examples(item)
    if mutation:
        items.sort(key=_is_property_test)  # stable: each group keeps its order


def _is_property_test(item: pytest.Item) -> bool:
    test = getattr(item, "obj", None)
    machine = getattr(item, "cls", None)
    return bool(getattr(test, "is_hypothesis_test", False)) or isinstance(
        getattr(machine, "settings", None), settings
    )


def _cap_examples(item: pytest.Item) -> None:
    test = getattr(item, "obj", None)
    chosen = getattr(test, "_hypothesis_internal_use_settings", None)
    if chosen is not None and chosen.max_examples > MUTATION_EXAMPLES:
        test._hypothesis_internal_use_settings = settings(  # type: ignore[union-attr]
            chosen, max_examples=MUTATION_EXAMPLES
        )
    machine = getattr(item, "cls", None)
    chosen = getattr(machine, "settings", None)  # a state machine's TestCase
    if isinstance(chosen, settings) and chosen.max_examples > MUTATION_EXAMPLES:
        machine.settings = settings(chosen, max_examples=MUTATION_EXAMPLES)  # type: ignore[union-attr]
