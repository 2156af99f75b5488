"""tracker/indicators.py: figures in, points out. Pure: no Django, no database."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal as D
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from claims.core.domain.values import Bound, Quantity
from tracker import indicators as ind

UNIT = "per 100,000 people"
RATE = ind.IndicatorDef(key="gt-homicide-rate", unit=UNIT, tolerance_pct=D(5))
T0 = dt.datetime(2013, 3, 1, 12, tzinfo=dt.UTC)


def year(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def fig(
    amount: str,
    qualifier: str = "exact",
    *,
    y: int = 2012,
    source: str = "un",
    claim: str | None = None,
    figure: str = "primary",
    status: str = "reported",
    claim_status: str = "reported",
    minutes: int = 0,
    open_dispute: bool = False,
    unit: str = UNIT,
) -> ind.FigureIn:
    start, end = year(y)
    return ind.FigureIn(
        claim_id=claim or f"{source}-{y}-{amount}-{qualifier}",
        figure_id=figure,
        source_id=source,
        value=Quantity.of(amount, unit, qualifier),
        status=status,
        claim_status=claim_status,
        period_start=start,
        period_end=end,
        added_at=T0 + dt.timedelta(minutes=minutes),
        open_dispute=open_dispute,
    )


def only(points: list[ind.Point]) -> ind.Point:
    assert len(points) == 1
    return points[0]


# --- The demo story ------------------------------------------------------------------------------


def test_nearly_39_to_34_5_is_a_fall_of_0_6_to_4_5_points() -> None:
    p2011, p2012 = ind.series(
        RATE, [fig("39", "nearly", y=2011), fig("34.5", y=2012, status="confirmed")]
    )
    # "nearly 39" is [35.1, 39) with the 10 % band; its best point is inside: 37.05.
    assert (p2011.period_key, p2011.best, p2011.change) == ("2011", D("37.05"), None)
    assert (p2011.low, p2011.low_inclusive, p2011.high, p2011.high_inclusive) == (
        D("35.1"),
        True,
        D(39),
        False,
    )
    assert p2011.low <= p2011.best < p2011.high
    assert not p2011.disputed  # a hedge is not a disagreement
    assert p2012.best == D("34.5")
    assert p2012.change == D("-2.55")
    assert p2012.change_pct == D("-6.88")
    assert p2012.change_lower == Bound(D("-4.5"), False)  # a fall of less than 4.5 points
    assert p2012.change_upper == Bound(D("-0.6"), True)  # and of at least 0.6
    assert p2012.change_pct_lower == Bound(D("-11.54"), False)
    assert p2012.change_pct_upper == Bound(D("-1.70"), True)
    assert p2012.explanation["method"] == "confirmed"
    assert p2012.explanation["previous_period"] == "2011"
    assert p2011.explanation["best_lower"] == {"value": "35.1", "inclusive": True}
    assert p2011.explanation["hedge_band_pct"] == "10"


def test_about_39_to_34_5_has_wider_change_bounds_than_39_to_34_5() -> None:
    def change_bounds(qualifier: str) -> tuple[Bound | None, Bound | None]:
        _, p = ind.series(RATE, [fig("39", qualifier, y=2011), fig("34.5", y=2012)])
        assert p.change == D("-4.5")
        return p.change_lower, p.change_upper

    assert change_bounds("exact") == (Bound(D("-4.5"), True), Bound(D("-4.5"), True))
    assert change_bounds("approximately") == (Bound(D("-8.4"), True), Bound(D("-0.6"), True))


def test_the_hedge_band_is_set_per_indicator() -> None:
    narrow = dataclasses.replace(RATE, hedge_band_pct=D(5))

    point = only(ind.series(narrow, [fig("39", "nearly")]))

    assert (point.best, point.low, point.high) == (D("38.025"), D("37.05"), D(39))
    assert point.explanation["hedge_band_pct"] == "5"


@pytest.mark.parametrize(
    ("qualifier", "best", "low", "high"),
    [
        ("exact", "80", ("80", True), ("80", True)),
        ("approximately", "80", ("72", True), ("88", True)),
        ("nearly", "76", ("72", True), ("80", False)),
        ("at_least", "80", ("80", True), ("80", True)),
        ("more_than", "84", ("80", False), ("84", True)),
        ("up_to", "80", ("80", True), ("80", True)),
        ("at_most", "80", ("80", True), ("80", True)),
        ("less_than", "76", ("76", True), ("80", False)),
    ],
)
def test_a_single_figures_best_point_lies_in_its_interval(
    qualifier: str, best: str, low: tuple[str, bool], high: tuple[str, bool]
) -> None:
    point = only(ind.series(RATE, [fig("80", qualifier)]))

    assert point.best == D(best)
    assert (point.low, point.low_inclusive) == (D(low[0]), low[1])
    assert (point.high, point.high_inclusive) == (D(high[0]), high[1])
    assert not point.disputed


def test_correcting_2011_to_38_6_gives_a_fall_of_10_62_percent() -> None:
    corrected = fig("38.6", y=2011, claim_status="corrected")
    _, p2012 = ind.series(RATE, [corrected, fig("34.5", y=2012, status="confirmed")])
    assert p2012.change == D("-4.1")
    assert p2012.change_pct == D("-10.62")
    assert p2012.change_lower == p2012.change_upper == Bound(D("-4.1"), True)
    # Rounded outwards, so the true −10.6217… % stays inside.
    assert p2012.change_pct_lower == Bound(D("-10.63"), True)
    assert p2012.change_pct_upper == Bound(D("-10.62"), True)


# --- best ----------------------------------------------------------------------------------------


def test_best_is_the_median_and_an_even_count_takes_the_exact_mean_of_the_middle_two() -> None:
    odd = only(
        ind.series(RATE, [fig("30", source="a"), fig("35", source="b"), fig("31", source="c")])
    )
    assert (odd.best, odd.explanation["method"], odd.n_sources) == (D(31), "median", 3)
    even = only(ind.series(RATE, [fig("30", source="a"), fig("35.1", source="b")]))
    assert even.best == D("32.55")
    assert even.explanation["figures"] == ["a-2012-30-exact/primary", "b-2012-35.1-exact/primary"]


def test_a_single_source_is_method_single() -> None:
    assert only(ind.series(RATE, [fig("30")])).explanation["method"] == "single"


def test_a_confirmed_figure_beats_the_median() -> None:
    figures = [
        fig("30", source="a"),
        fig("31", source="b"),
        fig("40", source="c", status="confirmed"),
    ]
    point = only(ind.series(RATE, figures))
    assert (point.best, point.explanation["method"]) == (D(40), "confirmed")
    assert point.explanation["figures"] == ["c-2012-40-exact/primary"]


def test_several_confirmed_figures_give_their_median() -> None:
    figures = [
        fig("30", source="a", status="confirmed"),
        fig("31", source="b", status="confirmed"),
        fig("99", source="c"),
    ]
    assert only(ind.series(RATE, figures)).best == D("30.5")


def test_one_figure_per_source_the_latest_unless_an_earlier_one_was_confirmed() -> None:
    older, newer = fig("30", minutes=0, claim="c1"), fig("32", minutes=5, claim="c2")
    point = only(ind.series(RATE, [newer, older]))
    assert (point.best, point.n_sources, point.explanation["superseded"]) == (D(32), 1, 1)
    confirmed_older = dataclasses.replace(older, status="confirmed")
    assert only(ind.series(RATE, [newer, confirmed_older])).best == D(30)


def test_refuted_and_retracted_claims_and_rejected_or_withdrawn_figures_do_not_count() -> None:
    figures = [
        fig("10", source="a", claim_status="refuted"),
        fig("20", source="b", claim_status="retracted"),
        fig("30", source="c", status="rejected"),
        fig("35", source="e", status="withdrawn"),
        fig("40", source="d"),
    ]
    point = only(ind.series(RATE, figures))
    assert (point.best, point.n_sources, point.low, point.high) == (D(40), 1, D(40), D(40))
    assert ind.series(RATE, figures[:4]) == []
    assert [(x.ref, x.reason) for x in ind.left_out(RATE, figures)] == [
        ("a-2012-10-exact/primary", "claim_refuted"),
        ("b-2012-20-exact/primary", "claim_retracted"),
        ("c-2012-30-exact/primary", "figure_rejected"),
        ("e-2012-35-exact/primary", "figure_withdrawn"),
    ]


def test_a_superseded_figure_still_counts_unconfirmed() -> None:
    figures = [fig("30", source="a", status="superseded"), fig("40", source="b")]

    point = only(ind.series(RATE, figures))

    assert (point.best, point.n_sources, point.explanation["method"]) == (D(35), 2, "median")


def test_figures_in_another_unit_are_left_out_and_counted() -> None:
    figures = [
        fig("30"),
        fig("9000", source="b", unit="people"),
        fig("31", source="c", unit=" Per  100,000 PEOPLE"),
    ]
    point = only(ind.series(RATE, figures))
    assert (point.best, point.n_sources, point.explanation["unit_mismatch"]) == (D("30.5"), 2, 1)
    assert point.explanation["unit_mismatch_figures"] == ["b-2012-9000-exact/primary"]
    assert "unit_mismatch" not in only(ind.series(RATE, figures[:1])).explanation


def test_a_claim_corrected_into_another_unit_shows_why_its_period_is_gone() -> None:
    corrected = fig("1200", y=2011, unit="people", claim_status="corrected")

    assert [p.period_key for p in ind.series(RATE, [corrected, fig("34.5")])] == ["2012"]
    assert ind.left_out(RATE, [corrected, fig("34.5")]) == [
        ind.LeftOut("un-2011-1200-exact/primary", "unit", "2011", "people")
    ]


def test_figures_without_a_period_are_skipped() -> None:
    undated = dataclasses.replace(fig("30"), period_start=None, period_end=None)
    assert ind.series(RATE, [undated]) == []
    assert ind.left_out(RATE, [undated]) == [ind.LeftOut("un-2012-30-exact/primary", "no_period")]
    half = dataclasses.replace(fig("30"), period_end=None)
    assert ind.series(RATE, [half]) == []
    assert ind.left_out(RATE, [half])[0].reason == "no_period"


# --- low / high ----------------------------------------------------------------------------------


def test_low_and_high_honour_qualifier_bounds() -> None:
    figures = [fig("30", "at_least", source="a"), fig("40", "less_than", source="b")]
    point = only(ind.series(RATE, figures))
    assert (point.low, point.low_inclusive) == (D(30), True)
    assert (point.high, point.high_inclusive) == (D(40), False)
    more = only(ind.series(RATE, [fig("30", "more_than", source="a"), fig("35", source="b")]))
    assert (more.low, more.low_inclusive, more.high, more.high_inclusive) == (
        D(30),
        False,
        D(35),
        True,
    )
    about = only(ind.series(RATE, [fig("30", "approximately", source="a"), fig("31", source="b")]))
    assert (about.low, about.high, about.best) == (D(27), D(33), D("30.5"))


def test_an_extreme_reached_inclusively_by_any_figure_is_inclusive() -> None:
    figures = [fig("40", "less_than", source="a"), fig("40", source="b")]
    point = only(ind.series(RATE, figures))
    assert (point.high, point.high_inclusive) == (D(40), True)


# --- disputed ------------------------------------------------------------------------------------


def test_an_open_dispute_on_a_contributing_claim_marks_the_point_disputed() -> None:
    point = only(ind.series(RATE, [fig("30", open_dispute=True)]))
    assert point.disputed
    assert point.explanation["disputed_because"] == ["open_dispute"]


def test_the_spread_is_between_the_sources_best_points_not_their_hedges() -> None:
    figures = [fig("100", "approximately", source="a"), fig("100", "nearly", source="b")]
    point = only(ind.series(RATE, figures))  # best points 100 and 95: 5 % apart
    assert (point.best, point.spread_pct, point.disputed) == (D("97.5"), D("5.13"), True)
    assert (point.low, point.high) == (D(90), D(110))


def test_a_spread_above_tolerance_marks_the_point_disputed_and_at_tolerance_does_not() -> None:
    at_tolerance = [fig("95", source="a"), fig("100", source="b"), fig("100", source="c")]
    point = only(ind.series(RATE, at_tolerance))  # (100 − 95) / 100 = 5 % = tolerance
    assert (point.spread_pct, point.disputed) == (D("5.00"), False)
    above = [fig("94.9", source="a"), fig("100", source="b"), fig("100", source="c")]
    point = only(ind.series(RATE, above))
    assert point.disputed
    assert point.explanation["disputed_because"] == ["spread"]


def test_a_zero_best_with_any_spread_is_disputed() -> None:
    point = only(
        ind.series(RATE, [fig("0", source="a"), fig("0", source="b"), fig("1", source="c")])
    )
    assert (point.best, point.spread_pct, point.disputed) == (D(0), None, True)


# --- change --------------------------------------------------------------------------------------


def test_change_is_from_the_latest_earlier_non_overlapping_period() -> None:
    quarter = dataclasses.replace(
        fig("8", source="q"), period_start=dt.date(2012, 1, 1), period_end=dt.date(2012, 3, 31)
    )
    points = ind.series(RATE, [fig("30", y=2010), fig("40", y=2011), fig("35", y=2012), quarter])
    by_key = {p.period_key: p for p in points}
    assert [p.period_key for p in points] == ["2010", "2011", "2012-01-01/2012-03-31", "2012"]
    assert by_key["2010"].change is None
    assert by_key["2011"].change == D(10)
    assert by_key["2012"].change == D(-5)  # 2011, not the overlapping first quarter of 2012
    assert by_key["2012"].change_pct == D("-12.50")


def test_no_change_pct_from_a_zero_and_no_percent_bounds_for_negative_measures() -> None:
    _, after_zero = ind.series(RATE, [fig("0", y=2011), fig("5", y=2012)])
    assert (after_zero.change, after_zero.change_pct, after_zero.change_pct_lower) == (
        D(5),
        None,
        None,
    )
    _, negative = ind.series(RATE, [fig("-4", y=2011), fig("2", "nearly", y=2012)])
    assert negative.change == D("5.9")  # from −4 to 1.9, the best point of "nearly 2"
    assert negative.change_pct == D("147.50")  # relative to |−4|
    assert (negative.change_pct_lower, negative.change_pct_upper) == (None, None)


# --- sources -------------------------------------------------------------------------------------


def test_a_new_source_sits_at_the_prior_mean() -> None:
    assert ind.reliability(ind.SourceCounts()) == D("0.5")
    assert ind.reliability(ind.SourceCounts(reported=7, disputed=3)) == D("0.5")


def test_reliability_formula() -> None:
    # (3 + 2) / (3 + 1 + 0 + 0.5·2 + 2 + 2) = 5 / 9
    counts = ind.SourceCounts(reported=8, confirmed=3, refuted=1, corrected=2, disputed=2)
    assert ind.reliability(counts) == D("0.5556")
    assert ind.reliability(ind.SourceCounts(reported=1, refuted=1)) == D("0.4")


def test_counts_from_statuses() -> None:
    counts = ind.counts_from_statuses({"confirmed": 2, "refuted": 1, "reported": 4, "disputed": 1})
    assert counts == ind.SourceCounts(reported=8, confirmed=2, refuted=1, disputed=1)


# --- Properties ----------------------------------------------------------------------------------

QUALIFIERS = [
    "exact",
    "approximately",
    "nearly",
    "at_least",
    "more_than",
    "up_to",
    "at_most",
    "less_than",
]
amounts = st.decimals(min_value=D("-1000"), max_value=D("100000"), places=3, allow_nan=False)
positive = st.decimals(min_value=D("0.001"), max_value=D("100000"), places=3, allow_nan=False)


@st.composite
def figures(
    draw: Any, amount: Any = amounts, years: tuple[int, ...] = (2011, 2012)
) -> ind.FigureIn:
    return fig(
        str(draw(amount)),
        draw(st.sampled_from(QUALIFIERS)),
        y=draw(st.sampled_from(years)),
        source=draw(st.sampled_from(["a", "b", "c", "d", "e"])),
        claim=f"c{draw(st.integers(0, 10**6))}",
        figure=draw(st.sampled_from(["primary", "f2"])),
        status=draw(st.sampled_from(["reported", "reported", "confirmed", "rejected"])),
        claim_status=draw(st.sampled_from(["reported", "disputed", "confirmed", "refuted"])),
        minutes=draw(st.integers(0, 100)),
        open_dispute=draw(st.booleans()),
    )


def _unique(fs: list[ind.FigureIn]) -> list[ind.FigureIn]:
    return list({f.ref: f for f in fs}.values())


def _walk(value: Any) -> list[Any]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [x for f in dataclasses.fields(value) for x in _walk(getattr(value, f.name))]
    if isinstance(value, dict):
        return [x for k, v in value.items() for x in (*_walk(k), *_walk(v))]
    if isinstance(value, list | tuple):
        return [x for v in value for x in _walk(v)]
    return [value]


@settings(deadline=None)
@given(st.lists(amounts, min_size=1, max_size=9))
def test_the_median_lies_within_min_and_max(values: list[D]) -> None:
    m = ind.median(values)
    assert isinstance(m, D)
    assert min(values) <= m <= max(values)


@settings(max_examples=200, deadline=None)
@given(st.lists(figures(), min_size=1, max_size=12), st.randoms(use_true_random=False))
def test_points_do_not_depend_on_the_order_of_figures(fs: list[ind.FigureIn], rnd: Any) -> None:
    fs = _unique(fs)
    shuffled = list(fs)
    rnd.shuffle(shuffled)
    assert ind.series(RATE, fs) == ind.series(RATE, shuffled)


@settings(max_examples=200, deadline=None)
@given(st.lists(figures(), min_size=1, max_size=12))
def test_best_lies_within_low_and_high_and_nothing_is_a_float(fs: list[ind.FigureIn]) -> None:
    for point in ind.series(RATE, _unique(fs)):
        assert point.low <= point.best <= point.high
        assert 1 <= point.n_sources <= 5
        assert not any(isinstance(x, float) for x in _walk(point))
        numbers = [x for x in _walk(point) if isinstance(x, D)]
        assert numbers
        assert all(x.is_finite() for x in numbers)


def _within(x: D, lower: Bound | None, upper: Bound | None) -> bool:
    if lower is not None and (x < lower.value or (x == lower.value and not lower.inclusive)):
        return False
    return not (
        upper is not None and (x > upper.value or (x == upper.value and not upper.inclusive))
    )


@st.composite
def allowed_value(draw: Any, q: Quantity, band_pct: D = D(10)) -> D:
    """A value the qualified figure allows: an end, its best point, or anywhere between (far out
    where a side is open)."""
    interval = q.interval(band_pct)
    lo = interval.lower.value if interval.lower else q.amount - 50
    hi = interval.upper.value if interval.upper else q.amount + 50
    x = draw(
        st.sampled_from([lo, hi, interval.best])
        | st.decimals(min_value=lo, max_value=hi, places=3, allow_nan=False)
    )
    assume(interval.contains(x))
    return D(x)


band_pcts = st.sampled_from([D(10), D(0), D(5), D("33.3"), D(100)])


@settings(max_examples=400, deadline=None)
@given(st.data(), figures(positive, (2011,)), figures(positive, (2012,)), band_pcts)
def test_every_change_the_qualifiers_allow_lies_within_the_change_bounds(
    data: Any, before: ind.FigureIn, after: ind.FigureIn, band_pct: D
) -> None:
    before = dataclasses.replace(before, status="reported", claim_status="reported")
    after = dataclasses.replace(after, status="reported", claim_status="reported")
    definition = dataclasses.replace(RATE, hedge_band_pct=band_pct)
    _, point = ind.series(definition, [before, after])
    x = data.draw(allowed_value(before.value, band_pct))
    y = data.draw(allowed_value(after.value, band_pct))
    assert _within(y - x, point.change_lower, point.change_upper)
    assert _within(point.change, point.change_lower, point.change_upper)  # type: ignore[arg-type]
    if x > 0 and y >= 0:
        pct = (y - x) / x * 100
        assert _within(pct, point.change_pct_lower, point.change_pct_upper)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(QUALIFIERS), positive, positive)
def test_a_hedge_never_narrows_the_change_bounds(qualifier: str, a: D, b: D) -> None:
    def width(q: str) -> tuple[D | None, D | None]:
        _, p = ind.series(RATE, [fig(str(a), q, y=2011), fig(str(b), y=2012)])
        return (
            p.change_lower.value if p.change_lower else None,
            p.change_upper.value if p.change_upper else None,
        )

    exact_lo, exact_hi = width("exact")
    lo, hi = width(qualifier)
    assert lo is None or lo <= exact_lo  # type: ignore[operator]
    assert hi is None or hi >= exact_hi  # type: ignore[operator]
    if qualifier == "approximately":
        assert lo is not None
        assert hi is not None
        assert lo < exact_lo  # type: ignore[operator]
        assert hi > exact_hi  # type: ignore[operator]


@settings(max_examples=100, deadline=None)
@given(st.lists(figures(), min_size=1, max_size=12), st.integers(0, 100))
def test_the_series_shown_at_a_moment_is_reproduced_from_the_figures_known_then(
    fs: list[ind.FigureIn], minutes: int
) -> None:
    fs = _unique(fs)
    moment = T0 + dt.timedelta(minutes=minutes)
    known_then = [f for f in fs if f.added_at <= moment]
    shown_then = ind.series(RATE, known_then)
    later = [
        *fs,
        *(
            dataclasses.replace(
                f, claim_id=f"later-{f.claim_id}", added_at=moment + dt.timedelta(days=1)
            )
            for f in fs
        ),
    ]

    assert ind.series(RATE, [f for f in later if f.added_at <= moment]) == shown_then


@settings(deadline=None)
@given(
    st.builds(
        ind.SourceCounts,
        reported=st.integers(0, 10**6),
        confirmed=st.integers(0, 10**6),
        corrected=st.integers(0, 10**6),
        refuted=st.integers(0, 10**6),
        retracted=st.integers(0, 10**6),
        disputed=st.integers(0, 10**6),
    )
)
def test_reliability_is_a_decimal_between_0_and_1_and_moves_the_right_way(
    counts: ind.SourceCounts,
) -> None:
    score = ind.reliability(counts)
    assert isinstance(score, D)
    assert D(0) <= score <= D(1)  # strictly inside before rounding to four decimals
    better = dataclasses.replace(counts, confirmed=counts.confirmed + 1)
    worse = dataclasses.replace(counts, refuted=counts.refuted + 1)
    assert ind.reliability(worse) <= score <= ind.reliability(better)


@pytest.mark.parametrize(
    ("raw", "text"), [(D("34.50"), "34.5"), (D("1E+1"), "10"), (D("-0.000"), "0"), (D("7"), "7")]
)
def test_decimal_str_is_canonical_and_never_exponential(raw: D, text: str) -> None:
    assert ind.decimal_str(raw) == text
