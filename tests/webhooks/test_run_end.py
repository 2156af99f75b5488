"""A run's end: a sending thread gives its lease back only after the run's last write has
written what the thread sent.

Seen in W4 (tests/reliability): at a run's deadline the loop took the book for its last write
while a thread, seeing the deadline too, gave its lease back on its own; the last write then
found the lease gone and dropped the thread's five attempts, and the next run, taking the free
lease, sent the five deliveries again to a healthy receiver.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest
from django.db import connections, transaction
from django.utils import timezone

from claims.webhooks import sender
from claims.webhooks import services as webhooks
from claims.webhooks.models import DELIVERED, PENDING, Attempt, Delivery, Subscription
from claims.webhooks.transport import Outcome
from tests.webhooks.rows import pending, subscription

OWNER = "a-run-that-is-ending"


@pytest.fixture
def leased(committed: dict[str, str], allow_local: None) -> Iterator[tuple[uuid.UUID, int]]:
    """A subscription leased by OWNER with one pending delivery (committed for real: the
    thread below writes on a connection of its own)."""
    subscription_id = subscription()
    [delivery_pk] = pending(subscription_id)
    assert sender.take_lease(subscription_id, OWNER)
    yield subscription_id, delivery_pk
    webhooks.remove(subscription_id)


def sent(subscription_id: uuid.UUID, delivery_pk: int) -> sender.Sent:
    queued = sender.Queued(delivery_pk, subscription_id, uuid.uuid4(), "{}", True, 0, None, None)
    return sender.Sent(queued, Outcome(200, 3, connected=True), timezone.now())


def closed_book(
    subscription_id: uuid.UUID, delivery_pk: int
) -> tuple[sender.Book, dict[uuid.UUID, sender._Entry]]:
    """A run's book holding one attempt of the thread, as the loop's last write takes it at the
    deadline: the book closed, its entries not written yet."""
    book = sender.Book(OWNER)
    assert book.add(subscription_id, sent(subscription_id, delivery_pk))
    return book, book.close()


def lease_owner(subscription_id: uuid.UUID) -> str:
    return str(Subscription.objects.values_list("lease_owner", flat=True).get(pk=subscription_id))


def test_the_lease_is_given_back_after_the_last_write_has_written_the_attempts(
    leased: tuple[uuid.UUID, int],
) -> None:
    subscription_id, delivery_pk = leased
    # The loop reaches its deadline and takes the book for its last write ...
    book, entries = closed_book(subscription_id, delivery_pk)
    # ... while the thread, at its deadline too, ends and asks for its lease to be given back.
    settled: list[bool] = []

    def thread_end() -> None:
        try:
            settled.append(book.settle(subscription_id, [], (sender.RELEASE, None)))
        finally:
            connections.close_all()

    thread = threading.Thread(target=thread_end)
    thread.start()
    thread.join(0.5)
    assert thread.is_alive(), "the thread waits for the last write"
    assert lease_owner(subscription_id) == OWNER
    with transaction.atomic():
        lost = sender._write_entries(entries, OWNER)
    book.settled(entries, lost)
    thread.join(10)
    assert lost == set()
    assert settled == [True]
    assert lease_owner(subscription_id) == ""
    assert Delivery.objects.get(pk=delivery_pk).state == DELIVERED
    assert Attempt.objects.filter(delivery_id=delivery_pk).count() == 1


def test_a_lease_the_last_write_found_lost_is_left_alone(
    leased: tuple[uuid.UUID, int],
) -> None:
    subscription_id, delivery_pk = leased
    book, entries = closed_book(subscription_id, delivery_pk)
    # Another worker took the subscription over (this run's lease had run out).
    Subscription.objects.filter(pk=subscription_id).update(lease_owner="another-run")
    with transaction.atomic():
        lost = sender._write_entries(entries, OWNER)
    book.settled(entries, lost)
    assert lost == {subscription_id}
    assert book.settle(subscription_id, [], (sender.RELEASE, None)) is False
    assert lease_owner(subscription_id) == "another-run"
    assert Delivery.objects.get(pk=delivery_pk).state == PENDING
