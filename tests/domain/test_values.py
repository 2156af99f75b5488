"""Value objects: a Quantity's qualifier and bounds, amounts, periods and clean text."""

import datetime as dt
import re
from decimal import ROUND_FLOOR, Context, Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.core.domain.errors import CommandRejected, InvalidValue
from claims.core.domain.values import (
    AMOUNT_STEP,
    DEFAULT_HEDGE_BAND_PCT,
    HTTP_URL_MESSAGE,
    HTTP_URL_REGEX,
    MAX_AMOUNT,
    VISIBLE_REGEX,
    Bound,
    Document,
    Interval,
    Period,
    Qualifier,
    Quantity,
    clean_text,
    hedge_band,
    http_url,
    optional_text,
    parse_amount,
    parse_date,
    units_match,
    visible_text,
)

A = Decimal("45")
STEP = AMOUNT_STEP

# --- Hedges: interval and best point per qualifier (default band 10 %: b = 4.5, b / 2 = 2.25) ---

INTERVALS = {
    # qualifier: (lower, upper, best) for an amount of 45
    Qualifier.EXACT: (Bound(A, True), Bound(A, True), A),
    Qualifier.APPROXIMATELY: (Bound(Decimal("40.5"), True), Bound(Decimal("49.5"), True), A),
    Qualifier.NEARLY: (Bound(Decimal("40.5"), True), Bound(A, False), Decimal("42.75")),
    Qualifier.AT_LEAST: (Bound(A, True), None, A),
    Qualifier.MORE_THAN: (Bound(A, False), None, Decimal("47.25")),
    Qualifier.UP_TO: (None, Bound(A, True), A),
    Qualifier.AT_MOST: (None, Bound(A, True), A),
    Qualifier.LESS_THAN: (None, Bound(A, False), Decimal("42.75")),
}


def test_every_qualifier_has_its_interval_listed_here():
    assert set(INTERVALS) == set(Qualifier)


@pytest.mark.parametrize(("qualifier", "expected"), INTERVALS.items(), ids=str)
def test_interval_per_qualifier(qualifier, expected):
    value = Quantity(A, "percent", qualifier)

    assert value.interval() == Interval(*expected)
    assert (value.lower, value.upper, value.best) == expected


def test_intervals_do_not_depend_on_the_callers_decimal_context():
    """Bands and ends are computed exactly in the module's own context: a caller that narrowed
    the thread's decimal context (three digits, rounding down) gets the same intervals."""
    figures = [
        Quantity.of(amount, "people", qualifier)
        for amount in ("45", "1000000", "123456789.5", "-98765.4321")
        for qualifier in Qualifier
    ]
    expected = [figure.interval() for figure in figures]
    with localcontext(Context(prec=3, rounding=ROUND_FLOOR)):
        assert [figure.interval() for figure in figures] == expected
        assert hedge_band(Decimal("1000000")) == Decimal("100000")


def test_the_band_is_a_parameter():
    value = Quantity.of("39", "per 100,000 people", "nearly")

    assert value.interval(Decimal(5)) == Interval(
        Bound(Decimal("37.05"), True), Bound(Decimal(39), False), Decimal("38.025")
    )
    assert value.interval(Decimal("0")).best == Decimal("38.99999999")  # never empty
    approx = Quantity.of("-4", "percent", "approximately").interval(Decimal(50))
    assert (approx.lower, approx.upper) == (Bound(Decimal(-6), True), Bound(Decimal(-2), True))


@pytest.mark.parametrize(
    ("amount", "qualifier", "lower", "best"),
    [
        ("39", "approximately", "35.1", "39"),
        ("40", "nearly", "36", "38"),
        ("400", "nearly", "360", "380"),  # never "3.6E+2"
        ("20000", "less_than", None, "19000"),
        ("0.00000001", "more_than", "0.00000001", "0.00000002"),
    ],
)
def test_interval_ends_and_best_points_are_written_plainly(amount, qualifier, lower, best):
    interval = Quantity.of(amount, "x", qualifier).interval()

    assert (format(interval.lower.value, "f") if interval.lower else None) == lower
    assert format(interval.best, "f") == best
    if interval.best >= 1:
        assert str(interval.best) == best  # no exponent: "380", not "3.8E+2"
        assert interval.lower is None or str(interval.lower.value) == lower


