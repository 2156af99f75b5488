"""Derived indicators as pure functions: figures in, indicator points and source scores out.

No Django, no database, no clock, no floats: every number is a `Decimal`, computed in a local
context wide enough that sums of two 28-digit amounts never round, and a series is a function of
its figures alone (not of their order, nor of when it is computed), so a series shown at some
moment is reproduced exactly from the figures known then.

How a point is formed (one per indicator and period, from the claims carrying the indicator):

1. **Live figures.** A figure counts when its claim is not refuted or retracted, the figure is
   neither rejected nor withdrawn, it has a period (its own, else its claim's), and its unit is
   the indicator's unit (compared case-insensitively, whitespace collapsed). A superseded figure
   still counts, unconfirmed: its source did say it. Every figure left out is listed, with its
   reason, by `left_out`; a point counts those of its period left out for their unit in its
   explanation (`unit_mismatch`, `unit_mismatch_figures`), so a correction that changed a
   claim's unit shows where its figure went.
2. **One figure per source.** Per source the latest figure wins, except that an editor-confirmed
   figure outranks the same source's unconfirmed ones (a confirmation is a decision; a later
   unverified repeat should not silently undo it). "Latest" is the order the tracker learned
   them (`added_at`), ties broken by claim id and figure id so the result never depends on the
   order figures arrive in.
3. **Each figure's interval and best point** come from its qualifier with the indicator's hedge
   band (`IndicatorDef.hedge_band_pct`; the table is in `claims.core.domain.values`): "about 39"
   is [35.1, 42.9] with best 39, "nearly 39" is [35.1, 39) with best 37.05, "more than 80" is
   (80, ∞) with best 84, each with the default 10 % band.
4. **best.** The median of the confirmed figures' best points if any figure is confirmed
   (method `confirmed`), else the median of all (method `median`; `single` when only one source
   remains). The median of an even count is the mean of the two middle points, exact in
   Decimal.
5. **low / high.** The hull of the figures' intervals; a side an interval leaves open (a limiter
   such as "up to") is closed at that figure's best point. `low_inclusive` / `high_inclusive`
   tell whether the extreme itself is allowed (inclusive if any figure reaching it includes
   it). low ≤ every best point ≤ high, so best lies within [low, high].
6. **disputed.** Any contributing claim has an open dispute, or the sources disagree: the spread
   of their best points, (max − min) / |best| × 100, exceeds the indicator's tolerance_pct.
   A hedge is not a disagreement, so a single hedged figure never makes a point disputed by
   itself. With best = 0 a non-zero spread counts as above tolerance.
7. **change / change_pct.** From the previous point: the latest earlier point whose period ends
   before this one starts. change = best − previous best (exact); change_pct =
   change / |previous best| × 100, rounded half-even to 0.01 (none when the previous best is 0).
8. **Change bounds.** The two bests' intervals carried through interval arithmetic. The best's
   interval is that of the figure it came from (for a mean of two figures, the mean of their
   bounds, inclusive only if both are). change_lower = best_lower − prev_upper, change_upper =
   best_upper − prev_lower (a side is absent, i.e. unbounded, when a bound it needs is absent;
   inclusive only if both bounds are). Percent bounds assume a measure that is never negative
   (applied only when every amount and bound involved is ≥ 0 and the previous best > 0):
   change_pct_lower = (best_lower / prev_upper − 1) × 100, change_pct_upper =
   (best_upper / prev_lower − 1) × 100 (absent when prev_lower is absent or 0), rounded
   outwards to 0.01 so the bound stays true. Example: "nearly 39" → 34.5 gives change −2.55
   (from the best point 37.05) within (−4.5, −0.6]: a fall of at least 0.6 and less than 4.5
   points, between 1.70 % and 11.54 %; "about 39" → 34.5 gives −4.5 within [−8.4, −0.6]; an
   exact 39 → 34.5 gives exactly −4.5.

Source reliability (see `reliability`): a Beta–Binomial posterior mean over the source's whole
record: the claims attributed to it, the figures it gave in other claims, and the disputes it
raised,

    held   = confirmed + figures_accepted + disputes_upheld
    failed = refuted + retracted + disputes_rejected + w·(corrected + figures_superseded)
    reliability = (held + α) / (held + failed + α + β)

with α = β = 2 and w = 1/2:

- claims attributed to the source, by what they count as on its record
  (`ClaimState.record_status`): `confirmed` held; `refuted` and `retracted` failed; `corrected`
  half failed (the claim stood once its figure was fixed, or an upheld dispute replaced its
  figure; it stays corrected when the corrected claim is later confirmed or disputed, since the
  figure confirmed is not the one the source gave);
- figures it gave in claims (competing figures and the counter figures of its disputes; its
  own claims' figures are the claims above): `figures_accepted` (confirmed: an editor or a
  resolved dispute accepted it) held; `figures_superseded` (it had been accepted, and a
  correction or another accepted figure replaced it) half failed, like a corrected claim;
- disputes it raised: `disputes_upheld` held (its challenge stood); `disputes_rejected` failed
  (the claim it challenged stood). Disputes still open, or closed by a verdict without a
  decision on them (superseded), carry no verdict on the challenger.

A dispute and the figure it brought are judged apart: a dispute may be upheld while another
source's figure, or none, is accepted. A source with no decided item sits at the prior mean 0.5;
every decision moves it, and a few early ones cannot pin it to 0 or 1. Reported-only, disputed
and open items count nothing until decided. Counts are of each item's current status, so a
later decision replaces an earlier one (a reopened, then upheld claim is no longer confirmed),
except that a confirmation does not undo a correction of the claim's report.
Rounded half-even to four decimals. `explain` spells out the terms.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from typing import Any

from claims.core.domain.claim import ClaimStatus, FigureStatus
from claims.core.domain.values import (
    DEFAULT_HEDGE_BAND_PCT,
    Bound,
    Interval,
    Quantity,
    units_match,
)

# Wide enough for any sum, mean or ratio of amounts the claims domain allows (28 digits).
_CONTEXT = decimal.Context(prec=80, rounding=ROUND_HALF_EVEN, traps=[decimal.InvalidOperation])
PCT_STEP = Decimal("0.01")
RELIABILITY_STEP = Decimal("0.0001")
HUNDRED = Decimal(100)
ZERO = Decimal(0)

DEAD_CLAIM_STATUSES = frozenset({ClaimStatus.REFUTED.value, ClaimStatus.RETRACTED.value})
DEAD_FIGURE_STATUSES = frozenset({FigureStatus.REJECTED.value, FigureStatus.WITHDRAWN.value})

# Reliability prior and the weight of a correction (see the module docstring).
PRIOR_ALPHA = Decimal(2)
PRIOR_BETA = Decimal(2)
CORRECTED_WEIGHT = Decimal("0.5")


# --- Inputs --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IndicatorDef:
    key: str
    unit: str
    tolerance_pct: Decimal
    hedge_band_pct: Decimal = DEFAULT_HEDGE_BAND_PCT


@dataclass(frozen=True, slots=True)
class FigureIn:
    """One figure of one claim, with what the computation needs to know about its claim."""

    claim_id: str
    figure_id: str
    source_id: str
    value: Quantity
    status: str  # FigureStatus value
    claim_status: str  # ClaimStatus value
    period_start: dt.date | None
    period_end: dt.date | None
    added_at: dt.datetime
    open_dispute: bool = False

    @property
    def ref(self) -> str:
        """A stable id for the figure across claims: `<claim id>/<figure id>`."""
        return f"{self.claim_id}/{self.figure_id}"

    @property
    def confirmed(self) -> bool:
        return self.status == FigureStatus.CONFIRMED.value


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A figure that does not count towards the indicator, and why (`reason`)."""

    ref: str
    reason: (
        str  # claim_refuted, claim_retracted, figure_rejected, figure_withdrawn, no_period, unit
    )
    period_key: str | None = None
    unit: str | None = None  # for reason "unit": the figure's unit


