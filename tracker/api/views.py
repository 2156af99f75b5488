"""Indicator definitions and their computed series: validate -> service -> respond."""

from __future__ import annotations

from typing import Any, ClassVar

from django.db.models import Count, QuerySet
from django.urls import reverse
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api.public import (
    CREATE_ERRORS,
    CSV_FORMAT,
    CSV_RESPONSE,
    DETAIL_ERRORS,
    EDITOR,
    IDEMPOTENCY_KEY,
    READ_ERRORS,
    ApiView,
    AsOfQuery,
    CsvCapable,
    PageQuery,
    csv_chunks,
    csv_response,
    idempotent,
    json_only,
    paginate,
    responses,
    validated,
    wants_csv,
)
from claims.core import selectors
from claims.public.pages import Moments
from tracker import consumers, public, services
from tracker import indicators as ind
from tracker.api import serializers as s
from tracker.indicators import decimal_str
from tracker.models import Indicator, IndicatorPoint

# The series as a CSV file: one row per point (decimals as their exact text).
SERIES_COLUMNS = (
    "period",
    "period_start",
    "period_end",
    "best",
    "low",
    "low_inclusive",
    "high",
    "high_inclusive",
    "n_sources",
    "disputed",
    "spread_pct",
    "change",
    "change_pct",
    "as_of_position",
    "computed_at",
)
KEY = r"(?P<key>[a-z0-9][a-z0-9-]{0,99})"


def _bound(row: IndicatorPoint, prefix: str) -> dict[str, Any] | None:
    value = getattr(row, prefix)
    if value is None:
        return None
    return {"value": decimal_str(value), "inclusive": bool(getattr(row, f"{prefix}_inclusive"))}


def point_document(row: IndicatorPoint) -> dict[str, Any]:
    return {
        "period": {"key": row.period_key, "start": row.period_start, "end": row.period_end},
        "best": decimal_str(row.best),
        "low": decimal_str(row.low),
        "low_inclusive": row.low_inclusive,
        "high": decimal_str(row.high),
        "high_inclusive": row.high_inclusive,
        "n_sources": row.n_sources,
        "disputed": row.disputed,
        "spread_pct": decimal_str(row.spread_pct),
        "change": decimal_str(row.change),
        "change_pct": decimal_str(row.change_pct),
        "change_lower": _bound(row, "change_lower"),
        "change_upper": _bound(row, "change_upper"),
        "change_pct_lower": _bound(row, "change_pct_lower"),
        "change_pct_upper": _bound(row, "change_pct_upper"),
        "explanation": row.explanation,
        "as_of_position": row.as_of_position,
        "computed_at": row.computed_at,
    }