def test_an_interval_far_from_zero_keeps_every_digit():
    amount = "99999999999999999998.12345678"  # 28 digits; its upper end needs 29

    upper = Quantity.of(amount, "x", "approximately").interval().upper

    assert upper is not None
    assert str(upper.value) == "109999999999999999997.93580246"


@pytest.mark.parametrize(
    ("amount", "pct", "band"),
    [
        ("39", "10", "3.9"),
        ("-39", "10", "3.9"),
        ("34.5", "10", "3.45"),
        ("0", "10", "0.00000002"),
        ("0.00000001", "10", "0.00000002"),
        ("0.00000123", "10", "0.00000014"),  # 0.000000123 rounded up to an even step count
        ("45", "0", "0.00000002"),
        ("45", "100", "45"),
        (str(MAX_AMOUNT), "100", str(MAX_AMOUNT)),  # exact: computed wider than amounts
        (str(MAX_AMOUNT), "33.33", "33329999999999999999.6667"),
    ],
)
def test_hedge_band(amount, pct, band):
    assert hedge_band(Decimal(amount), Decimal(pct)) == Decimal(band)


@pytest.mark.parametrize("pct", [Decimal(-1), Decimal("100.01"), Decimal("NaN"), 10, "10"])
def test_a_hedge_band_outside_0_to_100_percent_is_refused(pct):
    with pytest.raises(InvalidValue) as caught:
        Quantity.of("45", "percent", "approximately").interval(pct)

    assert caught.value.field == "hedge_band_pct"
    assert "percentage" in caught.value.message
    in_range = isinstance(pct, Decimal) and pct.is_finite()
    assert ("from 0 to 100" if in_range else "finite Decimal") in caught.value.message


@pytest.mark.parametrize(
    ("qualifier", "allowed", "not_allowed"),
    [
        ("exact", ["45"], ["44.99", "45.01"]),
        ("approximately", ["40.5", "45", "49.5"], ["40.49", "49.51"]),
        ("nearly", ["40.5", "44.99999999"], ["45", "45.01", "40.49", "0"]),
        ("at_least", ["45", "1000"], ["44.99"]),
        ("more_than", ["45.00000001", "80"], ["45", "10"]),
        ("up_to", ["45", "30", "0"], ["45.5"]),
        ("at_most", ["45"], ["46"]),
        ("less_than", ["44.99999999", "-1000"], ["45", "50"]),
    ],
)
def test_allows_honours_the_qualifier(qualifier, allowed, not_allowed):
    value = Quantity.of("45", "percent", qualifier)

    assert all(value.allows(Decimal(x)) for x in allowed)
    assert not any(value.allows(Decimal(x)) for x in not_allowed)


def test_allows_takes_the_band():
    value = Quantity.of("40", "percent", "approximately")

    assert not value.allows(Decimal(35))
    assert value.allows(Decimal(35), Decimal("12.5"))


def test_bounds_serialise_with_the_amount_as_a_string():
    assert Quantity.of("80", "percent", "more_than").lower.to_data() == {  # type: ignore[union-attr]
        "value": "80",
        "inclusive": False,
    }


def test_an_interval_with_open_ends_contains_everything_on_its_side():
    interval = Interval(None, None, Decimal(0))

    assert interval.contains(-MAX_AMOUNT)
    assert interval.contains(MAX_AMOUNT)


