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

import contextlib
import datetime as dt
import logging
import random
import threading
import time
import uuid
from dataclasses import dataclass, field

from django.db import DatabaseError, IntegrityError, connections, transaction
from django.db.models import F, Q
from django.utils import timezone

from claims.webhooks import conf, outbox
from claims.webhooks.models import (
    DELIVERED,
    FAILED,
    PENDING,
    Attempt,
    Checkpoint,
    Delivery,
    Subscription,
)
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
# The watcher (one run at a time) stays on this long after the last event or send, so that a
# steady stream of events is picked up within a poll instead of waiting for a task to start.
IDLE_SECONDS = 2.0
WATCH_SECONDS = 5.0


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
    # Subscriptions whose thread is waiting on a receiver right now (guarded by the run's lock).
    sending: set[uuid.UUID] = field(default_factory=set)


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


QUEUE_BATCH = 50
FLUSH_EVERY = 20
FLUSH_SECONDS = 0.1


def _queue(subscription_id: uuid.UUID) -> list[Delivery]:
    """What to send next, in order: the due pings, then the head of the queue and the
    deliveries behind it (due or not: the head decides)."""
    now = timezone.now()
    pending = Delivery.objects.filter(subscription_id=subscription_id, state=PENDING)
    pings = list(
        pending.filter(ordered=False, next_attempt_at__lte=now)
        .select_related("message")
        .order_by("id")[:QUEUE_BATCH]
    )
    if pings:
        return pings
    return list(pending.filter(ordered=True).select_related("message").order_by("id")[:QUEUE_BATCH])


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


@dataclass(frozen=True, slots=True)
class Sent:
    """One attempt made and not yet written."""

    delivery: Delivery
    outcome: Outcome
    started_at: dt.datetime


def _fields(sent: Sent, now: dt.datetime) -> dict[str, object]:
    """What one attempt means for its delivery: delivered, failed for good, or a retry."""
    delivery, outcome = sent.delivery, sent.outcome
    first = delivery.first_attempt_at or sent.started_at
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
        number = delivery.attempts + 1
        fields["next_attempt_at"] = now + dt.timedelta(seconds=backoff(number))
    return fields


