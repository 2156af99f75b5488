"""The event store's written contract, run unchanged on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import uuid
from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from claims.core import eventstore, services
from claims.core.domain import commands as c
from claims.core.domain.events import ClaimReported, NoteAdded
from claims.core.domain.values import Quantity
from claims.core.eventstore import (
    ConcurrencyError,
    DuplicateEventError,
    NewEvent,
)
from claims.core.models import Claim, ClaimVersion, Event, ImmutableEventError
from tests import factories


def _reported(claim_id: str) -> ClaimReported:
    return ClaimReported(
        claim_id=claim_id,
        statement="Six activists were killed.",
        subject="Totonicapán",
        value=Quantity.of("6", "people"),
        attributed_to="src",
    )


def _notes(n: int) -> list[NewEvent]:
    return [NewEvent(NoteAdded(text=f"note {i}")) for i in range(n)]


def _stream() -> str:
    return str(uuid.uuid4())


pytestmark = pytest.mark.django_db


# --- append -------------------------------------------------------------------------------------


def test_append_assigns_versions_positions_and_hash_chain() -> None:
    sid = _stream()
    result = eventstore.append("claim", sid, [NewEvent(_reported(sid)), *_notes(2)], 0)
    assert [r.version for r in result.records] == [1, 2, 3]
    positions = [r.position for r in result.records]
    assert positions == sorted(positions)
    assert len(set(positions)) == 3
    assert result.records[0].hash != result.records[1].hash
    loaded = eventstore.load(sid)
    assert [r.event_id for r in loaded] == [r.event_id for r in result.records]
    assert isinstance(loaded[0].event, ClaimReported)


def test_stale_expected_version_names_the_current_version() -> None:
    sid = _stream()
    eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0)
    eventstore.append("claim", sid, _notes(1), 1)
    with pytest.raises(ConcurrencyError) as info:
        eventstore.append("claim", sid, _notes(1), 1)
    assert info.value.current_version == 2
    with pytest.raises(ConcurrencyError) as info:
        eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0)
    assert info.value.current_version == 2
    assert len(eventstore.load(sid)) == 2


def test_append_is_all_or_nothing() -> None:
    sid, other = _stream(), _stream()
    taken = uuid.uuid4()
    eventstore.append("claim", other, [NewEvent(_reported(other), event_id=taken)], 0)
    batch = [NewEvent(_reported(sid)), NewEvent(NoteAdded(text="x"), event_id=taken)]
    with pytest.raises(DuplicateEventError), transaction.atomic():
        eventstore.append("claim", sid, batch, 0)
    assert eventstore.load(sid) == []


def test_failed_projection_fails_the_append() -> None:
    source_id = factories.source()
    before = Event.objects.count()
    # An unknown indicator is refused before appending; a broken projection must also leave
    # nothing behind, so make the projection fail by reporting against a claim row clash.
    claim_id = services.new_id()
    with transaction.atomic():
        from claims.core.models import Claim

        Claim.objects.create(
            id=claim_id,
            version=9,
            status="reported",
            statement="x",
            subject="x",
            amount=1,
            unit="u",
            qualifier="exact",
            attributed_to_id=source_id,
            document={},
            created_at=timezone.now(),
            updated_at=timezone.now(),
            last_position=0,
        )
    cmd = c.ReportClaim(
        claim_id=claim_id,
        statement="s",
        subject="s",
        value=Quantity.of("1", "people"),
        attributed_to=source_id,
    )
    with pytest.raises(DatabaseError):
        services.report(cmd, services.Context(actor="t"))
    assert Event.objects.count() == before
    assert eventstore.load(claim_id) == []


def test_retried_append_with_same_ids_returns_the_original() -> None:
    sid = _stream()
    batch = [
        NewEvent(_reported(sid), event_id=uuid.uuid4()),
        *[NewEvent(n.event, event_id=uuid.uuid4()) for n in _notes(2)],
    ]
    first = eventstore.append("claim", sid, batch, 0)
    again = eventstore.append("claim", sid, batch, 0)
    assert again.replayed
    assert [r.position for r in again.records] == [r.position for r in first.records]
    assert Event.objects.filter(stream_id=sid).count() == 3


def test_same_ids_at_other_versions_is_a_conflict() -> None:
    sid = _stream()
    note = NewEvent(NoteAdded(text="n"), event_id=uuid.uuid4())
    eventstore.append("claim", sid, [NewEvent(_reported(sid)), note], 0)
    assert eventstore.append("claim", sid, [note], 1).replayed  # same id, same version: a retry
    with pytest.raises(ConcurrencyError):
        eventstore.append("claim", sid, [note], 0)  # the id sits at version 2, not 1
    with pytest.raises(DuplicateEventError), transaction.atomic():
        eventstore.append("claim", sid, [note], 2)  # right version, id already used
    assert Event.objects.filter(stream_id=sid).count() == 2


def test_recorded_at_never_decreases_even_when_the_clock_goes_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sid = _stream()
    first = eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0).records[0]
    skewed = first.recorded_at - dt.timedelta(hours=1)
    monkeypatch.setattr(timezone, "now", lambda: skewed)
    later = eventstore.append("claim", sid, _notes(1), 1).records[0]
    assert later.recorded_at >= first.recorded_at
    times = list(Event.objects.order_by("position").values_list("recorded_at", flat=True))
    assert times == sorted(times)


def test_service_metadata_carries_actor_request_and_reason() -> None:
    source_id = factories.source()
    result = factories.report(source_id)
    claim_id = result.state.claim_id
    ctx = services.Context(actor="ana", request_id="req-1")
    services.dispute(
        claim_id, c.DisputeClaim(dispute_id="d1", reason="Weak data."), ctx, result.version
    )
    meta = eventstore.load(claim_id)[-1].metadata
    assert meta == {"actor": "ana", "request_id": "req-1", "reason": "Weak data."}


def test_commands_go_on_after_the_connection_drops_its_prepared_statements() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no server-side prepared statements to lose")
    reported = factories.report(factories.source())
    claim_id = reported.state.claim_id
    ctx = services.Context(actor="editor")
    version = services.note(claim_id, c.AddNote(text="first"), ctx, reported.version).version
    with connection.cursor() as cursor:
        cursor.execute("DEALLOCATE ALL")  # what a pooler's reset or DISCARD ALL does
    result = services.note(claim_id, c.AddNote(text="second"), ctx, version)
    assert result.version == version + 1
    assert [r.version for r in eventstore.load(claim_id)] == list(range(1, version + 2))
    row = Claim.objects.get(pk=claim_id)
    assert (row.version, row.document["version"]) == (version + 1, version + 1)
    assert ClaimVersion.objects.filter(claim_id=claim_id).count() == version + 1


def test_without_prepared_statements_an_append_prepares_nothing(settings: Any) -> None:
    """PG_PREPARED_STATEMENTS=false (a transaction-mode pooler): the script goes as plain SQL."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no server-side prepared statements")
    settings.PG_PREPARED_STATEMENTS = False
    with connection.cursor() as cursor:
        cursor.execute("DEALLOCATE ALL")
    reported = factories.report(factories.source())
    ctx = services.Context(actor="editor")
    result = services.note(reported.state.claim_id, c.AddNote(text="x"), ctx, reported.version)
    assert result.version == reported.version + 1
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_prepared_statements")
        assert cursor.fetchone()[0] == 0
    # As after a reconnect: the statements the cache remembers were deallocated above.
    connection._claims_prepared = None  # type: ignore[attr-defined]