# --- Qualifier.parse ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("up to", Qualifier.UP_TO),
        ("Up-To", Qualifier.UP_TO),
        ("  UP_TO ", Qualifier.UP_TO),
        ("more_than", Qualifier.MORE_THAN),
        ("More than", Qualifier.MORE_THAN),
        ("at-least", Qualifier.AT_LEAST),
        ("exact", Qualifier.EXACT),
        (Qualifier.NEARLY, Qualifier.NEARLY),
    ],
)
def test_qualifier_parse_accepts_spellings(raw, expected):
    assert Qualifier.parse(raw) is expected


@pytest.mark.parametrize("raw", ["roughly", "", "up  to", "upto", None, 5, ["up_to"]])
def test_qualifier_parse_refuses_unknown_values(raw):
    with pytest.raises(InvalidValue) as caught:
        Qualifier.parse(raw)

    assert caught.value.field == "qualifier"
    told = caught.value.message
    assert "exact, approximately, nearly" in told if isinstance(raw, str) else "string" in told


def test_invalid_value_is_a_command_rejection_keyed_by_field():
    with pytest.raises(CommandRejected) as caught:
        Qualifier.parse("roughly")

    assert list(caught.value.as_dict()) == ["qualifier"]


# --- parse_amount -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        1.5,
        45.0,
        float("nan"),
        True,
        "NaN",
        "nan",
        "sNaN",
        "Infinity",
        "-Infinity",
        "inf",
        "1e999999",
        "1E+1000000",
        "0.123456789",
        "1.000000000",
        "1e-9",
        str(MAX_AMOUNT + 1),
        f"-{MAX_AMOUNT + 1}",
        "1" * 65,
        "forty-five",
        "",
        "   ",
        "4 5",
        None,
        ["45"],
        {"amount": "45"},
    ],
    ids=repr,
)
def test_parse_amount_refuses(raw):
    with pytest.raises(InvalidValue) as caught:
        parse_amount(raw)

    assert caught.value.field == "amount"
    assert isinstance(caught.value.message, str)
    assert caught.value.message.strip()


@pytest.mark.parametrize(
    ("raw", "told"),
    [
        ("NaN", "finite"),
        ("-nan", "finite"),
        ("+sNaN", "finite"),
        ("inf", "finite"),
        ("-Infinity", "finite"),
        ("nano", "is not a number"),
        (Decimal("Infinity"), "finite"),
        (1.5, "not a float"),
        (["45"], "decimal string"),
        ("1" * 65, "too long"),
        ("1e30", "at most 99999999999999999999"),
        ("0.123456789", "at most 8 decimal places"),
    ],
    ids=repr,
)
def test_parse_amount_says_why(raw, told):
    with pytest.raises(InvalidValue, match=told):
        parse_amount(raw)


def test_an_amount_of_64_characters_is_read():
    assert parse_amount("0" * 63 + "1") == 1
    assert parse_amount("  " + "0" * 63 + "1  ") == 1  # measured without the spaces
    with pytest.raises(InvalidValue, match="too long"):
        parse_amount("0" * 64 + "1")


@pytest.mark.parametrize(
    "raw", ["x", "1e30", "0.123456789", Decimal("NaN"), Decimal("-Infinity")], ids=repr
)
def test_parse_amount_names_the_field_it_was_given(raw):
    with pytest.raises(InvalidValue) as caught:
        parse_amount(raw, field="counter_value")

    assert caught.value.field == "counter_value"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("34.50", "34.5"),
        ("45.0", "45"),
        ("45", "45"),
        (" 39 ", "39"),
        (45, "45"),
        (Decimal("45.000"), "45"),
        ("1E+3", "1000"),
        ("0.5", "0.5"),
        ("-12.10", "-12.1"),
        ("0.0", "0"),
        (str(MAX_AMOUNT), str(MAX_AMOUNT)),
    ],
)
def test_parse_amount_normalises(raw, expected):
    amount = parse_amount(raw)

    assert isinstance(amount, Decimal)
    assert str(amount) == expected


def test_the_smallest_amount_is_kept_exactly():
    assert parse_amount("0.00000001") == Decimal("0.00000001")
    assert parse_amount("-0.00000001") == Decimal("-1E-8")


