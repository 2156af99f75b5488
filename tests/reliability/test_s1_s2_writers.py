"""S1 (concurrent writers on one stream, through the HTTP API) and S2 (idempotent retries)."""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.db import connections, transaction
from rest_framework.test import APIClient

from claims.core import eventstore
from claims.core.domain.events import NoteAdded
from claims.core.eventstore import ConcurrencyError, DuplicateEventError, NewEvent
from claims.core.models import Event
from claims.tokens.models import ApiToken
from tests import factories
from tests.integration.test_eventstore import _reported
from tests.reliability.conftest import figure


def run_threads(target: Callable[[int], None], count: int) -> list[BaseException]:
    """Run target(0..count-1) in threads, each closing its DB connection; return their errors."""
    errors: list[BaseException] = []

    def run(n: int) -> None:
        try:
            target(n)
        except BaseException as exc:  # collected and asserted on by the caller
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.fixture
def no_throttles(settings: Any) -> None:
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": dict.fromkeys(
            settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "1000000/min"
        ),
    }


# --- S1 ------------------------------------------------------------------------------------------


@pytest.mark.usefixtures("committed")
def test_s1_concurrent_writers_through_the_api(no_throttles: None) -> None:
    """8 threads × 50 commands on one claim: read the version, POST with If-Match, retry on 409."""
    writers, commands = 8, 50
    claim_id = factories.report(factories.source()).state.claim_id
    user = get_user_model().objects.create_superuser(f"s1-{uuid.uuid4().hex[:8]}")
    token = ApiToken.objects.issue(user).key
    statuses: Counter[int] = Counter()
    lock = threading.Lock()

    def writer(n: int) -> None:
        rng = random.Random(n)
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
        version = int(client.get(f"/api/v1/claims/{claim_id}/")["ETag"].strip('"'))
        done = 0
        while done < commands:
            response = client.post(
                f"/api/v1/claims/{claim_id}/note/",
                {"text": f"s1 w{n} c{done}"},
                format="json",
                HTTP_IF_MATCH=f'"{version}"',
            )
            with lock:
                statuses[response.status_code] += 1
            if response.status_code == 200:
                version = int(response["ETag"].strip('"'))
                done += 1
            elif response.status_code == 409:
                version = response.json()["current_version"]
                time.sleep(rng.random() * 0.003)  # a client's jittered back-off
            else:
                raise AssertionError(f"{response.status_code}: {response.content[:300]!r}")

    errors = run_threads(writer, writers)
    rows = list(
        Event.objects.filter(stream_id=claim_id)
        .order_by("version")
        .values_list("version", "event_type", "data")
    )
    versions = [version for version, _, _ in rows]
    texts = Counter(data["text"] for _, kind, data in rows if kind == "NoteAdded")
    expected = {f"s1 w{n} c{i}" for n in range(writers) for i in range(commands)}
    lost = len(expected - set(texts))
    duplicated = sum(count - 1 for count in texts.values())
    server_errors = sum(count for status, count in statuses.items() if status >= 500)
    figure(
        "S1",
        f"{len(texts)} events via the HTTP API ({writers} threads × {commands} commands), "
        f"versions 1..{versions[-1]} contiguous: {versions == list(range(1, len(rows) + 1))}, "
        f"{len(versions) - len(set(versions))} duplicate versions, {duplicated} duplicated, "
        f"{lost} lost; {statuses[409]} conflicts all 409, {server_errors} × 5xx, "
        f"{len(errors)} unexpected exceptions",
    )
    assert errors == []
    assert set(statuses) <= {200, 409}, statuses
    assert statuses[200] == writers * commands
    assert versions == list(range(1, 1 + 1 + writers * commands))
    assert lost == 0
    assert duplicated == 0


# --- S2 ------------------------------------------------------------------------------------------