# --- immutability -------------------------------------------------------------------------------


def test_orm_refuses_to_change_or_delete_events() -> None:
    sid = _stream()
    eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0)
    row = Event.objects.get(stream_id=sid)
    row.event_type = "Tampered"
    with pytest.raises(ImmutableEventError):
        row.save()
    with pytest.raises(ImmutableEventError):
        row.delete()
    with pytest.raises(ImmutableEventError):
        Event.objects.filter(stream_id=sid).update(event_type="Tampered")
    with pytest.raises(ImmutableEventError):
        Event.objects.filter(stream_id=sid).delete()
    with pytest.raises(ImmutableEventError):
        Event.objects.bulk_update([row], ["event_type"])


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE claims_event SET event_type = 'Tampered'",
        "DELETE FROM claims_event",
        "UPDATE claims_event SET data = '{}' "
        "WHERE position = (SELECT MAX(position) FROM claims_event)",
    ],
)
def test_raw_sql_update_and_delete_are_refused_by_triggers(sql: str) -> None:
    sid = _stream()
    eventstore.append("claim", sid, [NewEvent(_reported(sid))], 0)
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql)
    assert Event.objects.filter(stream_id=sid).count() == 1


def test_truncate_is_refused_on_postgres() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no TRUNCATE; DELETE is covered above")
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("TRUNCATE claims_event")


# --- hash chain and verify_events -----------------------------------------------------------------


def _tamper_last_event() -> int:
    """Change one stored event with the guards lifted, inside the caller's transaction."""
    position = eventstore.head_position()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE claims_event DISABLE TRIGGER USER")
        else:
            cursor.execute("DROP TRIGGER claims_event_no_update")
        cursor.execute(
            "UPDATE claims_event SET event_type = 'NoteAdded', data = %s WHERE position = %s",
            ['{"text": "rewritten history"}', position],
        )
    return position


def test_verify_events_passes_on_an_intact_log_and_names_a_broken_link() -> None:
    source_id = factories.source()
    factories.report(source_id)
    out = StringIO()
    call_command("verify_events", "--no-progress", stdout=out)
    assert "intact" in out.getvalue()
    with transaction.atomic():
        position = _tamper_last_event()
        with pytest.raises(CommandError, match=f"position {position}"):
            call_command("verify_events", "--no-progress", stdout=StringIO())
        transaction.set_rollback(True)


# --- the log-wide chain: deletions, and a published head ------------------------------------------


