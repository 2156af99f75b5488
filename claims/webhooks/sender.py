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
it) until CLAIMS_WEBHOOK_RETRY_HOURS after its first attempt, then marked failed.

The database is written by the run's loop only, a few times a second: the deliveries it
produced, the attempts its threads made (each with its outcome), their leases renewed, in one
short transaction (on SQLite every write transaction holds the lock the appends wait for). A
thread does not wait for that write: it goes on past what it sent, and reads its queue from the
head again once it is written; after a failure it waits for it (the retry's backoff is then in
the table), and it ends only after its last attempts are written.

Leases make the sending safe to run anywhere at once: a subscription is served by the one
worker whose lease is current. A worker killed mid-send leaves its lease to expire; another
worker then sends the same deliveries again, with the same ids (receivers dedupe by `id`): at
most those sent and not yet written, a fraction of a second's worth per subscription. A
subscription whose next delivery waits for its backoff is parked (leased by nobody until that
moment), so it is not polled meanwhile.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import random
import re
import sys
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import DEFAULT_DB_ALIAS, DatabaseError, IntegrityError, connections, transaction
from django.db.models import F, OuterRef, Q, Subquery
from django.utils import timezone

from claims.core import eventstore, fastsql
from claims.webhooks import conf, inserts, outbox
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


def due_subscriptions(exclude: set[uuid.UUID], limit: int | None = None) -> list[uuid.UUID]:
    """Active subscriptions with a delivery due and nobody sending to them, each once, the one
    whose oldest due delivery is oldest first; at most `limit`.

    Asked of the subscriptions, not of the deliveries: a subscription with a backlog (a
    receiver down for an hour) has thousands of pending deliveries, and a read of the
    deliveries would return every one of them at each look, and fill the first `limit` places
    with that one subscription, leaving the others to wait for the next look."""
    now = timezone.now()
    oldest_due = (
        Delivery.objects.filter(
            subscription=OuterRef("pk"), state=PENDING, next_attempt_at__lte=now
        )
        .order_by("id")
        .values("id")[:1]
    )
    found = (
        Subscription.objects.filter(active=True)
        .filter(_free(now))
        .exclude(pk__in=exclude)
        .annotate(oldest_due=Subquery(oldest_due))
        .filter(oldest_due__isnull=False)
        .order_by("oldest_due")
        .values_list("pk", flat=True)
    )
    return list(found if limit is None else found[: max(limit, 0)])


# --- One subscription ---------------------------------------------------------------------------


QUEUE_BATCH = 50


@dataclass(frozen=True, slots=True)
class Queued:
    """A pending delivery as the sender needs it: read as plain values (no model instances,
    which cost more to build than the rest of an attempt's bookkeeping)."""

    pk: int
    subscription_id: uuid.UUID
    message_id: uuid.UUID
    body: str
    ordered: bool
    attempts: int
    next_attempt_at: dt.datetime | None
    first_attempt_at: dt.datetime | None


# The queue's two reads, as fixed statements: a sender reads its queue a few times a second,
# and Django would build each statement again every time (more CPU than the read itself).
_QUEUE_SQL = (
    "SELECT d.id, d.message_id, m.body, d.ordered, d.attempts, d.next_attempt_at,"  # noqa: S608
    " d.first_attempt_at FROM webhooks_delivery d JOIN webhooks_message m ON m.id = d.message_id"
    " WHERE d.subscription_id = %s AND d.state = %s AND d.ordered = %s AND {} ORDER BY d.id"
    f" LIMIT {QUEUE_BATCH}"
)
_PINGS_SQL = _QUEUE_SQL.format("d.next_attempt_at <= %s")
_ORDERED_SQL = _QUEUE_SQL.format("d.id > %s")


def _moment(value: object) -> dt.datetime | None:
    """A timestamp as the driver gives it (SQLite: naive, or text, in UTC) as an aware datetime."""
    if value is None:
        return None
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _queued(subscription_id: uuid.UUID, row: tuple[Any, ...]) -> Queued:
    pk, message_id, body, ordered, attempts, next_at, first_at = row
    if not isinstance(message_id, uuid.UUID):
        message_id = uuid.UUID(hex=str(message_id))
    return Queued(
        int(pk),
        subscription_id,
        message_id,
        str(body),
        bool(ordered),
        int(attempts),
        _moment(next_at),
        _moment(first_at),
    )


