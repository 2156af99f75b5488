"""Webhooks in the admin (editors): the endpoints, each one's delivery log with its attempts,
and two operations — redeliver a delivery, send a ping — each calling a service.

Registering an endpoint is done through the API (its secret is shown once, in that answer).
"""

from __future__ import annotations

import uuid
from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_POST

from claims.core.roles import EDITOR, roles_of
from claims.webhooks import services
from claims.webhooks.models import STATES, Delivery, Subscription
from claims.workspace.bases import ReadOnlyAdmin, Route

DELIVERIES_SHOWN = 100


def _editor(request: HttpRequest) -> bool:
    return bool(request.user.is_active and request.user.is_staff) and EDITOR in roles_of(
        request.user
    )


def change_url(subscription_id: Any) -> str:
    return reverse("admin:webhooks_subscription_change", args=[subscription_id])


@admin.register(Subscription)
class SubscriptionAdmin(ReadOnlyAdmin):
    list_display = ("url", "event_list", "claim_id", "active", "pending", "failed", "created_at")
    list_filter = ("active",)
    search_fields = ("url",)

    def get_queryset(self, request: HttpRequest) -> Any:
        return (
            super()
            .get_queryset(request)
            .annotate(
                n_pending=Count("deliveries", filter=Q(deliveries__state="pending")),
                n_failed=Count("deliveries", filter=Q(deliveries__state="failed")),
            )
        )

    @admin.display(description="Events")
    def event_list(self, obj: Subscription) -> str:
        return ", ".join(obj.events)

    @admin.display(description="Pending", ordering="n_pending")
    def pending(self, obj: Any) -> int:
        return int(obj.n_pending)

    @admin.display(description="Failed", ordering="n_failed")
    def failed(self, obj: Any) -> int:
        return int(obj.n_failed)

    # Editors see and operate webhooks; nobody adds or edits them here (the API does).
    def has_module_permission(self, request: HttpRequest) -> bool:
        return _editor(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return _editor(request)

    def routes(self) -> list[Route]:
        return [
            Route(
                "<uuid:subscription_id>/deliveries/<int:delivery_id>/redeliver/",
                redeliver,
                "webhooks_subscription_redeliver",
            ),
            Route("<uuid:subscription_id>/test/", ping, "webhooks_subscription_test"),
        ]

    def page(self, request: HttpRequest, object_id: str) -> HttpResponse:
        return webhook_page(request, self, object_id)


def webhook_page(request: HttpRequest, model_admin: SubscriptionAdmin, object_id: str) -> Any:
    """The endpoint and its delivery log: each delivery with its attempts, newest first."""
    if request.method not in ("GET", "HEAD"):
        raise PermissionDenied
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    try:
        sub = Subscription.objects.get(pk=uuid.UUID(str(object_id)))
    except (ValueError, Subscription.DoesNotExist):
        raise Http404("No such webhook.") from None
    # ?state= shows one state's deliveries: the failed ones of a busy endpoint are not all
    # among its latest hundred.
    state = request.GET.get("state", "")
    rows = Delivery.objects.filter(subscription=sub)
    if state in dict(STATES):
        rows = rows.filter(state=state)
    else:
        state = ""
    deliveries = list(
        rows.select_related("message")
        .prefetch_related("attempt_log")
        .order_by("-id")[:DELIVERIES_SHOWN]
    )
    ctx = {
        **model_admin.admin_site.each_context(request),
        "opts": Subscription._meta,
        "title": f"Webhook: {sub.url}",
        "subscription": sub,
        "deliveries": [
            {
                "delivery": d,
                "attempts": list(d.attempt_log.all()),
                "redeliver_url": reverse(
                    "admin:webhooks_subscription_redeliver", args=[sub.pk, d.pk]
                ),
            }
            for d in deliveries
        ],
        "test_url": reverse("admin:webhooks_subscription_test", args=[sub.pk]),
        "state": state,
        "states": [("", "all")] + [(value, label) for value, label in STATES],
        "shown": DELIVERIES_SHOWN,
    }
    return TemplateResponse(request, "claims/admin/webhook.html", ctx)


@require_POST
def redeliver(
    request: HttpRequest,
    model_admin: SubscriptionAdmin,
    subscription_id: uuid.UUID,
    delivery_id: int,
) -> HttpResponse:
    """The redeliver operation: the same payload and id, sent again."""
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    delivery = services.redeliver(subscription_id, delivery_id)
    if delivery is None:
        raise Http404("This webhook has no such delivery.")
    messages.success(request, f"Delivery #{delivery.pk} ({delivery.message.type}) queued again.")
    return HttpResponseRedirect(change_url(subscription_id))


@require_POST
def ping(request: HttpRequest, model_admin: SubscriptionAdmin, subscription_id: uuid.UUID) -> Any:
    """The test operation: queue a ping to the endpoint."""
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    delivery = services.ping(subscription_id)
    if delivery is None:
        raise Http404("No such webhook.")
    messages.success(request, f"Ping queued as delivery #{delivery.pk}.")
    return HttpResponseRedirect(change_url(subscription_id))
