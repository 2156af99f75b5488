"""Turn the event log into deliveries: the log is the outbox.

`produce()` reads the events after its checkpoint (the event store's feed, which never skips
one), builds the message of each claim event some active subscription wants — and a
`citation.stale` message when the event made citations stale — and writes the messages, one
delivery per subscription and message, and the new checkpoint in one transaction. Everything is
read and built before that transaction, which only inserts and moves the checkpoint from where
the batch was read (so two workers never store the same range: the second finds it moved); a
crash before the commit leaves nothing behind, and the next run produces the same deliveries.
(A sender's run stores a batch in the transaction that also records its attempts:
claims/webhooks/sender.py.) What happens to Redis or to the workers after that commit cannot
lose a delivery: the rows wait until a sender delivers them.

Event types are the claim events' names in dotted snake case (`ClaimRefuted` is
`claim.refuted`, `FigureAdded` is `claim.figure_added`) and `citation.stale`. A subscription
gets the events after the log position it was registered at.

Which citations an event made stale: the citations of its claim recorded before it, up to date
with a version before it (cited or acknowledged), and not stale already — the event changed
the claim materially (claims.core.domain.citation) and nothing material changed between their
version and it. A citation acknowledged after the event but before this runs is not listed.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from claims.core import eventstore, selectors
from claims.core.domain import citation as citation_domain
from claims.core.domain.events import CLAIM_EVENTS
from claims.core.eventstore import RecordedEvent
from claims.core.models import Citation
from claims.webhooks import conf, inserts
from claims.webhooks.models import (
    CITATION_STALE,
    PENDING,
    Checkpoint,
    Delivery,
    Message,
    Subscription,
)

CONSUMER = "webhooks"
BATCH = 500
STALE_NAMESPACE = uuid.UUID("0b6a8f8e-6f7e-4b0e-9f3a-c1a7e0d5e213")


def event_type_name(event_type: str) -> str:
    """`ClaimRefuted` -> `claim.refuted`, `FigureAdded` -> `claim.figure_added`."""
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", event_type).lower()
    return "claim." + snake.removeprefix("claim_")


EVENT_TYPES: tuple[str, ...] = (
    *(event_type_name(cls.__name__) for cls in CLAIM_EVENTS),
    CITATION_STALE,
)


def stale_message_id(event_id: uuid.UUID) -> uuid.UUID:
    """The `citation.stale` message's id: stable, so a receiver dedupes it like any other."""
    return uuid.uuid5(STALE_NAMESPACE, str(event_id))


def _iso(moment: Any) -> str | None:
    return moment.isoformat().replace("+00:00", "Z") if moment is not None else None


def body(
    message_id: uuid.UUID,
    message_type: str,
    record: RecordedEvent | None,
    claim: dict[str, Any] | None,
    citations: Sequence[dict[str, Any]],
    **extra: Any,
) -> str:
    """A delivery's JSON text (what is signed and sent, byte for byte)."""
    payload = {
        "id": str(message_id),
        "type": message_type,
        "position": record.position if record else None,
        "occurred_at": _iso(record.occurred_at) if record else None,
        "recorded_at": _iso(record.recorded_at if record else timezone.now()),
        "claim": claim,
        "links": links(str(claim["id"])) if claim else None,
        "citations": list(citations),
        **extra,
    }
    return orjson.dumps(payload).decode("utf-8")


def links(claim_id: str) -> dict[str, str]:
    """Where a receiver reads the claim (`api`) and where readers see it (`page`): absolute
    under CLAIMS_PUBLIC_BASE_URL, else paths on the tracker's host (a delivery is made by a
    worker, which knows no request's host)."""
    base = settings.CLAIMS_PUBLIC_BASE_URL
    return {
        "api": base + reverse("api-claim-detail", args=[claim_id]),
        "page": base + reverse("public-claim", args=[claim_id]),
    }


# --- Checkpoint -------------------------------------------------------------------------------


def checkpoint_position() -> int:
    found = Checkpoint.objects.filter(name=CONSUMER).values_list("position", flat=True).first()
    return int(found or 0)


