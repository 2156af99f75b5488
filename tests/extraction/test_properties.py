"""Property-based checks: extract() reads or refuses any input, and keeps its invariants."""

from __future__ import annotations

import calendar
import datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.importing.extraction import (
    QUALIFIERS,
    SUPPORTED,
    UnsupportedLanguage,
    detect,
    extract,
    periods,
)
from claims.importing.extraction.text import sanitize

NEWSY = st.lists(
    st.sampled_from(
        [
            "about", "nearly", "more than", "up to", "1,300", "34.5", "2012", "in", "October",
            "percent", "per", "100,000", "people", "$", "3.2", "million", "six", "twenty-seven",
            "according to", "the", "U.N.", "said", ".", ",", "officials", "last year", "Guatemala",
            "9/11", "3 p.m.", "G20", "<p>", "</p>", "&amp;", "\n\n", "since", "from", "to",
        ]
    ),
    max_size=40,
).map(" ".join)  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), NEWSY), st.one_of(st.none(), st.dates()))
def test_never_raises_and_keeps_invariants(text: str, published: datetime.date | None) -> None:
    language = detect(text).language
    if language not in SUPPORTED:
        # The one error extract() raises: a text in a language it does not read.
        with pytest.raises(UnsupportedLanguage):
            extract(text, published_at=published)
        return
    candidates = extract(text, published_at=published)
    for candidate in candidates:
        assert isinstance(candidate.amount, Decimal)
        assert candidate.qualifier in QUALIFIERS
        assert 0 <= candidate.sentence_start <= candidate.value_start
        assert candidate.value_end <= candidate.sentence_end <= len(text)
        assert candidate.value_text in candidate.statement
        if "<" not in text and "&" not in text:
            # Control characters and lone surrogates come back as spaces, one for one.
            clean = sanitize(text)
            assert clean[candidate.sentence_start : candidate.sentence_end] == candidate.statement
            assert clean[candidate.value_start : candidate.value_end] == candidate.value_text
        candidate.to_dict()


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**12).filter(lambda n: not 1800 <= n <= 2100))
def test_grouped_integers_round_trip(number: int) -> None:
    (candidate,) = extract(f"Officials counted {number:,} people.")
    assert candidate.amount == number
    assert candidate.unit == "people"


@settings(max_examples=100, deadline=None)
@given(
    st.decimals(min_value=Decimal("0.1"), max_value=Decimal(999), places=1),
    st.sampled_from([("million", 10**6), ("billion", 10**9)]),
)
def test_multipliers_stay_exact(number: Decimal, scale: tuple[str, int]) -> None:
    word, factor = scale
    (candidate,) = extract(f"The fund lost ${number} {word}.")
    assert candidate.amount == number * factor
    assert candidate.unit == "USD"


@given(st.integers(min_value=-3000, max_value=12000), st.integers(min_value=1, max_value=12))
def test_days_in_month_is_the_calendar_s(year: int, month: int) -> None:
    assert periods.days_in_month(year, month) == calendar.monthrange(year, month)[1]


@pytest.mark.parametrize("month", [0, 13, -1])
def test_days_in_month_refuses_what_calendar_refuses(month: int) -> None:
    with pytest.raises(ValueError):
        calendar.monthrange(2024, month)
    with pytest.raises(ValueError):
        periods.days_in_month(2024, month)
