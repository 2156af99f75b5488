"""The public indicator pages (the list, one indicator's series, its embeddable SVG chart).

Built on claims' public face (its gate, moments, conditional GETs, base template and stylesheet)
and the one chart module the editors' pages draw with. Now, a series is the points the indicator
worker stored; at an `as_of` or `known_at` moment it is computed from the claims as they stood
then, by the same pure functions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import re_path, reverse
from django.utils.dateparse import parse_datetime

from claims.core import selectors
from claims.core.domain.values import Qualifier, Quantity
from claims.public import pages
from claims.workspace import public as charts
from tracker import consumers, services
from tracker import indicators as ind
from tracker.indicators import decimal_str
from tracker.models import ConsumerCheckpoint, Indicator

KEY = r"(?P<key>[a-z0-9][a-z0-9-]{0,99})"
METHODS = {
    "confirmed": "the median of the figures an editor confirmed",
    "median": "the median of the sources' figures",
    "single": "the one source's figure",
}


def public_url(key: str | None) -> str:
    """The public page of an indicator, or of the list (registered with claims)."""
    return reverse("public-indicators") if key is None else reverse("public-indicator", args=[key])


def _figures(documents: Iterable[dict[str, Any]]) -> list[ind.FigureIn]:
    """The figures of claims as they stood at a moment, as the series computation takes them."""
    found = []
    for doc in documents:
        period = doc.get("period") or {}
        start, end = period.get("start"), period.get("end")
        for f in doc.get("figures", []):
            value = f.get("value") or {}
            if value.get("amount") is None:
                continue
            added = parse_datetime(str(f.get("added_at") or doc.get("created_at")))
            found.append(
                ind.FigureIn(
                    claim_id=doc["id"],
                    figure_id=f["id"],
                    source_id=f["source"],
                    value=Quantity.of(
                        str(value["amount"]),
                        str(value["unit"]),
                        Qualifier.parse(str(value["qualifier"])),
                    ),
                    status=f["status"],
                    claim_status=doc["status"],
                    period_start=dt.date.fromisoformat(start) if start else None,
                    period_end=dt.date.fromisoformat(end) if end else None,
                    added_at=added or dt.datetime.min.replace(tzinfo=dt.UTC),
                    open_dispute=int(doc.get("open_disputes") or 0) > 0,
                )
            )
    return found


def figures_at(indicator: Indicator, moments: pages.Moments) -> list[ind.FigureIn]:
    """The figures of the indicator's claims as they stood at the moments (now if none)."""
    if moments.now:
        return consumers.load_figures([indicator.key]).get(indicator.key, [])
    claims = selectors.claim_list(
        selectors.ClaimFilters(
            indicator=indicator.key, as_of=moments.as_of, known_at=moments.known_at
        )
    )
    return _figures(claims[:])


def series_at(indicator: Indicator, moments: pages.Moments) -> list[ind.Point]:
    """The indicator's points now (as stored) or at the page's moments (computed)."""
    if moments.now:
        rows = indicator.points.order_by("period_start", "period_end")
        return [consumers.row_point(row) for row in rows]
    return ind.series(services.definition(indicator), figures_at(indicator, moments))


# Why a figure of the indicator's claims is not in its series, in words.
LEFT_OUT_REASONS = {
    "unit": "its unit is not the indicator's",
    "claim_refuted": "its claim was refuted",
    "claim_retracted": "its claim was retracted",
    "figure_rejected": "an upheld dispute replaced it",
    "figure_withdrawn": "its claim became a statement without a figure",
    "no_period": "its claim has no period",
}


def left_out_at(indicator: Indicator, moments: pages.Moments) -> list[ind.LeftOut]:
    """Every figure of the indicator's claims that its series leaves out, with the reason, now
    (from the read models) or at the moments."""
    return ind.left_out(services.definition(indicator), figures_at(indicator, moments))


def left_out_document(item: ind.LeftOut) -> dict[str, Any]:
    claim_id, _, figure_id = item.ref.partition("/")
    return {
        "figure": item.ref,
        "claim": claim_id,
        "figure_id": figure_id,
        "reason": item.reason,
        "why": LEFT_OUT_REASONS.get(item.reason, item.reason),
        "period": item.period_key,
        "unit": item.unit,
    }


def chart(indicator: Indicator, points: list[ind.Point]) -> Any:
    return charts.series_svg(
        [
            charts.ChartPoint(
                label=p.period_key,
                start=p.period_start,
                end=p.period_end,
                best=p.best,
                low=p.low,
                high=p.high,
                disputed=p.disputed,
            )
            for p in points
        ],
        unit=indicator.unit,
        title=f"{indicator.subject}: {indicator.measure}",
    )


