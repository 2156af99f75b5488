"""Admin: indicator definitions are added through the service; computed results are view-only.

The beat schedule (sweep, heartbeat, nightly verify) is edited under "Periodic tasks"
(django-celery-beat).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.http import HttpRequest

from tracker import models, services


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class DefineIndicatorForm(forms.ModelForm):
    class Meta:
        model = models.Indicator
        fields = ("key", "subject", "measure", "unit", "tolerance_pct")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        key = data.get("key")
        if key and not services.KEY_PATTERN.match(key):
            self.add_error("key", "Use lowercase letters, digits and hyphens.")
        tolerance = data.get("tolerance_pct")
        if tolerance is not None and not 0 <= tolerance <= services.MAX_TOLERANCE_PCT:
            self.add_error("tolerance_pct", "Tolerance must be between 0 and 1000 percent.")
        return data


@admin.register(models.Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    """Definitions are created once (through `define_indicator`) and never edited."""

    form = DefineIndicatorForm
    list_display = ("key", "subject", "measure", "unit", "tolerance_pct", "created_by")
    search_fields = ("key", "subject", "measure")

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