def ensure_checkpoint() -> None:
    if not Checkpoint.objects.filter(name=CONSUMER).exists():
        # A fresh install starts at the head: subscriptions get what follows their registration
        # (which makes sure the checkpoint exists first).
        Checkpoint.objects.get_or_create(
            name=CONSUMER, defaults={"position": eventstore.head_position()}
        )


@dataclass(frozen=True, slots=True)
class Produced:
    events: int = 0
    messages: int = 0
    deliveries: int = 0
    position: int = 0
    busy: bool = False


@dataclass(slots=True)
class Batch:
    """The deliveries of the events after `start`, built outside any write transaction;
    `write()` stores them with the new checkpoint."""

    start: int
    position: int
    events: int
    messages: int
    deliveries: int
    # Made ready for the INSERT before the write transaction.
    message_rows: inserts.Rows
    delivery_rows: inserts.Rows
    # The active subscriptions the deliveries were built for.
    subscription_ids: frozenset[uuid.UUID] = frozenset()

    def write(self) -> Produced:
        """Store the batch and move the checkpoint from `start` to `position`, in the caller's
        transaction (or one of its own). Nothing is written, and `busy` is set, when the
        checkpoint is no longer at `start` (another worker produced this range meanwhile), a
        subscription was removed meanwhile, or one that wants events of this range became
        active after the batch was built (it read its head before they were appended and
        committed after the batch read the subscriptions: `register` holds the checkpoint row
        while it reads the head, so it commits before this check or reads the head after this
        write): the next batch is built afresh."""
        try:
            with transaction.atomic(using=conf.db()):
                # Moved first and only from where the batch was read: of two workers that built
                # the same range, the second finds the row moved (PostgreSQL: after waiting for
                # the first one's commit) and writes nothing.
                moved = Checkpoint.objects.filter(name=CONSUMER, position=self.start).update(
                    position=self.position, updated_at=timezone.now()
                )
                late = (
                    Subscription.objects.filter(active=True, after_position__lt=self.position)
                    .exclude(pk__in=self.subscription_ids)
                    .exists()
                )
                if moved != 1 or late:
                    transaction.set_rollback(True, using=conf.db())
                    return Produced(position=self.start, busy=True)
                self.message_rows.insert()
                self.delivery_rows.insert()
        except IntegrityError:
            return Produced(position=self.start, busy=True)
        return Produced(self.events, self.messages, self.deliveries, self.position)


def prepare(limit: int = BATCH) -> Batch | None:
    """The next batch of events after the checkpoint turned into messages and deliveries, read
    and built without writing anything (SQLite has one write lock, shared with the appends:
    what is done under it is only the inserts); None when the log has nothing new."""
    start = checkpoint_position()
    if eventstore.head_position() <= start:
        return None
    ensure_checkpoint()
    start = checkpoint_position()
    records = eventstore.read_all(start, limit)
    if not records:
        return None
    subscriptions = list(Subscription.objects.filter(active=True))
    messages, deliveries = _build(records, subscriptions) if subscriptions else ([], [])
    return Batch(
        start,
        records[-1].position,
        len(records),
        len(messages),
        len(deliveries),
        inserts.rows(Message, messages),
        inserts.rows(Delivery, deliveries),
        frozenset(s.pk for s in subscriptions),
    )


def produce(limit: int = BATCH) -> Produced:
    """Turn the next batch of events after the checkpoint into deliveries (one short write
    transaction)."""
    batch = prepare(limit)
    if batch is None:
        return Produced(position=checkpoint_position())
    return batch.write()


# --- Building messages --------------------------------------------------------------------------