def test_equal_amounts_serialise_alike():
    assert Quantity.of("34.50", "percent").to_data() == Quantity.of("34.5", "percent").to_data()


# --- Quantity -----------------------------------------------------------------------------------


def test_quantity_round_trips_through_plain_data():
    value = Quantity.of("45", "percent", "up to")

    assert value.to_data() == {"amount": "45", "unit": "percent", "qualifier": "up_to"}
    assert Quantity.from_data(value.to_data()) == value


def test_quantity_from_data_defaults_to_exact():
    assert Quantity.from_data({"amount": "6", "unit": "people"}).qualifier is Qualifier.EXACT


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ("45 percent", "value"),
        ({"amount": "45", "unit": ""}, "unit"),
        ({"amount": "45", "unit": "   "}, "unit"),
        ({"amount": "45", "unit": "x" * 101}, "unit"),
        ({"amount": 45.0, "unit": "percent"}, "amount"),
        ({"unit": "percent"}, "amount"),
        ({"amount": "45", "unit": "percent", "qualifier": "about"}, "qualifier"),
    ],
)
def test_quantity_from_data_refuses(data, field):
    with pytest.raises(InvalidValue) as caught:
        Quantity.from_data(data)

    assert caught.value.field == field
    assert isinstance(caught.value.message, str)
    assert caught.value.message.strip()


@pytest.mark.parametrize("unit", [None, 5, ["percent"]])
def test_quantity_from_data_refuses_a_unit_that_is_not_text(unit):
    with pytest.raises(InvalidValue, match="Unit is required") as caught:
        Quantity.from_data({"amount": "1", "unit": unit})

    assert caught.value.field == "unit"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"amount": 45, "unit": "percent"}, Quantity(Decimal(45), "percent")),
        ({"amount": Decimal("34.50"), "unit": " x "}, Quantity(Decimal("34.5"), "x")),
        (
            {"amount": "45", "unit": "percent", "qualifier": Qualifier.UP_TO},
            Quantity(Decimal(45), "percent", Qualifier.UP_TO),
        ),
    ],
    ids=["int", "decimal", "enum"],
)
def test_quantity_from_data_takes_amounts_and_qualifiers_that_are_not_strings(data, expected):
    assert Quantity.from_data(data) == expected


@pytest.mark.parametrize("qualifier", [None, 1])
def test_quantity_from_data_refuses_a_qualifier_that_is_not_text(qualifier):
    with pytest.raises(InvalidValue) as caught:
        Quantity.from_data({"amount": "45", "unit": "percent", "qualifier": qualifier})

    assert caught.value.field == "qualifier"


@pytest.mark.parametrize("amount", [MAX_AMOUNT, -MAX_AMOUNT])
def test_the_amount_ceiling_is_allowed_and_one_more_is_not(amount):
    assert Quantity(amount, "people").amount == amount
    with pytest.raises(InvalidValue) as caught:
        Quantity(amount + Decimal(1).copy_sign(amount), "people")
    assert caught.value.field == "amount"
    with pytest.raises(InvalidValue):
        Quantity.of(str(amount + Decimal(1).copy_sign(amount)), "people")


@pytest.mark.parametrize(
    ("unit", "field"),
    [(None, "unit"), (5, "unit"), ("x" * 101, "unit"), ("a\x00b", "unit")],
)
def test_quantity_refuses_a_bad_unit(unit, field):
    with pytest.raises(InvalidValue) as caught:
        Quantity(Decimal(1), unit)
    assert caught.value.field == field
    assert caught.value.message.strip()


def test_quantity_refuses_a_qualifier_that_is_not_a_qualifier():
    with pytest.raises(InvalidValue, match="must be a Qualifier") as caught:
        Quantity(Decimal(1), "people", "exact")  # type: ignore[arg-type]
    assert caught.value.field == "qualifier"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("percent", "Percent", True),
        ("per 100,000  people", " per 100,000 people", True),
        ("per 100,000 people", "per 100000 people", False),
        ("percent", "per cent", False),
    ],
)
def test_units_match_ignores_case_and_runs_of_whitespace(a, b, same):
    assert units_match(a, b) is same
    assert units_match(b, a) is same


