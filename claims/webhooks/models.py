"""Subscriptions, the messages produced for them from the event log, deliveries and attempts.

- `Subscription`: an endpoint, the event types it wants (or "*"), an optional claim, its secret
  (encrypted: claims/webhooks/signing.py), and which worker sends to it (`lease_until`).
- `Message`: one payload, the exact JSON text sent: an event of the log, a `citation.stale`
  produced by one, or a ping. Its `id` is what receivers dedupe by.
- `Delivery`: a message for one subscription, delivered in log order (`id` order per
  subscription): pending, then delivered or, after the retry window, failed.
- `Attempt`: one POST of a delivery: status code, duration, error.
- `Checkpoint`: the last log position turned into deliveries (written with them).
"""

from __future__ import annotations

import uuid

from django.db import models

PENDING = "pending"
DELIVERED = "delivered"
FAILED = "failed"
STATES = [(PENDING, "pending"), (DELIVERED, "delivered"), (FAILED, "failed")]

PING = "ping"
CITATION_STALE = "citation.stale"


class Subscription(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    url = models.CharField(max_length=2000)
    events = models.JSONField(default=list, help_text='Event types, or ["*"] for all.')
    claim_id = models.CharField(
        max_length=64, null=True, blank=True, help_text="Only this claim's events (optional)."
    )
    secret_encrypted = models.TextField(editable=False)
    active = models.BooleanField(default=True)
    created_by = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField()
    # Events at or before this log position (the head when it was registered) are not sent.
    after_position = models.BigIntegerField(default=0)
    # A worker sends this subscription's deliveries, in order, until then (renewed as it goes).
    lease_until = models.DateTimeField(null=True, blank=True)
    lease_owner = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.url

    def wants(self, event_type: str, claim_id: str | None) -> bool:
        """Whether a message of this type about this claim is for this subscription."""
        if self.claim_id and claim_id != self.claim_id:
            return False
        return "*" in self.events or event_type in self.events


class Message(models.Model):
    id = models.UUIDField(primary_key=True, help_text="What receivers dedupe by.")
    type = models.CharField(max_length=64)
    position = models.BigIntegerField(null=True, blank=True, help_text="In the event log.")
    claim_id = models.CharField(max_length=64, blank=True)
    body = models.TextField(help_text="The JSON text sent, byte for byte (UTF-8).")
    created_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.type} {self.id}"


class Delivery(models.Model):
    id = models.BigAutoField(primary_key=True)
    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="deliveries")
    # Pings are sent apart from the log's order: they never wait for, or hold up, the others.
    ordered = models.BooleanField(default=True)
    state = models.CharField(max_length=10, choices=STATES, default=PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    # The retry window starts at the first attempt (again at a redelivery).
    first_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    last_status = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["id"]
        verbose_name_plural = "deliveries"
        indexes = [
            # The head of a subscription's queue: its first pending delivery.
            models.Index(fields=["subscription", "state", "id"], name="delivery_queue"),
            models.Index(fields=["state", "next_attempt_at"], name="delivery_due"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.state}"


class Attempt(models.Model):
    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="attempt_log")
    number = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    duration_ms = models.PositiveIntegerField()
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.CharField(max_length=500, blank=True)
    response_excerpt = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["delivery", "number"]

    def __str__(self) -> str:
        return f"#{self.delivery_id}.{self.number} {self.status_code or self.error}"


class Checkpoint(models.Model):
    """The last log position turned into deliveries, and which worker keeps watch over the log
    (it stays on between nudges while events keep coming: claims/webhooks/sender.py)."""

    name = models.CharField(primary_key=True, max_length=100)
    position = models.BigIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)
    watch_until = models.DateTimeField(null=True, blank=True)
    watcher = models.CharField(max_length=100, blank=True)

    def __str__(self) -> str:
        return f"{self.name} @ {self.position}"
