"""Webhook endpoints (editors only, reads included: endpoints and their logs are internal).

- `POST /api/v1/webhooks/` `{"url", "events": ["*"] | ["claim.refuted", …], "claim"?}` → 201
  with `id` and `secret` (shown this once). `GET /api/v1/webhooks/`, `GET` and `DELETE
  /api/v1/webhooks/{id}/`.
- `GET /api/v1/webhooks/{id}/deliveries/`: each delivery with its payload and every attempt
  (status code, duration, error); `POST …/deliveries/{delivery}/redeliver/` sends one again.
- `POST /api/v1/webhooks/{id}/test/` queues a ping; `POST …/rotate-secret/` → a new secret.

Each delivery is `POST <url>` with the JSON payload (`WebhookPayload`) and the headers
`Content-Type: application/json`, `X-Claims-Event-Id: <id>` and
`X-Claims-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the
secret. 2xx means delivered; anything else, or no answer within 5 seconds, is retried with
backoff for 24 hours; receivers dedupe by `id`.
"""

from __future__ import annotations

import uuid
from typing import Any

import orjson
from django.core.validators import RegexValidator
from django.db.models import Count
from django.urls import path, reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiCallback,
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
)
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api import serializers as s
from claims.api.base import ApiView, validated
from claims.api.choices import ChoiceField
from claims.api.errors import INVALID_COMBINATION, URL_REFUSED, field_error
from claims.api.pagination import PageQuery, paginate
from claims.api.schema import RETRY_AFTER_READ, RETRY_AFTER_WRITE, ApiSchema, responses
from claims.core.commands import URL
from claims.core.domain.errors import CommandRejected
from claims.core.roles import EDITOR, roles_of
from claims.webhooks import services
from claims.webhooks.models import STATES, Delivery, Subscription
from claims.webhooks.outbox import EVENT_TYPES
from claims.webhooks.signing import EVENT_ID_HEADER, SIGNATURE_HEADER

WRITE_ERRORS = (400, 401, 403, 404, 413, 415, 429, 503)
CREATE_ERRORS = (400, 401, 403, 413, 415, 429, 503)
READ_ERRORS = (400, 401, 403, 404, 429)


class EditorsOnly(BasePermission):
    """Editors, for every method (401 without credentials, 403 for other roles)."""

    message = "Webhooks are managed by editors."

    def has_permission(self, request: Request, view: Any) -> bool:
        return EDITOR in roles_of(request.user)


class PrivateSchema(ApiSchema):
    """No anonymous access, even to reads."""

    def get_auth(self) -> list[dict[str, Any]]:
        auths: list[dict[str, Any]] = super(ApiSchema, self).get_auth()
        return auths


class WebhookView(ApiView):
    permission_classes = [EditorsOnly]
    schema = PrivateSchema()


# --- Shapes ---------------------------------------------------------------------------------------

EventNameField = s._enum("WebhookEventField", ["*", *EVENT_TYPES], "A webhook event type.")


class WebhookInput(serializers.Serializer):
    url = serializers.CharField(
        max_length=2000,
        validators=[RegexValidator(f"^(?:{URL.regex})$", URL.message)],
        help_text="Where to POST: https, on a public address (checked now and at each delivery; "
        "a URL the server will not call is a 400 `url_refused` naming `url`).",
    )
    events = serializers.ListField(
        child=EventNameField(choices=["*", *EVENT_TYPES]),
        min_length=1,
        max_length=services.MAX_EVENT_TYPES,
        help_text='The event types to receive, or ["*"] for all.',
    )
    claim = serializers.CharField(
        max_length=64,
        required=False,
        allow_null=True,
        allow_blank=True,
        help_text="Only this claim's events (optional).",
    )


class WebhookOutput(serializers.Serializer):
    id = serializers.UUIDField()
    url = serializers.CharField()
    events = serializers.ListField(child=serializers.CharField())
    claim = serializers.CharField(allow_null=True)
    active = serializers.BooleanField()
    created_by = serializers.CharField(allow_blank=True)
    created_at = serializers.DateTimeField()
    pending = serializers.IntegerField(help_text="Deliveries waiting to be delivered.")
    failed = serializers.IntegerField(help_text="Deliveries given up after 24 hours of retries.")


class WebhookCreatedOutput(WebhookOutput):
    secret = serializers.CharField(
        help_text="Signs every delivery (X-Claims-Signature). Shown only in this answer."
    )


