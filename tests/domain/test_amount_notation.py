"""Amounts are written in plain notation and parsed from plain ASCII decimals only."""

import pytest

from claims.core.domain.errors import InvalidValue
from claims.core.domain.values import Quantity, parse_amount, parse_date


@pytest.mark.parametrize(
    ("raw", "written"),
    [("0.00000001", "0.00000001"), ("-0", "0"), ("0.000", "0"), ("100", "100"), ("1e3", "1000")],
)
def test_amounts_are_written_without_exponents(raw: str, written: str) -> None:
    assert Quantity.of(raw, "people").to_data()["amount"] == written
    assert Quantity.of(raw, "people", "up_to").upper is not None


@pytest.mark.parametrize("raw", ["1_000", "٣", "Infinity", "-nan", "0x10", "1,000"])
def test_only_plain_ascii_decimals_are_amounts(raw: str) -> None:
    with pytest.raises(InvalidValue):
        parse_amount(raw)


@pytest.mark.parametrize("raw", ["2012-01-01junk", "2012-01-0", "2012-02-30"])
def test_dates_with_trailing_junk_or_impossible_days_are_refused(raw: str) -> None:
    with pytest.raises(InvalidValue):
        parse_date(raw, "period")


def test_a_null_unit_is_refused_not_stringified() -> None:
    with pytest.raises(InvalidValue):
        Quantity.from_data({"amount": "1", "unit": None})
