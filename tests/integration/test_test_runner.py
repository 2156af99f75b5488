"""`make test`'s runner decides when its SQLite and PostgreSQL passes may run side by side."""

from __future__ import annotations

import pytest

from config import devservices


@pytest.mark.parametrize(
    ("setting", "redis_url", "only", "cpus", "expected"),
    [
        (None, None, None, 2, True),  # the default on two cores
        (None, None, None, 1, False),  # one core: side by side would only interleave
        ("false", None, None, 2, False),  # asked for serial runs
        ("true", None, None, 1, True),  # asked for side by side
        (None, "redis://127.0.0.1:6379/0", None, 2, False),  # both would share the caller's Redis
        (None, None, "sqlite", 2, False),  # one pass only
        (None, None, "postgres", 2, False),
    ],
)
def test_side_by_side_only_with_separate_redis_and_cores(
    monkeypatch: pytest.MonkeyPatch,
    setting: str | None,
    redis_url: str | None,
    only: str | None,
    cpus: int,
    expected: bool,
) -> None:
    for name, value in (("CLAIMS_TEST_PARALLEL", setting), ("REDIS_URL", redis_url)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    monkeypatch.setattr(devservices.os, "cpu_count", lambda: cpus)
    assert devservices._parallel(only) is expected