@dataclass(frozen=True, slots=True)
class SourceCounts:
    """One source's record: the claims attributed to it by current status (`reported` = all
    of them), its figures in claims by outcome, its disputes by resolution."""

    reported: int = 0
    confirmed: int = 0
    corrected: int = 0
    refuted: int = 0
    retracted: int = 0
    disputed: int = 0
    figures_accepted: int = 0
    figures_superseded: int = 0
    disputes_upheld: int = 0
    disputes_rejected: int = 0


# --- Outputs -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Point:
    period_key: str
    period_start: dt.date
    period_end: dt.date
    best: Decimal
    low: Decimal
    low_inclusive: bool
    high: Decimal
    high_inclusive: bool
    n_sources: int
    disputed: bool
    spread_pct: Decimal | None
    change: Decimal | None = None
    change_pct: Decimal | None = None
    change_lower: Bound | None = None
    change_upper: Bound | None = None
    change_pct_lower: Bound | None = None
    change_pct_upper: Bound | None = None
    explanation: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SourceScore:
    counts: SourceCounts
    reliability: Decimal


# --- Small Decimal helpers -----------------------------------------------------------------------


def _quantize(value: Decimal, step: Decimal, rounding: str = ROUND_HALF_EVEN) -> Decimal:
    return value.quantize(step, rounding=rounding, context=_CONTEXT)


