"""Admin: the event log and read models are view-only for everyone, superusers included.

Every change is an operation with its own form and view (claims/workspace), which calls a service,
so each edit is exactly one command and its events carry the editor's name. The claim and source
"change" pages are the editors' workspace pages; the review queue lives at /admin/review/.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import URLPattern, URLResolver, path, reverse
from django.utils.html import format_html

from claims.api.throttles import LoginThrottle
from claims.core import commands, models, registry, selectors
from claims.workspace import display, links, spreadsheets, views
from claims.workspace.bases import ReadOnlyAdmin, Route
from claims.workspace.operations import OPERATIONS

admin.site.site_header = "Claims Tracker"
admin.site.site_title = "Claims Tracker"
admin.site.index_title = "Editors' workspace"
admin.site.site_url = "/claims/"  # "View site": the public claim pages


@admin.register(models.Event)
class EventAdmin(ReadOnlyAdmin):
    list_display = (
        "position",
        "event_type",
        "stream_type",
        "stream_link",
        "version",
        "actor",
        "recorded",
        "occurred_at",
    )
    list_filter = ("event_type", "stream_type")
    search_fields = ("=stream_id",)
    ordering = ("-position",)
    show_full_result_count = False
    list_per_page = 50

    @admin.display(description="Stream")
    def stream_link(self, obj: models.Event) -> str:
        url = links.stream_url(obj.stream_type, obj.stream_id)
        if url is None:
            return obj.stream_id
        return format_html('<a href="{}">{}</a>', url, obj.stream_id[:8])

    @admin.display(description="Actor")
    def actor(self, obj: models.Event) -> str:
        return str((obj.metadata or {}).get("actor", ""))

    # recorded_at never runs backwards along position, and only position is indexed: sorting
    # the column by it gives the same order without reading the whole log.
    @admin.display(description="Recorded at", ordering="position")
    def recorded(self, obj: models.Event) -> dt.datetime:
        return obj.recorded_at


@admin.register(models.Source)
class SourceAdmin(ReadOnlyAdmin):
    list_display = (
        "name",
        "other_names",
        "kind",
        "claims_reported",
        "claims_confirmed",
        "claims_corrected",
        "claims_refuted",
        "claims_retracted",
        "claims_disputed",
        "reliability",
    )
    list_filter = ("kind",)
    search_fields = ("name", "aliases")  # (searched by get_search_results)

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[models.Source], search_term: str
    ) -> tuple[QuerySet[models.Source], bool]:
        """Sources whose name or other names hold every word searched, letter case and
        accents aside ('ministerio publico' finds 'Ministerio Público')."""
        for word in search_term.split():
            queryset = selectors.named_with(queryset, word)
        return queryset, False

    @admin.display(description="Other names")
    def other_names(self, obj: models.Source) -> str:
        return " · ".join(selectors.source_aliases(obj)) or "—"

    @admin.display(description="Reliability")
    def reliability(self, obj: models.Source) -> str:
        return registry.source_reliability(selectors.source_stats(obj)) or "—"

    def routes(self) -> list[Route]:
        return [
            Route("register/", views.register_source, links.url_name(models.Source, "register")),
            Route(
                "<str:source_id>/edit/", views.edit_source, links.url_name(models.Source, "edit")
            ),
        ]

    def page(self, request: HttpRequest, object_id: str) -> HttpResponse:
        return views.source_page(request, self, object_id)

    def list_context(self, request: HttpRequest) -> dict[str, Any]:
        return {
            "can_register": commands.can(request.user, "register_source"),
            "register_url": links.admin_url(models.Source, "register"),
        }

    def add_view(
        self, request: HttpRequest, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        """Django's "add" address (a bookmark, a habit) leads to registering a source."""
        if request.method != "GET":
            raise PermissionDenied
        return HttpResponseRedirect(links.admin_url(models.Source, "register"))


