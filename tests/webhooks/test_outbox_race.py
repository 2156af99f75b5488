"""A subscription registered while a batch of deliveries is being built still gets every event
after the head it read: the batch, written after it, is refused and built again."""

from __future__ import annotations

from typing import Any

import pytest

from claims.core import eventstore
from claims.webhooks import outbox
from claims.webhooks import services as webhooks
from claims.webhooks.models import Checkpoint, Delivery, Subscription
from tests import factories


@pytest.fixture
def quiet(settings: Any, allow_local: None) -> None:
    settings.CLAIMS_NUDGE = False


def test_a_batch_built_before_a_registration_that_wants_its_events_is_built_again(
    quiet: None, committed: dict[str, str]
) -> None:
    """Real commits: no outer transaction on either database."""
    outbox.ensure_checkpoint()
    factories.report(factories.source("Wire service"))
    early = webhooks.register("http://127.0.0.1:9/early", ["*"], None, "editor").subscription
    # Nothing in the way: a batch is written as built.
    first = outbox.prepare()
    assert first is not None
    assert first.write().busy is False

    factories.report(factories.source("Wire service"))
    head = eventstore.head_position()
    batch = outbox.prepare()
    assert batch is not None
    assert batch.position == head
    # Registered meanwhile, as a racing `register` would have it: it read the head before the
    # last event was appended and committed after the batch read the subscriptions.
    late = webhooks.register("http://127.0.0.1:9/late", ["*"], None, "editor").subscription
    Subscription.objects.filter(pk=late.pk).update(after_position=head - 1)
    start = outbox.checkpoint_position()

    refused = batch.write()
    assert refused.busy is True
    assert outbox.checkpoint_position() == start
    assert not Delivery.objects.filter(message__position=head).exists()

    again = outbox.produce()
    assert again.busy is False
    assert Checkpoint.objects.get(name=outbox.CONSUMER).position == head
    got = set(
        Delivery.objects.filter(message__position=head).values_list("subscription_id", flat=True)
    )
    try:
        assert {early.pk, late.pk} <= got
    finally:
        webhooks.remove(early.pk)
        webhooks.remove(late.pk)