def canonical(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent notation ('34.50' -> '34.5')."""
    normal = value.normalize(_CONTEXT)
    if normal.is_zero():
        return Decimal(0)
    exponent = normal.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0:
        return normal.quantize(Decimal(1), context=_CONTEXT)
    return normal


def decimal_str(value: Decimal | None) -> str | None:
    """Write a decimal in plain positional notation ("0.00000001", never "1E-8")."""
    return None if value is None else format(canonical(value), "f")


def median(values: Sequence[Decimal]) -> Decimal:
    """The median; for an even count the mean of the two middle values (exact)."""
    if not values:
        raise ValueError("median of nothing")
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return canonical(_CONTEXT.divide(_CONTEXT.add(ordered[mid - 1], ordered[mid]), Decimal(2)))


# --- Bounds --------------------------------------------------------------------------------------


def _mean_bound(a: Bound | None, b: Bound | None) -> Bound | None:
    if a is None or b is None:
        return None
    mean = _CONTEXT.divide(_CONTEXT.add(a.value, b.value), Decimal(2))
    return Bound(canonical(mean), a.inclusive and b.inclusive)


def _sub(a: Bound | None, b: Bound | None) -> Bound | None:
    """a − b for an interval's ends: absent when either side is unbounded."""
    if a is None or b is None:
        return None
    return Bound(canonical(_CONTEXT.subtract(a.value, b.value)), a.inclusive and b.inclusive)


def _pct_of(num: Bound | None, den: Bound | None, rounding: str) -> Bound | None:
    """(num / den − 1) × 100, rounded outwards; absent when a side is unbounded or den ≤ 0."""
    if num is None or den is None or den.value <= 0:
        return None
    ratio = _CONTEXT.subtract(_CONTEXT.divide(num.value, den.value), Decimal(1))
    pct = _quantize(_CONTEXT.multiply(ratio, HUNDRED), PCT_STEP, rounding)
    # A numerator of 0 gives −100 % whatever the denominator, so only its own end matters.
    return Bound(pct, num.inclusive and (den.inclusive or num.value == 0))


def _hull(intervals: Sequence[Interval], low: bool) -> Bound:
    # An open side is closed at the figure's best point: the hull shows what the figures span.
    sides = [(i.lower if low else i.upper) or Bound(i.best, True) for i in intervals]
    extreme = min(s.value for s in sides) if low else max(s.value for s in sides)
    inclusive = any(s.inclusive for s in sides if s.value == extreme)
    return Bound(canonical(extreme), inclusive)


# --- Points --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Best:
    value: Decimal
    lower: Bound | None
    upper: Bound | None
    method: str
    figures: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Hedged:
    """A figure with its interval under the indicator's hedge band."""

    figure: FigureIn
    interval: Interval


def _order_key(h: _Hedged) -> tuple[Decimal, str]:
    return (h.interval.best, h.figure.ref)


def choose_best(figures: Sequence[_Hedged]) -> _Best:
    """best, its interval and how it was chosen, from one figure per source."""
    confirmed = [h for h in figures if h.figure.confirmed]
    pool = sorted(confirmed or figures, key=_order_key)
    method = "confirmed" if confirmed else ("single" if len(pool) == 1 else "median")
    mid = len(pool) // 2
    if len(pool) % 2:
        chosen = pool[mid].interval
        return _Best(
            canonical(chosen.best), chosen.lower, chosen.upper, method, (pool[mid].figure.ref,)
        )
    a, b = pool[mid - 1], pool[mid]
    return _Best(
        median([a.interval.best, b.interval.best]),
        _mean_bound(a.interval.lower, b.interval.lower),
        _mean_bound(a.interval.upper, b.interval.upper),
        method,
        (a.figure.ref, b.figure.ref),
    )


def _recency(f: FigureIn) -> tuple[bool, dt.datetime, str, str]:
    return (f.confirmed, f.added_at, f.claim_id, f.figure_id)


def one_per_source(figures: Iterable[FigureIn]) -> list[FigureIn]:
    """Per source: its confirmed figure if it has one, else its latest (deterministic ties)."""
    chosen: dict[str, FigureIn] = {}
    for f in figures:
        held = chosen.get(f.source_id)
        if held is None or _recency(f) > _recency(held):
            chosen[f.source_id] = f
    return sorted(chosen.values(), key=lambda f: f.source_id)


def _span(f: FigureIn) -> tuple[dt.date, dt.date] | None:
    if f.period_start is None or f.period_end is None:
        return None
    return (f.period_start, f.period_end)


def _dead_reason(f: FigureIn) -> str | None:
    """Why the figure cannot count whatever its unit, or None."""
    if f.claim_status in DEAD_CLAIM_STATUSES:
        return f"claim_{f.claim_status}"
    if f.status in DEAD_FIGURE_STATUSES:
        return f"figure_{f.status}"
    if _span(f) is None:
        return "no_period"
    return None


def is_live(f: FigureIn) -> bool:
    return _dead_reason(f) is None


def _spread_pct(points: Sequence[Decimal], best: Decimal) -> Decimal | None:
    if best == 0:
        return None
    spread = _CONTEXT.subtract(max(points), min(points))
    return _quantize(_CONTEXT.multiply(_CONTEXT.divide(spread, abs(best)), HUNDRED), PCT_STEP)


def compute_point(
    definition: IndicatorDef,
    period: tuple[str, dt.date, dt.date],
    figures: Sequence[FigureIn],
    unit_mismatch: Sequence[str] = (),
) -> tuple[Point, _Best]:
    """One point from the live, same-unit figures of one period (at least one); `unit_mismatch`
    names the period's figures left out for their unit."""
    key, start, end = period
    contributing = [
        _Hedged(f, f.value.interval(definition.hedge_band_pct)) for f in one_per_source(figures)
    ]
    best = choose_best(contributing)
    intervals = [h.interval for h in contributing]
    low, high = _hull(intervals, low=True), _hull(intervals, low=False)
    points = [i.best for i in intervals]
    spread_pct = _spread_pct(points, best.value)
    open_dispute = any(h.figure.open_dispute for h in contributing)
    too_wide = (
        (min(points) != max(points))
        if best.value == 0
        else spread_pct is not None and (spread_pct > definition.tolerance_pct)
    )
    reasons = [name for name, on in (("open_dispute", open_dispute), ("spread", too_wide)) if on]
    explanation: dict[str, Any] = {
        "method": best.method,
        "figures": list(best.figures),
        "sources": len(contributing),
        "contributing": sorted(h.figure.ref for h in contributing),
        "superseded": len(figures) - len(contributing),
        "best_lower": _bound_data(best.lower),
        "best_upper": _bound_data(best.upper),
        "hedge_band_pct": decimal_str(definition.hedge_band_pct),
        "disputed_because": reasons,
    }
    if unit_mismatch:
        explanation["unit_mismatch"] = len(unit_mismatch)
        explanation["unit_mismatch_figures"] = sorted(unit_mismatch)
    point = Point(
        period_key=key,
        period_start=start,
        period_end=end,
        best=best.value,
        low=low.value,
        low_inclusive=low.inclusive,
        high=high.value,
        high_inclusive=high.inclusive,
        n_sources=len(contributing),
        disputed=bool(reasons),
        spread_pct=spread_pct,
        explanation=explanation,
    )
    return point, best


def _bound_data(bound: Bound | None) -> dict[str, Any] | None:
    if bound is None:
        return None
    return {"value": decimal_str(bound.value), "inclusive": bound.inclusive}


def _non_negative(*bounds: Bound | None) -> bool:
    return all(b is None or b.value >= 0 for b in bounds)


def with_change(point: Point, best: _Best, prev: Point, prev_best: _Best) -> Point:
    """The point with its change from `prev`, and the change's bounds."""
    change = canonical(_CONTEXT.subtract(point.best, prev.best))
    change_pct = None
    if prev.best != 0:
        ratio = _CONTEXT.divide(change, abs(prev.best))
        change_pct = _quantize(_CONTEXT.multiply(ratio, HUNDRED), PCT_STEP)
    pct_lower = pct_upper = None
    if prev.best > 0 and _non_negative(best.lower, best.upper, prev_best.lower, prev_best.upper):
        pct_lower = _pct_of(best.lower, prev_best.upper, ROUND_FLOOR)
        pct_upper = _pct_of(best.upper, prev_best.lower, ROUND_CEILING)
    explanation = {**point.explanation, "previous_period": prev.period_key}
    return dataclasses.replace(
        point,
        change=change,
        change_pct=change_pct,
        change_lower=_sub(best.lower, prev_best.upper),
        change_upper=_sub(best.upper, prev_best.lower),
        change_pct_lower=pct_lower,
        change_pct_upper=pct_upper,
        explanation=explanation,
    )


def period_key(start: dt.date, end: dt.date) -> str:
    """'2012' for a calendar year, else 'start/end' (as `claims.core.domain.values.Period.key`)."""
    if start.month == 1 and start.day == 1 and end == dt.date(start.year, 12, 31):
        return str(start.year)
    return f"{start.isoformat()}/{end.isoformat()}"


def left_out(definition: IndicatorDef, figures: Iterable[FigureIn]) -> list[LeftOut]:
    """Every figure that does not count towards the indicator, with its reason (sorted)."""
    out = []
    for f in figures:
        reason, span = _dead_reason(f), _span(f)
        if reason is not None:
            out.append(LeftOut(f.ref, reason))
        elif span is not None and not units_match(f.value.unit, definition.unit):
            out.append(LeftOut(f.ref, "unit", period_key(*span), f.value.unit))
    return sorted(out, key=lambda x: x.ref)


def series(definition: IndicatorDef, figures: Iterable[FigureIn]) -> list[Point]:
    """Every point of one indicator, in period order, from all its claims' figures."""
    groups: dict[tuple[dt.date, dt.date], list[FigureIn]] = {}
    mismatched: dict[tuple[dt.date, dt.date], list[str]] = {}
    for f in figures:
        span = _span(f)
        if span is None or not is_live(f):
            continue
        if not units_match(f.value.unit, definition.unit):
            mismatched.setdefault(span, []).append(f.ref)
            continue
        groups.setdefault(span, []).append(f)
    computed: list[tuple[Point, _Best]] = []
    for start, end in sorted(groups):
        computed.append(
            compute_point(
                definition,
                (period_key(start, end), start, end),
                groups[(start, end)],
                mismatched.get((start, end), ()),
            )
        )
    points: list[Point] = []
    for index, (point, best) in enumerate(computed):
        previous = _previous(computed[:index], point.period_start)
        if previous is not None:
            point = with_change(point, best, previous[0], previous[1])
        points.append(point)
    return points


def _previous(earlier: Sequence[tuple[Point, _Best]], start: dt.date) -> tuple[Point, _Best] | None:
    """The latest earlier point whose period ends before `start` (no overlapping periods)."""
    candidates = [pb for pb in earlier if pb[0].period_end < start]
    if not candidates:
        return None
    return max(candidates, key=lambda pb: (pb[0].period_end, pb[0].period_start))


# --- Sources -------------------------------------------------------------------------------------


# Each count of the record: which side it weighs on, and its weight (module docstring).
HELD, FAILED = "held", "failed"
TERMS: tuple[tuple[str, str, Decimal, str], ...] = (
    ("confirmed", HELD, Decimal(1), "claims attributed to it, confirmed"),
    ("figures_accepted", HELD, Decimal(1), "figures it gave that were accepted"),
    ("disputes_upheld", HELD, Decimal(1), "disputes it raised that were upheld"),
    ("refuted", FAILED, Decimal(1), "claims attributed to it, refuted"),
    ("retracted", FAILED, Decimal(1), "claims attributed to it, retracted"),
    ("disputes_rejected", FAILED, Decimal(1), "disputes it raised that were rejected"),
    ("corrected", FAILED, CORRECTED_WEIGHT, "claims attributed to it, corrected"),
    (
        "figures_superseded",
        FAILED,
        CORRECTED_WEIGHT,
        "figures it gave that were accepted, then replaced",
    ),
)


def weighed(counts: SourceCounts) -> tuple[Decimal, Decimal]:
    """(held, failed): the record's weighted decisions for and against the source."""
    c = _CONTEXT
    sides = {HELD: Decimal(0), FAILED: Decimal(0)}
    for name, side, weight, _ in TERMS:
        sides[side] = c.add(sides[side], c.multiply(weight, Decimal(getattr(counts, name))))
    return sides[HELD], sides[FAILED]


def reliability(counts: SourceCounts) -> Decimal:
    """Beta–Binomial posterior mean of "what this source says holds" (module docstring)."""
    c = _CONTEXT
    held, failed = weighed(counts)
    good = c.add(held, PRIOR_ALPHA)
    total = c.add(c.add(good, failed), PRIOR_BETA)
    return _quantize(c.divide(good, total), RELIABILITY_STEP)


def explain(counts: SourceCounts) -> dict[str, Any]:
    """How the reliability was reached: the formula, the prior, each term and the two sums."""
    held, failed = weighed(counts)
    return {
        "method": "beta_binomial",
        "formula": "(held + alpha) / (held + failed + alpha + beta)",
        "prior": {"alpha": decimal_str(PRIOR_ALPHA), "beta": decimal_str(PRIOR_BETA)},
        "held": decimal_str(held),
        "failed": decimal_str(failed),
        "terms": [
            {
                "count": name,
                "n": int(getattr(counts, name)),
                "side": side,
                "weight": decimal_str(weight),
                "what": what,
            }
            for name, side, weight, what in TERMS
        ],
        "reliability": str(reliability(counts)),  # as served beside it: four decimals
    }


def score_source(counts: SourceCounts) -> SourceScore:
    return SourceScore(counts=counts, reliability=reliability(counts))


def counts_from_statuses(
    statuses: Mapping[str, int], record: Mapping[str, int] | None = None
) -> SourceCounts:
    """Counts from {claim status: number of claims} for one source, and the rest of its record
    ({"figures_accepted": n, …}: figures and disputes by outcome)."""
    record = record or {}
    return SourceCounts(
        reported=sum(statuses.values()),
        confirmed=statuses.get(ClaimStatus.CONFIRMED.value, 0),
        corrected=statuses.get(ClaimStatus.CORRECTED.value, 0),
        refuted=statuses.get(ClaimStatus.REFUTED.value, 0),
        retracted=statuses.get(ClaimStatus.RETRACTED.value, 0),
        disputed=statuses.get(ClaimStatus.DISPUTED.value, 0),
        figures_accepted=record.get("figures_accepted", 0),
        figures_superseded=record.get("figures_superseded", 0),
        disputes_upheld=record.get("disputes_upheld", 0),
        disputes_rejected=record.get("disputes_rejected", 0),
    )