def test_quantity_refuses_a_non_decimal_amount():
    with pytest.raises(InvalidValue, match="finite Decimal") as caught:
        Quantity(45.0, "percent")  # type: ignore[arg-type]

    assert caught.value.field == "amount"


# --- Period -------------------------------------------------------------------------------------


def test_period_refuses_an_end_before_its_start():
    with pytest.raises(InvalidValue) as caught:
        Period(dt.date(2012, 12, 31), dt.date(2012, 1, 1))

    assert caught.value.field == "period"


@pytest.mark.parametrize(
    ("start", "end", "key"),
    [
        ("2012-01-01", "2012-12-31", "2012"),
        ("2011-01-01", "2011-12-31", "2011"),
        ("2012-10-04", "2012-10-04", "2012-10-04/2012-10-04"),
        ("2012-01-01", "2013-12-31", "2012-01-01/2013-12-31"),
        ("2012-01-01", "2012-12-30", "2012-01-01/2012-12-30"),
        ("2012-01-02", "2012-12-31", "2012-01-02/2012-12-31"),
    ],
)
def test_period_key(start, end, key):
    assert Period.from_data({"start": start, "end": end}).key == key


def test_period_round_trips_through_plain_data():
    period = Period(dt.date(2012, 10, 4), dt.date(2012, 10, 4))

    assert period.to_data() == {"start": "2012-10-04", "end": "2012-10-04"}
    assert Period.from_data(period.to_data()) == period


@pytest.mark.parametrize(
    "data",
    [
        "2012",
        {"start": "2012-13-01", "end": "2012-12-31"},
        {"start": "2012-01-01"},
        {"start": 2012, "end": 2012},
        {"start": "2012-01-01", "end": "2011-12-31"},
        {"start": "2012-01-01", "end": "2012-12-31" + " " * 40},
    ],
    ids=repr,
)
def test_period_from_data_refuses(data):
    with pytest.raises(InvalidValue) as caught:
        Period.from_data(data)

    assert caught.value.field == "period"


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("2012-10-04", dt.date(2012, 10, 4)),
        (" 2012-10-04 ", dt.date(2012, 10, 4)),
        ("2012-10-04T23:30:00Z", dt.date(2012, 10, 4)),
        ("2012-10-04 23:30:00+05:00", dt.date(2012, 10, 4)),
        ("2012-10-04T00:00:00.123456+00:00", dt.date(2012, 10, 4)),
        (dt.datetime(2012, 10, 4, 23, 59), dt.date(2012, 10, 4)),
        (dt.date(2012, 10, 4), dt.date(2012, 10, 4)),
    ],
    ids=repr,
)
def test_parse_date_reads_a_date_or_the_date_of_an_iso_datetime(raw, day):
    parsed = parse_date(raw, "published_at")

    assert parsed == day
    assert type(parsed) is dt.date


@pytest.mark.parametrize(
    "raw",
    [
        "2012-10-04X23:30:00",
        "2012-10-04T25:00:00",
        "2012-10-04T23:30:00+05:00:00:00:00",  # longer than any ISO datetime
        "2012-10-4",
        "2012-10-04T",
        20121004,
        None,
    ],
    ids=repr,
)
def test_parse_date_refuses_what_is_not_a_date(raw):
    with pytest.raises(InvalidValue) as caught:
        parse_date(raw, "published_at")

    assert caught.value.field == "published_at"
    assert "YYYY-MM-DD" in caught.value.message