class WebhookPageOutput(serializers.Serializer):
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = WebhookOutput(many=True)


class SecretOutput(serializers.Serializer):
    id = serializers.UUIDField()
    secret = serializers.CharField(help_text="The new secret, shown only in this answer.")


class StaleCitationOutput(serializers.Serializer):
    id = serializers.CharField()
    url = serializers.CharField()
    title = serializers.CharField(allow_blank=True)
    cited_version = serializers.IntegerField()
    acknowledged_version = serializers.IntegerField(allow_null=True)


class WebhookLinks(serializers.Serializer):
    api = serializers.CharField(help_text="The claim in the API (GET).")
    page = serializers.CharField(help_text="The claim's public page.")


class WebhookPayload(serializers.Serializer):
    """The JSON body of every delivery. Signed: `X-Claims-Signature: t=<unix seconds>,
    v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with the secret>`; `X-Claims-Event-Id`
    repeats `id`, which receivers dedupe by (a retry or redelivery carries the same id)."""

    id = serializers.UUIDField(
        help_text="The event's id (a citation.stale or ping message has its own, stable id)."
    )
    type = serializers.CharField(help_text="claim.<event>, citation.stale or ping.")
    position = serializers.IntegerField(allow_null=True, help_text="The event's log position.")
    occurred_at = serializers.DateTimeField(allow_null=True)
    recorded_at = serializers.DateTimeField()
    claim = s.ClaimOutput(allow_null=True, help_text="The claim as it stood after the event.")
    links = WebhookLinks(
        allow_null=True,
        required=False,
        help_text="Where to read the claim and its public page: absolute under "
        "CLAIMS_PUBLIC_BASE_URL, else paths on the tracker's host; null in a ping (and in a "
        "delivery made before deliveries carried links).",
    )
    citations = StaleCitationOutput(many=True, help_text="The citations this event made stale.")
    event_id = serializers.UUIDField(
        required=False, help_text="citation.stale: the claim event that made them stale."
    )
    subscription = serializers.UUIDField(required=False, help_text="ping: the subscription.")


DELIVERY_STATES = [value for value, _ in STATES]


class DeliveryListQuery(PageQuery):
    """Pagination of a webhook's deliveries (newest first), and their state."""

    state = ChoiceField(
        choices=DELIVERY_STATES,
        required=False,
        help_text="Only deliveries in this state: pending (not yet delivered, or waiting for a "
        "retry), delivered, or failed (retried until CLAIMS_WEBHOOK_RETRY_HOURS ran out; "
        "redeliver sends one again).",
    )


class AttemptOutput(serializers.Serializer):
    number = serializers.IntegerField()
    started_at = serializers.DateTimeField()
    duration_ms = serializers.IntegerField()
    status_code = serializers.IntegerField(allow_null=True)
    error = serializers.CharField(allow_blank=True)


class DeliveryOutput(serializers.Serializer):
    id = serializers.IntegerField()
    event_id = serializers.UUIDField(help_text="The payload's id.")
    type = serializers.CharField()
    position = serializers.IntegerField(allow_null=True)
    state = ChoiceField(choices=DELIVERY_STATES)
    attempts = serializers.IntegerField()
    next_attempt_at = serializers.DateTimeField(allow_null=True)
    delivered_at = serializers.DateTimeField(allow_null=True)
    last_status = serializers.IntegerField(allow_null=True)
    last_error = serializers.CharField(allow_blank=True)
    created_at = serializers.DateTimeField()
    payload = WebhookPayload()
    attempt_log = AttemptOutput(many=True)


class DeliveryPageOutput(serializers.Serializer):
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = DeliveryOutput(many=True)


def _counts(sub: Subscription) -> dict[str, int]:
    states = dict.fromkeys(("pending", "failed"), 0)
    for state, n in (
        Delivery.objects.filter(subscription=sub, state__in=list(states))
        .values_list("state")
        .annotate(n=Count("id"))
    ):
        states[state] = n
    return states


def webhook_document(sub: Subscription) -> dict[str, Any]:
    return {
        "id": sub.pk,
        "url": sub.url,
        "events": list(sub.events),
        "claim": sub.claim_id,
        "active": sub.active,
        "created_by": sub.created_by,
        "created_at": sub.created_at,
        **_counts(sub),
    }