@pytest.mark.usefixtures("committed")
def test_s2_ten_percent_of_appends_resent_with_the_same_ids() -> None:
    """A lost response: the client re-sends the same events at the same expected version."""
    writers, appends, streams = 4, 60, 6
    tag = uuid.uuid4().hex[:8]
    stream_ids = [f"s2-{tag}-{i}" for i in range(streams)]
    for sid in stream_ids:
        eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0, {"actor": "s2"})
    counts: Counter[str] = Counter()
    sent_ids: list[uuid.UUID] = []
    lock = threading.Lock()

    def writer(n: int) -> None:
        rng = random.Random(f"{tag}-{n}")
        for i in range(appends):
            sid = rng.choice(stream_ids)
            ids = [uuid.uuid4() for _ in range(rng.randint(1, 3))]
            events = [
                NewEvent(NoteAdded(text=f"{n}/{i}/{k}"), event_id=e) for k, e in enumerate(ids)
            ]
            while True:
                version = eventstore.stream_head(sid)[0]
                try:
                    first = eventstore.append("claim", sid, events, version, {"actor": f"w{n}"})
                    break
                except ConcurrencyError:
                    with lock:
                        counts["conflicts"] += 1
            with lock:
                sent_ids.extend(ids)
                counts["appends"] += 1
            if rng.random() < 0.10:
                # The same ids at the same expected version, other metadata: the original wins.
                again = eventstore.append("claim", sid, events, version, {"actor": "retry"})
                assert again.replayed
                assert again.records == first.records
                with lock:
                    counts["replays"] += 1

    errors = run_threads(writer, writers)
    stored = Counter(Event.objects.filter(event_id__in=sent_ids).values_list("event_id", flat=True))
    duplicates = sum(count - 1 for count in stored.values())
    retry_metadata = Event.objects.filter(event_id__in=sent_ids, metadata__actor="retry").count()
    for sid in stream_ids:
        versions = list(
            Event.objects.filter(stream_id=sid)
            .order_by("version")
            .values_list("version", flat=True)
        )
        assert versions == list(range(1, len(versions) + 1)), sid
    figure(
        "S2",
        f"{counts['replays']} of {counts['appends']} appends re-sent with the same event ids, "
        f"{counts['replays']} answered with the original records and metadata; "
        f"dup_event_ids={duplicates}, {len(sent_ids) - len(stored)} lost, "
        f"{counts['conflicts']} version conflicts retried",
    )
    assert errors == []
    assert counts["replays"] > 0, "no re-send happened: the test proves nothing"
    assert duplicates == 0
    assert len(stored) == len(sent_ids)
    assert retry_metadata == 0


# The EventStoreDB append decision table, for our store. Stream: A, B at versions 1, 2 (one
# append at expected 0), then C at 3. "X" is a fresh id. Expected outcome: "replay" returns the
# original records; "conflict" raises ConcurrencyError; "append" writes new events.
DECISIONS = [
    ("same ids, same expected version, stream moved on", "s", ["A", "B"], 0, "replay"),
    ("same id, same expected version, stream at its head", "s", ["C"], 2, "replay"),
    ("same ids, another stale expected version", "s", ["A", "B"], 1, "conflict"),
    ("same ids at the current version (already stored earlier)", "s", ["A", "B"], 3, "conflict"),
    ("first id stored, second new", "s", ["A", "X"], 0, "conflict"),
    ("same ids in another order", "s", ["B", "A"], 0, "conflict"),
    ("a stored id appended to another stream", "other", ["A"], 0, "conflict"),
    ("new ids, wrong expected version", "s", ["X"], 1, "conflict"),
    ("stored ids, no expected version", "s", ["A", "B"], None, "conflict"),
    ("new ids, no expected version", "s", ["X"], None, "append"),
    ("new ids, right expected version", "s", ["X"], 3, "append"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("stream", "ids", "expected_version", "outcome"),
    [case[1:] for case in DECISIONS],
    ids=[case[0] for case in DECISIONS],
)
def test_s2_decision_table(
    stream: str, ids: list[str], expected_version: int | None, outcome: str
) -> None:
    sid, other = f"s2dt-{uuid.uuid4()}", f"s2dt-{uuid.uuid4()}"
    stored = {name: uuid.uuid4() for name in "ABC"}
    first = eventstore.append(
        "claim",
        sid,
        [NewEvent(_reported(sid), event_id=stored["A"]), _note("b", stored["B"])],
        0,
        {"actor": "first"},
    )
    third = eventstore.append("claim", sid, [_note("c", stored["C"])], 2, {"actor": "first"})
    original = {r.event_id: r for r in [*first.records, *third.records]}
    target = sid if stream == "s" else other
    new_ids = [stored.get(name) or uuid.uuid4() for name in ids]
    events = [
        NewEvent(_reported(target), event_id=e)
        if (target == other or name == "A")
        else _note(name, e)
        for name, e in zip(ids, new_ids, strict=True)
    ]
    before = Event.objects.filter(stream_id__in=[sid, other]).count()

    if outcome == "conflict":
        # A savepoint, as the services' own transaction: a clash on a stored event id is caught
        # by the unique index, which leaves the enclosing transaction unusable on PostgreSQL.
        with pytest.raises(ConcurrencyError) as info, transaction.atomic():
            eventstore.append("claim", target, events, expected_version, {"actor": "again"})
        assert info.value.current_version == (3 if target == sid else 0)
        assert Event.objects.filter(stream_id__in=[sid, other]).count() == before
        if expected_version == 3 or expected_version is None:
            assert isinstance(info.value, DuplicateEventError)
    else:
        result = eventstore.append("claim", target, events, expected_version, {"actor": "again"})
        if outcome == "replay":
            assert result.replayed
            assert result.records == [original[e] for e in new_ids]
            assert all(r.metadata == {"actor": "first"} for r in result.records)
            assert Event.objects.filter(stream_id__in=[sid, other]).count() == before
        else:
            assert not result.replayed
            assert [r.version for r in result.records] == [4]
    stored_rows = Counter(
        Event.objects.filter(event_id__in=[*stored.values(), *new_ids]).values_list(
            "event_id", flat=True
        )
    )
    assert max(stored_rows.values()) == 1, "an event id is stored twice"


def _note(text: str, event_id: uuid.UUID) -> NewEvent:
    return NewEvent(NoteAdded(text=text), event_id=event_id)