def test_parse_date_reads_at_most_32_characters():
    assert parse_date("2012-10-04T00:00:00.000000+00:00", "period") == dt.date(2012, 10, 4)
    with pytest.raises(InvalidValue):
        parse_date(" 2012-10-04T00:00:00.000000+00:00", "period")  # 33 with the space


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("2012", "object with start and end"),
        ({"start": "2012-12-31", "end": "2012-01-01"}, "ends before it starts"),
    ],
)
def test_a_bad_period_is_refused_saying_why(data, message):
    with pytest.raises(InvalidValue, match=message) as caught:
        Period.from_data(data)

    assert caught.value.field == "period"


def test_a_bad_document_is_refused_saying_why():
    with pytest.raises(InvalidValue, match="object with url") as caught:
        Document.from_data("https://example.org")  # type: ignore[arg-type]
    assert caught.value.field is None
    with pytest.raises(InvalidValue) as caught:
        Document.from_data({"url": "https://example.org", "published_at": "March 2013"})
    assert caught.value.field == "published_at"


def test_a_document_reads_back_its_publication_date():
    document = Document.from_data({"url": "u", "published_at": "2013-03-01T10:00:00Z"})

    assert document is not None
    assert document.published_at == dt.date(2013, 3, 1)


def test_period_overlaps_open_and_closed_ranges():
    year = Period(dt.date(2012, 1, 1), dt.date(2012, 12, 31))

    assert year.overlaps(None, None)
    assert year.overlaps(dt.date(2012, 12, 31), None)
    assert year.overlaps(None, dt.date(2012, 1, 1))
    assert not year.overlaps(dt.date(2013, 1, 1), None)
    assert not year.overlaps(None, dt.date(2011, 12, 31))


# --- clean_text ---------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["a\x00b", "\x00", "bad \ud800 surrogate", "\udfff"], ids=repr)
def test_clean_text_refuses_what_a_database_cannot_hold(raw):
    with pytest.raises(InvalidValue) as caught:
        clean_text(raw, "statement", max_len=100)

    assert caught.value.field == "statement"


@pytest.mark.parametrize("raw", ["", "   ", None])
def test_clean_text_requires_text_unless_told_otherwise(raw):
    with pytest.raises(InvalidValue):
        clean_text(raw, "reason", max_len=10)
    assert clean_text(raw, "reason", max_len=10, required=False) == ""
    assert optional_text(raw, "reason", max_len=10) is None


def test_clean_text_strips_and_limits_length():
    assert clean_text("  Guatemala \n", "subject", max_len=9) == "Guatemala"
    with pytest.raises(InvalidValue):
        clean_text("Guatemalan", "subject", max_len=9)
    with pytest.raises(InvalidValue):
        clean_text(42, "subject", max_len=9)


def test_clean_text_keeps_non_ascii_text():
    assert clean_text("Totonicapán — Petén ✓", "place", max_len=50) == "Totonicapán — Petén ✓"


# --- Properties ---------------------------------------------------------------------------------

amounts = st.decimals(
    min_value=-MAX_AMOUNT, max_value=MAX_AMOUNT, places=8, allow_nan=False, allow_infinity=False
)
small_amounts = st.decimals(min_value=-1000, max_value=1000, places=2)
qualifiers = st.sampled_from(Qualifier)


@st.composite
def amount_and_probe(draw: st.DrawFn) -> tuple[Decimal, Decimal]:
    """An amount and a value to test against it: far, equal, or just either side."""
    amount = draw(st.one_of(small_amounts, amounts))
    step = Decimal(1).scaleb(-draw(st.integers(0, 8)))
    probe = draw(
        st.sampled_from([amount, amount - step, amount + step]) | st.one_of(small_amounts, amounts)
    )
    return amount, probe


def within(x: Decimal, lower: Bound | None, upper: Bound | None) -> bool:
    above = lower is None or x > lower.value or (x == lower.value and lower.inclusive)
    below = upper is None or x < upper.value or (x == upper.value and upper.inclusive)
    return above and below


bands = st.one_of(
    st.just(DEFAULT_HEDGE_BAND_PCT),
    st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False),
)