def _lift_guards() -> None:
    """Let this transaction delete and update events (the test rolls it back)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE claims_event DISABLE TRIGGER USER")
        else:
            cursor.execute("DROP TRIGGER claims_event_no_delete")
            cursor.execute("DROP TRIGGER claims_event_no_update")


def _delete(where: str, params: list[Any]) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM claims_event WHERE {where}", params)


def _verify(*args: str) -> str:
    out = StringIO()
    call_command("verify_events", "--no-progress", *args, stdout=out)
    return out.getvalue()


def _three_streams() -> tuple[str, str, str]:
    a, b, c = _stream(), _stream(), _stream()
    for sid in (a, b, c):
        eventstore.append("claim", sid, [NewEvent(_reported(sid)), *_notes(2)], 0)
    eventstore.append("claim", a, _notes(1), 3)  # a's tail, followed by later events
    eventstore.append("claim", b, _notes(1), 3)
    return a, b, c


def test_deleting_the_tail_of_one_stream_is_detected_naming_the_position() -> None:
    a, b, _ = _three_streams()
    assert "intact" in _verify()
    tail = eventstore.read_stream(a)[-1]
    following = eventstore.read_stream(b)[-1]
    with transaction.atomic():
        _lift_guards()
        _delete("position = %s", [tail.position])
        # a's own chain still verifies: only the log-wide chain notices.
        with pytest.raises(CommandError, match=f"position {following.position} .*after position"):
            _verify()
        transaction.set_rollback(True)


def test_deleting_the_last_event_of_the_log_is_caught_by_the_published_head() -> None:
    # A tail that no event follows leaves every chain consistent (the log simply ends
    # earlier): what catches it is the head published before, which the log no longer holds.
    _, b, _ = _three_streams()
    published = _verify("--head").strip().splitlines()[-1]
    head = eventstore.head_position()
    assert eventstore.read_stream(b)[-1].position == head  # b's last event ends the log
    with transaction.atomic():
        _lift_guards()
        _delete("position = %s", [head])
        assert "intact" in _verify()
        with pytest.raises(CommandError, match=f"position {head}|does not extend"):
            _verify("--expect-head", published)
        transaction.set_rollback(True)


def test_deleting_a_whole_stream_is_detected_naming_the_position() -> None:
    _, b, c = _three_streams()
    first_of_b = eventstore.read_stream(b)[0].position
    with transaction.atomic():
        _lift_guards()
        _delete("stream_id = %s", [b])
        after = next(r.position for r in eventstore.read_all(first_of_b, 1))
        with pytest.raises(CommandError, match=f"position {after} "):
            _verify()
        transaction.set_rollback(True)
    assert eventstore.read_stream(c)


def test_moving_an_event_is_detected() -> None:
    a, _, _ = _three_streams()
    last = eventstore.read_stream(a)[-1]
    with transaction.atomic():
        _lift_guards()
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE claims_event SET position = %s WHERE position = %s",
                [eventstore.head_position() + 10, last.position],
            )
        with pytest.raises(CommandError, match="log chain breaks"):
            _verify()
        transaction.set_rollback(True)


def test_a_published_head_is_printed_and_a_rewritten_log_fails_it() -> None:
    a, _, _ = _three_streams()
    printed = _verify("--head").strip().splitlines()[-1]
    position, log_hash = eventstore.log_head()
    assert printed == f"{log_hash}@{position}"
    assert "extends the published head" in _verify("--expect-head", printed)
    eventstore.append("claim", a, _notes(2), 4)  # the log goes on: it still extends the head
    assert "extends the published head" in _verify("--expect-head", printed)
    with transaction.atomic():
        # Rewrite history from an earlier point: drop everything after a's third event and
        # append other events through the store. Every chain verifies; the published head not.
        start = eventstore.read_stream(a)[2].position
        _lift_guards()
        _delete("position > %s", [start])
        for n in range(4):
            sid = _stream()
            eventstore.append("claim", sid, [NewEvent(_reported(sid)), *_notes(n)], 0)
        assert "intact" in _verify()
        with pytest.raises(CommandError, match="does not extend the published head"):
            _verify("--expect-head", printed)
        transaction.set_rollback(True)
    with pytest.raises(CommandError, match="HASH@POSITION"):
        _verify("--expect-head", "not-a-head")


# --- upcasting ----------------------------------------------------------------------------------


def test_v1_claim_reported_events_still_load() -> None:
    source_id = factories.source()
    claim_id = _stream()
    Event.objects.create(
        event_id=uuid.uuid4(),
        stream_type="claim",
        stream_id=claim_id,
        version=1,
        event_type="ClaimReported",
        schema_version=1,
        data={
            "claim_id": claim_id,
            "statement": "Old shape.",
            "subject": "Guatemala",
            "amount": "39",
            "unit": "per 100,000 people",
            "qualifier": "nearly",
            "source": source_id,
        },
        metadata={"actor": "legacy"},
        recorded_at=timezone.now(),
        hash="legacy",
    )
    state = services.load_claim(claim_id)
    assert state is not None
    assert state.value == Quantity.of("39", "per 100,000 people", "nearly")
    assert state.attributed_to == source_id
