"""A server-rendered SVG chart of an indicator series: no JavaScript, no CDN, no chart library.

Draws the best value as a line, the low–high range as a band with a bar per point, disputed
periods as shaded columns, and corrected figures as hollow markers joined to their new value.
Amounts are exact Decimals everywhere else; they become floats here only to place pixels.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WIDTH, HEIGHT = 880, 340
LEFT, RIGHT, TOP, BOTTOM = 64, 24, 34, 46
MAX_X_LABELS = 14


@dataclass(frozen=True, slots=True)
class ChartPoint:
    label: str
    start: dt.date
    end: dt.date
    best: Decimal
    low: Decimal
    high: Decimal
    disputed: bool = False


@dataclass(frozen=True, slots=True)
class Correction:
    """A claim's figure for a period replaced by another (the old value stays visible)."""

    start: dt.date
    end: dt.date
    old: Decimal
    new: Decimal
    note: str = ""


def amount_text(value: Decimal | float) -> str:
    """'34.5', '1,200', '0.25': trimmed, with thousands separators."""
    d = Decimal(str(value)) if not isinstance(value, Decimal) else value
    d = d.normalize()
    if d == d.to_integral_value():
        return f"{int(d):,}"
    return f"{d:,f}"


def nice_step(span: float, target: int = 5) -> float:
    raw = span / max(target, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def y_domain(values: Sequence[float]) -> tuple[float, float, float]:
    lo, hi = min(values), max(values)
    if lo == hi:
        pad = abs(lo) * 0.1 or 1.0
        lo, hi = lo - pad, hi + pad
    else:
        pad = (hi - lo) * 0.15
        lo, hi = lo - pad, hi + pad
    if min(values) >= 0 > lo:
        lo = 0.0  # a measure that is never negative gets no negative axis
    step = nice_step(hi - lo)
    return math.floor(lo / step) * step, math.ceil(hi / step) * step, step


def _mid(start: dt.date, end: dt.date) -> dt.date:
    return start + (end - start) / 2


def series_svg(
    points: Sequence[ChartPoint],
    corrections: Sequence[Correction] = (),
    *,
    unit: str = "",
    title: str = "",
    width: int = WIDTH,
    height: int = HEIGHT,
) -> SafeString:
    """The chart as inline SVG markup (every text escaped)."""
    if not points:
        return mark_safe("")
    ordered = sorted(points, key=lambda p: (p.start, p.end))
    first = min(p.start for p in ordered)
    last = max(p.end for p in ordered) + dt.timedelta(days=1)
    span_days = max((last - first).days, 1)
    pad_days = span_days * 0.04
    x0 = first - dt.timedelta(days=pad_days)
    x_span = span_days + 2 * pad_days
    plot_w, plot_h = width - LEFT - RIGHT, height - TOP - BOTTOM

    def x(day: dt.date) -> float:
        return LEFT + (day - x0).days / x_span * plot_w

    values = [float(v) for p in ordered for v in (p.low, p.high, p.best)]
    values += [float(v) for c in corrections for v in (c.old, c.new)]
    lo, hi, step = y_domain(values)

    def y(value: Decimal | float) -> float:
        return TOP + (hi - float(value)) / (hi - lo) * plot_h

    out: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-labelledby="chart-title chart-desc" '
        'class="ws-series-chart">',
        f'<title id="chart-title">{escape(title or "Indicator series")}</title>',
        f'<desc id="chart-desc">{escape(_description(ordered, unit))}</desc>',
        "<style>"
        ".g{stroke:#d9dde3;stroke-width:1}.a{stroke:#8a94a0;stroke-width:1}"
        ".t{font:11px sans-serif;fill:#5f6b76}.u{font:600 11px sans-serif;fill:#5f6b76}"
        ".band{fill:#79aec8;fill-opacity:.22}.bar{stroke:#417690;stroke-width:1.5}"
        ".best{fill:none;stroke:#264b5d;stroke-width:2.5;stroke-linejoin:round}"
        ".pt{fill:#264b5d;stroke:#fff;stroke-width:1.5}.pt.d{fill:#b45309}"
        ".dis{fill:#f59e0b;fill-opacity:.14}.dl{font:600 10px sans-serif;fill:#b45309}"
        ".old{fill:#fff;stroke:#6d4bb0;stroke-width:2}.cl{stroke:#6d4bb0;stroke-width:1.5;"
        "stroke-dasharray:4 3}.ct{font:10px sans-serif;fill:#6d4bb0}"
        ".v{font:600 11px sans-serif;fill:#264b5d}"
        "</style>",
        f'<rect x="0" y="0" width="{width}" height="{height}" rx="4" fill="#fff"/>',
    ]
    # Horizontal grid and the value axis.
    tick = lo
    while tick <= hi + step / 1000:
        ty = y(tick)
        out.append(
            f'<line class="g" x1="{LEFT}" x2="{width - RIGHT}" y1="{ty:.1f}" y2="{ty:.1f}"/>'
        )
        out.append(
            f'<text class="t" x="{LEFT - 8}" y="{ty + 4:.1f}" text-anchor="end">'
            f"{escape(amount_text(round(tick, 10)))}</text>"
        )
        tick += step
    if unit:
        out.append(f'<text class="u" x="{LEFT}" y="{TOP - 14}">{escape(unit)}</text>')
    # Disputed periods: a shaded column over the whole period.
    for p in ordered:
        if p.disputed:
            left, right = x(p.start), x(p.end + dt.timedelta(days=1))
            out.append(
                f'<rect class="dis" x="{left:.1f}" y="{TOP}" width="{max(right - left, 3):.1f}" '
                f'height="{plot_h}"><title>{escape(p.label)}: disputed</title></rect>'
            )
            out.append(
                f'<text class="dl" x="{(left + right) / 2:.1f}" y="{TOP + 12}" '
                f'text-anchor="middle">disputed</text>'
            )
    mids = [(p, x(_mid(p.start, p.end))) for p in ordered]
    # The low–high band joins the points; each point also gets its own range bar.
    if len(mids) > 1:
        upper = " ".join(f"{px:.1f},{y(p.high):.1f}" for p, px in mids)
        lower = " ".join(f"{px:.1f},{y(p.low):.1f}" for p, px in reversed(mids))
        out.append(f'<polygon class="band" points="{upper} {lower}"/>')
    for p, px in mids:
        top, bottom = y(p.high), y(p.low)
        out.append(
            f'<line class="bar" x1="{px:.1f}" x2="{px:.1f}" y1="{top:.1f}" y2="{bottom:.1f}"/>'
        )
        for cap in (top, bottom):
            out.append(
                f'<line class="bar" x1="{px - 6:.1f}" x2="{px + 6:.1f}" '
                f'y1="{cap:.1f}" y2="{cap:.1f}"/>'
            )
    if len(mids) > 1:
        line = " ".join(f"{px:.1f},{y(p.best):.1f}" for p, px in mids)
        out.append(f'<polyline class="best" points="{line}"/>')
    # Corrections: the old value, hollow, joined to the new one.
    for c in corrections:
        cx = x(_mid(c.start, c.end)) + 14
        old_y, new_y = y(c.old), y(c.new)
        out.append(
            f'<line class="cl" x1="{cx:.1f}" x2="{cx:.1f}" y1="{old_y:.1f}" y2="{new_y:.1f}"/>'
        )
        out.append(
            f'<circle class="old" cx="{cx:.1f}" cy="{y(c.old):.1f}" r="4.5">'
            f"<title>{escape(_correction_title(c))}</title></circle>"
        )
        out.append(
            f'<text class="ct" x="{cx + 8:.1f}" y="{y(c.old) + 4:.1f}">'
            f"was {escape(amount_text(c.old))}</text>"
        )
    # The points, their values, and the period labels under the axis.
    every = max(1, math.ceil(len(mids) / MAX_X_LABELS))
    for i, (p, px) in enumerate(mids):
        cls = "pt d" if p.disputed else "pt"
        spread = f"{amount_text(p.low)}–{amount_text(p.high)}"
        tip = f"{p.label}: best {amount_text(p.best)} (range {spread})"
        out.append(
            f'<circle class="{cls}" cx="{px:.1f}" cy="{y(p.best):.1f}" r="5">'
            f"<title>{escape(tip)}</title></circle>"
        )
        if len(mids) <= MAX_X_LABELS:
            # Above the point unless the line reaches it from above (then below, off the line).
            neighbours = [q.best for q, _ in mids[max(i - 1, 0) : i + 2] if q is not p]
            below = bool(neighbours) and all(n > p.best for n in neighbours)
            ly = y(p.best) + 20 if below else y(p.best) - 11
            out.append(
                f'<text class="v" x="{px:.1f}" y="{ly:.1f}" text-anchor="middle">'
                f"{escape(amount_text(p.best))}</text>"
            )
        if i % every == 0:
            out.append(
                f'<text class="t" x="{px:.1f}" y="{height - BOTTOM + 18}" text-anchor="middle">'
                f"{escape(p.label)}</text>"
            )
    base = height - BOTTOM
    out.append(f'<line class="a" x1="{LEFT}" x2="{width - RIGHT}" y1="{base}" y2="{base}"/>')
    out.append("</svg>")
    return mark_safe("".join(out))  # noqa: S308 - every interpolated text is escaped above


def _correction_title(c: Correction) -> str:
    text = f"Corrected from {amount_text(c.old)} to {amount_text(c.new)}"
    return f"{text}: {c.note}" if c.note else text


def _description(points: Sequence[ChartPoint], unit: str) -> str:
    parts = [
        f"{p.label}: {amount_text(p.best)}"
        + (f" (range {amount_text(p.low)} to {amount_text(p.high)})" if p.low != p.high else "")
        + (", disputed" if p.disputed else "")
        for p in points
    ]
    return f"Best value per period{f' in {unit}' if unit else ''}: " + "; ".join(parts) + "."
