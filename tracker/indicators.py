"""Derived indicators as pure functions: figures in, indicator points and source scores out.

No Django, no database, no floats: every number is a `Decimal`, computed in a local context wide
enough that sums of two 28-digit amounts never round.

How a point is formed (one per indicator and period, from the claims carrying the indicator):

1. **Live figures.** A figure counts when its claim is not refuted or retracted, the figure is
   not rejected, the claim has a period, and the figure's unit is the indicator's unit
   (compared case-insensitively, whitespace collapsed). Figures in another unit are left out and
   counted in the explanation (`unit_mismatch`).
2. **One figure per source.** Per source the latest figure wins, except that an editor-confirmed
   figure outranks the same source's unconfirmed ones (a confirmation is a decision; a later
   unverified repeat should not silently undo it). "Latest" is the order the tracker learned
   them (`added_at`), ties broken by claim id and figure id so the result never depends on the
   order figures arrive in.
3. **best.** The median of the confirmed figures if any figure is confirmed (method
   `confirmed`), else the median of all (method `median`; `single` when only one source
   remains). The median of an even count is the mean of the two middle amounts, exact in
   Decimal.
4. **low / high.** The hull of the figures' intervals. Each figure's interval is given by its
   qualifier's bounds (`Quantity.lower` / `.upper`); a side the qualifier leaves open is closed
   at the figure's own amount. So "nearly 39" alone gives low 39 and high 39 *exclusive*: the
   qualifier only says "below 39". `low_inclusive` / `high_inclusive` tell whether the extreme
   itself is allowed (inclusive if any figure reaching it includes it). Numerically
   low ≤ every amount ≤ high, so best always lies within [low, high].
5. **disputed.** Any contributing claim has an open dispute, or the spread
   (high − low) / |best| × 100 exceeds the indicator's tolerance_pct. With best = 0 a non-zero
   spread counts as above tolerance.
6. **change / change_pct.** From the previous point: the latest earlier point whose period ends
   before this one starts. change = best − previous best (exact); change_pct =
   change / |previous best| × 100, rounded half-even to 0.01 (none when the previous best is 0).
7. **Change bounds.** The qualifiers of the two bests carried through interval arithmetic.
   The best's own interval is that of the figure it came from (for a mean of two figures, the
   mean of their bounds, inclusive only if both are). change_lower = best_lower − prev_upper,
   change_upper = best_upper − prev_lower (a side is absent, i.e. unbounded, when a bound it
   needs is absent; inclusive only if both bounds are). Percent bounds assume a measure that is
   never negative (applied only when every amount and bound involved is ≥ 0 and the previous
   best > 0): change_pct_lower = (best_lower / prev_upper − 1) × 100, change_pct_upper =
   (best_upper / prev_lower − 1) × 100 (absent when prev_lower is absent or 0), rounded
   outwards to 0.01 so the bound stays true. Example: "nearly 39" → 34.5 gives change −4.5
   with change_lower −4.5 exclusive (a fall of less than 4.5) and change_pct_lower −11.54
   exclusive (a fall of under 11.54 %), no upper bounds.

Source reliability (see `reliability`): a Beta–Binomial posterior mean over the claims
attributed to the source,

    reliability = (confirmed + α) / (confirmed + refuted + retracted + w·corrected + α + β)

with α = β = 2 and w = 1/2. A source with no verdicts sits at the prior mean 0.5; every verdict
moves it, and a few early ones cannot pin it to 0 or 1. Reported-only and disputed claims carry
no verdict yet and do not count; a correction counts as half a failure. Rounded half-even to
four decimals.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from typing import Any

from claims.core.domain.claim import ClaimStatus, FigureStatus
from claims.core.domain.values import Bound, Quantity

# Wide enough for any sum, mean or ratio of amounts the claims domain allows (28 digits).
_CONTEXT = decimal.Context(prec=80, rounding=ROUND_HALF_EVEN, traps=[decimal.InvalidOperation])
PCT_STEP = Decimal("0.01")
RELIABILITY_STEP = Decimal("0.0001")
HUNDRED = Decimal(100)
ZERO = Decimal(0)

DEAD_CLAIM_STATUSES = frozenset({ClaimStatus.REFUTED.value, ClaimStatus.RETRACTED.value})

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
class SourceCounts:
    """Claims attributed to one source, by their current status (`reported` = all of them)."""

    reported: int = 0
    confirmed: int = 0
    corrected: int = 0
    refuted: int = 0
    retracted: int = 0
    disputed: int = 0


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


def _normal_unit(unit: str) -> str:
    return re.sub(r"\s+", " ", unit).strip().casefold()


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
    return Bound(pct, num.inclusive and den.inclusive)


def _side(f: FigureIn, low: bool) -> Bound:
    bound = f.value.lower if low else f.value.upper
    return bound if bound is not None else Bound(f.value.amount, True)


def _hull(figures: Sequence[FigureIn], low: bool) -> Bound:
    sides = [_side(f, low) for f in figures]
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


def _order_key(f: FigureIn) -> tuple[Decimal, str]:
    return (f.value.amount, f.ref)


def choose_best(figures: Sequence[FigureIn]) -> _Best:
    """best, its qualifier interval and how it was chosen, from one figure per source."""
    confirmed = [f for f in figures if f.confirmed]
    pool = sorted(confirmed or figures, key=_order_key)
    method = "confirmed" if confirmed else ("single" if len(pool) == 1 else "median")
    mid = len(pool) // 2
    if len(pool) % 2:
        chosen = pool[mid]
        value = canonical(chosen.value.amount)
        return _Best(value, chosen.value.lower, chosen.value.upper, method, (chosen.ref,))
    a, b = pool[mid - 1], pool[mid]
    value = median([a.value.amount, b.value.amount])
    return _Best(
        value,
        _mean_bound(a.value.lower, b.value.lower),
        _mean_bound(a.value.upper, b.value.upper),
        method,
        (a.ref, b.ref),
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


def is_live(f: FigureIn) -> bool:
    return (
        f.claim_status not in DEAD_CLAIM_STATUSES
        and f.status != FigureStatus.REJECTED.value
        and f.period_start is not None
        and f.period_end is not None
    )


def _spread_pct(low: Decimal, high: Decimal, best: Decimal) -> Decimal | None:
    if best == 0:
        return None
    spread = _CONTEXT.subtract(high, low)
    return _quantize(_CONTEXT.multiply(_CONTEXT.divide(spread, abs(best)), HUNDRED), PCT_STEP)


def compute_point(
    definition: IndicatorDef,
    period: tuple[str, dt.date, dt.date],
    figures: Sequence[FigureIn],
    unit_mismatch: int = 0,
) -> tuple[Point, _Best]:
    """One point from the live, same-unit figures of one period (at least one)."""
    key, start, end = period
    contributing = one_per_source(figures)
    best = choose_best(contributing)
    low, high = _hull(contributing, low=True), _hull(contributing, low=False)
    spread_pct = _spread_pct(low.value, high.value, best.value)
    open_dispute = any(f.open_dispute for f in contributing)
    too_wide = (
        (low.value != high.value)
        if best.value == 0
        else spread_pct is not None and (spread_pct > definition.tolerance_pct)
    )
    reasons = [name for name, on in (("open_dispute", open_dispute), ("spread", too_wide)) if on]
    explanation: dict[str, Any] = {
        "method": best.method,
        "figures": list(best.figures),
        "sources": len(contributing),
        "contributing": sorted(f.ref for f in contributing),
        "superseded": len(figures) - len(contributing),
        "best_lower": _bound_data(best.lower),
        "best_upper": _bound_data(best.upper),
        "disputed_because": reasons,
    }
    if unit_mismatch:
        explanation["unit_mismatch"] = unit_mismatch
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


def series(definition: IndicatorDef, figures: Iterable[FigureIn]) -> list[Point]:
    """Every point of one indicator, in period order, from all its claims' figures."""
    unit = _normal_unit(definition.unit)
    groups: dict[tuple[dt.date, dt.date], list[FigureIn]] = {}
    mismatched: dict[tuple[dt.date, dt.date], int] = {}
    for f in figures:
        if not is_live(f) or f.period_start is None or f.period_end is None:
            continue
        span = (f.period_start, f.period_end)
        if _normal_unit(f.value.unit) != unit:
            mismatched[span] = mismatched.get(span, 0) + 1
            continue
        groups.setdefault(span, []).append(f)
    computed: list[tuple[Point, _Best]] = []
    for start, end in sorted(groups):
        computed.append(
            compute_point(
                definition,
                (period_key(start, end), start, end),
                groups[(start, end)],
                mismatched.get((start, end), 0),
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


def reliability(counts: SourceCounts) -> Decimal:
    """Beta–Binomial posterior mean of "this source's claims hold" (module docstring)."""
    c = _CONTEXT
    good = c.add(Decimal(counts.confirmed), PRIOR_ALPHA)
    bad = c.add(
        Decimal(counts.refuted + counts.retracted),
        c.multiply(CORRECTED_WEIGHT, Decimal(counts.corrected)),
    )
    total = c.add(c.add(good, bad), PRIOR_BETA)
    return _quantize(c.divide(good, total), RELIABILITY_STEP)


def score_source(counts: SourceCounts) -> SourceScore:
    return SourceScore(counts=counts, reliability=reliability(counts))


def counts_from_statuses(statuses: Mapping[str, int]) -> SourceCounts:
    """Counts from {claim status: number of claims} for one source."""
    return SourceCounts(
        reported=sum(statuses.values()),
        confirmed=statuses.get(ClaimStatus.CONFIRMED.value, 0),
        corrected=statuses.get(ClaimStatus.CORRECTED.value, 0),
        refuted=statuses.get(ClaimStatus.REFUTED.value, 0),
        retracted=statuses.get(ClaimStatus.RETRACTED.value, 0),
        disputed=statuses.get(ClaimStatus.DISPUTED.value, 0),
    )