MEANING = {
    Qualifier.EXACT: lambda x, a, b: x == a,
    Qualifier.APPROXIMATELY: lambda x, a, b: a - b <= x <= a + b,
    Qualifier.NEARLY: lambda x, a, b: a - b <= x < a,
    Qualifier.AT_LEAST: lambda x, a, b: x >= a,
    Qualifier.MORE_THAN: lambda x, a, b: x > a,
    Qualifier.UP_TO: lambda x, a, b: x <= a,
    Qualifier.AT_MOST: lambda x, a, b: x <= a,
    Qualifier.LESS_THAN: lambda x, a, b: x < a,
}


@settings(max_examples=300, deadline=None)
@given(qualifiers, amount_and_probe(), bands)
def test_allows_agrees_with_the_bounds(qualifier, pair, band_pct):
    amount, x = pair
    value = Quantity(amount, "percent", qualifier)
    interval = value.interval(band_pct)

    assert value.allows(x, band_pct) == within(x, interval.lower, interval.upper)


@settings(max_examples=300, deadline=None)
@given(qualifiers, amount_and_probe(), bands)
def test_the_bounds_mean_what_the_qualifier_says(qualifier, pair, band_pct):
    amount, x = pair
    value = Quantity(amount, "percent", qualifier)
    band = hedge_band(amount, band_pct)

    assert value.allows(x, band_pct) == MEANING[qualifier](x, value.amount, band)


@settings(max_examples=500, deadline=None)
@given(qualifiers, st.one_of(small_amounts, amounts), bands)
def test_every_interval_is_non_empty_and_contains_its_best_point(qualifier, amount, band_pct):
    interval = Quantity(amount, "percent", qualifier).interval(band_pct)
    band = hedge_band(amount, band_pct)

    assert interval.contains(interval.best)
    assert abs(interval.best - amount) <= band / 2
    assert interval.contains(amount) == (
        qualifier not in (Qualifier.NEARLY, Qualifier.MORE_THAN, Qualifier.LESS_THAN)
    )
    ends = [b.value for b in (interval.lower, interval.upper) if b is not None]
    # Every end and the best point are amounts the store can hold: no more than 8 decimals.
    assert all(-v.as_tuple().exponent <= 8 for v in [*ends, interval.best])  # type: ignore[operator]


@settings(max_examples=300, deadline=None)
@given(st.one_of(small_amounts, amounts), bands)
def test_the_band_is_at_least_the_percentage_and_at_most_two_steps_more(amount, band_pct):
    band = hedge_band(amount, band_pct)
    # Exactly: 28 digits (the default context) can round a 23-digit amount times a percentage.
    with localcontext(Context(prec=80)):
        nominal = abs(amount) * band_pct / 100
        assert band >= nominal
        assert band >= 2 * STEP
        assert band - nominal < 2 * STEP or band == 2 * STEP
        assert (band / 2) % STEP == 0


units = st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=20).filter(
    str.strip
)


@settings(max_examples=200, deadline=None)
@given(qualifiers, amounts, units)
def test_a_quantity_round_trips_through_plain_data(qualifier, amount, unit):
    value = Quantity(amount, unit, qualifier)

    assert Quantity.from_data(value.to_data()) == value
    assert parse_amount(value.to_data()["amount"]) == amount


@settings(max_examples=200, deadline=None)
@given(amounts)
def test_parse_amount_is_a_fixed_point_on_its_own_output(amount):
    once = parse_amount(str(amount))

    assert once == amount
    assert str(parse_amount(str(once))) == str(once)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.text(max_size=40), st.from_regex(r"-?[0-9]{0,30}(\.[0-9]{0,12})?(e-?[0-9]{1,8})?"))
)
def test_parse_amount_answers_any_text_with_a_decimal_or_a_refusal(raw):
    try:
        amount = parse_amount(raw)
    except InvalidValue as refusal:
        refused_field = refusal.field
    else:
        refused_field = None
        assert amount.is_finite()
        assert abs(amount) <= MAX_AMOUNT
        assert -amount.as_tuple().exponent <= 8  # type: ignore[operator]
    assert refused_field in (None, "amount")


