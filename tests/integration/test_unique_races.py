"""A source's name and a URL citing a claim are taken once, even by simultaneous commands: real
commits from several connections (SQLite and PostgreSQL).

Each race holds every command between its duplicate check and its append until all of them
have got there: with the check before the append's transaction (as it was), all of them find
the value free and all of them append it. With the check under the value's lock, in the
append's transaction, only one command can be there at a time: the rendezvous gives up after
RENDEZVOUS_SECONDS, and the outcome does not depend on that wait, only how long the test takes
(the others wait for the lock meanwhile, and are given a minute to).
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection, connections, transaction

from claims.core import eventstore, services
from claims.core.domain import commands as c
from claims.core.domain.errors import CommandRejected
from claims.core.eventstore import AppendLockTimeout
from claims.core.models import Citation, Event, Source
from claims.core.projections import search_text
from tests import factories
from tests.integration.conftest import is_postgres

pytestmark = pytest.mark.usefixtures("committed_db")

WRITERS = 4
RENDEZVOUS_SECONDS = 0.5
STORY = "https://news.example/races"


def _race(
    monkeypatch: pytest.MonkeyPatch, attempts: Sequence[Callable[[], services.Result]]
) -> tuple[list[services.Result], list[Exception]]:
    """Run each attempt in a thread of its own (its own connection), all starting together,
    each held before its append until all have got there (or RENDEZVOUS_SECONDS passed)."""
    start = threading.Barrier(len(attempts))
    checked = threading.Barrier(len(attempts))
    racers: set[int] = set()
    real_append = eventstore.append

    def held_append(*args: Any, **kwargs: Any) -> eventstore.AppendResult:
        if threading.get_ident() in racers:
            # (Once broken, for good: the others pass at once.)
            with contextlib.suppress(threading.BrokenBarrierError):
                checked.wait(RENDEZVOUS_SECONDS)
        return real_append(*args, **kwargs)

    monkeypatch.setattr(eventstore, "append", held_append)
    results: list[services.Result] = []
    errors: list[Exception] = []
    lock = threading.Lock()

    def run(attempt: Callable[[], services.Result]) -> None:
        try:
            connection.ensure_connection()  # (connecting is not part of the race)
            if is_postgres():
                # The others wait for the lock while its holder waits for them (up to
                # RENDEZVOUS_SECONDS): no load on the machine may make that a lock timeout.
                with connection.cursor() as cursor:
                    cursor.execute("SET lock_timeout = '60s'")
            racers.add(threading.get_ident())
            start.wait(10)
            result = attempt()
            with lock:
                results.append(result)
        except Exception as exc:  # collected and asserted on by the test
            with lock:
                errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(attempt,)) for attempt in attempts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads)
    return results, errors


def _register(name: str, kind: str = "organization") -> Callable[[], services.Result]:
    def attempt() -> services.Result:
        command = c.RegisterSource(source_id=services.new_id(), name=name, kind=kind)
        return services.register_source(command, services.Context(actor="race"))

    return attempt


def _refused_as_taken(errors: list[Exception], winner: str, field: str) -> None:
    assert errors, "every command succeeded"
    for error in errors:
        assert isinstance(error, CommandRejected), repr(error)
        assert error.field == field
        assert winner in error.message


def test_simultaneous_registrations_of_one_name_register_one_source(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = f"Ministerio de Educación {uuid.uuid4().hex[:8]}"
    # The same name as the check compares it: letter case, accents and blanks aside.
    spellings = [name, name.upper(), f"  {name.replace('ó', 'o')} ", name.replace(" ", "  ")]
    results, errors = _race(monkeypatch, [_register(s) for s in spellings[:WRITERS]])
    assert len(results) == 1, f"{len(results)} sources registered under one name"
    winner = results[0].state.source_id
    _refused_as_taken(errors, winner, "name")
    holders = Source.objects.filter(search__startswith=search_text(name))
    assert list(holders.values_list("pk", flat=True)) == [winner]


def test_simultaneous_renames_and_registrations_to_one_name_leave_one_holder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = f"Race Institute {uuid.uuid4().hex[:8]}"
    renamed = [factories.source(f"Race Renamed {uuid.uuid4().hex[:8]}") for _ in range(2)]

    def rename(source_id: str) -> Callable[[], services.Result]:
        def attempt() -> services.Result:
            command = c.UpdateSource(name=name)
            return services.update_source(source_id, command, services.Context(actor="race"), 1)

        return attempt

    attempts = [rename(renamed[0]), _register(name), rename(renamed[1]), _register(name)]
    results, errors = _race(monkeypatch, attempts)
    assert len(results) == 1, f"{len(results)} sources took one name"
    winner = results[0].state.source_id
    _refused_as_taken(errors, winner, "name")
    holders = Source.objects.filter(search__startswith=search_text(name))
    assert list(holders.values_list("pk", flat=True)) == [winner]


def test_simultaneous_people_of_one_name_are_all_registered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """People may share a name: the lock makes them take turns, and refuses none."""
    name = f"María Race {uuid.uuid4().hex[:8]}"
    results, errors = _race(monkeypatch, [_register(name, "person") for _ in range(WRITERS)])
    assert errors == []
    assert len(results) == WRITERS
    assert Source.objects.filter(name=name, kind="person").count() == WRITERS


def _claim() -> str:
    return str(
        factories.report(factories.source(f"Race Office {uuid.uuid4().hex[:8]}")).state.claim_id
    )


def _cite(
    claim_id: str, url: str, citation_id: str | None = None, seed: str | None = None
) -> Callable[[], services.Result]:
    def attempt() -> services.Result:
        command = c.CiteClaim(citation_id=citation_id or services.new_id(), claim=claim_id, url=url)
        return services.cite(command, services.Context(actor="race", event_id_seed=seed))

    return attempt


def test_simultaneous_citations_from_one_url_record_one(monkeypatch: pytest.MonkeyPatch) -> None:
    claim_id = _claim()
    results, errors = _race(monkeypatch, [_cite(claim_id, STORY) for _ in range(WRITERS)])
    assert len(results) == 1, f"{len(results)} citations of one claim from one URL"
    winner = results[0].state.citation_id
    _refused_as_taken(errors, winner, "url")
    assert list(Citation.objects.filter(claim_id=claim_id).values_list("pk", flat=True)) == [winner]


def test_simultaneous_citations_of_other_claims_or_urls_are_all_recorded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    claims = [_claim(), _claim()]
    attempts = [
        _cite(claims[0], STORY),
        _cite(claims[1], STORY),
        _cite(claims[0], STORY + "/other"),
        _cite(claims[1], STORY + "/other"),
    ]
    results, errors = _race(monkeypatch, attempts)
    assert errors == []
    assert len(results) == 4
    assert Citation.objects.filter(claim_id__in=claims).count() == 4


@pytest.mark.parametrize("stream", ["source", "citation"])
def test_a_retried_command_racing_itself_is_a_replay_not_a_refusal(
    monkeypatch: pytest.MonkeyPatch, stream: str
) -> None:
    """The same command (same id, same event ids) sent several times at once: one appends,
    the others answer with its records. The duplicate check leaves the command's own stream
    out, so the lock turns none of them into a refusal."""
    seed = f"race-{uuid.uuid4()}"
    stream_id = services.new_id()
    if stream == "source":
        name = f"Race Bureau {uuid.uuid4().hex[:8]}"

        def attempt() -> services.Result:
            command = c.RegisterSource(source_id=stream_id, name=name, kind="organization")
            return services.register_source(
                command, services.Context(actor="race", event_id_seed=seed)
            )

        attempts = [attempt] * WRITERS
    else:
        attempts = [_cite(_claim(), STORY, stream_id, seed)] * WRITERS
    results, errors = _race(monkeypatch, attempts)
    assert errors == []
    assert len(results) == WRITERS
    assert sum(not r.replayed for r in results) == 1
    assert len({tuple((e.event_id, e.position) for e in r.records) for r in results}) == 1
    assert Event.objects.filter(stream_id=stream_id).count() == 1


# --- the lock itself ------------------------------------------------------------------------------


def test_a_key_lock_is_taken_inside_a_transaction_only() -> None:
    with pytest.raises(ImproperlyConfigured):
        eventstore.lock_key("test", "outside")
    with transaction.atomic():
        eventstore.lock_key("test", "inside")


def test_a_key_lock_holds_only_its_key_and_its_wait_is_bounded_on_postgres() -> None:
    if not is_postgres():
        pytest.skip("SQLite's write lock is the key lock (one writer at a time)")
    key = f"held-{uuid.uuid4()}"
    holding = threading.Event()
    release = threading.Event()

    def hold() -> None:
        try:
            with transaction.atomic():
                eventstore.lock_key("test", key)
                holding.set()
                release.wait(10)
        finally:
            connections.close_all()

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert holding.wait(5)
        with transaction.atomic():
            eventstore.lock_key("test", f"other-{uuid.uuid4()}")  # another key: no wait
            eventstore.lock_key("other namespace", key)  # another namespace: no wait
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '100ms'")
            with pytest.raises(AppendLockTimeout), transaction.atomic():
                eventstore.lock_key("test", key)
        # Appends that lock no key do not wait for it either.
        factories.source(f"Race Agency {uuid.uuid4().hex[:8]}")
    finally:
        release.set()
        holder.join()