def delivery_document(delivery: Delivery) -> dict[str, Any]:
    message = delivery.message
    return {
        "id": delivery.pk,
        "event_id": message.pk,
        "type": message.type,
        "position": message.position,
        "state": delivery.state,
        "attempts": delivery.attempts,
        "next_attempt_at": delivery.next_attempt_at,
        "delivered_at": delivery.delivered_at,
        "last_status": delivery.last_status,
        "last_error": delivery.last_error,
        "created_at": delivery.created_at,
        "payload": orjson.loads(message.body),
        "attempt_log": [
            {
                "number": a.number,
                "started_at": a.started_at,
                "duration_ms": a.duration_ms,
                "status_code": a.status_code,
                "error": a.error,
            }
            for a in delivery.attempt_log.all()
        ],
    }


def _subscription(webhook_id: uuid.UUID) -> Subscription:
    sub = Subscription.objects.filter(pk=webhook_id).first()
    if sub is None:
        raise NotFound("No such webhook.")
    return sub


def _refused(exc: services.Invalid) -> Exception:
    """A refusal the schema cannot state, with its own code: a URL the server will not call
    (its checks depend on settings and on DNS), a claim id that names nothing, event types
    valid one by one that do not go together."""
    if exc.field == "url":
        return field_error("url", exc.message, URL_REFUSED)
    if exc.field == "claim":
        return CommandRejected(exc.message, "claim")
    return field_error(exc.field, exc.message, INVALID_COMBINATION)


SIGNED_HEADERS = [
    OpenApiParameter(
        SIGNATURE_HEADER,
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        required=True,
        description='`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, keyed with '
        "the subscription's secret (its UTF-8 bytes). Compare in constant time; refuse old t.",
    ),
    OpenApiParameter(
        EVENT_ID_HEADER,
        OpenApiTypes.UUID,
        OpenApiParameter.HEADER,
        required=True,
        description="The payload's `id`: dedupe by it.",
    ),
]

DELIVERY_CALLBACK = OpenApiCallback(
    "delivery",
    "{$request.body#/url}",
    extend_schema(
        summary="A delivery: one event, signed",
        description="2xx means delivered; anything else, or no answer within 5 seconds, is "
        "retried with exponential backoff and jitter for 24 hours. Redirects are not "
        "followed; at most 64 KB of the answer is read.",
        request=WebhookPayload,
        parameters=SIGNED_HEADERS,
        responses={200: OpenApiResponse(description="Any 2xx: delivered.")},
    ),
)


# --- Views ----------------------------------------------------------------------------------------


class WebhookCollectionView(WebhookView):
    """GET lists the webhooks; POST registers one."""

    @extend_schema(
        operation_id="webhooks_list",
        summary="List webhooks",
        parameters=[PageQuery, RETRY_AFTER_READ],
        responses=responses({200: WebhookPageOutput}, (400, 401, 403, 429)),
    )
    def get(self, request: Request) -> Response:
        query = validated(PageQuery, request.query_params)
        page = paginate(request, Subscription.objects.order_by("created_at", "id"), query)
        page["results"] = [webhook_document(sub) for sub in page["results"]]
        return Response(WebhookPageOutput(page).data)

    @extend_schema(
        operation_id="webhooks_create",
        summary="Register a webhook (its secret is shown once)",
        request=WebhookInput,
        parameters=[RETRY_AFTER_WRITE],
        responses=responses({201: WebhookCreatedOutput}, CREATE_ERRORS),
        callbacks=[DELIVERY_CALLBACK],
    )
    def post(self, request: Request) -> Response:
        data = validated(WebhookInput, request.data)
        try:
            registered = services.register(
                data["url"], data["events"], data.get("claim"), request.user.get_username()
            )
        except services.Invalid as exc:
            raise _refused(exc) from None
        body = {**webhook_document(registered.subscription), "secret": registered.secret}
        location = request.build_absolute_uri(
            reverse("api-webhook-detail", args=[registered.subscription.pk])
        )
        return Response(WebhookCreatedOutput(body).data, status=201, headers={"Location": location})


