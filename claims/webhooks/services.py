"""What editors do with webhooks (the API and the admin call these): register an endpoint,
remove it, rotate its secret, send it a ping, redeliver a delivery.

Each write is one transaction; after it commits a worker is nudged (claims/webhooks/tasks.py),
so a lost nudge only waits for the next sweep.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from django.db import IntegrityError, OperationalError, transaction
from django.utils import timezone

from claims.core import eventstore, selectors
from claims.webhooks import addresses, conf, outbox, sender
from claims.webhooks.models import (
    PENDING,
    PING,
    Attempt,
    Checkpoint,
    Delivery,
    Message,
    Subscription,
)
from claims.webhooks.signing import encrypt, new_secret

MAX_EVENT_TYPES = 50


class Invalid(ValueError):
    """A request the webhooks refuse: `field` names what to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True, slots=True)
class Registered:
    subscription: Subscription
    secret: str  # shown once, never stored in the clear


def _nudge() -> None:
    from claims.webhooks import tasks

    transaction.on_commit(tasks.subscriptions_changed, using=conf.db())
    transaction.on_commit(tasks.publish_nudge, using=conf.db())


def event_types(raw: Sequence[str]) -> list[str]:
    """The event types a subscription asks for, checked: ["*"] or known types, no repeats."""
    if not raw:
        raise Invalid("events", 'Name at least one event type, or ["*"] for all.')
    if len(raw) > MAX_EVENT_TYPES:
        raise Invalid("events", f"At most {MAX_EVENT_TYPES} event types.")
    wanted = list(dict.fromkeys(raw))
    if "*" in wanted:
        if len(wanted) > 1:
            raise Invalid("events", '"*" already means every event type: give it alone.')
        return wanted
    unknown = [name for name in wanted if name not in outbox.EVENT_TYPES]
    if unknown:
        raise Invalid(
            "events",
            f"Unknown event type {unknown[0][:64]!r}; known: {', '.join(outbox.EVENT_TYPES)}.",
        )
    return wanted


def register(url: str, events: Sequence[str], claim_id: str | None, actor: str) -> Registered:
    """Register an endpoint: checked now (https, a public address) and again at each delivery.

    It gets the events appended from now on."""
    wanted = event_types(events)
    if claim_id and not selectors.claim_exists(claim_id):
        raise Invalid("claim", "No such claim.")
    try:
        addresses.check(url)
    except addresses.Refused as exc:
        raise Invalid("url", str(exc)) from None
    secret = new_secret()
    outbox.ensure_checkpoint()
    with transaction.atomic(using=conf.db()):
        # The producer's checkpoint row held while the head is read and until the commit
        # (SQLite: the write lock of the webhooks' database, taken at BEGIN): a batch written
        # meanwhile either sees this subscription and is built again, or was written before
        # and ends at or below the head read here (claims/webhooks/outbox.py, Batch.write).
        list(Checkpoint.objects.select_for_update().filter(name=outbox.CONSUMER).values("pk"))
        subscription = Subscription.objects.create(
            url=url,
            events=wanted,
            claim_id=claim_id or None,
            secret_encrypted=encrypt(secret),
            created_by=actor[:150],
            created_at=timezone.now(),
            after_position=eventstore.head_position(),
        )
        _nudge()
    return Registered(subscription, secret)


def remove(subscription_id: uuid.UUID) -> bool:
    """Delete the subscription with its deliveries; False if there was none."""
    from claims.webhooks import tasks

    if not Subscription.objects.filter(pk=subscription_id).update(active=False):
        return False
    tasks.subscriptions_changed()
    # A sender may still be writing the attempt it was making: a row it adds between the
    # cascade's collection and its delete is a foreign-key error, and on PostgreSQL its
    # transaction and this one can deadlock (the server aborts one of them). Either way, try
    # again: the sender stops at its next look at the queue, the subscription being inactive.
    for _ in range(5):
        try:
            with transaction.atomic(using=conf.db()):
                Attempt.objects.filter(delivery__subscription_id=subscription_id).delete()
                Subscription.objects.filter(pk=subscription_id).delete()
            return True
        except (IntegrityError, OperationalError) as exc:
            if isinstance(exc, OperationalError) and not _lost_a_race(exc):
                raise
            time.sleep(0.2)
    raise IntegrityError(f"webhook {subscription_id} keeps getting new attempts")


# PostgreSQL's codes for a transaction aborted by a concurrent one: deadlock_detected and
# serialization_failure.
_RACE_LOST = {"40P01", "40001"}


def _lost_a_race(exc: OperationalError) -> bool:
    return getattr(exc.__cause__, "sqlstate", None) in _RACE_LOST


def rotate_secret(subscription_id: uuid.UUID) -> str | None:
    """A new secret, signing every attempt from now on (the old one stops at once); None if
    there is no such subscription."""
    secret = new_secret()
    updated = Subscription.objects.filter(pk=subscription_id).update(
        secret_encrypted=encrypt(secret)
    )
    return secret if updated else None


def ping(subscription_id: uuid.UUID) -> Delivery | None:
    """Queue a ping for the endpoint (sent apart from the log's order); None if no such
    subscription."""
    subscription = Subscription.objects.filter(pk=subscription_id).first()
    if subscription is None:
        return None
    now = timezone.now()
    message_id = uuid.uuid4()
    with transaction.atomic(using=conf.db()):
        message = Message.objects.create(
            id=message_id,
            type=PING,
            position=None,
            body=outbox.body(message_id, PING, None, None, [], subscription=str(subscription.pk)),
            created_at=now,
        )
        delivery = Delivery.objects.create(
            subscription=subscription,
            message=message,
            ordered=False,
            state=PENDING,
            next_attempt_at=now,
            created_at=now,
        )
        sender.unpark(subscription.pk)
        _nudge()
    return delivery


def redeliver(subscription_id: uuid.UUID, delivery_id: int) -> Delivery | None:
    """Send a delivery again (same message, same id), with a fresh retry window; a pending one
    is tried at once. None if the subscription has no such delivery."""
    now = timezone.now()
    with transaction.atomic(using=conf.db()):
        updated = Delivery.objects.filter(pk=delivery_id, subscription_id=subscription_id).update(
            state=PENDING, next_attempt_at=now, first_attempt_at=None, delivered_at=None
        )
        if not updated:
            return None
        sender.unpark(subscription_id)
        _nudge()
    return Delivery.objects.select_related("message").get(pk=delivery_id)