def _fetch(sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    """A queue read's rows: through the event store backend's cursor (prepared on PostgreSQL)
    when the webhook tables share the claims' database, else a cursor of their own."""
    alias = conf.db()
    if alias == DEFAULT_DB_ALIAS:
        return list(fastsql.execute(sql, params, fetch=True))
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _queue(
    subscription_id: uuid.UUID,
    after: int = 0,
    sent: frozenset[int] = frozenset(),
    *,
    pings: bool = True,
) -> list[Queued]:
    """What to send next, in order: the due pings (when `pings`: the run saw some pending),
    then the head of the queue and the deliveries behind it (due or not: the head decides).
    `after` and `sent` leave out what this sender sent and the run has not written yet (they
    are still pending in the table)."""
    connection = connections[conf.db()]
    key = Delivery._meta.get_field("subscription").get_db_prep_value(subscription_id, connection)
    if pings:
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        rows = _fetch(_PINGS_SQL, (key, PENDING, False, now))
        found = [_queued(subscription_id, row) for row in rows if int(row[0]) not in sent]
        if found:
            return found
    rows = _fetch(_ORDERED_SQL, (key, PENDING, True, after))
    return [_queued(subscription_id, row) for row in rows]


def pinged() -> set[uuid.UUID]:
    """The subscriptions with a ping (or another delivery out of order) pending."""
    return set(
        Delivery.objects.filter(state=PENDING, ordered=False)
        .order_by()  # DISTINCT on the subscription alone, not on the default ordering's id too
        .values_list("subscription_id", flat=True)
        .distinct()
    )


def send_one(delivery: Queued, secret: str, channel: Channel) -> Outcome:
    """POST one delivery, freshly signed."""
    raw = delivery.body.encode("utf-8")
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

    delivery: Queued
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


def _record(batch: list[Sent], subscription_id: uuid.UUID, owner: str | None) -> bool:
    """Write these attempts and what they mean for their deliveries, renewing the lease when
    `owner` is given, inside the caller's transaction. False (and the transaction marked for
    rollback) when the lease was lost (another worker took over) or a delivery is no longer
    pending."""
    now = timezone.now()
    if owner is not None:
        renewed = Subscription.objects.filter(pk=subscription_id, lease_owner=owner).update(
            lease_until=now + dt.timedelta(seconds=lease_seconds())
        )
        if not renewed:
            transaction.set_rollback(True, using=conf.db())
            return False
    if not batch:
        return True
    if not _settle(batch, now):
        transaction.set_rollback(True, using=conf.db())
        return False
    inserts.rows(Attempt, _attempts(batch)).insert()
    return True


def _settle(batch: list[Sent], now: dt.datetime) -> bool:
    """What these attempts mean for their deliveries, inside the caller's transaction: the first
    attempts answered 2xx (most of a batch) in one UPDATE per status, the others (retries,
    failures) one by one. False when a delivery is no longer pending (the caller drops it all)."""
    ok: dict[int, list[Sent]] = {}
    for sent in batch:
        if sent.outcome.ok and sent.delivery.first_attempt_at is None:
            ok.setdefault(int(sent.outcome.status or 0), []).append(sent)
        elif not Delivery.objects.filter(pk=sent.delivery.pk, state=PENDING).update(
            **_fields(sent, now)
        ):
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
            return False
    return True


def record(batch: list[Sent], owner: str | None) -> bool:
    """Write these attempts and what they mean for their deliveries in one transaction, and
    renew the lease when `owner` is given. False when the lease was lost (another worker took
    over) or a delivery is gone or no longer pending (nothing is written then)."""
    if not batch:
        return True
    try:
        with transaction.atomic(using=conf.db()):
            return _record(batch, batch[0].delivery.subscription_id, owner)
    except IntegrityError:
        return False  # the subscription was deleted meanwhile


# --- The run's book of what its threads sent --------------------------------------------------

# How often a run writes what its threads sent and what it produced, in one transaction: on
# SQLite every write transaction takes the write lock the appends need, so the sending side
# takes it a few times a second, briefly, whatever the number of subscriptions and events.
WRITE_SECONDS = 0.5
RELEASE = "release"
PARK = "park"


@dataclass(slots=True)
class _Entry:
    sent: list[Sent] = field(default_factory=list)
    end: tuple[str, dt.datetime | None] | None = None
    waiters: list[threading.Event] = field(default_factory=list)


class Book:
    """What a run's threads sent and have not written yet. The run's loop writes it, with the
    deliveries it produced, in one transaction every WRITE_SECONDS (at once when a thread waits:
    after a failure, or at its end); a thread that sent something keeps going meanwhile, past
    what it sent. Once the run's loop has ended, a thread writes its own (the old way)."""

    def __init__(
        self,
        owner: str,
        nice: int = 0,
        idle: bool = False,
        late_writer: Callable[..., bool] | None = None,
    ) -> None:
        self.owner = owner
        # The nice value of the thread that started the run: the threads lower from it; and
        # whether they take the idle policy too.
        self.nice = nice
        self.idle = idle
        # Where a thread's own write goes once the loop has ended (None: the thread writes).
        self.late_writer = late_writer
        self._lock = threading.Lock()
        # Notified when a write has settled attempts (written, or dropped with a lost lease).
        self._written = threading.Condition(self._lock)
        self._entries: dict[uuid.UUID, _Entry] = {}
        self._lost: set[uuid.UUID] = set()
        # Attempts added or handed over and not written yet (or being written), per subscription.
        self._unsettled: dict[uuid.UUID, int] = {}
        self._closed = False
        self.urgent = threading.Event()
        # Held by the loop while it writes. On SQLite the write holds the lock the appends
        # wait for, and each of its statements gives up the GIL while SQLite works: were the
        # threads running Python meanwhile, the write would wait for the GIL at every
        # statement, and the appends with it. The threads pass through the gate before each
        # look at their queue and each attempt, so a write has the process (nearly) alone.
        self.gate = threading.Lock()
        # The subscriptions with a ping pending, as the loop last saw them: only their threads
        # look for pings (a read of every pending delivery, which most looks can do without).
        self.pings: set[uuid.UUID] = set()
        # Bumped when the loop has written new deliveries: idle threads wait for it rather
        # than poll the table.
        self._news = threading.Condition()
        self._generation = 0

    def pass_gate(self) -> None:
        with self.gate:
            pass

    def generation(self) -> int:
        with self._news:
            return self._generation

    def announce(self) -> None:
        with self._news:
            self._generation += 1
            self._news.notify_all()

    def wait_for_news(self, seen: int, timeout: float) -> None:
        with self._news:
            self._news.wait_for(lambda: self._generation != seen, timeout)

    def add(self, subscription_id: uuid.UUID, sent: Sent) -> bool:
        """Keep an attempt for the next write; False once the run's loop has ended."""
        with self._lock:
            if self._closed:
                return False
            self._entries.setdefault(subscription_id, _Entry()).sent.append(sent)
            self._unsettled[subscription_id] = self._unsettled.get(subscription_id, 0) + 1
            return True

    def unwritten(self, subscription_id: uuid.UUID) -> bool:
        """Whether attempts of this subscription wait to be written, or are being written."""
        with self._lock:
            return self._unsettled.get(subscription_id, 0) > 0

    def serving(self, subscription_id: uuid.UUID) -> None:
        """A thread starts on this subscription (its lease taken again): not lost any more."""
        with self._lock:
            self._lost.discard(subscription_id)

    def lost(self, subscription_id: uuid.UUID) -> bool:
        with self._lock:
            return subscription_id in self._lost

    def settle(
        self,
        subscription_id: uuid.UUID,
        mine: list[Sent],
        end: tuple[str, dt.datetime | None] | None = None,
    ) -> bool:
        """Have what this thread sent (and `mine`, not added yet) written, with `end` (release
        or park the subscription) after it; wait for it. False when the lease was lost.

        Once the run's loop has ended, the thread writes `mine` and `end` itself, but only after
        the loop's last write has settled what it took of this thread's attempts: were the lease
        given back while they were still being written, another run could take it, read them
        as pending and send them again (and the last write, finding the lease gone, would drop
        them)."""
        done = threading.Event()
        with self._lock:
            if not self._closed:
                entry = self._entries.setdefault(subscription_id, _Entry())
                entry.sent += mine
                entry.end = end
                self._unsettled[subscription_id] = self._unsettled.get(subscription_id, 0) + len(
                    mine
                )
                entry.waiters.append(done)
                self.urgent.set()
                closed = False
            else:
                closed = True
                written = self._written.wait_for(
                    lambda: self._unsettled.get(subscription_id, 0) == 0, lease_seconds()
                )
                if not written or subscription_id in self._lost:
                    # Not ours any more, or not known to be written: leave the lease to expire
                    # (what was sent goes out again, same ids, from whoever serves it next).
                    return False
        if closed:
            if self.late_writer is not None:
                return self.late_writer(_settle_alone, subscription_id, mine, end, self.owner)
            return _settle_alone(subscription_id, mine, end, self.owner)
        done.wait()
        return not self.lost(subscription_id)

    def take(self) -> dict[uuid.UUID, _Entry]:
        with self._lock:
            entries, self._entries = self._entries, {}
            self.urgent.clear()
            return entries

    def settled(self, entries: dict[uuid.UUID, _Entry], lost: set[uuid.UUID]) -> None:
        """These entries are written (or, for the `lost` subscriptions, dropped)."""
        with self._lock:
            self._lost |= lost
            for subscription_id, entry in entries.items():
                left = self._unsettled.get(subscription_id, 0) - len(entry.sent)
                if left > 0:
                    self._unsettled[subscription_id] = left
                else:
                    self._unsettled.pop(subscription_id, None)
            self._written.notify_all()
        for entry in entries.values():
            for done in entry.waiters:
                done.set()

    def close(self) -> dict[uuid.UUID, _Entry]:
        """No more additions (a thread still running writes its own): what is left to write."""
        with self._lock:
            self._closed = True
            entries, self._entries = self._entries, {}
            return entries


def _apply_end(subscription_id: uuid.UUID, end: tuple[str, dt.datetime | None], owner: str) -> None:
    kind, until = end
    if kind == PARK and until is not None:
        park(subscription_id, owner, until)
    else:
        release(subscription_id, owner)


class _Unexpected(Exception):
    """A delivery of the batch was no longer pending: written subscription by subscription."""


def _write_entries(
    entries: dict[uuid.UUID, _Entry], owner: str, attempt_rows: inserts.Rows | None = None
) -> set[uuid.UUID]:
    """All subscriptions' attempts and ends inside the caller's transaction, in a handful of
    statements whatever their number (the common case: first attempts answered 2xx); the
    subscriptions whose lease was lost. Should a delivery turn out no longer pending, each
    subscription is written on its own instead (in a savepoint: its part alone is dropped)."""
    if not entries:
        return set()
    if attempt_rows is None:
        attempt_rows = inserts.rows(
            Attempt, _attempts([s for e in entries.values() for s in e.sent])
        )
    try:
        with transaction.atomic(using=conf.db()):
            return _write_together(entries, owner, attempt_rows)
    except _Unexpected:
        pass
    lost: set[uuid.UUID] = set()
    for subscription_id, entry in entries.items():
        with transaction.atomic(using=conf.db()):
            if entry.sent and not _record(entry.sent, subscription_id, owner):
                lost.add(subscription_id)
                continue
            if entry.end is not None:
                _apply_end(subscription_id, entry.end, owner)
    return lost


def _attempts(batch: list[Sent]) -> list[dict[str, object]]:
    """The attempts' rows (claims/webhooks/inserts.py)."""
    return [
        {
            "delivery_id": sent.delivery.pk,
            "number": sent.delivery.attempts + 1,
            "started_at": sent.started_at,
            "duration_ms": sent.outcome.duration_ms,
            "status_code": sent.outcome.status,
            "error": sent.outcome.error[:500],
            "response_excerpt": sent.outcome.excerpt[:500],
        }
        for sent in batch
    ]


def _write_together(
    entries: dict[uuid.UUID, _Entry], owner: str, attempt_rows: inserts.Rows
) -> set[uuid.UUID]:
    """`attempt_rows`: the attempts of all `entries`, made ready beforehand (used when no lease
    was lost)."""
    now = timezone.now()
    with_sent = [sub_id for sub_id, entry in entries.items() if entry.sent]
    lost: set[uuid.UUID] = set()
    if with_sent:
        mine = Subscription.objects.filter(pk__in=with_sent, lease_owner=owner)
        mine.update(lease_until=now + dt.timedelta(seconds=lease_seconds()))
        lost = set(with_sent) - set(mine.values_list("pk", flat=True))
    batch = [sent for sub_id in with_sent if sub_id not in lost for sent in entries[sub_id].sent]
    if not _settle(batch, now):
        raise _Unexpected
    if len(batch) == len(attempt_rows):
        attempt_rows.insert()
    else:
        inserts.rows(Attempt, _attempts(batch)).insert()
    for sub_id, entry in entries.items():
        if entry.end is not None and sub_id not in lost:
            _apply_end(sub_id, entry.end, owner)
    return lost


def _settle_alone(
    subscription_id: uuid.UUID,
    mine: list[Sent],
    end: tuple[str, dt.datetime | None] | None,
    owner: str,
) -> bool:
    """A thread's own write, after its run's loop ended."""
    try:
        kept = record(mine, owner)
        if kept and end is not None:
            _apply_end(subscription_id, end, owner)
        return kept
    except DatabaseError:
        log.exception("could not write the attempts of %s (they are sent again)", subscription_id)
        return False


def write(
    book: Book, batch: outbox.Batch | None, watch_owner: str | None, *, closing: bool = False
) -> tuple[outbox.Produced, bool | None]:
    """One write transaction for all of a run's bookkeeping: the produced deliveries and the
    checkpoint, the threads' attempts, their leases, the watch (`closing`: the last one, after
    which threads write their own). Returns what was produced and whether this run watches
    (None when the watch was not asked about)."""
    entries = book.close() if closing else book.take()
    produced = outbox.Produced(position=batch.start if batch else 0)
    watching: bool | None = None
    if batch is None and not entries:
        # Nothing else to write: the watch on its own, which asks before it writes (a write
        # transaction would take SQLite's lock even to find that another run watches).
        if watch_owner is not None:
            watching = watch(watch_owner)
        return produced, watching
    lost: set[uuid.UUID] = set()
    # The attempts' rows made ready before the write lock is taken.
    attempt_rows = inserts.rows(Attempt, _attempts([s for e in entries.values() for s in e.sent]))
    try:
        try:
            with book.gate, transaction.atomic(using=conf.db()):
                if batch is not None:
                    produced = batch.write()
                if watch_owner is not None:
                    watching = watch(watch_owner)
                lost = _write_entries(entries, book.owner, attempt_rows)
        except IntegrityError:
            # Foreign keys are checked at the commit: a subscription was removed meanwhile.
            # Each part again on its own, so only that subscription's part is dropped.
            lost = set()
            if batch is not None:
                produced = batch.write()
            if watch_owner is not None:
                watching = watch(watch_owner)
            for subscription_id, entry in entries.items():
                try:
                    with transaction.atomic(using=conf.db()):
                        lost |= _write_entries({subscription_id: entry}, book.owner)
                except IntegrityError:
                    lost.add(subscription_id)
    except BaseException:
        # Unwritten attempts are sent again by whoever serves the subscription next, same ids;
        # the threads waiting for this write are let go (they stop: their lease is lost).
        book.settled(entries, set(entries))
        raise
    book.settled(entries, lost)
    return produced, watching


# --- One subscription ---------------------------------------------------------------------------


def _nice() -> int:
    """This thread's nice value (Linux keeps one per thread)."""
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def _lowers() -> bool:
    return conf.sender_nice() > 0 and sys.platform.startswith("linux")


AUTOGROUP = Path("/proc/self/autogroup")


def autogroup_nice() -> int | None:
    """This process's session group's nice value, or None where there is none to read: no
    autogroup in this kernel, or the process sits in the kernel's default group (a process
    whose session was never started apart from init's, as in many containers, reads an empty
    file)."""
    try:
        text = AUTOGROUP.read_text()
    except OSError:
        return None
    match = re.search(r"\bnice\s+(-?\d+)", text)
    return int(match.group(1)) if match else None


def lower_session_group() -> None:
    """Lower the CPU share of this worker's session as a whole by CLAIMS_WEBHOOK_SENDER_NICE.

    Where Linux groups the scheduling by session (autogroup, on by default on desktop and many
    server kernels), a thread's nice value only weighs against the threads of its own session:
    a worker started in a session of its own (as honcho, systemd and `setsid` start one) gets as
    much CPU as the web server's session, however low its threads are set. Its session's nice
    value is what lowers it against the others. Done only when this worker leads its session
    (this process or its parent, the pool's main process), so a worker started from a terminal
    never lowers the terminal's session; never raised back (that needs privileges)."""
    steps = conf.sender_nice()
    if steps <= 0 or not AUTOGROUP.exists():
        return
    try:
        if os.getsid(0) not in (os.getpid(), os.getppid()):
            return
        current = autogroup_nice()
        if current is not None and steps > current:
            AUTOGROUP.write_text(str(steps))
    except OSError as exc:
        log.warning("webhooks: could not lower the worker session's CPU share (%s)", exc)


def lower_priority(base: int | None = None, *, idle: bool = False) -> None:
    """Lower this thread's CPU priority to `base` (this thread's nice value by default) plus
    CLAIMS_WEBHOOK_SENDER_NICE steps, at most 19; never raise it.

    Sending is background work with a latency budget of seconds; on the machine that also
    serves the writes, its CPU should go to them first. With `idle` the thread also takes the
    idle scheduling policy, unless CLAIMS_WEBHOOK_SENDER_IDLE is off. On Linux a thread's nice
    value is its own (and a new thread inherits its creator's), so only the run's threads are
    lowered, and
    the worker process keeps its priority once they end. Elsewhere (the nice value is the whole
    process's there) nothing is changed."""
    if not _lowers():
        return
    try:
        thread = threading.get_native_id()
        current = os.getpriority(os.PRIO_PROCESS, thread)
        target = min(19, (current if base is None else base) + conf.sender_nice())
        if target > current:
            os.setpriority(os.PRIO_PROCESS, thread, target)
        if idle and conf.sender_idle() and os.sched_getscheduler(0) != os.SCHED_IDLE:
            # Nice alone leaves a woken writer waiting for the rest of this thread's slice
            # (the kernel lets a running task run on to its fair share); a SCHED_IDLE thread is
            # preempted as soon as anything else wakes on its core, and its core counts as free
            # when the kernel places a waking task.
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except OSError as exc:
        log.warning("webhooks: could not lower the sending thread's priority (%s)", exc)


def serve(
    subscription_id: uuid.UUID,
    owner: str,
    deadline: float,
    ran: Ran,
    lock: threading.Lock,
    book: Book,
) -> None:
    """Send one leased subscription's due deliveries in order until its queue waits or empties,
    or the deadline passes; then give the lease back (or park the subscription). Attempts go to
    the run's `book`, written by the run's loop."""
    end: tuple[str, dt.datetime | None] | None = (RELEASE, None)
    channel: Channel | None = None
    mine: list[Sent] = []  # sent after the book closed (written at the end, here)
    lower_priority(book.nice, idle=book.idle)
    try:
        sub = Subscription.objects.filter(pk=subscription_id, lease_owner=owner).first()
        if sub is None:
            end = None
            return
        try:
            secret = decrypt(sub.secret_encrypted)
        except SecretUnreadable as exc:
            log.error("webhook %s: %s", sub.pk, exc)
            end = (PARK, timezone.now() + dt.timedelta(minutes=5))
            return
        channel = Channel(sub.url)
        # What this thread sent that the run has not written yet is still pending in the
        # table: read past it (`after`, `sent`) until it is written, then from the head again.
        after, sent_ids = 0, set[int]()
        busy_at = time.monotonic()
        while time.monotonic() < deadline:
            if book.lost(subscription_id):
                end = None
                return
            if not book.unwritten(subscription_id) and not mine:
                after, sent_ids = 0, set()
            seen = book.generation()
            book.pass_gate()
            pings = subscription_id in book.pings
            queue = _queue(subscription_id, after, frozenset(sent_ids), pings=pings)
            if not queue:
                # Stay a moment for the next event rather than end the thread: a new thread
                # means a new database connection, which costs more than a wait. (What the API
                # queues — a ping, a redelivery — is seen at the next look, WRITE_SECONDS on.)
                if time.monotonic() - busy_at > IDLE_SECONDS / 2:
                    break
                book.wait_for_news(seen, WRITE_SECONDS)
                continue
            busy_at = time.monotonic()
            for delivery in queue:
                if time.monotonic() >= deadline:
                    break
                due = delivery.next_attempt_at
                if due is not None and due > timezone.now():
                    if after or sent_ids:
                        # Not the head: what was sent before it is not written yet.
                        if not book.settle(subscription_id, mine):
                            end = None
                            return
                        mine = []
                        break
                    end = (PARK, due)
                    return
                book.pass_gate()
                started_at = timezone.now()
                with lock:
                    ran.sending.add(subscription_id)
                try:
                    outcome = send_one(delivery, secret, channel)
                finally:
                    with lock:
                        ran.sending.discard(subscription_id)
                with lock:
                    ran.attempts += 1
                    ran.delivered += int(outcome.ok)
                sent = Sent(delivery, outcome, started_at)
                if not book.add(subscription_id, sent):
                    mine.append(sent)
                sent_ids.add(delivery.pk)
                if delivery.ordered:
                    after = max(after, delivery.pk)
                if not outcome.ok:
                    # Head of line: its retry comes first. Written now (with its backoff), then
                    # the queue is read again from the head.
                    if not book.settle(subscription_id, mine):
                        end = None
                        return
                    mine = []
                    after, sent_ids = 0, set()
                    break
            else:
                if len(queue) < QUEUE_BATCH and not pings:
                    # Everything pending was in this read and is sent: what comes next is
                    # announced (or seen at the next look, WRITE_SECONDS on), so wait for it
                    # rather than read an empty queue now.
                    book.wait_for_news(seen, WRITE_SECONDS)
    except DatabaseError:
        log.exception("webhook sender for %s stopped on a database error", subscription_id)
    finally:
        if channel is not None:
            channel.close()
        try:
            if end is not None or mine:
                book.settle(subscription_id, mine, end)
        except DatabaseError:
            log.exception("could not release the lease of %s (it expires)", subscription_id)
        connections.close_all()


# --- The loop a worker runs -----------------------------------------------------------------


def watch(owner: str) -> bool:
    """Be (or stay) the run that watches the log between nudges; False if another one is."""
    now = timezone.now()
    free = Q(watcher=owner) | Q(watch_until__isnull=True) | Q(watch_until__lte=now)
    checkpoints = Checkpoint.objects.filter(name=outbox.CONSUMER)
    if not checkpoints.filter(free).exists():
        return False  # asked without a write: another run watches
    held = checkpoints.filter(free).update(
        watch_until=now + dt.timedelta(seconds=WATCH_SECONDS), watcher=owner
    )
    return held == 1


def unwatch(owner: str) -> None:
    Checkpoint.objects.filter(name=outbox.CONSUMER, watcher=owner).update(
        watch_until=None, watcher=""
    )


def run(max_seconds: float = 20.0) -> Ran:
    """Produce and send until nothing is due and no subscription is being served, or for
    `max_seconds` (threads finish the attempt they are in: at most the timeout more).

    The loop writes everything the run does to the database — the deliveries it produced, the
    attempts its threads made, their leases, the watch — in one transaction every
    WRITE_SECONDS (sooner when a thread waits for it), and nothing when there is nothing new.

    One run at a time is the watcher: it stays on IDLE_SECONDS after the last thing it did;
    any other run ends as soon as it has nothing to do.

    The sending threads always run at a lower CPU priority (lower_priority). The loop does too
    where the event store has no database-wide write lock (PostgreSQL): there its bookkeeping
    keeps no append waiting, so it is background work like the sending, and runs in a thread
    of its own, lowered, which ends with the run; and a worker that leads its own session lowers
    that session's CPU share too (lower_session_group). Where every write transaction holds the
    lock the appends wait for (SQLite), the loop keeps the caller's priority and the session its
    share, and what a sending thread writes itself goes through a writer thread of the caller's
    priority: a lock holder kept waiting for the CPU would keep the appends waiting for the
    lock."""
    base = _nice() if _lowers() else 0
    if not _lowers():
        return _run(max_seconds, base, idle=False)
    if eventstore.backend().single_writer:
        # The sending threads are lowered; what one of them writes itself (after the loop has
        # ended) goes through a writer thread of the caller's priority.
        return _run(max_seconds, base, idle=True, late_writer=_late_writer())
    lower_session_group()
    outcome: list[Ran | BaseException] = []

    def in_thread() -> None:
        try:
            lower_priority(base, idle=True)
            outcome.append(_run(max_seconds, base, idle=True))
        except BaseException as exc:  # raised again in the caller (a task retries on it)
            outcome.append(exc)
        finally:
            connections.close_all()

    thread = threading.Thread(target=in_thread, name="webhook-run", daemon=True)
    thread.start()
    thread.join()
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


_late_writers: dict[int, Callable[..., bool]] = {}
_late_writers_lock = threading.Lock()


def _late_writer() -> Callable[..., bool]:
    """This process's writer of the writes a lowered sending thread makes itself: one thread,
    started here by the (unlowered) caller so it keeps the caller's priority, that runs each
    write and closes its connection. A lowered thread holding SQLite's write lock while it
    waits for a core would keep the appends waiting for the lock."""
    with _late_writers_lock:
        found = _late_writers.get(os.getpid())
        if found is not None:
            return found
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="webhook-late-write")
        pool.submit(lambda: None).result()  # its thread starts now, from this thread

        def write(fn: Callable[..., bool], *args: Any) -> bool:
            def job() -> bool:
                try:
                    return fn(*args)
                finally:
                    connections.close_all()

            return pool.submit(job).result()

        _late_writers[os.getpid()] = write
        return write


