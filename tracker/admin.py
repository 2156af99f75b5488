"""Admin: indicator definitions are added through the service; computed results are view-only.

The beat schedule (sweep, heartbeat, nightly verify) is edited under "Periodic tasks"
(django-celery-beat). An indicator's page is the editors' series page (chart, table,
as_of_position; see the end of this module), built on the workspace's public face.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from claims.core import selectors
from claims.core.domain.values import Period
from claims.public.pages import Moments
from claims.workspace import public as workspace
from claims.workspace.public import ReadOnlyAdmin
from tracker import models, services
from tracker import public as tracker_public
from tracker.consumers import CONSUMER
from tracker.indicators import decimal_str


class DefineIndicatorForm(forms.ModelForm):
    class Meta:
        model = models.Indicator
        fields = ("key", "subject", "measure", "unit", "tolerance_pct", "hedge_band_pct")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        key = data.get("key")
        if key and not services.KEY_PATTERN.match(key):
            self.add_error("key", "Use lowercase letters, digits and hyphens.")
        tolerance = data.get("tolerance_pct")
        if tolerance is not None and not 0 <= tolerance <= services.MAX_TOLERANCE_PCT:
            self.add_error("tolerance_pct", "Tolerance must be between 0 and 1000 percent.")
        band = data.get("hedge_band_pct")
        if band is not None and not 0 <= band <= services.MAX_HEDGE_BAND_PCT:
            self.add_error(
                "hedge_band_pct",
                f"The hedge band must be between 0 and {services.MAX_HEDGE_BAND_PCT} percent.",
            )
        return data


@admin.register(models.Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    """Definitions are created once (through `define_indicator`) and never edited."""

    form = DefineIndicatorForm
    list_display = (
        "key",
        "subject",
        "measure",
        "unit",
        "tolerance_pct",
        "band",
        "created_by",
        "series",
    )
    search_fields = ("key", "subject", "measure")

    @admin.display(description="Hedge band %")
    def band(self, obj: models.Indicator) -> str:
        own = obj.hedge_band_pct is not None
        text = decimal_str(services.hedge_band(obj)) or ""
        return text if own else f"{text} (deployment)"

    @admin.display(description="Series")
    def series(self, obj: models.Indicator) -> str:
        points = list(obj.points.order_by("period_start", "period_end"))
        if not points:
            return "not computed yet"
        disputed = sum(1 for p in points if p.disputed)
        latest = points[-1]
        return (
            f"{len(points)} point{'s' if len(points) != 1 else ''}, {disputed} disputed; "
            f"latest {decimal_str(latest.best)} ({latest.period_key})"
        )

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        """An existing indicator's page is its series; definitions are never edited."""
        if request.method not in ("GET", "HEAD"):
            raise PermissionDenied
        return indicator_page(request, self, object_id)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return obj is None and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        created, _ = services.define_indicator(
            actor=request.user.get_username(), **form.cleaned_data
        )
        obj.pk = created.pk


@admin.register(models.IndicatorPoint)
class IndicatorPointAdmin(ReadOnlyAdmin):
    list_display = (
        "indicator",
        "period_key",
        "best",
        "low",
        "high",
        "n_sources",
        "disputed",
        "change_pct",
        "as_of_position",
        "computed_at",
    )
    list_filter = ("indicator", "disputed")


@admin.register(models.SourceReliability)
class SourceReliabilityAdmin(ReadOnlyAdmin):
    list_display = (
        "source_id",
        "reported",
        "confirmed",
        "corrected",
        "refuted",
        "retracted",
        "disputed",
        "figures_accepted",
        "figures_superseded",
        "disputes_upheld",
        "disputes_rejected",
        "reliability",
        "as_of_position",
    )


@admin.register(models.ConsumerCheckpoint)
class ConsumerCheckpointAdmin(ReadOnlyAdmin):
    list_display = ("name", "position", "updated_at")


@admin.register(models.WorkerHeartbeat)
class WorkerHeartbeatAdmin(ReadOnlyAdmin):
    list_display = ("worker", "beat_at")


@admin.register(models.VerificationRun)
class VerificationRunAdmin(ReadOnlyAdmin):
    list_display = ("started_at", "as_of_position", "differences", "finished_at")


# --- The series page of the editors' workspace ---------------------------------------------------


