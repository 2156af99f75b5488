"""Admin registrations: the event log and read models are view-only for everyone.

Changes happen only through operations that call services (see the admin workspace views).
"""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from claims import models


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(models.Event)
class EventAdmin(ReadOnlyAdmin):
    list_display = ("position", "event_type", "stream_type", "stream_id", "version", "recorded_at")
    list_filter = ("event_type", "stream_type")
    search_fields = ("stream_id", "event_id")
    ordering = ("-position",)
    show_full_result_count = False


@admin.register(models.Source)
class SourceAdmin(ReadOnlyAdmin):
    list_display = ("name", "kind", "claims_reported", "claims_refuted", "version")
    list_filter = ("kind",)
    search_fields = ("name",)


@admin.register(models.Claim)
class ClaimAdmin(ReadOnlyAdmin):
    list_display = ("statement", "subject", "status", "amount", "unit", "qualifier", "version")
    list_filter = ("status", "indicator")
    search_fields = ("statement", "subject")


@admin.register(models.ClaimVersion)
class ClaimVersionAdmin(ReadOnlyAdmin):
    list_display = ("claim_id", "version", "status", "recorded_from", "recorded_to")
    search_fields = ("claim_id",)