def record(batch: list[Sent], owner: str | None) -> bool:
    """Write these attempts and what they mean for their deliveries in one transaction, and
    renew the lease when `owner` is given. False when the lease was lost (another worker took
    over) or a delivery is gone or no longer pending (nothing is written then)."""
    if not batch:
        return True
    now = timezone.now()
    try:
        with transaction.atomic():
            if owner is not None:
                renewed = Subscription.objects.filter(
                    pk=batch[0].delivery.subscription_id, lease_owner=owner
                ).update(lease_until=now + dt.timedelta(seconds=lease_seconds()))
                if not renewed:
                    transaction.set_rollback(True)
                    return False
            # Deliveries answered with the same status in one UPDATE (most of a batch), the
            # others (retries, failures) one by one.
            ok: dict[int, list[Sent]] = {}
            for sent in batch:
                if sent.outcome.ok and sent.delivery.first_attempt_at is None:
                    ok.setdefault(int(sent.outcome.status or 0), []).append(sent)
                    continue
                updated = Delivery.objects.filter(pk=sent.delivery.pk, state=PENDING).update(
                    **_fields(sent, now)
                )
                if not updated:
                    transaction.set_rollback(True)
                    return False
            for status, group in ok.items():
                ids = [sent.delivery.pk for sent in group]
                updated = Delivery.objects.filter(pk__in=ids, state=PENDING).update(
                    attempts=F("attempts") + 1,
                    first_attempt_at=min(sent.started_at for sent in group),
                    last_status=status,
                    last_error="",
                    state=DELIVERED,
                    delivered_at=now,
                    next_attempt_at=None,
                )
                if updated != len(ids):
                    transaction.set_rollback(True)
                    return False
            Attempt.objects.bulk_create(
                [
                    Attempt(
                        delivery_id=sent.delivery.pk,
                        number=sent.delivery.attempts + 1,
                        started_at=sent.started_at,
                        duration_ms=sent.outcome.duration_ms,
                        status_code=sent.outcome.status,
                        error=sent.outcome.error[:500],
                        response_excerpt=sent.outcome.excerpt[:500],
                    )
                    for sent in batch
                ]
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
        renewed_at = time.monotonic()
        unwritten: list[Sent] = []
        first_unwritten = 0.0

        def flush() -> bool:
            # The lease is renewed well before it could expire; in between, only this worker
            # sends to the subscription, so attempts are written without the check.
            nonlocal renewed_at
            renew = time.monotonic() - renewed_at > lease_seconds() / 3
            kept = record(unwritten, owner if renew else None)
            if renew:
                renewed_at = time.monotonic()
            with lock:
                ran.attempts += len(unwritten)
                ran.delivered += sum(s.outcome.ok for s in unwritten)
            unwritten.clear()
            return kept

        busy_at = time.monotonic()
        while time.monotonic() < deadline and not parked:
            queue = _queue(subscription_id)
            if not queue:
                # Stay a moment for the next event rather than end the thread: a new thread
                # means a new database connection, which costs more than a poll.
                if time.monotonic() - busy_at > IDLE_SECONDS / 2:
                    break
                time.sleep(POLL_SECONDS)
                continue
            busy_at = time.monotonic()
            failed = False
            for delivery in queue:
                if time.monotonic() >= deadline:
                    break
                due = delivery.next_attempt_at
                if due is not None and due > timezone.now():
                    if not flush():
                        return
                    park(subscription_id, owner, due)
                    parked = True
                    break
                started_at = timezone.now()
                with lock:
                    ran.sending.add(subscription_id)
                try:
                    outcome = send_one(delivery, secret, channel)
                finally:
                    with lock:
                        ran.sending.discard(subscription_id)
                if not unwritten:
                    first_unwritten = time.monotonic()
                unwritten.append(Sent(delivery, outcome, started_at))
                failed = not outcome.ok
                # Attempts are written together (fewer, shorter write transactions), a few at
                # most and never later than FLUSH_SECONDS: what a killed worker sent but did
                # not write is sent again, with its id.
                due_to_write = (
                    failed
                    or len(unwritten) >= FLUSH_EVERY
                    or time.monotonic() - first_unwritten >= FLUSH_SECONDS
                )
                if due_to_write and not flush():
                    return
                if failed:
                    break  # head of line: its retry comes first (the queue is read again)
            if not flush():
                return
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


def watch(owner: str) -> bool:
    """Be (or stay) the run that watches the log between nudges; False if another one is."""
    now = timezone.now()
    held = (
        Checkpoint.objects.filter(name=outbox.CONSUMER)
        .filter(Q(watcher=owner) | Q(watch_until__isnull=True) | Q(watch_until__lte=now))
        .update(watch_until=now + dt.timedelta(seconds=WATCH_SECONDS), watcher=owner)
    )
    return held == 1


def unwatch(owner: str) -> None:
    Checkpoint.objects.filter(name=outbox.CONSUMER, watcher=owner).update(
        watch_until=None, watcher=""
    )


def run(max_seconds: float = 20.0) -> Ran:
    """Produce and send until nothing is due and no subscription is being served, or for
    `max_seconds` (threads finish the attempt they are in: at most the timeout more).

    One run at a time is the watcher: it stays on IDLE_SECONDS after the last thing it did;
    any other run ends as soon as it has nothing to do."""
    owner = uuid.uuid4().hex
    deadline = time.monotonic() + max_seconds
    ran = Ran()
    lock = threading.Lock()
    threads: dict[uuid.UUID, threading.Thread] = {}
    last_activity = time.monotonic()
    watching, watched_at = False, 0.0
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
            now = time.monotonic()
            if threads or started or produced.events or produced.busy:
                last_activity = now
            elif not watching or now - last_activity > IDLE_SECONDS:
                break  # nothing to produce, nothing due: the next nudge or sweep comes back
            if now - watched_at > WATCH_SECONDS / 3:
                watching, watched_at = watch(owner), now
            if produced.events < outbox.BATCH:
                time.sleep(POLL_SECONDS)
    finally:
        with contextlib.suppress(DatabaseError):
            unwatch(owner)
        # A thread in an attempt finishes it on its own (it saw the deadline) and gives its
        # lease back; waiting for a hung receiver here would hold up the next run, and with it
        # every other subscription. The others are only polling: they end within a poll.
        for sub_id, thread in threads.items():
            with lock:
                waiting_on_receiver = sub_id in ran.sending
            if not waiting_on_receiver:
                thread.join(timeout=0.5)
    log.info(
        "webhooks: produced %d events, %d attempts, %d delivered (%s)",
        ran.produced,
        ran.attempts,
        ran.delivered,
        "watcher" if watching else "helper",
    )
    return ran