@settings(max_examples=200, deadline=None)
@given(
    qualifiers,
    st.sampled_from([" ", "-", "_"]),
    st.sampled_from([str.lower, str.upper, str.title]),
    st.sampled_from(["", " ", "\t"]),
)
def test_qualifier_parse_accepts_any_spelling_of_every_qualifier(qualifier, sep, case, pad):
    spelling = pad + case(qualifier.value.replace("_", sep)) + pad

    assert Qualifier.parse(spelling) is qualifier


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_clean_text_output_is_stripped_and_storable(raw):
    try:
        text = clean_text(raw, "note", max_len=50, required=False)
    except InvalidValue:
        return
    assert text == text.strip()
    assert "\x00" not in text
    text.encode("utf-8")


# --- Links --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org",
        "HTTPS://Example.org/a b?c=d#e",
        "http://[::1]:8000/x",
        "https://user@news.example.org/",
        "http://例え.jp/記事",
    ],
)
def test_an_http_link_with_a_host_is_taken(url: str) -> None:
    assert http_url(f" {url} ", "url", max_len=2000, required=True) == url


@pytest.mark.parametrize(
    "url",
    [
        "http://",  # no host: a link to no page
        "https:///path",
        "http://?q=1",
        "http://#top",
        "http:// example.org",
        "http://@example.org",
        "http://:80/",
        "http://example.org evil",
        "ftp://example.org",
        "example.org",
        "javascript:alert(1)",
    ],
)
def test_a_link_without_http_or_a_host_is_refused(url: str) -> None:
    with pytest.raises(CommandRejected) as refused:
        http_url(url, "evidence", max_len=2000, required=False)
    assert (refused.value.field, str(refused.value)) == ("evidence", HTTP_URL_MESSAGE)


def test_an_optional_link_may_be_left_out() -> None:
    assert http_url("  ", "url", max_len=2000, required=False) == ""
    with pytest.raises(InvalidValue):  # (clean_text: required)
        http_url("", "url", max_len=2000, required=True)


@given(st.text(alphabet=st.sampled_from("hHtTpPsS:/?#@ a.\t\x00é[]"), max_size=14))
def test_the_schema_pattern_and_the_domain_agree_on_links(text: str) -> None:
    """The API declares HTTP_URL_REGEX as the pattern a client is held to; the domain must take
    exactly what the pattern lets through (stripped of blanks, as the API does)."""
    text = text.strip()
    declared = re.fullmatch(HTTP_URL_REGEX, text) is not None
    try:
        http_url(text, "url", max_len=2000, required=True)
    except CommandRejected:
        taken = False
    else:
        taken = True
    assert taken == declared


# --- Visible texts ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["\u200b\u200b", "\u2060", "\ufeff \u200d", "\u3164", "\x01\x7f"])
def test_a_text_of_characters_that_show_nothing_is_refused(text: str) -> None:
    with pytest.raises(CommandRejected) as refused:
        visible_text(text, "statement", max_len=100, what="A statement")
    assert str(refused.value) == "A statement needs a visible character."


def test_a_text_with_something_to_read_is_taken_stripped() -> None:
    assert visible_text(" \u200bYa. ", "statement", max_len=100, what="A statement") == (
        "\u200bYa."
    )


@given(
    st.text(alphabet=st.sampled_from("a \t\u200b\u2060\ufeff\u3164\x01\u00e9\u2028"), max_size=6)
)
def test_the_schema_pattern_and_the_domain_agree_on_visible_texts(text: str) -> None:
    declared = re.fullmatch(VISIBLE_REGEX, text.strip()) is not None
    try:
        visible_text(text, "statement", max_len=100, what="A statement")
    except CommandRejected:
        taken = False
    else:
        taken = True
    assert taken == declared