class WebhookDetailView(WebhookView):
    """GET reads a webhook; DELETE removes it with its deliveries."""

    @extend_schema(
        operation_id="webhooks_retrieve",
        summary="Read a webhook",
        parameters=[RETRY_AFTER_READ],
        responses=responses({200: WebhookOutput}, READ_ERRORS),
    )
    def get(self, request: Request, webhook_id: uuid.UUID) -> Response:
        return Response(WebhookOutput(webhook_document(_subscription(webhook_id))).data)

    @extend_schema(
        operation_id="webhooks_delete",
        summary="Remove a webhook and its deliveries",
        parameters=[RETRY_AFTER_WRITE],
        responses=responses({204: OpenApiResponse(description="Removed.")}, WRITE_ERRORS),
    )
    def delete(self, request: Request, webhook_id: uuid.UUID) -> Response:
        if not services.remove(webhook_id):
            raise NotFound("No such webhook.")
        return Response(status=204)


class WebhookDeliveriesView(WebhookView):
    """The webhook's deliveries, newest first, each with its attempts."""

    @extend_schema(
        operation_id="webhooks_deliveries",
        summary="A webhook's deliveries and their attempts",
        parameters=[DeliveryListQuery, RETRY_AFTER_READ],
        responses=responses({200: DeliveryPageOutput}, READ_ERRORS),
    )
    def get(self, request: Request, webhook_id: uuid.UUID) -> Response:
        sub = _subscription(webhook_id)
        query = validated(DeliveryListQuery, request.query_params)
        rows = Delivery.objects.filter(subscription=sub)
        if query.get("state"):
            rows = rows.filter(state=query["state"])
        rows = rows.select_related("message").prefetch_related("attempt_log").order_by("-id")
        page = paginate(request, rows, query)
        page["results"] = [delivery_document(d) for d in page["results"]]
        return Response(DeliveryPageOutput(page).data)


def _delivery_response(delivery: Delivery) -> Response:
    fresh = (
        Delivery.objects.select_related("message")
        .prefetch_related("attempt_log")
        .get(pk=delivery.pk)
    )
    return Response(DeliveryOutput(delivery_document(fresh)).data, status=202)


class RedeliverView(WebhookView):
    @extend_schema(
        operation_id="webhooks_redeliver",
        summary="Send a delivery again (same payload, same id)",
        request=None,
        parameters=[RETRY_AFTER_WRITE],
        responses=responses({202: DeliveryOutput}, WRITE_ERRORS),
    )
    def post(self, request: Request, webhook_id: uuid.UUID, delivery_id: int) -> Response:
        delivery = services.redeliver(webhook_id, delivery_id)
        if delivery is None:
            raise NotFound("This webhook has no such delivery.")
        return _delivery_response(delivery)


class PingView(WebhookView):
    @extend_schema(
        operation_id="webhooks_test",
        summary="Queue a ping to the webhook's URL",
        request=None,
        parameters=[RETRY_AFTER_WRITE],
        responses=responses({202: DeliveryOutput}, WRITE_ERRORS),
    )
    def post(self, request: Request, webhook_id: uuid.UUID) -> Response:
        delivery = services.ping(webhook_id)
        if delivery is None:
            raise NotFound("No such webhook.")
        return _delivery_response(delivery)


class RotateSecretView(WebhookView):
    @extend_schema(
        operation_id="webhooks_rotate_secret",
        summary="Replace the webhook's secret (the new one is shown once)",
        request=None,
        parameters=[RETRY_AFTER_WRITE],
        responses=responses({200: SecretOutput}, WRITE_ERRORS),
    )
    def post(self, request: Request, webhook_id: uuid.UUID) -> Response:
        secret = services.rotate_secret(webhook_id)
        if secret is None:
            raise NotFound("No such webhook.")
        return Response(SecretOutput({"id": webhook_id, "secret": secret}).data)


urlpatterns = [
    path("webhooks/", WebhookCollectionView.as_view(), name="api-webhook-list"),
    path("webhooks/<uuid:webhook_id>/", WebhookDetailView.as_view(), name="api-webhook-detail"),
    path(
        "webhooks/<uuid:webhook_id>/deliveries/",
        WebhookDeliveriesView.as_view(),
        name="api-webhook-deliveries",
    ),
    path(
        "webhooks/<uuid:webhook_id>/deliveries/<int:delivery_id>/redeliver/",
        RedeliverView.as_view(),
        name="api-webhook-redeliver",
    ),
    path("webhooks/<uuid:webhook_id>/test/", PingView.as_view(), name="api-webhook-test"),
    path(
        "webhooks/<uuid:webhook_id>/rotate-secret/",
        RotateSecretView.as_view(),
        name="api-webhook-rotate-secret",
    ),
]