def _build(
    records: list[RecordedEvent], subscriptions: list[Subscription]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows of the messages and deliveries of these events (claims/webhooks/inserts.py)."""
    now = timezone.now()
    wanted: list[tuple[RecordedEvent, list[Subscription], list[Subscription]]] = []
    for record in records:
        if record.stream_type != "claim":
            continue
        kind = event_type_name(record.event_type)
        for_event, for_stale = [], []
        for sub in subscriptions:
            if record.position <= sub.after_position:
                continue
            if sub.wants(kind, record.stream_id):
                for_event.append(sub)
            if sub.wants(CITATION_STALE, record.stream_id):
                for_stale.append(sub)
        if for_event or for_stale:
            wanted.append((record, for_event, for_stale))
    documents = _documents(
        (r.stream_id, v) for r, _, _ in wanted for v in (r.version, r.version - 1) if v > 0
    )
    messages: list[dict[str, Any]] = []
    deliveries: list[dict[str, Any]] = []
    for record, for_event, for_stale in wanted:
        claim_id = record.stream_id
        document = documents.get((claim_id, record.version))
        before = documents.get((claim_id, record.version - 1))
        stale: list[dict[str, Any]] = []
        if document is not None and before is not None and _material(before, document):
            stale = _made_stale(claim_id, record)
        if for_event:
            kind = event_type_name(record.event_type)
            messages.append(
                _message(
                    record.event_id,
                    kind,
                    record.position,
                    claim_id,
                    body(record.event_id, kind, record, document, stale),
                    now,
                )
            )
            deliveries += [_delivery(sub, record.event_id, now) for sub in for_event]
        if stale and for_stale:
            stale_id = stale_message_id(record.event_id)
            messages.append(
                _message(
                    stale_id,
                    CITATION_STALE,
                    record.position,
                    claim_id,
                    body(
                        stale_id,
                        CITATION_STALE,
                        record,
                        document,
                        stale,
                        event_id=str(record.event_id),
                    ),
                    now,
                )
            )
            deliveries += [_delivery(sub, stale_id, now) for sub in for_stale]
    return messages, deliveries


def _message(
    message_id: uuid.UUID, kind: str, position: int, claim_id: str, text: str, now: Any
) -> dict[str, Any]:
    return {
        "id": message_id,
        "type": kind,
        "position": position,
        "claim_id": claim_id,
        "body": text,
        "created_at": now,
    }


def _delivery(sub: Subscription, message_id: uuid.UUID, now: Any) -> dict[str, Any]:
    """A pending delivery's row; the other fields take their defaults (no attempt yet)."""
    return {
        "subscription_id": sub.pk,
        "message_id": message_id,
        "ordered": True,
        "state": PENDING,
        "next_attempt_at": now,
        "created_at": now,
    }


def _documents(pairs: Iterable[tuple[str, int]]) -> dict[tuple[str, int], dict[str, Any]]:
    by_claim: dict[str, set[int]] = {}
    for claim_id, version in pairs:
        by_claim.setdefault(claim_id, set()).add(version)
    out: dict[tuple[str, int], dict[str, Any]] = {}
    for claim_id, versions in by_claim.items():
        for version, stored in selectors.claim_versions(claim_id, versions).items():
            out[(claim_id, version)] = stored.document()
    return out


def _material(before: dict[str, Any], after: dict[str, Any]) -> bool:
    return citation_domain.document_facts(before) != citation_domain.document_facts(after)


def _made_stale(claim_id: str, record: RecordedEvent) -> list[dict[str, Any]]:
    """The citations of the claim this event made stale (see the module docstring)."""
    candidates = list(
        Citation.objects.filter(
            claim_id=claim_id,
            basis_version__lt=record.version,
            cited_position__lt=record.position,
        ).order_by("created_at", "id")
    )
    if not candidates:
        return []
    oldest = min(c.basis_version for c in candidates)
    versions = range(oldest, record.version)
    documents = selectors.claim_versions(claim_id, versions)
    facts = {v: citation_domain.document_facts(d.document()) for v, d in documents.items()}
    # The last material change before this event, among the versions the candidates span.
    last_change = oldest
    for version in range(oldest + 1, record.version):
        if version in facts and version - 1 in facts and facts[version] != facts[version - 1]:
            last_change = version
    return [
        {
            "id": c.pk,
            "url": c.url,
            "title": c.title,
            "cited_version": c.cited_version,
            "acknowledged_version": c.acknowledged_version,
        }
        for c in candidates
        if c.basis_version >= last_change
    ]