def interval_text(point: models.IndicatorPoint) -> str:
    """'[34.5, 39)': the brackets say whether each end itself is allowed; 'below 39' alone."""
    if point.low == point.high:
        if not point.high_inclusive:
            return f"below {decimal_str(point.high)}"
        if not point.low_inclusive:
            return f"above {decimal_str(point.low)}"
        return str(decimal_str(point.low))
    left = "[" if point.low_inclusive else "("
    right = "]" if point.high_inclusive else ")"
    return f"{left}{decimal_str(point.low)}, {decimal_str(point.high)}{right}"


def _bound_text(value: Decimal | None, inclusive: bool | None, lower: bool, suffix: str) -> str:
    if value is None:
        return ""
    sign = ("≥" if inclusive else ">") if lower else ("≤" if inclusive else "<")
    return f"{sign} {decimal_str(value)}{suffix}"


def change_bounds_text(p: models.IndicatorPoint) -> str:
    parts = [
        _bound_text(p.change_lower, p.change_lower_inclusive, True, ""),
        _bound_text(p.change_upper, p.change_upper_inclusive, False, ""),
        _bound_text(p.change_pct_lower, p.change_pct_lower_inclusive, True, " %"),
        _bound_text(p.change_pct_upper, p.change_pct_upper_inclusive, False, " %"),
    ]
    return " · ".join(part for part in parts if part)


def corrections_of(key: str) -> list[dict[str, Any]]:
    """Every change of a series claim's own figure, from the claims' version history."""
    found = []
    for change in selectors.figure_changes(key):
        claim = change.claim
        assert claim.period_start is not None
        assert claim.period_end is not None
        found.append(
            {
                "claim": claim,
                "version": change.version,
                "old": change.old,
                "new": change.new,
                "recorded_from": change.recorded_from,
                "reason": change.reason,
                "period_key": Period(claim.period_start, claim.period_end).key,
                "url": workspace.claim_url(claim.pk),
            }
        )
    return found


def indicator_page(
    request: HttpRequest, model_admin: admin.ModelAdmin[Any], key: str
) -> HttpResponse:
    """The series: chart, table, as_of_position, corrections, and the claims behind it."""
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    indicator = models.Indicator.objects.filter(pk=key).first()
    if indicator is None:
        raise Http404("No such indicator.")
    points = list(indicator.points.order_by("period_start", "period_end"))
    corrections = corrections_of(key)
    chart = workspace.series_svg(
        [
            workspace.ChartPoint(
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
        [
            workspace.Correction(
                start=f["claim"].period_start,
                end=f["claim"].period_end,
                old=f["old"],
                new=f["new"],
                note=f["reason"],
            )
            for f in corrections
        ],
        unit=indicator.unit,
        title=f"{indicator.subject}: {indicator.measure}",
    )
    checkpoint = models.ConsumerCheckpoint.objects.filter(name=CONSUMER).first()
    done = checkpoint.position if checkpoint else 0
    head = selectors.head_position()
    claims = selectors.claims_of_indicator(key)
    names = workspace.source_names(c.attributed_to_id for c in claims)
    ctx = workspace.page_context(
        request,
        model_admin,
        str(indicator),
        indicator=indicator,
        chart=chart,
        rows=[
            {
                "p": p,
                "interval": interval_text(p),
                "best": decimal_str(p.best),
                "change": decimal_str(p.change),
                "change_pct": decimal_str(p.change_pct),
                "change_bounds": change_bounds_text(p),
                "spread_pct": decimal_str(p.spread_pct),
                "method": (p.explanation or {}).get("method", ""),
                "corrections": [f for f in corrections if f["period_key"] == p.period_key],
            }
            for p in points
        ],
        corrections=corrections,
        as_of_position=max((p.as_of_position for p in points), default=None),
        checkpoint=done,
        head=head,
        behind=max(head - done, 0),
        claims=[
            {
                "claim": c,
                "url": workspace.claim_url(c.pk),
                "value_text": workspace.value_text(c.document.get("value")),
                "period_text": workspace.period_text(c.document.get("period")),
                "source_name": names.get(c.attributed_to_id, c.attributed_to_id),
            }
            for c in claims
        ],
        latest=points[-1] if points else None,
        disputed_count=sum(1 for p in points if p.disputed),
        left_out=[
            {**tracker_public.left_out_document(item), "url": workspace.claim_url(claim_id)}
            for item in tracker_public.left_out_at(indicator, Moments())
            for claim_id in [item.ref.partition("/")[0]]
        ],
    )
    return TemplateResponse(request, "claims/admin/indicator.html", ctx)