def indicator_document(
    row: Indicator, n_points: int | None = None, points: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The indicator, its point count and latest point: of the stored series, or of `points`
    (a series as it stood at a past moment, whose latest point is its own)."""
    latest: dict[str, Any] | None
    if points is not None:
        latest = max(points, key=lambda p: (p["period"]["start"], p["period"]["end"]), default=None)
    else:
        stored = row.points.order_by("-period_start", "-period_end").first()
        latest = point_document(stored) if stored is not None else None
    return {
        "key": row.key,
        "subject": row.subject,
        "measure": row.measure,
        "unit": row.unit,
        "tolerance_pct": decimal_str(row.tolerance_pct),
        "hedge_band_pct": decimal_str(services.hedge_band(row)),
        "hedge_band_own": row.hedge_band_pct is not None,
        "created_at": row.created_at,
        "n_points": n_points if n_points is not None else row.points.count(),
        "latest": latest,
    }


def _indicator(key: str) -> Indicator:
    row = Indicator.objects.filter(pk=key).first()
    if row is None:
        raise NotFound("No such indicator.")
    return row


class IndicatorCollectionView(ApiView):
    """GET lists indicator definitions with their latest point; POST defines one (editors)."""

    required_roles: ClassVar[dict[str, str]] = {"POST": EDITOR}

    @extend_schema(
        operation_id="indicators_list",
        summary="List indicators",
        parameters=[PageQuery],
        responses=responses({200: s.IndicatorPageOutput}, READ_ERRORS),
    )
    def get(self, request: Request) -> Response:
        query = PageQuery(data=request.query_params)
        query.is_valid(raise_exception=True)
        rows: QuerySet[Indicator] = Indicator.objects.annotate(n=Count("points")).order_by("key")
        page = paginate(request, rows, dict(query.validated_data))
        page["results"] = [indicator_document(row, row.n) for row in page["results"]]
        return Response(s.IndicatorPageOutput(page).data)

    @extend_schema(
        operation_id="indicators_define",
        summary="Define an indicator",
        request=s.DefineIndicatorInput,
        parameters=[IDEMPOTENCY_KEY],
        examples=[
            OpenApiExample(
                "Homicide rate",
                value={
                    "key": "gt-homicide-rate",
                    "subject": "Guatemala",
                    "measure": "homicide rate",
                    "unit": "per 100,000 people",
                    "tolerance_pct": "5",
                },
                request_only=True,
            )
        ],
        responses=responses({201: s.IndicatorOutput, 200: s.IndicatorOutput}, CREATE_ERRORS),
    )
    @idempotent
    def post(self, request: Request) -> Response:
        data = s.DefineIndicatorInput(data=request.data)
        data.is_valid(raise_exception=True)
        row, created = services.define_indicator(
            actor=request.user.get_username(), **data.validated_data
        )
        headers = {
            "Location": request.build_absolute_uri(reverse("api-indicator-detail", args=[row.key]))
        }
        # Defining an identical indicator again is a no-op answered 200.
        return Response(
            s.IndicatorOutput(indicator_document(row)).data,
            status=201 if created else 200,
            headers=headers,
        )


class IndicatorDetailView(ApiView):
    """Read an indicator's definition with its latest point."""

    @extend_schema(
        operation_id="indicators_retrieve",
        summary="Read an indicator with its latest point",
        responses=responses({200: s.IndicatorOutput}, DETAIL_ERRORS),
    )
    def get(self, request: Request, key: str) -> Response:
        return Response(s.IndicatorOutput(indicator_document(_indicator(key))).data)


class IndicatorSeriesView(CsvCapable, ApiView):
    """Read an indicator's series: one computed point per period (JSON, or a CSV file)."""

    @extend_schema(
        operation_id="indicators_series",
        summary="An indicator's series: one computed point per period",
        description="Points are recomputed in the background as events arrive; "
        "`consumer_position` vs `head_position` tells how far behind the log they may be, and "
        "each point's `as_of_position` the event position it reflects. With `as_of` or "
        "`known_at` the points are computed on the spot from the claims as they stood then "
        "(`as_of_position` and `computed_at` null): `as_of=T` answers what the series showed "
        "at T, so a chart published then can be reproduced. `left_out` lists every figure of "
        "the indicator's claims the series leaves out, with why (a claim whose unit a "
        "correction changed: `unit`).",
        parameters=[AsOfQuery, CSV_FORMAT],
        responses={
            (200, "application/json"): s.SeriesOutput,
            (200, "text/csv"): CSV_RESPONSE,
            **json_only(responses({}, DETAIL_ERRORS)),
        },
    )
    def get(self, request: Request, key: str) -> Any:
        query = validated(AsOfQuery, request.query_params)
        row = _indicator(key)
        moments = Moments(as_of=query.get("as_of"), known_at=query.get("known_at"))
        if moments.now:
            points = [point_document(p) for p in row.points.order_by("period_start", "period_end")]
        else:
            points = [computed_point_document(p) for p in public.series_at(row, moments)]
        if wants_csv(request):
            return csv_response(csv_chunks(SERIES_COLUMNS, map(series_row, points)), f"{key}.csv")
        body = {
            "indicator": indicator_document(row, len(points), points),
            "consumer_position": consumers.checkpoint_position(),
            "head_position": selectors.head_position(),
            "results": points,
            "left_out": [public.left_out_document(x) for x in public.left_out_at(row, moments)],
        }
        return Response(s.SeriesOutput(body).data)


def computed_point_document(point: ind.Point) -> dict[str, Any]:
    """A point computed on the spot (at a past moment), in the stored points' shape."""
    fields = consumers.point_fields(point)
    row = IndicatorPoint(**{k: v for k, v in fields.items() if hasattr(IndicatorPoint, k)})
    row.as_of_position = None  # type: ignore[assignment]
    row.computed_at = None  # type: ignore[assignment]
    return point_document(row)


def series_row(point: dict[str, Any]) -> list[str]:
    """A point as a CSV row (SERIES_COLUMNS): decimals as their exact text."""
    period = point["period"]

    def text(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        if hasattr(value, "isoformat"):
            return str(value.isoformat()).replace("+00:00", "Z")
        return str(value)

    return [
        text(period["key"]),
        text(period["start"]),
        text(period["end"]),
        *(
            text(point[name])
            for name in (
                "best",
                "low",
                "low_inclusive",
                "high",
                "high_inclusive",
                "n_sources",
                "disputed",
                "spread_pct",
                "change",
                "change_pct",
                "as_of_position",
                "computed_at",
            )
        ),
    ]