def _run(
    max_seconds: float,
    nice: int,
    *,
    idle: bool,
    late_writer: Callable[..., bool] | None = None,
) -> Ran:
    owner = uuid.uuid4().hex
    deadline = time.monotonic() + max_seconds
    ran = Ran()
    lock = threading.Lock()
    book = Book(owner, nice, idle, late_writer)
    threads: dict[uuid.UUID, threading.Thread] = {}
    last_activity = time.monotonic()
    watching, watched_at, written_at = False, 0.0, 0.0
    try:
        while time.monotonic() < deadline:
            for sub_id, thread in list(threads.items()):
                if not thread.is_alive():
                    del threads[sub_id]
            now = time.monotonic()
            produced, started = outbox.Produced(), 0
            if now - written_at >= WRITE_SECONDS or book.urgent.is_set():
                written_at = now
                batch = outbox.prepare()
                watch_due = now - watched_at > WATCH_SECONDS / 3
                produced, watched = write(book, batch, owner if watch_due else None)
                if watched is not None:
                    watching, watched_at = watched, now
                ran.produced += produced.events
                if produced.deliveries:
                    book.announce()
                if produced.events >= outbox.BATCH:
                    written_at = 0.0  # catching up: the next batch at once
                book.pings = pinged()
                room = conf.senders() - len(threads)
                for sub_id in due_subscriptions(set(threads), room):
                    if take_lease(sub_id, owner):
                        book.serving(sub_id)
                        thread = threading.Thread(
                            target=serve,
                            args=(sub_id, owner, deadline, ran, lock, book),
                            name=f"webhook-{sub_id}",
                            daemon=True,
                        )
                        threads[sub_id] = thread
                        thread.start()
                        started += 1
            if threads or started or produced.events or produced.busy:
                last_activity = now
            elif not watching or now - last_activity > IDLE_SECONDS:
                break  # nothing to produce, nothing due: the next nudge or sweep comes back
            if produced.events < outbox.BATCH:
                book.urgent.wait(POLL_SECONDS)
    finally:
        try:
            write(book, None, None, closing=True)
        except DatabaseError:
            log.exception("webhooks: could not write the last attempts (they are sent again)")
        if watching:
            with contextlib.suppress(DatabaseError):
                unwatch(owner)
        # A thread in an attempt finishes it on its own (it saw the deadline), writes it and
        # gives its lease back; waiting for a hung receiver here would hold up the next run,
        # and with it every other subscription. The others are only polling: they end within a
        # poll.
        for sub_id, thread in threads.items():
            with lock:
                waiting_on_receiver = sub_id in ran.sending
            if not waiting_on_receiver:
                thread.join(timeout=0.5)
    # A run that found nothing to do (most of the beat's sweeps) is not news.
    log.log(
        logging.INFO if ran.produced or ran.attempts else logging.DEBUG,
        "webhooks: produced %d events, %d attempts, %d delivered (%s)",
        ran.produced,
        ran.attempts,
        ran.delivered,
        "watcher" if watching else "helper",
    )
    return ran
