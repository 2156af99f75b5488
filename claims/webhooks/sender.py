"""Send pending deliveries: each subscription in log order, each in its own thread.

`run()` is what a worker does for a while (a Celery task calls it): it turns new events into
deliveries (claims/webhooks/outbox.py), takes the lease of every subscription with a delivery
due and no sender, and serves each leased subscription in a thread of its own, so a receiver
that hangs holds up nobody else. A subscription's deliveries go out one at a time in log order
(head of line): the next waits until the previous is delivered or finally failed. Pings are
sent apart, in no order.

A delivery answered 2xx is delivered. Anything else — another status (a redirect too), a
timeout, a refused address, a connection error — is retried after an exponential backoff with
jitter (1 s, 2 s, 4 s… up to CLAIMS_WEBHOOK_BACKOFF_MAX_SECONDS, each between half and all of
it) until CLAIMS_WEBHOOK_RETRY_HOURS after its first attempt, then marked failed. Each attempt
and its outcome are written in one transaction that also renews the lease.

Leases make the sending safe to run anywhere at once: a subscription is served by the one
worker whose lease is current. A worker killed mid-send leaves its lease to expire; another
worker then sends the same delivery again, with the same id (receivers dedupe by `id`), so at
most the one in flight per subscription is repeated. A subscription whose next delivery waits
for its backoff is parked (leased by nobody until that moment), so it is not polled meanwhile.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import threading
import time
import uuid
from dataclasses import dataclass

from django.db import DatabaseError, IntegrityError, connections, transaction
from django.db.models import F, Q
from django.utils import timezone

from claims.webhooks import conf, outbox
from claims.webhooks.models import DELIVERED, FAILED, PENDING, Attempt, Delivery, Subscription
from claims.webhooks.signing import (
    EVENT_ID_HEADER,
    SIGNATURE_HEADER,
    SecretUnreadable,
    decrypt,
    signature,
)
from claims.webhooks.transport import Channel, Outcome

log = logging.getLogger(__name__)

POLL_SECONDS = 0.05
PARKED = ""  # lease_owner of a subscription nobody sends to until lease_until


def lease_seconds() -> float:
    """Long enough for one attempt and its bookkeeping; renewed after every attempt."""
    return conf.timeout_seconds() * 2 + 10


def backoff(failures: int) -> float:
    """Seconds to wait after the n-th failed attempt: exponential, capped, with jitter."""
    ceiling = min(conf.backoff_max_seconds(), 2.0 ** min(max(failures - 1, 0), 30))
    return ceiling * random.uniform(0.5, 1.0)


@dataclass(slots=True)
class Ran:
    produced: int = 0
    attempts: int = 0
    delivered: int = 0


# --- Leases ----------------------------------------------------------------------------------


def _free(now: dt.datetime) -> Q:
    return Q(lease_until__isnull=True) | Q(lease_until__lte=now)


def take_lease(subscription_id: uuid.UUID, owner: str) -> bool:
    now = timezone.now()
    taken = (
        Subscription.objects.filter(pk=subscription_id, active=True)
        .filter(_free(now))
        .update(lease_until=now + dt.timedelta(seconds=lease_seconds()), lease_owner=owner)
    )
    return taken == 1


def release(subscription_id: uuid.UUID, owner: str) -> None:
    Subscription.objects.filter(pk=subscription_id, lease_owner=owner).update(
        lease_until=None, lease_owner=""
    )


def park(subscription_id: uuid.UUID, owner: str, until: dt.datetime) -> None:
    """Nobody sends to it before `until` (its next delivery's backoff)."""
    Subscription.objects.filter(pk=subscription_id, lease_owner=owner).update(
        lease_until=until, lease_owner=PARKED
    )


def unpark(subscription_id: uuid.UUID) -> None:
    """Something is due now (a redelivery, a ping): end a parking, never a sender's lease."""
    Subscription.objects.filter(pk=subscription_id, lease_owner=PARKED).update(lease_until=None)


def due_subscriptions(exclude: set[uuid.UUID]) -> list[uuid.UUID]:
    """Active subscriptions with a delivery due and nobody sending to them."""
    now = timezone.now()
    ids = (
        Delivery.objects.filter(state=PENDING, next_attempt_at__lte=now, subscription__active=True)
        .filter(Q(subscription__lease_until__isnull=True) | Q(subscription__lease_until__lte=now))
        .values_list("subscription_id", flat=True)
        .distinct()
    )
    return [i for i in ids if i not in exclude]


# --- One subscription ---------------------------------------------------------------------------


def _next(subscription_id: uuid.UUID) -> Delivery | None:
    """A due ping, else the head of the queue (due or not)."""
    now = timezone.now()
    pending = Delivery.objects.filter(subscription_id=subscription_id, state=PENDING)
    ping = (
        pending.filter(ordered=False, next_attempt_at__lte=now)
        .select_related("message")
        .order_by("id")
        .first()
    )
    if ping is not None:
        return ping
    return pending.filter(ordered=True).select_related("message").order_by("id").first()


def send_one(delivery: Delivery, secret: str, channel: Channel) -> Outcome:
    """POST one delivery, freshly signed."""
    raw = delivery.message.body.encode("utf-8")
    headers = {
        "Content-Type": "application/json",
        EVENT_ID_HEADER: str(delivery.message_id),
        SIGNATURE_HEADER: signature(secret, raw),
        "X-Claims-Delivery": str(delivery.pk),
        "X-Claims-Attempt": str(delivery.attempts + 1),
    }
    return channel.post(raw, headers)


def record(
    delivery: Delivery, outcome: Outcome, started_at: dt.datetime, owner: str | None
) -> bool:
    """Write the attempt and what it means for the delivery; renew the lease. False when the
    lease was lost (another worker took over) or the delivery is gone."""
    now = timezone.now()
    number = delivery.attempts + 1
    first = delivery.first_attempt_at or started_at
    fields: dict[str, object] = {
        "attempts": F("attempts") + 1,
        "first_attempt_at": first,
        "last_status": outcome.status,
        "last_error": outcome.error[:500],
    }
    if outcome.ok:
        fields.update(state=DELIVERED, delivered_at=now, next_attempt_at=None)
    elif now - first >= dt.timedelta(hours=conf.retry_hours()):
        fields.update(state=FAILED, next_attempt_at=None)
    else:
        fields["next_attempt_at"] = now + dt.timedelta(seconds=backoff(number))
    try:
        with transaction.atomic():
            if owner is not None:
                renewed = Subscription.objects.filter(
                    pk=delivery.subscription_id, lease_owner=owner
                ).update(lease_until=now + dt.timedelta(seconds=lease_seconds()))
                if not renewed:
                    return False
            updated = Delivery.objects.filter(pk=delivery.pk, state=PENDING).update(**fields)
            if not updated:
                return False
            Attempt.objects.create(
                delivery_id=delivery.pk,
                number=number,
                started_at=started_at,
                duration_ms=outcome.duration_ms,
                status_code=outcome.status,
                error=outcome.error[:500],
                response_excerpt=outcome.excerpt[:500],
            )
    except IntegrityError:
        return False  # the subscription was deleted meanwhile
    return True


def serve(
    subscription_id: uuid.UUID, owner: str, deadline: float, ran: Ran, lock: threading.Lock
) -> None:
    """Send one leased subscription's due deliveries in order until its queue waits or empties,
    or the deadline passes; then give the lease back (or park the subscription)."""
    parked = False
    channel: Channel | None = None
    try:
        sub = Subscription.objects.filter(pk=subscription_id, lease_owner=owner).first()
        if sub is None:
            return
        try:
            secret = decrypt(sub.secret_encrypted)
        except SecretUnreadable as exc:
            log.error("webhook %s: %s", sub.pk, exc)
            park(subscription_id, owner, timezone.now() + dt.timedelta(minutes=5))
            parked = True
            return
        channel = Channel(sub.url)
        while time.monotonic() < deadline:
            delivery = _next(subscription_id)
            if delivery is None:
                break
            due = delivery.next_attempt_at
            if due is not None and due > timezone.now():
                park(subscription_id, owner, due)
                parked = True
                break
            started_at = timezone.now()
            outcome = send_one(delivery, secret, channel)
            kept = record(delivery, outcome, started_at, owner)
            with lock:
                ran.attempts += 1
                ran.delivered += int(outcome.ok)
            if not kept:
                break
    except DatabaseError:
        log.exception("webhook sender for %s stopped on a database error", subscription_id)
    finally:
        if channel is not None:
            channel.close()
        try:
            if not parked:
                release(subscription_id, owner)
        except DatabaseError:
            log.exception("could not release the lease of %s (it expires)", subscription_id)
        connections.close_all()


# --- The loop a worker runs -----------------------------------------------------------------


def run(max_seconds: float = 20.0) -> Ran:
    """Produce and send until nothing is due and no subscription is being served, or for
    `max_seconds` (threads finish the attempt they are in: at most the timeout more)."""
    owner = uuid.uuid4().hex
    deadline = time.monotonic() + max_seconds
    ran = Ran()
    lock = threading.Lock()
    threads: dict[uuid.UUID, threading.Thread] = {}
    try:
        while time.monotonic() < deadline:
            produced = outbox.produce()
            ran.produced += produced.events
            for sub_id, thread in list(threads.items()):
                if not thread.is_alive():
                    del threads[sub_id]
            room = conf.senders() - len(threads)
            started = 0
            for sub_id in due_subscriptions(set(threads))[: max(room, 0)]:
                if take_lease(sub_id, owner):
                    thread = threading.Thread(
                        target=serve,
                        args=(sub_id, owner, deadline, ran, lock),
                        name=f"webhook-{sub_id}",
                        daemon=True,
                    )
                    threads[sub_id] = thread
                    thread.start()
                    started += 1
            if not threads and not started and produced.events == 0 and not produced.busy:
                break  # nothing to produce, nothing due: the next nudge or sweep comes back
            if produced.events < outbox.BATCH:
                time.sleep(POLL_SECONDS)
    finally:
        for thread in threads.values():
            thread.join(timeout=conf.timeout_seconds() + 5)
    return ran
