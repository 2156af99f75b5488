"""The PostgreSQL append script's own literals read back on the server as the values given.

The script binds its parameters as literals itself (psycopg's mogrify did it at several times
the cost): text with every code point but NUL, arrays of text, ids, ints and times, dates and
aware datetimes must reach the server unchanged, and what it cannot write is left to psycopg.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

text = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=60)
moments = st.datetimes(
    min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1), timezones=st.just(dt.UTC)
)


def _postgres() -> Any:
    if connection.vendor != "postgresql":
        pytest.skip("the script's literals are PostgreSQL's (SQLite binds parameters)")
    from claims.core.eventstore import postgres

    return postgres


def _read(sql: str) -> Any:
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchone()[0]


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=text, items=st.lists(st.none() | text, max_size=5))
def test_text_and_text_arrays_read_back_unchanged(value: str, items: list[str | None]) -> None:
    postgres = _postgres()
    assert _read(postgres._bind("SELECT %s::text", [value])) == value
    assert _read(postgres._bind("SELECT %s::text[]", [items])) == items


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    moment=moments,
    day=st.dates(),
    number=st.integers(-(2**62), 2**62),
    flag=st.booleans(),
    ids=st.lists(st.uuids(), max_size=3),
)
def test_times_dates_numbers_and_ids_read_back_unchanged(
    moment: dt.datetime, day: dt.date, number: int, flag: bool, ids: list[uuid.UUID]
) -> None:
    postgres = _postgres()
    assert _read(postgres._bind("SELECT %s", [moment])) == moment
    assert _read(postgres._bind("SELECT %s", [day])) == day
    assert _read(postgres._bind("SELECT %s::bigint", [number])) == number
    assert _read(postgres._bind("SELECT %s::boolean", [flag])) is flag
    assert _read(postgres._bind("SELECT %s::uuid[]", [ids])) == ids
    assert _read(postgres._bind("SELECT %s::timestamptz[]", [[moment, None]])) == [moment, None]


def test_what_it_cannot_write_is_left_to_the_driver() -> None:
    postgres = _postgres()
    assert postgres._bind("SELECT %s::text", ["nul \x00 inside"]) is None
    assert postgres._bind("SELECT %s::text[]", [["nul \x00"]]) is None
    assert postgres._bind("SELECT %s", [dt.datetime(2020, 1, 1)]) is None  # naive
    assert postgres._bind("SELECT %s", [1.5]) is None
    assert postgres._bind("SELECT %s, %s", [1]) is None  # placeholders and values disagree
    assert postgres._bind("SELECT '%%', %s", [1]) is None
