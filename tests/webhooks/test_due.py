"""Which subscriptions a run starts a sender for: each due one once, whatever its backlog.

A look at the due subscriptions once read the pending deliveries themselves: a subscription
with a backlog filled every place of the look with its own id, so the others waited for the
next look, half a second later, at every run's start (a run lasts 20 s).
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from claims.webhooks import sender
from claims.webhooks.models import Delivery, Subscription
from tests.webhooks.rows import pending, subscription

pytestmark = pytest.mark.django_db


def test_a_backlog_takes_one_place_and_the_longest_waiting_come_first(
    allow_local: None,
) -> None:
    backlog, second, third = subscription(), subscription(), subscription()
    pending(backlog, 40)
    pending(second)
    pending(third)
    assert sender.due_subscriptions(set(), 16) == [backlog, second, third]
    assert sender.due_subscriptions(set(), 2) == [backlog, second]
    assert sender.due_subscriptions({backlog}, 16) == [second, third]
    assert sender.due_subscriptions(set(), 0) == []
    assert sender.due_subscriptions(set()) == [backlog, second, third]


def test_only_free_active_subscriptions_with_something_due(allow_local: None) -> None:
    due, leased, parked, inactive, later, idle = (subscription() for _ in range(6))
    for subscription_id in (due, leased, parked, inactive):
        pending(subscription_id, 3)
    pending(later, 3, due_in=60)
    soon = timezone.now() + dt.timedelta(seconds=60)
    Subscription.objects.filter(pk=leased).update(lease_until=soon, lease_owner="a run")
    Subscription.objects.filter(pk=parked).update(lease_until=soon, lease_owner=sender.PARKED)
    Subscription.objects.filter(pk=inactive).update(active=False)
    assert sender.due_subscriptions(set(), 16) == [due]
    # A lease that has run out is free again (its worker died).
    Subscription.objects.filter(pk=leased).update(
        lease_until=timezone.now() - dt.timedelta(seconds=1)
    )
    assert sender.due_subscriptions(set(), 16) == [due, leased]
    assert idle not in sender.due_subscriptions(set())


def test_pings_are_listed_once_per_subscription(allow_local: None) -> None:
    first, second = subscription(), subscription()
    pending(first, 5)
    Delivery.objects.filter(subscription_id=first).update(ordered=False)
    pending(second)
    assert sender.pinged() == {first}
