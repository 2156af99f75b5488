"""Removing a subscription while a sender writes its attempts: on PostgreSQL the two
transactions can deadlock (the sender holds the delivery it writes an attempt for, the removal
holds the attempts it has deleted). The server aborts one of them; when that is the removal, it
tries again and the subscription is gone all the same."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from django.db import connection, connections, transaction
from django.db.models import F
from django.utils import timezone

from claims.webhooks import conf, outbox
from claims.webhooks import services as webhooks
from claims.webhooks.models import Attempt, Delivery, Subscription
from tests import factories

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="a deadlock between two writers is PostgreSQL's"
)


def _attempt(delivery: Delivery, number: int) -> Attempt:
    return Attempt.objects.using(conf.db()).create(
        delivery=delivery, number=number, started_at=timezone.now(), duration_ms=5, error="x"
    )


def _removal_waits(alias: str) -> bool:
    """Whether another session waits for a row lock this one holds."""
    with connections[alias].cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            " WHERE NOT l.granted AND a.pid <> pg_backend_pid() AND a.datname = current_database()"
        )
        return bool(cursor.fetchone()[0])


def test_a_removal_that_deadlocks_with_a_sender_tries_again(
    settings: Any, allow_local: None, committed: None
) -> None:
    settings.CLAIMS_NUDGE = False
    outbox.ensure_checkpoint()
    subscription = webhooks.register("http://127.0.0.1:9/gone", ["*"], None, "editor").subscription
    factories.report(factories.source("Wire service"))
    outbox.produce()
    delivery = Delivery.objects.using(conf.db()).filter(subscription=subscription).first()
    assert delivery is not None
    earlier = _attempt(delivery, 1)

    alias = conf.db()
    holding = threading.Event()
    sender_error: list[BaseException] = []

    def sender() -> None:
        # What a sender's write does, in an order that meets the removal's head on: the
        # delivery's count of attempts (which holds the delivery against its deletion), then,
        # once the removal waits for it, a write to an attempt the removal has deleted.
        try:
            with transaction.atomic(using=alias):
                Delivery.objects.using(alias).filter(pk=delivery.pk).update(
                    attempts=F("attempts") + 1
                )
                holding.set()
                deadline = time.monotonic() + 10
                while not _removal_waits(alias) and time.monotonic() < deadline:
                    time.sleep(0.01)
                Attempt.objects.using(alias).filter(pk=earlier.pk).update(error="sent again")
        except BaseException as exc:  # the server may pick this side to abort: also fine
            sender_error.append(exc)
        finally:
            connections[alias].close()

    thread = threading.Thread(target=sender)
    thread.start()
    try:
        assert holding.wait(10)
        assert webhooks.remove(subscription.pk) is True
    finally:
        thread.join(20)
    assert not Subscription.objects.using(alias).filter(pk=subscription.pk).exists()
    assert not Attempt.objects.using(alias).filter(delivery_id=delivery.pk).exists()