@admin.register(models.Claim)
class ClaimAdmin(ReadOnlyAdmin):
    list_display = (
        "statement_short",
        "status_badge",
        "value",
        "subject",
        "assignee",
        "updated",
    )
    list_display_links = ("statement_short",)
    list_filter = ("status", "indicator", "subject", "assignee")
    search_fields = ("statement", "subject", "place")
    list_select_related = ("attributed_to",)
    actions = [spreadsheets.export_selected]  # type: ignore[assignment]

    @admin.display(description="Statement", ordering="statement")
    def statement_short(self, obj: models.Claim) -> str:
        return obj.statement if len(obj.statement) <= 110 else obj.statement[:107] + "…"

    @admin.display(description="Status", ordering="status")
    def status_badge(self, obj: models.Claim) -> str:
        return format_html('<span class="ws-badge ws-{}">{}</span>', obj.status, obj.status)

    @admin.display(description="Value")
    def value(self, obj: models.Claim) -> str:
        return display.value_text(obj.document.get("value"))

    @admin.display(description="Last change", ordering="updated_at")
    def updated(self, obj: models.Claim) -> str:
        return f"{obj.updated_at:%Y-%m-%d %H:%M}"

    def routes(self) -> list[Route]:
        return [
            Route(
                "import-csv/",
                spreadsheets.import_page,
                links.url_name(models.Claim, "import_csv"),
            ),
            Route("report/", views.report_claim, links.url_name(models.Claim, "report")),
            *(
                Route(
                    f"<str:claim_id>/{op.slug}/",
                    partial(views.operation_view, op=op),
                    links.url_name(models.Claim, op.slug),
                )
                for op in OPERATIONS
            ),
        ]

    def page(self, request: HttpRequest, object_id: str) -> HttpResponse:
        return views.claim_page(request, self, object_id)

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        if "as_of" in request.GET:
            return views.claims_as_of(request, self)
        return super().changelist_view(request, extra_context)

    def list_context(self, request: HttpRequest) -> dict[str, Any]:
        return {
            "picker": views.picker_value(None),
            "review_url": reverse("admin:review_queue"),
            "can_report": commands.can(request.user, "report"),
            "report_url": links.admin_url(models.Claim, "report"),
            "import_url": links.admin_url(models.Claim, "import_csv"),
        }

    def add_view(
        self, request: HttpRequest, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        """Django's "add" address (a bookmark, a habit) leads to reporting a claim: a claim
        is made by its first event, never by a row (the report page checks the role)."""
        if request.method != "GET":
            raise PermissionDenied
        return HttpResponseRedirect(links.admin_url(models.Claim, "report"))


@admin.register(models.Citation)
class CitationAdmin(ReadOnlyAdmin):
    """Citations: the list, and each one's page (the claim then beside now, acknowledge)."""

    list_display = (
        "url",
        "claim",
        "cited_version",
        "acknowledged_version",
        "cited_by",
        "created_at",
    )
    search_fields = ("url", "=claim__id")
    list_select_related = ("claim",)

    def routes(self) -> list[Route]:
        from claims.workspace import citations

        return [
            Route(
                "<str:citation_id>/acknowledge/",
                citations.acknowledge,
                links.url_name(models.Citation, "acknowledge"),
            )
        ]

    def page(self, request: HttpRequest, object_id: str) -> HttpResponse:
        from claims.workspace import citations

        return citations.citation_page(request, self, object_id)


@admin.register(models.ClaimVersion)
class ClaimVersionAdmin(ReadOnlyAdmin):
    list_display = ("claim_id", "version", "status", "recorded_from", "recorded_to")
    list_filter = ("status",)
    search_fields = ("=claim_id",)
    ordering = ("-recorded_from",)


@admin.register(models.Figure)
class FigureAdmin(ReadOnlyAdmin):
    list_display = ("claim", "source", "amount", "unit", "qualifier", "status", "is_primary")
    list_filter = ("status", "is_primary")
    list_select_related = ("claim", "source")


@admin.register(models.Dispute)
class DisputeAdmin(ReadOnlyAdmin):
    list_display = ("claim", "status", "reason", "opened_at", "resolved_at")
    list_filter = ("status",)
    list_select_related = ("claim",)


@admin.register(models.Evidence)
class EvidenceAdmin(ReadOnlyAdmin):
    list_display = ("claim", "title", "url", "kind", "given_with", "attached_at")
    list_filter = ("given_with",)
    list_select_related = ("claim",)


# The review queue sits at the top of the admin (/admin/review/), beside the index. Wrapping the
# default site's get_urls keeps this inside the app: a custom AdminSite would need a settings
# change (an AdminConfig with default_site) for the same one route.
_site_urls = admin.site.get_urls


def _get_urls_with_review() -> list[URLPattern | URLResolver]:
    review = path("review/", admin.site.admin_view(views.site_review_queue), name="review_queue")
    return [review, *_site_urls()]


admin.site.get_urls = _get_urls_with_review  # type: ignore[method-assign]

# Login attempts on the admin count against the same per-address `login` rate as the API's
# token endpoint (THROTTLE_LOGIN): password guessing gets 429, not unlimited tries.
_site_login = admin.site.login


def _throttled_login(request: HttpRequest, extra_context: dict[str, Any] | None = None) -> Any:
    if request.method == "POST":
        throttle = LoginThrottle()
        if not throttle.allow_request(request, None):  # type: ignore[arg-type]
            response = HttpResponse(
                "Too many login attempts from this address; try again later.",
                status=429,
                content_type="text/plain; charset=utf-8",
            )
            response["Retry-After"] = str(max(1, int(throttle.wait() or 60)))
            return response
    return _site_login(request, extra_context)


admin.site.login = _throttled_login  # type: ignore[method-assign]

# "Import an article" (claims/workspace/imports.py) registers its model admin and pages on import.
from claims.workspace import imports as admin_import  # noqa: E402, F401