def _indicator(key: str) -> Indicator:
    row = Indicator.objects.filter(pk=key).first()
    if row is None:
        raise Http404("No such indicator.")
    return row


def explanation(point: ind.Point, moments: pages.Moments) -> dict[str, Any]:
    """Why this best value: how it was chosen, from which claims' figures, why disputed."""
    why = point.explanation or {}
    figures = []
    for ref in why.get("figures", []) or why.get("contributing", []):
        claim_id, _, figure_id = str(ref).partition("/")
        figures.append(
            {
                "claim": claim_id,
                "figure": figure_id,
                "url": reverse("public-claim", args=[claim_id]) + moments.query(),
            }
        )
    return {
        "method": METHODS.get(str(why.get("method")), str(why.get("method") or "")),
        "sources": why.get("sources", point.n_sources),
        "figures": figures,
        "disputed_because": [
            {
                "open_dispute": "a contributing claim is disputed",
                "spread": "the sources disagree by more than the tolerance",
            }.get(r, str(r))
            for r in why.get("disputed_because", [])
        ],
        "superseded": why.get("superseded", 0),
        "unit_mismatch": why.get("unit_mismatch", 0),
    }


def _moments_or_400(request: HttpRequest) -> pages.Moments | HttpResponse:
    try:
        return pages.moments(request)
    except pages.BadMoment as exc:
        return pages.bad_request(request, str(exc))


def _results_written() -> tuple[str, dt.datetime | None]:
    """The indicator consumer's checkpoint (position, when written): the points these pages
    show are written with it, after the commit that changed them, and by rebuilds."""
    row = ConsumerCheckpoint.objects.filter(name=consumers.CONSUMER).values_list(
        "position", "updated_at"
    )
    found = row.first()
    if found is None:
        return "", None
    position, written = found
    return f"{position}@{written.timestamp() if written else ''}", written


@pages.public_read
def indicator_list(request: HttpRequest) -> HttpResponse:
    moments = _moments_or_400(request)
    if isinstance(moments, HttpResponse):
        return moments

    def render() -> HttpResponse:
        rows = []
        for row in Indicator.objects.order_by("key"):
            points = series_at(row, moments)
            latest = points[-1] if points else None
            rows.append(
                {
                    "i": row,
                    "url": public_url(row.key) + moments.query(),
                    "latest": latest,
                    "best": decimal_str(latest.best) if latest else "",
                }
            )
        ctx = {
            "title": "Indicators",
            "moments": moments,
            "rows": rows,
            "indicators_url": public_url(None),
        }
        return TemplateResponse(request, "claims/public/indicator_list.html", ctx).render()

    return pages.conditional(request, render, derived=_results_written)


@pages.public_read
def indicator_detail(request: HttpRequest, key: str) -> HttpResponse:
    moments = _moments_or_400(request)
    if isinstance(moments, HttpResponse):
        return moments

    def render() -> HttpResponse:
        indicator = _indicator(key)
        points = series_at(indicator, moments)
        ctx = {
            "title": str(indicator.subject) + ": " + str(indicator.measure),
            "moments": moments,
            "indicator": indicator,
            "indicators_url": public_url(None),
            "chart": chart(indicator, points),
            "svg_url": reverse("public-indicator-svg", args=[key]) + moments.query(),
            "rows": [
                {
                    "p": p,
                    "best": decimal_str(p.best),
                    "low": decimal_str(p.low),
                    "high": decimal_str(p.high),
                    "change": decimal_str(p.change),
                    "change_pct": decimal_str(p.change_pct),
                    "why": explanation(p, moments),
                }
                for p in points
            ],
        }
        return TemplateResponse(request, "claims/public/indicator_detail.html", ctx).render()

    return pages.conditional(request, render, derived=_results_written)


@pages.public_read
def indicator_svg(request: HttpRequest, key: str) -> HttpResponse:
    """The chart alone, to embed in a story (`<img src=…>`, or `<object>`)."""
    moments = _moments_or_400(request)
    if isinstance(moments, HttpResponse):
        return moments

    def render() -> HttpResponse:
        indicator = _indicator(key)
        svg = str(chart(indicator, series_at(indicator, moments)))
        if not svg:
            svg = (
                '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 40" role="img">'
                "<title>No points yet</title></svg>"
            )
        body = '<?xml version="1.0" encoding="utf-8"?>\n' + svg
        return HttpResponse(body, content_type="image/svg+xml; charset=utf-8")

    return pages.conditional(request, render, derived=_results_written)


urlpatterns = [
    re_path(r"^indicators/$", indicator_list, name="public-indicators"),
    re_path(rf"^indicators/{KEY}/$", indicator_detail, name="public-indicator"),
    re_path(rf"^indicators/{KEY}/series\.svg$", indicator_svg, name="public-indicator-svg"),
]
