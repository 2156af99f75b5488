"""The model admins the workspace builds on: read-only rows whose pages are the workspace's own.

Every admin of the log, the read models, imported articles and webhooks is view-only (changes go
through operations that call a service), adds a few routes of its own beside the default ones,
often replaces the change form by a page, and passes links to the list page. Subclasses say
which routes (``routes``), which page (``page``) and which links (``list_context``); the wiring
is written once here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, NamedTuple

from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, path


class Route(NamedTuple):
    """One extra admin URL: its pattern (below the model's admin URL), a view taking the
    model admin as ``model_admin``, and the URL's name (without the ``admin:`` namespace)."""

    pattern: str
    view: Callable[..., Any]
    name: str


class ReadOnlyAdmin(admin.ModelAdmin):
    """Nobody adds, changes or deletes these rows here: they are the log or derived from it."""

    actions = None

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def routes(self) -> Sequence[Route]:
        """The model's own pages and operations, served before the default admin URLs."""
        return ()

    def page(self, request: HttpRequest, object_id: str) -> HttpResponse | None:
        """The page that replaces the change form, or None to keep Django's (read-only) one."""
        return None

    def list_context(self, request: HttpRequest) -> dict[str, Any]:
        """What the list page's template needs beyond Django's (links to this model's pages)."""
        return {}

    def get_urls(self) -> list[URLPattern]:
        site = self.admin_site
        mine = [
            path(r.pattern, site.admin_view(partial(r.view, model_admin=self)), name=r.name)
            for r in self.routes()
        ]
        return [*mine, *super().get_urls()]

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        own = self.page(request, object_id)
        if own is not None:
            return own
        return super().change_view(request, object_id, form_url, extra_context)

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        extra = self.list_context(request)
        return super().changelist_view(request, {**extra, **(extra_context or {})})
